"""The vault was refused (its database missing, empty, damaged, or not matching the audit
anchor): say why, and name the ways back. Nothing was changed; the app then quits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dsr_desk import APP_NAME
from dsr_desk.domain.errors import VaultRefused
from dsr_desk.ui.dialog_lifetime import retire_dialog
from dsr_desk.ui.widgets.vault_styles import ERROR_STYLE


class VaultRefusedDialog(QDialog):
    """Why the vault was refused, and the recovery options."""

    def __init__(self, problem: VaultRefused, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vaultRefusedDialog")
        self.setWindowTitle(self.tr("{app}: the vault was refused").format(app=APP_NAME))
        self.setModal(True)
        self.setMinimumWidth(560)
        title = QLabel(self.tr("The register cannot be opened safely"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        self.problem_label = QLabel(str(problem))
        self.problem_label.setObjectName("vaultRefusedProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.options_label = QLabel(
            self.tr(
                "Nothing was changed. What you can do:\n"
                "• Restore the whole data folder from your latest backup: the database "
                "(dsr-desk.db), vault.json and audit-anchor.json together.\n"
                "• If the database file was only moved or renamed, put it back in the data "
                "folder as dsr-desk.db.\n"
                "• Then check the register with `dsr-desk audit verify`.\n"
                "• Do not create a new vault in this folder: keep it as it is for whoever "
                "looks into what happened."
            )
        )
        self.options_label.setObjectName("vaultRefusedOptions")
        self.options_label.setWordWrap(True)
        folder = QLabel(self.tr("Data folder: {folder}").format(folder=data_dir))
        folder.setWordWrap(True)
        self.quit_button = QPushButton(self.tr("Quit {app}").format(app=APP_NAME))
        self.quit_button.setObjectName("vaultRefusedQuit")
        self.quit_button.setDefault(True)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (title, self.problem_label, self.options_label, folder):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def exec(self) -> int:
        """Modal run; the dialog is then left to Qt to delete."""
        try:
            return super().exec()
        finally:
            retire_dialog(self)


def show_vault_refused(
    problem: VaultRefused, data_dir: Path, parent: QWidget | None = None
) -> None:
    VaultRefusedDialog(problem, data_dir, parent).exec()
