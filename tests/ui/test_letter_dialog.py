"""The letters of a request on real widgets: opened from the request file (and Ctrl+P), a
live QtPdf preview of the in-memory PDF, refusals shown before anything can be printed,
printing, and "Mark as sent" keeping an encrypted RESPONSE copy with its audit entry. Also the
entity's wording editor."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from dsr_desk.domain.register import ProcessingActivity
from dsr_desk.domain.requests import RequestType
from dsr_desk.letters.kinds import LetterKind, SendChannel
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import requests as svc
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import save_settings
from dsr_desk.ui.dialogs.letter_dialog import LetterDialog
from dsr_desk.ui.main_window import MainWindow
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_view import RequestFileView
from dsr_desk.ui.widgets.letter_template_editor import LetterTemplateEditor
from tests.letters_support import pdf_text
from tests.ui.conftest import UI_TODAY

ENTITY = "Groupe Scolaire Exemple"


def _add(
    session: AppSession,
    ops: Ops,
    address: str = "8 allée des Tilleuls\n57000 Metz",
    email: str | None = "jeanne@exemple.fr",
) -> str:
    ops.call(lambda: save_settings(session.uow(), AppSettings(display_name="Claire Dumoulin")))
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 2),
            name="Jeanne Lefèvre",
            email=email,
            address=address,
        )
    )
    return str(detail.reference)


def _audit_actions(session: AppSession) -> list[str]:
    with session.uow() as uow:
        return [entry.action for entry in uow.audit.entries()]


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


def _letters(qtbot: QtBot, view: RequestFileView) -> LetterDialog:
    qtbot.mouseClick(view.request_actions.buttons["letters"], Qt.MouseButton.LeftButton)
    dialog = view.documents.letter_dialog
    assert isinstance(dialog, LetterDialog) and dialog.isVisible()
    return dialog


def _wait_preview(qtbot: QtBot, dialog: LetterDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.document.pageCount() >= 1 or dialog.error.isVisible(), timeout=15000
    )


def test_letters_preview_and_mark_as_sent_keeps_an_encrypted_copy(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops)
    view = _open(qtbot, app_session, ops, ref)
    assert view.request_actions.buttons["letters"].isEnabled()
    dialog = _letters(qtbot, view)
    assert LetterKind(dialog.kind.currentData()) is LetterKind.ACKNOWLEDGEMENT
    assert dialog.lang.currentData() == "fr"  # the requester's language
    _wait_preview(qtbot, dialog)
    assert dialog.document.pageCount() >= 1 and not dialog.error.isVisible()
    assert dialog.print_button.isEnabled() and dialog.sent_button.isEnabled()
    assert dialog.pdf is not None and dialog.pdf.startswith(b"%PDF-")

    with qtbot.waitSignal(dialog.sent, timeout=15000):
        dialog.mark_sent(SendChannel.REGISTERED_POST, UI_TODAY)
    detail = _detail(app_session, ops, ref)
    assert [(d.kind, d.media_type) for d in detail.documents] == [("response", "application/pdf")]
    files = list((app_session.data_dir / "documents").iterdir())
    assert len(files) == 1 and b"%PDF" not in files[0].read_bytes()
    assert b"Lef\xc3\xa8vre" not in files[0].read_bytes()
    sent = detail.timeline[-1]
    assert sent.action == "letter.sent"
    assert (
        sent.details["kind"] == "acknowledgement" and sent.details["channel"] == "registered-post"
    )
    assert sent.details["sent_on"] == UI_TODAY.isoformat()
    qtbot.waitUntil(
        lambda: view.documents.documents_model.rowCount() == 1
    )  # the file page reloaded
    dialog.reject()
    qtbot.waitUntil(lambda: view.documents.letter_dialog is None)


def test_ctrl_p_in_the_main_window_opens_the_same_dialog(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops)
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    view = window.open_request(ref)
    qtbot.waitUntil(lambda: view.file is not None)
    window.print_current()
    dialog = view.documents.letter_dialog
    assert isinstance(dialog, LetterDialog) and dialog.isVisible()
    _wait_preview(qtbot, dialog)
    window.print_current()
    assert view.documents.letter_dialog is dialog  # one dialog per request file
    dialog.reject()


def test_a_missing_value_is_shown_and_nothing_can_be_printed(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops, address="", email=None)
    view = _open(qtbot, app_session, ops, ref)
    dialog = _letters(qtbot, view)
    qtbot.waitUntil(dialog.error.isVisible, timeout=15000)
    assert "the requester's postal address" in dialog.error.text()
    assert "requester_address" not in dialog.error.text()
    assert dialog.document.pageCount() == 0 and dialog.pdf is None
    for button in (dialog.print_button, dialog.save_button, dialog.sent_button):
        assert not button.isEnabled()
    dialog.reject()


def test_an_unverified_access_answer_needs_a_written_reason_then_is_audited(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    def add_register() -> None:
        with app_session.uow() as uow:
            entity = uow.entities.get(ENTITY)
            assert entity is not None
            entity.processing_activities.append(
                ProcessingActivity(
                    name="Vie scolaire",
                    purpose="Suivi de la scolarité",
                    legal_basis="Mission d'intérêt public",
                    data_categories="Identité, résultats",
                    retention="Scolarité, puis dix ans",
                )
            )
            uow.commit()

    ops.call(add_register)
    ref = _add(app_session, ops)
    view = _open(qtbot, app_session, ops, ref)
    dialog = _letters(qtbot, view)
    _wait_preview(qtbot, dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.COMPLETION.value))
    assert dialog.override_reason.isVisibleTo(dialog)
    qtbot.waitUntil(dialog.error.isVisible, timeout=15000)
    assert "identity is not verified" in dialog.error.text()
    assert not dialog.sent_button.isEnabled()

    dialog.override_reason.setPlainText("Reçue en personne au secrétariat, carte vue.")
    # the register's activities are listed, none ticked: the answer cannot be printed yet
    assert dialog.activities.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.activities.count() == 1, timeout=15000)
    assert dialog.chosen_activities() == ()
    qtbot.waitUntil(
        lambda: "Choose the processing activities" in dialog.error.text(), timeout=15000
    )
    assert not dialog.sent_button.isEnabled()
    item = dialog.activities.item(0)
    assert item is not None and item.text() == "Vie scolaire"
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(dialog.sent_button.isEnabled, timeout=15000)
    assert "Suivi de la scolarité" in pdf_text(dialog.pdf or b"")
    actions = [e.action for e in _detail(app_session, ops, ref).timeline]
    assert "request.disclosure_override" not in actions  # the preview disclosed nothing

    with qtbot.waitSignal(dialog.sent, timeout=15000):
        dialog.mark_sent(SendChannel.HAND_DELIVERY, UI_TODAY)
    actions = [e.action for e in _detail(app_session, ops, ref).timeline]
    assert actions[-4:] == [
        "request.disclosure_override",
        "request.document_added",
        "letter.created",
        "letter.sent",
    ]
    dialog.reject()


def test_print_renders_every_page_and_the_sent_dialog_records_the_channel(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    ref = _add(app_session, ops)
    view = _open(qtbot, app_session, ops, ref)
    dialog = _letters(qtbot, view)
    _wait_preview(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    printed = PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(printed.pages) == dialog.document.pageCount()

    dialog.save_to(tmp_path / "saved.pdf")
    assert (tmp_path / "saved.pdf").read_bytes() == dialog.pdf

    dialog.registered.setText("1A 234 567 8901 2")
    qtbot.waitUntil(dialog.sent_button.isEnabled, timeout=15000)
    dialog.ask_sent()
    sent_dialog = dialog.mark_dialog
    assert sent_dialog is not None and sent_dialog.isVisible()
    assert SendChannel(sent_dialog.channel.currentData()) is SendChannel.REGISTERED_POST
    sent_dialog.channel.setCurrentIndex(sent_dialog.channel.findData(SendChannel.EMAIL.value))
    with qtbot.waitSignal(dialog.sent, timeout=15000):
        sent_dialog.accept()
    assert _detail(app_session, ops, ref).timeline[-1].details["channel"] == "email"
    dialog.reject()


def test_the_wording_editor_previews_validates_saves_and_resets(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    editor = LetterTemplateEditor(app_session, ops, ENTITY)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    qtbot.waitUntil(lambda: editor.document.pageCount() >= 1, timeout=15000)
    assert editor.editor.toPlainText().startswith("Subject: Accusé de réception")
    assert editor.origin.text() == "DSR Desk's wording"
    names = [
        editor.placeholders.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(editor.placeholders.count())
    ]
    assert "due_date" in names and "new_due_date" not in names

    with qtbot.waitSignal(editor.preview_ready, timeout=15000):
        editor.editor.setPlainText("Subject: Merci\n\nNouveau délai : {new_due_date}.")
    assert editor.error.isVisible() and "{new_due_date}" in editor.error.text()
    assert not editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.preview_ready, timeout=15000):
        editor.editor.setPlainText(
            "Subject: Bien reçu\n\nNous avons bien reçu votre demande {reference}."
        )
    assert not editor.error.isVisible() and editor.save_button.isEnabled()
    assert "edited, not saved" in editor.origin.text()
    with qtbot.waitSignal(editor.saved, timeout=15000):
        editor.save()
    assert editor.origin.text() == f"{ENTITY}'s wording"

    ref = _add(app_session, ops)  # the letter dialog now uses the entity's wording
    view = _open(qtbot, app_session, ops, ref)
    dialog = _letters(qtbot, view)
    _wait_preview(qtbot, dialog)
    assert b"%PDF" in (dialog.pdf or b"")
    assert f"Nous avons bien reçu votre demande {ref}." in pdf_text(dialog.pdf or b"")
    dialog.reject()

    with qtbot.waitSignal(editor.saved, timeout=15000):
        editor.reset()
    assert editor.origin.text() == "DSR Desk's wording"
    assert editor.editor.toPlainText().startswith("Subject: Accusé de réception")
    actions = ops.call(lambda: _audit_actions(app_session))
    assert actions.count("entity.letter_override_saved") == 1
    assert actions.count("entity.letter_override_reset") == 1


def test_a_letter_in_the_other_language_asks_for_the_translation_of_what_was_recorded(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops)
    ops.call(lambda: svc.extend(app_session.uow(), ref, "Archives de quinze ans à rechercher."))
    view = _open(qtbot, app_session, ops, ref)
    dialog = _letters(qtbot, view)
    assert LetterKind(dialog.kind.currentData()) is LetterKind.EXTENSION
    _wait_preview(qtbot, dialog)
    # in the request's language (French): nothing to translate
    assert not dialog.translations_box.isVisibleTo(dialog)
    assert "Archives de quinze ans" in pdf_text(dialog.pdf or b"")

    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    assert dialog.translations_box.isVisibleTo(dialog)
    assert set(dialog.translations) == {"extension-reasons"}
    qtbot.waitUntil(dialog.error.isVisible, timeout=15000)
    assert "English translation" in dialog.error.text() and dialog.pdf is None

    qtbot.keyClicks(dialog.translations["extension-reasons"], "Fifteen years of archives.")
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=15000)
    text = pdf_text(dialog.pdf or b"")
    assert "Fifteen years of archives." in text and "Archives de quinze ans" not in text
    dialog.reject()


def test_the_entity_form_and_preferences_edit_the_title_under_the_signature(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    from dsr_desk.services.entities import list_entities, update_entity
    from dsr_desk.ui.widgets.entity_form import EntityForm

    form = EntityForm(with_retention=True)
    qtbot.addWidget(form)
    form.set_values(name=ENTITY, signer_title="La déléguée à la protection des données")
    assert form.signer_title_edit.text() == "La déléguée à la protection des données"
    form.signer_title_edit.setText("  Le délégué à la protection des données ")
    values = form.values()
    assert values["signer_title"] == "Le délégué à la protection des données"
    assert "signer_title" not in EntityForm().values()  # create_entity's arguments only
    ops.call(lambda: update_entity(app_session.uow(), ENTITY, signer_title=values["signer_title"]))
    stored = ops.call(lambda: list_entities(app_session.uow()))
    assert stored[0].signer_title == "Le délégué à la protection des données"

    ref = _add(app_session, ops)
    view = _open(qtbot, app_session, ops, ref)
    dialog = _letters(qtbot, view)
    _wait_preview(qtbot, dialog)
    assert "Claire Dumoulin Le délégué à la protection des données" in pdf_text(dialog.pdf or b"")
    dialog.reject()


def test_a_recipient_notice_is_recorded_from_the_request_file(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    from dsr_desk.ui.dialogs.recipient_notice_dialog import RecipientNoticeDialog

    access = _add(app_session, ops)
    view = _open(qtbot, app_session, ops, access)
    assert not view.request_actions.buttons["notify"].isVisible()  # Art. 19: not for access

    erasure = ops.call(
        lambda: svc.register_request(
            app_session.uow(),
            type=RequestType.ERASURE,
            received_on=date(2026, 3, 2),
            name="Jeanne Lefèvre",
            address="8 allée des Tilleuls\n57000 Metz",
        )
    ).reference
    view = _open(qtbot, app_session, ops, erasure)
    button = view.request_actions.buttons["notify"]
    assert button.isVisible() and button.isEnabled() and "Art. 19" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.request_actions.active_dialog
    assert isinstance(dialog, RecipientNoticeDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.recipient, "Rectorat de Lyon")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_detail(app_session, ops, erasure).recipient_notices))
    (notice,) = _detail(app_session, ops, erasure).recipient_notices
    assert (notice.recipient, notice.notified_on) == ("Rectorat de Lyon", UI_TODAY)
    assert "request.recipient_notified" in _audit_actions(app_session)
