"""The extra files staff add to a portability / access bundle (rules.md §4): categories exported
from other systems, as CSV or JSON files, read and parsed in memory (nothing is written to disk).

CSV: UTF-16 with a BOM, UTF-8 (with or without BOM) or Windows-1252, the delimiter sniffed (or
given by Excel's ``sep=`` line); JSON: a list of objects. Anything else is refused with a
``ValidationError`` naming the file, before the vault is touched. Category names are checked so
that, once slugged into file names, they cannot clash with the built-in categories or with each
other. The bundle itself is built by :mod:`dsr_desk.services.portability`.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.export.bundle import RecordValue
from dsr_desk.export.file_names import slug
from dsr_desk.messages import N_, Text

MAX_EXTRA_FILE_BYTES: Final = 50 * 1024 * 1024
MAX_EXTRA_RECORDS: Final = 200_000
MAX_CATEGORY_CHARS: Final = 80
BUILTIN_CATEGORIES: Final = ("contact", "requests")  # built by services.portability

_DELIMITERS: Final = (";", ",", "\t", "|")
_DELIMITER_NAMES: Final = {";": "semicolon", ",": "comma", "\t": "tab", "|": "vertical bar"}
_BINARY_MAGIC: Final = (
    (b"%PDF", N_("a PDF document")),
    (b"PK\x03\x04", N_("a zip archive (or an Excel/Word file)")),
    (b"\xd0\xcf\x11\xe0", N_("an old Office document (.xls, .doc)")),
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF8", N_("a GIF image")),
    (b"\x1f\x8b", N_("a gzip archive")),
)
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_EXTRA_SUFFIXES: Final = {".csv": "csv", ".json": "json"}


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
            raise ValidationError("{path} is not a readable file.", path=path)
        if path.suffix.lower() not in _EXTRA_SUFFIXES:
            raise ValidationError(
                "{name}: only CSV (.csv) or JSON (.json) files can be added to a bundle.",
                name=path.name,
            )
        try:
            if path.stat().st_size > MAX_EXTRA_FILE_BYTES:
                raise ValidationError(
                    "{name} is larger than {max_extra_file_bytes} MB.",
                    name=path.name,
                    max_extra_file_bytes=MAX_EXTRA_FILE_BYTES // 2**20,
                )
            return cls(category, path.read_bytes(), path.name)
        except OSError as problem:
            raise ValidationError(
                "Cannot read {path}: {reason}.", path=path, reason=problem.strerror or problem
            ) from None


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
        raise ValidationError(
            "A category name is at most {max_category_chars} characters.",
            max_category_chars=MAX_CATEGORY_CHARS,
        )
    return cleaned


def _label(extra: ExtraFile) -> str | Text:
    return extra.filename or Text("the file for {category!r}", category=extra.category)


def _decode(data: bytes, label: str | Text) -> tuple[str, str]:
    """Text and encoding name: UTF-16 with a BOM, UTF-8 (with or without BOM), else cp1252."""
    for bom, codec, name in (
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                raise ValidationError(
                    "{label} is not valid {name} text.", label=label, name=name
                ) from None
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise ValidationError(
                "{label} is {what}: only CSV or JSON files can be added.",
                label=label,
                what=Text(what),
            )
    if b"\x00" in data:
        raise ValidationError(
            "{label} is a binary file: only CSV or JSON files can be added.", label=label
        )
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise ValidationError(
            "{label} is neither UTF-8 nor Windows-1252 text: save it as CSV UTF-8 or JSON.",
            label=label,
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


def _csv_rows(text: str, delimiter: str, label: str | Text) -> list[list[str]]:
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as problem:
        raise ValidationError(
            "{label} is not a valid CSV file ({problem}).", label=label, problem=problem
        ) from None
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


def _parse_csv(
    text: str, label: str | Text
) -> tuple[tuple[str, ...], list[dict[str, RecordValue]], str]:
    lines = text.splitlines()
    first_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first_index is None:
        raise ValidationError("{label} is empty.", label=label)
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
            raise ValidationError("{label} is empty.", label=label)
        headers = _unique_headers(rows[0])
        body = _fit(rows[1:], len(headers))
        if body is None:
            continue
        if not body:
            raise ValidationError("{label} has a header row but no data rows.", label=label)
        records: list[dict[str, RecordValue]] = [
            {h: (cell if cell != "" else None) for h, cell in zip(headers, row, strict=True)}
            for row in body
        ]
        return headers, records, delimiter
    raise ValidationError(
        "{label}: some rows have more cells than the header row has columns; "
        "check the separator and the quoting.",
        label=label,
    )


def _json_value(value: object) -> RecordValue:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return value
    return json.dumps(value, ensure_ascii=False)  # numbers with decimals, lists, objects


def _parse_json(
    text: str, label: str | Text
) -> tuple[tuple[str, ...], list[dict[str, RecordValue]]]:
    try:
        data = json.loads(text)
    except ValueError as problem:
        raise ValidationError(
            "{label} is not valid JSON ({problem}).", label=label, problem=problem
        ) from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ValidationError(
            '{label} must hold a list of objects, like [{{"order": "A-12", "total": 30}}].',
            label=label,
        )
    if not data:
        raise ValidationError("{label} holds no records.", label=label)
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
        raise ValidationError("{label} is empty.", label=label)
    if len(extra.content) > MAX_EXTRA_FILE_BYTES:
        raise ValidationError(
            "{label} is larger than {max_extra_file_bytes} MB.",
            label=label,
            max_extra_file_bytes=MAX_EXTRA_FILE_BYTES // 2**20,
        )
    suffix = Path(extra.filename).suffix.lower() if extra.filename else ""
    if extra.filename and suffix not in _EXTRA_SUFFIXES:
        raise ValidationError(
            "{label}: only CSV (.csv) or JSON (.json) files can be added.", label=label
        )
    text, encoding = _decode(extra.content, label)
    if _CONTROL.search(text):
        raise ValidationError(
            "{label} is a binary file: only CSV or JSON files can be added.", label=label
        )
    kind = _EXTRA_SUFFIXES.get(suffix) or ("json" if text.lstrip()[:1] in "[{" else "csv")
    if kind == "json":
        columns, records = _parse_json(text, label)
        how = f"JSON, {encoding}"
    else:
        columns, records, delimiter = _parse_csv(text, label)
        how = f"CSV, {encoding}, {_DELIMITER_NAMES[delimiter]}-separated"
    if len(records) > MAX_EXTRA_RECORDS:
        raise ValidationError(
            "{label} has more than {max_extra_records} records.",
            label=label,
            max_extra_records=MAX_EXTRA_RECORDS,
        )
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
                "The category name {name!r} clashes with {taken}: choose another name.",
                name=name,
                taken=taken[key],
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
