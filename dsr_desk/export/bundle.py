"""The portability / access bundle (GDPR Art. 15 and 20, rules.md §4) as zip bytes, built in
memory.

A pure builder: plain dataclasses in, ``BuiltBundle`` out. No Qt, no SQL, no file system —
nothing decrypted ever touches the disk here, temp files included (``io.BytesIO`` only). The
caller decides where the finished archive goes (see :mod:`dsr_desk.export.bundle_file`).

Layout of the archive::

    README.html            overview for a human (French or English): who, which request,
                           which entity, when; per category a table; every file with its hash
    manifest.json          every other file with its size and SHA-256 (its own SHA-256 is
                           handed back to the caller, who keeps it in the audit log)
    data/<category>.json   a list of objects, UTF-8, exact values (null stays null)
    data/<category>.csv    the same records as a table
    files/<name>           the documents the requester provided, byte for byte

**CSV dialect** (one for every file, on purpose): RFC 4180 — comma separator, ``"`` quoting
when needed, CRLF line ends, a header row — in UTF-8 *with* a byte-order mark. Art. 20 asks for
a "commonly used, machine-readable" format so the data can be reused by the requester or
another controller: RFC 4180 is what every CSV library reads by default, whereas ``;`` is only
the French Excel convention. The BOM makes Excel (any locale) read accents such as "Éloïse
Çağlar" correctly; CSV readers that expect it (Python's ``utf-8-sig``, pandas, LibreOffice)
drop it. A French Excel user who double-clicks may see one column: the HTML overview is the
human-readable version, and *Data → From Text/CSV* splits on commas. A cell a spreadsheet would
run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR, and not a plain number
such as ``+33 6 12 34 56 78``) gets a leading apostrophe, so data that came from e-mails or
other systems cannot execute in the recipient's spreadsheet; the JSON file keeps the exact
value.

**Safety**: category names are slugged to ``[a-z0-9-]`` (no path separators, no ``..``, no
Windows device names, no duplicates); file names of attached documents lose any folder part
and characters Windows forbids, and are made unique. Everything in the HTML is escaped and the
page carries a Content-Security-Policy that forbids scripts.

**Encryption**: with a password (at least 10 characters), every member is AES-256 encrypted
(WinZip AE-2, ``pyzipper``); file *names* in a zip are never encrypted, so attached documents
are then stored under neutral names (``files/document-01.pdf``) and their original names are
listed only inside the encrypted README and manifest. Windows Explorer cannot open AES zips;
7-Zip, WinZip, macOS Archive Utility (recent) and ``unzip`` builds with AES can.

**Determinism**: the same input gives the same bytes (fixed timestamps from ``generated_on``,
fixed attributes), except with a password: AES salts are random by design.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from dsr_desk import APP_NAME, __version__
from dsr_desk.domain.errors import ValidationError
from dsr_desk.export.bundle_readme import README_LANGUAGES, render_readme
from dsr_desk.export.file_names import MAX_SUFFIX_CHARS, safe_file_name, slug

__all__ = [
    "MIN_PASSWORD_CHARS",
    "AttachedFile",
    "BuiltBundle",
    "BundleHeader",
    "BundleMember",
    "Category",
    "PlannedCategory",
    "PlannedFile",
    "RecordValue",
    "build_bundle",
    "check_password",
    "csv_bytes",
]

RecordValue = str | int | None

MIN_PASSWORD_CHARS: Final = 10
MANIFEST_NAME: Final = "manifest.json"
README_NAME: Final = "README.html"
MANIFEST_FORMAT: Final = "dsr-desk-portability-bundle"
MANIFEST_VERSION: Final = 1
CSV_DELIMITER: Final = ","
FILE_MODE: Final = 0o600  # extracted files are personal data: owner-only where it applies

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER: Final = re.compile(r"^[+-]?[0-9][0-9 .,()/-]*$")


# -- input -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    """One category of data: ``name`` gives the file names (slugged), ``title`` the heading
    shown in the overview (default: the name). ``columns`` fixes the column order; keys found
    in the records but not listed follow, in first-seen order."""

    name: str
    records: Sequence[Mapping[str, RecordValue]]
    title: str | None = None
    columns: Sequence[str] | None = None


@dataclass(frozen=True)
class AttachedFile:
    """A document the requester provided, included byte for byte under ``files/``."""

    name: str
    content: bytes = field(repr=False)  # personal data: never in logs or tracebacks
    description: str = ""


@dataclass(frozen=True)
class BundleHeader:
    """Who and what the bundle is for (shown in the overview)."""

    requester_name: str
    reference: str
    request_type: str
    entity: str
    generated_on: date
    lang: str = "fr"


@dataclass(frozen=True)
class BundleMember:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class BuiltBundle:
    """The finished archive. ``file_count`` counts every member, the manifest included."""

    content: bytes = field(repr=False)
    manifest_sha256: str
    file_count: int
    encrypted: bool
    members: tuple[BundleMember, ...]  # what the manifest lists (everything but itself)


# -- formats ---------------------------------------------------------------------------------


def check_password(password: str | None) -> bytes | None:
    """The password as bytes (UTF-8), None for no encryption; too short → ``ValidationError``."""
    if password is None:
        return None
    if not isinstance(password, str):
        raise ValidationError("The password must be text.")
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValidationError(
            f"The password must have at least {MIN_PASSWORD_CHARS} characters; give it to the "
            "requester through another channel than the file."
        )
    return password.encode("utf-8")


def _check_value(category: str, key: object, value: object) -> RecordValue:
    if not isinstance(key, str):
        raise ValidationError(f"Category {category!r}: column names must be text.")
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValidationError(
        f"Category {category!r}, column {key!r}: values must be text, whole numbers or empty, "
        f"not {type(value).__name__}."
    )


def _columns(category: Category) -> list[str]:
    seen: dict[str, None] = dict.fromkeys(category.columns or ())
    for record in category.records:
        for key, value in record.items():
            _check_value(category.name, key, value)
            seen.setdefault(key, None)
    return list(seen)


def _csv_cell(value: RecordValue) -> str:
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def csv_bytes(columns: Sequence[str], records: Sequence[Mapping[str, RecordValue]]) -> bytes:
    """RFC 4180 CSV (comma, CRLF, header row) in UTF-8 with a BOM; see the module docstring."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
    )
    writer.writerow([_csv_cell(column) for column in columns])
    for record in records:
        writer.writerow([_csv_cell(record.get(column)) for column in columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- the archive -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedCategory:
    """A category once named: its heading, its column order and its two file paths."""

    category: Category
    title: str
    columns: list[str]
    csv_path: str
    json_path: str


@dataclass(frozen=True)
class PlannedFile:
    """An attached document once named: its path in the archive and its cleaned original name."""

    path: str
    original: str
    description: str
    content: bytes = field(repr=False)


def _plan(
    categories: Sequence[Category], files: Sequence[AttachedFile], encrypted: bool
) -> tuple[list[PlannedCategory], list[PlannedFile]]:
    stems: set[str] = set()
    planned = []
    for category in categories:
        stem = slug(category.name, stems)
        planned.append(
            PlannedCategory(
                category=category,
                title=(category.title or category.name).strip() or stem,
                columns=_columns(category),
                csv_path=f"data/{stem}.csv",
                json_path=f"data/{stem}.json",
            )
        )
    names: set[str] = set()
    placed = []
    for number, attached in enumerate(files, start=1):
        if not isinstance(attached.content, bytes):
            raise ValidationError(f"The content of {attached.name!r} must be bytes.")
        original = safe_file_name(attached.name)
        if encrypted:  # names are visible without the password: keep them neutral
            suffix = original.rpartition(".")[2] if "." in original else ""
            suffix = re.sub(r"[^A-Za-z0-9]", "", suffix)[:MAX_SUFFIX_CHARS]
            name = safe_file_name(f"document-{number:02d}" + (f".{suffix}" if suffix else ""))
            names.add(name.lower())
        else:
            name = safe_file_name(attached.name, names)
        placed.append(
            PlannedFile(f"files/{name}", original, attached.description, attached.content)
        )
    return planned, placed


def _zip(members: Sequence[tuple[str, bytes]], generated_on: date, password: bytes | None) -> bytes:
    stamp = (max(generated_on.year, 1980), generated_on.month, generated_on.day, 0, 0, 0)
    buffer = io.BytesIO()
    archive: zipfile.ZipFile
    if password is None:
        archive = zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED)
        make_info: Any = zipfile.ZipInfo
    else:
        import pyzipper

        aes = pyzipper.AESZipFile(
            buffer,
            "w",
            compression=pyzipper.ZIP_DEFLATED,
            encryption=pyzipper.WZ_AES,
            encryption_kwargs={"nbits": 256},
        )
        aes.setpassword(password)
        archive, make_info = aes, aes.zipinfo_cls
    with archive:
        for name, data in members:
            info = make_info(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # the same bytes whatever system builds the bundle
            info.external_attr = (0o100000 | FILE_MODE) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def build_bundle(
    header: BundleHeader,
    categories: Sequence[Category],
    files: Sequence[AttachedFile] = (),
    *,
    password: str | None = None,
) -> BuiltBundle:
    """The archive as bytes (see the module docstring for its layout and guarantees)."""
    secret = check_password(password)
    if header.lang not in README_LANGUAGES:
        raise ValidationError(f"The overview language must be fr or en, not {header.lang!r}.")
    planned, placed = _plan(categories, files, encrypted=secret is not None)

    data_members: list[tuple[str, bytes]] = []
    manifest_categories = []
    for item in planned:
        records = [
            {column: record.get(column) for column in item.columns if column in record}
            for record in item.category.records
        ]
        data_members.append((item.json_path, _json_bytes(records)))
        data_members.append((item.csv_path, csv_bytes(item.columns, item.category.records)))
        manifest_categories.append(
            {
                "name": item.category.name,
                "title": item.title,
                "records": len(records),
                "columns": item.columns,
                "json": item.json_path,
                "csv": item.csv_path,
            }
        )
    file_members = [(f.path, f.content) for f in placed]

    listed = [BundleMember(p, len(d), _sha256(d)) for p, d in data_members + file_members]
    readme = render_readme(header, planned, placed, listed, manifest_name=MANIFEST_NAME)
    members = [BundleMember(README_NAME, len(readme), _sha256(readme)), *listed]
    originals = {f.path: f.original for f in placed}
    manifest = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "generator": f"{APP_NAME} {__version__}",
        "reference": header.reference,
        "request_type": header.request_type,
        "entity": header.entity,
        "generated_on": header.generated_on.isoformat(),
        "lang": header.lang,
        "hash_algorithm": "sha256",
        "csv": {"delimiter": CSV_DELIMITER, "encoding": "utf-8-sig", "line_end": "CRLF"},
        "categories": manifest_categories,
        "files": [
            {"path": m.path, "size": m.size, "sha256": m.sha256}
            | ({"original_name": originals[m.path]} if m.path in originals else {})
            for m in members
        ],
    }
    manifest_bytes = _json_bytes(manifest)
    content = _zip(
        [(README_NAME, readme), (MANIFEST_NAME, manifest_bytes), *data_members, *file_members],
        header.generated_on,
        secret,
    )
    return BuiltBundle(
        content=content,
        manifest_sha256=_sha256(manifest_bytes),
        file_count=len(members) + 1,
        encrypted=secret is not None,
        members=tuple(members),
    )
