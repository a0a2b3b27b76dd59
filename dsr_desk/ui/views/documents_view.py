"""Documents & retention: the ID copies that will be purged in the next 12 months, the purge of
those already due (confirmed, crypto-shred), and the attestation of past purges as PDF.

The plan comes from ``purge_plan`` computed a year ahead, so every row carries its own purge
date; rows already due say "due now". Purging runs ``purge_due_documents`` on the DB worker;
its audit entries tell every open page what changed. File names are never shown here:
the page lists references, kinds and rules only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dsr_desk.domain.changes import Changes
from dsr_desk.domain.errors import Cancelled, DsrError
from dsr_desk.domain.roles import Action
from dsr_desk.export import write_private
from dsr_desk.services.document_access import purge_attestation_pdf
from dsr_desk.services.record_retention import RecordItem
from dsr_desk.services.retention import (
    PurgeItem,
    PurgeOutcome,
    purge_due_documents,
    retention_overview,
)
from dsr_desk.ui.dialogs.request_action_dialog import (
    ERROR_STYLE,
    HINT_STYLE,
    date_edit,
    date_of,
)
from dsr_desk.ui.freshness import Freshness
from dsr_desk.ui.models.purge_plan_table import Column, PurgePlanModel
from dsr_desk.ui.models.row_table import ROW_ROLE, SORT_ROLE
from dsr_desk.ui.ops import CancelToken, Latest, Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.documents_records import RecordsSection
from dsr_desk.ui.widgets.labels import MUTED, plain_label, section

HORIZON_DAYS = 365
INFO_STYLE = (
    "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6cde6; border-radius:4px; padding:6px;"
)


# -- worker side ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionPage:
    today: date
    items: tuple[PurgeItem, ...]  # due by today + HORIZON_DAYS, each with its purge date
    entities: tuple[str, ...]
    auto_purge: bool
    records: tuple[RecordItem, ...] = ()  # request records due for anonymisation (same span)

    @property
    def due(self) -> tuple[PurgeItem, ...]:
        return tuple(item for item in self.items if item.purge_date <= self.today)


def load_retention_page(session: AppSession) -> RetentionPage:
    """Runs on the DB worker: the page's one read (``services.retention.retention_overview``)."""
    page = retention_overview(session.uow(), HORIZON_DAYS)
    return RetentionPage(page.today, page.items, page.entities, page.auto_purge, page.records)


def purge_now(session: AppSession, cancel: CancelToken | None = None) -> PurgeOutcome:
    """Runs on the DB worker: crypto-shred every ID copy due today (``cancel``: the progress
    dialog's token; a cancelled purge changes nothing)."""
    return purge_due_documents(session.uow(), session.document_store(), progress=cancel)


def save_attestation(
    session: AppSession, start: date, end: date, entity: str | None, target: Path
) -> Path:
    """Runs on the DB worker: build the attestation and write it (atomically) at ``target``."""
    pdf = purge_attestation_pdf(session.uow(), start, end, entity)
    return write_private(target, pdf, data_dir=session.data_dir)


def copies(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("DocumentsView", "1 ID copy")
    return QCoreApplication.translate("DocumentsView", "{count} ID copies").format(count=count)


def purge_result_text(outcome: PurgeOutcome, *, automatic: bool = False) -> str:
    prefix = (
        QCoreApplication.translate("DocumentsView", "Automatic purge at start-up: ")
        if automatic
        else ""
    )
    if not outcome.items:
        return prefix + QCoreApplication.translate("DocumentsView", "no ID copy was due for purge.")
    text = QCoreApplication.translate(
        "DocumentsView", "{copies} purged (keys destroyed, encrypted files removed)."
    ).format(copies=copies(len(outcome.items)))
    return prefix + (text if outcome.unfinished is None else f"{text} {outcome.unfinished}")


def purge_confirmation(items: tuple[PurgeItem, ...]) -> str:
    by_rule = Counter(item.rule for item in items)
    rules = "\n".join(f"• {rule}: {count}" for rule, count in sorted(by_rule.items()))
    return QCoreApplication.translate(
        "DocumentsView",
        "Purge {copies} now?\n\nRetention rules applied:\n{rules}\n\n"
        "Each copy's encryption key is destroyed and its encrypted file "
        "removed (crypto-shred): this cannot be undone. The audit log records what was purged, "
        "when and under which rule, never the content.",
    ).format(copies=copies(len(items)), rules=rules)


# -- the attestation dialog ----------------------------------------------------------------


class AttestationDialog(QDialog):
    """Period and entity of a purge attestation; "Save PDF…" emits ``submitted``."""

    submitted = Signal()

    def __init__(
        self,
        entities: tuple[str, ...],
        today: date,
        parent: QWidget | None = None,
        *,
        records: bool = False,  # the attestation of anonymised request records
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordsAttestationDialog" if records else "attestationDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        if records:
            self.setWindowTitle(self.tr("Records attestation"))
            intro = plain_label(
                self.tr(
                    "A PDF counting the request records anonymised in the period, per entity "
                    "and month, from the audit log. It holds no reference and no personal data."
                ),
                selectable=False,
            )
        else:
            self.setWindowTitle(QCoreApplication.translate("DocumentsView", "Purge attestation"))
            intro = plain_label(
                QCoreApplication.translate(
                    "DocumentsView",
                    "A PDF listing the ID copies purged in the period (date, request, kind, rule), "
                    "from the audit log. It holds no document content and no file names.",
                ),
                selectable=False,
            )
        self.start_edit = date_edit(date(today.year, 1, 1), maximum=today)
        self.start_edit.setObjectName("attestationStart")
        self.end_edit = date_edit(today, maximum=today)
        self.end_edit.setObjectName("attestationEnd")
        self.entity_combo = QComboBox()
        self.entity_combo.setObjectName("attestationEntity")
        self.entity_combo.addItem(QCoreApplication.translate("DocumentsView", "All entities"), None)
        for name in entities:
            self.entity_combo.addItem(name, name)
        if len(entities) == 1:
            self.entity_combo.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DocumentsView", "From:"), self.start_edit)
        form.addRow(QCoreApplication.translate("DocumentsView", "To:"), self.end_edit)
        form.addRow(QCoreApplication.translate("DocumentsView", "Entity:"), self.entity_combo)
        self.hint = plain_label(selectable=False)
        self.hint.setStyleSheet(HINT_STYLE)
        self.error = plain_label()
        self.error.setObjectName("attestationError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("DocumentsView", "Save PDF…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setObjectName("saveAttestationButton")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.start_edit.dateChanged.connect(lambda _d: self._validate())
        self.end_edit.dateChanged.connect(lambda _d: self._validate())
        self._validate()

    def values(self) -> tuple[date, date, str | None]:
        entity = self.entity_combo.currentData()
        return date_of(self.start_edit), date_of(self.end_edit), entity

    def _validate(self) -> bool:
        start, end, _entity = self.values()
        problem = (
            QCoreApplication.translate(
                "DocumentsView", "The period must start on or before its end."
            )
            if start > end
            else ""
        )
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)
        return not problem

    def _submit(self) -> None:
        if self._validate():
            self.error.hide()
            self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


# -- the page ------------------------------------------------------------------------------


def _shows(changes: Changes) -> bool:
    """The plan follows requests' closure, stored documents, entities' and the office's
    retention rules."""
    return changes.any_request or changes.documents or changes.entities or changes.settings


class DocumentsView(QWidget):
    open_request = Signal(str)  # reference of a double-clicked row

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsView")
        self._session, self._ops = session, ops
        self._latest = Latest(ops, self)
        self.page: RetentionPage | None = None
        self.attestation_dialog: AttestationDialog | None = None

        title = plain_label(
            QCoreApplication.translate("DocumentsView", "Documents & retention"),
            selectable=False,
            wrap=False,
        )
        title.setStyleSheet("font-size:17pt; font-weight:600;")
        self.message = plain_label()
        self.message.setObjectName("documentsMessage")
        self.message.hide()
        self.summary = plain_label(selectable=False)
        self.summary.setObjectName("purgeSummary")
        self.summary.setStyleSheet("font-size:12pt; font-weight:600;")
        self.purge_button = QPushButton(
            QCoreApplication.translate("DocumentsView", "Purge due documents…")
        )
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.setToolTip(
            QCoreApplication.translate(
                "DocumentsView", "Crypto-shred every ID copy whose retention period ended."
            )
        )
        self.purge_button.clicked.connect(self.purge_due)
        self.purge_button.setVisible(session.can(Action.PURGE_DOCUMENTS))
        self.attestation_button = QPushButton(
            QCoreApplication.translate("DocumentsView", "Purge attestation…")
        )
        self.attestation_button.setObjectName("attestationButton")
        self.attestation_button.setToolTip(
            QCoreApplication.translate(
                "DocumentsView", "Save a PDF listing the ID copies purged in a period."
            )
        )
        self.attestation_button.clicked.connect(self.open_attestation)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.purge_button)
        actions.addWidget(self.attestation_button)

        box, box_layout = section(
            QCoreApplication.translate("DocumentsView", "Upcoming purges (next 12 months)")
        )
        self.model = PurgePlanModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("purgeTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.PURGE_DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.RULE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.PURGE_DATE, 110),
            (Column.WHEN, 110),
            (Column.REFERENCE, 140),
            (Column.KIND, 100),
        ):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._double_clicked)
        self.empty = plain_label(
            QCoreApplication.translate(
                "DocumentsView", "No ID copy is due for purge in the next 12 months."
            )
        )
        self.empty.setStyleSheet(MUTED)
        box_layout.addWidget(self.table, 1)
        box_layout.addWidget(self.empty)

        self.auto_purge_note = plain_label(selectable=False)
        self.auto_purge_note.setObjectName("autoPurgeNote")
        self.auto_purge_note.setStyleSheet(MUTED)
        rules = plain_label(
            QCoreApplication.translate(
                "DocumentsView",
                "ID copies are kept as CNIL NS-048 allows: access and rectification requests 1 "
                "year after closure; objection (including marketing opt-out) 3 years after the "
                "last contact; other requests per entity. An open request is never purged. Purging "
                "destroys the copy's key and removes its encrypted file (crypto-shred); the audit "
                "log records what, when and under which rule.",
            ),
            selectable=False,
        )
        rules.setStyleSheet(MUTED)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(box, 1)
        layout.addWidget(self.auto_purge_note)
        layout.addWidget(rules)
        self.records = RecordsSection(
            session, ops, self.show_message, self.open_records_attestation, self
        )
        layout.addWidget(self.records, 1)
        self._show_empty_state()
        self._freshness = Freshness(self, ops, _shows, self.reload)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch fresh data (called when the page is shown and after operations)."""
        self._freshness.mark_fresh()
        self._latest.run(
            load_retention_page,
            self._session,
            on_done=self._show,
            on_error=lambda error: self.show_message(str(error), error=True),
        )

    def _show(self, page: RetentionPage) -> None:
        self.page = page
        self.model.set_plan(page.items, page.today)
        due = len(page.due)
        later = len(page.items) - due
        text = (
            QCoreApplication.translate("DocumentsView", "{copies} due for purge now").format(
                copies=copies(due)
            )
            if due
            else QCoreApplication.translate("DocumentsView", "Nothing is due for purge now")
        )
        if later:
            text += QCoreApplication.translate(
                "DocumentsView", " · {later} more in the next 12 months"
            ).format(later=later)
        self.summary.setText(text + ".")
        self.summary.setStyleSheet(
            "font-size:12pt; font-weight:600;" + (" color:#8c1d18;" if due else "")
        )
        self.purge_button.setEnabled(bool(due))
        self.attestation_button.setEnabled(True)
        self.table.setVisible(bool(page.items))
        self.empty.setVisible(not page.items)
        self.records.show_records(page.records, page.today)
        if page.auto_purge:
            self.auto_purge_note.setText(
                QCoreApplication.translate(
                    "DocumentsView",
                    "Automatic purge is on: DSR Desk purges the copies due each time it starts "
                    "(Settings).",
                )
            )
        else:
            self.auto_purge_note.setText(
                QCoreApplication.translate(
                    "DocumentsView",
                    "Automatic purge is off: purge due copies here, or turn it on in Settings "
                    "(“Purge expired ID copies when DSR Desk starts”).",
                )
            )

    def _show_empty_state(self) -> None:
        self.summary.clear()
        self.auto_purge_note.clear()
        self.purge_button.setEnabled(False)
        self.attestation_button.setEnabled(False)
        self.table.hide()
        self.empty.hide()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setVisible(bool(text))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.proxy.data(index, ROW_ROLE)
            if isinstance(item, PurgeItem):
                self.open_request.emit(item.reference)

    def row_texts(self) -> list[list[str]]:
        """The table as shown (sorted), for tests and checks."""
        return [
            [
                str(self.proxy.index(row, column).data())
                for column in range(self.proxy.columnCount())
            ]
            for row in range(self.proxy.rowCount())
        ]

    # -- purge ------------------------------------------------------------------------------

    def purge_due(self) -> None:
        """Confirm (count and rules), then crypto-shred on the DB worker."""
        if self.page is None or not self.page.due:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("DocumentsView", "Purge due ID copies?"),
            purge_confirmation(self.page.due),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.purge_button.setEnabled(False)
        self.show_message("")

        def done(outcome: PurgeOutcome) -> None:
            self.show_message(purge_result_text(outcome))

        def failed(error: DsrError) -> None:
            self.show_message(str(error), error=not isinstance(error, Cancelled))
            self.reload()

        self._ops.run(
            partial(purge_now, self._session),
            receiver=self,
            on_done=done,
            on_error=failed,
            busy_text=QCoreApplication.translate(
                "DocumentsView", "Purging {count} due ID copies…"
            ).format(count=len(self.page.due)),
            parent=self,
            cancel=CancelToken(),
        )

    # -- attestation ------------------------------------------------------------------------

    def open_attestation(self) -> None:
        if self.page is None:
            return
        self._close_attestation()
        dialog = AttestationDialog(self.page.entities, self.page.today, self)
        self.attestation_dialog = dialog
        dialog.submitted.connect(lambda: self._save_attestation(dialog))
        dialog.finished.connect(lambda _result: self._attestation_finished(dialog))
        dialog.open()

    def _attestation_finished(self, dialog: AttestationDialog) -> None:
        if self.attestation_dialog is dialog:
            self.attestation_dialog = None
        dialog.deleteLater()

    def _close_attestation(self) -> None:
        dialog, self.attestation_dialog = self.attestation_dialog, None
        if dialog is not None and isValid(dialog):
            dialog.reject()

    def _save_attestation(self, dialog: AttestationDialog) -> None:
        start, end, entity = dialog.values()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"purge-attestation_{start.isoformat()}_{end.isoformat()}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            dialog,
            QCoreApplication.translate("DocumentsView", "Save the purge attestation"),
            str(Path(folder) / name),
            QCoreApplication.translate("DocumentsView", "PDF (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        dialog.save_button.setEnabled(False)

        def done(path: Path) -> None:
            if isValid(dialog):  # the page stays when its dialog was closed
                dialog.accept()
            self.show_message(
                QCoreApplication.translate(
                    "DocumentsView", "Purge attestation saved to {path}."
                ).format(path=path)
            )

        def failed(error: DsrError) -> None:
            if isValid(dialog):
                dialog.show_error(str(error))
                dialog.save_button.setEnabled(True)

        self._ops.run(
            partial(save_attestation, self._session, start, end, entity, target),
            receiver=self,
            on_done=done,
            on_error=failed,
        )

    def open_records_attestation(self) -> None:
        if self.page is None:
            return
        self._close_attestation()
        dialog = AttestationDialog(self.page.entities, self.page.today, self, records=True)
        self.attestation_dialog = dialog

        def saved(path: Path) -> None:
            if isValid(dialog):
                dialog.accept()
            self.show_message(self.tr("Records attestation saved to {path}.").format(path=path))

        def failed(error: DsrError) -> None:
            if isValid(dialog):
                dialog.show_error(str(error))

        dialog.submitted.connect(
            lambda: self.records.save_attestation(dialog, dialog.values(), saved, failed)
        )
        dialog.finished.connect(lambda _result: self._attestation_finished(dialog))
        dialog.open()

    # -- lock -------------------------------------------------------------------------------

    def clear(self) -> None:
        """Drop all personal data from the widgets (on lock)."""
        self._latest.drop()  # a load still on its way is dropped
        self._close_attestation()
        self.page = None
        self.model.clear()
        self.records.clear()
        self.show_message("")
        self._show_empty_state()
