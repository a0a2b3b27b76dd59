"""Record how the requester's identity was checked. Minimisation (EDPB 01/2022 §79): no copy of
the document is needed; keep its kind and at most the last 4 characters of its number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from dsr_desk.domain.limits import MAX_NAME, MAX_REASON
from dsr_desk.domain.verification import (
    MAX_NUMBER_LAST_CHARS,
    VerificationMethod,
    VerificationOutcome,
)
from dsr_desk.ui.dialogs.request_action_dialog import RequestActionDialog, date_edit, date_of
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

METHOD_LABELS = {
    VerificationMethod.KNOWN_EMAIL: QT_TRANSLATE_NOOP(
        "IdentityCheckDialog", "Known e-mail address"
    ),
    VerificationMethod.ID_DOCUMENT: QT_TRANSLATE_NOOP("IdentityCheckDialog", "ID document"),
    VerificationMethod.IN_PERSON: QT_TRANSLATE_NOOP("IdentityCheckDialog", "In person"),
    VerificationMethod.OTHER: QT_TRANSLATE_NOOP("IdentityCheckDialog", "Other"),
}
OUTCOME_LABELS = {
    VerificationOutcome.VERIFIED: QT_TRANSLATE_NOOP(
        "IdentityCheckDialog", "Verified — identity confirmed"
    ),
    VerificationOutcome.FAILED: QT_TRANSLATE_NOOP(
        "IdentityCheckDialog", "Failed — identity not confirmed"
    ),
}
DOCUMENT_KINDS = (
    QT_TRANSLATE_NOOP("IdentityCheckDialog", "national identity card"),
    QT_TRANSLATE_NOOP("IdentityCheckDialog", "passport"),
    QT_TRANSLATE_NOOP("IdentityCheckDialog", "residence permit"),
    QT_TRANSLATE_NOOP("IdentityCheckDialog", "driving licence"),
)
NUMBER_CHARS = MAX_NUMBER_LAST_CHARS  # the domain's minimisation rule, as the field's limit


@dataclass(frozen=True)
class IdentityCheckValues:
    method: VerificationMethod
    document_kind: str | None
    number_last_chars: str | None
    checked_by: str
    checked_on: date
    outcome: VerificationOutcome
    note: str


class IdentityCheckDialog(RequestActionDialog):
    def __init__(
        self,
        reference: str,
        *,
        user: str,
        received_on: date,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate(
                "IdentityCheckDialog", "Identity check — {reference}"
            ).format(reference=reference),
            QCoreApplication.translate("IdentityCheckDialog", "Record the check"),
            parent,
        )
        self.intro.setText(
            QCoreApplication.translate(
                "IdentityCheckDialog",
                "Record how the identity was checked. Keep no copy of the document: its kind and "
                "at most the last 4 characters of its number are enough.",
            )
        )
        # Nothing chosen when the dialog opens (the placeholder shows): recording a check
        # takes two deliberate choices, never one click on OK.
        self.method = QComboBox()
        for method, label in METHOD_LABELS.items():
            self.method.addItem(
                QCoreApplication.translate("IdentityCheckDialog", label), method.value
            )
        self.method.setPlaceholderText(
            QCoreApplication.translate("IdentityCheckDialog", "Choose how it was checked")
        )
        self.method.setCurrentIndex(-1)
        self.document_kind = QComboBox()
        self.document_kind.setEditable(True)
        self.document_kind.addItems(
            [
                "",
                *(
                    QCoreApplication.translate("IdentityCheckDialog", kind)
                    for kind in DOCUMENT_KINDS
                ),
            ]
        )
        self.document_kind.setCurrentIndex(0)
        line = self.document_kind.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                QCoreApplication.translate("IdentityCheckDialog", "e.g. passport")
            )
            line.setMaxLength(MAX_NAME)
        self.number = QLineEdit()
        self.number.setMaxLength(NUMBER_CHARS)
        self.number.setPlaceholderText(
            QCoreApplication.translate("IdentityCheckDialog", "last 4 characters, e.g. 4821")
        )
        self.checked_by = QLineEdit(user)
        self.checked_by.setMaxLength(MAX_NAME)
        self.checked_on = date_edit(today, minimum=received_on, maximum=today)
        self.outcome = QComboBox()
        for outcome, label in OUTCOME_LABELS.items():
            self.outcome.addItem(
                QCoreApplication.translate("IdentityCheckDialog", label), outcome.value
            )
        self.outcome.setPlaceholderText(
            QCoreApplication.translate("IdentityCheckDialog", "Choose the result")
        )
        self.outcome.setCurrentIndex(-1)
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_REASON)
        self.note.setPlaceholderText(QCoreApplication.translate("IdentityCheckDialog", "optional"))
        self.form.addRow(QCoreApplication.translate("IdentityCheckDialog", "Method:"), self.method)
        self.form.addRow(
            QCoreApplication.translate("IdentityCheckDialog", "Document kind:"), self.document_kind
        )
        self.form.addRow(
            QCoreApplication.translate("IdentityCheckDialog", "Number ending:"), self.number
        )
        self.form.addRow(
            QCoreApplication.translate("IdentityCheckDialog", "Checked by:"), self.checked_by
        )
        self.form.addRow(
            QCoreApplication.translate("IdentityCheckDialog", "Checked on:"), self.checked_on
        )
        self.form.addRow(QCoreApplication.translate("IdentityCheckDialog", "Result:"), self.outcome)
        self.form.addRow(QCoreApplication.translate("IdentityCheckDialog", "Note:"), self.note)
        self.method.currentIndexChanged.connect(self.revalidate)
        self.outcome.currentIndexChanged.connect(self.revalidate)
        self.document_kind.currentTextChanged.connect(self.revalidate)
        self.number.textChanged.connect(self.revalidate)
        self.checked_by.textChanged.connect(self.revalidate)
        self.revalidate()

    def _method(self) -> VerificationMethod | None:
        data = self.method.currentData()
        return None if data is None else VerificationMethod(data)

    def _outcome(self) -> VerificationOutcome | None:
        data = self.outcome.currentData()
        return None if data is None else VerificationOutcome(data)

    def problem(self) -> str | None:
        if self._method() is None:
            return QCoreApplication.translate(
                "IdentityCheckDialog", "Choose how the identity was checked."
            )
        if self._outcome() is None:
            return QCoreApplication.translate(
                "IdentityCheckDialog", "Choose the result of the check."
            )
        if self._method() is VerificationMethod.ID_DOCUMENT and not self._document_kind():
            return QCoreApplication.translate(
                "IdentityCheckDialog", "Say which kind of ID document was checked."
            )
        if len(self.number.text().strip()) > NUMBER_CHARS:
            return QCoreApplication.translate(
                "IdentityCheckDialog",
                "Keep at most the last {number_chars} characters of the document number.",
            ).format(number_chars=NUMBER_CHARS)
        if not self.checked_by.text().strip():
            return QCoreApplication.translate(
                "IdentityCheckDialog", "Say who checked the identity."
            )
        return None

    def _document_kind(self) -> str | None:
        return self.document_kind.currentText().strip() or None

    def values(self) -> IdentityCheckValues:
        method, outcome = self._method(), self._outcome()
        assert method is not None  # OK is disabled until both are chosen
        assert outcome is not None
        return IdentityCheckValues(
            method=method,
            document_kind=self._document_kind(),
            number_last_chars=self.number.text().strip() or None,
            checked_by=self.checked_by.text().strip(),
            checked_on=date_of(self.checked_on),
            outcome=outcome,
            note=self.note.text().strip(),
        )
