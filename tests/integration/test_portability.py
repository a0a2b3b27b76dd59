"""The portability / access bundle on the real vault and on a team database on PostgreSQL
(``read_stores``): the plan, the identity gate (refused
without a reason, override audited), the provided documents byte-identical and the ID copies
and office letters never included, requests to other entities left out, added CSV/JSON
files, AES zips, audit entries without personal data, no plaintext (canary) under the data
dir (nor in a dump of the team database), and `dsr-desk bundle` (exit codes, --json keys, a 0600
file) on a workstation vault."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
import pyzipper

from dsr_desk.domain.audit import AuditEntry, verify_chain
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import NotFound, RuleViolation, ValidationError
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document
from dsr_desk.services.extra_files import ExtraFile
from dsr_desk.services.portability import bundle_preview, export_bundle
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.cli_helpers import Result, all_bytes_under, run_cli
from tests.integration.read_stores import SQLCIPHER, Store

TODAY = date(2026, 3, 20)
CLOCK = FixedClock.on(TODAY)
ENTITY = "Boutique Exemple"
OTHER_ENTITY = "Autre Entité"
NAME = "Éloïse Çağlar"
EMAIL_ADDRESS = "eloise.caglar@exemple.fr"
EMAIL_CANARY = b"CANARY-e41d portability e-mail of Eloise Caglar"
EMAIL = (
    b"From: eloise.caglar@exemple.fr\r\nSubject: Portabilit\xc3\xa9\r\n\r\n"
    + EMAIL_CANARY
    + b"\r\n"
)
LETTER = b"%PDF-1.4\n% scan of a letter\nCANARY-77b0 letter of Eloise\n%%EOF\n"
ID_CANARY = b"CANARY-9c1f ID card of Eloise Caglar"
RESPONSE_CANARY = b"CANARY-03aa response letter"
ORDERS_CSV = "Commande;Produit;Montant\r\nA-1;Crème brûlée;30\r\nA-2;Cœur de palmier;12,50\r\n"
REASON = "Identity confirmed by phone call-back on the number on file"


@pytest.fixture
def store_clock() -> FixedClock:
    return CLOCK


@pytest.fixture
def store_entities() -> list[dict[str, str]]:
    return [
        {"name": ENTITY, "address": "1 rue du Commerce\n75015 Paris"},
        {"name": OTHER_ENTITY},
    ]


@pytest.fixture
def vault(store: Store) -> Store:
    return store


def _uow(vault: Store) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, CLOCK, "dpo")


def _store(vault: Store) -> DocumentStore:
    return vault.documents()


def _register(vault: Store, kind: RequestType, received: date, entity: str = ENTITY) -> str:
    return svc.register_request(
        _uow(vault),
        type=kind,
        received_on=received,
        name=NAME,
        email=EMAIL_ADDRESS,
        address="8 allée des Tilleuls\n57000 Metz",
        entity=entity,
    ).reference


def _attach(vault: Store, ref: str, kind: DocumentKind, name: str, content: bytes) -> str:
    media = "message/rfc822" if name.endswith(".eml") else "application/pdf"
    view = attach_document(_uow(vault), _store(vault), ref, kind, name, media, content)
    return view.document_id


@pytest.fixture
def case(vault: Store) -> dict[str, str]:
    """An earlier completed access request, the portability request with four documents,
    and an erasure request of the same person to another entity."""
    earlier = _register(vault, RequestType.ACCESS, date(2026, 1, 5))
    svc.close(
        _uow(vault),
        earlier,
        Outcome.COMPLETED,
        on=date(2026, 1, 20),
        late_reason="recorded after the fact",
    )
    ref = _register(vault, RequestType.PORTABILITY, date(2026, 3, 2))
    other = _register(vault, RequestType.ERASURE, date(2026, 3, 3), entity=OTHER_ENTITY)
    _attach(vault, ref, DocumentKind.ID, "CNI Eloise.pdf", b"%PDF-1.4\n" + ID_CANARY)
    email_id = _attach(vault, ref, DocumentKind.EMAIL, "Demande portabilité.eml", EMAIL)
    _attach(vault, ref, DocumentKind.LETTER, "Courrier.pdf", LETTER)
    _attach(vault, ref, DocumentKind.RESPONSE, "Accusé.pdf", b"%PDF-1.4\n" + RESPONSE_CANARY)
    return {"earlier": earlier, "ref": ref, "other": other, "email_id": email_id}


def _verify(vault: Store, ref: str) -> None:
    svc.record_identity_check(_uow(vault), ref, VerificationMethod.KNOWN_EMAIL)


def _entries(vault: Store, ref: str | None = None) -> list[AuditEntry]:
    with _uow(vault) as uow:
        return list(uow.audit.entries(ref))


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [path for path, content in all_bytes_under(folder).items() if needle in content]


# -- read side ---------------------------------------------------------------------------------


def test_the_plan_lists_categories_provided_documents_and_what_is_left_out(
    vault: Store, case: dict[str, str]
) -> None:
    before = len(_entries(vault))
    plan = bundle_preview(_uow(vault), case["ref"].lower())
    assert (plan.reference, plan.request_type, plan.status) == (
        case["ref"],
        "portability",
        "received",
    )
    assert (plan.requester_name, plan.entity, plan.requester_language) == (NAME, ENTITY, "fr")
    assert [(c.name, c.title, c.records) for c in plan.categories] == [
        ("contact", "Coordonnées", 1),
        ("requests", "Vos demandes", 2),  # not the request to the other entity
    ]
    assert [(d.kind, d.filename) for d in plan.documents] == [
        ("email", "Demande portabilité.eml"),
        ("letter", "Courrier.pdf"),
    ]
    assert plan.documents_size == len(EMAIL) + len(LETTER)
    assert (plan.excluded_id_copies, plan.excluded_responses, plan.excluded_purged) == (1, 1, 0)
    assert not plan.identity_verified and plan.needs_override and plan.can_export
    assert bundle_preview(_uow(vault), case["ref"], "en").categories[0].title == "Contact details"
    assert len(_entries(vault)) == before  # reading the plan is not audited

    blocked = bundle_preview(_uow(vault), case["other"])
    assert not blocked.can_export and "access and portability requests only" in (
        blocked.blocked_reason or ""
    )
    with pytest.raises(NotFound):
        bundle_preview(_uow(vault), "DSR-2026-0999")


# -- the identity gate ---------------------------------------------------------------------


def test_unverified_identity_is_refused_without_a_reason_and_nothing_is_audited(
    vault: Store, case: dict[str, str]
) -> None:
    before = _entries(vault)
    for reason in (None, "", "   "):
        with pytest.raises(RuleViolation, match="identity is not verified"):
            export_bundle(_uow(vault), _store(vault), case["ref"], override_reason=reason)
    assert _entries(vault) == before


def test_an_override_with_a_reason_is_audited(vault: Store, case: dict[str, str]) -> None:
    result = export_bundle(_uow(vault), _store(vault), case["ref"], override_reason=f"  {REASON} ")
    override, exported = _entries(vault, case["ref"])[-2:]
    assert override.action == "request.disclosure_override"
    assert override.details == {
        "export": "bundle",
        "lang": "fr",
        "reason_no": 1,
        "reason_mac": override.details["reason_mac"],
    }  # the text stays with the request, never in the log
    assert REASON not in override.details_json
    assert exported.action == "request.bundle_exported"
    assert exported.details == {
        "files": result.file_count,
        "manifest_sha256": result.manifest_sha256,
        "encrypted": False,
        "categories": 2,
        "added_categories": 0,
        "documents": 2,
        "lang": "fr",
        "identity_override": True,
    }
    for personal in ("Éloïse", "Eloise", "eloise", "Demande", "Courrier", "Tilleuls"):
        assert personal not in exported.details_json
    with _uow(vault) as uow:
        assert verify_chain(list(uow.audit.entries()), uow.audit.head()).ok


def test_a_verified_bundle_holds_provided_data_only(vault: Store, case: dict[str, str]) -> None:
    _verify(vault, case["ref"])
    result = export_bundle(_uow(vault), _store(vault), case["ref"], lang="en")
    assert _entries(vault, case["ref"])[-1].action == "request.bundle_exported"
    assert "request.disclosure_override" not in [e.action for e in _entries(vault)]
    members = _members(result.zip_bytes)
    assert sorted(members) == [
        "README.html",
        "data/contact.csv",
        "data/contact.json",
        "data/requests.csv",
        "data/requests.json",
        "files/Courrier.pdf",
        "files/Demande portabilité.eml",
        "manifest.json",
    ]
    assert result.file_count == len(members) and not result.encrypted
    assert members["files/Demande portabilité.eml"] == EMAIL  # byte-identical
    assert members["files/Courrier.pdf"] == LETTER
    everything = b"".join(members.values())
    assert ID_CANARY not in everything and RESPONSE_CANARY not in everything
    assert json.loads(members["data/contact.json"]) == [
        {
            "name": NAME,
            "email": EMAIL_ADDRESS,
            "postal_address": "8 allée des Tilleuls\n57000 Metz",
            "phone": None,
            "language": "fr",
        }
    ]
    assert json.loads(members["data/requests.json"]) == [
        {
            "reference": case["earlier"],
            "type": "access",
            "received": "2026-01-05",
            "status": "completed",
            "closed": "2026-01-20",
            "outcome": "completed",
        },
        {
            "reference": case["ref"],
            "type": "portability",
            "received": "2026-03-02",
            "status": "received",
            "closed": None,
            "outcome": None,
        },
    ]
    assert case["other"].encode() not in everything  # another entity's request
    manifest = json.loads(members["manifest.json"])
    assert manifest["reference"] == case["ref"] and manifest["entity"] == ENTITY
    page = members["README.html"].decode()
    assert NAME in page and "right to data portability" in page and "Contact details" in page
    assert _entries(vault, case["ref"])[-1].details["manifest_sha256"] == result.manifest_sha256


def test_only_access_and_portability_and_not_refused_requests(
    vault: Store, case: dict[str, str]
) -> None:
    with pytest.raises(RuleViolation, match="access and portability requests only"):
        export_bundle(_uow(vault), _store(vault), case["other"], override_reason=REASON)
    # a completed access request can still be exported
    done = export_bundle(_uow(vault), _store(vault), case["earlier"], override_reason=REASON)
    assert "data/requests.json" in _members(done.zip_bytes)
    refused = _register(vault, RequestType.ACCESS, date(2026, 3, 10))
    svc.close(
        _uow(vault),
        refused,
        Outcome.REFUSED,
        reason="Manifestly unfounded",
        on=TODAY,
        late_reason="recorded after the fact",
    )
    with pytest.raises(RuleViolation, match="was refused"):
        export_bundle(_uow(vault), _store(vault), refused, override_reason=REASON)
    assert not bundle_preview(_uow(vault), refused).can_export


# -- added files, password ----------------------------------------------------------------------


def test_added_csv_cp1252_and_json_become_categories(
    vault: Store, case: dict[str, str], tmp_path: Path
) -> None:
    _verify(vault, case["ref"])
    orders = tmp_path / "commandes.csv"
    orders.write_bytes(ORDERS_CSV.encode("cp1252"))
    newsletter = b'[{"liste": "Promotions", "inscrit": true, "depuis": "2025-06-01"}]'
    result = export_bundle(
        _uow(vault),
        _store(vault),
        case["ref"],
        extra_files=[("Commandes", orders), ExtraFile("Newsletter", newsletter, "news.json")],
    )
    members = _members(result.zip_bytes)
    assert json.loads(members["data/commandes.json"]) == [
        {"Commande": "A-1", "Produit": "Crème brûlée", "Montant": "30"},
        {"Commande": "A-2", "Produit": "Cœur de palmier", "Montant": "12,50"},
    ]
    csv_text = members["data/commandes.csv"].decode("utf-8-sig")
    assert csv_text.splitlines()[1] == "A-1,Crème brûlée,30"
    assert json.loads(members["data/newsletter.json"]) == [
        {"liste": "Promotions", "inscrit": "true", "depuis": "2025-06-01"}
    ]
    assert _entries(vault, case["ref"])[-1].details["added_categories"] == 2


def test_a_bad_added_file_is_refused_before_anything_happens(
    vault: Store, case: dict[str, str], tmp_path: Path
) -> None:
    _verify(vault, case["ref"])
    before_entries = _entries(vault)
    before_files = all_bytes_under(vault.data_dir)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 not data")
    for extra in (
        [("Scans", scan)],
        [ExtraFile("Scans", b"%PDF-1.4 not data")],
        [ExtraFile("Mauvais", b'{"not": "a list"}', "x.json")],
        [("Contact", b"a\n1\n")],
    ):
        with pytest.raises(ValidationError):
            export_bundle(_uow(vault), _store(vault), case["ref"], extra_files=extra)
    with pytest.raises(ValidationError, match="at least 10 characters"):
        export_bundle(_uow(vault), _store(vault), case["ref"], password="short")
    assert _entries(vault) == before_entries
    assert all_bytes_under(vault.data_dir).keys() == before_files.keys()


def test_a_password_gives_an_aes_zip(vault: Store, case: dict[str, str]) -> None:
    _verify(vault, case["ref"])
    result = export_bundle(_uow(vault), _store(vault), case["ref"], password="pâtisserie-2026")
    assert result.encrypted
    assert EMAIL_CANARY not in result.zip_bytes and NAME.encode() not in result.zip_bytes
    members = _opened_envelope(result.zip_bytes, "pâtisserie-2026")
    assert members["files/Demande portabilité.eml"] == EMAIL
    assert _entries(vault, case["ref"])[-1].details["encrypted"] is True


# Everything an encrypted bundle must not show without its password: category and file names,
# the archive's own member names, the requester's name.
NAMES_HIDDEN_BY_THE_PASSWORD = (
    "contact", "requests", "commandes", "Demande", "portabilit", "Courrier", "README",
    "manifest", "data/", "files/", ".csv", ".json", ".eml", ".pdf", "Eloise", NAME,
)  # fmt: skip


def _opened_envelope(data: bytes, password: str) -> dict[str, bytes]:
    """Open the AES envelope (one member, archive.zip) and return the inner bundle's members,
    after checking that its manifest lists every other member with its true size and hash."""
    with pyzipper.AESZipFile(io.BytesIO(data)) as envelope:
        assert envelope.namelist() == ["archive.zip"]
        envelope.setpassword(password.encode())
        members = _members(envelope.read("archive.zip"))
    listed = json.loads(members["manifest.json"])["files"]
    assert {e["path"]: (e["size"], e["sha256"]) for e in listed} == {
        name: (len(content), hashlib.sha256(content).hexdigest())
        for name, content in members.items()
        if name != "manifest.json"
    }
    return members


# -- canary ---------------------------------------------------------------------------------


def test_no_plaintext_of_a_provided_document_reaches_the_data_dir(
    vault: Store, case: dict[str, str], tmp_path: Path
) -> None:
    orders = tmp_path / "commandes.csv"
    orders.write_bytes(ORDERS_CSV.encode("utf-8"))
    export_bundle(
        _uow(vault), _store(vault), case["ref"], override_reason=REASON, extra_files=[("x", orders)]
    )
    _verify(vault, case["ref"])
    export_bundle(_uow(vault), _store(vault), case["ref"], password="0123456789")
    vault.close()
    dump = vault.dump() if vault.is_team else b""
    assert not vault.is_team or case["email_id"].encode() in dump  # the control
    for needle in (EMAIL_CANARY, b"CANARY-77b0", ID_CANARY, "Crème brûlée".encode()):
        assert _files_containing(vault.data_dir, needle) == []
        assert needle not in dump


# -- CLI ------------------------------------------------------------------------------------


def _cli(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    return run_cli(data_dir, *args, today=TODAY.isoformat(), env=env)


# The CLI on a workstation vault: on a team database (--db) it is tested in test_team_documents.
@pytest.mark.parametrize("store", [SQLCIPHER], indirect=True)
def test_cli_bundle_writes_a_private_zip_and_refuses_in_one_line(
    vault: Store, case: dict[str, str], tmp_path: Path
) -> None:
    ref = case["ref"]
    vault.close()
    data_dir = vault.data_dir
    out = tmp_path / "out" / f"{ref}-portability.zip"
    out.parent.mkdir()

    unverified = _cli(data_dir, "bundle", ref, "--out", str(out))
    assert unverified.code == 2 and len(unverified.err.strip().splitlines()) == 1
    assert "identity is not verified" in unverified.err and not out.exists()

    orders = tmp_path / "commandes.csv"
    orders.write_bytes(ORDERS_CSV.encode("cp1252"))
    done = _cli(
        data_dir, "bundle", ref, "--out", str(out), "--add", f"Commandes={orders}",
        "--override-reason", REASON, "--lang", "en", "--json",
    )  # fmt: skip
    assert done.code == 0, done.err
    answer = json.loads(done.out)
    assert set(answer) == {"reference", "out", "files", "manifest_sha256", "encrypted"}
    assert answer["reference"] == ref and answer["out"] == str(out.resolve())
    assert answer["encrypted"] is False
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    members = _members(out.read_bytes())
    assert len(members) == answer["files"]
    assert "data/commandes.csv" in members and members["files/Demande portabilité.eml"] == EMAIL
    shown = json.loads(_cli(data_dir, "request", "show", ref, "--json").out)
    actions = [event["action"] for event in shown["timeline"]]
    assert actions[-2:] == ["request.disclosure_override", "request.bundle_exported"]
    assert shown["timeline"][-1]["details"]["manifest_sha256"] == answer["manifest_sha256"]

    secret = tmp_path / "secret.zip"
    env = {"BUNDLE_PASSWORD": "pâtisserie-2026"}
    encrypted = _cli(
        data_dir, "bundle", ref, "--out", str(secret), "--password-env", "BUNDLE_PASSWORD",
        "--override-reason", REASON, "--json",
    env=env)  # fmt: skip
    assert encrypted.code == 0, encrypted.err
    assert json.loads(encrypted.out)["encrypted"] is True
    with zipfile.ZipFile(secret) as without_password:  # local headers and central directory
        assert without_password.namelist() == ["archive.zip"]
    raw = secret.read_bytes()
    for name in NAMES_HIDDEN_BY_THE_PASSWORD:
        assert name.encode() not in raw, name
    inner = _opened_envelope(raw, "pâtisserie-2026")  # the real names, a manifest that verifies
    assert inner["files/Demande portabilité.eml"] == EMAIL
    assert inner["files/Courrier.pdf"] == LETTER and "data/contact.csv" in inner
    manifest_bytes = inner["manifest.json"]
    assert (
        hashlib.sha256(manifest_bytes).hexdigest() == json.loads(encrypted.out)["manifest_sha256"]
    )
    plain = _cli(
        data_dir, "bundle", ref, "--out", str(tmp_path / "p.zip"), "--override-reason", "x"
    )
    assert plain.code == 0 and plain.out.splitlines()[0] == str((tmp_path / "p.zip").resolve())

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4")
    for args, message in (
        (["--add", f"Scans={scan}"], "only CSV"),
        (["--add", "no-equals-sign"], "CATEGORY=FILE"),
        (["--password-env", "NOT_SET_ANYWHERE"], "is not set"),
        (["--password-env", "SHORT"], "at least 10 characters"),
    ):
        bad_out = tmp_path / "bad.zip"
        refused = _cli(
            data_dir, "bundle", ref, "--out", str(bad_out), "--override-reason", REASON, *args,
            env={"SHORT": "abc"},
        )  # fmt: skip
        assert refused.code == 2, (args, refused.err)
        assert len(refused.err.strip().splitlines()) == 1 and message in refused.err
        assert not bad_out.exists()
    inside = _cli(
        data_dir, "bundle", ref, "--out", str(data_dir / "x.zip"), "--override-reason", "x"
    )
    assert inside.code == 2 and "outside the DSR Desk data folder" in inside.err
    not_zip = _cli(data_dir, "bundle", ref, "--out", str(tmp_path / "x.pdf"))
    assert not_zip.code == 2 and ".zip" in not_zip.err
    erasure = _cli(data_dir, "bundle", case["other"], "--out", str(tmp_path / "e.zip"))
    assert erasure.code == 2 and "access and portability" in erasure.err

    for needle in (EMAIL_CANARY, ID_CANARY, "Crème brûlée".encode("cp1252")):
        assert _files_containing(data_dir, needle) == []
    assert _cli(data_dir, "audit", "verify").code == 0
