"""Restore a backup (File → Restore…): what the backup is, what is lost, and the key.

The dialog only asks: which backup (chosen before it opens; its manifest read at once), and
its recovery key — or, for a vault that had one, its passphrase. The restore itself (the
whole backup checked, unpacked, opened, purges applied again, then swapped in) runs after
the vault is locked (``ui.app.DsrDeskApp.restore``), so nothing of the replaced vault stays
on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.storage.backup import BackupInfo
from dsr_desk.storage.vault import Unlock
from dsr_desk.ui.dialogs.unlock_dialog import RECOVERY_PLACEHOLDER
from dsr_desk.ui.sizes import data_size
from dsr_desk.ui.widgets.vault_styles import ERROR_STYLE, HINT_STYLE


class RestoreDialog(QDialog):
    """Confirm a restore and give the backup's key; ``unlock`` once accepted."""

    def __init__(self, backup: BackupInfo, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backup = backup
        self.unlock: Unlock | None = None
        layout = QVBoxLayout(self)
        day = backup.created_on
        summary = QLabel(
            self.tr(
                "Backup of {day}: {documents}, {size}.\n"
                "It replaces the vault in {folder}: everything recorded after {day} is lost. "
                "Purges and anonymisations made since are applied again."
            ).format(
                day=f"{day[8:10]}/{day[5:7]}/{day[0:4]}",
                documents=self.tr("1 document")
                if backup.documents == 1
                else self.tr("{count} documents").format(count=backup.documents),
                size=data_size(backup.size),
                folder=data_dir,
            )
        )
        summary.setObjectName("restoreSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)

        self.by_recovery_key = QRadioButton(self.tr("With its recovery key"))
        self.by_recovery_key.setObjectName("byRecoveryKey")
        self.by_passphrase = QRadioButton(self.tr("With the passphrase it had"))
        self.by_passphrase.setObjectName("byPassphrase")
        self.by_recovery_key.setChecked(True)
        has_passphrase = backup.key_mode == "passphrase"
        self.by_passphrase.setVisible(has_passphrase)
        self.by_recovery_key.setVisible(has_passphrase)
        if not has_passphrase:
            hint = QLabel(
                self.tr(
                    "This backup is of a vault that opened with its computer's keyring: its "
                    "recovery key opens it."
                )
            )
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            layout.addWidget(hint)
        layout.addWidget(self.by_recovery_key)
        layout.addWidget(self.by_passphrase)
        self.secret = QLineEdit()
        self.secret.setObjectName("restoreSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(RECOVERY_PLACEHOLDER)
        self.secret.setAccessibleName(self.tr("Recovery key or passphrase"))
        layout.addWidget(self.secret)
        self.by_passphrase.toggled.connect(self._kind_changed)

        self.error = QLabel()
        self.error.setObjectName("restoreError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Replace the vault"))
        self.restore_button.setObjectName("restoreButton")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def _kind_changed(self, passphrase: bool) -> None:
        self.secret.clear()
        self.secret.setPlaceholderText("" if passphrase else RECOVERY_PLACEHOLDER)

    def _accept(self) -> None:
        secret = self.secret.text().strip()
        if not secret:
            self.error.setText(
                self.tr("Type the passphrase.")
                if self.by_passphrase.isChecked()
                else self.tr("Type the recovery key.")
            )
            self.error.show()
            return
        self.unlock = (
            Unlock(passphrase=self.secret.text())
            if self.by_passphrase.isChecked()
            else Unlock(recovery_key=secret)
        )
        self.secret.clear()
        self.accept()
