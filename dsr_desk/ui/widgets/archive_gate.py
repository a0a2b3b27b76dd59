"""The closed-objection archive in the request file: a gate asking why the record is consulted
(the reason goes to the audit log), and the banner shown on the read-only record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from dsr_desk.domain.limits import MAX_REASON
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.widgets.labels import MUTED, plain_label

ARCHIVE_STYLE = "background:#f1f3f4; color:#3c4043; border:1px solid #c6c9cc; border-radius:4px;"
BANNER_TEXT = QT_TRANSLATE_NOOP(
    "ArchiveGate",
    "Archive only: this closed objection record is kept as proof that the objection is "
    "honoured. It is read-only; only the outcome letter and new correspondence from the "
    "requester can still be added (a new contact restarts the retention clock).",
)


class ArchiveGate(QFrame):
    """Shown instead of the record: one line of reason, then ``consult_requested(reason)``."""

    consult_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveGate")
        self.setStyleSheet(f"QFrame#archiveGate {{ {ARCHIVE_STYLE} }}")
        title = plain_label(
            QCoreApplication.translate("ArchiveGate", "Restricted archive"), selectable=False
        )
        title.setStyleSheet("font-size:13pt; font-weight:600; border:none;")
        text = plain_label(
            QCoreApplication.translate(
                "ArchiveGate",
                "This is a closed objection record, kept only as proof that the objection is "
                "honoured. Its content is restricted: say why you need to consult it (for example "
                "a new request from the same person, or a complaint). Your reason is recorded in "
                "the audit log.",
            ),
            selectable=False,
        )
        text.setStyleSheet("border:none;")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("archiveReasonEdit")
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate("ArchiveGate", "Reason for consulting this record")
        )
        self.reason_edit.setClearButtonEnabled(True)
        self.consult_button = QPushButton(
            QCoreApplication.translate("ArchiveGate", "Consult the record")
        )
        self.consult_button.setObjectName("archiveConsultButton")
        self.consult_button.setEnabled(False)
        self.error = plain_label(selectable=False)
        self.error.setStyleSheet("color:#b3261e; border:none;")
        self.error.hide()
        hint = plain_label(
            QCoreApplication.translate("ArchiveGate", "Press Enter to consult."), selectable=False
        )
        hint.setStyleSheet(MUTED + " border:none;")

        row = QHBoxLayout()
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.consult_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.reason_edit.textChanged.connect(self._changed)
        self.reason_edit.returnPressed.connect(self._consult)
        self.consult_button.clicked.connect(self._consult)

    def _changed(self, text: str) -> None:
        self.consult_button.setEnabled(bool(text.strip()))
        self.error.hide()

    def _consult(self) -> None:
        reason = self.reason_edit.text().strip()
        if reason:
            self.consult_button.setEnabled(False)
            self.consult_requested.emit(reason)

    def failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.consult_button.setEnabled(bool(self.reason_edit.text().strip()))

    def reset(self) -> None:
        self.reason_edit.clear()
        self.error.hide()


def archive_banner() -> QWidget:
    banner = plain_label(QCoreApplication.translate("ArchiveGate", BANNER_TEXT), selectable=False)
    banner.setObjectName("archiveBanner")
    banner.setStyleSheet(ARCHIVE_STYLE + " padding:6px 10px;")
    return banner
