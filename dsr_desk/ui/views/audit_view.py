"""The audit-log page: every recorded action, newest first, paged; filter by request reference
and action; "Verify chain" walks the whole hash chain on the DB worker and says whether the log
is intact or which entry breaks it (in red, and the entry is marked in the table)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.audit import ChainReport
from dsr_desk.domain.changes import Changes
from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.limits import MAX_SEARCH
from dsr_desk.services.audit import verify_audit_log
from dsr_desk.services.read.audit_queries import (
    AuditRow,
    audit_actions,
    audit_page,
    count_audit_entries,
)
from dsr_desk.ui.audit_words import action_label, family_label
from dsr_desk.ui.models.audit_table import AuditTableModel, Column
from dsr_desk.ui.models.urgency import OVERDUE_COLOUR
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.list_table import list_table
from dsr_desk.ui.widgets.paged_list import PagedList

PAGE_SIZE = 200
FILTER_DEBOUNCE_MS = 200
ALL_ACTIONS = ""
OK_COLOUR = "#1b6e34"


@dataclass(frozen=True)
class Page:
    rows: list[AuditRow]
    total: int | None
    actions: list[str] | None


def fetch_page(session: AppSession, request_ref: str, action_prefix: str, offset: int) -> Page:
    """Runs on the DB worker: one page of entries (with the total and the known actions on
    the first page)."""
    db = session.reader()
    rows = audit_page(db, request_ref, action_prefix, PAGE_SIZE, offset)
    if offset:
        return Page(rows, None, None)
    total = count_audit_entries(db, request_ref, action_prefix)
    return Page(rows, total, audit_actions(db))


def verify(session: AppSession) -> ChainReport:
    """Runs on the DB worker."""
    return verify_audit_log(session.uow())


def action_choices(actions: list[str]) -> list[tuple[str, str]]:
    """``(label, prefix)`` for the action filter: each family (``request.*``) then its actions."""
    choices: list[tuple[str, str]] = [
        (QCoreApplication.translate("AuditView", "All actions"), ALL_ACTIONS)
    ]
    families: dict[str, list[str]] = {}
    for action in sorted(set(actions)):
        family, dot, _rest = action.partition(".")
        families.setdefault(family + dot, []).append(action)
    for family, members in families.items():
        if len(members) > 1:
            choices.append(
                (
                    QCoreApplication.translate("AuditView", "{family} (all)").format(
                        family=family_label(family)
                    ),
                    family,
                )
            )
            choices.extend((f"    {action_label(member)}", member) for member in members)
        else:
            choices.append((action_label(members[0]), members[0]))
    return choices


def count_text(total: int) -> str:
    if total == 1:
        return QCoreApplication.translate("AuditView", "1 entry")
    number = f"{total:,}".replace(",", " ")
    return QCoreApplication.translate("AuditView", "{n} entries").format(n=number)


def _shows(changes: Changes) -> bool:
    return changes.audit  # every write appends to the log


class AuditView(QWidget):
    open_request = Signal(str)  # reference of a double-clicked entry

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._verification = Latest(ops, self)  # a report arriving after a lock is dropped
        self._actions: list[str] = []

        self.reference_filter = QLineEdit(
            placeholderText=QCoreApplication.translate("AuditView", "Filter by request reference")
        )
        self.reference_filter.setObjectName("auditReferenceFilter")
        self.reference_filter.setAccessibleName(
            QCoreApplication.translate("AuditView", "Filter by request reference")
        )
        self.reference_filter.setMaxLength(MAX_SEARCH)
        self.reference_filter.setClearButtonEnabled(True)
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("auditActionFilter")
        self.action_filter.setAccessibleName(QCoreApplication.translate("AuditView", "Action"))
        self.action_filter.setMinimumContentsLength(22)
        self.action_filter.addItem(
            QCoreApplication.translate("AuditView", "All actions"), ALL_ACTIONS
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.verify_button = QPushButton(QCoreApplication.translate("AuditView", "Verify chain"))
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.setToolTip(
            QCoreApplication.translate(
                "AuditView",
                "Recompute every entry's hash and check the chain end to end:\n"
                "names the first altered, deleted or reordered entry.",
            )
        )
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        filters = QHBoxLayout()
        filters.addWidget(self.reference_filter, 2)
        filters.addWidget(self.action_filter, 1)
        filters.addWidget(self.count_label)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)

        self.model = AuditTableModel(self)
        self.table = list_table(
            self.model,
            "auditTable",
            stretch=Column.DETAILS,
            widths=(
                (Column.SEQ, 56),
                (Column.TIME, 150),
                (Column.USER, 130),
                (Column.ACTION, 200),
                (Column.REQUEST, 120),
            ),
        )
        self.table.setWordWrap(False)
        self.table.setAccessibleName(QCoreApplication.translate("AuditView", "Audit log"))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.table, 1)
        self.verify_result.hide()

        self.paging = PagedList(
            self,
            ops,
            self.model,
            query=self._query,
            shows=_shows,
            count_label=self.count_label,
            count_text=count_text,
            filter_edit=self.reference_filter,
            debounce_ms=FILTER_DEBOUNCE_MS,
        )
        self.paging.first_page_shown.connect(self._show_actions)
        self.action_filter.currentIndexChanged.connect(lambda _index: self.reload())
        self.verify_button.clicked.connect(self.verify_chain)
        # A double-click (or Enter) emits ``activated``; with no edit trigger a double-click
        # also emits ``doubleClicked``: connecting both would act twice.
        self.table.activated.connect(self._activated)

    # -- loading ----------------------------------------------------------------------------

    def _filters(self) -> tuple[str, str]:
        return self.reference_filter.text().strip(), str(self.action_filter.currentData() or "")

    def reload(self) -> None:
        """Fetch fresh data (called when the page is shown and after operations)."""
        self.paging.reload()

    def _query(self, offset: int) -> Callable[[], Page]:
        reference, action = self._filters()
        return partial(fetch_page, self._session, reference, action, offset)

    def _show_actions(self, page: Page) -> None:
        if page.actions is not None and page.actions != self._actions:
            self._set_actions(page.actions)

    def _set_actions(self, actions: list[str]) -> None:
        self._actions = actions
        current = self.action_filter.currentData()
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        for label, prefix in action_choices(actions):
            self.action_filter.addItem(label, prefix)
        self.action_filter.setCurrentIndex(max(self.action_filter.findData(current), 0))
        self.action_filter.blockSignals(False)

    # -- verification -----------------------------------------------------------------------

    def verify_chain(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(
            QCoreApplication.translate("AuditView", "Verifying the audit log…")
        )
        self.verify_result.show()
        self._verification.run(
            verify,
            self._session,
            on_done=self._show_report,
            on_error=self._show_verify_error,
            busy_text=QCoreApplication.translate("AuditView", "Verifying the audit log…"),
            parent=self,
        )

    def _show_report(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            entries = f"{report.checked:,}".replace(",", " ")
            self._set_result(
                QCoreApplication.translate(
                    "AuditView", "✔ Audit log intact: {entries} entries verified."
                ).format(entries=entries),
                OK_COLOUR,
            )
            self.model.mark_broken(None)
            return
        self._set_result(
            QCoreApplication.translate("AuditView", "✖ AUDIT LOG BROKEN: {message}.").format(
                message=report.message
            ),
            OVERDUE_COLOUR.name(),
        )
        self.model.mark_broken(report.seq)
        if report.seq is not None:
            row = self.model.row_of_seq(report.seq)
            if row is not None:
                self.table.scrollTo(self.model.index(row, 0))

    def _show_verify_error(self, error: DsrError) -> None:
        self.verify_button.setEnabled(True)
        self._set_result(
            QCoreApplication.translate(
                "AuditView", "The audit log could not be verified: {error}"
            ).format(error=error),
            OVERDUE_COLOUR.name(),
        )

    def _set_result(self, text: str, colour: str) -> None:
        self.verify_result.setText(text)
        self.verify_result.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        self.verify_result.show()

    # -- interaction ------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            reference = self.model.row_at(index.row()).request_ref
            if reference:
                self.open_request.emit(reference)

    def clear(self) -> None:
        """Drop all personal data from the widgets (on lock)."""
        self.paging.clear()
        self._verification.drop()
        for widget in (self.reference_filter, self.action_filter):
            widget.blockSignals(True)
        self.reference_filter.clear()
        self._actions = []
        self.action_filter.clear()
        self.action_filter.addItem(
            QCoreApplication.translate("AuditView", "All actions"), ALL_ACTIONS
        )
        for widget in (self.reference_filter, self.action_filter):
            widget.blockSignals(False)
        self.verify_result.clear()
        self.verify_result.hide()
        self.verify_button.setEnabled(True)
