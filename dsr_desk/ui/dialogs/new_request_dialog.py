"""Log a new request: a form with inline validation, prefilled from a dropped ``.eml``.

The e-mail's bytes stay in memory until the request is saved, then go to the encrypted
document store as the request's original (``DocumentKind.EMAIL``); they are never written in
clear. While a name or an e-mail address is typed, requesters already on file under the same
address or name are shown (information only: saving stays possible).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QEvent, QMimeData, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import DsrError, ValidationError
from dsr_desk.domain.requesters import normalise_email
from dsr_desk.domain.requests import Channel, RequestType
from dsr_desk.services.documents import attach_document
from dsr_desk.services.intake import (
    MAX_EML_BYTES,
    DuplicateHint,
    EmailIntake,
    describe_requests,
    find_possible_duplicates,
    guess_language,
    guess_request_type,
    parse_eml,
    summary_from_email,
)
from dsr_desk.services.queries import entity_names
from dsr_desk.services.requests import register_request
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession

log = logging.getLogger(__name__)

DUPLICATE_DEBOUNCE_MS = 250
EML_MEDIA_TYPE = "message/rfc822"
GDPR_IN_APPLICATION = QDate(2018, 5, 25)

TYPE_LABELS = {
    RequestType.ACCESS: "Access (Art. 15)",
    RequestType.RECTIFICATION: "Rectification (Art. 16)",
    RequestType.ERASURE: "Erasure (Art. 17)",
    RequestType.RESTRICTION: "Restriction of processing (Art. 18)",
    RequestType.PORTABILITY: "Portability (Art. 20)",
    RequestType.OBJECTION: "Objection (Art. 21)",
    RequestType.MARKETING_OPT_OUT: "Marketing opt-out (Art. 21(2))",
    RequestType.CONSENT_WITHDRAWAL: "Consent withdrawal (Art. 7(3))",
}
CHANNEL_LABELS = {
    Channel.EMAIL: "E-mail",
    Channel.LETTER: "Letter",
    Channel.FORM: "Web form",
    Channel.PHONE: "Phone",
    Channel.IN_PERSON: "In person",
    Channel.OTHER: "Other",
}
LANGUAGE_LABELS = {"fr": "French", "en": "English"}

_ERROR_STYLE = "background:#fbe9e7; color:#8c1d18; border:1px solid #e6b3ad; border-radius:4px;"
_HINT_STYLE = "background:#fff4e0; color:#5c3b00; border:1px solid #efc98a; border-radius:4px;"
_RELAYOUT_EVENTS = frozenset({QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest})
_FIELD_ERROR_STYLE = "color:#b3261e;"
_FIELD_NOTE_STYLE = "color:#7a4f01;"
_DROP_STYLE = "#emailDropZone {{ border:2px dashed {colour}; border-radius:6px; {extra} }}"


# -- work done on the database worker thread ---------------------------------------------------


def document_store_for(session: AppSession) -> DocumentStore:
    """The unlocked vault's encrypted document store (a seam the tests replace)."""
    return session.document_store()


@dataclass(frozen=True)
class RequestForm:
    """The validated content of the dialog, as register_request takes it."""

    type: RequestType
    received_on: date
    channel: Channel
    entity: str | None
    name: str
    email: str | None
    address: str
    language: str
    summary: str
    assignee: str | None


@dataclass(frozen=True)
class EmailFile:
    """An ``.eml`` read into memory: kept only until it is stored encrypted."""

    filename: str
    content: bytes = field(repr=False)
    intake: EmailIntake = field(repr=False)


@dataclass(frozen=True)
class SaveResult:
    reference: str
    attach_problem: str | None = None  # the request is saved, but its e-mail is not


def read_email_file(path: Path) -> EmailFile:
    """Read and parse a dropped or chosen ``.eml`` (in memory only)."""
    if path.suffix.lower() != ".eml":
        raise ValidationError(
            f"{path.name} is not an .eml file. Save the e-mail as .eml (drag it from the mail "
            "program to a folder) and drop that file."
        )
    try:
        if path.stat().st_size > MAX_EML_BYTES:
            raise ValidationError(
                f"{path.name} is larger than {MAX_EML_BYTES // (1024 * 1024)} MB; register "
                "the request by hand."
            )
        content = path.read_bytes()
    except OSError as problem:
        raise ValidationError(
            f"{path.name} could not be read ({problem.strerror or 'error'})."
        ) from None
    return EmailFile(path.name, content, parse_eml(content))


def attach_email(session: AppSession, reference: str, email: EmailFile) -> str | None:
    """Store the e-mail with the request; returns what went wrong instead of raising,
    because the request itself is already saved."""
    try:
        attach_document(
            session.uow(),
            document_store_for(session),
            reference,
            DocumentKind.EMAIL,
            email.filename,
            EML_MEDIA_TYPE,
            email.content,
        )
    except DsrError as problem:
        return str(problem)
    except Exception as problem:  # reported, not raised: the request must not be saved twice
        log.exception("attaching the e-mail to %s failed", reference)
        return f"Unexpected error: {type(problem).__name__}."
    return None


def save_request(session: AppSession, form: RequestForm, email: EmailFile | None) -> SaveResult:
    detail = register_request(
        session.uow(),
        type=form.type,
        received_on=form.received_on,
        name=form.name,
        email=form.email,
        address=form.address,
        entity=form.entity,
        channel=form.channel,
        summary=form.summary,
        language=form.language,
        assignee=form.assignee,
    )
    problem = None if email is None else attach_email(session, detail.reference, email)
    return SaveResult(detail.reference, problem)


def lookup_duplicates(
    session: AppSession, name: str, email: str | None, generation: int
) -> tuple[int, list[DuplicateHint]]:
    with session.uow() as uow:
        return generation, find_possible_duplicates(uow.session, name, email)


def load_entity_names(session: AppSession) -> list[str]:
    return entity_names(session.reader())


# -- widgets -------------------------------------------------------------------------------------


def eml_path(mime: QMimeData) -> Path | None:
    """The first local file among dragged URLs (its type is checked when it is read)."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


class _PlainLabel(QLabel):
    """A label that says when showing, hiding or rewrapping changes the room it needs (instead
    of an event filter owned by the dialog: a filter that dies first is a crash risk)."""

    relayout = Signal()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _RELAYOUT_EVENTS:
            self.relayout.emit()
        return handled


def _plain_label(text: str = "", *, wrap: bool = True) -> _PlainLabel:
    label = _PlainLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names come from e-mails: never rich text
    label.setWordWrap(wrap)
    return label


def _kilobytes(size: int) -> str:
    return f"{max(1, round(size / 1024))} KB"


class EmailDropZone(QFrame):
    """Where the requester's ``.eml`` is dropped (or chosen with the button)."""

    file_dropped = Signal(object)  # Path
    choose_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailDropZone")
        self.setAcceptDrops(True)
        self.text = _plain_label()
        self.choose_button = QPushButton("&Choose .eml…")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_requested)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip("Do not keep this e-mail with the request")
        self.remove_button.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 10, 10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.choose_button)
        self.show_empty()
        self._highlight(False)

    def show_empty(self) -> None:
        self.text.setText("Drop the requester's e-mail (.eml) here to fill in the form.")
        self.remove_button.hide()

    def show_file(self, filename: str, size: int) -> None:
        self.text.setText(
            f"✉  {filename}  ·  {_kilobytes(size)}\nWill be kept with the request, encrypted."
        )
        self.remove_button.show()

    def _highlight(self, on: bool) -> None:
        colour = "#2a6fb0" if on else "#9aa5b1"
        extra = "background:#e8f1fb;" if on else ""
        self.setStyleSheet(_DROP_STYLE.format(colour=colour, extra=extra))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if eml_path(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._highlight(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if eml_path(event.mimeData()) is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        path = eml_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped.emit(path)


class NewRequestDialog(QDialog):
    """Register a request; ``created_reference`` is set once it is saved."""

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self.created_reference: str | None = None
        self._email: EmailFile | None = None
        self._saving = False
        self._entities_loaded = False
        self._show_email_problem = False
        self._duplicate_generation = 0
        self._prefilled: dict[QWidget, str] = {}
        self._language_offered = next(iter(LANGUAGE_LABELS))  # the default, until an e-mail
        self._date_note: str | None = None  # "no readable date" after an e-mail without one
        self.setWindowTitle("New request")
        self.setMinimumWidth(640)
        self._build()
        self._connect()
        self._validate()
        self._ops.run(
            load_entity_names, session, on_done=self._set_entities, on_error=self._entities_failed
        )

    # -- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.drop_zone = EmailDropZone()

        self.type_combo = QComboBox()
        self.type_combo.setPlaceholderText("Choose…")
        for rtype, label in TYPE_LABELS.items():
            self.type_combo.addItem(label, rtype.value)
        self.type_combo.setCurrentIndex(-1)

        today = self._today()
        self.received_edit = QDateEdit(today)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd/MM/yyyy")
        self.received_edit.setMinimumDate(GDPR_IN_APPLICATION)
        self.received_message = self._field_message()
        self.channel_combo = QComboBox()
        for channel, label in CHANNEL_LABELS.items():
            self.channel_combo.addItem(label, channel.value)
        self.entity_combo = QComboBox()
        self.entity_combo.setPlaceholderText("Loading…")
        self.entity_combo.setEnabled(False)

        self.name_edit = QLineEdit(placeholderText="First name and surname")
        self.email_edit = QLineEdit(placeholderText="name@example.org")
        self.email_message = self._field_message()
        self.address_edit = QPlainTextEdit()
        self.address_edit.setPlaceholderText("Postal address (for letters)")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self._lines_height(3))
        self.language_combo = QComboBox()
        for code, label in LANGUAGE_LABELS.items():
            self.language_combo.addItem(label, code)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText("What is asked, in a few lines")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self._lines_height(5))
        self.assign_to_me = QCheckBox(f"Assign to me ({self._session.user})")

        self.duplicate_label = _plain_label()
        self.duplicate_label.setObjectName("duplicateHint")
        self.duplicate_label.setStyleSheet(_HINT_STYLE)
        self.duplicate_label.setContentsMargins(8, 6, 8, 6)
        self.duplicate_label.hide()
        self.error_label = _plain_label()
        self.error_label.setObjectName("saveError")
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setContentsMargins(8, 6, 8, 6)
        self.error_label.hide()
        self.reason_label = _plain_label()
        self.reason_label.setObjectName("saveBlockedReason")
        self.reason_label.setStyleSheet("color:#5f6b7a;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            "Save request", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        self.form = QWidget()
        form = self._form_layout = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Request &type", self.type_combo)
        form.addRow("&Received on", self.received_edit)
        form.addRow("", self.received_message)
        form.addRow("C&hannel", self.channel_combo)
        form.addRow("&Entity", self.entity_combo)
        form.addRow("Requester &name", self.name_edit)
        form.addRow("E-&mail", self.email_edit)
        form.addRow("", self.email_message)
        form.addRow("Postal &address", self.address_edit)
        form.addRow("&Language", self.language_combo)
        form.addRow("&Summary", self.summary_edit)
        form.addRow("Assignee", self.assign_to_me)

        for message in (self.received_message, self.email_message):
            form.setRowVisible(message, False)

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

    def _connect(self) -> None:
        self.drop_zone.file_dropped.connect(self.load_email_file)
        self.drop_zone.choose_requested.connect(self._choose_email_file)
        self.drop_zone.remove_requested.connect(self._remove_email)
        self._duplicate_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DEBOUNCE_MS)
        self._duplicate_timer.timeout.connect(self._look_for_duplicates)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_height)
        for label in (
            self.received_message,
            self.email_message,
            self.duplicate_label,
            self.error_label,
            self.drop_zone.text,
        ):
            label.relayout.connect(self._fit_timer.start)
        for edit in (self.name_edit, self.email_edit):
            edit.textChanged.connect(self._duplicate_timer.start)
        self.email_edit.editingFinished.connect(self._reveal_email_problem)
        self.type_combo.currentIndexChanged.connect(self._validate)
        self.entity_combo.currentIndexChanged.connect(self._validate)
        self.received_edit.dateChanged.connect(self._date_changed)
        self.name_edit.textChanged.connect(self._validate)
        self.email_edit.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _field_message(self) -> _PlainLabel:
        label = _plain_label(wrap=False)  # one short line under its field
        label.setStyleSheet(_FIELD_ERROR_STYLE)
        return label

    def _show_message(self, message: QLabel, visible: bool) -> None:
        """A field's message is a form row of its own, shown only when there is something."""
        if message.isVisibleTo(self) != visible:
            self._form_layout.setRowVisible(message, visible)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_timer.start()  # narrower: wrapped messages take more lines

    def _fit_height(self) -> None:
        """Keep every row readable. Qt does not raise a window's minimum height for
        word-wrapped labels (height-for-width), so without this the rows would overlap."""
        layout = self.layout()
        if layout is None or not shiboken6.isValid(self):
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _lines_height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 14

    def _today(self) -> QDate:
        today = self._session.clock.today()
        return QDate(today.year, today.month, today.day)

    # -- reading the form -----------------------------------------------------------------------

    def selected_type(self) -> RequestType | None:
        value = self.type_combo.currentData()
        return None if value is None else RequestType(value)

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
            problems.append("choose the request type")
        if self.received_on() > self._session.clock.today():
            problems.append("correct the receipt date")
        if not self._entities_loaded:
            problems.append("wait for the entities to load")
        elif self.entity_combo.count() == 0:
            problems.append("set up an entity first (Settings → Entities)")
        elif self.entity_combo.currentIndex() < 0:
            problems.append("choose the entity")
        if not self.name_edit.text().strip():
            problems.append("enter the requester's name")
        try:
            self._email_address()
        except ValidationError:
            problems.append("correct the e-mail address")
        return problems

    def form_data(self) -> RequestForm:
        rtype = self.selected_type()
        if rtype is None:
            raise ValidationError("Choose the request type.")
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
        )

    # -- validation -----------------------------------------------------------------------------

    def _validate(self) -> None:
        self._update_date_message()
        self._update_email_message()
        problems = self.problems()
        self.save_button.setEnabled(not problems and not self._saving)
        self.reason_label.setText("To save: " + "; ".join(problems) + "." if problems else "")
        self.reason_label.setVisible(bool(problems) and not self._saving)

    def _update_date_message(self) -> None:
        today = self._session.clock.today()
        if self.received_on() > today:
            self.received_message.setStyleSheet(_FIELD_ERROR_STYLE)
            self.received_message.setText(
                f"In the future: enter the day the request arrived (today is {today:%d/%m/%Y})."
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
                self.email_message.setText("Not a valid e-mail address (like name@example.org).")
                self._show_message(self.email_message, True)
            return
        self._show_email_problem = False
        self._show_message(self.email_message, False)

    def _reveal_email_problem(self) -> None:
        """Point out a bad address once the user has finished typing it, not while typing."""
        self._show_email_problem = bool(self.email_edit.text().strip())
        self._update_email_message()

    # -- entities -------------------------------------------------------------------------------

    def _set_entities(self, names: list[str]) -> None:
        if not shiboken6.isValid(self):
            return
        self._entities_loaded = True
        self.entity_combo.clear()
        for name in names:
            self.entity_combo.addItem(name, name)
        self.entity_combo.setEnabled(bool(names))
        if len(names) == 1:
            self.entity_combo.setCurrentIndex(0)
        else:
            self.entity_combo.setPlaceholderText("Choose…" if names else "No entity set up")
            self.entity_combo.setCurrentIndex(-1)
        self._validate()

    def _entities_failed(self, problem: DsrError) -> None:
        if shiboken6.isValid(self):
            self._show_error(str(problem))

    # -- the e-mail -----------------------------------------------------------------------------

    def _choose_email_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        filename, _ = QFileDialog.getOpenFileName(
            self, "Choose the requester's e-mail", start, "E-mails (*.eml);;All files (*)"
        )
        if filename:
            self.load_email_file(Path(filename))

    def load_email_file(self, path: Path) -> None:
        """Read an ``.eml`` (dropped or chosen) and prefill the form from it."""
        self._ops.run(
            read_email_file, Path(path), on_done=self._email_loaded, on_error=self._email_failed
        )

    def _email_failed(self, problem: DsrError) -> None:
        if shiboken6.isValid(self):
            self._show_error(str(problem))

    def _email_loaded(self, email: EmailFile) -> None:
        if not shiboken6.isValid(self) or self._saving or self.created_reference:
            return
        self.error_label.hide()
        self._email = email
        self.apply_email(email.intake)
        self.drop_zone.show_file(email.filename, len(email.content))

    def apply_email(self, intake: EmailIntake) -> None:
        """Prefill from an e-mail; what the user typed since the last prefill is kept."""
        self._prefill(self.name_edit, intake.sender_name)
        self._prefill(self.email_edit, intake.sender_email or "")
        self._prefill(self.summary_edit, summary_from_email(intake))
        if intake.received_on is not None:
            received = intake.received_on
            self.received_edit.setDate(QDate(received.year, received.month, received.day))
            self._date_note = None
        else:
            self._date_note = "The e-mail has no readable date: check the receipt date."
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(Channel.EMAIL.value))
        if self.selected_type() is None:
            guessed = guess_request_type(intake.subject, intake.body_text)
            if guessed is not None:
                self.type_combo.setCurrentIndex(self.type_combo.findData(guessed.value))
        language = guess_language(f"{intake.subject}\n{intake.body_text}")
        if language is not None and self.language_combo.currentData() == self._language_offered:
            self.language_combo.setCurrentIndex(self.language_combo.findData(language))
            self._language_offered = language  # unless the user picked another one
        self._reveal_email_problem()
        self._validate()

    def _prefill(self, widget: QLineEdit | QPlainTextEdit, value: str) -> None:
        current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if not value or (current.strip() and current != self._prefilled.get(widget)):
            return  # nothing to offer, or the user typed something of their own
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setPlainText(value)
        self._prefilled[widget] = value

    def _remove_email(self) -> None:
        self._email = None
        self.drop_zone.show_empty()
        self._date_note = None
        self._validate()

    @property
    def email_filename(self) -> str | None:
        """The e-mail that will be kept with the request, if any."""
        return None if self._email is None else self._email.filename

    # -- possible duplicates --------------------------------------------------------------------

    def _look_for_duplicates(self) -> None:
        if self._saving or self.created_reference is not None:
            return  # the request itself would show up as its own duplicate
        name = self.name_edit.text().strip()
        try:
            email = self._email_address()
        except ValidationError:
            email = None
        self._duplicate_generation += 1
        if not name and email is None:
            self._show_duplicates((self._duplicate_generation, []))
            return
        self._ops.run(
            lookup_duplicates,
            self._session,
            name,
            email,
            self._duplicate_generation,
            on_done=self._show_duplicates,
            on_error=lambda _problem: None,  # a hint only: never in the way of saving
        )

    def _show_duplicates(self, answer: tuple[int, list[DuplicateHint]]) -> None:
        generation, hints = answer
        if not shiboken6.isValid(self) or generation != self._duplicate_generation:
            return  # closed, saving, or an older look-up answered after a newer one started
        lines = []
        for hint in hints:
            who = hint.name + (f" <{hint.email}>" if hint.email else "")
            requests = describe_requests(hint.requests, hint.more_requests)
            lines.append(f"Possible duplicate: {who} — {requests}")
        self.duplicate_label.setText("\n".join(lines))
        self.duplicate_label.setVisible(bool(lines))

    # -- saving ---------------------------------------------------------------------------------

    def _save(self) -> None:
        if self.created_reference is not None:
            self._retry_attach()
            return
        if self._saving or self.problems():
            return
        try:
            form = self.form_data()
        except ValidationError as problem:
            self._show_error(str(problem))
            return
        self._duplicate_timer.stop()
        self._duplicate_generation += 1  # a look-up still under way must not list this request
        self._set_saving(True)
        self._ops.run(
            save_request,
            self._session,
            form,
            self._email,
            on_done=self._saved,
            on_error=self._save_failed,
            kind="request.registered",
            busy_text="Saving the request…",
            parent=self,
        )

    def _saved(self, result: SaveResult) -> None:
        self.created_reference = result.reference
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if result.attach_problem is None:
            self._email = None
            self.accept()
            return
        self._attach_failed(result.attach_problem)

    def _attach_failed(self, problem: str) -> None:
        """The request exists; only the e-mail is missing. Offer to retry, never to re-save."""
        self.form.setEnabled(False)
        self.drop_zone.setEnabled(False)
        for edit in (self.name_edit, self.email_edit, self.address_edit, self.summary_edit):
            edit.setPlaceholderText("")  # disabled, a placeholder would read like a value
        self.save_button.setText("Retry attaching")
        self.save_button.setEnabled(True)
        self.cancel_button.setText("Close")
        self._show_error(
            f"{self.created_reference} was saved, but its e-mail could not be kept: {problem} "
            "Retry, or close and add the e-mail to the request later."
        )

    def _retry_attach(self) -> None:
        if self._email is None or self.created_reference is None or self._saving:
            return
        self._set_saving(True)
        self.form.setEnabled(False)
        self._ops.run(
            attach_email,
            self._session,
            self.created_reference,
            self._email,
            on_done=self._retried,
            on_error=lambda problem: self._retried(str(problem)),
            kind="request.document_added",
            busy_text="Storing the e-mail…",
            parent=self,
        )

    def _retried(self, problem: str | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if problem is None:
            self._email = None
            self.accept()
        else:
            self._attach_failed(problem)

    def _save_failed(self, problem: DsrError) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self._show_error(str(problem))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.form.setEnabled(not saving)
        self.drop_zone.setEnabled(not saving)
        self.save_button.setText("Saving…" if saving else "Save request")
        if saving:
            self.error_label.hide()
        self._validate()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._saving:
            return  # the save is under way: its answer decides
        if self.created_reference is not None:
            self.accept()  # saved already (its e-mail may be missing): open the request
            return
        super().reject()

    def done(self, result: int) -> None:
        self._duplicate_timer.stop()
        self._email = None  # drop the e-mail's bytes as soon as the dialog is finished with
        super().done(result)
