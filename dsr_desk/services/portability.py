"""Use cases on the portability / access bundle (GDPR Art. 15 and 20, rules.md §4): what it
would hold (read side), and the export itself, behind the identity gate.

What goes in, from DSR Desk's own data about the requester:

* ``contact`` — the requester record: name, e-mail, postal address, phone, language;
* ``requests`` — every request of this requester *to the same entity* (another entity is
  another controller, whose requests are not this one's to disclose): reference, type,
  received, status, closed, outcome. Never summaries, notes, reasons or assignees: those are
  the office's own working notes, not data the requester provided;
* the documents the requester **provided** on this request (e-mail, letter, other), decrypted
  in memory and checked against their recorded SHA-256. Never the ID-document copies (they
  exist only to check identity and follow their own retention) and never the letters the
  office generated (``response``).

Staff may add categories exported from other systems (CSV or JSON files); anything else is
refused with a ``ValidationError`` before the vault is touched.

The identity gate (same rule as the access letters of :mod:`dsr_desk.services.letters`): no
bundle while the requester's identity is not verified, unless a written reason is given; the
override is audited (``request.disclosure_override``). Only access and portability requests
can be exported, open or completed; a refused or forwarded request cannot. Every export is
audited (``request.bundle_exported``: file count, manifest SHA-256, counts, encryption — no
personal data, no file or category names).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Final

from dsr_desk.domain.documents import DocumentKind, DocumentRecord
from dsr_desk.domain.errors import IntegrityError, NotFound, RuleViolation, ValidationError
from dsr_desk.domain.requests import FINAL_STATUSES, Request, RequestType, Status, parse_reference
from dsr_desk.export.bundle import (
    AttachedFile,
    BundleHeader,
    Category,
    RecordValue,
    build_bundle,
    check_password,
    slug,
)
from dsr_desk.letters.kinds import parse_language
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import UnitOfWork

EXPORTABLE_TYPES: Final = frozenset({RequestType.ACCESS, RequestType.PORTABILITY})
PROVIDED_KINDS: Final = frozenset({DocumentKind.EMAIL, DocumentKind.LETTER, DocumentKind.OTHER})
REFUSED_STATUSES: Final = frozenset({Status.REFUSED, Status.FORWARDED})
MAX_EXTRA_FILE_BYTES: Final = 50 * 1024 * 1024
MAX_EXTRA_RECORDS: Final = 200_000
MAX_BUNDLE_BYTES: Final = 512 * 1024 * 1024  # everything is built in memory
MAX_CATEGORY_CHARS: Final = 80
BUILTIN_CATEGORIES: Final = ("contact", "requests")

CONTACT_COLUMNS: Final = ("name", "email", "postal_address", "phone", "language")
REQUEST_COLUMNS: Final = ("reference", "type", "received", "status", "closed", "outcome")
_TITLES: Final = {
    "fr": {"contact": "Coordonnées", "requests": "Vos demandes"},
    "en": {"contact": "Contact details", "requests": "Your requests"},
}
_KIND_WORDS: Final = {
    "fr": {"email": "Courriel", "letter": "Courrier", "other": "Autre document"},
    "en": {"email": "E-mail", "letter": "Letter", "other": "Other document"},
}
_RECEIVED_WORDS: Final = {"fr": "ajouté le", "en": "added on"}

_DELIMITERS: Final = (";", ",", "\t", "|")
_DELIMITER_NAMES: Final = {";": "semicolon", ",": "comma", "\t": "tab", "|": "vertical bar"}
_BINARY_MAGIC: Final = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or an Excel/Word file)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.xls, .doc)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_EXTRA_SUFFIXES: Final = {".csv": "csv", ".json": "json"}


# -- read side -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedCategory:
    name: str
    title: str
    records: int
    source: str  # "DSR Desk", or the file a category was imported from


@dataclass(frozen=True)
class PlannedDocument:
    document_id: str
    kind: str
    filename: str
    media_type: str
    size: int
    added_on: date


@dataclass(frozen=True)
class BundlePlan:
    """What an export of this request would hold, and whether it may be made now."""

    reference: str
    request_type: str
    status: str
    requester_name: str
    requester_language: str
    entity: str
    identity_verified: bool
    categories: tuple[PlannedCategory, ...]
    documents: tuple[PlannedDocument, ...]
    excluded_id_copies: int  # never exported
    excluded_responses: int  # letters generated by the office: not provided data
    excluded_purged: int  # provided documents whose key was destroyed
    blocked_reason: str | None  # why no bundle can be made for this request (type, status)

    @property
    def can_export(self) -> bool:
        return self.blocked_reason is None

    @property
    def needs_override(self) -> bool:
        """An export needs a written (audited) reason: the identity is not verified."""
        return not self.identity_verified

    @property
    def documents_size(self) -> int:
        return sum(d.size for d in self.documents)


@dataclass(frozen=True)
class ExportResult:
    """The finished archive, in memory; the caller writes it where the user chose."""

    reference: str
    zip_bytes: bytes = field(repr=False)  # personal data: never in logs or tracebacks
    manifest_sha256: str
    file_count: int
    encrypted: bool


# -- extra files from other systems ----------------------------------------------------------


@dataclass(frozen=True)
class ExtraFile:
    """A CSV or JSON file staff add as one more category. ``filename`` (when known) decides the
    format by its suffix; without it, the content does (``[`` or ``{`` first: JSON)."""

    category: str
    content: bytes = field(repr=False)
    filename: str = ""

    @classmethod
    def of(cls, category: str, source: ExtraFile | Path | str | bytes) -> ExtraFile:
        """From a path (read now, at most 50 MiB) or bytes already read."""
        if isinstance(source, ExtraFile):
            return cls(category, source.content, source.filename)
        if isinstance(source, bytes | bytearray | memoryview):
            return cls(category, bytes(source))
        path = Path(source).expanduser()
        if not path.is_file():
            raise ValidationError(f"{path} is not a readable file.")
        if path.suffix.lower() not in _EXTRA_SUFFIXES:
            raise ValidationError(
                f"{path.name}: only CSV (.csv) or JSON (.json) files can be added to a bundle."
            )
        try:
            if path.stat().st_size > MAX_EXTRA_FILE_BYTES:
                raise ValidationError(
                    f"{path.name} is larger than {MAX_EXTRA_FILE_BYTES // 2**20} MiB."
                )
            return cls(category, path.read_bytes(), path.name)
        except OSError as problem:
            raise ValidationError(f"Cannot read {path}: {problem.strerror or problem}.") from None


@dataclass(frozen=True)
class ExtraCategory:
    """An added file, parsed: what the bundle will hold for it."""

    name: str
    records: tuple[dict[str, RecordValue], ...] = field(repr=False)
    columns: tuple[str, ...]
    source: str  # the file name, or "CSV data" / "JSON data"
    description: str  # e.g. "CSV, Windows-1252, semicolon-separated, 12 records"
    size: int  # bytes of the file as added


ExtraSource = ExtraFile | tuple[str, ExtraFile | Path | str | bytes]


def _category_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise ValidationError("Give each added file a category name (e.g. orders, newsletter).")
    if len(cleaned) > MAX_CATEGORY_CHARS:
        raise ValidationError(f"A category name is at most {MAX_CATEGORY_CHARS} characters.")
    return cleaned


def _label(extra: ExtraFile) -> str:
    return extra.filename or f"the file for {extra.category!r}"


def _decode(data: bytes, label: str) -> tuple[str, str]:
    """Text and encoding name: UTF-16 with a BOM, UTF-8 (with or without BOM), else cp1252."""
    for bom, codec, name in (
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                raise ValidationError(f"{label} is not valid {name} text.") from None
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise ValidationError(f"{label} is {what}: only CSV or JSON files can be added.")
    if b"\x00" in data:
        raise ValidationError(f"{label} is a binary file: only CSV or JSON files can be added.")
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise ValidationError(
            f"{label} is neither UTF-8 nor Windows-1252 text: save it as CSV UTF-8 or JSON."
        ) from None


def _unique_headers(cells: Sequence[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    headers = []
    for number, cell in enumerate(cells, start=1):
        base = " ".join(cell.split()) or f"column_{number}"
        name, count = base, 2
        while name in seen:
            name = f"{base}_{count}"
            count += 1
        seen.add(name)
        headers.append(name)
    return tuple(headers)


def _csv_rows(text: str, delimiter: str, label: str) -> list[list[str]]:
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as problem:
        raise ValidationError(f"{label} is not a valid CSV file ({problem}).") from None
    return [row for row in rows if any(cell.strip() for cell in row)]


def _fit(rows: list[list[str]], width: int) -> list[list[str]] | None:
    """Rows cut or padded to the header's width; None if a row has more non-empty cells."""
    fitted = []
    for row in rows:
        if any(cell.strip() for cell in row[width:]):
            return None
        cells = row[:width]
        fitted.append(cells + [""] * (width - len(cells)))
    return fitted


def _parse_csv(text: str, label: str) -> tuple[tuple[str, ...], list[dict[str, RecordValue]], str]:
    lines = text.splitlines()
    first_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first_index is None:
        raise ValidationError(f"{label} is empty.")
    first = lines[first_index].strip()
    hinted: str | None = None
    if first.lower().startswith("sep=") and len(first) == 5:  # Excel's "sep=;" line
        hinted = first[4]
        text = "\n".join(lines[first_index + 1 :])
        first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in _DELIMITERS}
    candidates = (
        [hinted]
        if hinted
        else sorted((d for d in _DELIMITERS if counts[d]), key=lambda d: -counts[d])
    )
    for delimiter in candidates or [","]:
        rows = _csv_rows(text, delimiter, label)
        if not rows:
            raise ValidationError(f"{label} is empty.")
        headers = _unique_headers(rows[0])
        body = _fit(rows[1:], len(headers))
        if body is None:
            continue
        if not body:
            raise ValidationError(f"{label} has a header row but no data rows.")
        records: list[dict[str, RecordValue]] = [
            {h: (cell if cell != "" else None) for h, cell in zip(headers, row, strict=True)}
            for row in body
        ]
        return headers, records, delimiter
    raise ValidationError(
        f"{label}: some rows have more cells than the header row has columns; check the "
        "separator and the quoting."
    )


def _json_value(value: object) -> RecordValue:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return value
    return json.dumps(value, ensure_ascii=False)  # numbers with decimals, lists, objects


def _parse_json(text: str, label: str) -> tuple[tuple[str, ...], list[dict[str, RecordValue]]]:
    try:
        data = json.loads(text)
    except ValueError as problem:
        raise ValidationError(f"{label} is not valid JSON ({problem}).") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ValidationError(
            f'{label} must hold a list of objects, like [{{"order": "A-12", "total": 30}}].'
        )
    if not data:
        raise ValidationError(f"{label} holds no records.")
    columns: dict[str, None] = {}
    records = []
    for item in data:
        records.append({str(key): _json_value(value) for key, value in item.items()})
        columns.update(dict.fromkeys(str(key) for key in item))
    return tuple(columns), records


def read_extra_file(extra: ExtraFile) -> ExtraCategory:
    """Parse an added file (CSV: delimiter sniffed, UTF-8 or Windows-1252; JSON: a list of
    objects). Anything else → ``ValidationError``, naming the file."""
    name = _category_name(extra.category)
    label = _label(extra)
    if not extra.content.strip():
        raise ValidationError(f"{label} is empty.")
    if len(extra.content) > MAX_EXTRA_FILE_BYTES:
        raise ValidationError(f"{label} is larger than {MAX_EXTRA_FILE_BYTES // 2**20} MiB.")
    suffix = Path(extra.filename).suffix.lower() if extra.filename else ""
    if extra.filename and suffix not in _EXTRA_SUFFIXES:
        raise ValidationError(f"{label}: only CSV (.csv) or JSON (.json) files can be added.")
    text, encoding = _decode(extra.content, label)
    if _CONTROL.search(text):
        raise ValidationError(f"{label} is a binary file: only CSV or JSON files can be added.")
    kind = _EXTRA_SUFFIXES.get(suffix) or ("json" if text.lstrip()[:1] in "[{" else "csv")
    if kind == "json":
        columns, records = _parse_json(text, label)
        how = f"JSON, {encoding}"
    else:
        columns, records, delimiter = _parse_csv(text, label)
        how = f"CSV, {encoding}, {_DELIMITER_NAMES[delimiter]}-separated"
    if len(records) > MAX_EXTRA_RECORDS:
        raise ValidationError(f"{label} has more than {MAX_EXTRA_RECORDS} records.")
    count = len(records)
    return ExtraCategory(
        name=name,
        records=tuple(records),
        columns=columns,
        source=extra.filename or f"{kind.upper()} data",
        description=f"{how}, {count} record{'s' if count != 1 else ''}",
        size=len(extra.content),
    )


def check_category_names(names: Sequence[str]) -> list[str]:
    """The names of added categories, cleaned; ``ValidationError`` when one is empty, too long
    or would clash, once slugged into a file name, with a built-in category or another one."""
    taken = {name: f"the built-in category {name!r}" for name in BUILTIN_CATEGORIES}
    cleaned = []
    for raw in names:
        name = _category_name(raw)
        key = slug(name)
        if key in taken:
            raise ValidationError(
                f"The category name {name!r} clashes with {taken[key]}: choose another name."
            )
        taken[key] = f"the category {name!r}"
        cleaned.append(name)
    return cleaned


def read_extra_files(extra_files: Sequence[ExtraSource]) -> list[ExtraCategory]:
    """Every added file parsed, with category names that cannot clash (see
    :func:`check_category_names`)."""
    extras = [
        source if isinstance(source, ExtraFile) else ExtraFile.of(*source) for source in extra_files
    ]
    check_category_names([extra.category for extra in extras])
    return [read_extra_file(extra) for extra in extras]


# -- helpers on the request ------------------------------------------------------------------


def _load(uow: UnitOfWork, reference: str) -> Request:
    ref = parse_reference(reference)
    request = uow.requests.get(ref)
    if request is None:
        raise NotFound(f"No request {ref}.")
    return request


def _blocked_reason(request: Request) -> str | None:
    if request.type not in EXPORTABLE_TYPES:
        return (
            f"{request.reference} is a {request.type.value} request: a data bundle answers "
            "access and portability requests only."
        )
    if request.status in REFUSED_STATUSES:
        return f"{request.reference} was {request.status.value}: no data bundle can be made for it."
    return None


def _day_of(instant: datetime) -> date:
    return instant.astimezone().date() if instant.tzinfo else instant.date()


def _provided(request: Request) -> list[DocumentRecord]:
    return [d for d in request.documents if d.kind in PROVIDED_KINDS and not d.is_purged]


def _contact(request: Request) -> dict[str, RecordValue]:
    person = request.requester
    return {
        "name": person.name,
        "email": person.email or None,
        "postal_address": person.postal_address or None,
        "phone": person.phone or None,
        "language": person.language,
    }


def _requests_of_requester(uow: UnitOfWork, request: Request) -> list[dict[str, RecordValue]]:
    """This requester's requests to the same entity, oldest first (never to other entities)."""
    return [
        {
            "reference": other.reference,
            "type": other.type.value,
            "received": other.received_on.isoformat(),
            "status": other.status.value,
            "closed": other.closed_on.isoformat() if other.closed_on else None,
            "outcome": other.status.value if other.status in FINAL_STATUSES else None,
        }
        for other in uow.requests.same_requester_and_entity(request)
    ]


def _plan(uow: UnitOfWork, request: Request, lang: str) -> BundlePlan:
    titles = _TITLES[lang]
    requests = _requests_of_requester(uow, request)
    documents = _provided(request)
    return BundlePlan(
        reference=request.reference,
        request_type=request.type.value,
        status=request.status.value,
        requester_name=request.requester.name,
        requester_language=request.requester.language,
        entity=request.entity.name,
        identity_verified=request.identity_verified,
        categories=(
            PlannedCategory("contact", titles["contact"], 1, "DSR Desk"),
            PlannedCategory("requests", titles["requests"], len(requests), "DSR Desk"),
        ),
        documents=tuple(
            PlannedDocument(
                d.document_id, d.kind.value, d.filename, d.media_type, d.size, _day_of(d.added_at)
            )
            for d in documents
        ),
        excluded_id_copies=sum(1 for d in request.documents if d.kind is DocumentKind.ID),
        excluded_responses=sum(1 for d in request.documents if d.kind is DocumentKind.RESPONSE),
        excluded_purged=sum(
            1 for d in request.documents if d.kind in PROVIDED_KINDS and d.is_purged
        ),
        blocked_reason=_blocked_reason(request),
    )


# -- use cases -------------------------------------------------------------------------------


def bundle_preview(uow: UnitOfWork, reference: str, lang: str | None = None) -> BundlePlan:
    """What a bundle of this request would hold (categories with counts, provided documents,
    what is left out), whether identity is verified, and why no bundle can be made, if so.
    Reads only: nothing is decrypted and nothing is audited."""
    with uow:
        request = _load(uow, reference)
        language = parse_language(lang) if lang else request.requester.language
        return _plan(uow, request, language)


def _decrypt(store: DocumentStore, request: Request, document: DocumentRecord) -> bytes:
    wrapped_key = document.wrapped_key
    if wrapped_key is None:  # purged documents are left out before this
        raise RuleViolation(f"Document {document.document_id} was purged; it cannot be exported.")
    content = b"".join(
        store.iter_plaintext(document.stored_name, wrapped_key, document.document_id)
    )
    if hashlib.sha256(content).hexdigest() != document.sha256:
        raise IntegrityError(
            f"Document {document.document_id} of {request.reference} does not match its "
            "recorded fingerprint; nothing was exported."
        )
    return content


def export_bundle(
    uow: UnitOfWork,
    store: DocumentStore,
    reference: str,
    *,
    extra_files: Sequence[ExtraSource] = (),
    password: str | None = None,
    override_reason: str | None = None,
    lang: str | None = None,
) -> ExportResult:
    """Build the bundle in memory and audit it (``request.bundle_exported``).

    Checked in this order, each refusal leaving no trace: the password (≥ 10 characters) and
    every added file (CSV or JSON only) → ``ValidationError``; the request type and status,
    then the identity gate → ``RuleViolation``. With an unverified identity, ``override_reason``
    is required and recorded (``request.disclosure_override``). ``lang`` None means the
    requester's language. The audit entries are committed only once the archive is built.
    """
    check_password(password)
    extras = read_extra_files(extra_files)
    reason = (override_reason or "").strip() or None
    with uow:
        request = _load(uow, reference)
        language = parse_language(lang) if lang else request.requester.language
        blocked = _blocked_reason(request)
        if blocked is not None:
            raise RuleViolation(blocked)
        if not request.identity_verified and reason is None:
            raise RuleViolation(
                f"The requester's identity is not verified on {request.reference}: no personal "
                "data may be disclosed. Record an identity check first, or give a written "
                "reason for disclosing anyway (it is kept in the audit log)."
            )
        documents = _provided(request)
        total = sum(d.size for d in documents) + sum(e.size for e in extras)
        if total > MAX_BUNDLE_BYTES:
            raise ValidationError(
                f"The bundle would hold more than {MAX_BUNDLE_BYTES // 2**20} MiB; send the "
                "largest documents separately."
            )
        titles, kinds = _TITLES[language], _KIND_WORDS[language]
        categories = [
            Category("contact", [_contact(request)], titles["contact"], CONTACT_COLUMNS),
            Category(
                "requests",
                _requests_of_requester(uow, request),
                titles["requests"],
                REQUEST_COLUMNS,
            ),
            *(Category(e.name, e.records, e.name, e.columns) for e in extras),
        ]
        files = [
            AttachedFile(
                d.filename,
                _decrypt(store, request, d),
                f"{kinds[d.kind.value]}, {_RECEIVED_WORDS[language]} "
                + (
                    f"{_day_of(d.added_at):%d/%m/%Y}"
                    if language == "fr"
                    else _day_of(d.added_at).isoformat()
                ),
            )
            for d in documents
        ]
        header = BundleHeader(
            requester_name=request.requester.name,
            reference=request.reference,
            request_type=request.type.value,
            entity=request.entity.name,
            generated_on=uow.clock.today(),
            lang=language,
        )
        built = build_bundle(header, categories, files, password=password)
        del files
        if not request.identity_verified:
            uow.record(
                "request.disclosure_override",
                request.reference,
                export="bundle",
                lang=language,
                reason=reason,
            )
        uow.record(
            "request.bundle_exported",
            request.reference,
            files=built.file_count,
            manifest_sha256=built.manifest_sha256,
            encrypted=built.encrypted,
            categories=len(categories),
            added_categories=len(extras),
            documents=len(documents),
            lang=language,
            identity_override=not request.identity_verified,
        )
        uow.commit()
        return ExportResult(
            reference=request.reference,
            zip_bytes=built.content,
            manifest_sha256=built.manifest_sha256,
            file_count=built.file_count,
            encrypted=built.encrypted,
        )
