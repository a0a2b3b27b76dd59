"""The "Request records" part of the Documents & retention page: the records due for
anonymisation in the next 12 months (reference, entity, type, outcome, what stays: no
personal data is shown), the anonymisation of those already due (confirmed, with progress and
*Cancel*, on the DB worker) and its attestation (counts per entity and month, as PDF).

The page reads the rows with its one overview (``services.retention.retention_overview``)
and hands them to ``RecordsSection.show_records``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dsr_desk.domain.errors import Cancelled, DsrError
from dsr_desk.domain.roles import Action
from dsr_desk.export import write_private
from dsr_desk.services.record_retention import (
    RecordItem,
    RecordsOutcome,
    anonymise_due_records,
    records_attestation_pdf,
)
from dsr_desk.ui.dialogs.request_action_dialog import fmt_date
from dsr_desk.ui.models.row_table import RowTableModel
from dsr_desk.ui.ops import CancelToken, Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.widgets.labels import MUTED, plain_label, section

# -- worker side ---------------------------------------------------------------------------


def anonymise_now(session: AppSession, cancel: CancelToken | None = None) -> RecordsOutcome:
    """Runs on the DB worker: anonymise every record due today (``cancel``: the progress
    dialog's token; a cancelled anonymisation changes nothing)."""
    return anonymise_due_records(session.uow(), session.document_store(), progress=cancel)


def save_records_attestation(
    session: AppSession, start: date, end: date, entity: str | None, target: Path
) -> Path:
    """Runs on the DB worker: build the records attestation and write it at ``target``."""
    pdf = records_attestation_pdf(session.uow(), start, end, entity)
    return write_private(target, pdf, data_dir=session.data_dir)


def records_count(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("RecordsSection", "1 request record")
    return QCoreApplication.translate("RecordsSection", "{count} request records").format(
        count=count
    )


def records_result_text(outcome: RecordsOutcome) -> str:
    if not outcome.items:
        return QCoreApplication.translate(
            "RecordsSection", "No request record was due for anonymisation."
        )
    text = QCoreApplication.translate(
        "RecordsSection", "{records} anonymised (personal data erased, documents shredded)."
    ).format(records=records_count(len(outcome.items)))
    return text if outcome.unfinished is None else f"{text} {outcome.unfinished}"


def records_confirmation(items: tuple[RecordItem, ...]) -> str:
    kept = sum(1 for item in items if item.fate == "suppression")
    documents = sum(item.documents for item in items)
    return QCoreApplication.translate(
        "RecordsSection",
        "Anonymise {records} now?\n\nErased for good: the requester's name, e-mail, postal "
        "address and phone, the summary, reasons, notes and identity-check details; "
        "{documents} document(s) crypto-shredded. Kept: type, dates, outcome and entity (the "
        "statistics) and the audit log. {kept} upheld objection(s) keep a suppression entry "
        "(the e-mail address, or the name and postal address without one).\n\nThis cannot be "
        "undone.",
    ).format(records=records_count(len(items)), documents=documents, kept=kept)


# -- the table -----------------------------------------------------------------------------


class RecordColumn(IntEnum):
    DUE_DATE = 0
    REFERENCE = 1
    ENTITY = 2
    TYPE = 3
    OUTCOME = 4
    KEPT = 5


class RecordPlanModel(RowTableModel):
    columns = RecordColumn
    headers = {  # noqa: RUF012 - read-only class constant, as in the other table models
        RecordColumn.DUE_DATE: QT_TRANSLATE_NOOP("Columns", "Anonymise on"),
        RecordColumn.REFERENCE: QT_TRANSLATE_NOOP("Columns", "Request"),
        RecordColumn.ENTITY: QT_TRANSLATE_NOOP("Columns", "Entity"),
        RecordColumn.TYPE: QT_TRANSLATE_NOOP("Columns", "Type"),
        RecordColumn.OUTCOME: QT_TRANSLATE_NOOP("Columns", "Outcome"),
        RecordColumn.KEPT: QT_TRANSLATE_NOOP("Columns", "What stays"),
    }

    def display(self, row: RecordItem, column: RecordColumn) -> str:
        match column:
            case RecordColumn.DUE_DATE:
                return fmt_date(row.due_on)
            case RecordColumn.REFERENCE:
                return row.reference
            case RecordColumn.ENTITY:
                return row.entity
            case RecordColumn.TYPE:
                return row.type
            case RecordColumn.OUTCOME:
                return row.status
            case RecordColumn.KEPT:
                if row.fate == "suppression":
                    return QCoreApplication.translate(
                        "RecordsSection", "type, dates, outcome + suppression entry"
                    )
                return QCoreApplication.translate("RecordsSection", "type, dates, outcome")

    def native(self, row: RecordItem, column: RecordColumn) -> Any:
        if column is RecordColumn.DUE_DATE:
            return row.due_on
        return self.display(row, column)


# -- the section ---------------------------------------------------------------------------


class RecordsSection(QWidget):
    """Owns its widgets; the page gives it the rows and shows its messages."""

    def __init__(
        self,
        session: AppSession,
        ops: Ops,
        show_message: Callable[..., None],
        open_attestation: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordsSection")
        self._session, self._ops, self._show_message = session, ops, show_message
        self.items: tuple[RecordItem, ...] = ()
        self.today: date | None = None

        self.summary = plain_label(selectable=False)
        self.summary.setObjectName("recordsSummary")
        self.summary.setStyleSheet("font-weight:600;")
        self.anonymise_button = QPushButton(self.tr("Anonymise due records…"))
        self.anonymise_button.setObjectName("anonymiseButton")
        self.anonymise_button.setToolTip(
            self.tr("Erase the personal data of every request record whose retention ended.")
        )
        self.anonymise_button.clicked.connect(self.anonymise_due)
        self.anonymise_button.setVisible(session.can(Action.PURGE_RECORDS))
        self.attestation_button = QPushButton(self.tr("Records attestation…"))
        self.attestation_button.setObjectName("recordsAttestationButton")
        self.attestation_button.setToolTip(
            self.tr("Save a PDF counting the records anonymised in a period, per entity.")
        )
        self.attestation_button.clicked.connect(open_attestation)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.anonymise_button)
        actions.addWidget(self.attestation_button)

        self.model = RecordPlanModel(self)
        self.table = QTableView()
        self.table.setObjectName("recordsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            RecordColumn.KEPT, QHeaderView.ResizeMode.Stretch
        )
        self.empty = plain_label(
            self.tr("No request record is due for anonymisation in the next 12 months.")
        )
        self.empty.setStyleSheet(MUTED)
        rules = plain_label(
            self.tr(
                "Request records are anonymised when the entity's period ends (5 years after "
                "closure by default: the civil limitation period, art. 2224 of the Code civil). "
                "An upheld objection or opt-out is counted from the last contact and keeps a "
                "minimal suppression entry while it stands."
            ),
            selectable=False,
        )
        rules.setStyleSheet(MUTED)
        box, box_layout = section(self.tr("Request records (next 12 months)"))
        box_layout.addLayout(actions)
        box_layout.addWidget(self.table, 1)
        box_layout.addWidget(self.empty)
        box_layout.addWidget(rules)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.clear()

    @property
    def due(self) -> tuple[RecordItem, ...]:
        today = self.today
        return tuple(i for i in self.items if today is not None and i.due_on <= today)

    def show_records(self, items: tuple[RecordItem, ...], today: date) -> None:
        self.items, self.today = items, today
        self.model.set_rows(list(items))
        due = len(self.due)
        later = len(items) - due
        if due:
            text = self.tr("{records} due for anonymisation now").format(records=records_count(due))
        else:
            text = self.tr("No request record is due for anonymisation now")
        if later:
            text += self.tr(" · {count} more in the next 12 months").format(count=later)
        self.summary.setText(text + ".")
        self.anonymise_button.setEnabled(bool(due))
        self.attestation_button.setEnabled(True)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)

    def clear(self) -> None:
        """Drop the rows (on lock)."""
        self.items, self.today = (), None
        self.model.set_rows([])
        self.summary.clear()
        self.anonymise_button.setEnabled(False)
        self.attestation_button.setEnabled(False)
        self.table.hide()
        self.empty.hide()

    def row_texts(self) -> list[list[str]]:
        return [
            [str(self.model.index(row, column).data()) for column in range(len(RecordColumn))]
            for row in range(self.model.rowCount())
        ]

    def anonymise_due(self) -> None:
        """Confirm (counts, what goes, what stays), then anonymise on the DB worker."""
        due = self.due
        if not due:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise due request records?"),
            records_confirmation(due),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.anonymise_button.setEnabled(False)
        self._show_message("")

        def done(outcome: RecordsOutcome) -> None:
            self._show_message(records_result_text(outcome))

        def failed(error: DsrError) -> None:
            self._show_message(str(error), error=not isinstance(error, Cancelled))
            self.anonymise_button.setEnabled(bool(self.due))

        self._ops.run(
            partial(anonymise_now, self._session),
            receiver=self,
            on_done=done,
            on_error=failed,
            busy_text=self.tr("Anonymising {records}…").format(records=records_count(len(due))),
            parent=self,
            cancel=CancelToken(),
        )

    def save_attestation(
        self,
        dialog: QWidget,
        values: tuple[date, date, str | None],
        on_saved: Callable[[Path], None],
        on_failed: Callable[[DsrError], None],
    ) -> None:
        start, end, entity = values
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"records-attestation_{start.isoformat()}_{end.isoformat()}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            dialog,
            self.tr("Save the records attestation"),
            str(Path(folder) / name),
            QCoreApplication.translate("RecordsSection", "PDF (*.pdf)"),
        )
        if not chosen or not isValid(dialog):
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._ops.run(
            partial(save_records_attestation, self._session, start, end, entity, target),
            receiver=self,
            on_done=on_saved,
            on_error=on_failed,
        )
