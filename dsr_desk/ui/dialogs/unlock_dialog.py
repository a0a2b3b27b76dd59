"""Unlocking the vault: passphrase, keyring or recovery key.

At start-up a keyring-mode vault opens silently (``ui.silent_unlock``, no dialog); after a
lock the user clicks Unlock, so walking away from an unlocked workstation is not undone by itself.
A wrong passphrase clears the field and makes the next try wait 1 s, 2 s, 4 s … (30 s at
most). Key derivation runs off the GUI thread; the passphrase lives only in the call that
uses it and is never logged.

Shared with the first-run wizard, in their own modules: ``ui.dialogs.vault_jobs.run_vault_job``
(open or create a vault on a helper thread and hand it back on the GUI thread with no
connection attached) and ``ui.widgets.passphrase_fields.NewPassphraseFields`` (choose a
passphrase: two fields and a strength hint).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dsr_desk import APP_NAME
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import DsrError, VaultLocked, VaultRefused
from dsr_desk.storage.keyring_store import keyring_problem
from dsr_desk.storage.vault import Unlock, Vault, load_header, open_vault, recover_vault
from dsr_desk.storage.vault_header import KeyMode, VaultHeader
from dsr_desk.ui.dialog_lifetime import retire_dialog
from dsr_desk.ui.dialogs.vault_jobs import run_vault_job
from dsr_desk.ui.silent_unlock import (
    keyring_message,
    remember_unlocked,
    was_unlocked_here,
)
from dsr_desk.ui.widgets.passphrase_fields import NewPassphraseFields
from dsr_desk.ui.widgets.vault_styles import ERROR_STYLE, HINT_STYLE
from dsr_desk.user import current_user

LINK_STYLE: Final = (
    "QPushButton { border: none; color: palette(link); text-decoration: underline;"
    " padding: 2px 0; text-align: left; }"
)
RECOVERY_PLACEHOLDER: Final = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"

# NATIVE_SIGNALS (why frequent notifications are forwarded signal-to-signal inside Qt, never
# ``emit``-ed from Python) is explained in ui/widgets/passphrase_fields.py.


def _link_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFlat(True)
    button.setAutoDefault(False)  # a link: focusing it never makes Enter follow it
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(LINK_STYLE)
    return button


# --- the dialog -----------------------------------------------------------------------------


class UnlockDialog(QDialog):
    """Ask for what opens the vault; ``vault`` is set when the dialog is accepted."""

    retry_base_ms = 1000  # first wait after a wrong passphrase; doubles each time
    retry_max_ms = 30_000

    def __init__(self, data_dir: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self._clock = data_dir, clock
        self.vault: Vault | None = None
        self.refused: VaultRefused | None = None  # set when the vault was refused: no retry
        self.failures = 0
        self._retry_remaining_ms = 0
        self._busy = False
        self._header: VaultHeader | None = None
        header_problem: str | None = None
        try:
            self._header = load_header(data_dir)
        except DsrError as problem:
            header_problem = str(problem)
        if self._header is None and header_problem is None:
            header_problem = QCoreApplication.translate(
                "UnlockDialog", "There is no DSR Desk vault in {data_dir}."
            ).format(data_dir=data_dir)
        self.mode = self._header.mode if self._header is not None else None

        self.setWindowTitle(
            QCoreApplication.translate("UnlockDialog", "Unlock {app_name}").format(
                app_name=APP_NAME
            )
        )
        self.setObjectName("unlockDialog")
        self.setModal(True)
        self.setMinimumWidth(560)

        after_lock = was_unlocked_here(data_dir)
        self.title_label = QLabel(
            QCoreApplication.translate("UnlockDialog", "{app_name} is locked").format(
                app_name=APP_NAME
            )
            if after_lock
            else QCoreApplication.translate("UnlockDialog", "Open {app_name}").format(
                app_name=APP_NAME
            )
        )
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_unlock_page())
        self.pages.addWidget(self._build_recovery_page())

        self.folder_label = QLabel(
            QCoreApplication.translate("UnlockDialog", "Data folder: {data_dir}").format(
                data_dir=data_dir
            )
        )
        self.folder_label.setObjectName("unlockFolder")
        self.folder_label.setStyleSheet(HINT_STYLE)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quit_button = QPushButton(
            QCoreApplication.translate("UnlockDialog", "Quit {app_name}").format(app_name=APP_NAME)
        )
        self.quit_button.setObjectName("unlockQuit")
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.folder_label, 1)
        footer.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.pages)
        layout.addStretch(1)
        layout.addLayout(footer)

        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._tick)

        if header_problem is not None:
            self.show_error(header_problem)
            for widget in (self.unlock_button, self.recovery_link, self.passphrase_edit):
                widget.setEnabled(False)
        self._show_unlock_page()

    # -- building ---------------------------------------------------------------------------

    def _build_unlock_page(self) -> QWidget:
        page = QWidget()
        if self.mode is KeyMode.KEYRING:
            intro = QCoreApplication.translate(
                "UnlockDialog",
                "The vault key is kept in this computer's keyring. Click Unlock to continue.",
            )
        else:
            intro = QCoreApplication.translate(
                "UnlockDialog", "Enter the vault passphrase to open the register."
            )
        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase_edit.setObjectName("unlockPassphrase")
        self.passphrase_edit.setAccessibleName(
            QCoreApplication.translate("UnlockDialog", "Passphrase")
        )
        self.passphrase_edit.setPlaceholderText(
            QCoreApplication.translate("UnlockDialog", "Passphrase")
        )
        self.passphrase_edit.setVisible(self.mode is not KeyMode.KEYRING)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(QCoreApplication.translate("UnlockDialog", "Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        # made the default by _show_unlock_page, once in the dialog: the dialog then keeps it
        # the default when Tab has passed over another button
        self.unlock_button.clicked.connect(self.unlock)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.unlock_button)
        if self.mode is KeyMode.KEYRING:
            row.insertStretch(0, 1)
        self.message_label = QLabel()
        self.message_label.setObjectName("unlockMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("unlockCountdown")
        self.countdown_label.setStyleSheet(HINT_STYLE)
        self.countdown_label.hide()
        self.recovery_link = _link_button(
            QCoreApplication.translate("UnlockDialog", "Use recovery key…"), "useRecoveryKey"
        )
        self.recovery_link.clicked.connect(self._show_recovery_page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro_label)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.recovery_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(
            QCoreApplication.translate(
                "UnlockDialog",
                "Type the recovery key from the sheet you printed or saved when the vault was "
                "created (upper or lower case; dashes are optional).",
            )
        )
        explain.setWordWrap(True)
        self.recovery_edit = QLineEdit(placeholderText=RECOVERY_PLACEHOLDER)
        self.recovery_edit.setObjectName("recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.15)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.recovery_edit.setFont(mono)
        self.recovery_edit.setMinimumWidth(
            self.recovery_edit.fontMetrics().horizontalAdvance(RECOVERY_PLACEHOLDER) + 24
        )
        self.switch_check = QCheckBox(
            QCoreApplication.translate(
                "UnlockDialog", "Protect the vault with a passphrase from now on"
            )
        )
        self.switch_check.setObjectName("switchToPassphrase")
        self.new_passphrase = NewPassphraseFields()
        if self.mode is KeyMode.PASSPHRASE:
            self.switch_check.hide()
            intro = QCoreApplication.translate(
                "UnlockDialog", "Then choose a new passphrase (the old one stops working):"
            )
        else:
            intro = QCoreApplication.translate("UnlockDialog", "Choose the passphrase:")
            problem = keyring_problem() if self.mode is KeyMode.KEYRING else None
            if problem is not None:  # the key cannot go back into a keyring
                self.switch_check.setChecked(True)
                self.switch_check.setEnabled(False)
                self.switch_check.setToolTip(problem)
        self.passphrase_intro = QLabel(intro)
        self.switch_check.toggled.connect(self._update_recovery_fields)
        self.recover_button = QPushButton(
            QCoreApplication.translate("UnlockDialog", "Recover and unlock")
        )
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.clicked.connect(self.recover)
        self.recovery_edit.returnPressed.connect(self._recovery_return)
        self.recovery_message = QLabel()
        self.recovery_message.setObjectName("recoveryMessage")
        self.recovery_message.setWordWrap(True)
        self.recovery_message.setStyleSheet(ERROR_STYLE)
        self.recovery_message.hide()
        back = (
            QCoreApplication.translate("UnlockDialog", "← Back to the passphrase")
            if self.mode is KeyMode.PASSPHRASE
            else QCoreApplication.translate("UnlockDialog", "← Back")
        )
        self.back_link = _link_button(back, "backToUnlock")
        self.back_link.clicked.connect(self._show_unlock_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_link)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(explain)
        layout.addWidget(self.recovery_edit)
        layout.addWidget(self.switch_check)
        layout.addWidget(self.passphrase_intro)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.recovery_message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._update_recovery_fields()
        return page

    # -- unlocking --------------------------------------------------------------------------

    def unlock(self) -> None:
        """Unlock with the passphrase typed (or the keyring); the field is cleared at once."""
        if self._busy or self._retry_remaining_ms > 0 or self._header is None:
            return
        if self.mode is KeyMode.KEYRING:
            self._start(lambda: open_vault(self.data_dir, self._clock))
            return
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        if not passphrase:
            self.show_error(QCoreApplication.translate("UnlockDialog", "Enter the passphrase."))
            return
        unlock = Unlock(passphrase=passphrase)
        del passphrase
        self._start(lambda: open_vault(self.data_dir, self._clock, unlock))

    def recover(self) -> None:
        """Unlock with the recovery key, then put the key back where daily unlocking finds it."""
        if self._busy or self._retry_remaining_ms > 0 or self._header is None:
            return
        recovery_key = self.recovery_edit.text().strip()
        if not recovery_key:
            self.show_error(QCoreApplication.translate("UnlockDialog", "Type the recovery key."))
            return
        new_passphrase: str | None = None
        if self._needs_new_passphrase():
            problem = self.new_passphrase.problem()
            if problem is not None:
                self.show_error(problem)
                return
            new_passphrase = self.new_passphrase.first_edit.text()
        self.new_passphrase.clear()
        clock, data_dir, user = self._clock, self.data_dir, current_user()

        def work() -> Vault:
            from dsr_desk.services.audit import record_event
            from dsr_desk.storage.unit_of_work import SqlUnitOfWork

            vault = recover_vault(data_dir, clock, recovery_key, new_passphrase=new_passphrase)
            try:
                record_event(
                    SqlUnitOfWork(vault.session_factory, clock, user),
                    "vault.recovered",
                    mode=vault.mode.value,
                )
            except BaseException:
                vault.close()
                raise
            return vault

        self._start(work)

    def _start(self, work: Callable[[], Vault]) -> None:
        self._set_busy(True)
        run_vault_job(work, self._unlocked, self._failed)

    def _unlocked(self, vault: Vault) -> None:
        self._set_busy(False)
        self.vault = vault
        self.recovery_edit.clear()
        remember_unlocked(self.data_dir)
        self.accept()

    def _failed(self, problem: DsrError) -> None:
        self._set_busy(False)
        if isinstance(problem, VaultRefused):  # no secret opens it: the caller says why
            self.refused = problem
            self.reject()
            return
        recovering = self.pages.currentIndex() == 1
        if isinstance(problem, VaultLocked) and (recovering or self.mode is KeyMode.PASSPHRASE):
            # a wrong secret was typed: each new try waits longer
            self.failures += 1
            at = self._clock.now().astimezone()
            self.show_error(
                QCoreApplication.translate(
                    "UnlockDialog", "{problem} (attempt {failures}, {at:%H:%M})"
                ).format(problem=problem, failures=self.failures, at=at)
            )
            self._start_retry_delay()
        elif not recovering and self.mode is KeyMode.KEYRING:
            self.show_error(keyring_message(problem))
        else:
            self.show_error(str(problem))
        (self.recovery_edit if recovering else self.passphrase_edit).setFocus()

    # -- retry delay ------------------------------------------------------------------------

    def retry_delay_ms(self) -> int:
        """The wait after the latest failure: base, ×2 each time, capped."""
        if self.failures == 0:
            return 0
        return int(min(self.retry_base_ms * 2 ** (self.failures - 1), self.retry_max_ms))

    @property
    def is_waiting(self) -> bool:
        return self._retry_remaining_ms > 0

    def _start_retry_delay(self) -> None:
        self._retry_remaining_ms = self.retry_delay_ms()
        self._update_buttons()
        self._tick_display()
        self._retry_timer.start(min(1000, self._retry_remaining_ms))

    def _tick(self) -> None:
        self._retry_remaining_ms -= self._retry_timer.interval()
        if self._retry_remaining_ms <= 0:
            self._retry_remaining_ms = 0
            self.countdown_label.hide()
            self._update_buttons()
            return
        self._tick_display()
        self._retry_timer.start(min(1000, self._retry_remaining_ms))

    def _tick_display(self) -> None:
        seconds = math.ceil(self._retry_remaining_ms / 1000)
        self.countdown_label.setText(
            QCoreApplication.translate("UnlockDialog", "You can try again in {seconds} s.").format(
                seconds=seconds
            )
        )
        self.countdown_label.setVisible(self.pages.currentIndex() == 0)
        self.unlock_button.setText(
            QCoreApplication.translate("UnlockDialog", "Unlock ({seconds} s)").format(
                seconds=seconds
            )
        )
        self.recover_button.setText(
            QCoreApplication.translate("UnlockDialog", "Recover and unlock ({seconds} s)").format(
                seconds=seconds
            )
        )

    # -- states -----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.message_label.hide()
            self.recovery_message.hide()
            self.unlock_button.setText(QCoreApplication.translate("UnlockDialog", "Unlocking…"))
            self.recover_button.setText(QCoreApplication.translate("UnlockDialog", "Recovering…"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and self._retry_remaining_ms <= 0 and self._header is not None
        if ready:
            self.unlock_button.setText(QCoreApplication.translate("UnlockDialog", "Unlock"))
            self.recover_button.setText(
                QCoreApplication.translate("UnlockDialog", "Recover and unlock")
            )
        self.unlock_button.setEnabled(ready)
        self.recover_button.setEnabled(ready)
        for widget in (self.quit_button, self.recovery_link, self.back_link):
            widget.setEnabled(not self._busy)

    def show_error(self, message: str) -> None:
        label = self.recovery_message if self.pages.currentIndex() == 1 else self.message_label
        label.setText(message)
        label.show()

    def _show_unlock_page(self) -> None:
        self.pages.setCurrentIndex(0)
        self.recovery_message.hide()
        self.setWindowTitle(
            QCoreApplication.translate("UnlockDialog", "Unlock {app_name}").format(
                app_name=APP_NAME
            )
        )
        self.unlock_button.setDefault(True)
        if self.passphrase_edit.isVisibleTo(self):
            self.passphrase_edit.setFocus()

    def _show_recovery_page(self) -> None:
        self.pages.setCurrentIndex(1)
        self.message_label.hide()
        self.countdown_label.hide()
        self.setWindowTitle(
            QCoreApplication.translate("UnlockDialog", "Recover {app_name}").format(
                app_name=APP_NAME
            )
        )
        self.recover_button.setDefault(True)
        self.recovery_edit.setFocus()

    def _needs_new_passphrase(self) -> bool:
        return self.mode is KeyMode.PASSPHRASE or self.switch_check.isChecked()

    def _update_recovery_fields(self) -> None:
        needed = self._needs_new_passphrase()
        self.passphrase_intro.setVisible(needed)
        self.new_passphrase.setVisible(needed)

    def _recovery_return(self) -> None:
        if self._needs_new_passphrase():
            self.new_passphrase.first_edit.setFocus()
        else:
            self.recover()

    def reject(self) -> None:
        if self._busy:
            return  # a vault is being opened: wait for it (a moment), it is closed if unused
        super().reject()

    def done(self, result: int) -> None:
        self._retry_timer.stop()
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        self.new_passphrase.clear()
        super().done(result)

    def exec(self) -> int:
        """Modal run (as the app does); the dialog is then left to Qt to delete."""
        try:
            return super().exec()
        finally:
            retire_dialog(self)
