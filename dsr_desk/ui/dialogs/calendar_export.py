"""“Export calendar…”: save the deadlines of one request, or of every open request, as an
.ics file for Outlook, Thunderbird, Apple or Google calendars.

The events name the reference, the request type and the entity, not the requester (unless
``include_names``). Building and writing the file run on the database worker; the export is
audited by the service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from dsr_desk.export import check_target, write_private
from dsr_desk.services.calendar import open_deadlines_calendar, request_calendar
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

ICS_FILTER = QT_TRANSLATE_NOOP("CalendarExport", "iCalendar files (*.ics)")


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    events: int

    def message(self) -> str:
        return (
            QCoreApplication.translate(
                "CalendarExport", "Calendar saved: 1 event in {path}."
            ).format(path=self.path)
            if self.events == 1
            else QCoreApplication.translate(
                "CalendarExport", "Calendar saved: {events} events in {path}."
            ).format(events=self.events, path=self.path)
        )


def write_calendar(
    session: AppSession, reference: str | None, path: Path, include_names: bool = False
) -> CalendarExport:
    """Runs on the DB worker: build the calendar and write it (owner-only file)."""
    check_target(path, session.data_dir)
    vault_id = session.vault.header.vault_id if session.vault is not None else None
    if reference:
        data = request_calendar(
            session.uow(), reference, vault_id=vault_id, include_names=include_names
        )
    else:
        data = open_deadlines_calendar(
            session.uow(), vault_id=vault_id, include_names=include_names
        )
    write_private(path, data, data_dir=session.data_dir)
    return CalendarExport(path, data.count(b"BEGIN:VEVENT"))


def suggested_path(reference: str | None) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"{reference}.ics" if reference else "dsr-desk-deadlines.ics"
    return Path(folder or Path.home()) / name


def _tell(parent: QWidget | None, text: str) -> None:
    """Show the outcome in the main window's message bar when there is one."""
    window = parent.window() if parent is not None else None
    bar = getattr(window, "message_bar", None)
    show_info = getattr(bar, "show_info", None)
    if callable(show_info):
        show_info(text)


def export_calendar(
    parent: QWidget | None,
    session: AppSession,
    ops: Ops,
    reference: str | None,
    *,
    include_names: bool = False,
    on_done: Callable[[CalendarExport], None] | None = None,
) -> int | None:
    """Ask where to save, then export on the worker. Returns the job id, or None when the user
    cancelled. Errors go to ``ops.error`` (the message bar)."""
    what = reference or QCoreApplication.translate("CalendarExport", "open requests")
    path_text, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CalendarExport", "Export the deadlines of {what}").format(
            what=what
        ),
        str(suggested_path(reference)),
        QCoreApplication.translate("CalendarExport", ICS_FILTER),
    )
    if not path_text:
        return None
    path = Path(path_text)
    if path.suffix.lower() != ".ics":
        path = path.with_name(f"{path.name}.ics")

    def done(result: CalendarExport) -> None:
        if on_done is not None:
            on_done(result)
        else:
            _tell(parent, result.message())

    return ops.run(
        write_calendar,
        session,
        reference,
        path,
        include_names,
        receiver=parent if parent is not None else ops,  # no page to outlive
        on_done=done,
        busy_text=QCoreApplication.translate("CalendarExport", "Exporting the calendar…"),
        parent=parent,
    )
