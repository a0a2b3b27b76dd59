"""The portability / access bundle (GDPR Art. 15 and 20, rules.md §4) as a zip archive,
streamed.

A pure builder: plain dataclasses in, ``BuiltBundle`` out. No Qt, no SQL, no file system: the
archive is written to the binary file object the caller gives (``out``; the caller decides
where it goes, see :mod:`dsr_desk.export.bundle_file`), or built in memory without one.
Attached documents may be given as chunks (``AttachedFile(content=<iterable of bytes>,
size=…)``): each is written and hashed chunk by chunk, so memory does not grow with the
documents — a 1 GiB document goes through in a few MiB. Their SHA-256 for the manifest is
computed while they stream, which is why ``README.html`` and ``manifest.json`` (which list the
hashes) are the *last* members of the archive.

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

**Encryption**: with a password (at least 10 characters) the bundle is an *envelope*: an AES-256
zip (WinZip AE-2, ``pyzipper``) holding a single member, ``archive.zip``, which is the very
bundle described above (real category and file names, README, manifest). A zip never encrypts
its member *names* (they are in clear in the local headers and the central directory), so
without the password the envelope shows nothing but ``archive.zip`` and its size: no category,
no document name, no count of files. The requester opens the envelope with the password (7-Zip
or WinZip on Windows, Keka or The Unarchiver on macOS, ``7z`` on Linux; Windows Explorer and
macOS Archive Utility cannot decrypt AES zips), then opens ``archive.zip`` with any zip tool,
Windows Explorer included. The inner archive is deflated, the envelope stores it as is.

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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO, Final

from dsr_desk import APP_NAME, __version__
from dsr_desk.domain.errors import IntegrityError, ValidationError
from dsr_desk.domain.passphrase_policy import bundle_password_problem
from dsr_desk.export.bundle_readme import README_LANGUAGES, render_readme
from dsr_desk.export.file_names import safe_file_name, slug

__all__ = [
    "ENVELOPE_MEMBER",
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

MANIFEST_NAME: Final = "manifest.json"
ENVELOPE_MEMBER: Final = "archive.zip"  # the only name an encrypted bundle shows
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
    """A document the requester provided, included byte for byte under ``files/``.

    ``content`` is the bytes, or an iterable of bytes chunks read once while the archive is
    written (a document decrypted segment by segment); ``size`` is then required: the byte
    count the chunks must add up to (it also decides ZIP64 before the first byte is written).
    """

    name: str
    content: bytes | Iterable[bytes] = field(repr=False)  # personal data: never in logs
    description: str = ""
    size: int | None = None


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

    content: bytes = field(repr=False)  # empty when the archive was written to ``out``
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
    problem = bundle_password_problem(password)
    if problem is not None:
        raise ValidationError(problem)
    return password.encode("utf-8")


def _check_value(category: str, key: object, value: object) -> RecordValue:
    if not isinstance(key, str):
        raise ValidationError(
            "Category {category!r}: column names must be text.", category=category
        )
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValidationError(
        "Category {category!r}, column {key!r}: values must be text, whole "
        "numbers or empty, not {name}.",
        category=category,
        key=key,
        name=type(value).__name__,
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
    content: bytes | Iterable[bytes] = field(repr=False)
    size: int


def _size_of(attached: AttachedFile) -> int:
    if isinstance(attached.content, bytes):
        return len(attached.content)
    if isinstance(attached.content, str | bytearray | memoryview) or not isinstance(
        attached.content, Iterable
    ):
        raise ValidationError("The content of {name!r} must be bytes.", name=attached.name)
    size = attached.size
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ValidationError(
            "The size of {name!r} must be given with its chunks.", name=attached.name
        )
    return size


def _plan(
    categories: Sequence[Category], files: Sequence[AttachedFile]
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
    for attached in files:
        size = _size_of(attached)
        original = safe_file_name(attached.name)
        name = safe_file_name(attached.name, names)
        placed.append(
            PlannedFile(f"files/{name}", original, attached.description, attached.content, size)
        )
    return planned, placed


def _member_info(make_info: Any, name: str, stamp: tuple[int, ...], size: int) -> Any:
    """Fixed attributes (the same bytes whatever system builds the bundle); ``file_size`` set
    to the expected size before writing, so that ZIP64 is chosen up front when needed."""
    info = make_info(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = (0o100000 | FILE_MODE) << 16
    info.file_size = size
    return info


class _Writer:
    """Writes members into one open archive, hashing each while it streams."""

    def __init__(self, archive: zipfile.ZipFile, make_info: Any, stamp: tuple[int, ...]) -> None:
        self._archive = archive
        self._make_info = make_info
        self._stamp = stamp

    def write(self, name: str, content: bytes | Iterable[bytes], size: int) -> BundleMember:
        chunks: Iterable[bytes] = (content,) if isinstance(content, bytes) else content
        digest = hashlib.sha256()
        written = 0
        info = _member_info(self._make_info, name, self._stamp, size)
        with self._archive.open(info, "w") as handle:
            for chunk in chunks:
                digest.update(chunk)
                handle.write(chunk)
                written += len(chunk)
                del chunk  # do not pin the previous chunk while the next one is produced
        if written != size:
            raise IntegrityError(
                "{name} changed while the bundle was being written ({written} bytes "
                "instead of {size}); nothing was exported.",
                name=name,
                written=written,
                size=size,
            )
        return BundleMember(name, written, digest.hexdigest())


@dataclass(frozen=True)
class _Contents:
    header: BundleHeader
    planned: list[PlannedCategory]
    placed: list[PlannedFile]
    data_members: list[tuple[str, bytes]]
    manifest_categories: list[dict[str, Any]]
    encrypted: bool

    @property
    def expected_size(self) -> int:
        return sum(len(d) for _n, d in self.data_members) + sum(f.size for f in self.placed)


def _write_contents(writer: _Writer, contents: _Contents) -> tuple[str, list[BundleMember]]:
    """Data, then the documents (streamed), then README.html and manifest.json, which list
    the hashes computed on the way. Returns the manifest's SHA-256 and every other member."""
    listed = [writer.write(path, data, len(data)) for path, data in contents.data_members]
    listed += [writer.write(f.path, f.content, f.size) for f in contents.placed]
    readme = render_readme(
        contents.header,
        contents.planned,
        contents.placed,
        listed,
        manifest_name=MANIFEST_NAME,
        envelope=ENVELOPE_MEMBER if contents.encrypted else None,
    )
    members = [writer.write(README_NAME, readme, len(readme)), *listed]
    header = contents.header
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
        "categories": contents.manifest_categories,
        "files": [{"path": m.path, "size": m.size, "sha256": m.sha256} for m in members],
    }
    manifest_bytes = _json_bytes(manifest)
    writer.write(MANIFEST_NAME, manifest_bytes, len(manifest_bytes))
    return _sha256(manifest_bytes), members


def _write_plain(
    out: BinaryIO, contents: _Contents, stamp: tuple[int, ...]
) -> tuple[str, list[BundleMember]]:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        return _write_contents(_Writer(archive, zipfile.ZipInfo, stamp), contents)


def _write_enveloped(
    out: BinaryIO, contents: _Contents, stamp: tuple[int, ...], password: bytes
) -> tuple[str, list[BundleMember]]:
    """The bundle as ``archive.zip`` inside an AES-256 zip: only that name is in clear."""
    import pyzipper

    envelope = pyzipper.AESZipFile(
        out,
        "w",
        compression=pyzipper.ZIP_STORED,  # the inner archive is deflated already
        encryption=pyzipper.WZ_AES,
        encryption_kwargs={"nbits": 256},
    )
    envelope.setpassword(password)
    # An upper bound of the inner archive's size (the README is at most about the size of the
    # data it shows): it only decides whether the envelope's member needs ZIP64.
    bound = 2 * contents.expected_size + 16 * 2**20
    info = _member_info(envelope.zipinfo_cls, ENVELOPE_MEMBER, stamp, bound)
    info.compress_type = zipfile.ZIP_STORED
    with (
        envelope,
        envelope.open(info, "w") as sealed,
        zipfile.ZipFile(sealed, "w", compression=zipfile.ZIP_DEFLATED) as inner,
    ):
        return _write_contents(_Writer(inner, zipfile.ZipInfo, stamp), contents)


def build_bundle(
    header: BundleHeader,
    categories: Sequence[Category],
    files: Sequence[AttachedFile] = (),
    *,
    password: str | None = None,
    out: BinaryIO | None = None,
) -> BuiltBundle:
    """Write the archive to ``out`` (a binary file object, seekable, opened for writing), or
    build it in memory when ``out`` is None (``BuiltBundle.content``; empty with ``out``).
    See the module docstring for its layout and guarantees. A chunked document whose bytes do
    not add up to its ``size`` raises ``IntegrityError`` (the caller discards ``out``)."""
    secret = check_password(password)
    if header.lang not in README_LANGUAGES:
        raise ValidationError(
            "The overview language must be fr or en, not {lang!r}.", lang=header.lang
        )
    planned, placed = _plan(categories, files)

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
    contents = _Contents(
        header, planned, placed, data_members, manifest_categories, encrypted=secret is not None
    )
    stamp = (
        max(header.generated_on.year, 1980),
        header.generated_on.month,
        header.generated_on.day,
        0,
        0,
        0,
    )
    sink = io.BytesIO() if out is None else out
    if secret is None:
        manifest_sha256, members = _write_plain(sink, contents, stamp)
    else:
        manifest_sha256, members = _write_enveloped(sink, contents, stamp, secret)
    return BuiltBundle(
        content=sink.getvalue() if isinstance(sink, io.BytesIO) and out is None else b"",
        manifest_sha256=manifest_sha256,
        file_count=len(members) + 1,
        encrypted=secret is not None,
        members=tuple(members),
    )
