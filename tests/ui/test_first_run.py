"""The first-run wizard, typed like a user: protection, creation, recovery key, first entity."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.entities import Role
from dsr_desk.domain.errors import VaultError
from dsr_desk.services.entities import list_entities
from dsr_desk.services.settings import load_settings
from dsr_desk.storage import keyring_store
from dsr_desk.storage.key_wrapping import parse_recovery_key
from dsr_desk.storage.vault import Unlock, open_vault
from dsr_desk.storage.vault_header import KeyMode
from dsr_desk.ui.dialogs import first_run_wizard
from dsr_desk.ui.dialogs.first_run_wizard import FirstRunWizard
from dsr_desk.ui.main_window import MainWindow
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from tests.ui.conftest import UI_PASSPHRASE

CREATE_TIMEOUT_MS = 30_000


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click where the text is (radio buttons and check boxes stretch wider than it)."""
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _forward(wizard: QWizard) -> QAbstractButton:
    """The button that moves on from the current page (Commit, Next or Finish)."""
    page = wizard.currentPage()
    if page.isCommitPage():
        return wizard.button(QWizard.WizardButton.CommitButton)
    if wizard.currentId() == FirstRunWizard.USER:
        return wizard.button(QWizard.WizardButton.FinishButton)
    return wizard.button(QWizard.WizardButton.NextButton)


def _audit_users(session: AppSession) -> list[tuple[str, str]]:
    with session.uow() as uow:
        return [(e.action, e.user) for e in uow.audit.entries()]


def _make_wizard(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> FirstRunWizard:
    wizard = FirstRunWizard(data_dir, clock, "ui-tester")
    qtbot.addWidget(wizard, before_close_func=_close_created_vault)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _close_created_vault(wizard: FirstRunWizard) -> None:
    """Close a vault left mid-wizard: closing the wizard itself would ask to confirm."""
    vault, wizard.created = wizard.created, None
    if vault is not None:
        vault.close()


def _discard_created(wizard: FirstRunWizard) -> None:
    assert wizard.created is not None
    _close_created_vault(wizard)


def _choose_passphrase(qtbot: QtBot, wizard: FirstRunWizard, passphrase: str) -> None:
    page = wizard.protection_page
    if not page.passphrase_radio.isChecked():  # a real keyring is there (make test)
        _click(qtbot, page.passphrase_radio)
    assert page.passphrase_radio.isChecked()
    qtbot.keyClicks(page.fields.first_edit, passphrase)
    qtbot.keyClicks(page.fields.second_edit, passphrase)


def test_wizard_creates_a_passphrase_vault_with_its_first_entity(
    qtbot: QtBot,
    data_dir: Path,
    clock: FixedClock,
    ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = _make_wizard(qtbot, data_dir, clock)
    page = wizard.protection_page
    assert wizard.currentId() == FirstRunWizard.PROTECTION
    if keyring_store.keyring_problem() is not None:
        assert not page.keyring_radio.isEnabled()
        assert page.keyring_note.text() == keyring_store.keyring_problem()

    # (a) the passphrase must be long enough and typed twice the same
    if not page.passphrase_radio.isChecked():
        _click(qtbot, page.passphrase_radio)
    create = _forward(wizard)
    assert create.text() == "Create vault"
    qtbot.keyClicks(page.fields.first_edit, "short")
    assert "Too short" in page.fields.hint_label.text()
    assert not create.isEnabled()
    page.fields.first_edit.clear()
    qtbot.keyClicks(page.fields.first_edit, UI_PASSPHRASE)
    qtbot.keyClicks(page.fields.second_edit, UI_PASSPHRASE[:-1] + "X")
    assert page.fields.match_label.text() == "The two passphrases differ."
    assert not create.isEnabled()
    qtbot.keyClick(page.fields.second_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.fields.second_edit, UI_PASSPHRASE[-1])
    assert create.isEnabled()
    assert list(data_dir.iterdir()) == []  # nothing is written before "Create vault"

    # (b) creation runs off the GUI thread, then the recovery key page comes by itself
    _click(qtbot, create)
    qtbot.waitUntil(
        lambda: wizard.currentId() == FirstRunWizard.RECOVERY, timeout=CREATE_TIMEOUT_MS
    )

    # (c) the recovery key: shown once, Next only after the "stored" box is ticked
    recovery = wizard.recovery_page
    key = recovery.key_label.text()
    assert len(parse_recovery_key(key)) == 20
    assert QFontInfo(recovery.key_label.font()).fixedPitch()  # monospace, large
    assert recovery.key_label.font().pointSize() >= 16
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    next_button = _forward(wizard)
    assert not next_button.isEnabled()

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "sheet"), "")
    )
    _click(qtbot, recovery.save_button)
    sheet = tmp_path / "sheet.pdf"
    assert sheet.exists()
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    reader = PdfReader(io.BytesIO(sheet.read_bytes()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert key in text
    assert wizard.created is not None
    assert wizard.created.header.vault_id in text
    assert "Recovery key" in text and "Clé de secours" in text
    assert str(sheet) in recovery.status_label.text()

    printed = tmp_path / "printed.pdf"

    def print_to_pdf(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_pdf)
    _click(qtbot, recovery.print_button)
    assert key in PdfReader(str(printed)).pages[0].extract_text()
    assert recovery.status_label.text() == "The recovery sheet was sent to the printer."

    assert not next_button.isEnabled()
    _click(qtbot, recovery.stored_check)
    assert next_button.isEnabled()
    _click(qtbot, next_button)
    assert wizard.currentId() == FirstRunWizard.ENTITY

    # (d) the first entity: typed, validated inline, created on the real vault
    form = wizard.entity_page.form
    qtbot.keyClicks(form.name_edit, "Groupe Scolaire Exemple")
    qtbot.keyClicks(form.address_edit, "12 rue de l'École")
    qtbot.keyClick(form.address_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.address_edit, "57000 Metz")
    qtbot.keyClicks(form.dpo_edit, "dpo@exemple.fr")
    assert form.country_combo.currentData() == "FR"
    qtbot.keyClicks(form.subdivision_edit, "99")
    form.signer_title_edit.setText("Délégué à la protection des données")
    next_button = _forward(wizard)
    _click(qtbot, next_button)
    assert wizard.currentId() == FirstRunWizard.ENTITY  # refused
    assert "Unknown subdivision '99'" in form.calendar_label.text()
    assert form.calendar_label.isVisible()
    form.subdivision_edit.selectAll()
    qtbot.keyClicks(form.subdivision_edit, "57")
    qtbot.keyClick(form.subdivision_edit, Qt.Key.Key_Tab)
    assert form.calendar_label.text() == "✓ Public holidays of France, subdivision 57"
    form.policy_combo.setFocus()
    qtbot.keyClick(form.policy_combo, Qt.Key.Key_Down)
    assert form.values()["suspension_policy"] is SuspensionPolicy.PAUSE
    _click(qtbot, next_button)

    # (e) you: the name letters are signed with and the audit log records (DSR_DESK_USER
    # proposed, never the login name), the title the entity's unless changed
    assert wizard.currentId() == FirstRunWizard.USER
    you = wizard.user_page
    assert you.name_edit.text() == "test-user"  # tests/conftest.py sets DSR_DESK_USER
    assert you.title_edit.text() == "Délégué à la protection des données"
    finish = _forward(wizard)
    you.name_edit.clear()
    assert not finish.isEnabled()  # a name is required: letters are signed with it
    qtbot.keyClicks(you.name_edit, "Camille  Dupont")
    assert finish.text() == "Open DSR Desk"
    _click(qtbot, finish)

    assert wizard.result() == QDialog.DialogCode.Accepted
    vault = wizard.vault
    assert vault is not None
    assert wizard.recovery_key is None  # forgotten once finished
    assert vault.mode is KeyMode.PASSPHRASE
    session = AppSession(data_dir, clock, "ui-tester", vault)
    try:
        (entity,) = ops.call(lambda: list_entities(session.uow()))
        assert entity.name == "Groupe Scolaire Exemple"
        assert entity.address == "12 rue de l'École\n57000 Metz"
        assert (entity.country, entity.subdivision) == ("FR", "57")
        assert entity.role is Role.CONTROLLER
        assert entity.suspension_policy is SuspensionPolicy.PAUSE
        settings = ops.call(lambda: load_settings(session.uow()))
        assert (settings.display_name, settings.signer_title) == ("Camille Dupont", "")
        entries = ops.call(lambda: _audit_users(session))
        assert entries == [("entity.created", "Camille Dupont")]  # the settings: its first state

        # what AppController does next: the main window on the vault the wizard opened
        window = MainWindow(session, ops)
        qtbot.addWidget(window)
        window.start()
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.register.entity_filter.count() == 2)
        assert window.register.entity_filter.itemText(1) == "Groupe Scolaire Exemple"
        assert window.isVisible()
    finally:
        ops.call(session.lock)

    # the vault really is protected by that passphrase
    open_vault(data_dir, clock, Unlock(passphrase=UI_PASSPHRASE)).close()


def test_a_failed_creation_is_shown_on_the_page_and_leaves_nothing(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_create = first_run_wizard.create_vault

    def broken(*args: object, **kwargs: object) -> object:
        raise VaultError("The disk is full; nothing was changed.")

    monkeypatch.setattr(first_run_wizard, "create_vault", broken)
    wizard = _make_wizard(qtbot, data_dir, clock)
    _choose_passphrase(qtbot, wizard, UI_PASSPHRASE)
    _click(qtbot, _forward(wizard))
    page = wizard.create_page
    qtbot.waitUntil(page.error_label.isVisible, timeout=CREATE_TIMEOUT_MS)
    assert wizard.currentId() == FirstRunWizard.CREATE
    assert page.error_label.text() == "The disk is full; nothing was changed."
    assert not _forward(wizard).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert list(data_dir.iterdir()) == []
    assert wizard.created is None

    monkeypatch.setattr(first_run_wizard, "create_vault", real_create)
    _click(qtbot, page.retry_button)
    qtbot.waitUntil(
        lambda: wizard.currentId() == FirstRunWizard.RECOVERY, timeout=CREATE_TIMEOUT_MS
    )
    _discard_created(wizard)


def test_entity_form_messages(qtbot: QtBot) -> None:
    from dsr_desk.ui.widgets.entity_form import EntityForm

    form = EntityForm(with_retention=True)
    qtbot.addWidget(form)
    form.show()
    assert form.validate() == "An entity needs a name."
    assert form.error_label.isVisible()
    qtbot.keyClicks(form.name_edit, "Lycee Hoche")  # QTest types no lower-case accents
    assert not form.error_label.isVisible()  # typing clears the old message
    form.country_combo.setCurrentIndex(form.country_combo.findData("IT"))
    qtbot.keyClicks(form.subdivision_edit, "ZZ")
    message = form.validate()
    assert message is not None and message.startswith("Unknown subdivision 'ZZ' for country IT")
    assert message.endswith(", …")  # Italy has 114 provinces: the list is cut short
    form.set_values(name="Clinique", country="ch", subdivision="GE", role="processor")
    assert form.country_combo.currentText() == "CH"  # not in the list: added
    assert form.validate() is None
    values = form.values()
    assert values["country"] == "CH"
    assert values["subdivision"] == "GE"
    assert values["role"] is Role.PROCESSOR
    assert values["retention_objection_years"] == 3
    wizard_form = EntityForm()
    qtbot.addWidget(wizard_form)
    assert "retention_access_years" not in wizard_form.values()  # create_entity's arguments


@pytest.mark.keyring
def test_wizard_keyring_mode(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> None:
    wizard = _make_wizard(qtbot, data_dir, clock)
    page = wizard.protection_page
    assert page.keyring_radio.isEnabled() and page.keyring_radio.isChecked()
    assert not page.fields.isEnabled()
    _click(qtbot, _forward(wizard))
    qtbot.waitUntil(
        lambda: wizard.currentId() == FirstRunWizard.RECOVERY, timeout=CREATE_TIMEOUT_MS
    )
    assert wizard.created is not None
    vault_id = wizard.created.header.vault_id
    try:
        assert wizard.created.mode is KeyMode.KEYRING
        assert keyring_store.load_key(vault_id) is not None
    finally:
        _discard_created(wizard)
        keyring_store.delete_key(vault_id)


def test_a_long_but_guessable_passphrase_shows_why_and_keeps_next_disabled(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    wizard = _make_wizard(qtbot, data_dir, clock)
    page = wizard.protection_page
    if not page.passphrase_radio.isChecked():
        _click(qtbot, page.passphrase_radio)
    create = _forward(wizard)
    for weak, reason in (
        ("1234567890", "This is a top-100 common password."),
        ("aaaaaaaaaa", 'Repeats like "aaa" are easy to guess.'),
    ):
        page.fields.clear()
        qtbot.keyClicks(page.fields.first_edit, weak)  # the reason shows while typing
        hint = page.fields.hint_label.text()
        assert hint.startswith("This passphrase is too easy to guess.")
        assert reason in hint
        qtbot.keyClicks(page.fields.second_edit, weak)
        assert not create.isEnabled()
    qtbot.keyClicks(page.fields.first_edit, " lantern orchard")
    assert page.fields.hint_label.text() == "Strength: hard to guess."
    assert list(data_dir.iterdir()) == []


def test_the_wizard_opens_with_the_keyboard_in_the_passphrase_field(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No keyring: the passphrase is the only choice, and typing goes straight into it."""
    monkeypatch.setattr(
        "dsr_desk.ui.dialogs.first_run_wizard.keyring_problem", lambda: "No keyring here."
    )
    wizard = _make_wizard(qtbot, data_dir, clock)
    wizard.activateWindow()
    page = wizard.protection_page
    assert page.passphrase_radio.isChecked()
    qtbot.waitUntil(page.fields.first_edit.hasFocus)
