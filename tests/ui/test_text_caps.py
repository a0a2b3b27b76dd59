"""Every field where staff type free text stops at the domain's size limit (``domain.limits``):
typing or pasting more leaves exactly the limit, so an over-long text never reaches a service
that would refuse it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from dsr_desk.domain.identity_means import IdMeans
from dsr_desk.domain.limits import MAX_NAME, MAX_NOTE, MAX_REASON, MAX_SEARCH
from dsr_desk.domain.request_actions import ExtensionOutlook, ExtensionState
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.domain.verification import MAX_NUMBER_LAST_CHARS
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import requests as svc
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.register import NAME_MAX_CHARS, TEXT_MAX_CHARS
from dsr_desk.services.settings import save_settings
from dsr_desk.ui.dialogs.ask_information_dialog import AskInformationDialog
from dsr_desk.ui.dialogs.bundle_dialog import BundleDialog
from dsr_desk.ui.dialogs.close_dialog import CloseDialog
from dsr_desk.ui.dialogs.extend_dialog import ExtendDialog
from dsr_desk.ui.dialogs.identity_check_dialog import IdentityCheckDialog
from dsr_desk.ui.dialogs.letter_dialog import LetterDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.audit_view import AuditView
from dsr_desk.ui.views.request_view import RequestFileView
from dsr_desk.ui.views.settings_view import SettingsView
from dsr_desk.ui.widgets.archive_gate import ArchiveGate
from dsr_desk.ui.widgets.letter_template_editor import LetterTemplateEditor
from dsr_desk.ui.widgets.register_editor import RegisterEditor
from tests.ui.conftest import UI_TODAY

ENTITY = "Groupe Scolaire Exemple"  # created by the app_session fixture
RECEIVED = date(2026, 3, 2)


def _line_keeps(edit: QLineEdit | None, limit: int) -> None:
    """Setting, then pasting at the end, more than ``limit`` characters keeps ``limit``."""
    assert edit is not None
    edit.setText("x" * (limit + 50))
    assert len(edit.text()) == limit
    edit.clear()
    edit.insert("y" * (limit + 50))  # what a paste does
    assert len(edit.text()) == limit


def _plain_keeps(edit: QPlainTextEdit, limit: int) -> None:
    """A paste of more than ``limit`` characters, or one more on a full field, keeps ``limit``."""
    edit.clear()
    edit.insertPlainText("x" * (limit + 50))
    assert len(edit.toPlainText()) == limit
    edit.insertPlainText("line\nmore")
    assert len(edit.toPlainText()) == limit
    edit.clear()
    edit.insertPlainText("short\nreason")  # below the limit nothing is cut
    assert edit.toPlainText() == "short\nreason"


def _request(session: AppSession, ops: Ops) -> RequestDetail:
    def work() -> RequestDetail:
        ref = svc.register_request(
            session.uow(),
            type=RequestType.ACCESS,
            received_on=RECEIVED,
            name="Jeanne Martin",
            email="jeanne.martin@exemple.fr",
        ).reference
        return svc.get_request(session.uow(), ref)

    detail: RequestDetail = ops.call(work)
    return detail


def test_the_reasons_of_the_request_file_dialogs_are_capped(qtbot: QtBot) -> None:
    extend = ExtendDialog(
        "DSR-2026-0001",
        current_due=date(2026, 4, 2),
        extension=ExtensionOutlook(
            ExtensionState.POSSIBLE,
            date(2026, 4, 2),
            date(2026, 6, 2),
            (date(2026, 4, 2) - UI_TODAY).days,
        ),
    )
    close = CloseDialog("DSR-2026-0001", Outcome.REFUSED, received_on=RECEIVED, today=UI_TODAY)
    ask = AskInformationDialog(
        "DSR-2026-0001", policy="pause", received_on=RECEIVED, due=date(2026, 4, 2), today=UI_TODAY
    )
    ask.means[IdMeans.KNOWN_EMAIL].setChecked(True)  # identity: what may be sent, too
    for dialog in (extend, close, ask):
        qtbot.addWidget(dialog)
        _plain_keeps(dialog.reason, MAX_REASON)
        assert dialog.ok_button.isEnabled()  # the reason left is accepted

    check = IdentityCheckDialog(
        "DSR-2026-0001", user="ui-tester", received_on=RECEIVED, today=UI_TODAY
    )
    qtbot.addWidget(check)
    _line_keeps(check.checked_by, MAX_NAME)
    _line_keeps(check.note, MAX_REASON)
    _line_keeps(check.document_kind.lineEdit(), MAX_NAME)
    _line_keeps(check.number, MAX_NUMBER_LAST_CHARS)  # the domain's minimisation rule


def test_the_archive_consultation_reason_is_capped(qtbot: QtBot) -> None:
    gate = ArchiveGate()
    qtbot.addWidget(gate)
    _line_keeps(gate.reason_edit, MAX_REASON)
    with qtbot.waitSignal(gate.consult_requested) as emitted:
        gate.reason_edit.returnPressed.emit()
    assert emitted.args == ["y" * MAX_REASON]


def test_the_letter_bundle_and_note_fields_are_capped(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    detail = _request(app_session, ops)
    # letters are signed with the display name, never the login: the preview needs one
    ops.call(lambda: save_settings(app_session.uow(), AppSettings(display_name="Claire Dumoulin")))

    letters = LetterDialog(app_session, ops, detail, UI_TODAY)
    qtbot.addWidget(letters)
    _line_keeps(letters.signer, MAX_NAME)
    _line_keeps(letters.registered, MAX_NAME)
    for edit in (letters.grounds, letters.reasons, letters.recipient, letters.override_reason):
        _plain_keeps(edit, MAX_REASON)
    letters.signer.clear()
    letters.registered.clear()
    qtbot.waitUntil(
        lambda: letters.document.pageCount() >= 1 or letters.error.isVisible(), timeout=15000
    )
    letters.reject()

    bundle = BundleDialog(app_session, ops, detail, UI_TODAY)
    qtbot.addWidget(bundle)
    with qtbot.waitSignal(bundle.plan_ready, timeout=15000):
        bundle.show()
    _plain_keeps(bundle.override_reason, MAX_REASON)

    view = RequestFileView(app_session, ops, detail.reference)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=15000):
        view.reload()
    _plain_keeps(view.documents.note_edit, MAX_NOTE)
    assert view.documents.add_note_button.isEnabled()


def test_the_settings_audit_register_and_wording_fields_are_capped(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    settings = SettingsView(app_session, ops)
    qtbot.addWidget(settings)
    _line_keeps(settings.preferences_tab.display_name_edit, MAX_NAME)

    audit = AuditView(app_session, ops)
    qtbot.addWidget(audit)
    _line_keeps(audit.reference_filter, MAX_SEARCH)
    audit.reference_filter.clear()

    register = RegisterEditor(app_session, ops, ENTITY)
    qtbot.addWidget(register)
    for edit in register.activity_form.fields.values():
        if isinstance(edit, QLineEdit):
            _line_keeps(edit, NAME_MAX_CHARS)
        else:
            _plain_keeps(edit, TEXT_MAX_CHARS)

    wording = LetterTemplateEditor(app_session, ops, ENTITY)
    qtbot.addWidget(wording)
    wording.show()
    qtbot.waitUntil(lambda: wording.document.pageCount() >= 1, timeout=15000)
    default = wording.editor.toPlainText()
    assert 0 < len(default) < MAX_NOTE  # the loaded wording is kept whole
    _plain_keeps(wording.editor, MAX_NOTE)
