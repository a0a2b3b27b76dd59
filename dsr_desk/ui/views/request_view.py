"""The request file: everything about one request on one calm page, and its actions.

A pinned top bar holds the reference, the status (as words, never colour alone) and the action
buttons; below it the page scrolls: requester and entity, the deadline with its explanation
lines verbatim, the suspension ledger, identity checks, notes, attachments and the timeline
from the audit log. Every action opens a dialog (``dsr_desk.ui.dialogs``), runs one service
through ``Ops.run`` with ``kind="request.<action>"`` and keeps the dialog open with the
service's message when the rules refuse. The view reloads on every ``request.*`` operation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dsr_desk.domain.calendar import weekday_name
from dsr_desk.domain.errors import ArchiveRestricted, DsrError
from dsr_desk.domain.requests import ARCHIVE_ADDITIONS, InformationKind, Outcome
from dsr_desk.services import requests as svc
from dsr_desk.services.document_access import OpenedDocument
from dsr_desk.services.views import DocumentView, RequestDetail, SuspensionView
from dsr_desk.ui.dialogs.ask_information_dialog import AskInformationDialog
from dsr_desk.ui.dialogs.close_dialog import CloseDialog
from dsr_desk.ui.dialogs.document_viewer import (
    ATTACH_KINDS,
    DocumentViewer,
    attach_from_path,
    guess_kind,
    open_for_view,
)
from dsr_desk.ui.dialogs.extend_dialog import ExtendDialog
from dsr_desk.ui.dialogs.identity_check_dialog import IdentityCheckDialog
from dsr_desk.ui.dialogs.information_received_dialog import InformationReceivedDialog
from dsr_desk.ui.dialogs.letter_dialog import LetterDialog
from dsr_desk.ui.dialogs.request_action_dialog import ERROR_STYLE, RequestActionDialog, fmt_date
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_actions import AWAITING, action_states
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
from dsr_desk.ui.widgets.archive_gate import ArchiveGate, archive_banner
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
_BADGE = "border-radius:4px; padding:3px 10px; font-weight:600;"
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


# -- worker side ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestFile:
    """What the page shows: the read model, the entity's suspension policy and today."""

    detail: RequestDetail
    suspension_policy: str
    today: date


def fetch_request_file(
    session: AppSession, reference: str, consult_reason: str | None = None
) -> RequestFile:
    """Runs on the DB worker thread. A closed objection record needs a reason to be consulted
    (``ArchiveRestricted`` otherwise); once given, it is not asked again until the next lock."""
    detail = svc.get_request(
        session.uow(),
        reference,
        consult_reason=consult_reason,
        consulted=reference in session.archive_consulted,
    )
    if detail.archive_only:
        session.archive_consulted.add(detail.reference)
    with session.uow() as uow:
        entity = uow.entities.get(detail.entity)
        policy = entity.suspension_policy.value if entity is not None else "restart"
    return RequestFile(detail, policy, session.clock.today())


def run_service(session: AppSession, service: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    """Runs on the DB worker thread: a fresh unit of work, then the service."""
    return service(session.uow(), *args, **kw)


# -- the page ------------------------------------------------------------------------------


class RequestFileView(QWidget):
    loaded = Signal()  # a fresh RequestFile is on screen

    def __init__(
        self, session: AppSession, ops: Ops, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestFile")
        self.reference = reference
        self._session, self._ops = session, ops
        self._generation = 0
        self.file: RequestFile | None = None
        self.active_dialog: RequestActionDialog | None = None
        self.letter_dialog: LetterDialog | None = None
        self.bundle_dialog: QDialog | None = None
        self.viewer: DocumentViewer | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 0)
        layout.setSpacing(8)
        layout.addLayout(self._build_top_bar())
        self.message = plain_label()
        self.message.setObjectName("requestMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self.archive_banner = archive_banner()
        self.archive_banner.hide()
        layout.addWidget(self.archive_banner)
        self.archive_gate = ArchiveGate()
        self.archive_gate.hide()
        self.archive_gate.consult_requested.connect(self.consult_archive)
        layout.addWidget(self.archive_gate)

        page = QWidget()
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(14)
        right.setSpacing(14)
        left.addWidget(self._build_deadline())
        left.addWidget(self._build_suspensions())
        left.addWidget(self._build_identity())
        left.addStretch(1)
        right.addWidget(self._build_people())
        right.addWidget(self._build_notes())
        right.addWidget(self._build_attachments())
        right.addStretch(1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 4, 4, 12)
        body.setSpacing(14)
        body.addLayout(columns)
        body.addWidget(self._build_timeline())
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(page)
        layout.addWidget(self.scroll_area, 1)
        layout.addStretch(0)  # takes the height only while the page is hidden (archive gate)

        self._set_actions_enabled(False)
        ops.operation_done.connect(self._on_operation_done)

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
                ("File", lambda d: d.filename),
                ("Kind", lambda d: f"{d.kind} (purged)" if d.purged else d.kind),
                ("Size", lambda d: human_size(d.size)),
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

    # -- loading ----------------------------------------------------------------------------

    def reload(self, consult_reason: str | None = None) -> None:
        """Fetch the request again (on the DB worker)."""
        self._generation += 1
        generation = self._generation
        self._ops.run(
            fetch_request_file,
            self._session,
            self.reference,
            consult_reason,
            on_done=lambda file: self._loaded(generation, file),
            on_error=lambda error: self._load_failed(generation, error),
            kind="request.archive_consulted" if consult_reason else None,
        )

    def consult_archive(self, reason: str) -> None:
        """The reason for opening a closed objection record (audited), then the record."""
        self.reload(consult_reason=reason)

    def _loaded(self, generation: int, file: RequestFile) -> None:
        if not isValid(self) or generation != self._generation:
            return  # closed, cleared, or a newer load is on its way
        self.show_file(file)
        self.loaded.emit()

    def _load_failed(self, generation: int, error: DsrError) -> None:
        if not isValid(self) or generation != self._generation:
            return
        if isinstance(error, ArchiveRestricted):
            self._show_gate(error)
        else:
            self.show_message(str(error))

    def _show_gate(self, error: ArchiveRestricted) -> None:
        """A restricted archive: nothing of the record on screen until a reason is given."""
        if self.file is not None:
            self.clear()
        was_open = self.archive_gate.isVisible()
        self.scroll_area.hide()
        self.archive_banner.hide()
        self.archive_gate.show()
        self.title.setText(self.reference)
        self.status_badge.setText("Archive")
        self.status_badge.setStyleSheet(_BADGE + EXTENDED_STYLE)
        if was_open:
            self.archive_gate.failed(str(error))
        self.archive_gate.reason_edit.setFocus()

    def _on_operation_done(self, kind: str) -> None:
        if kind.startswith("request") and isValid(self):
            self.reload()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- showing ----------------------------------------------------------------------------

    @property
    def detail(self) -> RequestDetail | None:
        return self.file.detail if self.file is not None else None

    def show_file(self, file: RequestFile) -> None:
        self.file = file
        d, today = file.detail, file.today
        self.archive_gate.hide()
        self.archive_gate.reset()
        self.scroll_area.show()
        self.archive_banner.setVisible(d.archive_only)
        self.note_edit.setVisible(not d.archive_only)
        self.add_note_button.setVisible(not d.archive_only)
        self.title.setText(d.reference)
        self.status_badge.setText(STATUS_WORDS.get(d.status, d.status))
        self.status_badge.setStyleSheet(_BADGE + STATUS_STYLES.get(d.status, EXTENDED_STYLE))
        self._show_urgency(d)
        received = f"received {fmt_date(d.received_on)} by {d.channel.replace('-', ' ')}"
        kind = f"{d.type.replace('-', ' ').capitalize()} request"
        self.kind_label.setText(f"{kind} from {d.requester_name} · {received}")

        self.requester_name.setText(d.requester_name)
        self.requester_email.setText(d.requester_email or "—")
        self.requester_address.setText(d.requester_address or "—")
        self.requester_language.setText(LANGUAGES.get(d.requester_language, d.requester_language))
        role = "processor, acting for a client" if d.entity_role == "processor" else d.entity_role
        self.entity_label.setText(f"{d.entity} ({role})")
        self.assignee_label.setText(d.assignee or "nobody yet")
        self.summary_label.setText(d.summary or "—")

        self._show_deadline(d, today)
        self.suspensions_model.set_rows(d.suspensions)
        self.suspensions_table.setVisible(bool(d.suspensions))
        self.suspensions_empty.setVisible(not d.suspensions)
        self._show_identity(d)
        self.documents_model.set_rows(d.documents)
        self.documents_table.setVisible(bool(d.documents))
        self.documents_empty.setVisible(not d.documents)
        self._update_document_buttons()
        self._show_notes(d)
        self.timeline_model.set_rows(list(reversed(d.timeline)))
        self.timeline_table.setVisible(bool(d.timeline))
        self.timeline_empty.setVisible(not d.timeline)
        self._update_actions(file)

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
        self.urgency_badge.setStyleSheet(_BADGE + style)
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

    # -- which actions are possible now -----------------------------------------------------

    def _set_actions_enabled(self, enabled: bool) -> None:
        for widget in self._action_buttons():
            widget.setEnabled(enabled)

    def _action_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.start_button,
            self.identity_button,
            self.ask_button,
            self.received_button,
            self.extend_button,
            self.complete_button,
            self.refuse_button,
            self.forward_button,
            self.letters_button,
            self.bundle_button,
        )

    def _update_actions(self, file: RequestFile) -> None:
        buttons = {
            "start": self.start_button,
            "identity": self.identity_button,
            "ask": self.ask_button,
            "received": self.received_button,
            "extend": self.extend_button,
            "complete": self.complete_button,
            "refuse": self.refuse_button,
            "forward": self.forward_button,
            "letters": self.letters_button,
            "bundle": self.bundle_button,
        }
        for name, state in action_states(file.detail, file.today, file.suspension_policy).items():
            button = buttons[name]
            button.setVisible(state.visible)
            button.setEnabled(state.enabled)
            button.setToolTip(state.tooltip)

    # -- actions ----------------------------------------------------------------------------

    def _open_dialog(self, dialog: RequestActionDialog, submit: Callable[[], None]) -> None:
        self._drop_dialog()
        self.active_dialog = dialog
        dialog.submitted.connect(submit)
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: RequestActionDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def _drop_dialog(self) -> None:
        dialog, self.active_dialog = self.active_dialog, None
        if dialog is not None and isValid(dialog):
            dialog.finish()

    def _submit(
        self,
        dialog: RequestActionDialog,
        kind: str,
        service: Callable[..., Any],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        def done(_result: object) -> None:
            if isValid(dialog):
                dialog.finish()

        def failed(error: DsrError) -> None:
            if isValid(dialog):
                dialog.show_error(str(error))
            if isValid(self):
                self.reload()  # the refusal may come from a stale page (the day changed)

        self._ops.run(
            partial(run_service, self._session, service, self.reference, *args, **kwargs),
            on_done=done,
            on_error=failed,
            kind=kind,
        )

    def _run_direct(self, kind: str, service: Callable[..., Any], *args: Any) -> None:
        """An action without a dialog: errors go to the page's message line."""
        self.show_message("")
        self._ops.run(
            partial(run_service, self._session, service, self.reference, *args),
            on_error=lambda error: self.show_message(str(error)) if isValid(self) else None,
            kind=kind,
        )

    def start_processing(self) -> None:
        self._run_direct("request.started", svc.start_processing)

    def record_identity_check(self) -> None:
        if self.file is None:
            return
        d = self.file.detail
        dialog = IdentityCheckDialog(
            d.reference,
            user=self._session.user,
            received_on=d.received_on,
            today=self.file.today,
            parent=self,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                "request.identity_checked",
                svc.record_identity_check,
                v.method,
                checked_by=v.checked_by,
                checked_on=v.checked_on,
                outcome=v.outcome,
                document_kind=v.document_kind,
                number_last_chars=v.number_last_chars,
                note=v.note,
            )

        self._open_dialog(dialog, submit)

    def ask_information(self) -> None:
        if self.file is None:
            return
        d = self.file.detail
        dialog = AskInformationDialog(
            d.reference,
            policy=self.file.suspension_policy,
            received_on=d.received_on,
            due=d.effective_due,
            today=self.file.today,
            kind=InformationKind.CLARIFICATION if d.identity_verified else InformationKind.IDENTITY,
            parent=self,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                "request.information_asked",
                svc.ask_for_information,
                v.kind,
                v.reason,
                asked_on=v.asked_on,
            )

        self._open_dialog(dialog, submit)

    def information_received(self) -> None:
        if self.file is None:
            return
        d = self.file.detail
        awaited: SuspensionView | None = next(
            (s for s in d.suspensions if s.received_on is None), None
        )
        if awaited is None:
            self.show_message(f"{d.reference} is not waiting for any information.")
            return
        dialog = InformationReceivedDialog(
            d.reference,
            kind=awaited.kind,
            reason=awaited.reason,
            asked_on=awaited.asked_on,
            policy=awaited.policy,
            today=self.file.today,
            parent=self,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                "request.information_received",
                svc.information_received,
                received_on=v.received_on,
            )

        self._open_dialog(dialog, submit)

    def extend(self) -> None:
        if self.file is None:
            return
        d = self.file.detail
        dialog = ExtendDialog(
            d.reference,
            current_due=d.effective_due,
            extended_due=d.extended_due,
            notice_by=d.extension_notice_by,
            today=self.file.today,
            parent=self,
        )

        def submit() -> None:
            self._submit(dialog, "request.extended", svc.extend, dialog.values().reason)

        self._open_dialog(dialog, submit)

    def close_request(self, outcome: Outcome) -> None:
        if self.file is None:
            return
        d = self.file.detail
        dialog = CloseDialog(
            d.reference,
            outcome,
            received_on=d.received_on,
            today=self.file.today,
            parent=self,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(dialog, "request.closed", svc.close, v.outcome, reason=v.reason, on=v.on)

        self._open_dialog(dialog, submit)

    # -- documents --------------------------------------------------------------------------

    def _selected_document(self) -> DocumentView | None:
        rows = self.documents_table.selectionModel().selectedRows()
        if not rows or self.file is None:
            return None
        document: DocumentView = self.documents_model.row_at(rows[0].row())
        return document

    def _update_document_buttons(self) -> None:
        document = self._selected_document()
        self.attach_button.setEnabled(self.file is not None)
        self.open_document_button.setEnabled(document is not None and not document.purged)
        if document is not None and document.purged:
            tip = "This file was purged (its key destroyed): it can no longer be opened."
        else:
            tip = "Open the selected file (watermarked copy; the viewing is audited)."
        self.open_document_button.setToolTip(tip)

    def open_selected_document(self) -> None:
        rows = self.documents_table.selectionModel().selectedRows()
        if rows:
            self.open_document_at(rows[0].row())

    def open_document_at(self, row: int) -> None:
        """Decrypt on the DB worker (audited), then show it in the watermarked viewer."""
        if self.file is None or not 0 <= row < self.documents_model.rowCount():
            return
        document: DocumentView = self.documents_model.row_at(row)
        if document.purged:
            self.show_message(
                f"{document.filename} was purged under the retention rules: its key was "
                "destroyed, so it can no longer be opened."
            )
            return
        self.show_message("")
        generation = self._generation

        def show(opened: OpenedDocument) -> None:
            if not isValid(self) or generation != self._generation:
                return  # locked or closed meanwhile: the decrypted bytes are just dropped
            self._close_viewer()
            today = self.file.today if self.file is not None else self._session.clock.today()
            self.viewer = DocumentViewer(
                opened, today=today, session=self._session, ops=self._ops, parent=self
            )
            self.viewer.show()

        self._ops.run(
            partial(open_for_view, self._session, self.reference, document.document_id),
            on_done=show,
            on_error=lambda error: self.show_message(str(error)) if isValid(self) else None,
            kind="request.document_viewed",
        )

    def _close_viewer(self) -> None:
        viewer, self.viewer = self.viewer, None
        if viewer is not None and isValid(viewer):
            viewer.reject()

    def attach_file(self) -> None:
        """Choose a file and its kind, then keep it encrypted in this request's file."""
        if self.file is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(self, f"Attach a file to {self.reference}")
        if not chosen:
            return
        path = Path(chosen)
        kinds = [
            (label, kind)
            for label, kind in ATTACH_KINDS
            if not self.file.detail.archive_only or kind in ARCHIVE_ADDITIONS
        ]
        labels = [label for label, _kind in kinds]
        current = next(
            (i for i, (_label, kind) in enumerate(kinds) if kind is guess_kind(path.name)), 0
        )
        label, ok = QInputDialog.getItem(
            self, "Attach a file", f"What is {path.name}?", labels, current, False
        )
        if not ok:
            return
        kind = dict(kinds)[label]
        self.show_message("")
        self._ops.run(
            partial(attach_from_path, self._session, self.reference, path, kind),
            on_error=lambda error: self.show_message(str(error)) if isValid(self) else None,
            kind="request.document_added",
        )

    # -- letters ----------------------------------------------------------------------------

    def open_letters(self) -> None:
        """The letter dialog for this request (one at a time)."""
        if self.file is None:
            return
        if self.letter_dialog is not None and isValid(self.letter_dialog):
            self.letter_dialog.activateWindow()
            return
        dialog = LetterDialog(self._session, self._ops, self.file.detail, self.file.today, self)
        self.letter_dialog = dialog
        dialog.finished.connect(lambda _result: self._letters_closed(dialog))
        dialog.open()

    def open_bundle(self) -> None:
        """The portability / access bundle export of this request (one at a time)."""
        if self.file is None:
            return
        if self.bundle_dialog is not None and isValid(self.bundle_dialog):
            self.bundle_dialog.activateWindow()
            return
        from dsr_desk.ui.dialogs.bundle_dialog import BundleDialog

        dialog = BundleDialog(self._session, self._ops, self.file.detail, self.file.today, self)
        self.bundle_dialog = dialog
        dialog.finished.connect(lambda _result: self._bundle_closed(dialog))
        dialog.open()

    def _bundle_closed(self, dialog: QDialog) -> None:
        if self.bundle_dialog is dialog:
            self.bundle_dialog = None
        dialog.deleteLater()

    def _letters_closed(self, dialog: LetterDialog) -> None:
        if self.letter_dialog is dialog:
            self.letter_dialog = None
        dialog.deleteLater()

    def print_current(self) -> None:
        """Ctrl+P in the main window: the letters of this request."""
        self.open_letters()

    # -- notes ------------------------------------------------------------------------------

    def _note_changed(self) -> None:
        self.add_note_button.setEnabled(
            bool(self.note_edit.toPlainText().strip()) and self.file is not None
        )

    def add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text or self.file is None:
            return
        self.add_note_button.setEnabled(False)
        self.show_message("")

        def done(_result: object) -> None:
            if isValid(self) and self.note_edit.toPlainText().strip() == text:
                self.note_edit.clear()  # keep anything typed meanwhile

        def failed(error: DsrError) -> None:
            if isValid(self):
                self.show_message(str(error))
                self._note_changed()

        self._ops.run(
            partial(run_service, self._session, svc.add_note, self.reference, text),
            on_done=done,
            on_error=failed,
            kind="request.note_added",
        )

    # -- lock -------------------------------------------------------------------------------

    def clear(self) -> None:
        """Drop every piece of personal data from the widgets (on lock)."""
        self._generation += 1
        self._drop_dialog()
        self._close_viewer()
        if self.letter_dialog is not None and isValid(self.letter_dialog):
            self.letter_dialog.reject()  # its preview holds personal data
        if self.bundle_dialog is not None and isValid(self.bundle_dialog):
            self.bundle_dialog.reject()  # it holds added files and the zip password
        self.file = None
        for label in (
            self.status_badge,
            self.urgency_badge,
            self.kind_label,
            self.requester_name,
            self.requester_email,
            self.requester_address,
            self.requester_language,
            self.entity_label,
            self.assignee_label,
            self.summary_label,
            self.due_label,
            self.days_label,
            self.notice_label,
            self.extension_label,
            self.identity_label,
        ):
            label.clear()
        self.urgency_badge.hide()
        self.archive_banner.hide()
        self.archive_gate.reset()
        self.show_message("")
        for model in (
            self.suspensions_model,
            self.checks_model,
            self.documents_model,
            self.timeline_model,
        ):
            model.clear()
        for label in self.explanation_labels:
            self.explanation_grid.removeWidget(label)
            label.deleteLater()
        self.explanation_labels = []
        self._remove_notes()
        self.note_edit.clear()
        self._set_actions_enabled(False)
        self._update_document_buttons()

    def _remove_notes(self) -> None:
        while self.notes_area.count():
            item = self.notes_area.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.note_texts = []
