"""Possible duplicate requesters, read in plain SQL (``services.read.duplicates``) on a DB-API
connection to an in-memory database: same e-mail, or the same name whatever its case, accents,
hyphens and spacing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import create_engine, insert

from dsr_desk.services.read.duplicates import (
    DuplicateHint,
    KnownRequest,
    describe_requests,
    find_possible_duplicates,
    name_key,
)
from dsr_desk.storage import tables
from dsr_desk.storage.plain_sql import SqlConnection


@pytest.fixture
def db() -> Iterator[SqlConnection]:
    engine = create_engine("sqlite://")  # in memory: one connection, kept for the test
    tables.metadata.create_all(engine)
    with engine.connect() as connection:
        connection.execute(
            insert(tables.entities),
            [
                {
                    "id": 1,
                    "name": "Exemple",
                    "country": "FR",
                    "role": "controller",
                    "suspension_policy": "restart",
                    "retention_access_years": 1,
                    "retention_objection_years": 3,
                    "retention_other_years": 3,
                },
            ],
        )
        people = [
            (1, "Jeanne Martin", "jeanne@exemple.fr"),
            (2, "Hélène Côté", "helene@exemple.fr"),
            (3, "Jean-Pierre Dupont", None),
            (4, "Paul Durand", "paul@exemple.fr"),
            (5, "Lætitia Ørsted", None),
        ]
        connection.execute(
            insert(tables.requesters),
            [
                {
                    "id": i,
                    "name": n,
                    "email": e,
                    "postal_address": "",
                    "phone": "",
                    "language": "fr",
                }
                for i, n, e in people
            ],
        )
        rows = [
            ("DSR-2025-0031", 1, "completed", date(2025, 6, 2)),
            ("DSR-2026-0004", 1, "in-progress", date(2026, 2, 10)),
            ("DSR-2026-0007", 2, "received", date(2026, 3, 1)),
            ("DSR-2026-0009", 3, "awaiting-information", date(2026, 3, 5)),
        ]
        connection.execute(
            insert(tables.requests),
            [
                {
                    "reference": ref,
                    "type": "access",
                    "channel": "email",
                    "status": status,
                    "received_on": day,
                    "entity_id": 1,
                    "requester_id": rid,
                    "summary": "",
                    "due_on": day + timedelta(days=30),
                    "on_hold": False,
                }
                for ref, rid, status, day in rows
            ],
        )
        connection.commit()
        yield connection.connection.dbapi_connection  # the reader sees plain DB-API only


def test_same_email_is_found_with_references_newest_first(db: SqlConnection) -> None:
    [hint] = find_possible_duplicates(db, "", "  JEANNE@exemple.fr ")
    assert (hint.name, hint.email, hint.same_email, hint.same_name) == (
        "Jeanne Martin",
        "jeanne@exemple.fr",
        True,
        False,
    )
    assert hint.requests == (
        KnownRequest("DSR-2026-0004", "in-progress"),
        KnownRequest("DSR-2025-0031", "completed"),
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jeanne martin", "Jeanne Martin"),
        ("JEANNE  MARTIN", "Jeanne Martin"),
        ("Helene Cote", "Hélène Côté"),
        ("HÉLÈNE CÔTÉ", "Hélène Côté"),
        ("Jean Pierre Dupont", "Jean-Pierre Dupont"),
        ("laetitia orsted", "Lætitia Ørsted"),
    ],
)
def test_same_name_ignoring_case_accents_and_hyphens(
    db: SqlConnection, typed: str, expected: str
) -> None:
    assert [h.name for h in find_possible_duplicates(db, typed, None)] == [expected]


def test_part_of_a_name_or_other_people_are_not_duplicates(db: SqlConnection) -> None:
    assert find_possible_duplicates(db, "Jeanne", None) == []
    assert find_possible_duplicates(db, "Jeanne Martine", "someone@else.fr") == []
    assert find_possible_duplicates(db, "", "not an address") == []
    assert find_possible_duplicates(db, "  ", None) == []


def test_email_and_name_matches_are_combined_and_ordered(db: SqlConnection) -> None:
    hints = find_possible_duplicates(db, "Paul Durand", "jeanne@exemple.fr")
    assert [(h.name, h.same_email, h.same_name) for h in hints] == [
        ("Jeanne Martin", True, False),
        ("Paul Durand", False, True),
    ]
    assert hints[1].requests == ()


def test_name_key_folds_everything_but_letters_and_digits() -> None:
    assert name_key("  D'Artagnan—de  Castelmore ") == "d artagnan de castelmore"
    assert name_key("Ærøskøbing Straße") == "aeroskobing strasse"


def test_hints_are_described_with_their_requests() -> None:
    hint = DuplicateHint(
        "Jeanne Martin", None, False, True, (KnownRequest("DSR-2026-0004", "in-progress"),), 2
    )
    assert describe_requests(hint.requests, hint.more_requests) == (
        "DSR-2026-0004 (in progress), and 2 older"
    )
    assert describe_requests(()) == "no request on file"
