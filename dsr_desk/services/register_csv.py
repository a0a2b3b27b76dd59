"""Import of a processing register from CSV (FR/EN headers, cp1252 or UTF-8, all-or-nothing)."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.register import ProcessingActivity
from dsr_desk.domain.roles import Action
from dsr_desk.domain.text import fold
from dsr_desk.messages import N_, Join, Text, _, ngettext
from dsr_desk.services.entities import resolve_entity
from dsr_desk.services.register import (
    FIELD_LABELS,
    REQUIRED_FIELDS,
    activity_from_values,
    clean_activity_fields,
    renumber_activities,
)
from dsr_desk.storage.unit_of_work import UnitOfWork

MAX_CSV_BYTES: Final = 5 * 1024 * 1024
MAX_CSV_ROWS: Final = 1000
MAX_PROBLEMS_IN_MESSAGE: Final = 8


# -- CSV import ------------------------------------------------------------------------------


class RegisterImportError(ValidationError):
    """A register file that cannot be imported; ``problems`` lists them one per row."""

    def __init__(self, message: str, /, problems: Sequence[object] = (), **params: object) -> None:
        super().__init__(message, **params)
        self._problems = tuple(problems)

    @property
    def problems(self) -> tuple[str, ...]:
        """One line per problem ("row 3: missing legal basis"), in the display language."""
        return tuple(str(problem) for problem in self._problems) or (str(self),)


def _header_key(text: str) -> str:
    """ "Catégories de données" → "categories de donnees"; "legal_basis" → "legal basis"."""
    plain = fold(text.replace("\ufeff", ""))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


# fmt: off
_TEXT_HEADERS: Final[dict[str, tuple[str, ...]]] = {
    "name": (
        "name", "activity", "activity name", "processing activity", "processing", "nom",
        "activite", "activite de traitement", "traitement", "nom du traitement", "intitule",
    ),
    "purpose": ("purpose", "purposes", "finalite", "finalites", "finalite s"),
    "legal_basis": (
        "legal basis", "lawful basis", "base legale", "base juridique", "fondement juridique",
        "fondement", "base de liceite",
    ),
    "data_categories": (
        "data categories", "categories of data", "categories of personal data",
        "categories de donnees", "categories de donnees personnelles", "donnees",
        "donnees traitees", "categories de donnees traitees",
    ),
    "recipients": ("recipients", "destinataires", "destinataire"),
    "retention": (
        "retention", "retention period", "retention periods", "duree de conservation",
        "durees de conservation", "conservation",
    ),
    "source": ("source", "sources", "origine", "origine des donnees", "source des donnees"),
    "transfers": (
        "transfers", "transfer", "transfers outside the eea", "transferts", "transfert",
        "transferts hors ue", "transferts hors eee", "transferts hors de l ue",
    ),
    "automated_decisions": (
        "automated decisions", "automated decision making", "automated decision",
        "decisions automatisees", "decision automatisee", "prise de decision automatisee",
    ),
}
# fmt: on
# The same texts in English (letters in English print these): "name_en", "name (en)",
# "English name"…
_HEADER_ALIASES: Final[dict[str, tuple[str, ...]]] = _TEXT_HEADERS | {
    f"{field}_en": (f"{field.replace('_', ' ')} en", f"english {field.replace('_', ' ')}")
    for field in _TEXT_HEADERS
}
_HEADERS: Final = {
    _header_key(alias): field for field, aliases in _HEADER_ALIASES.items() for alias in aliases
}
_DELIMITERS: Final = (";", ",", "\t")
_DELIMITER_NAMES: Final = {";": N_("semicolons"), ",": N_("commas"), "\t": N_("tabs")}
_EXPECTED_HEADER: Final = (
    "name, purpose, legal_basis, data_categories, recipients, retention, source, transfers, "
    "automated_decisions (or in French: nom, finalité, base légale, catégories de données, "
    "destinataires, durée de conservation, source, transferts, décisions automatisées); "
    "the English texts in the same columns suffixed _en (name_en, purpose_en…)"
)


@dataclass(frozen=True)
class ParsedRegister:
    """A register file read and checked row by row (nothing stored yet)."""

    rows: tuple[tuple[int, ProcessingActivity], ...]  # (spreadsheet row number, activity)
    ignored_columns: tuple[str, ...]
    encoding: str
    delimiter: str


@dataclass(frozen=True)
class ImportReport:
    entity: str
    replaced: bool
    added: int
    removed: int
    total: int  # activities in the register after the import
    names: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    encoding: str
    delimiter: str

    def summary(self) -> str:
        """The report in the display language (called where it is shown)."""
        text = ngettext(
            "Imported {count} activity into the register of “{entity}”",
            "Imported {count} activities into the register of “{entity}”",
            self.added,
        ).format(count=self.added, entity=self.entity)
        if self.replaced:
            text += _(", replacing the {removed} it had").format(removed=self.removed)
        text += _(" ({total} in all; {encoding}, {delimiters}).").format(
            total=self.total, encoding=self.encoding, delimiters=_(_DELIMITER_NAMES[self.delimiter])
        )
        if self.ignored_columns:
            text += _(" Ignored columns: {columns}.").format(
                columns=", ".join(self.ignored_columns)
            )
        return text


def _decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        candidates: tuple[tuple[str, bytes, str], ...] = (("utf-8", data[3:], "UTF-8"),)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = (("utf-16", data, "UTF-16"),)
    else:
        candidates = (("utf-8", data, "UTF-8"), ("cp1252", data, "Windows-1252"))
    for codec, raw, label in candidates:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text, label
    raise RegisterImportError(
        "This file is not CSV text in UTF-8 or Windows-1252 (Excel): save the spreadsheet as "
        "“CSV UTF-8” and import that file."
    )


def _split_separator_hint(text: str) -> tuple[str | None, str]:
    """Excel's optional first line "sep=;" names the delimiter; it is not a row."""
    first, newline, rest = text.partition("\n")
    hint = first.strip().lower()
    if hint.startswith("sep=") and len(hint) == 5 and hint[4] in _DELIMITERS:
        return hint[4], rest if newline else ""
    return None, text


def _read_rows(text: str, delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as problem:
        raise RegisterImportError(
            "This file cannot be read as CSV ({problem}).", problem=problem
        ) from None


def _header_fields(header: Sequence[str]) -> list[str | None]:
    return [_HEADERS.get(_header_key(cell)) for cell in header]


def _choose_delimiter(text: str, hinted: str | None) -> str:
    if hinted is not None:
        return hinted
    first_line = next((line for line in text.split("\n") if line.strip()), "")
    best, best_score = ";", -1
    for delimiter in _DELIMITERS:
        cells = _read_rows(first_line, delimiter)[:1] or [[]]
        score = sum(field is not None for field in _header_fields(cells[0]))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _map_columns(header: Sequence[str]) -> tuple[dict[int, str], tuple[str, ...]]:
    columns: dict[int, str] = {}
    seen: dict[str, str] = {}
    ignored = []
    for index, (cell, field) in enumerate(zip(header, _header_fields(header), strict=True)):
        title = cell.replace("\ufeff", "").strip()
        if field is None:
            if title:
                ignored.append(title)
            continue
        if field in seen:
            raise RegisterImportError(
                "Two columns both give the {field}: “{first}” and “{title}”; keep one.",
                field=Text(FIELD_LABELS[field]),
                first=seen[field],
                title=title,
            )
        seen[field] = title
        columns[index] = field
    missing = [FIELD_LABELS[f] for f in REQUIRED_FIELDS if f not in seen]
    if missing:
        raise RegisterImportError(
            "The first row must name the columns; no column found for: {missing}. "
            "Expected: {expected_header}.",
            missing=Join(Text(label) for label in missing),
            expected_header=_EXPECTED_HEADER,
        )
    return columns, tuple(ignored)


def _row_activity(
    row: Sequence[str], columns: dict[int, str], width: int, number: int
) -> tuple[ProcessingActivity | None, list[Text]]:
    problems: list[Text] = []
    extra = [cell for cell in row[width:] if cell.strip()]
    if extra:
        problems.append(
            _on_row(
                number,
                Text(
                    "{count} cells but the header names {width} columns",
                    count=len(row),
                    width=width,
                ),
            )
        )
    values: dict[str, str] = {}
    for index, field in columns.items():
        raw = row[index] if index < len(row) else ""
        try:
            values[field] = clean_activity_fields({field: raw})[field]
        except ValidationError as problem:
            problems.append(_on_row(number, _Lowered(problem)))
    missing = [FIELD_LABELS[f] for f in REQUIRED_FIELDS if f in values and not values[f]]
    if missing:
        problems.append(
            _on_row(number, Text("missing {fields}", fields=Join(Text(f) for f in missing)))
        )
    if problems:
        return None, problems
    return activity_from_values(values), []


def parse_register_csv(data: bytes) -> ParsedRegister:
    """Read a register spreadsheet (header row first; ``;``, ``,`` or tab; UTF-8 with or
    without BOM, or Windows-1252) and check every row. Raises :class:`RegisterImportError`
    (a ``ValidationError``) listing the problems with their row numbers."""
    if not data.strip():
        raise RegisterImportError("The file is empty.")
    if len(data) > MAX_CSV_BYTES:
        raise RegisterImportError(
            "The file is larger than {max_csv_bytes} MB: is it a register?",
            max_csv_bytes=MAX_CSV_BYTES // (1024 * 1024),
        )
    text, encoding = _decode(data)
    hinted, text = _split_separator_hint(text.replace("\r\n", "\n").replace("\r", "\n"))
    delimiter = _choose_delimiter(text, hinted)
    records = _read_rows(text, delimiter)
    # Spreadsheet row numbers: the header is row 1 (leading blank lines count, as in Excel).
    numbered = [(number, row) for number, row in enumerate(records, start=1)]
    while numbered and not any(cell.strip() for cell in numbered[0][1]):
        numbered.pop(0)
    if not numbered:
        raise RegisterImportError("The file is empty.")
    (_header_number, header), *body = numbered
    columns, ignored = _map_columns(header)
    body = [(number, row) for number, row in body if any(cell.strip() for cell in row)]
    if not body:
        raise RegisterImportError("The file has a header row but no activity below it.")
    if len(body) > MAX_CSV_ROWS:
        raise RegisterImportError(
            "The file has more than {max_csv_rows} activities.", max_csv_rows=MAX_CSV_ROWS
        )
    problems: list[Text] = []
    rows: list[tuple[int, ProcessingActivity]] = []
    first_row_of: dict[str, int] = {}
    for number, row in body:
        activity, row_problems = _row_activity(row, columns, len(header), number)
        problems.extend(row_problems)
        if activity is None:
            continue
        key = activity.name.casefold()
        if key in first_row_of:
            problems.append(
                _on_row(
                    number,
                    Text(
                        "the name “{name}” is already used on row {first}",
                        name=activity.name,
                        first=first_row_of[key],
                    ),
                )
            )
            continue
        first_row_of[key] = number
        rows.append((number, activity))
    if problems:
        raise _problems_error(problems)
    return ParsedRegister(tuple(rows), ignored, encoding, delimiter)


def _on_row(number: int, problem: object) -> Text:
    return Text("row {number}: {problem}", number=number, problem=problem)


class _Lowered:
    """A row's error as part of a line: "row 7: the name is too long" (shown when listed)."""

    def __init__(self, error: ValidationError) -> None:
        self.error = error

    def __str__(self) -> str:
        message = str(self.error).rstrip(".")
        return message[:1].lower() + message[1:]


def _problems_error(problems: Sequence[Text]) -> RegisterImportError:
    rows = {problem.params["number"] for problem in problems}
    listed: list[object] = list(problems[:MAX_PROBLEMS_IN_MESSAGE])
    more = len(problems) - MAX_PROBLEMS_IN_MESSAGE
    if more > 0:
        listed.append(Text("and {more} more", more=more))
    shown = Join(listed, "; ")
    count = Text("1 row") if len(rows) == 1 else Text("{count} rows", count=len(rows))
    return RegisterImportError(
        "Nothing was imported: {count} need fixing — {shown}.",
        problems=problems,
        count=count,
        shown=shown,
    )


def import_register_csv(
    uow: UnitOfWork, entity: str, data: bytes, *, replace: bool = False
) -> ImportReport:
    """Import a register spreadsheet into an entity's register: appended after its current
    activities, or replacing them all. Every row is checked first; when any row has a problem
    nothing is imported and the error lists each problem with its row number."""
    uow.require(Action.EDIT_PROCESSING_REGISTER)
    parsed = parse_register_csv(data)
    with uow:
        owner = resolve_entity(uow, entity)
        activities = owner.processing_activities
        if not replace:
            existing = {a.name.casefold(): a.name for a in activities}
            clashes = [
                _on_row(
                    number,
                    Text(
                        "the register already has an activity named “{name}”",
                        name=existing[activity.name.casefold()],
                    ),
                )
                for number, activity in parsed.rows
                if activity.name.casefold() in existing
            ]
            if clashes:
                raise _problems_error(clashes)
        removed = len(activities) if replace else 0
        if replace:
            activities.clear()
        activities.extend(activity for _number, activity in parsed.rows)
        renumber_activities(owner)
        uow.record(
            "register.imported",
            None,
            entity=owner.name,
            mode="replace" if replace else "append",
            added=len(parsed.rows),
            removed=removed,
        )
        uow.commit()
        return ImportReport(
            entity=owner.name,
            replaced=replace,
            added=len(parsed.rows),
            removed=removed,
            total=len(activities),
            names=tuple(activity.name for _number, activity in parsed.rows),
            ignored_columns=parsed.ignored_columns,
            encoding=parsed.encoding,
            delimiter=parsed.delimiter,
        )
