"""The sections of the request file: how each is built and how it shows a request.

A part of ``RequestFileView`` (``dsr_desk.ui.views.request_view``), which places the widgets
built here; ``show`` fills them from a ``RequestDetail``, ``clear`` empties them on lock. The
sections are read-only: the actions are in ``request_file_actions``, the attachments and notes
in ``request_file_documents``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from dsr_desk.domain.request_kinds import FINAL_STATUSES
from dsr_desk.read_models import RequestDetail
from dsr_desk.ui.dialogs.request_action_dialog import fmt_date, to_qdate
from dsr_desk.ui.kind_words import channel_label, status_label, type_label
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.views.request_wording import (
    AWAITING,
    action_details,
    action_words,
    extension_texts,
    local_time,
    method_words,
)
from dsr_desk.ui.widgets.labels import MUTED, empty_label, plain_label, section
from dsr_desk.ui.widgets.record_table import FittedTable, RecordTableModel

STATUS_WORDS = {  # the badge's words (the tables use ``kind_words.status_label``)
    "received": QT_TRANSLATE_NOOP("RequestSections", "Received"),
    "in-progress": QT_TRANSLATE_NOOP("RequestSections", "In progress"),
    AWAITING: QT_TRANSLATE_NOOP("RequestSections", "Awaiting information"),
    "completed": QT_TRANSLATE_NOOP("RequestSections", "Completed"),
    "refused": QT_TRANSLATE_NOOP("RequestSections", "Refused"),
    "forwarded": QT_TRANSLATE_NOOP("RequestSections", "Forwarded to controller"),
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
LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("RequestSections", "French"),
    "en": QT_TRANSLATE_NOOP("RequestSections", "English"),
}
ROLES = {
    "controller": QT_TRANSLATE_NOOP("RequestSections", "controller"),
    "processor": QT_TRANSLATE_NOOP("RequestSections", "processor, acting for a client"),
}
WAITED_FOR = {  # what a suspension waits for (``InformationKind``)
    "identity": QT_TRANSLATE_NOOP("RequestSections", "identity"),
    "clarification": QT_TRANSLATE_NOOP("RequestSections", "clarification"),
    "fee": QT_TRANSLATE_NOOP("RequestSections", "fee"),
}
POLICIES = {
    "restart": QT_TRANSLATE_NOOP("RequestSections", "restart"),
    "pause": QT_TRANSLATE_NOOP("RequestSections", "pause"),
}
CHECK_RESULTS = {
    "verified": QT_TRANSLATE_NOOP("RequestSections", "verified"),
    "failed": QT_TRANSLATE_NOOP("RequestSections", "failed"),
}


def _words(table: dict[str, str], value: str) -> str:
    """A stored value in words, translated (unknown values as stored, readably)."""
    text = table.get(value)
    if text is None:
        return value.replace("-", " ")
    return QCoreApplication.translate("RequestSections", text)


def status_words(status: str) -> str:
    return _words(STATUS_WORDS, status)


def who_asks(d: RequestDetail) -> str:
    """Who makes the request and for whom, as the request file says it."""
    subject = d.subject_name or "—"
    if d.capacity == "representative":
        return QCoreApplication.translate(
            "RequestSections", "A representative, on behalf of {subject}"
        ).format(subject=subject)
    if d.capacity == "guardian":
        return QCoreApplication.translate(
            "RequestSections", "A parent or guardian, on behalf of {subject}"
        ).format(subject=subject)
    if d.capacity == "heir":
        return QCoreApplication.translate(
            "RequestSections", "An heir of {subject} (art. 85 II loi Informatique et Libertés)"
        ).format(subject=subject)
    return QCoreApplication.translate("RequestSections", "The person concerned")


def linked_words(d: RequestDetail) -> str:
    """The other requests asked in the same message."""
    return QCoreApplication.translate("RequestSections", "; ").join(  # a list's separator
        QCoreApplication.translate("RequestSections", "{reference} ({type}, {status})").format(
            reference=r.reference,
            type=type_label(r.type).lower(),
            status=status_label(r.status).lower(),
        )
        for r in d.linked
    )


class RequestSections:
    """Builds the read-only sections of the request file and fills them from a request: the
    header line (reference, status, urgency, kind), requester and entity, deadline,
    suspensions, identity and timeline. The page (``RequestFileView``) places the widgets."""

    def __init__(self, reference: str, parent: QWidget) -> None:
        self.header = self._build_header(reference)
        self.deadline_box = self._build_deadline()
        self.suspensions_box = self._build_suspensions(parent)
        self.identity_box = self._build_identity(parent)
        self.people_box = self._build_people()
        self.timeline_box = self._build_timeline(parent)

    # -- building ---------------------------------------------------------------------------

    def _build_header(self, reference: str) -> QHBoxLayout:
        self.title = plain_label(reference, wrap=False)
        self.title.setObjectName("requestTitle")
        self.title.setStyleSheet("font-size:17pt; font-weight:600;")
        self.status_badge = plain_label(selectable=False, wrap=False)
        self.status_badge.setObjectName("statusBadge")
        self.urgency_badge = plain_label(selectable=False, wrap=False)
        self.urgency_badge.setObjectName("urgencyBadge")
        self.urgency_badge.hide()
        # wraps (right-aligned) rather than forcing the window wider: the kind and its
        # articles are long in French
        self.kind_label = plain_label(wrap=True)
        self.kind_label.setStyleSheet(MUTED)
        self.kind_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        first = QHBoxLayout()
        first.setSpacing(10)
        first.addWidget(self.title)
        first.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        first.addWidget(self.urgency_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        first.addStretch(1)
        first.addWidget(self.kind_label, 1)
        return first

    def _build_people(self) -> QGroupBox:
        box, layout = section(QCoreApplication.translate("RequestSections", "Requester and entity"))
        self.requester_name = plain_label()
        self.requester_name.setStyleSheet("font-weight:600;")
        self.requester_email = plain_label()
        self.requester_address = plain_label()
        self.requester_language = plain_label()
        self.entity_label = plain_label()
        self.assignee_label = plain_label()
        self.summary_label = plain_label()
        self.capacity_label = plain_label()
        self.capacity_label.setObjectName("capacityLabel")
        self.linked_label = plain_label()
        self.linked_label.setObjectName("linkedLabel")
        self.linked_label.setToolTip(
            QCoreApplication.translate(
                "RequestSections", "Asked in the same message: they may be answered in one letter."
            )
        )
        # a grid, not a QFormLayout: a form gives wrapped values (a long e-mail address, the
        # entity and its role, in French) the height of another width, and clips them
        form = QGridLayout()
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(12)
        form.setColumnStretch(1, 1)
        self._people_labels: dict[QWidget, QLabel] = {}
        for text, field in (
            (QCoreApplication.translate("RequestSections", "Requester:"), self.requester_name),
            (QCoreApplication.translate("RequestSections", "Made by:"), self.capacity_label),
            (QCoreApplication.translate("RequestSections", "E-mail:"), self.requester_email),
            (
                QCoreApplication.translate("RequestSections", "Postal address:"),
                self.requester_address,
            ),
            (QCoreApplication.translate("RequestSections", "Language:"), self.requester_language),
            (QCoreApplication.translate("RequestSections", "Entity:"), self.entity_label),
            (QCoreApplication.translate("RequestSections", "Assigned to:"), self.assignee_label),
            (QCoreApplication.translate("RequestSections", "Request:"), self.summary_label),
            (QCoreApplication.translate("RequestSections", "Linked requests:"), self.linked_label),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            row = form.rowCount()
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addWidget(field, row, 1)
            self._people_labels[field] = label
        layout.addLayout(form)
        return box

    def _show_people_row(self, field: QWidget, visible: bool) -> None:
        self._people_labels[field].setVisible(visible)
        field.setVisible(visible)

    def _build_deadline(self) -> QGroupBox:
        box, layout = section(QCoreApplication.translate("RequestSections", "Deadline"))
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
        form.addRow(
            QCoreApplication.translate("RequestSections", "Extension notice by:"), self.notice_label
        )
        form.addRow(
            QCoreApplication.translate("RequestSections", "Extension:"), self.extension_label
        )
        caption = plain_label(
            QCoreApplication.translate("RequestSections", "How the due date is computed"),
            selectable=False,
        )
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

    def _build_suspensions(self, parent: QWidget) -> QGroupBox:
        box, layout = section(QCoreApplication.translate("RequestSections", "Suspensions"))
        awaited = QCoreApplication.translate("RequestSections", "awaited")
        self.suspensions_model = RecordTableModel(
            [
                (
                    QCoreApplication.translate("RequestSections", "Asked on"),
                    lambda s: fmt_date(s.asked_on),
                ),
                (
                    QCoreApplication.translate("RequestSections", "For"),
                    lambda s: _words(WAITED_FOR, s.kind),
                ),
                (QCoreApplication.translate("RequestSections", "Reason"), lambda s: s.reason),
                (
                    QCoreApplication.translate("RequestSections", "Policy"),
                    lambda s: _words(POLICIES, s.policy),
                ),
                (
                    QCoreApplication.translate("RequestSections", "Received on"),
                    lambda s: fmt_date(s.received_on) if s.received_on else awaited,
                ),
            ],
            parent,
        )
        self.suspensions_table = FittedTable(self.suspensions_model, stretch_column=2)
        self.suspensions_empty = empty_label(
            QCoreApplication.translate(
                "RequestSections", "None: the deadline has never been on hold."
            )
        )
        layout.addWidget(self.suspensions_table)
        layout.addWidget(self.suspensions_empty)
        return box

    def _build_identity(self, parent: QWidget) -> QGroupBox:
        box, layout = section(QCoreApplication.translate("RequestSections", "Identity"))
        self.identity_label = plain_label()
        self.identity_label.setObjectName("identityLabel")
        # someone acting for the data subject: their mandate or proof of capacity
        self.capacity_proof_label = plain_label()
        self.capacity_proof_label.setObjectName("capacityProofLabel")
        self.checks_model = RecordTableModel(
            [
                (
                    QCoreApplication.translate("RequestSections", "Method"),
                    lambda c: method_words(c.method),
                ),
                (
                    QCoreApplication.translate("RequestSections", "Document"),
                    lambda c: c.document_kind or "—",
                ),
                (
                    QCoreApplication.translate("RequestSections", "No. ends"),
                    lambda c: f"…{c.number_last_chars}" if c.number_last_chars else "—",
                ),
                (
                    QCoreApplication.translate("RequestSections", "Result"),
                    lambda c: _words(CHECK_RESULTS, c.outcome),
                ),
                (QCoreApplication.translate("RequestSections", "By"), lambda c: c.checked_by),
                (
                    QCoreApplication.translate("RequestSections", "On"),
                    lambda c: fmt_date(c.checked_on),
                ),
            ],
            parent,
        )
        self.checks_table = FittedTable(self.checks_model, stretch_column=1)
        layout.addWidget(self.identity_label)
        layout.addWidget(self.capacity_proof_label)
        layout.addWidget(self.checks_table)
        return box

    def _build_timeline(self, parent: QWidget) -> QGroupBox:
        box, layout = section(
            QCoreApplication.translate("RequestSections", "Timeline (newest first)")
        )
        self.timeline_model = RecordTableModel(
            [
                (QCoreApplication.translate("RequestSections", "When"), lambda e: local_time(e.at)),
                (QCoreApplication.translate("RequestSections", "Who"), lambda e: e.user),
                (QCoreApplication.translate("RequestSections", "What"), action_words),
                (QCoreApplication.translate("RequestSections", "Details"), action_details),
            ],
            parent,
        )
        self.timeline_table = FittedTable(self.timeline_model, stretch_column=3)
        self.timeline_empty = empty_label(
            QCoreApplication.translate(
                "RequestSections",
                "No event recorded (a request added in bulk, e.g. demo data, starts without one).",
            )
        )
        self.timeline_empty.hide()
        layout.addWidget(self.timeline_table)
        layout.addWidget(self.timeline_empty)
        return box

    # -- showing ----------------------------------------------------------------------------

    def show(self, d: RequestDetail) -> None:
        """Fill every section from the request as read (its read model says as of when)."""
        self.title.setText(d.reference)
        self.status_badge.setText(status_words(d.status))
        self.status_badge.setStyleSheet(BADGE_STYLE + STATUS_STYLES.get(d.status, EXTENDED_STYLE))
        self._show_urgency(d)
        self.kind_label.setText(
            QCoreApplication.translate(
                "RequestSections",
                "{type} · request from {requester} · received {received} by {channel}",
            ).format(
                type=type_label(d.type),
                requester=d.requester_name,
                received=fmt_date(d.received_on),
                channel=channel_label(d.channel),
            )
        )

        self.requester_name.setText(d.requester_name)
        self.requester_email.setText(d.requester_email or "—")
        self.requester_address.setText(d.requester_address or "—")
        self.requester_language.setText(_words(LANGUAGES, d.requester_language))
        self.entity_label.setText(f"{d.entity} ({_words(ROLES, d.entity_role)})")
        self.assignee_label.setText(
            d.assignee or QCoreApplication.translate("RequestSections", "nobody yet")
        )
        self.summary_label.setText(d.summary or "—")
        self.capacity_label.setText(who_asks(d))
        self.linked_label.setText(linked_words(d))
        self._show_people_row(self.linked_label, bool(d.linked))

        self._show_deadline(d)
        self.suspensions_model.set_rows(d.suspensions)
        self.suspensions_table.setVisible(bool(d.suspensions))
        self.suspensions_empty.setVisible(not d.suspensions)
        self._show_identity(d)
        self.timeline_model.set_rows(list(reversed(d.timeline)))
        self.timeline_table.setVisible(bool(d.timeline))
        self.timeline_empty.setVisible(not d.timeline)

    def show_restricted(self, reference: str) -> None:
        """A restricted archive behind its gate: the reference only."""
        self.title.setText(reference)
        self.status_badge.setText(QCoreApplication.translate("RequestSections", "Archive"))
        self.status_badge.setStyleSheet(BADGE_STYLE + EXTENDED_STYLE)

    def clear(self) -> None:
        """Drop every piece of personal data from the sections (on lock)."""
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
            self.capacity_label,
            self.linked_label,
            self.capacity_proof_label,
            self.due_label,
            self.days_label,
            self.notice_label,
            self.extension_label,
            self.identity_label,
        ):
            label.clear()
        self.urgency_badge.hide()
        for model in (self.suspensions_model, self.checks_model, self.timeline_model):
            model.clear()
        self._remove_explanation()

    def _show_urgency(self, d: RequestDetail) -> None:
        text, style = "", ""
        if d.status not in FINAL_STATUSES:
            if d.on_hold_since is not None:
                text, style = (
                    QCoreApplication.translate("RequestSections", "On hold"),
                    ON_HOLD_STYLE,
                )
            elif d.overdue:
                text, style = QCoreApplication.translate("RequestSections", "OVERDUE"), URGENT_STYLE
            elif d.extended_on is not None:
                text, style = (
                    QCoreApplication.translate("RequestSections", "Extended"),
                    EXTENDED_STYLE,
                )
        self.urgency_badge.setText(text)
        self.urgency_badge.setStyleSheet(BADGE_STYLE + style)
        self.urgency_badge.setVisible(bool(text))

    def _show_deadline(self, d: RequestDetail) -> None:
        due = d.effective_due
        weekday = QLocale().toString(to_qdate(due), "dddd")
        self.due_label.setText(
            QCoreApplication.translate("RequestSections", "Due {weekday} {date}").format(
                weekday=weekday, date=fmt_date(due)
            )
        )
        colour = MUTED
        if d.status in FINAL_STATUSES:
            closed = fmt_date(d.closed_on) if d.closed_on else "—"
            days = QCoreApplication.translate(
                "RequestSections", "Closed on {date} ({status})."
            ).format(date=closed, status=status_words(d.status).lower())
        elif d.on_hold_since is not None:
            days = QCoreApplication.translate(
                "RequestSections",
                "On hold since {date}, waiting for the requester: the deadline is suspended.",
            ).format(date=fmt_date(d.on_hold_since))
            colour = "color:#6b4e00; font-weight:600;"
        elif d.overdue and d.days_left is not None:
            days = (
                QCoreApplication.translate("RequestSections", "OVERDUE — 1 day late.")
                if d.days_left == -1
                else QCoreApplication.translate(
                    "RequestSections", "OVERDUE — {n} days late."
                ).format(n=-d.days_left)
            )
            colour = "color:#8c1d18; font-weight:600;"
        elif d.days_left == 0:
            days = QCoreApplication.translate("RequestSections", "Due today.")
            colour = "color:#6b4e00; font-weight:600;"
        else:
            left = d.days_left or 0
            days = (
                QCoreApplication.translate("RequestSections", "1 day left.")
                if left == 1
                else QCoreApplication.translate("RequestSections", "{n} days left.").format(n=left)
            )
        self.days_label.setText(days)
        self.days_label.setStyleSheet(colour)

        notice, extension = extension_texts(d)
        self.notice_label.setText(notice)
        self.extension_label.setText(extension)

        self._remove_explanation()
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
                QCoreApplication.translate(
                    "RequestSections", "✔ Verified on {date} by {user}."
                ).format(date=fmt_date(last.checked_on), user=last.checked_by)
            )
            self.identity_label.setStyleSheet("color:#1e5e2f; font-weight:600;")
        elif d.identity_checks:
            self.identity_label.setText(
                QCoreApplication.translate(
                    "RequestSections", "Not verified: the checks recorded did not confirm it."
                )
            )
            self.identity_label.setStyleSheet("color:#8c1d18; font-weight:600;")
        else:
            self.identity_label.setText(
                QCoreApplication.translate(
                    "RequestSections", "Not verified yet: no identity check recorded."
                )
            )
            self.identity_label.setStyleSheet(MUTED)
        self.checks_model.set_rows(d.identity_checks)
        self.checks_table.setVisible(bool(d.identity_checks))
        if d.capacity == "self":
            self.capacity_proof_label.hide()
        elif d.capacity_proof_missing:
            self.capacity_proof_label.setText(d.capacity_proof_missing)
            self.capacity_proof_label.setStyleSheet("color:#8c1d18;")
            self.capacity_proof_label.show()
        else:
            self.capacity_proof_label.setText(
                QCoreApplication.translate(
                    "RequestSections", "✔ Mandate or proof of capacity in the file."
                )
            )
            self.capacity_proof_label.setStyleSheet("color:#1e5e2f;")
            self.capacity_proof_label.show()

    def _remove_explanation(self) -> None:
        for label in self.explanation_labels:
            self.explanation_grid.removeWidget(label)
            label.deleteLater()
        self.explanation_labels = []
