"""The portability bundle builder (pure): manifest hashes match the zip members, JSON and CSV
round trips with accents, escaped HTML, slugged category and file names, deterministic bytes,
documents streamed in chunks, and the AES-256 envelope (pyzipper) that shows no name without
the password, with its password rules."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import pyzipper

from dsr_desk.domain.errors import IntegrityError, ValidationError
from dsr_desk.export.bundle import (
    AttachedFile,
    BundleHeader,
    Category,
    build_bundle,
    csv_bytes,
)
from dsr_desk.export.file_names import safe_file_name, slug

NAME = "Éloïse Çağlar"
HEADER = BundleHeader(
    requester_name=NAME,
    reference="DSR-2026-0007",
    request_type="portability",
    entity="Boutique Exemple",
    generated_on=date(2026, 3, 20),
    lang="fr",
)
CONTACT = Category(
    "contact",
    [{"name": NAME, "email": "eloise@exemple.fr", "postal_address": None, "language": "fr"}],
    "Coordonnées",
)
ORDERS = Category(
    "orders",
    [
        {"order": "A-1", "total": 30, "note": "livré à « Saint-Étienne », 2e étage"},
        {"order": "A-2", "total": 12, "note": 'ligne 1\nligne 2, avec "guillemets"'},
    ],
)
EMAIL = b"From: eloise@exemple.fr\r\nSubject: Portabilit\xc3\xa9\r\n\r\nBonjour\r\n"
PASSWORD = "correct-horse-42"


def _zip(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def _members(data: bytes) -> dict[str, bytes]:
    with _zip(data) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_manifest_lists_every_member_with_its_true_hash_and_size() -> None:
    built = build_bundle(HEADER, [CONTACT, ORDERS], [AttachedFile("demande.eml", EMAIL)])
    members = _members(built.content)
    manifest_bytes = members.pop("manifest.json")
    assert hashlib.sha256(manifest_bytes).hexdigest() == built.manifest_sha256
    manifest = json.loads(manifest_bytes)
    listed = {entry["path"]: entry for entry in manifest["files"]}
    assert set(listed) == set(members)  # everything but the manifest itself
    for path, content in members.items():
        assert listed[path]["size"] == len(content)
        assert listed[path]["sha256"] == hashlib.sha256(content).hexdigest()
    assert built.file_count == len(members) + 1
    assert [m.path for m in built.members] == [e["path"] for e in manifest["files"]]
    assert set(members) == {
        "README.html",
        "data/contact.json",
        "data/contact.csv",
        "data/orders.json",
        "data/orders.csv",
        "files/demande.eml",
    }
    assert members["files/demande.eml"] == EMAIL  # byte for byte
    assert manifest["reference"] == "DSR-2026-0007" and manifest["generated_on"] == "2026-03-20"
    assert [c["records"] for c in manifest["categories"]] == [1, 2]
    assert not built.encrypted


def test_json_and_csv_round_trip_with_accents() -> None:
    built = build_bundle(HEADER, [CONTACT, ORDERS])
    members = _members(built.content)
    assert json.loads(members["data/contact.json"]) == [dict(CONTACT.records[0])]
    assert json.loads(members["data/orders.json"]) == [dict(r) for r in ORDERS.records]
    assert NAME.encode() in members["data/contact.json"]  # UTF-8, not \u escapes
    rows = _csv_rows(members["data/orders.csv"])
    assert rows == [
        ["order", "total", "note"],
        ["A-1", "30", "livré à « Saint-Étienne », 2e étage"],
        ["A-2", "12", 'ligne 1\nligne 2, avec "guillemets"'],
    ]
    contact = _csv_rows(members["data/contact.csv"])
    assert contact == [
        ["name", "email", "postal_address", "language"],
        [NAME, "eloise@exemple.fr", "", "fr"],  # None is an empty cell
    ]
    assert b"\r\n" in members["data/orders.csv"]  # RFC 4180 line ends


def test_csv_neutralises_formulas_but_keeps_plain_numbers() -> None:
    data = csv_bytes(
        ["value"],
        [
            {"value": '=HYPERLINK("http://evil")'},
            {"value": "+33 6 12 34 56 78"},
            {"value": "-5"},
            {"value": "@SUM(A1)"},
            {"value": "Jean-Luc"},
        ],
    )
    assert [row[0] for row in _csv_rows(data)[1:]] == [
        '\'=HYPERLINK("http://evil")',
        "+33 6 12 34 56 78",
        "-5",
        "'@SUM(A1)",
        "Jean-Luc",
    ]


def test_columns_follow_the_given_order_then_first_seen_keys() -> None:
    category = Category("x", [{"b": 1}, {"c": "z", "a": None}], columns=("a", "b"))
    members = _members(build_bundle(HEADER, [category]).content)
    assert _csv_rows(members["data/x.csv"])[0] == ["a", "b", "c"]
    assert json.loads(members["data/x.json"]) == [{"b": 1}, {"a": None, "c": "z"}]


def test_html_overview_escapes_everything() -> None:
    evil = '<script>alert("x")</script>'
    header = BundleHeader(evil, "DSR-2026-0007", "access", f"Ent {evil}", date(2026, 3, 20), "en")
    category = Category(f"cat {evil}", [{f"col {evil}": f"val {evil}"}], title=f"T {evil}")
    built = build_bundle(header, [category], [AttachedFile(f"{evil}.txt", b"x")])
    page = _members(built.content)["README.html"].decode()
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "default-src 'none'" in page  # and a CSP forbidding scripts anyway
    assert '<html lang="en">' in page
    assert "right of access, Article 15 GDPR" in page
    assert "the French version prevails" in page


def test_french_overview_lists_categories_counts_files_and_the_french_note() -> None:
    built = build_bundle(HEADER, [CONTACT, ORDERS], [AttachedFile("demande.eml", EMAIL)])
    page = _members(built.content)["README.html"].decode()
    assert '<html lang="fr">' in page
    for text in (
        NAME,
        "DSR-2026-0007 — portabilité",  # the request type in the overview's language
        "Boutique Exemple",
        "20/03/2026",
        "Coordonnées",
        "1 enregistrement",
        "2 enregistrements",
        "droit à la portabilité, article 20 du RGPD",
        "files/demande.eml",
        "la version française fait foi",
        hashlib.sha256(EMAIL).hexdigest(),
    ):
        assert text in page, text


def test_unsafe_category_names_are_slugged_and_never_collide() -> None:
    categories = [
        Category("../../etc/passwd", [{"a": 1}]),
        Category("Éloïse Çağlar", [{"a": 1}]),
        Category("éloïse-çağlar", [{"a": 1}]),
        Category("CON", [{"a": 1}]),
        Category("///", [{"a": 1}]),
        Category("C:\\Windows\\x", [{"a": 1}]),
    ]
    names = _zip(build_bundle(HEADER, categories).content).namelist()
    data = sorted(n for n in names if n.endswith(".json") and n.startswith("data/"))
    assert data == sorted(
        [
            "data/etc-passwd.json",
            "data/eloise-caglar.json",
            "data/eloise-caglar-2.json",
            "data/con-data.json",
            "data/category.json",
            "data/c-windows-x.json",
        ]
    )
    for name in names:
        assert ".." not in name and "\\" not in name and not name.startswith("/")
    assert slug("") == "category"


def test_attached_file_names_stay_inside_files_and_are_unique() -> None:
    files = [
        AttachedFile("../../.bashrc", b"1"),
        AttachedFile("C:\\Users\\x\\lettre.pdf", b"2"),
        AttachedFile("lettre.pdf", b"3"),
        AttachedFile("LETTRE.pdf", b"4"),
        AttachedFile("nul.txt", b"5"),
        AttachedFile('a<b>:"c|?*.txt', b"6"),
    ]
    names = [n for n in _zip(build_bundle(HEADER, [], files).content).namelist() if "files/" in n]
    assert names == [
        "files/bashrc",
        "files/lettre.pdf",
        "files/lettre (2).pdf",
        "files/LETTRE (3).pdf",
        "files/nul_.txt",
        "files/a_b___c___.txt",
    ]
    assert safe_file_name("...") == "file"


def test_the_same_input_gives_the_same_bytes_with_fixed_timestamps() -> None:
    first = build_bundle(HEADER, [CONTACT, ORDERS], [AttachedFile("demande.eml", EMAIL)])
    second = build_bundle(HEADER, [CONTACT, ORDERS], [AttachedFile("demande.eml", EMAIL)])
    assert first.content == second.content
    assert first.manifest_sha256 == second.manifest_sha256
    with _zip(first.content) as archive:
        for info in archive.infolist():
            assert info.date_time == (2026, 3, 20, 0, 0, 0)
            assert (info.external_attr >> 16) & 0o777 == 0o600


def _aes(data: bytes, password: str) -> dict[str, bytes]:
    with pyzipper.AESZipFile(io.BytesIO(data)) as archive:
        archive.setpassword(password.encode())
        return {name: archive.read(name) for name in archive.namelist()}


def _enveloped(data: bytes, password: str) -> dict[str, bytes]:
    """The inner archive's members, once the envelope is opened with ``password``."""
    envelope = _aes(data, password)
    assert list(envelope) == ["archive.zip"]
    return _members(envelope["archive.zip"])


def test_an_encrypted_bundle_shows_no_category_or_file_name_without_the_password() -> None:
    built = build_bundle(
        HEADER,
        [CONTACT, ORDERS],
        [AttachedFile("Lettre Éloïse Çağlar.eml", EMAIL)],
        password=PASSWORD,
    )
    assert built.encrypted
    with _zip(built.content) as plain:  # what anyone sees without the password
        assert plain.namelist() == ["archive.zip"]
        assert plain.getinfo("archive.zip").flag_bits & 0x1  # encrypted
        with pytest.raises(RuntimeError, match="password required"):
            plain.read("archive.zip")
        with pytest.raises(NotImplementedError):  # even with it, stdlib cannot decrypt AES
            plain.read("archive.zip", pwd=PASSWORD.encode())
    raw = built.content  # local headers and central directory included
    for secret in (
        "contact", "orders", "Coordonn", "README", "manifest", "data/", "files/", ".csv",
        ".json", ".eml", "Lettre", "Éloïse", NAME, "eloise@exemple.fr", "Bonjour",
    ):  # fmt: skip
        assert secret.encode() not in raw, secret

    members = _enveloped(built.content, PASSWORD)  # with it: the real names, a valid manifest
    assert members["files/Lettre Éloïse Çağlar.eml"] == EMAIL
    assert json.loads(members["data/contact.json"])[0]["name"] == NAME
    manifest_bytes = members.pop("manifest.json")
    assert hashlib.sha256(manifest_bytes).hexdigest() == built.manifest_sha256
    listed = {e["path"]: (e["size"], e["sha256"]) for e in json.loads(manifest_bytes)["files"]}
    assert listed == {
        name: (len(data), hashlib.sha256(data).hexdigest()) for name, data in members.items()
    }
    assert "archive.zip" in members["README.html"].decode()  # the page explains the envelope
    with pytest.raises(RuntimeError, match=r"[Bb]ad password"):
        _aes(built.content, "wrong-password-1")


def test_a_document_given_in_chunks_is_written_and_hashed_while_it_streams() -> None:
    chunks = [b"%PDF-1.4\n", bytes(range(256)) * 300, b"%%EOF\n"]
    whole = b"".join(chunks)
    produced: list[int] = []

    def stream() -> Iterator[bytes]:
        for chunk in chunks:
            produced.append(len(chunk))
            yield chunk

    out = io.BytesIO()
    built = build_bundle(
        HEADER, [CONTACT], [AttachedFile("scan.pdf", stream(), size=len(whole))], out=out
    )
    assert built.content == b"" and produced == [len(c) for c in chunks]
    members = _members(out.getvalue())
    assert members["files/scan.pdf"] == whole
    listed = {e["path"]: e["sha256"] for e in json.loads(members["manifest.json"])["files"]}
    assert listed["files/scan.pdf"] == hashlib.sha256(whole).hexdigest()

    with pytest.raises(IntegrityError, match="changed while"):
        build_bundle(HEADER, [], [AttachedFile("scan.pdf", iter(chunks), size=len(whole) + 1)])
    with pytest.raises(ValidationError, match="size"):
        build_bundle(HEADER, [], [AttachedFile("scan.pdf", iter(chunks))])


@pytest.mark.parametrize("password", ["", "short", "123456789"])
def test_passwords_shorter_than_ten_characters_are_refused(password: str) -> None:
    with pytest.raises(ValidationError, match="at least 10 characters"):
        build_bundle(HEADER, [CONTACT], password=password)


def test_bad_values_and_languages_are_refused() -> None:
    bad: Any = Category("x", [{"a": 1.5}])
    with pytest.raises(ValidationError, match="values must be text"):
        build_bundle(HEADER, [bad])
    with pytest.raises(ValidationError, match="fr or en"):
        build_bundle(
            BundleHeader("a", "DSR-2026-0001", "access", "e", date(2026, 1, 1), "de"), [CONTACT]
        )
