"""The request file on real widgets: deadline explanation, actions through their dialogs,
the rules' refusals shown inline, the timeline from the audit log, notes, lock."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.entities import Role
from dsr_desk.domain.errors import RuleViolation
from dsr_desk.domain.identity_means import IdMeans
from dsr_desk.domain.requests import InformationKind, Outcome, RequestType
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import requests as svc
from dsr_desk.services.entities import create_entity
from dsr_desk.ui.dialogs.ask_information_dialog import AskInformationDialog
from dsr_desk.ui.dialogs.close_dialog import CloseDialog
from dsr_desk.ui.dialogs.extend_dialog import ExtendDialog
from dsr_desk.ui.dialogs.identity_check_dialog import IdentityCheckDialog
from dsr_desk.ui.dialogs.information_received_dialog import InformationReceivedDialog
from dsr_desk.ui.dialogs.request_action_dialog import RequestActionDialog
from dsr_desk.ui.main_window import MainWindow
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_actions import action_states
from dsr_desk.ui.views.request_view import RequestFileView
from dsr_desk.ui.widgets.record_table import RECORD_ROLE
from tests.ui.discard_answers import answer_discard_question

PROCESSOR = "Formation Pro SAS"
D = TypeVar("D", bound=RequestActionDialog)


def _add(
    session: AppSession, ops: Ops, received: date, entity: str | None = None, name: str = "Jeanne"
) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=RequestType.ACCESS,
            received_on=received,
            name=f"{name} Martin",
            email="jeanne@exemple.fr",
            address="8 allée des Tilleuls\n57000 Metz",
            entity=entity,
        )
    )
    return str(detail.reference)


def _detail(session: AppSession, ops: Ops, ref: str) -> RequestDetail:
    detail: RequestDetail = ops.call(lambda: svc.get_request(session.uow(), ref))
    return detail


def _open(qtbot: QtBot, session: AppSession, ops: Ops, ref: str) -> RequestFileView:
    view = RequestFileView(session, ops, ref)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.reload()
    return view


def _dialog(view: RequestFileView, kind: type[D]) -> D:
    dialog = view.request_actions.active_dialog
    assert isinstance(dialog, kind)
    assert dialog.isVisible()
    return dialog


def _button(view: RequestFileView, action: str) -> QPushButton:
    return view.request_actions.buttons[action]


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _timeline_actions(view: RequestFileView) -> list[str]:
    model = view.sections.timeline_model
    return [model.index(row, 0).data(RECORD_ROLE).action for row in range(model.rowCount())]


def _column(view: RequestFileView, model_name: str, column: int) -> list[str]:
    model = getattr(view.sections, model_name)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_main_window_opens_the_file_with_its_deadline_explained(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, date(2026, 3, 2))
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    view = window.open_request(ref)
    qtbot.waitUntil(lambda: view.file is not None)

    expected = _detail(app_session, ops, ref).explanation
    assert view.sections.explanation_lines() == list(expected)
    assert (
        "received 02/03/2026; +1 month → 02/04/2026 (Thursday)" in view.sections.explanation_lines()
    )
    assert view.sections.title.text() == ref
    assert view.sections.status_badge.text() == "Received"
    assert view.sections.due_label.text() == "Due Thursday 02/04/2026"
    assert view.sections.days_label.text() == "13 days left."
    assert view.sections.requester_name.text() == "Jeanne Martin"
    assert view.sections.requester_address.text() == "8 allée des Tilleuls\n57000 Metz"
    assert view.sections.requester_language.text() == "French"
    assert view.sections.entity_label.text() == "Groupe Scolaire Exemple (controller)"
    assert _timeline_actions(view) == ["request.registered"]
    assert window.open_request(ref) is view  # the same tab, not a second one


def test_extend_with_a_typed_reason_updates_due_date_and_timeline(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, date(2026, 3, 2))
    view = _open(qtbot, app_session, ops, ref)
    assert _button(view, "extend").isEnabled()

    _click(qtbot, _button(view, "extend"))
    dialog = _dialog(view, ExtendDialog)
    assert dialog.new_due.text() == "<b>02/06/2026</b>"
    assert not dialog.ok_button.isEnabled()
    assert "reasons" in dialog.hint.text()
    qtbot.keyClicks(dialog.reason, "Data held by three schools; archives searched by hand.")
    assert dialog.ok_button.isEnabled()
    _click(qtbot, dialog.ok_button)

    qtbot.waitUntil(lambda: view.sections.due_label.text() == "Due Tuesday 02/06/2026")
    assert view.request_actions.active_dialog is None
    assert "request.extended" in _timeline_actions(view)
    assert _column(view, "timeline_model", 2)[0] == "Deadline extended"
    assert "new due date 02/06/2026" in _column(view, "timeline_model", 3)[0]
    assert view.sections.urgency_badge.text() == "Extended"
    assert "archives searched by hand" in view.sections.extension_label.text()
    assert not _button(view, "extend").isEnabled()
    assert _button(view, "extend").toolTip().startswith(f"{ref} was already extended on 20/03/2026")


def test_the_extension_labels_are_the_domains_answer(
    qtbot: QtBot, app_session: AppSession, ops: Ops, clock: FixedClock
) -> None:
    """The request file and the extend dialog word the domain's extension facts of the day
    (``RequestDetail.extension``): the dates and the days left are the domain's, not the UI's."""
    ref = _add(app_session, ops, date(2026, 3, 2))  # tell by 02/04/2026; extended due 02/06
    clock.advance(timedelta(days=12))  # Wednesday 01/04/2026: one day left
    outlook = _detail(app_session, ops, ref).extension
    assert (outlook.notice_by, outlook.extended_due, outlook.days_left) == (
        date(2026, 4, 2),
        date(2026, 6, 2),
        1,
    )
    view = _open(qtbot, app_session, ops, ref)
    assert view.sections.notice_label.text() == "02/04/2026 (1 day left)"
    assert view.sections.extension_label.text() == "not extended; if extended, due 02/06/2026"

    _click(qtbot, _button(view, "extend"))
    dialog = _dialog(view, ExtendDialog)
    assert dialog.notice_by.text() == "02/04/2026 — 1 day left"
    assert dialog.new_due.text() == "<b>02/06/2026</b>"
    assert "by 02/04/2026, the end of the first month" in dialog.intro.text()


def test_refusal_needs_its_reasons(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    ref = _add(app_session, ops, date(2026, 3, 2))
    view = _open(qtbot, app_session, ops, ref)

    _click(qtbot, _button(view, "refuse"))
    dialog = _dialog(view, CloseDialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.isVisible()
    assert "A refusal needs its reasons" in dialog.hint.text()
    _click(qtbot, dialog.ok_button)  # disabled: nothing happens
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ops.busy)  # whatever Return set off has run
    assert view.request_actions.active_dialog is dialog and dialog.isVisible()
    detail = _detail(app_session, ops, ref)
    assert detail.status == "received"
    assert "request.closed" not in [event.action for event in detail.timeline]

    qtbot.keyClicks(dialog.reason, "The request is manifestly excessive (fourth in a month).")
    # no answer was recorded as sent: closing asks for a confirmation
    assert not dialog.ok_button.isEnabled()
    assert "recorded as sent" in dialog.hint.text()
    dialog.confirm.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert not dialog.hint.isVisible()
    _click(qtbot, dialog.ok_button)

    qtbot.waitUntil(lambda: view.sections.status_badge.text() == "Refused")
    assert _detail(app_session, ops, ref).outcome_reason == (
        "The request is manifestly excessive (fourth in a month)."
    )
    assert view.sections.days_label.text() == "Closed on 20/03/2026 (refused)."
    assert _column(view, "timeline_model", 2)[0] == "Request refused"
    for button in map(partial(_button, view), ("extend", "refuse", "ask", "identity")):
        assert not button.isEnabled()
        assert "only notes can be added" in button.toolTip()


def test_asking_for_identity_puts_on_hold_and_its_arrival_restarts_the_period(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, date(2026, 3, 2))
    view = _open(qtbot, app_session, ops, ref)
    assert view.sections.suspensions_table.isHidden()
    assert not _button(view, "received").isEnabled()

    _click(qtbot, _button(view, "ask"))
    dialog = _dialog(view, AskInformationDialog)
    assert dialog.kind.currentData() == "identity"
    assert "restart" in dialog.policy.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.reason_label.text() == "Why there is a reasonable doubt:"
    qtbot.keyClicks(dialog.reason, "copy of an ID document")
    dialog.asked_on.setDate(QDate(2026, 3, 5))
    # two separate inputs: the doubt, then what may be sent (none ticked for the staff)
    assert not dialog.ok_button.isEnabled() and "least intrusive" in dialog.hint.text()
    dialog.means[IdMeans.ID_COPY_MASKED].setChecked(True)
    dialog.means[IdMeans.KNOWN_EMAIL].setChecked(True)
    assert dialog.ok_button.isEnabled()
    _click(qtbot, dialog.ok_button)

    qtbot.waitUntil(lambda: view.sections.urgency_badge.text() == "On hold")
    assert _detail(app_session, ops, ref).suspensions[0].means == (
        "known-email",
        "id-copy-masked",
    )
    assert view.sections.status_badge.text() == "Awaiting information"
    assert view.sections.days_label.text().startswith("On hold since 05/03/2026")
    assert _column(view, "suspensions_model", 4) == ["awaited"]
    assert not view.sections.suspensions_table.isHidden()
    assert _button(view, "received").isEnabled()
    assert not _button(view, "complete").isEnabled()
    assert "record its arrival first" in _button(view, "complete").toolTip()
    assert not _button(view, "ask").isEnabled()

    _click(qtbot, _button(view, "received"))
    received = _dialog(view, InformationReceivedDialog)
    assert received.awaited.text() == "copy of an ID document"
    assert "count again from 20/03/2026" in received.effect.text()
    _click(qtbot, received.ok_button)

    qtbot.waitUntil(lambda: view.sections.due_label.text() == "Due Monday 20/04/2026")
    assert view.sections.status_badge.text() == "In progress"
    assert not view.sections.urgency_badge.isVisible()
    assert _column(view, "suspensions_model", 0) == ["05/03/2026"]
    assert _column(view, "suspensions_model", 4) == ["20/03/2026"]
    assert (
        "counting from 20/03/2026; +1 month → 20/04/2026 (Monday)"
        in view.sections.explanation_lines()
    )
    actions = _timeline_actions(view)
    assert actions[:2] == ["request.information_received", "request.information_asked"]


def test_identity_check_is_recorded_and_shown_verified(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, date(2026, 3, 2))
    view = _open(qtbot, app_session, ops, ref)
    assert view.sections.identity_label.text().startswith("Not verified yet")
    assert view.sections.checks_table.isHidden()

    _click(qtbot, _button(view, "identity"))
    dialog = _dialog(view, IdentityCheckDialog)
    assert dialog.checked_by.text() == "ui-tester"
    # Nothing chosen at first: one click on OK never records a verified identity.
    assert dialog.method.currentIndex() == -1 and dialog.outcome.currentIndex() == -1
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Choose how the identity was checked."
    dialog.method.setCurrentIndex(dialog.method.findData("id-document"))
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Choose the result of the check."
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("verified"))
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Say which kind of ID document was checked."
    line = dialog.document_kind.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "passport")
    qtbot.keyClicks(dialog.number, "48213")  # at most 4 characters are kept
    assert dialog.number.text() == "4821"
    assert dialog.ok_button.isEnabled()
    _click(qtbot, dialog.ok_button)

    qtbot.waitUntil(lambda: view.sections.identity_label.text().startswith("✔ Verified"))
    assert view.sections.identity_label.text() == "✔ Verified on 20/03/2026 by ui-tester."
    assert _column(view, "checks_model", 1) == ["passport"]
    assert _column(view, "checks_model", 2) == ["…4821"]
    assert _column(view, "checks_model", 3) == ["verified"]
    assert _column(view, "timeline_model", 2)[0] == "Identity check recorded"
    assert _detail(app_session, ops, ref).identity_verified


def test_a_note_is_added_and_listed(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    ref = _add(app_session, ops, date(2026, 3, 2))
    view = _open(qtbot, app_session, ops, ref)
    assert view.documents.notes_empty.isVisible()
    assert not view.documents.add_note_button.isEnabled()

    qtbot.keyClicks(view.documents.note_edit, "Called the requester: wants the 2025 files only.")
    assert view.documents.add_note_button.isEnabled()
    _click(qtbot, view.documents.add_note_button)

    qtbot.waitUntil(lambda: len(view.documents.note_texts) == 1)
    assert view.documents.note_texts[0].text() == "Called the requester: wants the 2025 files only."
    assert view.documents.note_edit.toPlainText() == ""
    assert not view.documents.notes_empty.isVisible()
    assert "request.note_added" in _timeline_actions(view)


def test_after_the_due_date_only_a_late_entry_of_an_ask_is_offered_with_its_reason(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    late = _add(app_session, ops, date(2026, 1, 5))  # due 05/02/2026; today is 20/03/2026
    view = _open(qtbot, app_session, ops, late)
    reason = (
        f"The deadline of {late} (05/02/2026) has passed: asking for information now cannot "
        "suspend it. Answer, or refuse with reasons."
    )
    assert _detail(app_session, ops, late).actions["ask"] == reason  # the domain's answer
    assert _button(view, "ask").isEnabled()  # only to record an ask made by the due date
    assert _button(view, "ask").toolTip() == (
        f"{reason} If it was done on or before 05/02/2026, you can still record it with that "
        "date and the reason it is recorded only now."
    )
    with pytest.raises(RuleViolation) as refused:  # and the service's refusal, word for word
        ops.call(
            lambda: svc.ask_for_information(
                app_session.uow(), late, InformationKind.IDENTITY, "copy of an ID document"
            )
        )
    assert str(refused.value) == reason

    _click(qtbot, _button(view, "ask"))
    dialog = _dialog(view, AskInformationDialog)
    assert "(05/02/2026) has passed" in dialog.intro.text()
    assert dialog.asked_on.maximumDate() == QDate(2026, 2, 5)
    assert dialog.asked_on.date() == QDate(2026, 2, 5)
    assert dialog.late_reason is not None and dialog.late_reason.isVisible()
    qtbot.keyClicks(dialog.reason, "copy of an ID document")
    dialog.means[IdMeans.ID_COPY_MASKED].setChecked(True)
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Say why the ask is recorded only now: it is kept and audited."
    dialog.asked_on.setDate(QDate(2026, 2, 3))
    qtbot.keyClicks(dialog.late_reason, "Asked by phone that day; the note was filed late.")
    assert dialog.ok_button.isEnabled()
    _click(qtbot, dialog.ok_button)

    qtbot.waitUntil(lambda: view.sections.status_badge.text() == "Awaiting information")
    assert view.sections.days_label.text().startswith("On hold since 03/02/2026")
    assert "request.late_entry" in _timeline_actions(view)
    assert "Recorded late (dated earlier)" in _column(view, "timeline_model", 2)

    recent = _add(app_session, ops, date(2026, 3, 2), name="Paul")  # due 02/04/2026
    page = _open(qtbot, app_session, ops, recent)
    assert _button(page, "ask").isEnabled()
    assert _button(page, "ask").toolTip().startswith("Ask the requester for ID or clarification")
    _click(qtbot, _button(page, "ask"))
    assert _dialog(page, AskInformationDialog).late_reason is None  # asked in time: no reason


def test_extension_after_the_notice_date_is_refused(
    qtbot: QtBot, app_session: AppSession, ops: Ops, clock: FixedClock
) -> None:
    old = _add(app_session, ops, date(2026, 1, 5))  # must have been notified by 05/02/2026
    view = _open(qtbot, app_session, ops, old)
    assert not _button(view, "extend").isEnabled()
    assert _button(view, "extend").toolTip() == (
        f"Too late to extend {old}: the requester had to be told of an extension by 05/02/2026 "
        "(end of the first month)."
    )
    assert "passed" in view.sections.notice_label.text()
    assert view.sections.urgency_badge.text() == "OVERDUE"
    assert view.sections.days_label.text() == "OVERDUE — 43 days late."

    # A page left open overnight: the button still offers the extension, the rule refuses it.
    ref = _add(app_session, ops, date(2026, 2, 20))  # notice by 20/03/2026, today
    page = _open(qtbot, app_session, ops, ref)
    assert _button(page, "extend").isEnabled()
    assert "today is the last day" in page.sections.notice_label.text()
    clock.advance(timedelta(days=1))
    _click(qtbot, _button(page, "extend"))
    dialog = _dialog(page, ExtendDialog)
    qtbot.keyClicks(dialog.reason, "Complex request")
    _click(qtbot, dialog.ok_button)

    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == (
        f"Too late to extend {ref}: the requester had to be told of an extension by "
        "20/03/2026 (end of the first month)."
    )
    assert dialog.isVisible()
    assert dialog.reason.toPlainText() == "Complex request"  # nothing typed is lost
    assert dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: not _button(page, "extend").isEnabled())  # the page caught up
    assert _detail(app_session, ops, ref).extended_on is None
    answer_discard_question(discard=True)  # reasons typed: Cancel asks first
    _click(qtbot, dialog.cancel_button)
    assert page.request_actions.active_dialog is None


def test_forwarding_is_offered_only_for_processor_entities(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ops.call(lambda: create_entity(app_session.uow(), name=PROCESSOR, role=Role.PROCESSOR))
    controller_ref = _add(app_session, ops, date(2026, 3, 2))
    processor_ref = _add(app_session, ops, date(2026, 3, 3), entity=PROCESSOR, name="Paul")
    controller = _open(qtbot, app_session, ops, controller_ref)
    processor = _open(qtbot, app_session, ops, processor_ref)
    assert not _button(controller, "forward").isVisible()
    assert _button(processor, "forward").isVisible()
    assert processor.sections.entity_label.text() == f"{PROCESSOR} (processor, acting for a client)"

    _click(qtbot, _button(processor, "forward"))
    dialog = _dialog(processor, CloseDialog)
    dialog.confirm.setChecked(True)  # no answer recorded as sent: confirmed
    assert dialog.ok_button.isEnabled()  # no reason needed to forward
    qtbot.keyClicks(dialog.reason, "Sent to the client's DPO")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: processor.sections.status_badge.text() == "Forwarded to controller")
    assert not _button(processor, "forward").isEnabled()

    _click(qtbot, _button(controller, "complete"))
    completion = _dialog(controller, CloseDialog)
    completion.confirm.setChecked(True)
    _click(qtbot, completion.ok_button)
    qtbot.waitUntil(lambda: controller.sections.status_badge.text() == "Completed")
    assert _detail(app_session, ops, controller_ref).closed_on == date(2026, 3, 20)


def test_unknown_reference_is_reported_on_the_page(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    view = RequestFileView(app_session, ops, "DSR-2026-0099")
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: view.message.text() != "")
    assert view.message.text() == "No request DSR-2026-0099."
    assert not _button(view, "extend").isEnabled()


def test_clear_drops_personal_data_and_open_dialogs(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, date(2026, 3, 2))
    view = _open(qtbot, app_session, ops, ref)
    ops.call(lambda: svc.add_note(app_session.uow(), ref, "A private remark"))
    view.reload()
    qtbot.waitUntil(lambda: len(view.documents.note_texts) == 1)
    _click(qtbot, _button(view, "refuse"))
    assert view.request_actions.active_dialog is not None

    view.clear()
    assert view.request_actions.active_dialog is None
    assert view.sections.requester_name.text() == ""
    assert view.sections.requester_email.text() == ""
    assert view.sections.explanation_lines() == []
    assert view.sections.timeline_model.rowCount() == 0
    assert view.documents.note_texts == []
    assert not any(
        button.isEnabled() for button in (_button(view, "extend"), _button(view, "refuse"))
    )


def test_a_closed_objection_opens_only_with_a_reason_and_stays_read_only(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = ops.call(
        lambda: svc.register_request(
            app_session.uow(),
            type=RequestType.OBJECTION,
            received_on=date(2026, 3, 2),
            name="Inès Faure",
            email="ines@exemple.fr",
        )
    ).reference
    ops.call(lambda: svc.close(app_session.uow(), ref, Outcome.COMPLETED))

    view = RequestFileView(app_session, ops, ref)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.reload()
    gate = view.archive_gate
    qtbot.waitUntil(gate.isVisible)
    assert not view.scroll_area.isVisible()
    assert view.sections.requester_name.text() == "" and view.sections.kind_label.text() == ""
    assert not gate.consult_button.isEnabled()  # no reason, no access

    qtbot.keyClicks(gate.reason_edit, "New objection from the same person")
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(gate.reason_edit, Qt.Key.Key_Return)
    assert not gate.isVisible() and view.scroll_area.isVisible()
    assert view.sections.requester_name.text() == "Inès Faure"
    assert view.archive_banner.isVisible()
    assert (
        not view.documents.note_edit.isVisible() and not view.documents.add_note_button.isVisible()
    )
    assert not _button(view, "identity").isEnabled()
    assert "read-only archive" in _button(view, "identity").toolTip()
    assert _button(view, "letters").isEnabled()  # the outcome letter can still be sent
    assert "request.archive_consulted" in _timeline_actions(view)

    # Reloading (after any write) in the same session does not ask again nor audit again.
    with qtbot.waitSignal(view.loaded):
        view.reload()
    assert _timeline_actions(view).count("request.archive_consulted") == 1

    # After a lock, the reason is asked again.
    ops.call(app_session.archive_consulted.clear)
    again = RequestFileView(app_session, ops, ref)
    qtbot.addWidget(again)
    again.show()
    again.reload()
    qtbot.waitUntil(again.archive_gate.isVisible)


def test_the_data_export_is_offered_for_access_requests_only(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    from dsr_desk.ui.dialogs.bundle_dialog import BundleDialog

    ref = _add(app_session, ops, date(2026, 3, 2))
    view = _open(qtbot, app_session, ops, ref)
    assert _button(view, "bundle").isVisible() and _button(view, "bundle").isEnabled()
    assert "identity not verified" in _button(view, "bundle").toolTip()
    _click(qtbot, _button(view, "bundle"))
    dialog = view.documents.bundle_dialog
    assert isinstance(dialog, BundleDialog)
    qtbot.waitUntil(dialog.isVisible)
    view.clear()  # a lock closes it: it holds added files and the password
    qtbot.waitUntil(lambda: not dialog.isVisible())

    erasure = ops.call(
        lambda: svc.register_request(
            app_session.uow(), type=RequestType.ERASURE, received_on=date(2026, 3, 2), name="Paul"
        )
    ).reference
    other = _open(qtbot, app_session, ops, erasure)
    assert not _button(other, "bundle").isVisible()


def test_one_controller_declares_each_action_once_and_sets_it_from_the_rules(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    assert RequestFileView.__bases__ == (QWidget,)  # composed of parts, not mixins
    ops.call(lambda: create_entity(app_session.uow(), name=PROCESSOR, role=Role.PROCESSOR))
    ref = _add(app_session, ops, date(2026, 3, 2), entity=PROCESSOR)
    ops.call(
        lambda: svc.ask_for_information(
            app_session.uow(), ref, InformationKind.IDENTITY, "copy of an ID document"
        )
    )
    view = _open(qtbot, app_session, ops, ref)
    actions = view.request_actions
    assert [action.name for action in actions.actions] == list(actions.buttons)
    bar = [actions.bar.itemAt(i).widget() for i in range(actions.bar.count())]
    assert [button.objectName() for button in bar if button is not None] == [
        "startButton",
        "identityButton",
        "askButton",
        "receivedButton",
        "extendButton",
        "lettersButton",
        "bundleButton",
        "notifyButton",
        "completeButton",
        "refuseButton",
        "forwardButton",
        "unansweredButton",
        "closeButton",
    ]

    assert view.file is not None
    states = action_states(view.file.detail, view.file.suspension_policy)
    assert set(states) == set(actions.buttons)
    shown = {
        name: (button.isEnabled(), button.toolTip(), button.isVisible())
        for name, button in actions.buttons.items()
    }
    assert shown == {name: (s.enabled, s.tooltip, s.visible) for name, s in states.items()}
    assert {name for name, (enabled, _tip, _shown) in shown.items() if not enabled} == {
        "start",
        "ask",
        "complete",
        "forward",
        "notify",
    }
    assert shown["forward"][2] and shown["received"][0]
    assert not shown["notify"][2]  # an access request: no Art. 19 notice (hidden)

    view.clear()
    assert not any(button.isEnabled() for button in actions.buttons.values())
