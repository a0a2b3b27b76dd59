"""The first screen after unlocking is drawn from plain SQL, before SQLAlchemy is loaded; the
dashboard's charts (Qt Charts) and the register follow its first paint; the ORM is loaded on
the DB worker after a quiet second, or by the first action that needs it. Nothing before
that first paint touches PySide's ``Qt`` namespace (``ui.enum_properties``), and the UI modules
loaded by then are exactly the first screen's, as ``tests/ui/test_first_screen.py`` names them.

Run in a fresh interpreter: in this test process SQLAlchemy is long imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dsr_desk.demo.seed import seed_demo_data
from dsr_desk.domain.clock import FixedClock
from dsr_desk.services.read.dashboard import dashboard_summary
from dsr_desk.services.read.queries import count_requests
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.ui.conftest import UI_PASSPHRASE, UI_TODAY
from tests.ui.test_first_screen import FIRST_SCREEN_MODULES
from tests.vault_templates import open_copy

CHILD = """
import json, sys, time
from datetime import date
from pathlib import Path
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from dsr_desk.domain.clock import FixedClock
from dsr_desk.storage.vault import Unlock, open_vault
from dsr_desk.ui.app import AppController, prepare_application
from dsr_desk.ui.style import create_application

HEAVY = {"sqlalchemy", "holidays", "alembic"}

def heavy():
    return sorted({name.split(".")[0] for name in sys.modules} & HEAVY)

app = create_application(sys.argv)  # as ui.app.run() does
style = app.style().name()
collector = prepare_application(app)
data_dir = Path(sys.argv[1])
clock = FixedClock.on(date.fromisoformat(sys.argv[3]))
controller = AppController(data_dir, clock, "ui-tester")
vault = open_vault(data_dir, clock, Unlock(recovery_key=sys.argv[2]))
vault.hand_over()
report = {"before_unlock": heavy(), "style": style}
def shown():
    window = controller.window
    report["at_first_screen"] = heavy()
    report["request_rules_loaded"] = "dsr_desk.domain.requests" in sys.modules
    report["charts_loaded"] = "PySide6.QtCharts" in sys.modules
    report["register_made"] = window._register is not None
    report["requests_page_made"] = window._request_tabs is not None
    report["open_tile"] = window.dashboard.tiles["open"].count_label.text()
def loaded():
    window = controller.window
    report["fully_loaded"] = heavy()
    report["qt_namespace_when_loaded"] = "Qt" in vars(QtCore)
    report["charts_drawn"] = not window.dashboard.received_chart.is_empty
    report["register_total"] = window.register.model.total
    report["register_rows"] = window.register.model.rowCount()
controller.first_screen_shown.connect(shown)
controller.fully_loaded.connect(loaded)
controller.show_unlocked(vault)
deadline = time.monotonic() + 60
while "at_first_screen" not in report:
    app.processEvents()
    if time.monotonic() > deadline:
        sys.exit("timed out")
    time.sleep(0.005)
app.processEvents()  # the first paint (as benchmarks/gui.py counts it)
report["qt_namespace_at_first_paint"] = "Qt" in vars(QtCore)
report["ui_modules_at_first_paint"] = sorted(n for n in sys.modules if n.startswith("dsr_desk.ui"))
while "fully_loaded" not in report or controller.ops.busy:
    app.processEvents()
    if time.monotonic() > deadline:
        sys.exit("timed out")
    time.sleep(0.005)
app.processEvents()
report["after_first_paint"] = heavy()
report["entities"] = controller.window.register.entity_filter.count() - 1
pause = time.monotonic() + 0.3  # the warm-up waits for a quiet second: not yet
while time.monotonic() < pause:
    app.processEvents()
    time.sleep(0.005)
report["after_a_moment"] = heavy()
# Opening a request file at once, before the ORM's warm-up: it is loaded on demand.
reference = controller.window.register.model.row_at(0).reference
view = controller.window.open_request(reference)
while view.file is None:
    app.processEvents()
    if time.monotonic() > deadline:
        sys.exit("the request file did not open")
    time.sleep(0.005)
report["opened"] = view.file.detail.reference == reference
report["at_the_end"] = heavy()
controller.shutdown()
print(json.dumps(report))
"""


def test_first_screen_needs_no_sqlalchemy(data_dir: Path) -> None:
    clock = FixedClock.on(UI_TODAY)
    vault, recovery_key = open_copy(data_dir, clock, passphrase=UI_PASSPHRASE)
    uow = SqlUnitOfWork(vault.session_factory, clock, "ui-tester")
    seed_demo_data(uow, 400)
    with uow:
        summary = dashboard_summary(uow.dbapi_connection, clock.today())
        total = count_requests(uow.dbapi_connection, clock.today())
    vault.close()

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), recovery_key, UI_TODAY.isoformat()],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout.splitlines()[-1])
    assert report["before_unlock"] == []
    assert report["at_first_screen"] == []  # drawn from plain SQL
    assert not report["request_rules_loaded"]  # the read side names kinds, not rules
    assert not report["charts_loaded"]  # the charts come after the first paint...
    assert not report["register_made"]  # ...and so does the register
    assert not report["requests_page_made"]  # with its page (the request tabs)
    assert report["open_tile"] == str(summary.open) != "0"
    assert not report["qt_namespace_at_first_paint"]  # 95 Python enums, made afterwards
    assert report["qt_namespace_when_loaded"]  # (the check can tell)
    loaded = set(report["ui_modules_at_first_paint"])
    unlisted = sorted(loaded - FIRST_SCREEN_MODULES)
    assert unlisted == [], "loaded before the first paint: add to FIRST_SCREEN_MODULES"
    stale = sorted(FIRST_SCREEN_MODULES - loaded)
    assert stale == [], "no longer loaded before the first paint: drop from FIRST_SCREEN_MODULES"
    assert report["fully_loaded"] == []
    assert report["charts_drawn"]
    assert report["register_total"] == total == 400
    assert report["register_rows"] == 200  # the first page
    assert report["entities"] >= 1
    assert report["after_first_paint"] == []
    assert report["after_a_moment"] == []  # the ORM's warm-up waits for a quiet second
    assert report["opened"]  # a request file opened before the warm-up loads the ORM itself
    assert "sqlalchemy" in report["at_the_end"]
    assert report["style"] == "fusion"  # given on the command line by create_application
