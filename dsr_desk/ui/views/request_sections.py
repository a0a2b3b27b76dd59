"""The sections of the request file: how each is built and how it shows a request.

A mixin of ``RequestFileView`` (``dsr_desk.ui.views.request_view``): the ``_build_*`` methods
keep their widgets on the view under their own names (the tests and the view's ``clear`` reach
them there), the ``_show_*`` methods fill one section from a ``RequestDetail``. The buttons
are wired to the actions of ``RequestFileActions`` and ``RequestFileDocuments``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from dsr_desk.domain.calendar import weekday_name
from dsr_desk.domain.limits import MAX_NOTE
from dsr_desk.domain.requests import Outcome
from dsr_desk.services.views import RequestDetail
from dsr_desk.ui.dialogs.request_action_dialog import fmt_date
from dsr_desk.ui.text_limits import cap_plain_text
from dsr_desk.ui.views.request_actions import AWAITING
from dsr_desk.ui.views.request_file import RequestFileHost
from dsr_desk.ui.views.request_wording import (
    FINAL_STATUSES,
    action_details,
    action_words,
    extension_texts,
    human_size,
    local_time,
    method_words,
    plural,
)
from dsr_desk.ui.widgets.labels import MUTED, empty_label, plain_label, section
from dsr_desk.ui.widgets.record_table import FittedTable, RecordTableModel

STATUS_WORDS = {
    "received": "Received",
    "in-progress": "In progress",
    AWAITING: "Awaiting information",
    "completed": "Completed",
    "refused": "Refused",
    "forwarded": "Forwarded to controller",
}
BADGE_STYLE = "border-radius:4px; padding:3px 10px; font-weight:600;"
STATUS_STYLES = {
    "received": "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6cde6;",
    "in-progress": "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6cde6;",
    AWAITING: "background:#fff4e0; color:#6b4e00; border:1px solid #e8c98a;",
    "completed": "background:#e6f4ea; color:#1e5e2f; border:1px solid #a8d5b3;",
    "refused": "background:#f1f3f4; color:#3c4043; border:1px solid #c6c9cc;",
    "forwarded": "background:#f1f3f4; color:#3c4043; border:1px solid #c6c9cc;",
}
URGENT_STYLE = "background:#fbe9e7; color:#8c1d18; border:1px solid #e6b3ad;"
ON_HOLD_STYLE = "background:#fff4e0; color:#6b4e00; border:1px solid #e8c98a;"
EXTENDED_STYLE = "background:#f1f3f4; color:#3c4043; border:1px solid #c6c9cc;"
LANGUAGES = {"fr": "French", "en": "English"}


class RequestSections(RequestFileHost):
    """Builds and fills the sections of ``RequestFileView``."""

    if TYPE_CHECKING:  # the slots the buttons are wired to (RequestFileActions, ...Documents)

        def start_processing(self) -> None: ...
        def record_identity_check(self) -> None: ...
        def ask_information(self) -> None: ...
        def information_received(self) -> None: ...
        def extend(self) -> None: ...
        def close_request(self, outcome: Outcome) -> None: ...
        def open_letters(self) -> None: ...
        def open_bundle(self) -> None: ...
        def open_document_at(self, row: int) -> None: ...
        def open_selected_document(self) -> None: ...
        def attach_file(self) -> None: ...
        def _update_document_buttons(self) -> None: ...
        def _note_changed(self) -> None: ...
        def add_note(self) -> None: ...

    # -- building ---------------------------------------------------------------------------

    def _build_top_bar(self) -> QVBoxLayout:
        self.title = plain_label(self.reference, wrap=False)
        self.title.setObjectName("requestTitle")
        self.title.setStyleSheet("font-size:17pt; font-weight:600;")
        self.status_badge = plain_label(selectable=False, wrap=False)
        self.status_badge.setObjectName("statusBadge")
        self.urgency_badge = plain_label(selectable=False, wrap=False)
        self.urgency_badge.setObjectName("urgencyBadge")
        self.urgency_badge.hide()
        self.kind_label = plain_label(wrap=False)
        self.kind_label.setStyleSheet(MUTED)
        first = QHBoxLayout()
        first.setSpacing(10)
        first.addWidget(self.title)
        first.addWidget(self.status_badge)
        first.addWidget(self.urgency_badge)
        first.addStretch(1)
        first.addWidget(self.kind_label)

        def button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
            widget = QPushButton(text)
            widget.setObjectName(name)
            widget.clicked.connect(slot)
            return widget

        self.start_button = button("Start processing", "startButton", self.start_processing)
        self.identity_button = button(
            "Record identity check…", "identityButton", self.record_identity_check
        )
        self.ask_button = button("Ask for ID / clarification…", "askButton", self.ask_information)
        self.received_button = button(
            "Information received…", "receivedButton", self.information_received
        )
        self.extend_button = button("Extend…", "extendButton", self.extend)
        self.complete_button = button(
            "Complete…", "completeButton", partial(self.close_request, Outcome.COMPLETED)
        )
        self.refuse_button = button(
            "Refuse…", "refuseButton", partial(self.close_request, Outcome.REFUSED)
        )
        self.forward_button = button(
            "Forward to controller…",
            "forwardButton",
            partial(self.close_request, Outcome.FORWARDED),
        )
        self.forward_button.hide()
        self.letters_button = button("Letters…", "lettersButton", self.open_letters)
        self.bundle_button = button("Export data…", "bundleButton", self.open_bundle)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for widget in (
            self.start_button,
            self.identity_button,
            self.ask_button,
            self.received_button,
            self.extend_button,
            self.letters_button,
            self.bundle_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        for widget in (self.complete_button, self.refuse_button, self.forward_button):
            actions.addWidget(widget)

        bar = QVBoxLayout()
        bar.setSpacing(8)
        bar.addLayout(first)
        bar.addLayout(actions)
        return bar

    def _build_people(self) -> QGroupBox:
        box, layout = section("Requester and entity")
        self.requester_name = plain_label()
        self.requester_name.setStyleSheet("font-weight:600;")
        self.requester_email = plain_label()
        self.requester_address = plain_label()
        self.requester_language = plain_label()
        self.entity_label = plain_label()
        self.assignee_label = plain_label()
        self.summary_label = plain_label()
        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow("Requester:", self.requester_name)
        form.addRow("E-mail:", self.requester_email)
        form.addRow("Postal address:", self.requester_address)
        form.addRow("Language:", self.requester_language)
        form.addRow("Entity:", self.entity_label)
        form.addRow("Assigned to:", self.assignee_label)
        form.addRow("Request:", self.summary_label)
        layout.addLayout(form)
        return box

    def _build_deadline(self) -> QGroupBox:
        box, layout = section("Deadline")
        self.due_label = plain_label()
        self.due_label.setObjectName("dueLabel")
        self.due_label.setStyleSheet("font-size:14pt; font-weight:600;")
        self.days_label = plain_label()
        self.days_label.setObjectName("daysLabel")
        self.notice_label = plain_label()
        self.notice_label.setObjectName("noticeLabel")
        self.extension_label = plain_label()
        self.extension_label.setObjectName("extensionLabel")
        form = QFormLayout()
        form.setVerticalSpacing(4)
        form.addRow("Extension notice by:", self.notice_label)
        form.addRow("Extension:", self.extension_label)
        caption = plain_label("How the due date is computed", selectable=False)
        caption.setStyleSheet(MUTED)
        self.explanation_grid = QGridLayout()
        self.explanation_grid.setHorizontalSpacing(8)
        self.explanation_grid.setVerticalSpacing(4)
        self.explanation_grid.setColumnStretch(1, 1)
        self.explanation_labels: list[QLabel] = []
        layout.addWidget(self.due_label)
        layout.addWidget(self.days_label)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addLayout(self.explanation_grid)
        return box

    def _build_suspensions(self) -> QGroupBox:
        box, layout = section("Suspensions")
        self.suspensions_model = RecordTableModel(
            [
                ("Asked on", lambda s: fmt_date(s.asked_on)),
                ("For", lambda s: s.kind),
                ("Reason", lambda s: s.reason),
                ("Policy", lambda s: s.policy),
                ("Received on", lambda s: fmt_date(s.received_on) if s.received_on else "awaited"),
            ],
            self,
        )
        self.suspensions_table = FittedTable(self.suspensions_model, stretch_column=2)
        self.suspensions_empty = empty_label("None: the deadline has never been on hold.")
        layout.addWidget(self.suspensions_table)
        layout.addWidget(self.suspensions_empty)
        return box

    def _build_identity(self) -> QGroupBox:
        box, layout = section("Identity")
        self.identity_label = plain_label()
        self.identity_label.setObjectName("identityLabel")
        self.checks_model = RecordTableModel(
            [
                ("Method", lambda c: method_words(c.method)),
                ("Document", lambda c: c.document_kind or "—"),
                ("No. ends", lambda c: f"…{c.number_last_chars}" if c.number_last_chars else "—"),
                ("Result", lambda c: c.outcome),
                ("By", lambda c: c.checked_by),
                ("On", lambda c: fmt_date(c.checked_on)),
            ],
            self,
        )
        self.checks_table = FittedTable(self.checks_model, stretch_column=1)
        layout.addWidget(self.identity_label)
        layout.addWidget(self.checks_table)
        return box

    def _build_attachments(self) -> QGroupBox:
        box, layout = section("Attachments")
        self.documents_model = RecordTableModel(
            [
                ("File", lambda d: "—" if d.filename is None else d.filename),
                ("Kind", lambda d: f"{d.kind} (purged)" if d.purged else d.kind),
                ("Size", lambda d: "—" if d.size is None else human_size(d.size)),
                ("Added", lambda d: local_time(d.added_at)[:10]),
            ],
            self,
        )
        self.documents_table = FittedTable(self.documents_model, stretch_column=0)
        self.documents_table.setToolTip("Double-click a file to open it (watermarked copy).")
        self.documents_table.doubleClicked.connect(lambda index: self.open_document_at(index.row()))
        self.documents_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_document_buttons()
        )
        self.documents_empty = empty_label("No file attached.")
        self.open_document_button = QPushButton("Open")
        self.open_document_button.setObjectName("openDocumentButton")
        self.open_document_button.clicked.connect(self.open_selected_document)
        self.attach_button = QPushButton("Attach file…")
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip("Keep a file (ID copy, letter, e-mail...) encrypted here.")
        self.attach_button.clicked.connect(self.attach_file)
        row = QHBoxLayout()
        row.addWidget(self.open_document_button)
        row.addStretch(1)
        row.addWidget(self.attach_button)
        layout.addWidget(self.documents_table)
        layout.addWidget(self.documents_empty)
        layout.addLayout(row)
        self._update_document_buttons()
        return box

    def _build_notes(self) -> QGroupBox:
        box, layout = section("Notes")
        self.notes_area = QVBoxLayout()
        self.notes_area.setSpacing(8)
        self.notes_empty = empty_label("No notes yet.")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText("Write a note for the file…")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)
        cap_plain_text(self.note_edit, MAX_NOTE)
        self.add_note_button = QPushButton("Add note")
        self.add_note_button.setObjectName("addNoteButton")
        self.add_note_button.setEnabled(False)
        self.note_edit.textChanged.connect(self._note_changed)
        self.add_note_button.clicked.connect(self.add_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_note_button)
        layout.addLayout(self.notes_area)
        layout.addWidget(self.notes_empty)
        layout.addWidget(self.note_edit)
        layout.addLayout(row)
        self.note_texts: list[QLabel] = []
        return box

    def _build_timeline(self) -> QGroupBox:
        box, layout = section("Timeline (newest first)")
        self.timeline_model = RecordTableModel(
            [
                ("When", lambda e: local_time(e.at)),
                ("Who", lambda e: e.user),
                ("What", action_words),
                ("Details", action_details),
            ],
            self,
        )
        self.timeline_table = FittedTable(self.timeline_model, stretch_column=3)
        self.timeline_empty = empty_label(
            "No event recorded (a request added in bulk, e.g. demo data, starts without one)."
        )
        self.timeline_empty.hide()
        layout.addWidget(self.timeline_table)
        layout.addWidget(self.timeline_empty)
        return box

    # -- showing ----------------------------------------------------------------------------

    def _show_urgency(self, d: RequestDetail) -> None:
        text, style = "", ""
        if d.status not in FINAL_STATUSES:
            if d.on_hold_since is not None:
                text, style = "On hold", ON_HOLD_STYLE
            elif d.overdue:
                text, style = "OVERDUE", URGENT_STYLE
            elif d.extended_on is not None:
                text, style = "Extended", EXTENDED_STYLE
        self.urgency_badge.setText(text)
        self.urgency_badge.setStyleSheet(BADGE_STYLE + style)
        self.urgency_badge.setVisible(bool(text))

    def _show_deadline(self, d: RequestDetail, today: date) -> None:
        due = d.effective_due
        self.due_label.setText(f"Due {weekday_name(due)} {fmt_date(due)}")
        colour = MUTED
        if d.status in FINAL_STATUSES:
            closed = fmt_date(d.closed_on) if d.closed_on else "—"
            days = f"Closed on {closed} ({STATUS_WORDS.get(d.status, d.status).lower()})."
        elif d.on_hold_since is not None:
            days = (
                f"On hold since {fmt_date(d.on_hold_since)}, waiting for the requester: "
                "the deadline is suspended."
            )
            colour = "color:#6b4e00; font-weight:600;"
        elif d.overdue and d.days_left is not None:
            days = f"OVERDUE — {plural(-d.days_left, 'day')} late."
            colour = "color:#8c1d18; font-weight:600;"
        elif d.days_left == 0:
            days = "Due today."
            colour = "color:#6b4e00; font-weight:600;"
        else:
            days = f"{plural(d.days_left or 0, 'day')} left."
        self.days_label.setText(days)
        self.days_label.setStyleSheet(colour)

        notice, extension = extension_texts(d, today)
        self.notice_label.setText(notice)
        self.extension_label.setText(extension)

        for label in self.explanation_labels:
            self.explanation_grid.removeWidget(label)
            label.deleteLater()
        self.explanation_labels = []
        for row, line in enumerate(d.explanation):
            number = plain_label(f"{row + 1}.", selectable=False, wrap=False)
            number.setStyleSheet(MUTED)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = plain_label(line)
            text.setObjectName("explanationLine")
            self.explanation_grid.addWidget(number, row, 0)
            self.explanation_grid.addWidget(text, row, 1)
            self.explanation_labels += [number, text]

    def explanation_lines(self) -> list[str]:
        """The explanation as shown, line by line."""
        return [
            label.text()
            for label in self.explanation_labels
            if label.objectName() == "explanationLine"
        ]

    def _show_identity(self, d: RequestDetail) -> None:
        if d.identity_verified:
            last = max(
                (c for c in d.identity_checks if c.outcome == "verified"),
                key=lambda c: c.checked_on,
            )
            self.identity_label.setText(
                f"✔ Verified on {fmt_date(last.checked_on)} by {last.checked_by}."
            )
            self.identity_label.setStyleSheet("color:#1e5e2f; font-weight:600;")
        elif d.identity_checks:
            self.identity_label.setText("Not verified: the checks recorded did not confirm it.")
            self.identity_label.setStyleSheet("color:#8c1d18; font-weight:600;")
        else:
            self.identity_label.setText("Not verified yet: no identity check recorded.")
            self.identity_label.setStyleSheet(MUTED)
        self.checks_model.set_rows(d.identity_checks)
        self.checks_table.setVisible(bool(d.identity_checks))

    def _show_notes(self, d: RequestDetail) -> None:
        self._remove_notes()
        for note in d.notes:
            card = QFrame()
            card.setObjectName("noteCard")
            card.setStyleSheet(
                "#noteCard { background:#f8f9fa; border:1px solid #e0e3e6; border-radius:4px; }"
            )
            inner = QVBoxLayout(card)
            inner.setContentsMargins(10, 6, 10, 8)
            inner.setSpacing(2)
            meta = plain_label(f"{note.author} · {local_time(note.written_at)}", selectable=False)
            meta.setStyleSheet(MUTED)
            text = plain_label(note.text)
            inner.addWidget(meta)
            inner.addWidget(text)
            self.notes_area.addWidget(card)
            self.note_texts.append(text)
        self.notes_empty.setVisible(not d.notes)

    def _remove_notes(self) -> None:
        while self.notes_area.count():
            item = self.notes_area.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.note_texts = []
