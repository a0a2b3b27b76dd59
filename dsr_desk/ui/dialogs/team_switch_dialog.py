"""Moving a data folder between this workstation and a team server, from Settings.

*Move the register to a team server…* (a workstation's DPO): ``MoveToTeamDialog`` asks for the
server (``widgets.team_server_fields``, as the first-run wizard does), the team's first DPO
account and its password, and how long the server's backups keep deleted data; it runs
``services.team.migrate_to_team`` on the DB worker (the vault's connections are the worker's)
with the app's busy indicator, then shows the counts on both sides, the audit chain verified on
the server, and the team's recovery key once. The server is then remembered for this data folder
(``ui.team_mode.remember_team``, the admin's account name, never a password) and ``moved`` asks
the app to lock and log in there. A refusal (server unreachable, database not empty, TLS...)
is one message in the dialog: nothing is remembered, the workstation's session goes on.

*Work on this workstation instead…* (team mode, any role): ``confirm_work_on_workstation``
asks, then forgets the server for this data folder; the app locks and the next unlock opens
the folder's vault (the first-run wizard if it has none). The server is not touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.errors import DsrError, VaultError, VaultLocked
from dsr_desk.services.read.settings import SERVER_BACKUP_DAYS_RANGE, AppSettings
from dsr_desk.storage.team_location import server_label
from dsr_desk.ui.discard_guard import closing_on_lock
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.recovery_sheet import (
    SHEET_FILE_NAME,
    print_recovery_key,
    render_recovery_sheet_pdf,
)
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.team_mode import TeamChoice, forget_team, remember_team
from dsr_desk.ui.widgets.recovery_key_box import RecoveryKeyBox
from dsr_desk.ui.widgets.team_server_fields import TeamServerFields
from dsr_desk.ui.widgets.vault_styles import ERROR_STYLE, HINT_STYLE, OK_STYLE

if TYPE_CHECKING:
    from dsr_desk.storage.team_migration import Migrated


# -- worker side ---------------------------------------------------------------------------


def move_to_team_job(
    session: AppSession, url: str, admin: str, password: str, server_backup_days: int
) -> Migrated:
    """On the DB worker: copy the open vault into the empty team database at ``url``
    (``services.team.migrate_to_team``: one transaction, verified), and note the head of the
    team's audit chain for this data folder, as a first login would."""
    from dsr_desk.services import team
    from dsr_desk.storage.pg_engine import TeamDatabase, create_team_engine

    vault = session.vault
    if vault is None:
        raise VaultLocked(QCoreApplication.translate("MoveToTeamDialog", "DSR Desk is locked."))
    database = TeamDatabase(create_team_engine(url))
    try:
        if not database.is_empty():  # said here in the dialog's words (the CLI's name a command)
            raise VaultError(
                QCoreApplication.translate(
                    "MoveToTeamDialog",
                    "The team database is not empty: the register moves only into a new, "
                    "empty database (its administrator creates it). Nothing was changed.",
                )
            )
        migrated = team.migrate_to_team(
            session.uow(), vault, database, admin, password, server_backup_days
        )
        database.watch_chain(session.data_dir, new=True)
    finally:
        database.close()
    return migrated


# -- moving to a team server -----------------------------------------------------------------


class MoveToTeamDialog(QDialog):
    """The server and the first DPO account, then the result and the team's recovery key."""

    moved = Signal(object)  # TeamChoice: the register is on that server, remembered here

    FORM, RESULT = range(2)

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveToTeamDialog")
        self.setWindowTitle(self.tr("Move the register to a team server"))
        self._session, self._ops = session, ops
        self.busy = False
        self.migrated: Migrated | None = None
        self.choice: TeamChoice | None = None
        self._created = ""
        self.pages = QStackedWidget()
        self.form_page = self._build_form_page()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self._build_result_page())
        self.message_label = QLabel()
        self.message_label.setObjectName("moveMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self.move_button = QPushButton(self.tr("Move the register"))
        self.move_button.setObjectName("moveRegister")
        self.move_button.clicked.connect(self.move_register)
        self.login_button = QPushButton(self.tr("Log in to the team server"))
        self.login_button.setObjectName("goToTeamLogin")
        self.login_button.clicked.connect(self.accept)
        self.login_button.hide()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.move_button.setDefault(True)
        self.setMinimumWidth(640)
        self._update()

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "The register is copied into the team's database on the server, which must be "
                "empty: every personal field encrypted with a new team key, the audit log "
                "checked on both sides. This workstation's vault stays as it is in its folder; "
                "DSR Desk then works on the server, where you log in with the account below."
            )
        )
        intro.setObjectName("moveIntro")
        intro.setWordWrap(True)
        self.server = TeamServerFields()
        self.admin_edit = QLineEdit(self._session.user)
        self.admin_edit.setObjectName("teamAdmin")
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("teamAdminPassword")
        self.again_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again_edit.setObjectName("teamAdminPasswordAgain")
        low, high = SERVER_BACKUP_DAYS_RANGE
        self.backup_days_spin = QSpinBox(minimum=low, maximum=high)
        self.backup_days_spin.setObjectName("serverBackupDays")
        self.backup_days_spin.setSuffix(self.tr(" days"))
        self.backup_days_spin.setValue(AppSettings().server_backup_days)
        self.backup_days_spin.setToolTip(
            self.tr(
                "How long the server's backups, WAL archives and replicas keep deleted data "
                "(ask its administrator): purge attestations state it."
            )
        )
        self.server.add_row(self.tr("First DPO &account:"), self.admin_edit)
        self.server.add_row(self.tr("Its &password:"), self.password_edit)
        self.server.add_row(self.tr("Type it a&gain:"), self.again_edit)
        hint = QLabel(
            self.tr(
                "A few unrelated words, 10 characters or more. Your colleagues are added "
                "later, on the server; no password is kept on this computer."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.server.form.addRow("", hint)
        self.server.add_row(self.tr("Server &backups keep data:"), self.backup_days_spin)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.server)
        layout.addStretch(1)
        self.server.changed.connect(self._update)
        for edit in (self.admin_edit, self.password_edit, self.again_edit):
            edit.textChanged.connect(self._update)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_title = QLabel()
        self.result_title.setObjectName("moveResult")
        self.result_title.setWordWrap(True)
        self.result_title.setStyleSheet(OK_STYLE)
        self.counts = QGridLayout()
        self.counts.setHorizontalSpacing(18)
        self.chain_label = QLabel()
        self.chain_label.setObjectName("moveChain")
        self.chain_label.setWordWrap(True)
        self.accounts_label = QLabel()
        self.accounts_label.setObjectName("moveAccountsLeft")
        self.accounts_label.setWordWrap(True)
        self.accounts_label.hide()
        key_intro = QLabel(
            self.tr(
                "The team's recovery key, shown only now. It opens the team key if the "
                "password of every DPO account is lost: print it or save it as a PDF, and "
                "keep it locked away."
            )
        )
        key_intro.setWordWrap(True)
        frame = RecoveryKeyBox(
            frame_name="teamRecoveryFrame", label_name="teamRecoveryKey", points=16, margin=14
        )
        self.key_label = frame.label
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printTeamRecovery")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveTeamRecoveryPdf")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_pdf)
        self.sheet_status = QLabel()
        self.sheet_status.setObjectName("teamRecoveryStatus")
        self.sheet_status.setWordWrap(True)
        self.sheet_status.hide()
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.print_button)
        sheet_row.addWidget(self.save_button)
        sheet_row.addStretch(1)
        self.stored_check = QCheckBox(self.tr("I have stored the recovery key in a safe place"))
        self.stored_check.setObjectName("teamRecoveryStored")
        self.stored_check.toggled.connect(self._update)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_title)
        layout.addLayout(self.counts)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.accounts_label)
        layout.addSpacing(6)
        layout.addWidget(key_intro)
        layout.addWidget(frame)
        layout.addLayout(sheet_row)
        layout.addWidget(self.sheet_status)
        layout.addStretch(1)
        layout.addWidget(self.stored_check)
        return page

    # -- state --------------------------------------------------------------------------

    def _update(self) -> None:
        on_form = self.migrated is None
        ready = (
            self.server.has_server()
            and bool(self.admin_edit.text().strip())
            and bool(self.password_edit.text())
            and bool(self.again_edit.text())
        )
        self.move_button.setVisible(on_form)
        self.move_button.setEnabled(on_form and ready and not self.busy)
        self.cancel_button.setVisible(on_form)
        self.cancel_button.setEnabled(not self.busy)
        self.login_button.setVisible(not on_form)
        self.login_button.setEnabled(self.stored_check.isChecked())
        self.form_page.setEnabled(not self.busy)

    def show_error(self, text: str | None) -> None:
        self.message_label.setText(text or "")
        self.message_label.setVisible(bool(text))

    def _problem(self) -> str | None:
        """What stops the move before anything is sent: the same checks as the CLI's."""
        from dsr_desk.services.team import check_password

        name, password = self.admin_edit.text().strip(), self.password_edit.text()
        try:
            self.server.server_url()
            check_password(name, password)
        except DsrError as problem:
            return str(problem)
        if self.again_edit.text() != password:
            return self.tr("The two passwords differ.")
        return None

    # -- the move -----------------------------------------------------------------------

    def move_register(self) -> None:
        if self.busy or self.migrated is not None or not self.move_button.isEnabled():
            return
        problem = self._problem()
        if problem is not None:
            self.show_error(problem)
            return
        url = self.server.server_url()
        admin = " ".join(self.admin_edit.text().split())
        self.show_error(None)
        self.busy = True
        self._update()
        self._ops.run(
            move_to_team_job,
            self._session,
            url,
            admin,
            self.password_edit.text(),
            self.backup_days_spin.value(),
            on_done=lambda migrated: self._moved(url, admin, migrated),
            on_error=self._failed,
            receiver=self,
            busy_text=self.tr(
                "Copying the register to the team server: every personal field is encrypted "
                "with the team key, then everything is counted and checked again…"
            ),
            parent=self,
        )

    def _failed(self, problem: DsrError) -> None:
        self.busy = False
        self._update()
        self.show_error(str(problem))

    def _moved(self, url: str, admin: str, migrated: Migrated) -> None:
        """The register is on the server: remembered for this folder at once (the vault's copy
        is not the one to go on with), then the result and the recovery key shown."""
        self.busy = False
        self.migrated = migrated
        self.choice = TeamChoice(url, admin)
        remember_team(self._session.data_dir, self.choice)
        self._created = self._session.clock.now().isoformat()
        self.password_edit.clear()
        self.again_edit.clear()
        self.show_error(None)
        self._show_result(migrated, server_label(url), admin)
        self.pages.setCurrentIndex(self.RESULT)
        self.login_button.setDefault(True)
        self._update()
        self.stored_check.setFocus()

    def _show_result(self, migrated: Migrated, server: str, admin: str) -> None:
        self.result_title.setText(
            self.tr(
                "The register is now on the team server {server}; {admin} is its first DPO."
            ).format(server=server, admin=admin)
        )
        headers = (self.tr("Copied and counted again"), self.tr("This vault"), self.tr("Server"))
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setStyleSheet(HINT_STYLE)
            self.counts.addWidget(header, 0, column)
        source, target = migrated.source, migrated.target
        for row, (label, before, after) in enumerate(
            (
                (self.tr("Requests"), source.requests, target.requests),
                (self.tr("Requesters"), source.requesters, target.requesters),
                (self.tr("Documents"), source.documents, target.documents),
                (
                    self.tr("Documents kept encrypted"),
                    source.stored_documents,
                    target.stored_documents,
                ),
                (self.tr("Audit entries"), source.audit_entries, target.audit_entries),
            ),
            start=1,
        ):
            self.counts.addWidget(QLabel(label), row, 0)
            for column, count in ((1, before), (2, after)):
                figure = QLabel(str(count))
                figure.setObjectName(f"moveCount{row}{column}")
                figure.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.counts.addWidget(figure, row, column)
        self.counts.setColumnStretch(3, 1)
        self.chain_label.setText(
            self.tr("Audit log on the server: {message}").format(message=migrated.chain_message)
        )
        if migrated.accounts_left:
            self.accounts_label.setText(
                self.tr(
                    "Not copied (their copy of the team key needs their password): {names}. "
                    "Add them again on the server."
                ).format(names=", ".join(migrated.accounts_left))
            )
            self.accounts_label.show()
        self.key_label.setText(migrated.recovery_key)

    # -- the recovery sheet -------------------------------------------------------------

    def _sheet_facts(self) -> tuple[str, str, str] | None:
        if self.migrated is None or self.choice is None:
            return None
        return self.migrated.recovery_key, server_label(self.choice.url), self._created

    def print_sheet(self) -> None:
        facts = self._sheet_facts()
        if facts is not None and print_recovery_key(self, *facts, team=True):
            self._sheet_said(self.tr("The recovery sheet was sent to the printer."), ok=True)

    def save_pdf(self) -> None:
        from dsr_desk.export import write_private

        facts = self._sheet_facts()
        if facts is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet"),
            str(Path.home() / SHEET_FILE_NAME.replace("recovery key", "team recovery key")),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_private(
                path, render_recovery_sheet_pdf(*facts, team=True), data_dir=self._session.data_dir
            )
        except DsrError as problem:
            self._sheet_said(str(problem), ok=False)
            return
        self._sheet_said(
            self.tr(
                "Saved to {path}. Print it or move it to a USB key kept locked away, then "
                "delete it from this computer."
            ).format(path=path),
            ok=True,
        )

    def _sheet_said(self, text: str, *, ok: bool) -> None:
        self.sheet_status.setText(text)
        self.sheet_status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.sheet_status.show()

    # -- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel before the move; after it, the recovery key is not shown again: asked."""
        if self.busy:
            return  # the copy is one transaction on the server: it ends, then the dialog
        unsaved_key = self.migrated is not None and not self.stored_check.isChecked()
        if unsaved_key and not closing_on_lock() and not self._confirm_leave():
            return
        self.done(QDialog.DialogCode.Rejected.value)

    def _confirm_leave(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Close without the recovery key"),
            self.tr(
                "The team's recovery key will not be shown again. Without it, the team "
                "database cannot be opened if every DPO's password is lost. Close anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        # a lock meanwhile closes the question: the key must not stay on screen behind it
        return answer == QMessageBox.StandardButton.Yes.value or not self.isVisible()

    def done(self, result: int) -> None:
        """Once moved, however the dialog ends, the app goes to the team login (``moved``)."""
        choice = self.choice
        self.key_label.clear()
        self.password_edit.clear()
        self.again_edit.clear()
        super().done(result)
        if choice is not None:
            self.choice = None
            self.moved.emit(choice)


# -- back to this workstation ----------------------------------------------------------------


class WorkstationQuestion(QMessageBox):
    """ "Work on this workstation instead?": what happens, and that the server is untouched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workOnWorkstation")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Work on this workstation"))
        self.setText(self.tr("Work on this workstation instead of the team server?"))
        self.setInformativeText(
            self.tr(
                "DSR Desk forgets the team server for this data folder and locks. The next "
                "unlock opens this folder's own vault, or sets one up if it has none. The "
                "team server and the register on it are not changed: your colleagues go on "
                "working there, and you can choose it again later."
            )
        )
        self.confirm_button = self.addButton(
            self.tr("Work on this workstation"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.confirm_button)


def confirm_work_on_workstation(parent: QWidget | None, data_dir: Path) -> bool:
    """Ask; if confirmed, forget the team server for ``data_dir`` (the caller then locks)."""
    box = WorkstationQuestion(parent)
    try:
        box.exec()
        confirmed = box.clickedButton() is box.confirm_button
    finally:
        box.deleteLater()
    if confirmed:
        forget_team(data_dir)
    return confirmed
