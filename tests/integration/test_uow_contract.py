"""One contract for both units of work: each test runs on the in-memory fake the service unit
tests use (tests/fakes.py), on the real SqlUnitOfWork over a SQLCipher vault, and on the same
SqlUnitOfWork over a team database on PostgreSQL (a throwaway cluster; its audit anchor is a
file on the client, as in team mode), so the fake cannot drift from what the databases do
(add, get, list and update through the repositories, settings, the audit chain and its
anchor, rollback unless committed, on an error too, and the changes published on commit
only)."""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.audit import GENESIS_HASH, ChainHead, verify_chain
from dsr_desk.domain.changes import Changes, collect_changes
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind, DocumentRecord, Note
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import Outcome, Request, RequestType
from dsr_desk.storage.audit_anchor import EMPTY_HEAD, AuditAnchor
from dsr_desk.storage.pg_engine import create_team_engine, team_session_factory
from dsr_desk.storage.unit_of_work import SqlUnitOfWork, UnitOfWork
from dsr_desk.storage.vault import Unlock, create_vault, open_vault
from tests.fakes import FakeUnitOfWork
from tests.integration.cli_helpers import PASSPHRASE
from tests.team_keys import with_team_key

CLOCK = FixedClock.on(date(2026, 3, 20))
NewUnitOfWork = Callable[[], UnitOfWork]


class Boom(Exception):
    pass


@pytest.fixture(scope="module")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One new vault for the module (argon2 and the migrations paid once); each test opens
    its own copy with the recovery key, which needs no key derivation."""
    folder = tmp_path_factory.mktemp("uow-contract") / "vault"
    vault, recovery_key = create_vault(folder, CLOCK, passphrase=PASSPHRASE)
    vault.close()
    return folder, recovery_key


@pytest.fixture(params=["fake", "sql", pytest.param("pg", marks=pytest.mark.postgres)])
def new_uow(
    request: pytest.FixtureRequest, data_dir: Path, template_vault: tuple[Path, str]
) -> Iterator[NewUnitOfWork]:
    """A maker of units of work over one store: the fake keeps its store in itself (the unit
    tests reuse one instance), the real one in a vault or a team database of its own."""
    if request.param == "fake":
        fake = FakeUnitOfWork(CLOCK, "tester")
        yield lambda: fake
        return
    if request.param == "pg":
        engine = create_team_engine(request.getfixturevalue("pg_url"))
        with_team_key(engine)
        anchor = AuditAnchor(data_dir, secrets.token_bytes(32))
        anchor.write(EMPTY_HEAD)
        sessions = team_session_factory(engine, anchor)
        yield lambda: SqlUnitOfWork(sessions, CLOCK, "tester")
        engine.dispose()
        return
    template, recovery_key = template_vault
    shutil.copytree(template, data_dir / "vault")
    vault = open_vault(data_dir / "vault", CLOCK, Unlock(recovery_key=recovery_key))
    yield lambda: SqlUnitOfWork(vault.session_factory, CLOCK, "tester")
    vault.close()


def _request(
    reference: str,
    *,
    name: str = "Hélène Curie",
    email: str | None = "Helene.Curie@Example.fr",
    entity: Entity | None = None,
    received_on: date = date(2026, 3, 2),
) -> Request:
    return Request.register(
        reference=reference,
        type=RequestType.ACCESS,
        received_on=received_on,
        requester=Requester(name=name, email=email),
        entity=entity or Entity(name="Lycée Exemple"),
        today=CLOCK.today(),
    )


def _nothing_kept(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        assert uow.entities.list() == []
        assert uow.entities.get("Lycée Exemple") is None
        assert uow.requests.get("DSR-2026-0001") is None
        assert uow.requests.last_number(2026) == 0
        assert uow.requesters.find_by_email("helene.curie@example.fr") == []
        assert uow.settings.all() == {}
        assert uow.audit.head() is None
        assert list(uow.audit.entries()) == []


def _change_everything(uow: UnitOfWork) -> None:
    entity = Entity(name="Lycée Exemple")
    uow.entities.add(entity)
    uow.requests.add(_request("DSR-2026-0001", entity=entity))
    uow.settings.set("idle_lock_minutes", "5")
    uow.record("request.registered", "DSR-2026-0001", type="access")


# -- entities -------------------------------------------------------------------------------


def test_entities_add_get_by_name_ignoring_case_and_accents_and_list(
    new_uow: NewUnitOfWork,
) -> None:
    with new_uow() as uow:
        uow.entities.add(Entity(name="École Pilote", address="1 rue Haute"))
        uow.entities.add(Entity(name="Collège Exemple"))
        assert uow.entities.get("ecole pilote") is not None  # seen before the commit too
        uow.commit()
    with new_uow() as uow:
        assert [e.name for e in uow.entities.list()] == ["École Pilote", "Collège Exemple"]
        found = uow.entities.get("École Pilote")
        assert found is not None and found.address == "1 rue Haute"
        assert uow.entities.get("ÉCOLE PILOTE") is found
        assert uow.entities.get("ecole pilote") is found
        assert uow.entities.get("Ecole") is None


def test_an_entity_changed_is_kept_only_when_committed(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        uow.entities.add(Entity(name="École Pilote", address="1 rue Haute"))
        uow.commit()
    with new_uow() as uow:
        entity = uow.entities.get("École Pilote")
        assert entity is not None
        entity.address = "2 rue Basse"
    with new_uow() as uow:
        entity = uow.entities.get("École Pilote")
        assert entity is not None and entity.address == "1 rue Haute"
        entity.address = "3 place Neuve"
        uow.commit()
    with new_uow() as uow:
        entity = uow.entities.get("École Pilote")
        assert entity is not None and entity.address == "3 place Neuve"


# -- requesters and requests -----------------------------------------------------------------


def test_requesters_found_by_email_ignoring_its_case(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        uow.requesters.add(Requester(name="Hélène Curie", email="Helene.Curie@Example.fr"))
        uow.requesters.add(Requester(name="H. Curie", email="helene.curie@example.fr"))
        uow.requesters.add(Requester(name="Sans Courriel"))
        uow.commit()
    with new_uow() as uow:
        found = uow.requesters.find_by_email("HELENE.CURIE@example.fr")
        assert sorted(r.name for r in found) == ["H. Curie", "Hélène Curie"]
        assert {r.email for r in found} == {"helene.curie@example.fr"}
        assert uow.requesters.find_by_email("nobody@example.fr") == []


def test_requests_add_get_number_and_select(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        school, college = Entity(name="Lycée Exemple"), Entity(name="Collège Exemple")
        uow.entities.add(school)
        uow.entities.add(college)
        helene = Requester(name="Hélène Curie", email="helene.curie@example.fr")
        uow.requesters.add(helene)
        first = _request("DSR-2026-0001", entity=school)
        first.requester = helene
        second = _request("DSR-2026-0007", entity=school, received_on=date(2026, 3, 1))
        second.requester = helene
        uow.requests.add(first)
        uow.requests.add(second)
        uow.requests.add(_request("DSR-2026-0003", name="Łukasz Wałęsa", entity=college))
        uow.requests.add(_request("DSR-2025-0042", name="Zoé Faure", entity=school))
        assert uow.requests.last_number(2026) == 7  # seen before the commit too
        uow.commit()
    with new_uow() as uow:
        loaded = uow.requests.get("DSR-2026-0001")
        assert loaded is not None
        assert (loaded.requester.name, loaded.entity.name) == ("Hélène Curie", "Lycée Exemple")
        assert (loaded.type, loaded.received_on) == (RequestType.ACCESS, date(2026, 3, 2))
        assert uow.requests.get("DSR-2026-0002") is None
        assert uow.requests.last_number(2026) == 7
        assert uow.requests.last_number(2025) == 42
        assert uow.requests.last_number(2024) == 0
        assert sorted(r.reference for r in uow.requests.open_for_entity("Lycée Exemple")) == [
            "DSR-2025-0042",
            "DSR-2026-0001",
            "DSR-2026-0007",
        ]
        assert [r.reference for r in uow.requests.same_requester_and_entity(loaded)] == [
            "DSR-2026-0007",  # oldest first
            "DSR-2026-0001",
        ]


def test_a_request_brings_its_new_requester_and_entity_along(new_uow: NewUnitOfWork) -> None:
    """Adding a request keeps the requester and the entity it holds, as SQLAlchemy's cascade
    does, even when they were not added through their own repositories."""
    with new_uow() as uow:
        uow.requests.add(_request("DSR-2026-0001"))
        uow.commit()
    with new_uow() as uow:
        assert [e.name for e in uow.entities.list()] == ["Lycée Exemple"]
        (requester,) = uow.requesters.find_by_email("helene.curie@example.fr")
        assert requester.name == "Hélène Curie"
        loaded = uow.requests.get("DSR-2026-0001")
        assert loaded is not None and loaded.requester is requester


def test_a_request_changed_is_kept_only_when_committed(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        uow.requests.add(_request("DSR-2026-0001"))
        uow.commit()
    with new_uow() as uow:
        request = uow.requests.get("DSR-2026-0001")
        assert request is not None
        request.extend("Demande complexe.", CLOCK.today())
        request.add_note(Note(written_at=CLOCK.now(), author="tester", text="Rappeler."))
        request.requester.postal_address = "36 quai de Béthune"
    with new_uow() as uow:
        request = uow.requests.get("DSR-2026-0001")
        assert request is not None
        assert (request.extended_on, request.extension_reason, request.notes) == (None, None, [])
        assert request.requester.postal_address == ""
        request.extend("Demande complexe.", CLOCK.today())
        request.add_note(Note(written_at=CLOCK.now(), author="tester", text="Rappeler."))
        uow.commit()
    with new_uow() as uow:
        request = uow.requests.get("DSR-2026-0001")
        assert request is not None
        assert (request.extended_on, request.extension_reason) == (
            CLOCK.today(),
            "Demande complexe.",
        )
        assert [note.text for note in request.notes] == ["Rappeler."]


def _document(number: int, kind: DocumentKind) -> DocumentRecord:
    return DocumentRecord(
        document_id=f"{number:032x}",
        kind=kind,
        filename=f"piece-{number}.pdf",
        media_type="application/pdf",
        size=1000,
        sha256="0" * 64,
        stored_name=f"{number:032x}.dsrdoc",
        added_at=CLOCK.now(),
        added_by="tester",
        wrapped_key=b"k" * 40,
    )


def test_retention_finds_closed_requests_with_a_live_document_of_a_kind(
    new_uow: NewUnitOfWork,
) -> None:
    with new_uow() as uow:
        entity = Entity(name="Lycée Exemple")
        for number, (closed, kind, purged) in enumerate(
            [
                (True, DocumentKind.ID, False),  # the one to purge
                (True, DocumentKind.ID, True),  # already purged
                (True, DocumentKind.LETTER, False),  # another kind
                (False, DocumentKind.ID, False),  # still open
            ],
            start=1,
        ):
            request = _request(f"DSR-2026-{number:04d}", name=f"Personne {number}", entity=entity)
            document = _document(number, kind)
            request.attach(document, CLOCK.today())
            if purged:
                document.purge(CLOCK.now(), "test")
            if closed:
                request.close(Outcome.COMPLETED, CLOCK.today(), CLOCK.today())
            uow.requests.add(request)
        uow.commit()
    with new_uow() as uow:
        due = uow.requests.closed_with_live_documents(DocumentKind.ID)
        assert [r.reference for r in due] == ["DSR-2026-0001"]
        assert uow.requests.closed_with_live_documents(DocumentKind.EMAIL) == []


# -- settings -------------------------------------------------------------------------------


def test_settings_set_replace_and_read_back(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        assert uow.settings.all() == {}
        uow.settings.set("idle_lock_minutes", "5")
        uow.settings.set("language", "fr")
        uow.settings.set("idle_lock_minutes", "10")
        assert uow.settings.all() == {"idle_lock_minutes": "10", "language": "fr"}
        uow.commit()
    with new_uow() as uow:
        assert uow.settings.all() == {"idle_lock_minutes": "10", "language": "fr"}
        uow.settings.set("language", "en")
    with new_uow() as uow:
        assert uow.settings.all()["language"] == "fr"


# -- audit ----------------------------------------------------------------------------------


def test_audit_appends_a_chain_that_verifies_against_its_anchor(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        assert uow.audit.head() is None
        assert uow.audit.anchor() in (None, ChainHead(0, GENESIS_HASH))  # nothing anchored yet
        first = uow.audit.append(
            at=CLOCK.now(),
            user="tester",
            action="entity.created",
            request_ref=None,
            details={"entity": "Lycée Exemple"},
        )
        uow.record("request.registered", "DSR-2026-0001", type="access", summary=None)
        head_now = uow.audit.head()
        assert head_now is not None and head_now.seq == 2
        uow.commit()
    with new_uow() as uow:
        entries = list(uow.audit.entries())
        head = uow.audit.head()
        assert entries[0] == first
        assert (first.seq, first.prev_hash) == (1, GENESIS_HASH)
        assert [(e.seq, e.action, e.request_ref) for e in entries] == [
            (1, "entity.created", None),
            (2, "request.registered", "DSR-2026-0001"),
        ]
        assert entries[1].prev_hash == first.hash
        assert entries[1].details == {"type": "access"}  # None values are not recorded
        assert entries[1].at == "2026-03-20T09:00:00.000000+00:00"  # CLOCK.now(), as text
        assert entries[1].user == "tester"
        assert head == ChainHead(2, entries[1].hash)
        assert uow.audit.anchor() == head  # advanced after the commit
        assert verify_chain(entries, head, uow.audit.anchor()).ok
        assert [e.seq for e in uow.audit.entries("DSR-2026-0001")] == [2]
        uow.record("request.viewed", "DSR-2026-0001")
        assert uow.audit.anchor() == head  # not before the commit
    with new_uow() as uow:
        assert uow.audit.head() == head
        assert len(list(uow.audit.entries())) == 2


# -- the transaction ------------------------------------------------------------------------


def test_nothing_is_kept_when_the_block_is_left_without_commit(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        _change_everything(uow)
        assert uow.requests.get("DSR-2026-0001") is not None
        assert uow.requesters.find_by_email("helene.curie@example.fr") != []
    _nothing_kept(new_uow)


def test_an_error_inside_the_block_rolls_everything_back(new_uow: NewUnitOfWork) -> None:
    def fail_midway(uow: UnitOfWork) -> None:
        with uow:
            _change_everything(uow)
            raise Boom

    with pytest.raises(Boom):
        fail_midway(new_uow())
    _nothing_kept(new_uow)


def test_everything_is_kept_once_committed(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        _change_everything(uow)
        uow.commit()
    with new_uow() as uow:
        assert [e.name for e in uow.entities.list()] == ["Lycée Exemple"]
        assert uow.requests.get("DSR-2026-0001") is not None
        assert len(uow.requesters.find_by_email("helene.curie@example.fr")) == 1
        assert uow.settings.all() == {"idle_lock_minutes": "5"}
        assert [e.action for e in uow.audit.entries()] == ["request.registered"]


def test_what_follows_a_commit_in_the_block_needs_its_own_commit(new_uow: NewUnitOfWork) -> None:
    with new_uow() as uow:
        uow.entities.add(Entity(name="Lycée Exemple"))
        uow.record("entity.created", None, entity="Lycée Exemple")
        uow.commit()
        uow.settings.set("language", "en")
        uow.entities.add(Entity(name="Collège Exemple"))
        uow.record("settings.changed", None)
    with new_uow() as uow:
        assert [e.name for e in uow.entities.list()] == ["Lycée Exemple"]
        assert uow.settings.all() == {}
        assert [e.action for e in uow.audit.entries()] == ["entity.created"]


def test_an_explicit_rollback_drops_the_changes_and_the_block_goes_on(
    new_uow: NewUnitOfWork,
) -> None:
    with new_uow() as uow:
        uow.entities.add(Entity(name="Lycée Exemple"))
        uow.rollback()
        uow.entities.add(Entity(name="Collège Exemple"))
        uow.commit()
    with new_uow() as uow:
        assert [e.name for e in uow.entities.list()] == ["Collège Exemple"]


def test_what_changed_is_published_on_commit_only(new_uow: NewUnitOfWork) -> None:
    def fail_midway(uow: UnitOfWork) -> None:
        with uow:
            uow.record("entity.created", None)
            raise Boom

    with collect_changes() as collected:
        with new_uow() as uow:
            _change_everything(uow)  # left without commit
        with pytest.raises(Boom):
            fail_midway(new_uow())
        with new_uow() as uow:
            uow.record("settings.changed", None)
            uow.rollback()  # dropped, the block goes on
            uow.record("entity.created", None)
            uow.commit()
            uow.record("register.imported", None)  # after the commit, never committed
        assert collected.changes == Changes(entities=True, audit=True)
        with new_uow() as uow:
            _change_everything(uow)
            uow.commit()
    assert collected.changes == Changes(
        requests=frozenset({"DSR-2026-0001"}), entities=True, audit=True
    )
