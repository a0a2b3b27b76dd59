"""Log a new request: a form with inline validation, prefilled from a dropped ``.eml``, or
with the scan of a paper letter (PDF, JPEG, PNG: the channel is then "letter").

The file's bytes stay in memory until the request is saved, then go to the encrypted
document store: the e-mail as the request's original (``DocumentKind.EMAIL``), the scan as the
letter received (``DocumentKind.LETTER``); they are never written in clear. Escape or closing
the dialog with something typed or a file loaded asks first (``ui.discard_guard``).
While a name or an e-mail address is typed, requesters already on file under the same
address or name are shown (information only: saving stays possible).

Split by concern: ``new_request_intake`` holds the work done on the database worker thread,
``new_request_form`` the form's fields with their reading and validation (the base class of the
dialog) and ``dsr_desk.ui.widgets.email_drop_zone`` the drop zone. Their public names are
re-exported here. This module keeps the dialog: the e-mail, the duplicate hints, saving.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit, QWidget

from dsr_desk.domain.errors import DsrError, ValidationError
from dsr_desk.domain.requests import Channel
from dsr_desk.services.intake import (
    EmailIntake,
    guess_language,
    guess_request_type,
    summary_from_email,
)
from dsr_desk.services.read.duplicates import DuplicateHint, describe_requests
from dsr_desk.ui.dialogs.new_request_form import (
    LANGUAGE_LABELS,
    NewRequestFields,
)
from dsr_desk.ui.dialogs.new_request_intake import (
    ReceivedFile,
    SaveResult,
    ScanFile,
    attach_email,
    load_entity_names,
    lookup_duplicates,
    read_received_file,
    save_request,
)
from dsr_desk.ui.discard_guard import DiscardGuard
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.session import AppSession

DUPLICATE_DEBOUNCE_MS = 250


class NewRequestDialog(NewRequestFields):
    """Register a request; ``created_reference`` is set once it is saved."""

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self.created_reference: str | None = None
        self._email: ReceivedFile | None = None  # the .eml or the paper letter's scan
        self._saving = False
        self._entities_loaded = False
        self._show_email_problem = False
        self._duplicates = Latest(ops, self)  # the newest look-up wins
        self._prefilled: dict[QWidget, str] = {}
        self._language_offered = next(iter(LANGUAGE_LABELS))  # the default, until an e-mail
        self._date_note: str | None = None  # "no readable date" after an e-mail without one
        self.setWindowTitle(QCoreApplication.translate("NewRequestDialog", "New request"))
        self.setMinimumWidth(640)
        self._build()
        self._connect()
        self._validate()
        self.discard_guard = DiscardGuard(self)  # asks before typed content is lost
        self.discard_guard.arm()
        self._ops.run(
            load_entity_names, session, on_done=self._set_entities, on_error=self._entities_failed
        )

    # -- construction ---------------------------------------------------------------------------

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
        self.capacity_combo.currentIndexChanged.connect(self._validate)
        self.also_menu.triggered.connect(self._validate)
        self.capacity_combo.currentIndexChanged.connect(self._fit_timer.start)  # a row shown
        self.subject_edit.textChanged.connect(self._validate)
        self.email_edit.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

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

    # -- entities -------------------------------------------------------------------------------

    def _set_entities(self, names: list[str]) -> None:
        self._entities_loaded = True
        self.entity_combo.clear()
        for name in names:
            self.entity_combo.addItem(name, name)
        self.entity_combo.setEnabled(bool(names))
        if len(names) == 1:
            self.entity_combo.setCurrentIndex(0)
        else:
            self.entity_combo.setPlaceholderText(
                QCoreApplication.translate("NewRequestDialog", "Choose…")
                if names
                else QCoreApplication.translate("NewRequestDialog", "No entity set up")
            )
            self.entity_combo.setCurrentIndex(-1)
        self._validate()

    def _entities_failed(self, problem: DsrError) -> None:
        self._show_error(str(problem))

    # -- the e-mail -----------------------------------------------------------------------------

    def _choose_email_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        filename, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate(
                "NewRequestDialog", "Choose the requester's e-mail or letter scan"
            ),
            start,
            QCoreApplication.translate(
                "NewRequestDialog",
                "E-mails and scans (*.eml *.pdf *.jpg *.jpeg *.png);;All files (*)",
            ),
        )
        if filename:
            self.load_email_file(Path(filename))

    def load_email_file(self, path: Path) -> None:
        """Read an ``.eml`` (dropped or chosen) and prefill the form from it; or a paper
        letter's scan (PDF, JPEG, PNG), kept as the letter received."""
        self._ops.run(
            read_received_file,
            Path(path),
            on_done=self._email_loaded,
            on_error=self._email_failed,
        )

    def _email_failed(self, problem: DsrError) -> None:
        self._show_error(str(problem))

    def _email_loaded(self, email: ReceivedFile) -> None:
        if self._saving or self.created_reference:
            return
        self.error_label.hide()
        self._email = email
        self.discard_guard.mark_changed()
        if isinstance(email, ScanFile):
            self.apply_scan()
            self.drop_zone.show_scan(email.filename, len(email.content))
            return
        self.apply_email(email.intake)
        self.drop_zone.show_file(email.filename, len(email.content))

    def apply_scan(self) -> None:
        """A paper letter: the channel says so (the rest is typed from the letter)."""
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(Channel.LETTER.value))
        self._date_note = None
        self._validate()

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
            self._date_note = QCoreApplication.translate(
                "NewRequestDialog", "The e-mail has no readable date: check the receipt date."
            )
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
        """The e-mail (or letter scan) that will be kept with the request, if any."""
        return None if self._email is None else self._email.filename

    @property
    def scan_loaded(self) -> bool:
        """Whether the file kept with the request is a paper letter's scan."""
        return isinstance(self._email, ScanFile)

    # -- possible duplicates --------------------------------------------------------------------

    def _look_for_duplicates(self) -> None:
        if self._saving or self.created_reference is not None:
            return  # the request itself would show up as its own duplicate
        name = self.name_edit.text().strip()
        try:
            email = self._email_address()
        except ValidationError:
            email = None
        if not name and email is None:
            self._duplicates.drop()
            self._show_duplicates([])
            return
        self._duplicates.run(
            lookup_duplicates,
            self._session,
            name,
            email,
            on_done=self._show_duplicates,
            on_error=lambda _problem: None,  # a hint only: never in the way of saving
        )

    def _show_duplicates(self, hints: list[DuplicateHint]) -> None:
        lines = []
        for hint in hints:
            who = hint.name + (f" <{hint.email}>" if hint.email else "")
            requests = describe_requests(hint.requests, hint.more_requests)
            lines.append(
                QCoreApplication.translate(
                    "NewRequestDialog", "Possible duplicate: {who} — {requests}"
                ).format(who=who, requests=requests)
            )
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
        self._duplicates.drop()  # a look-up still under way must not list this request
        self._set_saving(True)
        self._ops.run(
            save_request,
            self._session,
            form,
            self._email,
            on_done=self._saved,
            on_error=self._save_failed,
            busy_text=QCoreApplication.translate("NewRequestDialog", "Saving the request…"),
            parent=self,
        )

    def _saved(self, result: SaveResult) -> None:
        self.created_reference = result.reference
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
        self.save_button.setText(QCoreApplication.translate("NewRequestDialog", "Retry attaching"))
        self.save_button.setEnabled(True)
        self.cancel_button.setText(QCoreApplication.translate("NewRequestDialog", "Close"))
        self._show_error(
            QCoreApplication.translate(
                "NewRequestDialog",
                "{reference} was saved, but its e-mail could not be kept: {problem} "
                "Retry, or close and add the e-mail to the request later.",
            ).format(reference=self.created_reference, problem=problem)
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
            busy_text=QCoreApplication.translate("NewRequestDialog", "Storing the e-mail…"),
            parent=self,
        )

    def _retried(self, problem: str | None) -> None:
        self._set_saving(False)
        if problem is None:
            self._email = None
            self.accept()
        else:
            self._attach_failed(problem)

    def _save_failed(self, problem: DsrError) -> None:
        self._set_saving(False)
        self._show_error(str(problem))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.form.setEnabled(not saving)
        self.drop_zone.setEnabled(not saving)
        self.save_button.setText(
            QCoreApplication.translate("NewRequestDialog", "Saving…")
            if saving
            else QCoreApplication.translate("NewRequestDialog", "Save request")
        )
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
        if not self.discard_guard.allows_closing():
            return  # the user keeps editing
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.discard_guard.close_event(event, super().closeEvent)

    def done(self, result: int) -> None:
        self._duplicate_timer.stop()
        self._email = None  # drop the e-mail's bytes as soon as the dialog is finished with
        super().done(result)
