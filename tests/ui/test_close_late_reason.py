"""The close dialog asks for a late reason when the closure's date escapes a rule of today
(issue 16): the domain gives, per outcome, the last day such a date needs one
(``RequestDetail.late_closures``); the field shows, is required and is handed on."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from dsr_desk.domain.request_kinds import Outcome
from dsr_desk.ui.dialogs.close_dialog import CloseDialog
from dsr_desk.ui.dialogs.request_action_dialog import to_qdate

RECEIVED, DUE, TODAY = date(2026, 3, 10), date(2026, 4, 10), date(2026, 4, 20)


def test_a_back_dated_closure_asks_for_the_late_reason(qtbot: QtBot) -> None:
    dialog = CloseDialog(
        "DSR-2026-0001",
        Outcome.NO_DATA,
        received_on=RECEIVED,
        today=TODAY,
        outcomes={"completed": None, "no-data": None},
        late_closures={"completed": DUE, "no-data": DUE},
        answer_sent=True,
    )
    qtbot.addWidget(dialog)
    assert not dialog.form.isRowVisible(dialog.late_reason)  # dated today: nothing escaped
    assert dialog.problem() is None
    dialog.on.setDate(to_qdate(date(2026, 4, 8)))
    assert dialog.form.isRowVisible(dialog.late_reason)
    assert "10/04/2026" in dialog.late_label.text()
    assert dialog.problem() is not None and "only now" in dialog.problem()  # type: ignore[operator]
    dialog.late_reason.setPlainText("Answer posted that day, filed late.")
    assert dialog.problem() is None
    assert dialog.values().late_reason == "Answer posted that day, filed late."
    dialog.on.setDate(to_qdate(date(2026, 4, 15)))  # after the due date: late anyway
    assert not dialog.form.isRowVisible(dialog.late_reason)
    assert dialog.values().late_reason is None and dialog.problem() is None
