"""The request file: everything about one request on one calm page, and its actions.

A pinned top bar holds the reference, the status (as words, never colour alone) and the action
buttons; below it the page scrolls: requester and entity, the deadline with its explanation
lines verbatim, the suspension ledger, identity checks, notes, attachments and the timeline
from the audit log. Every action opens a dialog (``dsr_desk.ui.dialogs``), runs one service
through ``Ops.run`` with ``kind="request.<action>"`` and keeps the dialog open with the
service's message when the rules refuse. The view reloads on every ``request.*`` operation.

The page is split by concern: ``request_sections`` builds and fills the sections,
``request_file_actions`` and ``request_file_documents`` hold the handlers (mixins of the
view, so every widget and action stays reachable on it under its name) and ``request_file``
the worker side. This module keeps the page itself: loading, showing a file, locking.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dsr_desk.domain.errors import ArchiveRestricted, DsrError
from dsr_desk.services.views import RequestDetail
from dsr_desk.ui.dialogs.document_viewer import DocumentViewer
from dsr_desk.ui.dialogs.letter_dialog import LetterDialog
from dsr_desk.ui.dialogs.request_action_dialog import ERROR_STYLE, RequestActionDialog, fmt_date
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_actions import action_states
from dsr_desk.ui.views.request_file import RequestFile, fetch_request_file
from dsr_desk.ui.views.request_file_actions import RequestFileActions
from dsr_desk.ui.views.request_file_documents import RequestFileDocuments
from dsr_desk.ui.views.request_sections import (
    BADGE_STYLE,
    EXTENDED_STYLE,
    LANGUAGES,
    STATUS_STYLES,
    STATUS_WORDS,
    RequestSections,
)
from dsr_desk.ui.widgets.archive_gate import ArchiveGate, archive_banner
from dsr_desk.ui.widgets.labels import plain_label


class RequestFileView(RequestSections, RequestFileActions, RequestFileDocuments, QWidget):
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
        self.status_badge.setStyleSheet(BADGE_STYLE + EXTENDED_STYLE)
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
        self.status_badge.setStyleSheet(BADGE_STYLE + STATUS_STYLES.get(d.status, EXTENDED_STYLE))
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
