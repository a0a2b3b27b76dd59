"""What each right allows, on real widgets (issue 16, items 1–2): the close dialog offers only
the outcomes the right allows, with the texts each needs; closing with no answer recorded as
sent asks for a confirmation; the outcome's letter is offered after; the request file hides
what the right forbids with the domain's reason; the ask dialog asks an opt-out for ID only
when the person cannot be matched; the register's "On hold too long" and the closure it
proposes; the entity's "without delay" and "on hold" settings."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from dsr_desk.domain.identity_means import IdMeans
from dsr_desk.domain.requests import InformationKind, RequestType
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import letters as letter_service
from dsr_desk.services import requests as svc
from dsr_desk.services.entities import EntityView, list_entities
from dsr_desk.ui.dialogs.ask_information_dialog import AskInformationDialog
from dsr_desk.ui.dialogs.close_dialog import CloseDialog
from dsr_desk.ui.dialogs.request_action_dialog import RequestActionDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.register_view import ON_HOLD_TOO_LONG, RegisterView
from dsr_desk.ui.views.request_view import RequestFileView
from dsr_desk.ui.views.settings_view import SettingsView

D = TypeVar("D", bound=RequestActionDialog)
#: Worker round trips (a write, a reload, a letter preview) on a busy 2-core CI machine.
WAIT_MS = 20_000
ENTITY = "Groupe Scolaire Exemple"


def _add(
    session: AppSession,
    ops: Ops,
    rtype: RequestType,
    received: date = date(2026, 3, 16),
    name: str = "Jeanne Martin",
) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=rtype,
            received_on=received,
            name=name,
            email="jeanne@exemple.fr",
            address="8 allée des Tilleuls\n57000 Metz",
        )
    )
    return str(detail.reference)


def _detail(session: AppSession, ops: Ops, ref: str) -> RequestDetail:
    detail: RequestDetail = ops.call(lambda: svc.get_request(session.uow(), ref, consulted=True))
    return detail


def _open(qtbot: QtBot, session: AppSession, ops: Ops, ref: str) -> RequestFileView:
    view = RequestFileView(session, ops, ref)
    qtbot.addWidget(view)
    view.resize(1300, 820)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.reload()
    return view


def _button(view: RequestFileView, action: str) -> QPushButton:
    return view.request_actions.buttons[action]


def _dialog(view: RequestFileView, kind: type[D]) -> D:
    dialog = view.request_actions.active_dialog
    assert isinstance(dialog, kind)
    assert dialog.isVisible()
    return dialog


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _offered(dialog: CloseDialog) -> list[str]:
    box = dialog.outcome_box
    return [box.itemData(i) for i in range(box.count())]


def _choose(dialog: CloseDialog, outcome: str) -> None:
    dialog.outcome_box.setCurrentIndex(dialog.outcome_box.findData(outcome))


def _render(widget: object, name: str) -> None:
    """Keep a picture of ``widget`` to look at (``DSR_DESK_RENDER_DIR``, else the temp dir)."""
    folder = Path(os.environ.get("DSR_DESK_RENDER_DIR", "/tmp/dsr-desk-renders"))
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))  # type: ignore[attr-defined]


def test_an_opt_out_file_hides_what_its_right_forbids_with_the_domains_reason(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, RequestType.MARKETING_OPT_OUT)
    view = _open(qtbot, app_session, ops, ref)
    detail = _detail(app_session, ops, ref)
    for action in ("extend", "refuse"):
        button = _button(view, action)
        assert not button.isVisible() and not button.isEnabled()
        assert button.toolTip() == detail.actions[action]  # the domain's sentence, not restated
    assert "cannot be extended" in _button(view, "extend").toolTip()
    assert "Art. 21(3)" in _button(view, "refuse").toolTip()
    assert _button(view, "close").isVisible() and _button(view, "close").isEnabled()
    assert not _button(view, "unanswered").isVisible()  # not on hold: not proposed
    ask = _button(view, "ask")  # clarification may be asked; ID only if unmatched, and why
    assert ask.isEnabled() and ask.toolTip().endswith(str(detail.asks["identity"]))
    _render(view, "request-file-opt-out")

    _click(qtbot, _button(view, "close"))
    dialog = _dialog(view, CloseDialog)
    # never refused, partly or as excessive; a controller forwards nothing
    assert _offered(dialog) == ["completed", "no-data", "withdrawn", "unanswered"]
    assert dialog.outcome.value == "completed"
    _choose(dialog, "unanswered")  # allowed by the right, not today: the domain's reason
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == detail.outcomes["unanswered"]
    assert "not waiting for any information" in dialog.hint.text()
    _choose(dialog, "completed")
    assert dialog.confirm.isVisible()
    assert not dialog.granted.isVisible() and not dialog.withheld.isVisible()
    _render(dialog, "close-dialog-opt-out")
    _click(qtbot, dialog.cancel_button)


def test_an_opt_out_is_asked_for_id_only_when_the_person_cannot_be_matched(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, RequestType.MARKETING_OPT_OUT)
    view = _open(qtbot, app_session, ops, ref)
    detail = _detail(app_session, ops, ref)
    _click(qtbot, _button(view, "ask"))
    dialog = _dialog(view, AskInformationDialog)
    assert dialog.chosen_kind is InformationKind.CLARIFICATION  # ID is not asked by default
    dialog.kind.setCurrentIndex(dialog.kind.findData("identity"))
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == detail.asks["identity"]
    assert "cannot be matched" in dialog.hint.text()
    assert dialog.unmatched.isVisible()
    _render(dialog, "ask-dialog-opt-out")
    qtbot.keyClicks(dialog.reason, "A copy of the letter we sent you")
    assert not dialog.ok_button.isEnabled()
    dialog.unmatched.setChecked(True)
    assert not dialog.ok_button.isEnabled()  # and what the person may send (least intrusive)
    dialog.means[IdMeans.RECENT_LETTER].setChecked(True)
    assert dialog.ok_button.isEnabled() and not dialog.hint.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("fee"))  # free of charge, always
    assert not dialog.unmatched.isVisible() and not dialog.ok_button.isEnabled()
    assert "no fee can be asked" in dialog.hint.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("identity"))
    dialog.unmatched.setChecked(True)
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(
        lambda: _detail(app_session, ops, ref).status == "awaiting-information", timeout=WAIT_MS
    )
    entry = _detail(app_session, ops, ref).suspensions[-1]
    assert (entry.kind, entry.received_on, entry.means) == ("identity", None, ("recent-letter",))


def test_a_fee_is_asked_with_its_amount(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    ref = _add(app_session, ops, RequestType.ACCESS)
    view = _open(qtbot, app_session, ops, ref)
    _click(qtbot, _button(view, "ask"))
    dialog = _dialog(view, AskInformationDialog)
    assert not dialog.amount.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("fee"))
    assert dialog.amount.isVisible()
    qtbot.keyClicks(dialog.reason, "Fifth copy of the same file this month")
    assert "amount" in dialog.hint.text() and not dialog.ok_button.isEnabled()
    dialog.amount.setValue(12.5)
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(
        lambda: _detail(app_session, ops, ref).status == "awaiting-information", timeout=WAIT_MS
    )
    assert _detail(app_session, ops, ref).suspensions[-1].amount_cents == 1250


def test_a_partial_erasure_asks_granted_withheld_and_the_art_17_3_ground_then_its_letter(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, RequestType.ERASURE)
    view = _open(qtbot, app_session, ops, ref)
    _click(qtbot, _button(view, "close"))
    dialog = _dialog(view, CloseDialog)
    assert _offered(dialog) == [
        "completed", "partial", "refused", "no-data", "withdrawn", "unanswered", "excessive",
    ]  # fmt: skip
    _choose(dialog, "partial")
    assert dialog.granted.isVisible() and dialog.withheld.isVisible()
    assert "Art. 17(3) ground" in dialog.reason_label.text()
    dialog.confirm.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    assert "what is granted" in dialog.hint.text() and "what is withheld" in dialog.hint.text()
    qtbot.keyClicks(dialog.granted, "Marketing data erased")
    qtbot.keyClicks(dialog.withheld, "Invoices")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Art. 17(3)(b): invoices kept 10 years")
    assert dialog.ok_button.isEnabled()
    _render(dialog, "close-dialog-partial-erasure")
    _click(qtbot, dialog.ok_button)

    # the letter the outcome calls for is offered: the letter dialog opens on it
    qtbot.waitUntil(lambda: view.documents.letter_dialog is not None, timeout=WAIT_MS)
    letters = view.documents.letter_dialog
    assert letters is not None
    assert letters.kind.currentData() == LetterKind.PARTIAL_REFUSAL.value
    letters.reject()
    detail = _detail(app_session, ops, ref)
    assert (detail.outcome, detail.outcome_granted, detail.outcome_withheld) == (
        "partial",
        "Marketing data erased",
        "Invoices",
    )
    assert detail.outcome_reason == "Art. 17(3)(b): invoices kept 10 years"


def test_excessive_needs_what_shows_the_excess_and_an_objection_compelling_grounds(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, RequestType.OBJECTION)
    view = _open(qtbot, app_session, ops, ref)
    _click(qtbot, _button(view, "refuse"))
    dialog = _dialog(view, CloseDialog)
    assert dialog.outcome.value == "refused"
    assert "Compelling legitimate grounds" in dialog.reason_label.text()
    _choose(dialog, "excessive")
    dialog.confirm.setChecked(True)
    assert "including what shows the excess" in dialog.hint.text()
    assert "including what shows the excess" in dialog.reason_label.text()
    qtbot.keyClicks(dialog.reason, "Fifth identical objection in two months")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: view.documents.letter_dialog is not None, timeout=WAIT_MS)
    letters = view.documents.letter_dialog
    assert letters is not None
    assert letters.kind.currentData() == LetterKind.EXCESSIVE_REFUSAL.value
    letters.reject()
    assert _detail(app_session, ops, ref).outcome == "excessive"


def test_once_the_answer_was_sent_closing_asks_nothing_and_offers_no_letter(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, RequestType.ERASURE)
    ops.call(
        lambda: letter_service.issue_letter(
            app_session.uow,
            app_session.document_store(),
            ref,
            LetterKind.COMPLETION,
            "fr",
            sent=letter_service.sending("email", date(2026, 3, 20)),
            signer="Le DPO",
        )
    )
    assert _detail(app_session, ops, ref).answer_sent
    view = _open(qtbot, app_session, ops, ref)
    assert view.file is not None and view.file.detail.answer_sent
    _click(qtbot, _button(view, "complete"))
    dialog = _dialog(view, CloseDialog)
    assert not dialog.confirm.isVisible()
    assert dialog.ok_button.isEnabled()
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: view.sections.status_badge.text() == "Completed", timeout=WAIT_MS)
    assert view.documents.letter_dialog is None


def test_on_hold_too_long_in_the_register_and_the_closure_it_proposes(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    waiting = _add(app_session, ops, RequestType.ACCESS, date(2025, 11, 3), name="Paul Long")
    recent = _add(app_session, ops, RequestType.ACCESS, date(2026, 3, 2), name="Lea Court")
    for ref, asked in ((waiting, date(2025, 11, 19)), (recent, date(2026, 3, 5))):
        ops.call(
            lambda ref=ref, asked=asked: svc.ask_for_information(
                app_session.uow(),
                ref,
                InformationKind.IDENTITY,
                "ID",
                asked_on=asked,
                late_reason="Asked by letter; recorded late",
            )
        )
    assert _detail(app_session, ops, waiting).on_hold_too_long
    assert not _detail(app_session, ops, recent).on_hold_too_long

    register = RegisterView(app_session, ops)
    qtbot.addWidget(register)
    register.show()
    with qtbot.waitSignal(register.first_page_shown, timeout=WAIT_MS):
        register.status_filter.setCurrentIndex(register.status_filter.findData(ON_HOLD_TOO_LONG))
    shown = [register.model.row_at(i).reference for i in range(register.model.rowCount())]
    assert shown == [waiting]

    view = _open(qtbot, app_session, ops, waiting)
    button = _button(view, "unanswered")
    assert button.isVisible() and button.isEnabled()
    assert not _button(_open(qtbot, app_session, ops, recent), "unanswered").isVisible()
    _click(qtbot, button)
    dialog = _dialog(view, CloseDialog)
    assert dialog.outcome.value == "unanswered" and dialog.confirm.isVisible()
    dialog.confirm.setChecked(True)
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: view.documents.letter_dialog is not None, timeout=WAIT_MS)
    letters = view.documents.letter_dialog
    assert letters is not None
    assert letters.kind.currentData() == LetterKind.NO_REPLY_CLOSURE.value
    letters.reject()
    assert _detail(app_session, ops, waiting).outcome == "unanswered"


def test_the_entity_settings_edit_without_delay_and_on_hold(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    page = SettingsView(app_session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 1000)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.entities_tab.entity_list.count() == 1, timeout=WAIT_MS)
    tab = page.entities_tab
    form = tab.entity_form
    days, months = form.without_delay_days, form.on_hold_months
    assert days.isVisible() and months.isVisible()
    assert (days.value(), months.value()) == (5, 3)
    assert ((days.minimum(), days.maximum()), (months.minimum(), months.maximum())) == (
        (1, 30),
        (1, 24),
    )
    assert "Art. 21(3)" in days.toolTip()
    for spin, typed in ((days, "2"), (months, "6")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, typed)
    button = tab.save_entity_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))

    def saved() -> tuple[int, int]:
        found: list[EntityView] = ops.call(lambda: list_entities(app_session.uow()))
        return found[0].without_delay_days, found[0].on_hold_months

    qtbot.waitUntil(lambda: saved() == (2, 6), timeout=WAIT_MS)
    # an opt-out received on Monday 16/03/2026 is now due two working days later
    ref = _add(app_session, ops, RequestType.MARKETING_OPT_OUT)
    assert _detail(app_session, ops, ref).due == date(2026, 3, 18)
