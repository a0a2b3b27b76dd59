"""Issue 16's last GUI parts, on real widgets and a real vault: the letter dialog answers the
linked requests in the same mailing (the preview is the mailing's one PDF, kept in every file
when sent), asks for the means of identification of a request for identity recorded without
any (nothing can be printed until one is ticked; they are recorded, audited, when the letter is
made), and the Extend, Close and Ask dialogs say which language a reason is typed in (the
request's by default), recorded with it."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from dsr_desk.domain.identity_means import IdMeans
from dsr_desk.domain.request_kinds import Outcome
from dsr_desk.domain.requests import InformationKind, RequestType
from dsr_desk.letters.kinds import LetterKind, SendChannel
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import requests as svc
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import save_settings
from dsr_desk.ui.dialogs.ask_information_dialog import AskInformationDialog
from dsr_desk.ui.dialogs.close_dialog import CloseDialog
from dsr_desk.ui.dialogs.extend_dialog import ExtendDialog
from dsr_desk.ui.dialogs.letter_dialog import LetterDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_view import RequestFileView
from tests.letters_support import pdf_text
from tests.ui.conftest import UI_TODAY


def _add(
    session: AppSession,
    ops: Ops,
    *,
    also: tuple[RequestType, ...] = (),
    language: str = "fr",
) -> RequestDetail:
    ops.call(lambda: save_settings(session.uow(), AppSettings(display_name="Claire Dumoulin")))
    detail: RequestDetail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=RequestType.RECTIFICATION if also else RequestType.ACCESS,
            received_on=date(2026, 3, 10),
            name="Zoé Martin",
            email="zoe@exemple.fr",
            address="8 allée des Tilleuls\n57000 Metz",
            language=language,
            also=also,
        )
    )
    return detail


def _detail(session: AppSession, ops: Ops, ref: str) -> RequestDetail:
    detail: RequestDetail = ops.call(lambda: svc.get_request(session.uow(), ref))
    return detail


def _dialog(qtbot: QtBot, session: AppSession, ops: Ops, detail: RequestDetail) -> LetterDialog:
    dialog = LetterDialog(session, ops, detail, UI_TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    _settled(qtbot, dialog)
    return dialog


def _settled(qtbot: QtBot, dialog: LetterDialog) -> None:
    """The newest preview (or why there is none) is on screen."""
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=5000)
    qtbot.waitUntil(
        lambda: dialog.document.pageCount() >= 1 or dialog.error.isVisible(), timeout=15000
    )


def _changed(qtbot: QtBot, dialog: LetterDialog, change: object) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        assert callable(change)
        change()


def _actions(session: AppSession, ref: str) -> list[tuple[str, dict[str, object]]]:
    with session.uow() as uow:
        return [(e.action, dict(e.details)) for e in uow.audit.entries(ref)]


def test_linked_requests_are_answered_in_the_same_mailing(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    first = _add(app_session, ops, also=(RequestType.ERASURE,))
    (linked,) = first.linked
    dialog = _dialog(qtbot, app_session, ops, first)
    assert LetterKind(dialog.kind.currentData()) is LetterKind.ACKNOWLEDGEMENT
    box = dialog.with_linked
    assert box.isVisibleTo(dialog) and not box.isChecked()  # unchecked by default
    assert box.text() == (f"Answer the linked requests in the same mailing\n({linked.reference})")
    alone = dialog.pdf
    assert alone is not None and "par un courrier séparé" in pdf_text(alone)
    assert pdf_text(alone).count("salutations distinguées") == 1

    _changed(qtbot, dialog, lambda: box.setChecked(True))
    both = dialog.pdf
    assert both is not None and not dialog.error.isVisible()
    text = pdf_text(both)
    assert text.count("Nous en accusons réception dans le même envoi.") == 2  # one per request
    assert text.count("salutations distinguées") == 2
    assert dialog.print_button.isEnabled() and dialog.sent_button.isEnabled()

    with qtbot.waitSignal(dialog.sent, timeout=15000):
        dialog.mark_sent(SendChannel.POST, UI_TODAY)
    for ref, other in ((first.reference, linked.reference), (linked.reference, first.reference)):
        detail = _detail(app_session, ops, ref)
        (letter,) = detail.letters  # kept in each request's file
        assert (letter.kind, letter.sent_on) == ("acknowledgement", UI_TODAY)
        created = [d for action, d in _actions(app_session, ref) if action == "letter.created"]
        assert created[0]["answered_with"] == other


def test_a_request_without_linked_ones_offers_no_mailing(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    detail = _add(app_session, ops)
    dialog = _dialog(qtbot, app_session, ops, detail)
    assert not dialog.with_linked.isVisibleTo(dialog)
    assert dialog.choice().with_linked is False


def test_an_id_request_without_means_asks_for_them_before_it_is_made(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops).reference
    ops.call(  # an ask recorded without its means, as every ask before schema 0017
        lambda: svc.ask_for_information(
            app_session.uow(),
            ref,
            InformationKind.IDENTITY,
            "Le nom de la demande diffère de celui de notre dossier.",
        )
    )
    dialog = _dialog(qtbot, app_session, ops, _detail(app_session, ops, ref))
    if LetterKind(dialog.kind.currentData()) is not LetterKind.ID_REQUEST:
        _changed(
            qtbot,
            dialog,
            lambda: dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.ID_REQUEST.value)),
        )
    assert dialog.means_box.isVisibleTo(dialog)
    boxes = dialog.means
    assert list(boxes) == list(IdMeans)  # least intrusive first
    assert not any(box.isChecked() for box in boxes.values())  # none ticked for the staff
    assert dialog.error.isVisible() and "Tick the means offered" in dialog.error.text()
    assert dialog.pdf is None and dialog.document.pageCount() == 0
    for button in (dialog.print_button, dialog.save_button, dialog.sent_button):
        assert not button.isEnabled()

    _changed(qtbot, dialog, lambda: boxes[IdMeans.ID_COPY_MASKED].setChecked(True))
    _changed(qtbot, dialog, lambda: boxes[IdMeans.KNOWN_EMAIL].setChecked(True))
    assert not dialog.error.isVisible(), dialog.error.text()
    assert dialog.pdf is not None and dialog.print_button.isEnabled()
    text = pdf_text(dialog.pdf)
    assert text.index("adresse électronique que nous connaissons") < text.index("pièce d")
    # previewed, not recorded: the ask still holds no means and nothing was audited
    assert _detail(app_session, ops, ref).suspensions[-1].means == ()
    assert not [a for a, _d in _actions(app_session, ref) if a == "request.id_means_recorded"]

    with qtbot.waitSignal(dialog.sent, timeout=15000):
        dialog.mark_sent(SendChannel.EMAIL, UI_TODAY)
    recorded = [d for a, d in _actions(app_session, ref) if a == "request.id_means_recorded"]
    assert recorded == [{"asked_on": UI_TODAY.isoformat(), "means": "known-email,id-copy-masked"}]
    assert _detail(app_session, ops, ref).suspensions[-1].means == ("known-email", "id-copy-masked")
    assert not any(box.isEnabled() for box in boxes.values())  # recorded: not changed after


def _file(qtbot: QtBot, session: AppSession, ops: Ops, ref: str) -> RequestFileView:
    view = RequestFileView(session, ops, ref)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.reload()
    return view


def _submitted(qtbot: QtBot, view: RequestFileView) -> None:
    dialog = view.request_actions.active_dialog
    assert dialog is not None
    assert dialog.ok_button.isEnabled(), dialog.hint.text()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.request_actions.active_dialog is None, timeout=10000)


def test_the_reasons_typed_say_their_language(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, language="en").reference
    view = _file(qtbot, app_session, ops, ref)

    view.request_actions.buttons["extend"].click()
    extend = view.request_actions.active_dialog
    assert isinstance(extend, ExtendDialog)
    assert extend.reason_lang.currentData() == "en"  # the request's language
    assert [extend.reason_lang.itemText(i) for i in range(2)] == ["Français", "English"]
    extend.reason_lang.setCurrentIndex(extend.reason_lang.findData("fr"))
    extend.reason.setPlainText("Trois écoles à interroger ; archives papier.")
    _submitted(qtbot, view)
    assert _detail(app_session, ops, ref).extension_reason_lang == "fr"

    view.request_actions.buttons["ask"].click()
    ask = view.request_actions.active_dialog
    assert isinstance(ask, AskInformationDialog)
    assert ask.reason_lang.currentData() == "en"
    ask.kind.setCurrentIndex(ask.kind.findData(InformationKind.CLARIFICATION.value))
    ask.reason_lang.setCurrentIndex(ask.reason_lang.findData("fr"))
    ask.reason.setPlainText("Quelles années de scolarité sont concernées ?")
    _submitted(qtbot, view)
    assert _detail(app_session, ops, ref).suspensions[-1].reason_lang == "fr"

    ops.call(lambda: svc.information_received(app_session.uow(), ref))
    with qtbot.waitSignal(view.loaded):
        view.reload()
    view.request_actions.buttons["refuse"].click()
    close = view.request_actions.active_dialog
    assert isinstance(close, CloseDialog)
    assert close.reason_lang.currentData() == "en"
    assert close.form.isRowVisible(close.reason)
    close.reason_lang.setCurrentIndex(close.reason_lang.findData("fr"))
    close.reason.setPlainText("Demande manifestement excessive (quatrième en un mois).")
    close.confirm.setChecked(True)
    _submitted(qtbot, view)
    detail = _detail(app_session, ops, ref)
    assert (detail.status, detail.outcome_lang) == ("refused", "fr")


def test_the_typed_language_is_handed_on_as_chosen(qtbot: QtBot) -> None:
    """Left as proposed, the request's language goes with the values."""
    dialog = CloseDialog(
        "DSR-2026-0001",
        Outcome.REFUSED,
        received_on=date(2026, 3, 2),
        today=UI_TODAY,
        request_lang="en",
    )
    qtbot.addWidget(dialog)
    assert dialog.values().reason_lang == "en"
