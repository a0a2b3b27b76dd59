"""The request file: everything about one request on one calm page, and its actions.

A pinned top bar holds the reference, the status (as words, never colour alone) and the action
buttons; below it the page scrolls: requester and entity, the deadline with its explanation
lines verbatim, the suspension ledger, identity checks, notes, attachments and the timeline
from the audit log. Every action opens a dialog (``dsr_desk.ui.dialogs``), runs one service
through ``Ops.run`` and keeps the dialog open with the service's message when the rules
refuse. The view reloads after the writes that touch its request (``ui.freshness``; when hidden
behind another tab, once shown again).

The page is composed of three parts, each with its own widgets: ``RequestSections``
(``request_sections``) builds and fills the read-only sections, ``RequestActions``
(``request_file_actions``) declares every action once and runs it, ``RequestDocuments``
(``request_file_documents``) holds the attachments, letters, data export and notes;
``request_file`` is the worker side. This module keeps the page itself: placing the parts,
loading, showing a file, the restricted-archive gate, locking.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.changes import Changes
from dsr_desk.domain.errors import ArchiveRestricted, DsrError
from dsr_desk.read_models import RequestDetail, RequestFile
from dsr_desk.ui.dialogs.request_action_dialog import ERROR_STYLE
from dsr_desk.ui.freshness import Freshness
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_file import fetch_request_file
from dsr_desk.ui.views.request_file_actions import RequestActions
from dsr_desk.ui.views.request_file_documents import RequestDocuments
from dsr_desk.ui.views.request_sections import RequestSections
from dsr_desk.ui.widgets.archive_gate import ArchiveGate, archive_banner
from dsr_desk.ui.widgets.labels import plain_label


class RequestFileView(QWidget):
    loaded = Signal()  # a fresh RequestFile is on screen

    def __init__(
        self, session: AppSession, ops: Ops, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestFile")
        self.reference = reference
        self._session, self._ops = session, ops
        self._latest = Latest(ops, self)
        self.file: RequestFile | None = None
        self.sections = RequestSections(reference, self)
        self.documents = RequestDocuments(session, ops, reference, self, self.show_message)
        self.request_actions = RequestActions(
            session,
            ops,
            reference,
            self,
            documents=self.documents,
            reload=self.reload,
            show_message=self.show_message,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 0)
        layout.setSpacing(8)
        top_bar = QVBoxLayout()
        top_bar.setSpacing(8)
        top_bar.addLayout(self.sections.header)
        top_bar.addLayout(self.request_actions.bar)
        layout.addLayout(top_bar)
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

        people_row = QHBoxLayout()  # correcting the requester, reassigning: where they show
        people_row.addStretch(1)
        for button in self.request_actions.people_buttons.values():
            people_row.addWidget(button)
        people_layout = self.sections.people_box.layout()
        assert isinstance(people_layout, QVBoxLayout)
        people_layout.addLayout(people_row)

        page = QWidget()
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(14)
        right.setSpacing(14)
        left.addWidget(self.sections.deadline_box)
        left.addWidget(self.sections.suspensions_box)
        left.addWidget(self.sections.identity_box)
        left.addStretch(1)
        right.addWidget(self.sections.people_box)
        right.addWidget(self.documents.notes_box)
        right.addWidget(self.documents.attachments_box)
        right.addStretch(1)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 4, 4, 12)
        body.setSpacing(14)
        body.addLayout(columns)
        body.addWidget(self.sections.timeline_box)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(
            QCoreApplication.translate("RequestFileView", "Request file")
        )
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(page)
        layout.addWidget(self.scroll_area, 1)
        layout.addStretch(0)  # takes the height only while the page is hidden (archive gate)

        self._freshness = Freshness(self, ops, self._shows, self.reload)

    # -- loading ----------------------------------------------------------------------------

    def reload(self, consult_reason: str | None = None) -> None:
        """Fetch the request again (on the DB worker); a load still on its way is dropped."""
        self._freshness.mark_fresh()
        self._latest.run(
            fetch_request_file,
            self._session,
            self.reference,
            consult_reason,
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def consult_archive(self, reason: str) -> None:
        """The reason for opening a closed objection record (audited), then the record."""
        self.reload(consult_reason=reason)

    def _shows(self, changes: Changes) -> bool:
        """This request's own changes (a write to another one leaves the file as it is), and
        its entity's (name, address, deadline rules): entities are few and rarely changed."""
        return changes.touches_request(self.reference) or changes.entities

    def _loaded(self, file: RequestFile) -> None:
        self.show_file(file)
        self.loaded.emit()

    def _load_failed(self, error: DsrError) -> None:
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
        self.sections.show_restricted(self.reference)
        if was_open:
            self.archive_gate.failed(str(error))
        self.archive_gate.reason_edit.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- showing ----------------------------------------------------------------------------

    @property
    def detail(self) -> RequestDetail | None:
        return self.file.detail if self.file is not None else None

    def show_file(self, file: RequestFile) -> None:
        self.file = file
        self.archive_gate.hide()
        self.archive_gate.reset()
        self.scroll_area.show()
        self.archive_banner.setVisible(file.detail.archive_only)
        self.sections.show(file.detail)
        self.documents.show(file)
        self.request_actions.show(file)

    def tab_texts(self, font: QFont, name_px: int) -> tuple[str, str] | None:
        """(the tab's text, its tooltip) once the file is loaded: the reference and the
        requester's name, elided to ``name_px`` pixels in the tab's font, in full in the
        tooltip."""
        detail = self.detail
        if detail is None:
            return None
        name = QFontMetrics(font).elidedText(
            detail.requester_name, Qt.TextElideMode.ElideRight, name_px
        )
        return f"{self.reference} · {name}", f"{self.reference} · {detail.requester_name}"

    def print_current(self) -> None:
        """Ctrl+P in the main window: the letters of this request."""
        self.documents.open_letters()

    # -- lock -------------------------------------------------------------------------------

    def clear(self) -> None:
        """Drop every piece of personal data from the widgets (on lock)."""
        self._latest.drop()
        self.request_actions.clear()
        self.documents.clear()
        self.file = None
        self.sections.clear()
        self.archive_banner.hide()
        self.archive_gate.reset()
        self.show_message("")
