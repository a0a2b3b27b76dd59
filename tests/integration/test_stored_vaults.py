"""Vaults written by past releases, one per schema revision (tests/fixtures/vaults/<rev>/, made by
tools/stored_vaults.py with each release's own code), open with today's code: upgraded to the
head, intact (SQLite and the audit chain), every fact kept and found, the document readable, a
new request added. A migration added without a stored vault of the previous head fails here."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import entities as entity_service
from dsr_desk.services import letters as letter_service
from dsr_desk.services import register as register_service
from dsr_desk.services import requests as request_service
from dsr_desk.services.audit import verify_audit_log
from dsr_desk.services.document_access import open_document
from dsr_desk.services.read.queries import RequestFilter, list_requests_page
from dsr_desk.storage import migrate
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.schema_version import SCHEMA_HEAD
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import ANCHORED_SINCE_REVISION, Unlock, Vault, open_vault

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "vaults"
VERSIONS = Path(migrate.__file__).resolve().parent.parent / "migrations" / "versions"
STORED = sorted(folder.name for folder in FIXTURES.iterdir() if folder.is_dir())

# What tools/stored_vaults.py wrote in every stored vault (see tests/fixtures/vaults/README.md).
PASSPHRASE = "correct horse battery staple"
CLOCK = FixedClock.on(date(2026, 3, 23))
ENTITY = "Lycée Exemple"
FIRST, SECOND = "DSR-2026-0001", "DSR-2026-0002"
DOCUMENT_TEXT = "Madame, Monsieur,\nje souhaite recevoir une copie de mon dossier.\nHélène Curie\n"
NOTE_TEXT = "Appelé Mme Curie le 10 mars : le dossier papier est à la vie scolaire."
EXTENSION_REASON = "Demande complexe : archives réparties sur trois sites."
WORDING = "Subject: Bien reçu\n\nNous avons bien reçu votre demande {reference}.\n"
#: Revisions from which the release wrote notes and documents, the register and wordings.
NOTES_SINCE, REGISTER_SINCE = "0002", "0003"


def _migration_revisions() -> list[str]:
    found = (
        re.search(r'^revision: str = "(\d+)"', path.read_text(encoding="utf-8"), re.MULTILINE)
        for path in VERSIONS.glob("*.py")
    )
    return sorted(match.group(1) for match in found if match)


def _copy(revision: str, data_dir: Path) -> Path:
    """The stored vault copied into a fresh data dir, owner-only as the app makes its files
    (git keeps no file modes)."""
    target = data_dir / "vault"
    shutil.copytree(FIXTURES / revision, target, ignore=shutil.ignore_patterns("COMMIT"))
    target.chmod(0o700)
    for path in target.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)
    return target


def _actions_written(revision: str) -> list[str]:
    actions = ["entity.created", "request.registered", "request.registered", "request.extended"]
    if revision >= NOTES_SINCE:
        actions += ["request.note_added", "request.document_added"]
    if revision >= REGISTER_SINCE:
        actions += ["register.activity_added", "entity.letter_override_saved"]
    return actions


def _uow(vault: Vault) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, CLOCK, "tester")


def _found(vault: Vault, **criteria: str) -> list[str]:
    with _uow(vault) as uow:
        rows, _total = list_requests_page(
            uow.dbapi_connection, CLOCK.today(), RequestFilter(**criteria)
        )
    return sorted(row.reference for row in rows)


def test_every_past_revision_has_a_stored_vault() -> None:
    """The next migration's author must store a vault of the head it replaces:
    `python tools/stored_vaults.py build <previous head>` (after committing the migration)."""
    revisions = _migration_revisions()
    assert revisions[-1] == SCHEMA_HEAD
    missing = [rev for rev in revisions[:-1] if rev not in STORED]
    assert not missing, (
        f"No stored vault for schema revision(s) {', '.join(missing)}: run "
        f"`python tools/stored_vaults.py build {' '.join(missing)}` and commit "
        "tests/fixtures/vaults/ (see its README)."
    )
    # no strays; the head's own vault may be stored ahead of the next migration
    assert STORED in (revisions[:-1], revisions)


@pytest.mark.parametrize("revision", STORED)
def test_stored_vault_holds_what_its_release_kept(revision: str) -> None:
    folder = FIXTURES / revision
    files = {path.relative_to(folder).parts[0] for path in folder.iterdir()}
    expected = {"COMMIT", "dsr-desk.db", "vault.json"}
    if revision >= ANCHORED_SINCE_REVISION:
        expected.add("audit-anchor.json")
    if revision >= NOTES_SINCE:
        expected.add("documents")
        assert len(list((folder / "documents").iterdir())) == 1
    assert files == expected
    assert b"SQLite format 3" not in (folder / "dsr-desk.db").read_bytes()[:16]  # encrypted
    assert b"Curie" not in (folder / "dsr-desk.db").read_bytes()


@pytest.mark.parametrize("revision", STORED)
def test_a_stored_vault_opens_upgraded_with_all_its_data(revision: str, data_dir: Path) -> None:
    vault_dir = _copy(revision, data_dir)

    vault = open_vault(vault_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    if revision == SCHEMA_HEAD:  # stored ahead of the next migration: nothing to upgrade
        assert vault.backup_made is None
    else:
        assert vault.backup_made is not None and f"-{revision}-" in vault.backup_made.name
        assert not vault.backup_made.exists()  # removed once the upgraded database passed its check
    assert migrate.current_revision(vault.engine) == SCHEMA_HEAD
    with vault.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
    report = verify_audit_log(_uow(vault))
    assert report.ok, report.message
    with _uow(vault) as uow:
        actions = [entry.action for entry in uow.audit.entries()]
    assert actions == _actions_written(revision)
    assert (vault_dir / "audit-anchor.json").is_file()  # made or kept at the upgrade

    (entity,) = entity_service.list_entities(_uow(vault))
    assert (entity.name, entity.address, entity.dpo_contact) == (
        ENTITY,
        "3 rue des Écoles\n57000 Metz",
        "dpo@lycee-exemple.example",
    )
    first = request_service.get_request(_uow(vault), FIRST)
    assert (first.type, first.received_on, first.entity) == ("access", date(2026, 3, 2), ENTITY)
    assert (first.requester_name, first.requester_email) == (
        "Hélène Curie",
        "helene.curie@example.fr",
    )
    assert first.requester_address == "36 quai de Béthune\n75004 Paris"
    assert first.summary == "Copie de son dossier scolaire."
    second = request_service.get_request(_uow(vault), SECOND)
    assert (second.type, second.requester_name) == ("erasure", "Łukasz Wałęsa")
    assert second.requester_email == "lukasz@example.pl"
    assert second.extended_on == date(2026, 3, 20)
    assert second.extension_reason == EXTENSION_REASON
    assert [event.action for event in second.timeline] == ["request.registered", "request.extended"]
    # before 0012 the log kept the reason's text, since then its number: both read back alike
    assert second.timeline[1].details["reason"] == EXTENSION_REASON

    # searchable, ignoring accents and case: the folded keys and the index of today's code
    assert _found(vault, search="helene") == [FIRST]
    assert _found(vault, search="LUKASZ walesa") == [SECOND]
    assert _found(vault, search="Łukasz") == [SECOND]
    assert _found(vault, entity="lycee exemple") == [FIRST, SECOND]

    if revision >= NOTES_SINCE:
        assert [(note.author, note.text) for note in first.notes] == [("Marie Dupont", NOTE_TEXT)]
        (document,) = first.documents
        assert (document.kind, document.filename, document.size) == (
            "letter",
            "courrier-reçu.txt",
            len(DOCUMENT_TEXT.encode()),
        )
        store = DocumentStore(vault.documents_dir, vault.database_key)
        opened = open_document(_uow(vault), store, FIRST, document.document_id)
        assert opened.content == DOCUMENT_TEXT.encode()
    else:
        assert (first.notes, first.documents) == ((), ())
    if revision >= REGISTER_SINCE:
        activities = register_service.list_activities(_uow(vault), ENTITY)
        assert [(a.name, a.legal_basis) for a in activities] == [
            ("Scolarité", "Mission d'intérêt public")
        ]
        wording = letter_service.letter_wording(_uow(vault), ENTITY, "acknowledgement", "fr")
        assert wording.is_override and wording.text == WORDING

    added = request_service.register_request(
        _uow(vault),
        type=RequestType.OBJECTION,
        received_on=date(2026, 3, 23),
        name="Zoé Faure",
        email="zoe.faure@example.fr",
        entity="lycee exemple",
    )
    assert added.reference == "DSR-2026-0003"
    assert _found(vault, search="zoe") == ["DSR-2026-0003"]
    assert verify_audit_log(_uow(vault)).ok
    with _uow(vault) as uow:
        assert [entry.action for entry in uow.audit.entries()][-1] == "request.registered"
    vault.close()
