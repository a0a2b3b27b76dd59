"""Render the main views and the New request dialog with demo data to PNG (used in the
README and the user guides; ``make screenshots`` renders both languages at both sizes).

Usage: python tools/screenshots.py [OUT_DIR] [--lang fr|en] [--size WIDTHxHEIGHT]
(default docs/screenshots, the language of LANG, 1360x860; runs offscreen)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from dsr_desk.demo.entities import demo_entities
from dsr_desk.demo.seed import seed_demo_data
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import InformationKind, RequestType
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.services import requests as svc
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import create_vault
from dsr_desk.ui import main_window as mw
from dsr_desk.ui.dialogs.new_request_dialog import NewRequestDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.style import apply_style
from dsr_desk.ui.translation import apply_language

SIZE = (1360, 860)
TODAY = date(2026, 11, 23)


def work_a_request(vault: object, user: str) -> str:
    """One request taken through real actions in the weeks before TODAY, so that its file, the
    dashboard and the audit log show a timeline (demo requests are bulk-inserted without one)."""
    clock = FixedClock.on(date(2026, 10, 19))

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(vault.session_factory, clock, user)  # type: ignore[attr-defined]

    entity = demo_entities()[0]  # the demo seeding reuses it
    with uow() as work:
        work.entities.add(entity)
        work.record("entity.created", None, entity=entity.name)
        work.commit()
    reference = svc.register_request(
        uow(),
        entity=entity.name,
        type=RequestType.ACCESS,
        received_on=date(2026, 10, 19),
        name="Hélène Bœuf",
        email="helene.boeuf@exemple.fr",
        address="8 allée des Tilleuls\n57000 Metz",
        summary="Copie de mon dossier scolaire et des échanges avec la vie scolaire",
    ).reference
    svc.start_processing(uow(), reference)
    clock.advance(timedelta(days=1))
    svc.ask_for_information(
        uow(), reference, InformationKind.IDENTITY, "Copie d'une pièce d'identité en cours"
    )
    clock.advance(timedelta(days=4))
    svc.information_received(uow(), reference)
    svc.record_identity_check(
        uow(), reference, method=VerificationMethod.ID_DOCUMENT, document_kind="carte d'identité"
    )
    clock.advance(timedelta(days=10))
    svc.add_note(uow(), reference, "Dossier archivé au lycée de Metz : demande de copie envoyée.")
    svc.extend(uow(), reference, "Archives papier de trois établissements à rassembler.")
    return str(reference)


def settle(app: QApplication, ops: Ops, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or ops.busy:
        app.processEvents()
        time.sleep(0.01)


def grab(widget: QWidget, path: Path) -> None:
    """The widget as a PNG, made small for the repository: reduced to a 256-colour palette
    (a screen of flat colours and text loses nothing visible) and compressed hard."""
    widget.grab().save(str(path))
    from PIL import Image  # Pillow comes with ReportLab

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=0)
    small.save(path, optimize=True)
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Render the main views to PNG.")
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", choices=("en", "fr"), help="default: LANG's")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="e.g. 1024x640")
    args = parser.parse_args()
    out = Path(args.out)
    size = tuple(int(part) for part in args.size.split("x"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("DSR Desk screenshots")
    apply_language(app, args.lang)
    apply_style(app)
    clock = FixedClock.on(TODAY)
    with tempfile.TemporaryDirectory() as tmp:
        # settings of their own (none of a user's window size or column widths), every time
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        data_dir = Path(tmp) / "vault"
        vault, _ = create_vault(data_dir, clock, passphrase="screenshots passphrase")  # noqa: S106 - throwaway vault
        worked = work_a_request(vault, "Claire Dubois")
        seed_demo_data(SqlUnitOfWork(vault.session_factory, clock, "Claire Dubois"), 600)
        vault.engine.dispose()
        ops = Ops()
        session = AppSession(data_dir, clock, "Claire Dubois", vault)
        window = mw.MainWindow(session, ops)
        window.resize(*size)
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
        reference = worked
        window.open_request(reference)
        settle(app, ops)
        grab(window, out / "request_file.png")
        dialog = NewRequestDialog(session, ops, window)
        dialog.show()
        settle(app, ops)
        grab(dialog, out / "new_request.png")
        dialog.reject()
        window.close()
        ops.call(session.lock)
        ops.shutdown()


if __name__ == "__main__":
    main()
