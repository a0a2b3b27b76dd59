"""First run: choose where the register is kept. On this workstation: choose how the vault is
protected, create it, keep the recovery key, set up the first entity, and say who uses the
app. Nothing is half-created: a failed creation leaves the folder empty. On a team server
(PostgreSQL, set up by the DPO with `dsr-desk --db URL init`): give its address, TLS options
and your account, and log in; nothing is created on this computer but the server remembered
(``ui.team_mode``) and the head of the team's audit chain this client saw.

Pages: protection (commit: "Create vault") → creating (commit) → recovery key → entity → you
(the display name letters are signed with and the audit log names, and the title under it:
the entity's by default; never the login name). Both are kept in Settings › Preferences.
With "A team server" chosen on the first page: protection → team server (Finish: "Log in").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dsr_desk import APP_NAME
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.limits import MAX_NAME
from dsr_desk.export import write_private
from dsr_desk.services.entities import create_entity
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import first_settings
from dsr_desk.storage.keyring_store import keyring_problem
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Vault, create_vault
from dsr_desk.ui.dialog_lifetime import retire_dialog
from dsr_desk.ui.dialogs.vault_jobs import run_vault_job
from dsr_desk.ui.recovery_sheet import (
    SHEET_FILE_NAME,
    print_recovery_key,
    render_recovery_sheet_pdf,
)
from dsr_desk.ui.silent_unlock import remember_unlocked
from dsr_desk.ui.team_mode import (
    TeamChoice,
    TeamLogin,
    log_in_to_team,
    remember_team,
)
from dsr_desk.ui.widgets.entity_form import EntityForm
from dsr_desk.ui.widgets.passphrase_fields import NewPassphraseFields
from dsr_desk.ui.widgets.recovery_key_box import RecoveryKeyBox
from dsr_desk.ui.widgets.team_server_fields import TeamServerFields
from dsr_desk.ui.widgets.vault_styles import ERROR_STYLE, HINT_STYLE, OK_STYLE, WARNING_STYLE
from dsr_desk.user import named_user


def _wrapped_label(text: str, *, hint: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if hint:
        label.setStyleSheet(HINT_STYLE)
    return label


# --- (a) welcome and protection ---------------------------------------------------------------


class ProtectionPage(QWizardPage):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(
            QCoreApplication.translate("FirstRunWizard", "Welcome to {app_name}").format(
                app_name=APP_NAME
            )
        )
        self.setSubTitle(
            QCoreApplication.translate(
                "FirstRunWizard",
                "The request register is kept encrypted on this computer. "
                "Choose how the vault is unlocked.",
            )
        )
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            QCoreApplication.translate("FirstRunWizard", "Create vault"),
        )

        self.workstation_radio = QRadioButton(
            QCoreApplication.translate("FirstRunWizard", "This workstation (encrypted vault)")
        )
        self.workstation_radio.setObjectName("useWorkstation")
        self.team_radio = QRadioButton(
            QCoreApplication.translate("FirstRunWizard", "A team server (PostgreSQL)")
        )
        self.team_radio.setObjectName("useTeamServer")
        self.team_note = _wrapped_label(
            QCoreApplication.translate(
                "FirstRunWizard",
                "The register is shared with your colleagues on your team's PostgreSQL "
                "server: its administrator gives you its address, your DPO your account.",
            ),
            hint=True,
        )
        where = QButtonGroup(self)
        where.addButton(self.workstation_radio)
        where.addButton(self.team_radio)
        self.workstation_radio.setChecked(True)

        self.keyring_problem = keyring_problem()
        self.keyring_radio = QRadioButton(
            QCoreApplication.translate(
                "FirstRunWizard", "Use this computer's keyring (recommended)"
            )
        )
        self.keyring_radio.setObjectName("useKeyring")
        keyring_text = (
            self.keyring_problem
            if self.keyring_problem is not None
            else QCoreApplication.translate(
                "FirstRunWizard",
                "The key is kept in your session's keyring: DSR Desk opens when you are "
                "logged in, with nothing to type.",
            )
        )
        self.keyring_note = _wrapped_label(keyring_text, hint=True)
        self.keyring_note.setObjectName("keyringNote")
        self.passphrase_radio = QRadioButton(
            QCoreApplication.translate("FirstRunWizard", "Protect with a passphrase")
        )
        self.passphrase_radio.setObjectName("usePassphrase")
        self.passphrase_note = _wrapped_label(
            QCoreApplication.translate(
                "FirstRunWizard",
                "Typed each time DSR Desk starts or after it locks itself. Choose this on a "
                "shared computer account.",
            ),
            hint=True,
        )
        self.fields = NewPassphraseFields()
        group = QButtonGroup(self)
        group.addButton(self.keyring_radio)
        group.addButton(self.passphrase_radio)
        if self.keyring_problem is None:
            self.keyring_radio.setChecked(True)
        else:
            self.keyring_radio.setEnabled(False)
            self.keyring_note.setStyleSheet(WARNING_STYLE)
            self.passphrase_radio.setChecked(True)

        folder = _wrapped_label(
            QCoreApplication.translate(
                "FirstRunWizard", "The vault will be created in {data_dir}."
            ).format(data_dir=data_dir),
            hint=True,
        )
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workstation_box = QWidget()
        protection = QVBoxLayout(self.workstation_box)
        protection.setContentsMargins(24, 0, 0, 0)
        protection.setSpacing(6)
        protection.addWidget(self.keyring_radio)
        protection.addWidget(self._indent(self.keyring_note))
        protection.addSpacing(10)
        protection.addWidget(self.passphrase_radio)
        protection.addWidget(self._indent(self.passphrase_note))
        protection.addWidget(self._indent(self.fields))
        protection.addWidget(folder)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.workstation_radio)
        layout.addWidget(self.workstation_box)
        layout.addSpacing(10)
        layout.addWidget(self.team_radio)
        layout.addWidget(self._indent(self.team_note))
        layout.addStretch(1)

        self.passphrase_radio.toggled.connect(self._mode_changed)
        self.passphrase_radio.toggled.connect(self.completeChanged)
        self.team_radio.toggled.connect(self._where_changed)
        self.fields.changed.connect(self.completeChanged)  # forwarded inside Qt (no emit)
        self._mode_changed()

    @staticmethod
    def _indent(widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(widget)
        return box

    def uses_team(self) -> bool:
        """A team server was chosen: the next page asks for it, and nothing is created."""
        return self.team_radio.isChecked()

    def nextId(self) -> int:
        return FirstRunWizard.TEAM if self.uses_team() else FirstRunWizard.CREATE

    def _where_changed(self) -> None:
        team = self.uses_team()
        self.setSubTitle(
            QCoreApplication.translate(
                "FirstRunWizard",
                "The register is kept on your team's server: nothing is created on this "
                "computer. Next, say where the server is.",
            )
            if team
            else QCoreApplication.translate(
                "FirstRunWizard",
                "The request register is kept encrypted on this computer. "
                "Choose how the vault is unlocked.",
            )
        )
        self.workstation_box.setEnabled(not team)
        self.setCommitPage(not team)  # a team server: Next (and Back) as usual
        self.completeChanged.emit()

    def uses_passphrase(self) -> bool:
        return self.passphrase_radio.isChecked()

    def passphrase(self) -> str | None:
        return self.fields.passphrase() if self.uses_passphrase() else None

    def isComplete(self) -> bool:
        if self.uses_team():
            return True
        return not self.uses_passphrase() or self.fields.problem() is None

    def _mode_changed(self) -> None:
        self.fields.setEnabled(self.uses_passphrase())
        if self.uses_passphrase():
            self.fields.first_edit.setFocus()

    def initializePage(self) -> None:
        """The wizard opens with the keyboard in the passphrase field when a passphrase is
        the choice (else on the choice itself): after QWizard has put it on its buttons."""
        super().initializePage()
        QTimer.singleShot(0, self, self._focus_first)

    def _focus_first(self) -> None:
        target = self.fields.first_edit if self.uses_passphrase() else self.keyring_radio
        target.setFocus(Qt.FocusReason.OtherFocusReason)


# --- (b) creating -----------------------------------------------------------------------------


class CreatePage(QWizardPage):
    def __init__(self, data_dir: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir, self._clock = data_dir, clock
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "Creating the vault"))
        self.setSubTitle(
            QCoreApplication.translate(
                "FirstRunWizard",
                "This takes a moment: the key is derived and the database prepared.",
            )
        )
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, QCoreApplication.translate("FirstRunWizard", "Next")
        )
        self.busy = False
        self.status_label = _wrapped_label("")
        self.status_label.setObjectName("createStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.error_label = _wrapped_label("")
        self.error_label.setObjectName("createError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(QCoreApplication.translate("FirstRunWizard", "Try again"))
        self.retry_button.setObjectName("createRetry")
        self.retry_button.clicked.connect(self.start)
        self.restart_button = QPushButton(
            QCoreApplication.translate("FirstRunWizard", "Change the protection…")
        )
        self.restart_button.setObjectName("createRestart")
        self.restart_button.clicked.connect(self._restart)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._show_problem(None)

    def _owner(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard

    def initializePage(self) -> None:
        if self._owner().created is None:
            self.start()

    def isComplete(self) -> bool:
        return self._owner().created is not None and not self.busy

    def start(self) -> None:
        wizard = self._owner()
        if self.busy or wizard.created is not None:
            return
        passphrase = wizard.protection_page.passphrase()
        if wizard.protection_page.uses_passphrase() and passphrase is None:
            self._show_problem(
                QCoreApplication.translate("FirstRunWizard", "Choose a passphrase first.")
            )
            return
        mode = (
            QCoreApplication.translate("FirstRunWizard", "a passphrase")
            if passphrase is not None
            else QCoreApplication.translate("FirstRunWizard", "this computer's keyring")
        )
        self.status_label.setText(
            QCoreApplication.translate(
                "FirstRunWizard", "Creating the encrypted vault, protected by {mode}…"
            ).format(mode=mode)
        )
        self._show_problem(None)
        self.progress.show()
        self._set_busy(True)
        data_dir, clock = self._data_dir, self._clock
        recovery: dict[str, str] = {}

        def work() -> Vault:
            vault, recovery["key"] = create_vault(data_dir, clock, passphrase=passphrase)
            return vault

        run_vault_job(work, lambda vault: self._created(vault, recovery.pop("key")), self._failed)

    def _created(self, vault: Vault, recovery_key: str) -> None:
        self._set_busy(False)
        self.progress.hide()
        self.status_label.setText(
            QCoreApplication.translate(
                "FirstRunWizard", "The vault was created ({value} mode)."
            ).format(value=vault.mode.value)
        )
        self.status_label.setStyleSheet(OK_STYLE)
        self._owner().vault_created(vault, recovery_key)
        self.completeChanged.emit()
        self._owner().next()

    def _failed(self, problem: DsrError) -> None:
        self._set_busy(False)
        self.progress.hide()
        self.status_label.setText(
            QCoreApplication.translate(
                "FirstRunWizard", "The vault could not be created; nothing was left behind."
            )
        )
        self._show_problem(str(problem))

    def _show_problem(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        self.retry_button.setVisible(bool(message))
        self.restart_button.setVisible(bool(message))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        cancel = self._owner().button(QWizard.WizardButton.CancelButton)
        cancel.setEnabled(not busy)
        self.completeChanged.emit()

    def _restart(self) -> None:
        self._show_problem(None)
        self._owner().restart()


# --- (c) recovery key -------------------------------------------------------------------------


class RecoveryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "Your recovery key"))
        self.setSubTitle(
            QCoreApplication.translate(
                "FirstRunWizard",
                "Shown only now. It opens the vault if the passphrase is forgotten or the keyring "
                "entry is lost (new computer, reinstalled system).",
            )
        )
        frame = RecoveryKeyBox(
            frame_name="recoveryKeyFrame", label_name="recoveryKeyLabel", points=17, margin=18
        )
        self.key_label = frame.label

        advice = _wrapped_label(
            QCoreApplication.translate(
                "FirstRunWizard",
                "Print it, or save it as a PDF and move the file off this computer. Keep it "
                "locked away (a safe, a locked drawer): anyone with this key and a copy of the "
                "data folder can read the vault.",
            )
        )
        self.print_button = QPushButton(QCoreApplication.translate("FirstRunWizard", "Print…"))
        self.print_button.setObjectName("printRecovery")
        self.print_button.setAutoDefault(False)
        self.save_button = QPushButton(QCoreApplication.translate("FirstRunWizard", "Save as PDF…"))
        self.save_button.setObjectName("saveRecoveryPdf")
        self.save_button.setAutoDefault(False)
        self.status_label = _wrapped_label("")
        self.status_label.setObjectName("recoveryStatus")
        self.status_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.stored_check = QCheckBox(
            QCoreApplication.translate(
                "FirstRunWizard", "I have stored the recovery key in a safe place"
            )
        )
        self.stored_check.setObjectName("recoveryStored")

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(frame)
        layout.addWidget(advice)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.stored_check)

        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_pdf)
        self.stored_check.toggled.connect(self.completeChanged)

    def _owner(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard

    def initializePage(self) -> None:
        self.key_label.setText(self._owner().recovery_key or "")

    def isComplete(self) -> bool:
        return self.stored_check.isChecked()

    def _sheet_facts(self) -> tuple[str, str, str] | None:
        wizard = self._owner()
        if wizard.recovery_key is None or wizard.created is None:
            return None
        header = wizard.created.header
        return wizard.recovery_key, header.vault_id, header.created_at

    def print_sheet(self) -> None:
        facts = self._sheet_facts()
        if facts is None:
            return
        if print_recovery_key(self, *facts):
            self._status(
                QCoreApplication.translate(
                    "FirstRunWizard", "The recovery sheet was sent to the printer."
                ),
                ok=True,
            )

    def save_pdf(self) -> None:
        facts = self._sheet_facts()
        if facts is None:
            return
        suggested = Path.home() / SHEET_FILE_NAME
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("FirstRunWizard", "Save the recovery sheet"),
            str(suggested),
            QCoreApplication.translate("FirstRunWizard", "PDF documents (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_private(  # owner-only: a secret, and never beside the vault it opens
                path, render_recovery_sheet_pdf(*facts), data_dir=self._owner().data_dir
            )
        except DsrError as problem:  # full disk, no permission, missing folder: said plainly
            self._status(str(problem), ok=False)
            return
        self._status(
            QCoreApplication.translate(
                "FirstRunWizard",
                "Saved to {path}. Print it or move it to a USB key kept locked away, then delete "
                "it from this computer.",
            ).format(path=path),
            ok=True,
        )

    def _status(self, text: str, *, ok: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status_label.show()


# --- (d) first entity -------------------------------------------------------------------------


class EntityPage(QWizardPage):
    def __init__(self, clock: Clock, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock, self._user = clock, user
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "Your organisation"))
        self.setSubTitle(
            QCoreApplication.translate(
                "FirstRunWizard",
                "The entity that answers the requests: letterhead, DPO contact and the holiday "
                "calendar used for deadlines. More entities can be added later in Settings.",
            )
        )
        self.form = EntityForm(with_retention=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        """The entity is checked here, created with the user's name on the last page."""
        return self.form.validate() is None


# --- (e) you ----------------------------------------------------------------------------------


class UserPage(QWizardPage):
    """Who uses DSR Desk: the name letters are signed with ("Affaire suivie par …") and the
    audit log records, and the title under the signature (the entity's by default). Finishing
    creates the entity and keeps both in the preferences."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._title_proposed = ""  # the entity's title, as last filled in
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "You"))
        self.setSubTitle(
            QCoreApplication.translate(
                "FirstRunWizard",
                "Letters are signed with your name and title, and the audit log records your "
                "name for each change. Both can be changed later in Settings › Preferences.",
            )
        )
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            QCoreApplication.translate("FirstRunWizard", "Open {app_name}").format(
                app_name=APP_NAME
            ),
        )
        self.name_edit = QLineEdit(named_user())
        self.name_edit.setObjectName("userDisplayName")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("FirstRunWizard", "e.g. Camille Dupont")
        )
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("userTitle")
        self.title_edit.setMaxLength(MAX_NAME)
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("FirstRunWizard", "e.g. Data Protection Officer")
        )
        self.error_label = _wrapped_label("")
        self.error_label.setObjectName("userError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        form = QFormLayout()
        name_label = QLabel(QCoreApplication.translate("FirstRunWizard", "Your &name:"))
        name_label.setBuddy(self.name_edit)
        title_label = QLabel(
            QCoreApplication.translate("FirstRunWizard", "&Title under your signature:")
        )
        title_label.setBuddy(self.title_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(title_label, self.title_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.name_edit.textChanged.connect(self.completeChanged)

    def _owner(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard

    def initializePage(self) -> None:
        """The title starts as the entity's (unless one was typed here already)."""
        entity_title = self._owner().entity_page.form.signer_title_edit.text().strip()
        if self.title_edit.text().strip() in ("", self._title_proposed):
            self.title_edit.setText(entity_title)
        self._title_proposed = entity_title
        self.name_edit.setFocus()

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def nextId(self) -> int:
        return -1  # the last page of a workstation's set-up (the team server's page is not)

    def settings(self) -> AppSettings:
        """The preferences to keep: the title only when it differs from the entity's (the
        letters then follow the entity's, should it change)."""
        title = self.title_edit.text().strip()
        return AppSettings(
            display_name=" ".join(self.name_edit.text().split()),
            signer_title="" if title == self._title_proposed else title,
        )

    def validatePage(self) -> bool:
        wizard = self._owner()
        vault = wizard.created
        if vault is None:
            return False
        settings = self.settings()
        try:
            settings.validate()
            create_entity(
                SqlUnitOfWork(vault.session_factory, self._clock, settings.display_name),
                **wizard.entity_page.form.values(),
            )
            first_settings(
                SqlUnitOfWork(vault.session_factory, self._clock, settings.display_name),
                settings,
            )
        except DsrError as problem:
            self.error_label.setText(str(problem))
            self.error_label.show()
            return False
        finally:
            vault.hand_over()  # to the app's DB worker
        return True


# --- (f) a team server ------------------------------------------------------------------------


class TeamPage(QWizardPage):
    """The team server (host, port, database — or a ``postgresql://`` URL), its TLS options
    (``widgets.team_server_fields``) and the account: finishing logs in (off the GUI thread)
    and opens the app on the server."""

    def __init__(
        self, data_dir: Path, clock: Clock, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir, self._clock = data_dir, clock
        self.busy = False
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "Your team server"))
        self.setSubTitle(
            QCoreApplication.translate(
                "FirstRunWizard",
                "Where the team's register is kept (PostgreSQL), and your account on it. Your "
                "password is never kept on this computer.",
            )
        )
        self.setFinalPage(True)
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            QCoreApplication.translate("FirstRunWizard", "Log in"),
        )
        self.server = TeamServerFields()
        self.account_edit = QLineEdit(user)
        self.account_edit.setObjectName("teamAccount")
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("teamPassword")
        self.error_label = _wrapped_label("")
        self.error_label.setObjectName("teamError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.server.add_row(
            QCoreApplication.translate("FirstRunWizard", "Your &account:"), self.account_edit
        )
        self.server.add_row(
            QCoreApplication.translate("FirstRunWizard", "Your &password:"), self.password_edit
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.server)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.server.changed.connect(self.completeChanged)
        for edit in (self.account_edit, self.password_edit):
            edit.textChanged.connect(self.completeChanged)

    def _owner(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard

    def isComplete(self) -> bool:
        account = bool(self.account_edit.text().strip() and self.password_edit.text())
        return self.server.has_server() and account and not self.busy

    def validatePage(self) -> bool:
        """Finish: log in (off the GUI thread); the wizard closes once logged in."""
        if self._owner().team_login is not None:
            return True
        if self.busy:
            return False
        try:
            url = self.server.server_url()
        except DsrError as problem:
            self._show_problem(str(problem))
            return False
        name, password = self.account_edit.text().strip(), self.password_edit.text()
        self.password_edit.clear()
        data_dir, clock = self._data_dir, self._clock

        def work() -> TeamLogin:
            return log_in_to_team(data_dir, clock, url, name, password)

        self._show_problem(None)
        self._set_busy(True)
        run_vault_job(work, self._logged_in, self._failed)
        return False

    def _logged_in(self, login: TeamLogin) -> None:
        self._set_busy(False)
        wizard = self._owner()
        wizard.team_login = login
        wizard.accept()

    def _failed(self, problem: DsrError) -> None:
        self._set_busy(False)
        self._show_problem(str(problem))
        self.password_edit.setFocus()

    def _show_problem(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
            self._owner().button(which).setEnabled(not busy)
        self.completeChanged.emit()


# --- the wizard -------------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    """Creates the vault and its first entity; ``vault`` is set (open) when it finishes."""

    PROTECTION, CREATE, RECOVERY, ENTITY, USER, TEAM = range(6)

    def __init__(
        self, data_dir: Path, clock: Clock, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.vault: Vault | None = None
        self.created: Vault | None = None
        self.recovery_key: str | None = None
        self.team_login: TeamLogin | None = None  # a team server chosen, and logged in
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(
            QCoreApplication.translate("FirstRunWizard", "Set up {app_name}").format(
                app_name=APP_NAME
            )
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 600)

        self.protection_page = ProtectionPage(data_dir)
        self.create_page = CreatePage(data_dir, clock)
        self.recovery_page = RecoveryPage()
        self.entity_page = EntityPage(clock, user)
        self.user_page = UserPage(clock)
        self.team_page = TeamPage(data_dir, clock, user)
        self.setPage(self.PROTECTION, self.protection_page)
        self.setPage(self.CREATE, self.create_page)
        self.setPage(self.RECOVERY, self.recovery_page)
        self.setPage(self.ENTITY, self.entity_page)
        self.setPage(self.USER, self.user_page)
        self.setPage(self.TEAM, self.team_page)

    def vault_created(self, vault: Vault, recovery_key: str) -> None:
        self.created, self.recovery_key = vault, recovery_key
        self.protection_page.fields.clear()  # the passphrase is not needed any more

    def _forget_secrets(self) -> None:
        self.recovery_key = None
        self.recovery_page.key_label.clear()
        self.protection_page.fields.clear()
        self.team_page.password_edit.clear()

    def accept(self) -> None:
        if self.currentId() == self.TEAM and self.team_login is None:
            super().accept()  # the page logs in (off the GUI thread), then accepts again
            return
        if self.team_login is not None:  # the server is remembered, nothing else is kept
            remember_team(
                self.data_dir, TeamChoice(self.team_login.url, self.team_login.account.name)
            )
        else:
            self.vault = self.created
            remember_unlocked(self.data_dir)
        self._forget_secrets()
        super().accept()

    def reject(self) -> None:
        if self.create_page.busy or self.team_page.busy:
            return  # the vault is being written: a moment, then it can be cancelled cleanly
        if self.created is not None and not self._confirm_leave():
            return
        if self.created is not None:
            self.created.close()
            self.created = None
        self._forget_secrets()
        super().reject()

    def exec(self) -> int:
        """Modal run (as the app does); the wizard is then left to Qt to delete (see
        ``retire_dialog``)."""
        try:
            return super().exec()
        finally:
            retire_dialog(self)

    def _confirm_leave(self) -> bool:
        if self.recovery_page.stored_check.isChecked():
            text = QCoreApplication.translate(
                "FirstRunWizard",
                "The vault is created but has no entity yet. Quit anyway? You can add the "
                "entity later in Settings.",
            )
        else:
            text = QCoreApplication.translate(
                "FirstRunWizard",
                "The recovery key will not be shown again. Without it, a forgotten "
                "passphrase or a lost keyring entry means the data is lost. Quit anyway?",
            )
        answer = QMessageBox.warning(
            self,
            QCoreApplication.translate("FirstRunWizard", "Quit {app_name} set-up").format(
                app_name=APP_NAME
            ),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
