"""The form of the new-request dialog: its fields, how they are laid out, read and validated.

``NewRequestFields`` is the base of ``NewRequestDialog`` (``new_request_dialog``), which adds
the e-mail, the duplicate hints and saving; the dialog's ``__init__`` sets the state read here.
Whatever comes from an e-mail is shown as plain text, never rich text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain import limits
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.request_actions import capacity_blocker
from dsr_desk.domain.requesters import CIVILITIES, normalise_email
from dsr_desk.domain.requests import Capacity, Channel, RequestType
from dsr_desk.ui.dialogs.new_request_intake import RequestForm
from dsr_desk.ui.kind_words import type_label
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.text_limits import cap_plain_text
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.widgets.email_drop_zone import EmailDropZone, RelayoutLabel, relayout_label

GDPR_IN_APPLICATION = QDate(2018, 5, 25)

TYPE_ARTICLES = {  # the request types offered, each with its article of the GDPR
    RequestType.ACCESS: "15",
    RequestType.RECTIFICATION: "16",
    RequestType.ERASURE: "17",
    RequestType.RESTRICTION: "18",
    RequestType.PORTABILITY: "20",
    RequestType.OBJECTION: "21",
    RequestType.MARKETING_OPT_OUT: "21(2)",
    RequestType.CONSENT_WITHDRAWAL: "7(3)",
    RequestType.AUTOMATED_DECISION: "22(3)",
}


def type_choice(rtype: RequestType) -> str:
    """A type as offered: its one label everywhere (``kind_words``) and its article,
    "Erasure (Art. 17)"."""
    return QCoreApplication.translate("NewRequestForm", "{type} (Art. {article})").format(
        type=type_label(rtype.value), article=TYPE_ARTICLES[rtype]
    )


CHANNEL_LABELS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("NewRequestForm", "E-mail"),
    Channel.LETTER: QT_TRANSLATE_NOOP("NewRequestForm", "Letter"),
    Channel.FORM: QT_TRANSLATE_NOOP("NewRequestForm", "Web form"),
    Channel.PHONE: QT_TRANSLATE_NOOP("NewRequestForm", "Phone"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("NewRequestForm", "In person"),
    Channel.OTHER: QT_TRANSLATE_NOOP("NewRequestForm", "Other"),
}
LANGUAGE_LABELS = {
    "fr": QT_TRANSLATE_NOOP("NewRequestForm", "French"),
    "en": QT_TRANSLATE_NOOP("NewRequestForm", "English"),
}

_ERROR_STYLE = "background:#fbe9e7; color:#8c1d18; border:1px solid #e6b3ad; border-radius:4px;"
_HINT_STYLE = "background:#fff4e0; color:#5c3b00; border:1px solid #efc98a; border-radius:4px;"
_FIELD_ERROR_STYLE = "color:#b3261e;"
_FIELD_NOTE_STYLE = "color:#7a4f01;"


class NewRequestFields(QDialog):
    """The dialog's fields and messages; ``NewRequestDialog`` builds, connects and saves them."""

    # Set by NewRequestDialog.__init__ before the form is built.
    _session: AppSession
    _saving: bool
    _entities_loaded: bool
    _show_email_problem: bool
    _date_note: str | None

    # -- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.drop_zone = EmailDropZone()

        self.type_combo = QComboBox()
        self.type_combo.setPlaceholderText(QCoreApplication.translate("NewRequestForm", "Choose…"))
        for rtype in TYPE_ARTICLES:
            self.type_combo.addItem(type_choice(rtype), rtype.value)
        self.type_combo.setCurrentIndex(-1)

        today = self._today()
        self.received_edit = QDateEdit(today)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd/MM/yyyy")
        self.received_edit.setMinimumDate(GDPR_IN_APPLICATION)
        self.received_message = self._field_message()
        self.channel_combo = QComboBox()
        for channel, label in CHANNEL_LABELS.items():
            self.channel_combo.addItem(
                QCoreApplication.translate("NewRequestForm", label), channel.value
            )
        self.entity_combo = QComboBox()
        self.entity_combo.setPlaceholderText(
            QCoreApplication.translate("NewRequestForm", "Loading…")
        )
        self.entity_combo.setEnabled(False)

        self.name_edit = QLineEdit(
            placeholderText=QCoreApplication.translate("NewRequestForm", "First name and surname")
        )
        self.name_edit.setMaxLength(limits.MAX_NAME)
        # Who asks: the requester (who wrote) is the person concerned, or acts for them.
        self.capacity_combo = QComboBox()
        self.capacity_combo.setObjectName("capacityCombo")
        for capacity, label in (
            (Capacity.SELF, QCoreApplication.translate("NewRequestForm", "the person concerned")),
            (
                Capacity.REPRESENTATIVE,
                QCoreApplication.translate("NewRequestForm", "a representative"),
            ),
            (
                Capacity.GUARDIAN,
                QCoreApplication.translate("NewRequestForm", "a parent or guardian"),
            ),
            (Capacity.HEIR, QCoreApplication.translate("NewRequestForm", "an heir")),
        ):
            self.capacity_combo.addItem(label, capacity.value)
        self.capacity_combo.setToolTip(
            QCoreApplication.translate(
                "NewRequestForm",
                "Who wrote: the person the request concerns, or someone acting for them (a "
                "mandate or proof of capacity is needed before anything is disclosed). An heir "
                "may only have the death taken into account, the data updated, the accounts "
                "closed or further processing stopped (art. 85 II loi Informatique et Libertés).",
            )
        )
        # Several rights in one message: each logged as a request of its own, linked.
        self.also_button = QToolButton()
        self.also_button.setObjectName("alsoAskedButton")
        self.also_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # as wide as the fields around it: the tool button's own size hint leaves out its menu
        # arrow, which then clips the text ("Rien d'autr")
        self.also_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.also_button.setAccessibleName(
            QCoreApplication.translate("NewRequestForm", "Other rights asked in the same message")
        )
        self.also_button.setToolTip(
            QCoreApplication.translate(
                "NewRequestForm",
                "Other rights asked in the same message: each is logged as a request of its "
                "own, linked to this one, and they can be answered in one letter.",
            )
        )
        self.also_menu = QMenu(self.also_button)
        self.also_actions = {}
        for rtype in TYPE_ARTICLES:
            action = self.also_menu.addAction(type_choice(rtype))
            action.setCheckable(True)
            self.also_actions[rtype] = action
        self.also_button.setMenu(self.also_menu)
        self.subject_edit = QLineEdit(
            placeholderText=QCoreApplication.translate(
                "NewRequestForm", "Name of the person the request concerns"
            )
        )
        self.subject_edit.setObjectName("subjectNameEdit")
        self.subject_edit.setMaxLength(limits.MAX_NAME)
        self.email_edit = QLineEdit(
            placeholderText=QCoreApplication.translate("NewRequestForm", "name@example.org")
        )
        self.email_edit.setMaxLength(limits.MAX_EMAIL)
        self.email_message = self._field_message()
        self.address_edit = QPlainTextEdit()
        self.address_edit.setPlaceholderText(
            QCoreApplication.translate("NewRequestForm", "Postal address (for letters)")
        )
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self._lines_height(3))
        cap_plain_text(self.address_edit, limits.MAX_ADDRESS)
        # How French letters greet the requester: « Madame, Monsieur » only when unknown.
        self.civility_combo = QComboBox()
        self.civility_combo.setObjectName("civility")
        for code in CIVILITIES:
            self.civility_combo.addItem(
                code or QCoreApplication.translate("NewRequestForm", "Unknown"), code
            )
        self.language_combo = QComboBox()
        for code, label in LANGUAGE_LABELS.items():
            self.language_combo.addItem(QCoreApplication.translate("NewRequestForm", label), code)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(
            QCoreApplication.translate("NewRequestForm", "What is asked, in a few lines")
        )
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self._lines_height(5))
        cap_plain_text(self.summary_edit, limits.MAX_SUMMARY)
        self.assign_to_me = QCheckBox(
            QCoreApplication.translate("NewRequestForm", "Assign to me ({user})").format(
                user=self._session.user
            )
        )

        self.duplicate_label = relayout_label()
        self.duplicate_label.setObjectName("duplicateHint")
        self.duplicate_label.setStyleSheet(_HINT_STYLE)
        self.duplicate_label.setContentsMargins(8, 6, 8, 6)
        self.duplicate_label.hide()
        self.error_label = relayout_label()
        self.error_label.setObjectName("saveError")
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setContentsMargins(8, 6, 8, 6)
        self.error_label.hide()
        self.reason_label = relayout_label()
        self.reason_label.setObjectName("saveBlockedReason")
        self.reason_label.setStyleSheet("color:#5f6b7a;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("NewRequestForm", "Save request"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        self.form = QWidget()
        form = self._form_layout = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)  # the (long, French) labels clear of their fields
        form.addRow(QCoreApplication.translate("NewRequestForm", "Request &type"), self.type_combo)
        form.addRow(QCoreApplication.translate("NewRequestForm", "Also as&ked"), self.also_button)
        form.addRow(
            QCoreApplication.translate("NewRequestForm", "&Received on"), self.received_edit
        )
        form.addRow("", self.received_message)
        form.addRow(QCoreApplication.translate("NewRequestForm", "C&hannel"), self.channel_combo)
        form.addRow(QCoreApplication.translate("NewRequestForm", "&Entity"), self.entity_combo)
        form.addRow(QCoreApplication.translate("NewRequestForm", "Requester &name"), self.name_edit)
        form.addRow(QCoreApplication.translate("NewRequestForm", "C&ivility"), self.civility_combo)
        form.addRow(QCoreApplication.translate("NewRequestForm", "Made &by"), self.capacity_combo)
        form.addRow(
            QCoreApplication.translate("NewRequestForm", "On behalf &of"), self.subject_edit
        )
        form.addRow(QCoreApplication.translate("NewRequestForm", "E-&mail"), self.email_edit)
        form.addRow("", self.email_message)
        form.addRow(
            QCoreApplication.translate("NewRequestForm", "Postal &address"), self.address_edit
        )
        form.addRow(QCoreApplication.translate("NewRequestForm", "&Language"), self.language_combo)
        form.addRow(QCoreApplication.translate("NewRequestForm", "&Summary"), self.summary_edit)
        form.addRow(QCoreApplication.translate("NewRequestForm", "Assignee"), self.assign_to_me)

        for message in (self.received_message, self.email_message):
            form.setRowVisible(message, False)
        form.setRowVisible(self.subject_edit, False)  # shown when the requester acts for another

        footer = QHBoxLayout()
        footer.addWidget(self.reason_label, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.form)
        layout.addWidget(self.duplicate_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)  # spare height goes here, not into the labels
        layout.addLayout(footer)
        self.save_button.setDefault(True)  # only once it is inside the dialog: Enter saves
        self.type_combo.setFocus()

    def _field_message(self) -> RelayoutLabel:
        label = relayout_label(wrap=False)  # one short line under its field
        label.setStyleSheet(_FIELD_ERROR_STYLE)
        return label

    def _show_message(self, message: QLabel, visible: bool) -> None:
        """A field's message is a form row of its own, shown only when there is something."""
        if message.isVisibleTo(self) != visible:
            self._form_layout.setRowVisible(message, visible)

    def _lines_height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 14

    def _today(self) -> QDate:
        today = self._session.clock.today()
        return QDate(today.year, today.month, today.day)

    # -- reading the form -----------------------------------------------------------------------

    def selected_type(self) -> RequestType | None:
        value = self.type_combo.currentData()
        return None if value is None else RequestType(value)

    def also_asked(self) -> tuple[RequestType, ...]:
        """The other rights ticked, in the list's order (never the request's own type)."""
        main = self.selected_type()
        return tuple(
            rtype
            for rtype, action in self.also_actions.items()
            if action.isChecked() and rtype is not main
        )

    def _show_also(self) -> None:
        """The request's own type is not offered again; the button names what is ticked."""
        main = self.selected_type()
        for rtype, action in self.also_actions.items():
            action.setVisible(rtype is not main)
        chosen = self.also_asked()
        self.also_button.setText(
            ", ".join(type_label(rtype.value) for rtype in chosen)
            if chosen
            else QCoreApplication.translate("NewRequestForm", "Nothing else")
        )

    def selected_capacity(self) -> Capacity:
        return Capacity(self.capacity_combo.currentData())

    def _show_subject_field(self) -> None:
        """The data subject's name is asked only when the requester acts for someone else."""
        wanted = self.selected_capacity() is not Capacity.SELF
        if self.subject_edit.isVisibleTo(self) != wanted:
            self._form_layout.setRowVisible(self.subject_edit, wanted)

    def _subject_name(self) -> str | None:
        if self.selected_capacity() is Capacity.SELF:
            return None
        return self.subject_edit.text().strip() or None

    def received_on(self) -> date:
        day = self.received_edit.date()
        return date(day.year(), day.month(), day.day())

    def _email_address(self) -> str | None:
        """The typed address, normalised; raises ValidationError when it is not one."""
        return normalise_email(self.email_edit.text())

    def problems(self) -> list[str]:
        """Why the request cannot be saved yet (empty when it can)."""
        problems: list[str] = []
        if self.selected_type() is None:
            problems.append(QCoreApplication.translate("NewRequestForm", "choose the request type"))
        if self.received_on() > self._session.clock.today():
            problems.append(
                QCoreApplication.translate("NewRequestForm", "correct the receipt date")
            )
        if not self._entities_loaded:
            problems.append(
                QCoreApplication.translate("NewRequestForm", "wait for the entities to load")
            )
        elif self.entity_combo.count() == 0:
            problems.append(
                QCoreApplication.translate(
                    "NewRequestForm", "set up an entity first (Settings → Entities)"
                )
            )
        elif self.entity_combo.currentIndex() < 0:
            problems.append(QCoreApplication.translate("NewRequestForm", "choose the entity"))
        if not self.name_edit.text().strip():
            problems.append(
                QCoreApplication.translate("NewRequestForm", "enter the requester's name")
            )
        capacity, rtype = self.selected_capacity(), self.selected_type()
        if capacity is not Capacity.SELF and self._subject_name() is None:
            problems.append(
                QCoreApplication.translate(
                    "NewRequestForm", "enter the name of the person the request concerns"
                )
            )
        elif rtype is not None:
            # the domain's rule (an heir has only the rights of art. 85 II), for each right asked
            for asked in (rtype, *self.also_asked()):
                refused = capacity_blocker(asked, capacity, self._subject_name())
                if refused is not None:
                    problems.append(refused.reason.rstrip("."))
        try:
            self._email_address()
        except ValidationError:
            problems.append(
                QCoreApplication.translate("NewRequestForm", "correct the e-mail address")
            )
        return problems

    def form_data(self) -> RequestForm:
        rtype = self.selected_type()
        if rtype is None:
            raise ValidationError(
                QCoreApplication.translate("NewRequestForm", "Choose the request type.")
            )
        return RequestForm(
            type=rtype,
            received_on=self.received_on(),
            channel=Channel(self.channel_combo.currentData()),
            entity=self.entity_combo.currentData(),
            name=self.name_edit.text().strip(),
            email=self._email_address(),
            address=self.address_edit.toPlainText().strip(),
            language=self.language_combo.currentData(),
            summary=self.summary_edit.toPlainText().strip(),
            assignee=self._session.user if self.assign_to_me.isChecked() else None,
            capacity=self.selected_capacity(),
            subject_name=self._subject_name(),
            also=self.also_asked(),
            civility=str(self.civility_combo.currentData()),
        )

    # -- validation -----------------------------------------------------------------------------

    def _validate(self) -> None:
        self._show_subject_field()
        self._show_also()
        self._update_date_message()
        self._update_email_message()
        problems = self.problems()
        self.save_button.setEnabled(not problems and not self._saving)
        separator = QCoreApplication.translate("NewRequestForm", "; ")  # between the problems
        self.reason_label.setText(
            QCoreApplication.translate("NewRequestForm", "To save: {problems}.").format(
                problems=separator.join(problems)
            )
            if problems
            else ""
        )
        self.reason_label.setVisible(bool(problems) and not self._saving)

    def _update_date_message(self) -> None:
        today = self._session.clock.today()
        if self.received_on() > today:
            self.received_message.setStyleSheet(_FIELD_ERROR_STYLE)
            self.received_message.setText(
                QCoreApplication.translate(
                    "NewRequestForm",
                    "In the future: enter the day the request arrived (today is {today}).",
                ).format(today=f"{today:%d/%m/%Y}")
            )
        elif self._date_note is not None:
            self.received_message.setStyleSheet(_FIELD_NOTE_STYLE)
            self.received_message.setText(self._date_note)
        self._show_message(
            self.received_message, self.received_on() > today or bool(self._date_note)
        )

    def _date_changed(self) -> None:
        self._date_note = None  # the user (or an e-mail) set the date: no more doubt about it
        self._validate()

    def _update_email_message(self) -> None:
        try:
            self._email_address()
        except ValidationError:
            if self._show_email_problem:
                self.email_message.setText(
                    QCoreApplication.translate(
                        "NewRequestForm", "Not a valid e-mail address (like name@example.org)."
                    )
                )
                self._show_message(self.email_message, True)
            return
        self._show_email_problem = False
        self._show_message(self.email_message, False)

    def _reveal_email_problem(self) -> None:
        """Point out a bad address once the user has finished typing it, not while typing."""
        self._show_email_problem = bool(self.email_edit.text().strip())
        self._update_email_message()
