"""Who a request concerns and who handles it, changed after saving: correcting the requester's
details (name, e-mail, postal address, language) and reassigning the request.

Both have the shape of the request-file dialogs (``request_action_dialog``): OK stays disabled
until something changed, the request file runs the service (``services.requests.edit_requester``
or ``assign``) and the dialog keeps what was typed when the rules refuse; Escape with something
typed asks first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dsr_desk.domain import limits
from dsr_desk.read_models import RequestDetail
from dsr_desk.ui.dialogs.request_action_dialog import RequestActionDialog
from dsr_desk.ui.text_limits import cap_plain_text
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("RequesterDialog", "French"),
    "en": QT_TRANSLATE_NOOP("RequesterDialog", "English"),
}


@dataclass(frozen=True)
class RequesterValues:
    """What changed (None: left as it was; an empty e-mail: none known)."""

    name: str | None = None
    email: str | None = None
    address: str | None = None
    language: str | None = None


class RequesterDialog(RequestActionDialog):
    """Correct the requester's details as typed wrong; on their other requests too."""

    def __init__(self, detail: RequestDetail, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RequesterDialog", "Requester of {reference}").format(
                reference=detail.reference
            ),
            QCoreApplication.translate("RequesterDialog", "Save the corrections"),
            parent,
        )
        self._before = RequesterValues(
            detail.requester_name,
            detail.requester_email or "",
            detail.requester_address,
            detail.requester_language,
        )
        self.intro.setText(
            QCoreApplication.translate(
                "RequesterDialog",
                "Correct what was typed wrong. The letters use these details; the requester's "
                "other requests show them too. The audit log records which details changed, "
                "not their values.",
            )
        )
        self.name = QLineEdit(detail.requester_name)
        self.name.setObjectName("requesterName")
        self.name.setMaxLength(limits.MAX_NAME)
        self.email = QLineEdit(detail.requester_email or "")
        self.email.setObjectName("requesterEmail")
        self.email.setMaxLength(limits.MAX_EMAIL)
        self.email.setPlaceholderText(QCoreApplication.translate("RequesterDialog", "None known"))
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText(
            QCoreApplication.translate("RequesterDialog", "Street, postcode and town, for letters")
        )
        self.address.setObjectName("requesterAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        cap_plain_text(self.address, limits.MAX_ADDRESS)
        self.address.setPlainText(detail.requester_address)
        self.language = QComboBox()
        self.language.setObjectName("requesterLanguage")
        for code, label in LANGUAGES.items():
            self.language.addItem(QCoreApplication.translate("RequesterDialog", label), code)
        self.language.setCurrentIndex(max(self.language.findData(detail.requester_language), 0))
        for label, field in (
            (QCoreApplication.translate("RequesterDialog", "&Name:"), self.name),
            (QCoreApplication.translate("RequesterDialog", "&E-mail:"), self.email),
            (QCoreApplication.translate("RequesterDialog", "Postal &address:"), self.address),
            (QCoreApplication.translate("RequesterDialog", "&Language of letters:"), self.language),
        ):
            self.form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.name.textChanged.connect(self.revalidate)
        self.email.textChanged.connect(self.revalidate)
        self.address.textChanged.connect(self.revalidate)
        self.language.currentIndexChanged.connect(self.revalidate)
        self.revalidate()
        self.name.setFocus()

    def values(self) -> RequesterValues:
        """Only what differs from the request as it was shown."""
        name = " ".join(self.name.text().split())
        email = self.email.text().strip()
        address = self.address.toPlainText().strip()
        language = str(self.language.currentData())
        before = self._before
        return RequesterValues(
            name=name if name != before.name else None,
            email=email if email != before.email else None,
            address=address if address != (before.address or "").strip() else None,
            language=language if language != before.language else None,
        )

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return QCoreApplication.translate("RequesterDialog", "The name is required.")
        if self.values() == RequesterValues():
            return QCoreApplication.translate("RequesterDialog", "Nothing changed yet.")
        return None


class AssignDialog(RequestActionDialog):
    """Give the request to another person of the office (empty: nobody). ``users``: the names
    it may be given to (``RequestFile.assignees``), offered as the name is typed and the only
    ones OK accepts, as the service does; empty: any name (a one-person workstation)."""

    def __init__(
        self,
        detail: RequestDetail,
        *,
        user: str,
        users: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AssignDialog", "Reassign {reference}").format(
                reference=detail.reference
            ),
            QCoreApplication.translate("AssignDialog", "Reassign"),
            parent,
        )
        self._before = detail.assignee or ""
        self._users = tuple(users)
        self.intro.setText(
            QCoreApplication.translate(
                "AssignDialog",
                "Who handles this request now. It shows under “Mine” in their register. "
                "Leave the name empty when nobody does yet.",
            )
        )
        self.assignee = QLineEdit(self._before)
        self.assignee.setObjectName("assigneeEdit")
        self.assignee.setMaxLength(limits.MAX_NAME)
        self.assignee.setPlaceholderText(
            QCoreApplication.translate("AssignDialog", "One of the users")
            if self._users
            else QCoreApplication.translate("AssignDialog", "A colleague's name")
        )
        if self._users:  # the users offered as the name is typed
            completer = QCompleter(list(self._users), self.assignee)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.assignee.setCompleter(completer)
        self.assignee.setAccessibleName(QCoreApplication.translate("AssignDialog", "Assigned to"))
        self.me_button = QPushButton(
            QCoreApplication.translate("AssignDialog", "&Me ({user})").format(user=user)
        )
        self.me_button.setObjectName("assignToMe")
        self.me_button.setAutoDefault(False)
        self.me_button.clicked.connect(lambda: self.assignee.setText(user))
        row = QHBoxLayout()
        row.addWidget(self.assignee, 1)
        row.addWidget(self.me_button)
        label = QLabel(QCoreApplication.translate("AssignDialog", "&Assigned to:"))
        label.setBuddy(self.assignee)
        self.form.addRow(label, row)
        self.assignee.textChanged.connect(self.revalidate)
        self.revalidate()
        self.assignee.setFocus()

    def value(self) -> str:
        return " ".join(self.assignee.text().split())

    def problem(self) -> str | None:
        value = self.value()
        if value == self._before:
            return QCoreApplication.translate(
                "AssignDialog", "Type the name of whoever handles it now."
            )
        if self._users and value and value not in self._users:
            return QCoreApplication.translate(
                "AssignDialog", "Choose one of the users: {names}."
            ).format(names=", ".join(self._users))
        return None
