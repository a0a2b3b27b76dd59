"""Bulk insert into a real SQLCipher vault and into a team database on PostgreSQL
(``read_stores``), read back through the ORM mapping."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, Table, func, insert, select
from sqlalchemy.orm import Session

from dsr_desk.demo.entities import demo_entities
from dsr_desk.demo.requests import build_demo_requests
from dsr_desk.domain.documents import DocumentKind, DocumentRecord, Note
from dsr_desk.domain.entities import Entity, Role
from dsr_desk.domain.errors import NotFound
from dsr_desk.domain.requests import Request, RequestType, Status, format_reference
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.services.read.queries import RequestFilter, list_requests
from dsr_desk.services.requests import register_request
from dsr_desk.storage import tables
from dsr_desk.storage.bulk import bulk_insert
from tests.integration.read_stores import Store

TODAY = date(2026, 5, 20)


@pytest.fixture
def engine(store: Store) -> Engine:
    """The engine of a new store: a SQLCipher vault, or a team database on PostgreSQL (whose
    personal fields the team key encrypts and whose ids come from the sequences)."""
    return store.engine


def _add_entities(session: Session, entities: Sequence[Entity]) -> dict[str, int]:
    ids = {}
    for entity in entities:
        result = session.execute(
            insert(tables.entities).values(
                name=entity.name,
                address=entity.address,
                dpo_contact=entity.dpo_contact,
                country=entity.country,
                subdivision=entity.subdivision,
                role=entity.role,
                suspension_policy=entity.suspension_policy,
                retention_access_years=entity.retention_access_years,
                retention_objection_years=entity.retention_objection_years,
                retention_other_years=entity.retention_other_years,
                minimisation=entity.minimisation,
            )
        )
        assert result.inserted_primary_key is not None
        ids[entity.name] = int(result.inserted_primary_key[0])
    session.commit()
    return ids


def _count(session: Session, table: Table) -> int:
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def _load(engine: Engine, references: Sequence[str]) -> dict[str, Request]:
    with Session(engine) as session:
        statement = select(Request).where(tables.requests.c.reference.in_(references))
        loaded = session.scalars(statement).unique().all()
        session.expunge_all()
    return {r.reference: r for r in loaded}


def _same_request(loaded: Request, built: Request) -> None:
    for attribute in (
        "reference",
        "type",
        "channel",
        "status",
        "received_on",
        "summary",
        "assignee",
        "extended_on",
        "extension_reason",
        "closed_on",
        "outcome_reason",
        "last_contact_on",
        "due_on",
        "on_hold",
    ):
        assert getattr(loaded, attribute) == getattr(built, attribute), attribute
    assert type(loaded.status) is Status
    for attribute in ("name", "email", "postal_address", "phone", "language"):
        assert getattr(loaded.requester, attribute) == getattr(built.requester, attribute)
    for attribute in ("name", "role", "suspension_policy", "subdivision", "minimisation"):
        assert getattr(loaded.entity, attribute) == getattr(built.entity, attribute)
    assert [
        (s.asked_on, s.kind, s.reason, s.policy, s.received_on) for s in loaded.suspensions
    ] == [(s.asked_on, s.kind, s.reason, s.policy, s.received_on) for s in built.suspensions]
    checks = [
        (
            c.method,
            c.checked_by,
            c.checked_on,
            c.outcome,
            c.document_kind,
            c.number_last_chars,
            c.note,
        )
        for c in loaded.identity_checks
    ]
    assert checks == [
        (
            c.method,
            c.checked_by,
            c.checked_on,
            c.outcome,
            c.document_kind,
            c.number_last_chars,
            c.note,
        )
        for c in built.identity_checks
    ]
    assert [(n.written_at, n.author, n.text) for n in loaded.notes] == [
        (n.written_at, n.author, n.text) for n in built.notes
    ]
    document_fields = ("document_id", "kind", "filename", "size", "sha256", "added_at")
    document_fields += ("added_by", "wrapped_key", "purged_at", "purge_rule", "stored_name")
    assert [tuple(getattr(d, f) for f in document_fields) for d in loaded.documents] == [
        tuple(getattr(d, f) for f in document_fields) for d in built.documents
    ]
    assert loaded.deadlines() == built.deadlines()


def _add_paperwork(request: Request) -> None:
    """Notes and document records (the demo has none) must be carried over as well (appended
    directly: some requests are closed objections, whose archive the rules keep read-only)."""
    at = datetime(2026, 5, 2, 14, 30, 15, 123456, tzinfo=UTC)
    request.notes.append(
        Note(written_at=at, author="Camille Rousseau", text="Relance par téléphone")
    )
    request.notes.append(Note(written_at=at, author="Julien Marchand", text="Réponse envoyée"))
    for number, kind in enumerate((DocumentKind.ID, DocumentKind.LETTER), start=1):
        request.documents.append(
            DocumentRecord(
                document_id=f"{number:032x}",
                kind=kind,
                filename=f"piece-{number}.pdf",
                media_type="application/pdf",
                size=1000 * number,
                sha256=f"{number:064x}",
                stored_name=f"{number:064x}",
                added_at=at,
                added_by="Camille Rousseau",
                wrapped_key=bytes([number]) * 40,
            )
        )


def _count_notes_and_documents(engine: Engine) -> tuple[int, int]:
    with Session(engine) as session:
        return _count(session, tables.notes), _count(session, tables.documents)


def _interesting(requests: Sequence[Request]) -> list[Request]:
    """One request of each kind worth comparing, plus two from a requester who wrote twice."""
    picks = [
        next(r for r in requests if len(r.suspensions) >= 2),
        next(r for r in requests if r.open_suspension is not None),
        next(r for r in requests if r.is_extended),
        next(r for r in requests if r.status is Status.REFUSED),
        next(r for r in requests if r.status is Status.FORWARDED),
        next(r for r in requests if r.status is Status.RECEIVED),
        next(
            r
            for r in requests
            if any(c.method is VerificationMethod.ID_DOCUMENT for c in r.identity_checks)
        ),
        next(r for r in requests if r.requester.email is None),
    ]
    per_person = Counter(id(r.requester) for r in requests)
    repeated = next(key for key, n in per_person.items() if n >= 2)
    picks += [r for r in requests if id(r.requester) == repeated][:2]
    return list({r.reference: r for r in picks}.values())  # one of each, in order


# the default: ids pre-assigned on SQLite, from the sequences (RETURNING) on PostgreSQL
@pytest.mark.parametrize("use_returning", [None, True], ids=["default-ids", "returning"])
def test_bulk_insert_round_trips_through_the_orm(
    engine: Engine, use_returning: bool | None
) -> None:
    entities = demo_entities()
    requests = build_demo_requests(1200, entities, TODAY, seed=5)
    _add_paperwork(requests[3])
    with Session(engine) as session:
        entity_ids = _add_entities(session, entities)
        inserted = bulk_insert(
            session, entity_ids, requests, chunk_size=250, use_returning=use_returning
        )
        session.commit()
        assert inserted == len(requests)
        assert _count(session, tables.requests) == len(requests)
        assert _count(session, tables.requesters) == len({id(r.requester) for r in requests})
        assert _count(session, tables.suspensions) == sum(len(r.suspensions) for r in requests)
        assert _count(session, tables.identity_checks) == sum(
            len(r.identity_checks) for r in requests
        )

    picks = _interesting(requests)
    sample = list({r.reference: r for r in [requests[3], *picks]}.values())
    loaded = _load(engine, [r.reference for r in sample])
    assert len(loaded) == len(sample)
    for built in sample:
        _same_request(loaded[built.reference], built)
    first, second = picks[-2:]  # the same person wrote twice: one row, one object
    assert first.requester is second.requester
    assert loaded[first.reference].requester is loaded[second.reference].requester
    forwarded = next(r for r in sample if r.status is Status.FORWARDED)
    processor = next(e for e in entities if e.role is Role.PROCESSOR)
    assert loaded[forwarded.reference].entity.name == processor.name
    assert _count_notes_and_documents(engine) == (2, 2)


def test_a_second_bulk_insert_appends_after_existing_rows(engine: Engine) -> None:
    entities = demo_entities()
    first = build_demo_requests(300, entities, TODAY, seed=1)
    second = build_demo_requests(300, entities, TODAY, seed=2)
    for number, request in enumerate(second, start=1):
        request.reference = format_reference(2099, number)
    with Session(engine) as session:
        entity_ids = _add_entities(session, entities)
        bulk_insert(session, entity_ids, first)
        session.commit()
        bulk_insert(session, entity_ids, second)
        session.commit()
        assert _count(session, tables.requests) == 600
    loaded = _load(engine, [first[-1].reference, second[0].reference, second[-1].reference])
    _same_request(loaded[first[-1].reference], first[-1])
    _same_request(loaded[second[0].reference], second[0])
    _same_request(loaded[second[-1].reference], second[-1])


def test_nothing_is_written_for_an_unknown_entity_and_nothing_is_committed(
    engine: Engine,
) -> None:
    entities = demo_entities()
    requests = build_demo_requests(50, entities, TODAY)
    with Session(engine) as session:
        entity_ids = _add_entities(session, entities[:1])
        with pytest.raises(NotFound, match="Unknown entities"):
            bulk_insert(session, entity_ids, requests)
        assert _count(session, tables.requests) == 0
        entity_ids = _add_entities(session, entities[1:]) | entity_ids
        assert bulk_insert(session, entity_ids, requests) == 50
        session.rollback()  # the caller owns the transaction
        assert _count(session, tables.requests) == 0
        assert _count(session, tables.requesters) == 0
        assert bulk_insert(session, entity_ids, []) == 0


def test_bulk_rows_are_searched_encrypted_and_followed_by_the_app_s_own_inserts(
    store: Store,
) -> None:
    """What differs on a team database: the requesters' blind index is written (the search
    finds them), their personal fields are stored encrypted, and the ids come from the
    sequences, so a request the app logs afterwards does not collide with a bulk one."""
    entities = demo_entities()
    requests = build_demo_requests(200, entities, TODAY, seed=3)
    with Session(store.engine) as session:
        entity_ids = _add_entities(session, entities)
        assert bulk_insert(session, entity_ids, requests, chunk_size=64) == 200
        session.commit()
    person = next(r.requester for r in requests[150:] if r.requester.email)
    theirs = {r.reference for r in requests if r.requester is person}

    logged = register_request(
        store.uow(),
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 2),
        name="Zéphyrine Canari-Bulk",
        entity=entities[0].name,
    )
    assert store.sql("SELECT count(*) FROM requests") == [(201,)]
    assert store.sql("SELECT count(*) FROM requesters") == [
        (len({id(r.requester) for r in requests}) + 1,)
    ]
    with store.uow() as uow:
        today = uow.clock.today()
        by_name = list_requests(uow.dbapi_connection, today, RequestFilter(search=person.name))
        by_email = list_requests(
            uow.dbapi_connection, today, RequestFilter(search=str(person.email).upper())
        )
        new = list_requests(uow.dbapi_connection, today, RequestFilter(search="canari-bulk"))
    assert theirs <= {row.reference for row in by_name}
    assert theirs <= {row.reference for row in by_email}
    assert [row.reference for row in new] == [logged.reference]
    stored = {str(row[0]) for row in store.sql("SELECT name FROM requesters")}
    assert (person.name in stored) is not store.is_team  # ciphertext on the server
