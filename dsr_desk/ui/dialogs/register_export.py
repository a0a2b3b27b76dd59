"""File → “Export the register…”: the register of requests, with the register's current
filters, as an Excel workbook (.xlsx) or a CSV file (UTF-8, ``;``), for the accountability
file. Reading the requests and writing the file run on the database worker; the export is
audited by the service (``services.register_export``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from dsr_desk.export import check_target
from dsr_desk.export.register_file import RegisterFormat, RegisterWords, write_register
from dsr_desk.services.read.queries import RequestFilter
from dsr_desk.services.register_export import export_register_entries
from dsr_desk.ui.kind_words import STATUS_WORDS, TYPE_WORDS, status_label, type_label
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "RegisterExport"
XLSX_FILTER = QT_TRANSLATE_NOOP("RegisterExport", "Excel workbook (*.xlsx)")
CSV_FILTER = QT_TRANSLATE_NOOP("RegisterExport", "CSV file, semicolon-separated (*.csv)")

HEADERS = {
    "reference": QT_TRANSLATE_NOOP("RegisterExport", "Reference"),
    "type": QT_TRANSLATE_NOOP("RegisterExport", "Type"),
    "entity": QT_TRANSLATE_NOOP("RegisterExport", "Entity"),
    "requester": QT_TRANSLATE_NOOP("RegisterExport", "Requester"),
    "received_on": QT_TRANSLATE_NOOP("RegisterExport", "Received"),
    "due_on": QT_TRANSLATE_NOOP("RegisterExport", "Due"),
    "status": QT_TRANSLATE_NOOP("RegisterExport", "Status"),
    "outcome": QT_TRANSLATE_NOOP("RegisterExport", "Outcome"),
    "closed_on": QT_TRANSLATE_NOOP("RegisterExport", "Closed on"),
    "capacity": QT_TRANSLATE_NOOP("RegisterExport", "Capacity"),
}
OUTCOME_WORDS = {
    "completed": QT_TRANSLATE_NOOP("RegisterExport", "Granted"),
    "partial": QT_TRANSLATE_NOOP("RegisterExport", "Partly granted"),
    "refused": QT_TRANSLATE_NOOP("RegisterExport", "Refused"),
    "forwarded": QT_TRANSLATE_NOOP("RegisterExport", "Forwarded"),
    "no-data": QT_TRANSLATE_NOOP("RegisterExport", "No data held"),
    "withdrawn": QT_TRANSLATE_NOOP("RegisterExport", "Withdrawn"),
    "unanswered": QT_TRANSLATE_NOOP("RegisterExport", "Information never received"),
    "excessive": QT_TRANSLATE_NOOP("RegisterExport", "Manifestly unfounded or excessive"),
}
CAPACITY_WORDS = {
    "self": QT_TRANSLATE_NOOP("RegisterExport", "The person concerned"),
    "representative": QT_TRANSLATE_NOOP("RegisterExport", "Representative"),
    "guardian": QT_TRANSLATE_NOOP("RegisterExport", "Parent or guardian"),
    "heir": QT_TRANSLATE_NOOP("RegisterExport", "Heir"),
}
SHEET_TITLE = QT_TRANSLATE_NOOP("RegisterExport", "Register of requests")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _value(column: str, value: str) -> str:
    if column == "type":
        return type_label(value)
    if column == "status":
        return status_label(value)
    table = OUTCOME_WORDS if column == "outcome" else CAPACITY_WORDS
    words = table.get(value)
    return _tr(words) if words else value


def interface_words() -> RegisterWords:
    """The file's words in the interface's language, translated here on the GUI thread (the
    worker only looks them up)."""
    headers = {column: _tr(text) for column, text in HEADERS.items()}
    values = {
        (column, value): _value(column, value)
        for column, table in (
            ("type", TYPE_WORDS),
            ("status", STATUS_WORDS),
            ("outcome", OUTCOME_WORDS),
            ("capacity", CAPACITY_WORDS),
        )
        for value in table
    }

    def value(column: str, stored: str) -> str:
        return values.get((column, stored), stored)

    return RegisterWords(headers=headers, value=value, sheet_title=_tr(SHEET_TITLE))


@dataclass(frozen=True)
class RegisterExport:
    path: Path
    requests: int

    def message(self) -> str:
        if self.requests == 1:
            return QCoreApplication.translate(
                "RegisterExport", "Register exported: 1 request in {path}."
            ).format(path=self.path)
        return QCoreApplication.translate(
            "RegisterExport", "Register exported: {count} requests in {path}."
        ).format(count=self.requests, path=self.path)


def write_register_file(
    session: AppSession,
    flt: RequestFilter,
    path: Path,
    file_format: RegisterFormat,
    words: RegisterWords,
) -> RegisterExport:
    """Runs on the DB worker: read the matching requests (audited), then write the file."""
    check_target(path, session.data_dir)
    entries = export_register_entries(session.uow(), flt, file_format=file_format.value)
    write_register(path, entries, file_format, words, data_dir=session.data_dir)
    return RegisterExport(path, len(entries))


def suggested_path(today_text: str) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = (
        QCoreApplication.translate("RegisterExport", "register-of-requests") + f"-{today_text}.xlsx"
    )
    return Path(folder or Path.home()) / name


def chosen_path(path_text: str, chosen_filter: str) -> tuple[Path, RegisterFormat]:
    """The file and format the user chose: the extension typed wins, else the filter's."""
    path = Path(path_text)
    by_filter = RegisterFormat.CSV if chosen_filter == _tr(CSV_FILTER) else RegisterFormat.XLSX
    file_format = RegisterFormat.of_path(path, by_filter)
    if path.suffix.lower() != f".{file_format.value}":
        path = path.with_name(f"{path.name}.{file_format.value}")
    return path, file_format


def export_register(
    parent: QWidget | None,
    session: AppSession,
    ops: Ops,
    flt: RequestFilter,
    *,
    on_done: Callable[[RegisterExport], None] | None = None,
) -> int | None:
    """Ask where to save, then export on the worker. Returns the job id, or None when the user
    cancelled. Errors go to ``ops.error`` (the message bar)."""
    today = session.clock.today().isoformat()
    path_text, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RegisterExport", "Export the register of requests"),
        str(suggested_path(today)),
        ";;".join((_tr(XLSX_FILTER), _tr(CSV_FILTER))),
    )
    if not path_text:
        return None
    path, file_format = chosen_path(path_text, chosen_filter)

    def done(result: RegisterExport) -> None:
        if on_done is not None:
            on_done(result)
            return
        window = parent.window() if parent is not None else None
        show_info = getattr(getattr(window, "message_bar", None), "show_info", None)
        if callable(show_info):
            show_info(result.message())

    return ops.run(
        write_register_file,
        session,
        flt,
        path,
        file_format,
        interface_words(),
        receiver=parent if parent is not None else ops,
        on_done=done,
        busy_text=QCoreApplication.translate("RegisterExport", "Exporting the register…"),
        parent=parent,
    )
