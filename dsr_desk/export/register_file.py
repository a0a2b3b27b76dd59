"""The register of requests as a file for the accountability file (GDPR Art. 5(2)): CSV or
XLSX, from the register's entries (``read_models.RegisterEntry``, read by
``services.read.register_export``; this module never opens the database). Files are
written owner-only and atomically (``write_private``).

- CSV: UTF-8 with a byte-order mark (Excel then reads the accents right) and ``;`` between
  fields, the separator French Excel expects (its list separator is ``;`` because ``,`` is the
  decimal mark); dates as ``YYYY-MM-DD``, which every spreadsheet reads as a date.
- XLSX (openpyxl): one sheet, a bold frozen header row, real date cells, the columns sized
  to their content.
- Text cells starting with ``=``, ``+``, ``-``, ``@`` (a requester's name typed in an e-mail,
  say) are written as text, never as a formula: in the CSV behind a leading ``'``, in the
  XLSX as string cells.

The words (column headers, request types, statuses, outcomes, capacities) come from the
caller, in the language it shows: ``ENGLISH_WORDS`` when it has none (the CLI).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.export import write_private
from dsr_desk.read_models import RegisterEntry

__all__ = [
    "COLUMNS",
    "ENGLISH_WORDS",
    "RegisterFormat",
    "RegisterWords",
    "register_csv",
    "register_xlsx",
    "write_register",
]

CSV_DELIMITER: Final = ";"
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


class RegisterFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    @classmethod
    def parse(cls, text: str) -> RegisterFormat:
        try:
            return cls(text.strip().lower().lstrip("."))
        except ValueError:
            raise ValidationError(
                "Unknown file format {text!r}; choose csv or xlsx.", text=text
            ) from None

    @classmethod
    def of_path(cls, path: Path, default: RegisterFormat | None = None) -> RegisterFormat:
        """The format a file name asks for (``.xlsx`` → XLSX, ``.csv`` → CSV), else
        ``default`` (CSV when none)."""
        suffix = path.suffix.lower().lstrip(".")
        if suffix in {member.value for member in cls}:
            return cls(suffix)
        return default or cls.CSV


#: The columns, in order: the register's (reference, type, entity, requester, received, due,
#: status) and how the request ended (outcome, closed on) and who made it (capacity).
COLUMNS: Final = (
    "reference",
    "type",
    "entity",
    "requester",
    "received_on",
    "due_on",
    "status",
    "outcome",
    "closed_on",
    "capacity",
)


@dataclass(frozen=True)
class RegisterWords:
    """The file's words: ``headers[column]``, and ``value(column, stored)`` for the stored
    values of ``type``, ``status``, ``outcome`` and ``capacity``."""

    headers: Mapping[str, str]
    value: Callable[[str, str], str]
    sheet_title: str = "Register of requests"


_ENGLISH_HEADERS: Final = {
    "reference": "Reference",
    "type": "Type",
    "entity": "Entity",
    "requester": "Requester",
    "received_on": "Received",
    "due_on": "Due",
    "status": "Status",
    "outcome": "Outcome",
    "closed_on": "Closed on",
    "capacity": "Capacity",
}
_ENGLISH_VALUES: Final = {
    "outcome": {
        "completed": "Granted",
        "partial": "Partly granted",
        "refused": "Refused",
        "forwarded": "Forwarded",
        "no-data": "No data held",
        "withdrawn": "Withdrawn",
        "unanswered": "Information never received",
        "excessive": "Manifestly unfounded or excessive",
    },
    "capacity": {
        "self": "The person concerned",
        "representative": "Representative",
        "guardian": "Parent or guardian",
        "heir": "Heir",
    },
}


def _english_value(column: str, value: str) -> str:
    known = _ENGLISH_VALUES.get(column, {}).get(value)
    return known or value.replace("-", " ").capitalize()


ENGLISH_WORDS: Final = RegisterWords(headers=_ENGLISH_HEADERS, value=_english_value)


def _cells(entry: RegisterEntry, words: RegisterWords) -> list[str | date | None]:
    """The entry's cells in ``COLUMNS`` order: text, dates, or None for an empty cell."""

    def word(column: str, value: str | None) -> str | None:
        return None if value is None else words.value(column, value)

    return [
        entry.reference,
        word("type", entry.type),
        entry.entity,
        entry.requester,
        entry.received_on,
        entry.due_on,
        word("status", entry.status),
        word("outcome", entry.outcome),
        entry.closed_on,
        word("capacity", entry.capacity),
    ]


def _safe_text(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def register_csv(entries: Sequence[RegisterEntry], words: RegisterWords = ENGLISH_WORDS) -> bytes:
    """The register as CSV: UTF-8 with BOM, ``;``-separated, a header row, CRLF lines."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([words.headers[column] for column in COLUMNS])
    for entry in entries:
        writer.writerow(
            [
                ""
                if cell is None
                else cell.isoformat()
                if isinstance(cell, date)
                else _safe_text(cell)
                for cell in _cells(entry, words)
            ]
        )
    return out.getvalue().encode("utf-8-sig")


DATE_FORMAT: Final = "yyyy-mm-dd"
MAX_COLUMN_WIDTH: Final = 48


def register_xlsx(entries: Sequence[RegisterEntry], words: RegisterWords = ENGLISH_WORDS) -> bytes:
    """The register as an Excel workbook (one sheet), in memory."""
    from openpyxl import Workbook  # loaded only for this export
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = words.sheet_title[:31]  # Excel's limit for a sheet's name
    sheet.append([words.headers[column] for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(words.headers[column]) for column in COLUMNS]
    for row_index, entry in enumerate(entries, start=2):
        for column_index, value in enumerate(_cells(entry, words), start=1):
            cell = sheet.cell(row=row_index, column=column_index)
            if isinstance(value, date):
                cell.value = value
                cell.number_format = DATE_FORMAT
                width = len(DATE_FORMAT)
            elif value is not None:
                cell.value = value
                cell.data_type = "s"  # a text starting with "=" stays text, not a formula
                width = len(value)
            else:
                width = 0
            widths[column_index - 1] = max(widths[column_index - 1], width)
    for column_index, width in enumerate(widths, start=1):
        letter = sheet.cell(row=1, column=column_index).column_letter
        sheet.column_dimensions[letter].width = min(width + 2, MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_register(
    path: Path,
    entries: Sequence[RegisterEntry],
    file_format: RegisterFormat,
    words: RegisterWords = ENGLISH_WORDS,
    *,
    data_dir: Path | None = None,
) -> Path:
    """Write the register to ``path`` (owner-only, atomically; never inside ``data_dir``)."""
    data = (
        register_xlsx(entries, words)
        if file_format is RegisterFormat.XLSX
        else register_csv(entries, words)
    )
    return write_private(path, data, data_dir=data_dir)
