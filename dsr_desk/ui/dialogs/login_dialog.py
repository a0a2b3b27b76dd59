"""Logging in to a team database (team mode): the account's name and password.

Shown at start and after each lock instead of the unlock dialog when the data folder works on a
team server (``ui.team_mode``). The login runs off the GUI thread (connect, check the team's
audit chain, check the password, open the account's copy of the team key: argon2id). Each
failure is one message: a wrong name or password (with the wait the server imposes before the
next try, counted down: "Try again in 8 s."), a server that cannot be reached, or a server
whose audit chain this computer refuses (it went backwards or forked). The password lives only
in the call that uses it and is cleared from its field at once.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk import APP_NAME
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import DsrError, LoginRefused
from dsr_desk.storage.team_location import server_label
from dsr_desk.ui.dialog_lifetime import retire_dialog
from dsr_desk.ui.dialogs.vault_jobs import run_vault_job
from dsr_desk.ui.team_mode import TeamLogin, log_in_to_team
from dsr_desk.ui.widgets.vault_styles import ERROR_STYLE, HINT_STYLE


class LoginDialog(QDialog):
    """Ask for the account and password; ``login`` is set when the dialog is accepted."""

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        url: str,
        account: str = "",
        *,
        after_lock: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir, self._clock, self._url = data_dir, clock, url
        self.login: TeamLogin | None = None
        self._busy = False
        self._remaining_s = 0
        self.setObjectName("loginDialog")
        self.setWindowTitle(
            QCoreApplication.translate("LoginDialog", "Log in to {app_name}").format(
                app_name=APP_NAME
            )
        )
        self.setModal(True)
        self.setMinimumWidth(520)

        self.title_label = QLabel(
            QCoreApplication.translate("LoginDialog", "{app_name} is locked").format(
                app_name=APP_NAME
            )
            if after_lock
            else QCoreApplication.translate("LoginDialog", "Log in to {app_name}").format(
                app_name=APP_NAME
            )
        )
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label = QLabel(
            QCoreApplication.translate(
                "LoginDialog",
                "The register is kept on your team's server. Log in with your account.",
            )
        )
        self.intro_label.setWordWrap(True)

        self.account_edit = QLineEdit(account)
        self.account_edit.setObjectName("loginAccount")
        self.account_edit.setAccessibleName(QCoreApplication.translate("LoginDialog", "Account"))
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setAccessibleName(QCoreApplication.translate("LoginDialog", "Password"))
        account_label = QLabel(QCoreApplication.translate("LoginDialog", "&Account:"))
        account_label.setBuddy(self.account_edit)
        password_label = QLabel(QCoreApplication.translate("LoginDialog", "&Password:"))
        password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(account_label, self.account_edit)
        form.addRow(password_label, self.password_edit)

        self.message_label = QLabel()
        self.message_label.setObjectName("loginMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("loginCountdown")
        self.countdown_label.setStyleSheet(HINT_STYLE)
        self.countdown_label.hide()

        self.server_label = QLabel(
            QCoreApplication.translate("LoginDialog", "Team server: {server}").format(
                server=server_label(url)
            )
        )
        self.server_label.setObjectName("loginServer")
        self.server_label.setStyleSheet(HINT_STYLE)
        self.server_label.setWordWrap(True)
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login_button = QPushButton(QCoreApplication.translate("LoginDialog", "Log in"))
        self.login_button.setObjectName("loginButton")
        self.login_button.clicked.connect(self.log_in)
        self.quit_button = QPushButton(
            QCoreApplication.translate("LoginDialog", "Quit {app_name}").format(app_name=APP_NAME)
        )
        self.quit_button.setObjectName("loginQuit")
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.server_label, 1)
        footer.addWidget(self.quit_button)
        footer.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.countdown_label)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.setTabOrder(self.account_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.quit_button)  # as they read: Quit, Log in
        self.setTabOrder(self.quit_button, self.login_button)
        self.login_button.setDefault(True)
        self.password_edit.returnPressed.connect(self.log_in)
        self.account_edit.returnPressed.connect(self.password_edit.setFocus)
        (self.password_edit if account else self.account_edit).setFocus()

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    # -- logging in -------------------------------------------------------------------------

    @property
    def is_waiting(self) -> bool:
        return self._remaining_s > 0

    def log_in(self) -> None:
        if self._busy or self.is_waiting:
            return
        name = self.account_edit.text().strip()
        password = self.password_edit.text()
        self.password_edit.clear()
        if not name:
            self.show_error(QCoreApplication.translate("LoginDialog", "Enter your account name."))
            self.account_edit.setFocus()
            return
        if not password:
            self.show_error(QCoreApplication.translate("LoginDialog", "Enter your password."))
            self.password_edit.setFocus()
            return
        data_dir, clock, url = self._data_dir, self._clock, self._url
        self._set_busy(True)

        def work() -> TeamLogin:
            return log_in_to_team(data_dir, clock, url, name, password)

        run_vault_job(work, self._logged_in, self._failed)

    def _logged_in(self, login: TeamLogin) -> None:
        self._set_busy(False)
        self.login = login
        self.accept()

    def _failed(self, problem: DsrError) -> None:
        """One message per failure: wrong name or password (and the wait before the next try),
        the server unreachable, or its audit chain refused (``VaultRefused``)."""
        self._set_busy(False)
        self.show_error(str(problem))
        if isinstance(problem, LoginRefused) and problem.wait_seconds > 0:
            self._remaining_s = problem.wait_seconds
            self._show_countdown()
            self._timer.start()
        self.password_edit.setFocus()

    # -- the wait before the next try -------------------------------------------------------

    def _tick(self) -> None:
        self._remaining_s = max(self._remaining_s - 1, 0)
        if self._remaining_s == 0:
            self._timer.stop()
            self.countdown_label.hide()
            self._update_button()
            return
        self._show_countdown()

    def _show_countdown(self) -> None:
        seconds = math.ceil(self._remaining_s)
        self.countdown_label.setText(
            QCoreApplication.translate("LoginDialog", "Try again in {seconds} s.").format(
                seconds=seconds
            )
        )
        self.countdown_label.show()
        self._update_button()

    # -- states -----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.message_label.hide()
        self._update_button()

    def _update_button(self) -> None:
        if self._busy:
            self.login_button.setText(QCoreApplication.translate("LoginDialog", "Logging in…"))
        elif self.is_waiting:
            self.login_button.setText(
                QCoreApplication.translate("LoginDialog", "Log in ({seconds} s)").format(
                    seconds=self._remaining_s
                )
            )
        else:
            self.login_button.setText(QCoreApplication.translate("LoginDialog", "Log in"))
        self.login_button.setEnabled(not self._busy and not self.is_waiting)
        self.quit_button.setEnabled(not self._busy)
        self.account_edit.setEnabled(not self._busy)

    def show_error(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()

    def reject(self) -> None:
        if self._busy:
            return  # logging in: a moment (a login nobody receives is closed)
        super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        self.password_edit.clear()
        super().done(result)

    def exec(self) -> int:
        """Modal run (as the app does); the dialog is then left to Qt to delete."""
        try:
            return super().exec()
        finally:
            retire_dialog(self)
