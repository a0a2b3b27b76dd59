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
import html
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from dsr_desk import APP_NAME, __version__
from dsr_desk.domain.errors import ValidationError

__all__ = [
    "MIN_PASSWORD_CHARS",
    "AttachedFile",
    "BuiltBundle",
    "BundleHeader",
    "BundleMember",
    "Category",
    "RecordValue",
    "build_bundle",
    "check_password",
    "csv_bytes",
    "safe_file_name",
    "slug",
]

RecordValue = str | int | None

MIN_PASSWORD_CHARS: Final = 10
MANIFEST_NAME: Final = "manifest.json"
README_NAME: Final = "README.html"
MANIFEST_FORMAT: Final = "dsr-desk-portability-bundle"
MANIFEST_VERSION: Final = 1
HTML_MAX_ROWS: Final = 1000
MAX_SLUG_CHARS: Final = 60
MAX_STEM_CHARS: Final = 100
MAX_SUFFIX_CHARS: Final = 16
CSV_DELIMITER: Final = ","
FILE_MODE: Final = 0o600  # extracted files are personal data: owner-only where it applies

_SLUG_RUN: Final = re.compile(r"[^a-z0-9]+")
_UNSAFE_FILE_CHARS: Final = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER: Final = re.compile(r"^[+-]?[0-9][0-9 .,()/-]*$")
_WINDOWS_DEVICES: Final = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{n}" for n in range(1, 10)]
    + [f"lpt{n}" for n in range(1, 10)]
)


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


# -- names -----------------------------------------------------------------------------------


def slug(name: str, taken: set[str] | None = None) -> str:
    """A safe, unique file stem for a category: ASCII ``a-z0-9-`` ("Éloïse/../x" →
    "eloise-x"); ``taken`` (lower-case stems already used) is updated."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    base = _SLUG_RUN.sub("-", ascii_text).strip("-")[:MAX_SLUG_CHARS].strip("-") or "category"
    if base in _WINDOWS_DEVICES:
        base = f"{base}-data"
    if taken is None:
        return base
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def safe_file_name(name: str, taken: set[str] | None = None) -> str:
    """A file name that stays inside ``files/`` on every system: no folder part, no control
    or Windows-forbidden characters, no leading or trailing dots, not a device name, at most
    ~120 characters, unique (case-insensitively) among ``taken``, which is updated."""
    text = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    text = " ".join(_UNSAFE_FILE_CHARS.sub("_", text).split()).strip(" .")
    stem, dot, suffix = text.rpartition(".")
    if not dot or not stem or len(suffix) > MAX_SUFFIX_CHARS or " " in suffix:
        stem, suffix = text, ""
    stem = stem[:MAX_STEM_CHARS].rstrip(" .") or "file"
    if stem.lower().split(".")[0] in _WINDOWS_DEVICES:
        stem = f"{stem}_"
    ending = f".{suffix}" if suffix else ""
    if taken is None:
        return stem + ending
    candidate, number = stem + ending, 2
    while candidate.lower() in taken:
        candidate = f"{stem} ({number}){ending}"
        number += 1
    taken.add(candidate.lower())
    return candidate


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


# -- the overview ----------------------------------------------------------------------------

_WORDS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "title": "Your personal data",
        "intro": "This archive holds the personal data you provided to {entity}, exported in "
        "answer to your request {reference}{legal}.",
        "access": " (right of access, Article 15 GDPR)",
        "portability": " (right to data portability, Article 20 GDPR)",
        "type_access": "access",
        "type_portability": "portability",
        "requester": "Requester",
        "request": "Request",
        "entity": "Organisation",
        "generated": "Generated on",
        "how": "How to read these files",
        "how_json": "data/*.json — the same data in JSON (UTF-8), exact values; "
        "to be reused by software or handed to another organisation.",
        "how_csv": "data/*.csv — one table per category: comma-separated, UTF-8, first line "
        "= column names (in a spreadsheet: Data → From Text/CSV).",
        "how_files": "files/ — the documents you sent us, exactly as received.",
        "how_manifest": "manifest.json — every file with its size and SHA-256 fingerprint, "
        "so you can check that nothing was changed.",
        "categories": "Your data, by category",
        "records": "{count} record",
        "records_plural": "{count} records",
        "no_records": "No record in this category.",
        "truncated": "The first {shown} of {count} records are shown here; all of them are in "
        "{csv} and {json}.",
        "files": "Files in this archive",
        "documents": "Documents you provided",
        "file": "File",
        "original": "Original name",
        "about": "About",
        "size": "Size",
        "sha": "SHA-256",
        "bytes": "{size} bytes",
        "prevail": "This overview also exists in French; in case of discrepancy, the French "
        "version prevails.",
        "footer": "Made with {app} {version}.",
    },
    "fr": {
        "title": "Vos données personnelles",
        "intro": "Cette archive contient les données personnelles que vous avez fournies à "
        "{entity}, exportées en réponse à votre demande {reference}{legal}.",
        "access": " (droit d'accès, article 15 du RGPD)",
        "portability": " (droit à la portabilité, article 20 du RGPD)",
        "type_access": "accès",
        "type_portability": "portabilité",
        "requester": "Demandeur",
        "request": "Demande",
        "entity": "Organisme",
        "generated": "Établi le",
        "how": "Comment lire ces fichiers",
        "how_json": "data/*.json — les mêmes données au format JSON (UTF-8), valeurs exactes ; "
        "pour une réutilisation par un logiciel ou une transmission à un autre organisme.",
        "how_csv": "data/*.csv — un tableau par catégorie : séparateur virgule, UTF-8, "
        "première ligne = noms des colonnes (dans un tableur : Données → À partir d'un "
        "fichier texte/CSV).",
        "how_files": "files/ — les documents que vous nous avez transmis, tels que reçus.",
        "how_manifest": "manifest.json — chaque fichier avec sa taille et son empreinte "
        "SHA-256, pour vérifier que rien n'a été modifié.",
        "categories": "Vos données, par catégorie",
        "records": "{count} enregistrement",
        "records_plural": "{count} enregistrements",
        "no_records": "Aucun enregistrement dans cette catégorie.",
        "truncated": "Les {shown} premiers enregistrements sur {count} sont affichés ici ; "
        "tous figurent dans {csv} et {json}.",
        "files": "Fichiers de cette archive",
        "documents": "Documents que vous avez fournis",
        "file": "Fichier",
        "original": "Nom d'origine",
        "about": "Description",
        "size": "Taille",
        "sha": "SHA-256",
        "bytes": "{size} octets",
        "prevail": "En cas de divergence entre les versions linguistiques, la version "
        "française fait foi.",
        "footer": "Établi avec {app} {version}.",
    },
}

_STYLE: Final = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2933;"
    "max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
    "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}"
    "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}"
    "th,td{border:1px solid #d0d4d8;padding:.25rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#eef1f4}code{font-size:.85rem;word-break:break-all}"
    ".muted{color:#5f6b7a}"
)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _day(value: date, lang: str) -> str:
    return f"{value:%d/%m/%Y}" if lang == "fr" else value.isoformat()


@dataclass(frozen=True)
class _Planned:
    category: Category
    title: str
    columns: list[str]
    csv_path: str
    json_path: str


@dataclass(frozen=True)
class _PlannedFile:
    path: str
    original: str
    description: str
    content: bytes = field(repr=False)


def _overview(
    header: BundleHeader,
    planned: Sequence[_Planned],
    files: Sequence[_PlannedFile],
    members: Sequence[BundleMember],
) -> bytes:
    lang = header.lang
    w = _WORDS[lang]
    legal = w.get(header.request_type, "")
    parts: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(w['title'])} — {_e(header.reference)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(w['title'])}</h1>",
        "<p>"
        + _e(w["intro"].format(entity=header.entity, reference=header.reference, legal=legal))
        + "</p>",
        "<table>",
    ]
    facts = (
        (w["requester"], header.requester_name),
        (
            w["request"],
            f"{header.reference} — {w.get('type_' + header.request_type, header.request_type)}",
        ),
        (w["entity"], header.entity),
        (w["generated"], _day(header.generated_on, lang)),
    )
    parts += [f"<tr><th>{_e(label)}</th><td>{_e(value)}</td></tr>" for label, value in facts]
    parts += [
        "</table>",
        f"<h2>{_e(w['how'])}</h2>",
        "<ul>",
        *(f"<li>{_e(w[key])}</li>" for key in ("how_json", "how_csv", "how_files", "how_manifest")),
        "</ul>",
        f"<h2>{_e(w['categories'])}</h2>",
    ]
    for item in planned:
        count = len(item.category.records)
        counted = w["records" if count == 1 else "records_plural"].format(count=count)
        parts.append(f"<h3>{_e(item.title)}</h3>")
        parts.append(
            f'<p class="muted">{_e(counted)} — <code>{_e(item.csv_path)}</code>, '
            f"<code>{_e(item.json_path)}</code></p>"
        )
        if not count:
            parts.append(f"<p>{_e(w['no_records'])}</p>")
            continue
        parts.append("<table><tr>" + "".join(f"<th>{_e(c)}</th>" for c in item.columns) + "</tr>")
        for record in item.category.records[:HTML_MAX_ROWS]:
            cells = "".join(f"<td>{_e(record.get(c))}</td>" for c in item.columns)
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
        if count > HTML_MAX_ROWS:
            note = w["truncated"].format(
                shown=HTML_MAX_ROWS, count=count, csv=item.csv_path, json=item.json_path
            )
            parts.append(f'<p class="muted">{_e(note)}</p>')
    if files:
        parts += [
            f"<h2>{_e(w['documents'])}</h2>",
            f"<table><tr><th>{_e(w['file'])}</th><th>{_e(w['original'])}</th>"
            f"<th>{_e(w['about'])}</th></tr>",
        ]
        parts += [
            f"<tr><td><code>{_e(f.path)}</code></td><td>{_e(f.original)}</td>"
            f"<td>{_e(f.description)}</td></tr>"
            for f in files
        ]
        parts.append("</table>")
    parts += [
        f"<h2>{_e(w['files'])}</h2>",
        f"<table><tr><th>{_e(w['file'])}</th><th>{_e(w['size'])}</th><th>{_e(w['sha'])}</th></tr>",
    ]
    parts += [
        f"<tr><td><code>{_e(m.path)}</code></td><td>{_e(w['bytes'].format(size=m.size))}</td>"
        f"<td><code>{_e(m.sha256)}</code></td></tr>"
        for m in members
    ]
    parts += [
        f"<tr><td><code>{_e(MANIFEST_NAME)}</code></td><td>—</td><td>—</td></tr>",
        "</table>",
        f'<p class="muted">{_e(w["prevail"])}</p>',
        f'<p class="muted">{_e(w["footer"].format(app=APP_NAME, version=__version__))}</p>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts).encode("utf-8")


# -- the archive -----------------------------------------------------------------------------


def _plan(
    categories: Sequence[Category], files: Sequence[AttachedFile], encrypted: bool
) -> tuple[list[_Planned], list[_PlannedFile]]:
    stems: set[str] = set()
    planned = []
    for category in categories:
        stem = slug(category.name, stems)
        planned.append(
            _Planned(
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
            _PlannedFile(f"files/{name}", original, attached.description, attached.content)
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
    if header.lang not in _WORDS:
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
    readme = _overview(header, planned, placed, listed)
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
