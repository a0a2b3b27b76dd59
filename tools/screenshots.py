"""Render the main views with demo data to PNG (used in the README).

Usage: python tools/screenshots.py [OUT_DIR]   (default docs/screenshots; runs offscreen)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from dsr_desk.domain.clock import FixedClock
from dsr_desk.services.demo_seed import seed_demo_data
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import create_vault
from dsr_desk.ui import main_window as mw
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.style import apply_style

SIZE = (1360, 860)
TODAY = date(2026, 11, 23)


def settle(app: QApplication, ops: Ops, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or ops.busy:
        app.processEvents()
        time.sleep(0.01)


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("DSR Desk screenshots")
    apply_style(app)
    clock = FixedClock.on(TODAY)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "vault"
        vault, _ = create_vault(data_dir, clock, passphrase="screenshots passphrase")  # noqa: S106 - throwaway vault
        seed_demo_data(SqlUnitOfWork(vault.session_factory, clock, "Claire Dubois"), 600)
        vault.engine.dispose()
        ops = Ops()
        session = AppSession(data_dir, clock, "Claire Dubois", vault)
        window = mw.MainWindow(session, ops)
        window.resize(*SIZE)
        window.start()
        window.show()
        settle(app, ops)
        for index, name in (
            (mw.DASHBOARD, "dashboard"),
            (mw.REQUESTS, "register"),
            (mw.REQUESTERS, "requesters"),
            (mw.AUDIT, "audit"),
            (mw.SETTINGS, "settings"),
        ):
            window.show_page(index)
            settle(app, ops)
            grab(window, out / f"{name}.png")
        window.show_page(mw.REQUESTS)
        settle(app, ops)
        model = window.register.model
        reference = next(
            (
                model.row_at(r).reference
                for r in range(model.rowCount())
                if model.row_at(r).on_hold or model.row_at(r).extended
            ),
            model.row_at(0).reference,
        )
        window.open_request(reference)
        settle(app, ops)
        grab(window, out / "request_file.png")
        window.close()
        ops.call(session.lock)
        ops.shutdown()


if __name__ == "__main__":
    main()
