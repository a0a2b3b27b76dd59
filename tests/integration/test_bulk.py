"""Bulk insert into a real SQLCipher vault, read back through the ORM mapping."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, Table, func, insert, select
from sqlalchemy.orm import Session

from dsr_desk.demo.entities import demo_entities
from dsr_desk.demo.requests import build_demo_requests
from dsr_desk.domain.documents import DocumentKind, DocumentRecord, Note
from dsr_desk.domain.entities import Entity, Role
from dsr_desk.domain.errors import NotFound
from dsr_desk.domain.requests import Request, Status, format_reference
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.storage import tables
from dsr_desk.storage.bulk import bulk_insert
from dsr_desk.storage.engine import create_vault_engine
from dsr_desk.storage.mapping import start_mappers

TODAY = date(2026, 5, 20)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    start_mappers()
    engine = create_vault_engine(tmp_path / "x.db", os.urandom(32))
    tables.metadata.create_all(engine)
    yield engine
    engine.dispose()


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


@pytest.mark.parametrize("use_returning", [None, True], ids=["preassigned-ids", "returning"])
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
