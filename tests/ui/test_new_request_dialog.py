"""The new-request dialog on real widgets: validation, saving, .eml drop, duplicate hints."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dsr_desk.domain.changes import Changes
from dsr_desk.domain.errors import NotFound, VaultError
from dsr_desk.domain.requests import RequestType
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import requests as svc
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.ui.dialogs import new_request_intake as intake
from dsr_desk.ui.dialogs.new_request_dialog import DUPLICATE_DEBOUNCE_MS, NewRequestDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from tests.ui.discard_answers import answer_discard_question

# The offscreen platform cannot resize windows to new size hints (messages appearing).

BODY = (
    "Bonjour,\n\nJe vous demande de supprimer toutes les données me concernant, "
    "conformément à l'article 17 du RGPD.\n\nCordialement,\nHélène Côté"
)


@pytest.fixture
def dialog(qtbot: QtBot, app_session: AppSession, ops: Ops) -> Iterator[NewRequestDialog]:
    widget = NewRequestDialog(app_session, ops)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.entity_combo.count() == 1)
    yield widget
    widget.close()


def _eml(
    folder: Path, name: str = "demande.eml", *, sender: str = "Hélène Côté <Helene.Cote@Exemple.FR>"
) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "dpo@exemple.fr"
    message["Subject"] = "Demande d'effacement de mes données"
    message["Date"] = "Wed, 18 Mar 2026 21:15:00 +0100"
    message.set_content(BODY, cte="quoted-printable")
    path = folder / name
    path.write_bytes(bytes(message))
    return path


def _drop(dialog: NewRequestDialog, path: Path) -> tuple[bool, bool]:
    """Drag a file over the drop zone and drop it, as the window system would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    zone = dialog.drop_zone
    centre = QPointF(zone.rect().center())
    enter = QDragEnterEvent(
        centre.toPoint(),  # QDragEnterEvent takes a QPoint (QPointF only from PySide 6.12)
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(zone, enter)
    drop = QDropEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(zone, drop)
    return enter.isAccepted(), drop.isAccepted()


def _detail(ops: Ops, session: AppSession, reference: str) -> RequestDetail:
    detail: RequestDetail = ops.call(lambda: svc.get_request(session.uow(), reference))
    return detail


def _register(ops: Ops, session: AppSession, name: str, email: str | None) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=RequestType.ACCESS,
            received_on=date(2026, 2, 10),
            name=name,
            email=email,
        )
    )
    return str(detail.reference)


def _rows_do_not_overlap(dialog: NewRequestDialog) -> bool:
    """Every visible widget of the dialog's layout gets at least the height it needs."""
    QApplication.processEvents()
    layout = dialog.layout()
    assert layout is not None
    needed = layout.totalHeightForWidth(dialog.width())
    summary, assignee = dialog.summary_edit.geometry(), dialog.assign_to_me.geometry()
    return dialog.height() >= needed and summary.bottom() < assignee.top()


def _fill_valid(qtbot: QtBot, dialog: NewRequestDialog) -> None:
    qtbot.keyClicks(dialog.type_combo, "Acc")
    qtbot.keyClicks(dialog.name_edit, "Paul Durand")
    qtbot.keyClicks(dialog.email_edit, "Paul.Durand@Exemple.fr")


# -- validation --------------------------------------------------------------------------------


def test_save_is_disabled_until_the_form_is_valid_and_says_why(
    qtbot: QtBot, dialog: NewRequestDialog
) -> None:
    assert dialog.windowTitle() == "New request"
    assert dialog.received_edit.date() == QDate(2026, 3, 20)  # the clock's today
    assert dialog.save_button.isDefault()
    assert not dialog.save_button.isEnabled()
    assert dialog.reason_label.text() == (
        "To save: choose the request type; enter the requester's name."
    )
    qtbot.keyClicks(dialog.type_combo, "Era")
    assert dialog.selected_type() is RequestType.ERASURE
    assert dialog.reason_label.text() == "To save: enter the requester's name."
    qtbot.keyClicks(dialog.name_edit, "Paul Durand")
    assert dialog.save_button.isEnabled()
    assert not dialog.reason_label.isVisible()


def test_a_future_receipt_date_is_refused_inline(qtbot: QtBot, dialog: NewRequestDialog) -> None:
    _fill_valid(qtbot, dialog)
    dialog.received_edit.setDate(QDate(2026, 3, 21))
    assert not dialog.save_button.isEnabled()
    assert dialog.received_message.isVisible()
    assert dialog.received_message.text() == (
        "In the future: enter the day the request arrived (today is 20/03/2026)."
    )
    assert "correct the receipt date" in dialog.reason_label.text()
    dialog.received_edit.setDate(QDate(2026, 3, 20))
    assert not dialog.received_message.isVisible()
    assert dialog.save_button.isEnabled()


def test_a_bad_email_address_is_pointed_out_once_typed(
    qtbot: QtBot, dialog: NewRequestDialog
) -> None:
    qtbot.keyClicks(dialog.type_combo, "Acc")
    qtbot.keyClicks(dialog.name_edit, "Paul Durand")
    qtbot.keyClicks(dialog.email_edit, "paul.durand@")
    assert not dialog.save_button.isEnabled()
    assert dialog.reason_label.text() == "To save: correct the e-mail address."
    assert not dialog.email_message.isVisible()  # not while the address is being typed
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)  # done typing
    assert dialog.email_message.isVisible()
    assert dialog.email_message.text() == "Not a valid e-mail address (like name@example.org)."
    assert dialog.created_reference is None  # Return did not save an invalid form
    qtbot.keyClicks(dialog.email_edit, "exemple.fr")
    assert not dialog.email_message.isVisible()
    assert dialog.save_button.isEnabled()


# -- saving ------------------------------------------------------------------------------------


def test_save_creates_the_request(
    qtbot: QtBot, dialog: NewRequestDialog, app_session: AppSession, ops: Ops
) -> None:
    qtbot.keyClicks(dialog.type_combo, "Rect")
    dialog.received_edit.setDate(QDate(2026, 3, 16))
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("letter"))
    qtbot.keyClicks(dialog.name_edit, "Paul Durand")
    qtbot.keyClicks(dialog.email_edit, "Paul.Durand@Exemple.fr")
    qtbot.keyClicks(dialog.address_edit, "3 rue des Lilas")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.civility_combo.currentData() == ""  # unknown until someone says
    dialog.civility_combo.setCurrentIndex(dialog.civility_combo.findData("M."))
    qtbot.keyClicks(dialog.summary_edit, "Wrong date of birth on file.")
    dialog.assign_to_me.setChecked(True)
    done: list[Changes] = []
    ops.changed.connect(done.append)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.created_reference == "DSR-2026-0001"
    assert done == [Changes(requests=frozenset({"DSR-2026-0001"}), audit=True)]
    detail = _detail(ops, app_session, "DSR-2026-0001")
    assert (detail.type, detail.channel, detail.received_on) == (
        "rectification",
        "letter",
        date(2026, 3, 16),
    )
    assert (detail.requester_name, detail.requester_email, detail.requester_address) == (
        "Paul Durand",
        "paul.durand@exemple.fr",
        "3 rue des Lilas",
    )
    assert (detail.requester_language, detail.summary, detail.assignee, detail.entity) == (
        "en",
        "Wrong date of birth on file.",
        "ui-tester",
        "Groupe Scolaire Exemple",
    )
    assert detail.documents == ()
    assert detail.requester_civility == "M."  # French letters greet him « Monsieur, »


def test_a_failed_save_is_shown_inline_and_keeps_the_input(
    qtbot: QtBot, dialog: NewRequestDialog, app_session: AppSession, ops: Ops
) -> None:
    _fill_valid(qtbot, dialog)
    ops.call(app_session.lock)  # e.g. auto-locked meanwhile: the service refuses
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label.isVisible)
    assert dialog.error_label.text() == "DSR Desk is locked."
    assert dialog.isVisible() and dialog.created_reference is None
    assert dialog.name_edit.text() == "Paul Durand"
    assert dialog.email_edit.text() == "Paul.Durand@Exemple.fr"
    assert dialog.form.isEnabled() and dialog.save_button.isEnabled()


# -- the requester's e-mail --------------------------------------------------------------------


def test_dropping_an_eml_prefills_the_form(
    qtbot: QtBot, dialog: NewRequestDialog, tmp_path: Path
) -> None:
    path = _eml(tmp_path)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("letter"))
    assert _drop(dialog, path) == (True, True)
    qtbot.waitUntil(lambda: dialog.name_edit.text() == "Hélène Côté")
    assert dialog.email_edit.text() == "helene.cote@exemple.fr"
    assert dialog.received_edit.date() == QDate(2026, 3, 18)
    assert dialog.selected_type() is RequestType.ERASURE
    assert dialog.channel_combo.currentData() == "email"
    assert dialog.language_combo.currentData() == "fr"
    assert dialog.summary_edit.toPlainText() == (
        "Demande d'effacement de mes données\n\nJe vous demande de supprimer toutes les données "
        "me concernant, conformément à l'article 17 du RGPD."
    )
    assert dialog.email_filename == "demande.eml"
    assert "demande.eml" in dialog.drop_zone.text.text()
    assert dialog.drop_zone.remove_button.isVisible()
    assert dialog.save_button.isEnabled()


def test_an_eml_keeps_what_the_user_chose(
    qtbot: QtBot, dialog: NewRequestDialog, tmp_path: Path
) -> None:
    qtbot.keyClicks(dialog.type_combo, "Acc")
    qtbot.keyClicks(dialog.name_edit, "Mme H. Cote")  # keyClicks types ASCII only (QTest)
    dialog.load_email_file(_eml(tmp_path))  # the handler the drop zone and the button call
    qtbot.waitUntil(lambda: dialog.email_edit.text() == "helene.cote@exemple.fr")
    assert dialog.selected_type() is RequestType.ACCESS
    assert dialog.name_edit.text() == "Mme H. Cote"


def test_a_second_eml_replaces_what_the_first_one_filled_in(
    qtbot: QtBot, dialog: NewRequestDialog, tmp_path: Path
) -> None:
    dialog.load_email_file(_eml(tmp_path, "first.eml"))
    qtbot.waitUntil(lambda: dialog.name_edit.text() == "Hélène Côté")
    dialog.load_email_file(_eml(tmp_path, "second.eml", sender="Zoé Lefèvre <zoe@exemple.fr>"))
    qtbot.waitUntil(lambda: dialog.name_edit.text() == "Zoé Lefèvre")
    assert dialog.email_edit.text() == "zoe@exemple.fr"
    assert dialog.email_filename == "second.eml"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", b"Bonjour", "notes.txt is neither an e-mail (.eml) nor a scan"),
        ("scan.pdf", b"not a PDF at all", "scan.pdf is not a readable scan (PDF, JPEG or PNG)."),
        ("broken.eml", b"\x00\xff garbage", "This file is not a readable e-mail (.eml)."),
    ],
)
def test_a_file_that_is_not_an_email_is_refused_inline(
    qtbot: QtBot,
    dialog: NewRequestDialog,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    _drop(dialog, path)
    qtbot.waitUntil(dialog.error_label.isVisible)
    assert dialog.error_label.text().startswith(message)
    assert dialog.email_filename is None
    assert dialog.name_edit.text() == ""


def test_a_drag_without_a_local_file_is_not_accepted(dialog: NewRequestDialog) -> None:
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(
        dialog.drop_zone.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog.drop_zone, enter)
    assert not enter.isAccepted()


def test_saving_keeps_the_eml_encrypted_with_the_request(
    qtbot: QtBot, dialog: NewRequestDialog, tmp_path: Path, app_session: AppSession, ops: Ops
) -> None:
    path = _eml(tmp_path)
    dialog.load_email_file(path)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    detail = _detail(ops, app_session, str(dialog.created_reference))
    [document] = detail.documents
    assert (document.kind, document.filename, document.media_type) == (
        "email",
        "demande.eml",
        "message/rfc822",
    )
    [stored] = (app_session.data_dir / "documents").iterdir()
    ciphertext = stored.read_bytes()
    assert b"supprimer" not in ciphertext and b"Helene.Cote" not in ciphertext
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demande.eml", "dsr-data"]


def test_if_the_eml_cannot_be_stored_the_request_is_kept_and_retry_works(
    qtbot: QtBot,
    dialog: NewRequestDialog,
    tmp_path: Path,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = intake.document_store_for
    failures = iter([VaultError("The disk is full.")])

    def flaky(session: AppSession) -> DocumentStore:
        problem = next(failures, None)
        if problem is not None:
            raise problem
        return real(session)

    monkeypatch.setattr(intake, "document_store_for", flaky)
    dialog.load_email_file(_eml(tmp_path))
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.text() == "Retry attaching")
    assert dialog.created_reference == "DSR-2026-0001"
    assert dialog.error_label.text().startswith(
        "DSR-2026-0001 was saved, but its e-mail could not be kept: The disk is full."
    )
    assert not dialog.form.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    qtbot.waitUntil(lambda: _rows_do_not_overlap(dialog))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ops.call(lambda: svc.get_request(app_session.uow(), "DSR-2026-0001")).documents
    with pytest.raises(NotFound):  # saved once, never twice
        ops.call(lambda: svc.get_request(app_session.uow(), "DSR-2026-0002"))


# -- possible duplicates -----------------------------------------------------------------------


def test_a_known_email_shows_a_possible_duplicate(
    qtbot: QtBot, app_session: AppSession, ops: Ops, dialog: NewRequestDialog
) -> None:
    reference = _register(ops, app_session, "Jeanne Martin", "jeanne@exemple.fr")
    ops.call(lambda: svc.start_processing(app_session.uow(), reference))
    qtbot.keyClicks(dialog.email_edit, "Jeanne@Exemple.fr")
    qtbot.waitUntil(dialog.duplicate_label.isVisible)
    assert dialog.duplicate_label.text() == (
        "Possible duplicate: Jeanne Martin <jeanne@exemple.fr> — DSR-2026-0001 (in progress)"
    )
    qtbot.waitUntil(lambda: _rows_do_not_overlap(dialog))
    qtbot.keyClicks(dialog.type_combo, "Acc")
    qtbot.keyClicks(dialog.name_edit, "Jeanne Martin")
    assert dialog.save_button.isEnabled()  # information only
    dialog.email_edit.clear()
    dialog.name_edit.clear()
    qtbot.waitUntil(lambda: not dialog.duplicate_label.isVisible())


def test_a_known_name_with_other_accents_shows_a_possible_duplicate(
    qtbot: QtBot, app_session: AppSession, ops: Ops, dialog: NewRequestDialog, tmp_path: Path
) -> None:
    _register(ops, app_session, "Hélène Côté", None)
    dialog.load_email_file(_eml(tmp_path, sender="HELENE COTE <h.cote@ailleurs.fr>"))
    qtbot.waitUntil(dialog.duplicate_label.isVisible)
    assert dialog.duplicate_label.text() == (
        "Possible duplicate: Hélène Côté — DSR-2026-0001 (received)"
    )


def _duplicate_timer_running(dialog: NewRequestDialog) -> bool:
    interval = DUPLICATE_DEBOUNCE_MS
    return any(t.isActive() and t.interval() == interval for t in dialog.findChildren(QTimer))


def test_the_saved_request_is_never_listed_as_its_own_duplicate(
    qtbot: QtBot,
    ops: Ops,
    dialog: NewRequestDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_store(session: AppSession) -> DocumentStore:
        raise VaultError("The disk is full.")

    monkeypatch.setattr(intake, "document_store_for", no_store)  # the dialog stays open
    dialog.load_email_file(_eml(tmp_path))
    qtbot.waitUntil(dialog.save_button.isEnabled)  # the duplicate look-up is still pending
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_button.text() == "Retry attaching")
    # the debounce stopped and every look-up under way answered (and was dropped)
    qtbot.waitUntil(lambda: not ops.busy and not _duplicate_timer_running(dialog))
    assert "DSR-2026-0001" not in dialog.duplicate_label.text()


def test_closing_drops_the_email_and_creates_nothing(
    qtbot: QtBot, dialog: NewRequestDialog, tmp_path: Path, app_session: AppSession, ops: Ops
) -> None:
    dialog.load_email_file(_eml(tmp_path))
    qtbot.waitUntil(lambda: dialog.email_filename is not None)
    asked: list[str] = []
    answer_discard_question(discard=True, seen=asked)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1  # an e-mail loaded: Escape asked before discarding it
    assert dialog.email_filename is None and dialog.created_reference is None
    assert not (app_session.data_dir / "documents").exists() or not any(
        (app_session.data_dir / "documents").iterdir()
    )


def test_the_fields_hold_no_more_than_the_domain_accepts(dialog: NewRequestDialog) -> None:
    from dsr_desk.domain import limits

    dialog.name_edit.setText("n" * 131_072)
    dialog.email_edit.setText("e" * 1_000)
    dialog.address_edit.setPlainText("a" * 5_000)
    dialog.summary_edit.insertPlainText("s" * 5_000)
    assert len(dialog.name_edit.text()) == limits.MAX_NAME
    assert len(dialog.email_edit.text()) == limits.MAX_EMAIL
    assert len(dialog.address_edit.toPlainText()) == limits.MAX_ADDRESS
    assert len(dialog.summary_edit.toPlainText()) == limits.MAX_SUMMARY
