"""The dialog for an error nobody expected: what happened in words, "Copy details" (the same
text as the log: version, platform, where it happened — never the error's message, which may
quote a requester's data)."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk import APP_NAME, __version__
from dsr_desk.logs import describe_exception


def error_details(error: BaseException) -> str:
    """What "Copy details" copies: no message, no data."""
    return (
        f"{APP_NAME} {__version__} — Python {platform.python_version()} — "
        f"{platform.system()} {platform.release()}\n{describe_exception(error)}"
    )


class ErrorDialog(QDialog):
    def __init__(
        self, error: BaseException, log_file: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("%1 — unexpected error").replace("%1", APP_NAME))
        self.details = error_details(error)
        summary = self.tr(
            "Something went wrong (%1). What you saved before is safe: each change is saved "
            "whole or not at all. You can go on working; if it happens again, copy the details "
            "and send them to your IT support."
        ).replace("%1", type(error).__name__)
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(summary, self)
        self.summary_label.setObjectName("errorSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        if log_file is not None:
            where = QLabel(
                self.tr("The details are also in the log file: %1").replace("%1", str(log_file)),
                self,
            )
            where.setObjectName("errorLogFile")
            where.setWordWrap(True)
            layout.addWidget(where)
        self.details_view = QPlainTextEdit(self.details, self)
        self.details_view.setObjectName("errorDetails")
        self.details_view.setReadOnly(True)
        self.details_view.setMinimumHeight(140)
        layout.addWidget(self.details_view)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))
