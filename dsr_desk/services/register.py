"""The processing register (GDPR Art. 30) of each entity: list, edit, reorder, import from a
spreadsheet, and the demo register.

Access answers take the Art. 15(1) information (purposes, categories of data, recipients,
retention, source, automated decisions, Art. 15(2) transfers) from this register, so every
change is audited; the audit details name the entity and the activity, never other free text.

An activity is designated by its position in the entity's register (0-based, as listed by
:func:`list_activities`) or by its name (unique within an entity, case-insensitive).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Final

from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import NotFound, ValidationError
from dsr_desk.domain.register import ProcessingActivity
from dsr_desk.services.entities import resolve_entity
from dsr_desk.storage.unit_of_work import UnitOfWork

__all__ = [
    "ACTIVITY_FIELDS",
    "FIELD_LABELS",
    "ActivityView",
    "ImportReport",
    "RegisterImportError",
    "add_activity",
    "demo_register",
    "import_register_csv",
    "list_activities",
    "list_all_activities",
    "move_activity",
    "parse_register_csv",
    "remove_activity",
    "update_activity",
]

ACTIVITY_FIELDS: Final = (
    "name",
    "purpose",
    "legal_basis",
    "data_categories",
    "recipients",
    "retention",
    "source",
    "transfers",
    "automated_decisions",
)
REQUIRED_FIELDS: Final = ("name", "purpose", "legal_basis", "data_categories")
FIELD_LABELS: Final = {
    "name": "name",
    "purpose": "purpose",
    "legal_basis": "legal basis",
    "data_categories": "data categories",
    "recipients": "recipients",
    "retention": "retention",
    "source": "source",
    "transfers": "transfers",
    "automated_decisions": "automated decisions",
}
NAME_MAX_CHARS: Final = 200  # the column is String(200)
TEXT_MAX_CHARS: Final = 5000
MAX_CSV_BYTES: Final = 5 * 1024 * 1024
MAX_CSV_ROWS: Final = 1000
MAX_PROBLEMS_IN_MESSAGE: Final = 8

ActivityKey = int | str


# -- read model ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityView:
    """One processing activity as screens, the CLI and letters see it (a plain copy)."""

    entity: str
    position: int  # 0-based, the order of the register
    name: str
    purpose: str
    legal_basis: str
    data_categories: str
    recipients: str
    retention: str
    source: str
    transfers: str
    automated_decisions: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _view(entity: Entity, position: int, activity: ProcessingActivity) -> ActivityView:
    return ActivityView(
        entity.name, position, **{name: getattr(activity, name) for name in ACTIVITY_FIELDS}
    )


def _views(entity: Entity) -> list[ActivityView]:
    return [_view(entity, i, a) for i, a in enumerate(entity.processing_activities)]


def list_activities(uow: UnitOfWork, entity: str) -> list[ActivityView]:
    """The register of one entity, in its order."""
    with uow:
        return _views(resolve_entity(uow, entity))


def list_all_activities(uow: UnitOfWork) -> list[ActivityView]:
    """Every entity's register, entity by entity (creation order), each in its order."""
    with uow:
        return [view for entity in uow.entities.list() for view in _views(entity)]


# -- editing ---------------------------------------------------------------------------------


def _clean_text(value: object, label: str, limit: int = TEXT_MAX_CHARS) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"The {label} must be text.")
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\x00" in text:
        raise ValidationError(f"The {label} contains a NUL character.")
    if len(text) > limit:
        raise ValidationError(f"The {label} is too long ({len(text)} characters; at most {limit}).")
    return text


def _clean_fields(fields: dict[str, object]) -> dict[str, str]:
    """Normalise edited values (trimmed text, one-line name); refuse unknown fields."""
    unknown = sorted(set(fields) - set(ACTIVITY_FIELDS))
    if unknown:
        raise ValidationError(f"Processing activities have no field {', '.join(unknown)}.")
    clean = {}
    for name, value in fields.items():
        limit = NAME_MAX_CHARS if name == "name" else TEXT_MAX_CHARS
        text = _clean_text(value, FIELD_LABELS[name], limit)
        clean[name] = " ".join(text.split()) if name == "name" else text
    return clean


def _validated(values: dict[str, str]) -> ProcessingActivity:
    """A new activity from complete values; the domain checks the required fields."""
    texts = {name: values.get(name, "") for name in ACTIVITY_FIELDS}
    return ProcessingActivity(
        name=texts["name"],
        purpose=texts["purpose"],
        legal_basis=texts["legal_basis"],
        data_categories=texts["data_categories"],
        recipients=texts["recipients"],
        retention=texts["retention"],
        source=texts["source"],
        transfers=texts["transfers"],
        automated_decisions=texts["automated_decisions"],
    )


def _index(entity: Entity, key: ActivityKey) -> int:
    activities = entity.processing_activities
    if isinstance(key, bool):
        raise ValidationError("Give an activity's position or its name.")
    if isinstance(key, int):
        if not 0 <= key < len(activities):
            raise NotFound(
                f"The register of {entity.name!r} has no activity at position {key + 1} "
                f"(it has {len(activities)})."
            )
        return key
    wanted = " ".join(key.split()).casefold()
    for index, activity in enumerate(activities):
        if activity.name.casefold() == wanted:
            return index
    raise NotFound(f"The register of {entity.name!r} has no activity named {key!r}.")


def _check_unique_name(entity: Entity, name: str, ignore: int | None = None) -> None:
    for index, activity in enumerate(entity.processing_activities):
        if index != ignore and activity.name.casefold() == name.casefold():
            raise ValidationError(
                f"The register of {entity.name!r} already has an activity named "
                f"{activity.name!r}; give this one another name."
            )


def _renumber(entity: Entity) -> None:
    for position, activity in enumerate(entity.processing_activities):
        activity.position = position


def add_activity(uow: UnitOfWork, entity: str, **fields: object) -> ActivityView:
    """Add an activity at the end of the entity's register."""
    clean = _clean_fields(fields)
    with uow:
        owner = resolve_entity(uow, entity)
        activity = _validated(clean)
        _check_unique_name(owner, activity.name)
        owner.processing_activities.append(activity)
        _renumber(owner)
        position = len(owner.processing_activities) - 1
        uow.record(
            "register.activity_added",
            None,
            entity=owner.name,
            activity=activity.name,
            position=position + 1,
        )
        uow.commit()
        return _view(owner, position, activity)


def update_activity(
    uow: UnitOfWork, entity: str, key: ActivityKey, /, **fields: object
) -> ActivityView:
    """Change some fields of an activity; the audit lists the changed fields' names."""
    clean = _clean_fields(fields)
    with uow:
        owner = resolve_entity(uow, entity)
        index = _index(owner, key)
        activity = owner.processing_activities[index]
        before = {name: getattr(activity, name) for name in ACTIVITY_FIELDS}
        after = _validated({**before, **clean})
        if after.name.casefold() != activity.name.casefold():
            _check_unique_name(owner, after.name, ignore=index)
        changed = [name for name in ACTIVITY_FIELDS if getattr(after, name) != before[name]]
        if changed:
            for name in changed:
                setattr(activity, name, getattr(after, name))
            uow.record(
                "register.activity_updated",
                None,
                entity=owner.name,
                activity=activity.name,
                previous_name=before["name"] if "name" in changed else None,
                fields=changed,
            )
            uow.commit()
        return _view(owner, index, activity)


def remove_activity(uow: UnitOfWork, entity: str, key: ActivityKey) -> ActivityView:
    """Delete an activity from the register; returns what was removed."""
    with uow:
        owner = resolve_entity(uow, entity)
        index = _index(owner, key)
        removed = _view(owner, index, owner.processing_activities[index])
        del owner.processing_activities[index]
        _renumber(owner)
        uow.record("register.activity_removed", None, entity=owner.name, activity=removed.name)
        uow.commit()
        return removed


def move_activity(uow: UnitOfWork, entity: str, key: ActivityKey, to: int) -> ActivityView:
    """Move an activity to position ``to`` (0-based) in the register's order."""
    with uow:
        owner = resolve_entity(uow, entity)
        index = _index(owner, key)
        activities = owner.processing_activities
        if isinstance(to, bool) or not isinstance(to, int) or not 0 <= to < len(activities):
            raise ValidationError(
                f"An activity can move to a position between 1 and {len(activities)}."
            )
        activity = activities[index]
        if to != index:
            activities.insert(to, activities.pop(index))
            _renumber(owner)
            uow.record(
                "register.activity_moved",
                None,
                entity=owner.name,
                activity=activity.name,
                from_position=index + 1,
                to_position=to + 1,
            )
            uow.commit()
        return _view(owner, to, activity)


# -- CSV import ------------------------------------------------------------------------------


class RegisterImportError(ValidationError):
    """A register file that cannot be imported; ``problems`` lists them one per row."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems) or (message,)


def _header_key(text: str) -> str:
    """ "Catégories de données" → "categories de donnees"; "legal_basis" → "legal basis"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\ufeff", ""))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


# fmt: off
_HEADER_ALIASES: Final[dict[str, tuple[str, ...]]] = {
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
_HEADERS: Final = {
    _header_key(alias): field for field, aliases in _HEADER_ALIASES.items() for alias in aliases
}
_DELIMITERS: Final = (";", ",", "\t")
_DELIMITER_NAMES: Final = {";": "semicolon", ",": "comma", "\t": "tab"}
_EXPECTED_HEADER: Final = (
    "name, purpose, legal_basis, data_categories, recipients, retention, source, transfers, "
    "automated_decisions (or in French: nom, finalité, base légale, catégories de données, "
    "destinataires, durée de conservation, source, transferts, décisions automatisées)"
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
        plural = "y" if self.added == 1 else "ies"
        text = f"Imported {self.added} activit{plural} into the register of “{self.entity}”"
        if self.replaced:
            text += f", replacing the {self.removed} it had"
        text += f" ({self.total} in all; {self.encoding}, {_DELIMITER_NAMES[self.delimiter]}s)."
        if self.ignored_columns:
            text += f" Ignored columns: {', '.join(self.ignored_columns)}."
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
        raise RegisterImportError(f"This file cannot be read as CSV ({problem}).") from None


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
                f"Two columns both give the {FIELD_LABELS[field]}: “{seen[field]}” and "
                f"“{title}”; keep one."
            )
        seen[field] = title
        columns[index] = field
    missing = [FIELD_LABELS[f] for f in REQUIRED_FIELDS if f not in seen]
    if missing:
        raise RegisterImportError(
            f"The first row must name the columns; no column found for: {', '.join(missing)}. "
            f"Expected: {_EXPECTED_HEADER}."
        )
    return columns, tuple(ignored)


def _row_activity(
    row: Sequence[str], columns: dict[int, str], width: int, number: int
) -> tuple[ProcessingActivity | None, list[str]]:
    problems = []
    extra = [cell for cell in row[width:] if cell.strip()]
    if extra:
        problems.append(f"row {number}: {len(row)} cells but the header names {width} columns")
    values: dict[str, str] = {}
    for index, field in columns.items():
        raw = row[index] if index < len(row) else ""
        try:
            values[field] = _clean_fields({field: raw})[field]
        except ValidationError as problem:
            message = str(problem).rstrip(".")
            problems.append(f"row {number}: {message[:1].lower()}{message[1:]}")
    missing = [FIELD_LABELS[f] for f in REQUIRED_FIELDS if f in values and not values[f]]
    if missing:
        problems.append(f"row {number}: missing {', '.join(missing)}")
    if problems:
        return None, problems
    return _validated(values), []


def parse_register_csv(data: bytes) -> ParsedRegister:
    """Read a register spreadsheet (header row first; ``;``, ``,`` or tab; UTF-8 with or
    without BOM, or Windows-1252) and check every row. Raises :class:`RegisterImportError`
    (a ``ValidationError``) listing the problems with their row numbers."""
    if not data.strip():
        raise RegisterImportError("The file is empty.")
    if len(data) > MAX_CSV_BYTES:
        raise RegisterImportError(
            f"The file is larger than {MAX_CSV_BYTES // (1024 * 1024)} MB: is it a register?"
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
        raise RegisterImportError(f"The file has more than {MAX_CSV_ROWS} activities.")
    problems: list[str] = []
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
                f"row {number}: the name “{activity.name}” is already used on row "
                f"{first_row_of[key]}"
            )
            continue
        first_row_of[key] = number
        rows.append((number, activity))
    if problems:
        raise _problems_error(problems)
    return ParsedRegister(tuple(rows), ignored, encoding, delimiter)


def _problems_error(problems: Sequence[str]) -> RegisterImportError:
    rows = {p.split(":", 1)[0] for p in problems}
    shown = "; ".join(problems[:MAX_PROBLEMS_IN_MESSAGE])
    more = len(problems) - MAX_PROBLEMS_IN_MESSAGE
    if more > 0:
        shown += f"; and {more} more"
    count = f"{len(rows)} row{'s' if len(rows) != 1 else ''}"
    return RegisterImportError(
        f"Nothing was imported: {count} need fixing — {shown}.", problems=problems
    )


def import_register_csv(
    uow: UnitOfWork, entity: str, data: bytes, *, replace: bool = False
) -> ImportReport:
    """Import a register spreadsheet into an entity's register: appended after its current
    activities, or replacing them all. Every row is checked first; when any row has a problem
    nothing is imported and the error lists each problem with its row number."""
    parsed = parse_register_csv(data)
    with uow:
        owner = resolve_entity(uow, entity)
        activities = owner.processing_activities
        if not replace:
            existing = {a.name.casefold(): a.name for a in activities}
            clashes = [
                f"row {number}: the register already has an activity named "
                f"“{existing[activity.name.casefold()]}”"
                for number, activity in parsed.rows
                if activity.name.casefold() in existing
            ]
            if clashes:
                raise _problems_error(clashes)
        removed = len(activities) if replace else 0
        if replace:
            activities.clear()
        activities.extend(activity for _number, activity in parsed.rows)
        _renumber(owner)
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


# -- demo register ---------------------------------------------------------------------------


def _activities(entries: Iterable[dict[str, str]]) -> list[ProcessingActivity]:
    return [ProcessingActivity(**entry, position=i) for i, entry in enumerate(entries)]


_DSR_HANDLING: Final = {
    "name": "Handling data-protection requests",
    "purpose": (
        "Receive and answer requests to exercise data-protection rights (access, rectification, "
        "erasure, objection, restriction, portability), check the requester's identity when in "
        "doubt and keep evidence of the answer."
    ),
    "legal_basis": "Legal obligation (Art. 6(1)(c); GDPR Art. 12 to 22)",
    "data_categories": (
        "Identity and contact details of the requester; the request and the correspondence; "
        "the identity check (kind of document, last characters of its number) or, when one "
        "is kept, a copy of the identity document."
    ),
    "recipients": (
        "The DPO office; the departments holding the data concerned; the supervisory "
        "authority (CNIL) in case of a complaint."
    ),
    "retention": (
        "Copies of identity documents: 1 year after the answer for access and rectification "
        "requests; 3 years from the last contact for objections (archived, restricted access). "
        "Request files: 5 years after closure (limitation period for claims)."
    ),
}

_DEMO_REGISTERS: Final[dict[str, tuple[dict[str, str], ...]]] = {
    "Groupe Horizon Éducation": (
        {
            "name": "Admissions and applicants",
            "purpose": (
                "Answer requests for brochures and information on programmes, register "
                "applications, organise admission tests and interviews, and tell applicants "
                "the decision."
            ),
            "legal_basis": (
                "Steps taken at the applicant's request before a contract (Art. 6(1)(b))"
            ),
            "data_categories": (
                "Civil status and contact details; previous studies, marks and diplomas; "
                "programme applied for; admission test results and interview assessments."
            ),
            "recipients": (
                "Admissions staff of the school applied to and of the other schools of the "
                "group; processors running the online application platform."
            ),
            "retention": (
                "Applicants who do not enrol: 3 years from the last contact, then deleted. "
                "Applicants who enrol: moved to the student record."
            ),
            "source": (
                "The applicant; national higher-education application platforms; student "
                "fairs and partner schools when the applicant chose to be put in touch."
            ),
        },
        {
            "name": "Enrolment and student records",
            "purpose": (
                "Enrol students and manage their studies: timetables, attendance, marks, "
                "examinations, internships, diplomas and transcripts, tuition agreements."
            ),
            "legal_basis": (
                "Contract (Art. 6(1)(b)); legal obligation for diplomas and records the "
                "education authorities require (Art. 6(1)(c))"
            ),
            "data_categories": (
                "Civil status, photograph, contact details; student number; marks, "
                "attendance, internship agreements; contact details of a parent or "
                "guarantor for minors."
            ),
            "recipients": (
                "Teaching and administrative staff; examination boards; host companies for "
                "internships; accreditation bodies and education authorities where the law "
                "requires it; partner universities for exchanges."
            ),
            "retention": (
                "For the duration of the studies; then archived from 2 years (contract "
                "documents) up to 50 years (diplomas, transcripts and results) depending on "
                "the document."
            ),
            "transfers": (
                "Partner universities and internship hosts outside the EEA for exchanges and "
                "internships abroad: adequacy decision or Standard Contractual Clauses, "
                "otherwise the transfer is necessary for the student's own exchange "
                "agreement (Art. 49(1)(b))."
            ),
        },
        {
            "name": "Digital workspace and e-learning",
            "purpose": (
                "Give students and staff their accounts on the digital workspace, the online "
                "courses and the digital library; keep these services secure."
            ),
            "legal_basis": "Contract (Art. 6(1)(b)); legitimate interest in IT security "
            "(Art. 6(1)(f))",
            "data_categories": (
                "User name and identifiers; course enrolments, submitted work and progress; "
                "connection logs (date, time, IP address, device)."
            ),
            "recipients": (
                "IT department; teachers of the courses followed; the hosting provider and "
                "the learning-platform provider (processors)."
            ),
            "retention": (
                "Accounts: closed 6 months after graduation or departure. Connection logs: "
                "6 months as the CNIL recommends, 3 years at most for security "
                "investigations."
            ),
            "transfers": (
                "The learning-platform provider may give support from outside the EEA: "
                "Standard Contractual Clauses."
            ),
        },
        {
            "name": "Tuition fees, invoicing and collection",
            "purpose": (
                "Invoice tuition and services, collect payments and instalments, recover "
                "unpaid amounts, keep the accounts and answer audits."
            ),
            "legal_basis": (
                "Contract (Art. 6(1)(b)); legal obligation for accounting and tax records "
                "(Art. 6(1)(c))"
            ),
            "data_categories": (
                "Identity and billing address of the student and of the payer (parent, "
                "employer); bank details; invoices, payments and payment incidents."
            ),
            "recipients": (
                "Finance department; banks and payment providers; debt-collection agencies "
                "and legal professionals for unpaid amounts; statutory auditors; tax "
                "authorities on request."
            ),
            "retention": (
                "Invoices and accounting records: 10 years from the end of the financial "
                "year (Commercial Code L.123-22). Contracts concluded online for €120 or "
                "more: 10 years (Consumer Code L.213-1)."
            ),
        },
        {
            "name": "Events, newsletters and promotion of programmes",
            "purpose": (
                "Invite prospective students, students and alumni to open days, webinars and "
                "events; send newsletters and news about programmes; measure interest."
            ),
            "legal_basis": (
                "Consent for e-mail newsletters to private individuals (Art. 6(1)(a)); "
                "legitimate interest for invitations to people already in contact "
                "(Art. 6(1)(f))"
            ),
            "data_categories": (
                "Name, e-mail address, phone number; programmes of interest; event "
                "registrations; clicks on links in our e-mails."
            ),
            "recipients": "Communications department; the e-mailing provider (processor).",
            "retention": (
                "3 years from the last contact (a request for documentation or a click on a "
                "link counts; merely opening an e-mail does not)."
            ),
            "transfers": (
                "E-mailing provider established in the United States: EU-US Data Privacy "
                "Framework adequacy decision, and Standard Contractual Clauses."
            ),
        },
        _DSR_HANDLING,
    ),
    "Formavia": (
        {
            "name": "Registration of individual trainees",
            "purpose": (
                "Register people who enrol in a training course on their own behalf, send "
                "the confirmation, the notice to attend and the statutory training documents."
            ),
            "legal_basis": "Contract for a training action (Art. 6(1)(b); Labour Code L.6313-1)",
            "data_categories": (
                "Surname, first name, e-mail and postal address, phone number; occupation "
                "and employer when given; course chosen; diplomas and skills."
            ),
            "recipients": (
                "Training administration; the trainers of the session, including freelance "
                "trainers (processors); funding bodies when the course is funded."
            ),
            "retention": (
                "For the time needed to run the training, then archived until the legal "
                "limitation periods end (5 years for contractual claims)."
            ),
        },
        {
            "name": "Attendance, certificates and certification",
            "purpose": (
                "Keep attendance sheets, issue attendance and completion certificates, enter "
                "candidates for certifications with partner bodies."
            ),
            "legal_basis": (
                "Contract (Art. 6(1)(b)); legal obligation to prove the training was "
                "delivered (Art. 6(1)(c); Labour Code L.6353-9)"
            ),
            "data_categories": (
                "Identity; sessions attended and signatures; assessment results; "
                "certificates issued."
            ),
            "recipients": (
                "Training administration; certification bodies, universities and schools "
                "awarding the certification; the public bodies that finance and inspect "
                "vocational training."
            ),
            "retention": (
                "Archived until the end of the period in which funding bodies and the "
                "training inspectorate may ask for evidence."
            ),
        },
        {
            "name": "Online learning platform",
            "purpose": (
                "Give trainees access to the e-learning platform and its content, follow their "
                "progress and help them when they are stuck."
            ),
            "legal_basis": "Contract (Art. 6(1)(b))",
            "data_categories": (
                "Login identifiers; modules started and completed, quiz scores, time spent; "
                "connection logs."
            ),
            "recipients": "Learning-support team; the platform provider (processor).",
            "retention": (
                "Account open for the access period bought, then deleted within 1 year; "
                "connection logs 6 months."
            ),
            "transfers": (
                "Platform support partly provided from outside the EEA: Standard Contractual "
                "Clauses (Art. 46(2)(c))."
            ),
        },
        {
            "name": "Meals and disability adjustments",
            "purpose": (
                "Arrange meals for trainees with food allergies and adapt the training for "
                "trainees with a disability."
            ),
            "legal_basis": (
                "Allergies: consent (Art. 6(1)(a)), explicit for health data (Art. 9(2)(a)). "
                "Disability adjustments: legal obligation (Art. 6(1)(c) and 9(2)(b); Labour "
                "Code D.5211-3)"
            ),
            "data_categories": (
                "Food allergies; the adjustment needed (no medical file or diagnosis)."
            ),
            "recipients": (
                "The session organiser and the disability contact person; the caterer, for "
                "allergies only."
            ),
            "retention": "Only for the duration of the training, then deleted.",
        },
        {
            "name": "Training quality and satisfaction",
            "purpose": (
                "Collect trainees' evaluations, measure quality indicators and improve the "
                "courses; produce anonymous statistics."
            ),
            "legal_basis": (
                "Legal obligation of training organisations to monitor quality "
                "(Art. 6(1)(c)); legitimate interest for internal statistics (Art. 6(1)(f))"
            ),
            "data_categories": (
                "Evaluation answers and comments; course and session; trainer assessed."
            ),
            "recipients": "Quality department; the certification auditors of the organisation.",
            "retention": "3 years, then kept only as anonymous statistics.",
        },
        {
            "name": "Client relations and prospecting",
            "purpose": (
                "Manage the contacts of client companies (training, HR and purchasing "
                "departments), send offers, news and invitations, and market studies."
            ),
            "legal_basis": (
                "Legitimate interest in developing the business, unless the person objects "
                "(Art. 6(1)(f)); consent for newsletters to individual customers "
                "(Art. 6(1)(a))"
            ),
            "data_categories": (
                "Surname, first name, job title, professional e-mail, phone and postal "
                "address; orders and exchanges; e-mail preferences."
            ),
            "recipients": (
                "Sales and marketing teams of Formavia and its French subsidiaries; the "
                "e-mailing provider (processor)."
            ),
            "retention": "3 years from the end of the business relationship or last contact.",
            "source": (
                "The person, or a colleague at the client company who passed on the contact."
            ),
            "transfers": "E-mailing provider outside the EEA: Standard Contractual Clauses.",
        },
    ),
    "Formavia Entreprises – Metz": (
        {
            "name": "In-company training for client employers (processor)",
            "purpose": (
                "On behalf of client employers and on their instructions (Art. 28 contract): "
                "register the employees they send, send notices to attend, keep attendance "
                "and return certificates to the employer."
            ),
            "legal_basis": (
                "Processed for the client employer, the controller, whose basis is its "
                "legal obligation to train its employees (Labour Code L.6321-1; "
                "Art. 6(1)(c))"
            ),
            "data_categories": (
                "Employee's surname, first name, professional e-mail, job and department; "
                "sessions attended; assessment results."
            ),
            "recipients": (
                "The client employer (HR or training department); the trainers of the "
                "session; certification bodies when the employer asks for a certification."
            ),
            "retention": (
                "As set in the contract with the client employer; returned or deleted at the "
                "end of the contract, except documents the training organisation must keep."
            ),
            "source": "The client employer (HR or training department).",
        },
        {
            "name": "E-learning accounts for client employees (processor)",
            "purpose": (
                "On behalf of client employers: open platform accounts for their employees, "
                "report progress and completion to the employer."
            ),
            "legal_basis": (
                "Processed for the client employer (controller) under an Art. 28 contract"
            ),
            "data_categories": (
                "Identifiers; modules completed, scores and time spent; connection logs."
            ),
            "recipients": (
                "The client employer; the learning-platform provider (sub-processor "
                "approved by the client)."
            ),
            "retention": "Until the end of the client's contract, then deleted within 3 months.",
            "source": "The client employer.",
            "transfers": (
                "Sub-processor support from outside the EEA: Standard Contractual Clauses "
                "(module 3, processor to processor)."
            ),
        },
        {
            "name": "Client contacts and contracts",
            "purpose": (
                "As controller: manage the contacts at client employers, quotes, agreements "
                "and invoicing of in-company training."
            ),
            "legal_basis": (
                "Legitimate interest in managing client relations (Art. 6(1)(f)); legal "
                "obligation for invoices (Art. 6(1)(c))"
            ),
            "data_categories": (
                "Surname, first name, job title, professional e-mail and phone; quotes, "
                "orders and invoices."
            ),
            "recipients": "Sales and finance teams; statutory auditors.",
            "retention": (
                "3 years after the end of the relationship; invoices 10 years from the end "
                "of the financial year."
            ),
            "source": "The client company.",
        },
        {
            "name": "Data-protection requests about client employees",
            "purpose": (
                "As processor: pass requests from client employees on to their employer (the "
                "controller) without delay, tell the requester so, and help the employer "
                "answer (Art. 28(3)(e))."
            ),
            "legal_basis": (
                "Legal obligation to assist the controller (Art. 6(1)(c); Art. 28(3)(e))"
            ),
            "data_categories": (
                "Identity and contact details of the requester; the request; the date it was "
                "forwarded and to whom."
            ),
            "recipients": "The client employer (controller); the DPO office.",
            "retention": "5 years after the request was forwarded.",
        },
    ),
}


def demo_register(entity_name: str) -> list[ProcessingActivity]:
    """A realistic register for a demo entity (new objects each call); empty for other names.
    Modelled on the privacy notices of a group of private schools and of a training company
    that is sometimes controller and sometimes processor."""
    entries = _DEMO_REGISTERS.get(entity_name)
    return _activities(entries or ())
