"""Issue 17 §3 on real widgets: unsaved-changes questions, a paper letter's scan at intake,
files dropped on the attachments, correcting the requester and reassigning from the request
file (audited without the values), and "Mine" matching the user's display name."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import RequestType
from dsr_desk.domain.roles import UserRole
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import accounts
from dsr_desk.services import requests as svc
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import save_settings
from dsr_desk.ui.app import close_open_dialogs
from dsr_desk.ui.dialogs.ask_information_dialog import AskInformationDialog
from dsr_desk.ui.dialogs.close_dialog import CloseDialog
from dsr_desk.ui.dialogs.extend_dialog import ExtendDialog
from dsr_desk.ui.dialogs.new_request_dialog import NewRequestDialog
from dsr_desk.ui.dialogs.request_action_dialog import RequestActionDialog
from dsr_desk.ui.dialogs.request_people_dialogs import AssignDialog, RequesterDialog
from dsr_desk.ui.main_window import REQUESTS, MainWindow
from dsr_desk.ui.models.request_table import Column
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_view import RequestFileView
from tests.ui.discard_answers import answer_discard_question, discard_questions_open

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _add(session: AppSession, ops: Ops, name: str = "Jeanne Martin", **extra: object) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 2),
            name=name,
            email="jeanne@exemple.fr",
            address="3 rue Mozart\n57000 Metz",
            **extra,  # type: ignore[arg-type]
        )
    )
    return str(detail.reference)


def _detail(session: AppSession, ops: Ops, ref: str) -> RequestDetail:
    detail: RequestDetail = ops.call(lambda: svc.get_request(session.uow(), ref))
    return detail


def _audit(session: AppSession, ops: Ops) -> list[tuple[str, str, dict[str, object]]]:
    def read() -> list[tuple[str, str, dict[str, object]]]:
        with session.uow() as uow:
            return [(e.user, e.action, json.loads(e.details_json)) for e in uow.audit.entries()]

    entries: list[tuple[str, str, dict[str, object]]] = ops.call(read)
    return entries


def _open(qtbot: QtBot, session: AppSession, ops: Ops, ref: str) -> RequestFileView:
    view = RequestFileView(session, ops, ref)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.reload()
    return view


def _active(view: RequestFileView) -> RequestActionDialog:
    dialog = view.request_actions.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _drop_files(target: QWidget, *paths: Path) -> bool:
    """Drag files over ``target`` and drop them, as the window system would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    centre = QPointF(target.rect().center())
    enter = QDragEnterEvent(
        centre.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


# -- unsaved changes ---------------------------------------------------------------------------


def test_escape_on_an_untouched_dialog_closes_it_at_once(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    view = _open(qtbot, app_session, ops, _add(app_session, ops))
    view.request_actions.buttons["extend"].click()
    dialog = _active(view)
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert discard_questions_open() == 0


@pytest.mark.parametrize(
    ("action", "kind"),
    [("extend", ExtendDialog), ("refuse", CloseDialog), ("ask", AskInformationDialog)],
)
def test_escape_with_reasons_typed_asks_and_keeps_them_unless_discarded(
    qtbot: QtBot, app_session: AppSession, ops: Ops, action: str, kind: type
) -> None:
    view = _open(qtbot, app_session, ops, _add(app_session, ops))
    view.request_actions.buttons[action].click()
    dialog = _active(view)
    assert isinstance(dialog, kind)
    qtbot.waitExposed(dialog)
    reason = dialog.reason  # type: ignore[attr-defined]
    qtbot.keyClicks(reason, "The request covers ten years of records")

    asked: list[str] = []
    answer_discard_question(discard=False, seen=asked)  # "Keep editing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [
        "What you typed or added in this window has not been saved. Close it and lose it?"
    ]
    assert dialog.isVisible()
    assert reason.toPlainText() == "The request covers ten years of records"

    answer_discard_question(discard=True, seen=asked)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2
    assert view.request_actions.active_dialog is None


def test_new_request_with_a_field_typed_asks_and_a_lock_closes_it_without_asking(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    dialog = NewRequestDialog(app_session, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.entity_combo.count() == 1)
    qtbot.keyClicks(dialog.name_edit, "Paul Durand")

    asked: list[str] = []
    answer_discard_question(discard=False, seen=asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.name_edit.text() == "Paul Durand"

    close_open_dialogs()  # what the idle lock does: nothing may stay on screen, nobody asked
    assert not dialog.isVisible()
    assert discard_questions_open() == 0
    assert len(asked) == 1


# -- paper mail --------------------------------------------------------------------------------


def test_a_dropped_pdf_scan_is_kept_encrypted_as_the_letter_received(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    dialog = NewRequestDialog(app_session, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.entity_combo.count() == 1)
    scan = tmp_path / "courrier-martin.pdf"
    scan.write_bytes(PDF)

    assert _drop_files(dialog.drop_zone, scan)
    qtbot.waitUntil(lambda: dialog.email_filename == "courrier-martin.pdf")
    assert dialog.scan_loaded
    assert dialog.channel_combo.currentData() == "letter"  # paper mail
    assert "courrier-martin.pdf" in dialog.drop_zone.text.text()
    assert "as the letter received" in dialog.drop_zone.text.text()
    qtbot.keyClicks(dialog.type_combo, "Acc")
    qtbot.keyClicks(dialog.name_edit, "Jean Martin")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    detail = _detail(app_session, ops, str(dialog.created_reference))
    assert detail.channel == "letter"
    [document] = detail.documents
    assert (document.kind, document.filename, document.media_type) == (
        "letter",
        "courrier-martin.pdf",
        "application/pdf",
    )
    [stored] = (app_session.data_dir / "documents").rglob("*.*")
    assert PDF[:40] not in stored.read_bytes()  # encrypted at rest


def test_a_jpeg_scan_is_taken_and_a_fake_one_refused(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    dialog = NewRequestDialog(app_session, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    fake = tmp_path / "lettre.jpg"
    fake.write_bytes(b"GIF89a not a jpeg")
    dialog.load_email_file(fake)
    qtbot.waitUntil(dialog.error_label.isVisible)
    assert dialog.error_label.text() == "lettre.jpg is not a readable scan (PDF, JPEG or PNG)."
    real = tmp_path / "lettre2.jpeg"
    real.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    dialog.load_email_file(real)
    qtbot.waitUntil(lambda: dialog.email_filename == "lettre2.jpeg")
    assert not dialog.error_label.isVisible()


def test_files_dropped_on_the_attachments_are_kept_with_the_kind_chosen(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref = _add(app_session, ops)
    view = _open(qtbot, app_session, ops, ref)
    scan = tmp_path / "reponse-signee.pdf"
    scan.write_bytes(PDF)
    offered: list[list[str]] = []

    def choose_letter(*args: object) -> tuple[str, bool]:
        labels = args[3]
        assert isinstance(labels, list)
        offered.append(labels)
        return labels[1], True  # "Letter from the requester, or its scan"

    monkeypatch.setattr(QInputDialog, "getItem", choose_letter)
    box = view.documents.attachments_box
    with qtbot.waitSignal(view.loaded):
        assert _drop_files(box, scan)
    assert offered and offered[0][1] == "Letter from the requester, or its scan"
    [document] = _detail(app_session, ops, ref).documents
    assert (document.kind, document.filename) == ("letter", "reponse-signee.pdf")
    assert view.documents.documents_model.rowCount() == 1

    view.clear()  # locked: nothing is taken any more
    assert not _drop_files(box, scan)


# -- requester and assignee ----------------------------------------------------------------------


def test_the_requester_is_corrected_from_the_request_file_audited_by_field_names(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _add(app_session, ops)
    view = _open(qtbot, app_session, ops, ref)
    button = view.request_actions.people_buttons["requester"]
    assert button.isVisible() and button.isEnabled()
    button.click()
    dialog = _active(view)
    assert isinstance(dialog, RequesterDialog)
    assert dialog.name.text() == "Jeanne Martin"
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Nothing changed yet."

    dialog.email.selectAll()
    qtbot.keyClicks(dialog.email, "jeanne.martin@exemple.fr")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(view.loaded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert view.sections.requester_email.text() == "jeanne.martin@exemple.fr"
    detail = _detail(app_session, ops, ref)
    assert (detail.requester_name, detail.requester_email, detail.requester_language) == (
        "Jeanne Martin",
        "jeanne.martin@exemple.fr",
        "en",
    )
    [(user, _action, details)] = [
        e for e in _audit(app_session, ops) if e[1] == "request.requester_corrected"
    ]
    assert (user, details) == ("ui-tester", {"fields": ["email", "language"]})
    timeline = [
        view.sections.timeline_model.index(row, 2).data()
        for row in range(view.sections.timeline_model.rowCount())
    ]
    assert "Requester's details corrected" in timeline


def test_a_request_is_reassigned_and_mine_follows_the_display_name(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ops.call(lambda: save_settings(app_session.uow(), AppSettings(display_name="Camille Dupont")))
    app_session.use_display_name("Camille Dupont")  # what the app does once settings are read
    assert app_session.user == "Camille Dupont"
    mine = _add(app_session, ops, "Jeanne Martin", assignee="camille  dupont")
    theirs = _add(app_session, ops, "Paul Durand", assignee="Paul Durand")

    view = _open(qtbot, app_session, ops, theirs)
    view.request_actions.people_buttons["assign"].click()
    dialog = _active(view)
    assert isinstance(dialog, AssignDialog)
    assert dialog.assignee.text() == "Paul Durand" and not dialog.ok_button.isEnabled()
    assert dialog.me_button.text() == "&Me (Camille Dupont)"
    dialog.me_button.click()
    with qtbot.waitSignal(view.loaded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert view.sections.assignee_label.text() == "Camille Dupont"
    [(user, _a, details)] = [e for e in _audit(app_session, ops) if e[1] == "request.assigned"]
    assert (user, details) == ("Camille Dupont", {})  # who did it; not the name given

    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.start()
    window.show_page(REQUESTS)
    register = window.register
    qtbot.waitUntil(lambda: register.model.rowCount() == 2)
    register.mine.setChecked(True)
    qtbot.waitUntil(lambda: register.model.rowCount() == 2)  # both are Camille's now
    assert register.mine.toolTip() == "Only requests assigned to Camille Dupont"
    ops.call(lambda: svc.assign(app_session.uow(), mine, "Paul Durand"))
    register.reload()
    qtbot.waitUntil(lambda: register.model.rowCount() == 1)
    model = register.model
    assert model.index(0, Column.REFERENCE).data() == theirs


def test_with_several_accounts_the_assign_dialog_offers_and_accepts_only_the_users(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    owner = ops.call(lambda: accounts.list_users(app_session.uow()))[0].name
    for name in ("bob", "eve"):
        ops.call(
            lambda n=name: accounts.add_user(  # type: ignore[misc]
                app_session.uow(), n, UserRole.ASSISTANT, "plum tractor velvet harbour"
            )
        )
    ref = _add(app_session, ops, "Paul Durand")
    view = _open(qtbot, app_session, ops, ref)
    view.request_actions.people_buttons["assign"].click()
    dialog = _active(view)
    assert isinstance(dialog, AssignDialog)
    completer = dialog.assignee.completer()
    assert completer is not None  # the users, offered as the name is typed
    offered = completer.model()
    assert [offered.index(row, 0).data() for row in range(offered.rowCount())] == [
        owner,
        "bob",
        "eve",
    ]
    assert dialog.assignee.placeholderText() == "One of the users"
    # typed (setText: no completion popup, which the offscreen platform warns about)
    dialog.assignee.setText("Paul Durand")  # a name without an account: refused, as the service
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == f"Choose one of the users: {owner}, bob, eve."
    dialog.assignee.setText("eve")
    assert dialog.ok_button.isEnabled() and dialog.hint.isHidden()
    with qtbot.waitSignal(view.loaded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert view.sections.assignee_label.text() == "eve"


# -- in French -----------------------------------------------------------------------------------


def _render(widget: QWidget, name: str) -> None:
    """Keep a picture of ``widget`` to look at (``DSR_DESK_RENDER_DIR``, else the temp dir)."""
    folder = Path(os.environ.get("DSR_DESK_RENDER_DIR", tempfile.gettempdir())) / "office-flows"
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_new_dialogs_speak_the_interface_language(
    qtbot: QtBot, qapp: QApplication, app_session: AppSession, ops: Ops, language: str
) -> None:
    from dsr_desk.ui.dialogs.first_run_wizard import FirstRunWizard
    from dsr_desk.ui.translation import apply_language, remove_translators
    from tests.ui.test_french_ui import english_in, visible_texts

    before = QLocale()
    assert apply_language(qapp, language) == language
    try:
        ref = _add(app_session, ops)
        view = _open(qtbot, app_session, ops, ref)
        _render(view, f"request-file-{language}")
        texts = visible_texts(view.sections.people_box)
        for name in ("requester", "assign"):
            view.request_actions.people_buttons[name].click()
            dialog = _active(view)
            qtbot.waitExposed(dialog)
            texts += visible_texts(dialog)
            _render(dialog, f"{name}-dialog-{language}")
            dialog.reject()

        view.request_actions.buttons["extend"].click()
        dialog = _active(view)
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.reason, "Complex")  # type: ignore[attr-defined]
        seen: list[str] = []

        def look_then_discard() -> None:
            question = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()
                ),
                None,
            )
            if question is None:
                QTimer.singleShot(10, look_then_discard)
                return
            texts.extend(visible_texts(question))
            texts.append(("title", question.windowTitle()))
            _render(question, f"discard-question-{language}")
            seen.append(question.windowTitle())
            button = question.button(QMessageBox.StandardButton.Discard)
            assert button is not None
            button.click()

        QTimer.singleShot(0, look_then_discard)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: bool(seen))

        wizard = FirstRunWizard(app_session.data_dir / "other", app_session.clock, "ui-tester")
        qtbot.addWidget(wizard)
        wizard.show()
        texts += visible_texts(wizard.user_page)
        texts.append(("title", wizard.user_page.title()))
        texts.append(("subtitle", wizard.user_page.subTitle()))
        wizard.user_page.setVisible(True)
        _render(wizard.user_page, f"wizard-you-{language}")
        wizard.hide()
        if language == "fr":
            assert english_in(texts) == []
            assert seen == ["Abandonner la saisie\u00a0?"]
        else:
            assert seen == ["Discard what you typed?"]
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)
        qapp.setProperty("dsrDeskLanguage", None)
