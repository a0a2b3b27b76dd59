"""Settings → Vault → "Change passphrase or key…": a new passphrase, a key rotation, or both.

A new passphrase alone only rewrites the header, so an old copy of ``vault.json`` would still
open the vault with the old passphrase; rotating the key as well (offered, ticked by default)
makes every old copy useless. A rotation issues a new recovery key: it is shown first, and the
rotation starts only once the user says it is stored. The work runs on the DB worker
(``storage.key_rotation``): a busy indicator while the database is re-encrypted (one
statement, no progress to show), then the progress of the document keys being re-wrapped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.errors import DsrError, VaultLocked
from dsr_desk.storage.key_wrapping import new_recovery_key
from dsr_desk.storage.vault_header import KeyMode
from dsr_desk.ui.ops import CancelToken, Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.passphrase_fields import NewPassphraseFields
from dsr_desk.ui.widgets.vault_styles import ERROR_STYLE

# -- worker side ---------------------------------------------------------------------------


def change_passphrase_job(session: AppSession, current: str, new: str) -> None:
    """Runs on the DB worker: the same key under a new passphrase (audited)."""
    from dsr_desk.services import audit as audit_service
    from dsr_desk.storage.key_rotation import change_passphrase

    if session.vault is None:
        raise VaultLocked(QCoreApplication.translate("KeyChangeDialog", "DSR Desk is locked."))
    change_passphrase(session.vault, current, new)
    audit_service.record_event(session.uow(), "vault.passphrase_changed")


def rotate_key_job(
    session: AppSession,
    recovery_key: str,
    current: str | None,
    new: str | None,
    cancel: CancelToken | None = None,
) -> None:
    """Runs on the DB worker: a new database key (``storage.key_rotation.rotate_key``)."""
    from dsr_desk.services import audit as audit_service
    from dsr_desk.storage.key_rotation import check_passphrase, rotate_key

    vault = session.vault
    if vault is None:
        raise VaultLocked(QCoreApplication.translate("KeyChangeDialog", "DSR Desk is locked."))
    if vault.mode is KeyMode.PASSPHRASE:
        if current is None:
            raise VaultLocked(
                QCoreApplication.translate("KeyChangeDialog", "Enter the current passphrase.")
            )
        check_passphrase(vault.header, vault.database_key, current)
    keep = new if new is not None else current
    rotate_key(vault, session.clock, recovery_key=recovery_key, passphrase=keep, progress=cancel)
    audit_service.record_event(
        session.uow(), "vault.rekeyed", mode=vault.mode.value, new_passphrase=new is not None
    )


# -- the dialog ----------------------------------------------------------------------------


class KeyChangeDialog(QDialog):
    """Choose what to change; then (rotation) see the new recovery key; then the work."""

    changed = Signal(str)  # what was done, for the settings page's status line

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyChangeDialog")
        self._session, self._ops = session, ops
        vault = session.vault
        self.mode = vault.mode if vault is not None else KeyMode.KEYRING
        self._recovery_key: str | None = None
        passphrase_mode = self.mode is KeyMode.PASSPHRASE
        self.setWindowTitle(
            self.tr("Change passphrase or key") if passphrase_mode else self.tr("Rotate the key")
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choice_page(passphrase_mode))
        self.pages.addWidget(self._build_recovery_page())
        self.message_label = QLabel()
        self.message_label.setObjectName("keyChangeMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.buttons = QDialogButtonBox()
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("keyChangeContinue")
        self.continue_button.clicked.connect(self.go_on)
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._update()

    def _build_choice_page(self, passphrase_mode: bool) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.current_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current_edit.setObjectName("currentPassphrase")
        self.new_check = QCheckBox(self.tr("Choose a new passphrase"))
        self.new_check.setObjectName("chooseNewPassphrase")
        self.fields = NewPassphraseFields()
        self.rotate_check = QCheckBox(
            self.tr(
                "Also rotate the key: old copies of vault.json stop opening the vault, "
                "and a new recovery key replaces the current one"
            )
        )
        self.rotate_check.setObjectName("rotateKey")
        self.rotate_check.setChecked(True)
        if passphrase_mode:
            form = QFormLayout()
            form.addRow(self.tr("Current passphrase"), self.current_edit)
            layout.addLayout(form)
            layout.addWidget(self.new_check)
            layout.addWidget(self.fields)
        else:
            intro = QLabel(
                self.tr(
                    "A new key replaces the vault key in this computer's keyring: old copies "
                    "of vault.json stop opening the vault, and a new recovery key replaces "
                    "the current one."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.rotate_check.setEnabled(False)
            self.current_edit.hide()
            self.new_check.hide()
        self.fields.setVisible(False)
        layout.addWidget(self.rotate_check)
        self.current_edit.textChanged.connect(self._update)
        self.new_check.toggled.connect(self._update)
        self.rotate_check.toggled.connect(self._update)
        self.fields.changed.connect(self._update)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Your NEW recovery key. The current one stops working once the key is rotated: "
                "write this one down or print it now, and keep it locked away."
            )
        )
        intro.setWordWrap(True)
        self.recovery_label = QLabel()
        self.recovery_label.setObjectName("newRecoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(16)
        font.setWeight(QFont.Weight.Bold)
        self.recovery_label.setFont(font)
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stored_check = QCheckBox(self.tr("I have stored the new recovery key safely"))
        self.stored_check.setObjectName("newRecoveryStored")
        self.stored_check.toggled.connect(self._update)
        layout.addWidget(intro)
        layout.addWidget(self.recovery_label)
        layout.addWidget(self.stored_check)
        return page

    # -- state --------------------------------------------------------------------------

    def _problem(self) -> str | None:
        if self.mode is not KeyMode.PASSPHRASE:
            return None
        if not self.current_edit.text():
            return self.tr("Enter the current passphrase.")
        if self.new_check.isChecked():
            return self.fields.problem()
        if not self.rotate_check.isChecked():
            return self.tr("Choose a new passphrase, or rotate the key, or both.")
        return None

    def _update(self) -> None:
        self.fields.setVisible(self.new_check.isChecked())
        if self.pages.currentIndex() == 0:
            self.continue_button.setEnabled(self._problem() is None)
            rotating = self.rotate_check.isChecked()
            self.continue_button.setText(
                self.tr("Continue") if rotating else self.tr("Change passphrase")
            )
        else:
            self.continue_button.setEnabled(self.stored_check.isChecked())
            self.continue_button.setText(self.tr("Rotate the key now"))

    def show_error(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    # -- actions ------------------------------------------------------------------------

    def go_on(self) -> None:
        if self._problem() is not None:
            return
        if self.pages.currentIndex() == 0 and self.rotate_check.isChecked():
            self._recovery_key = new_recovery_key()
            self.recovery_label.setText(self._recovery_key)
            self.pages.setCurrentIndex(1)
            self.message_label.hide()
            self._update()
            return
        current = self.current_edit.text() if self.mode is KeyMode.PASSPHRASE else None
        new = self.fields.first_edit.text() if self.new_check.isChecked() else None
        self.continue_button.setEnabled(False)
        if self._recovery_key is None:
            assert current is not None  # _problem() said so
            assert new is not None
            self._ops.run(
                change_passphrase_job,
                self._session,
                current,
                new,
                on_done=lambda _r: self._done(self.tr("Passphrase changed.")),
                on_error=self._failed,
                busy_text=self.tr("Changing the passphrase…"),
                parent=self,
            )
            return
        self._ops.run(
            rotate_key_job,
            self._session,
            self._recovery_key,
            current,
            new,
            on_done=lambda _r: self._done(self.tr("The vault key was rotated.")),
            on_error=self._failed,
            busy_text=self.tr(
                "Rotating the vault key: the database is re-encrypted, then each document's "
                "key is re-wrapped…"
            ),
            parent=self,
            cancel=CancelToken(can_cancel=False),
        )

    def _done(self, text: str) -> None:
        self.current_edit.clear()
        self.fields.clear()
        self.changed.emit(text)
        self.accept()

    def _failed(self, problem: DsrError) -> None:
        self._update()
        self.show_error(str(problem))
