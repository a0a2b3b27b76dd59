"""Dashboard, requesters and audit-page queries on a real SQLCipher vault and on a team database
on PostgreSQL (``read_stores``), with requests put in known states through the services: the
same data, the same answers. Today is Friday 20 March 2026 (French calendar)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import InformationKind, Outcome, RequestType
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.services import requests as svc
from dsr_desk.services.entities import create_entity
from dsr_desk.services.read import audit_queries as audit
from dsr_desk.services.read import dashboard as dash
from dsr_desk.services.read import requester_queries as people
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.read_stores import POSTGRES, SQLCIPHER, STORES, Store, open_store

TODAY = date(2026, 3, 20)
A, E = RequestType.ACCESS, RequestType.ERASURE


@dataclass
class Office:
    store: Store
    refs: dict[str, str]

    def uow(self) -> SqlUnitOfWork:
        return self.store.uow()


def _add(
    office: Office,
    key: str,
    rtype: RequestType,
    received: date,
    name: str,
    email: str | None = None,
) -> str:
    detail = svc.register_request(
        office.uow(), type=rtype, received_on=received, name=name, email=email
    )
    office.refs[key] = detail.reference
    return detail.reference


def _closed(
    office: Office,
    key: str,
    rtype: RequestType,
    received: date,
    closed: date,
    name: str,
    outcome: Outcome = Outcome.COMPLETED,
    email: str | None = None,
) -> None:
    ref = _add(office, key, rtype, received, name, email)
    reason = "Identity not established" if outcome is Outcome.REFUSED else None
    late = "Recorded afterwards from the paper file"  # back-dated closures (some were late)
    svc.close(office.uow(), ref, outcome, reason=reason, on=closed, late_reason=late)


@pytest.fixture(scope="module", params=STORES)
def office(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Office]:
    with open_store(request, tmp_path_factory.mktemp("dashboard"), FixedClock.on(TODAY)) as store:
        yield _filled(Office(store, {}))


def _filled(office: Office) -> Office:
    create_entity(office.uow(), name="Lycée Exemple")  # FR, restart policy
    # -- open requests ------------------------------------------------------------------------
    ref_a = _add(office, "A", A, date(2026, 2, 10), "Jeanne Martin", "jeanne@exemple.fr")
    svc.start_processing(office.uow(), ref_a)  # due 10/03: overdue
    svc.record_identity_check(office.uow(), ref_a, VerificationMethod.KNOWN_EMAIL)
    _add(office, "B", E, date(2026, 2, 16), "Paul Durand")  # due 16/03: overdue
    _add(office, "C", A, date(2026, 2, 23), "Jeanne Martin", "jeanne@exemple.fr")  # due 23/03
    _add(
        office, "D", RequestType.OBJECTION, date(2026, 2, 27), "Chloé Petit", "chloe@exemple.fr"
    )  # due 27/03 (+7)
    ref_e = _add(office, "E", A, date(2026, 2, 28), "Marc Leroy")  # due Sat 28/03 → Mon 30/03
    svc.extend(office.uow(), ref_e, "Data spread over several schools")  # → 28/05
    ref_f = _add(office, "F", A, date(2026, 3, 18), "Amina Benali", "amina@exemple.fr")
    svc.ask_for_information(office.uow(), ref_f, InformationKind.IDENTITY, "ID card copy")
    ref_g = _add(office, "G", RequestType.RECTIFICATION, date(2026, 3, 2), "Luc Moreau")
    svc.ask_for_information(
        office.uow(), ref_g, InformationKind.CLARIFICATION, "Which data?", asked_on=date(2026, 3, 5)
    )
    ref_h = _add(office, "H", E, date(2026, 3, 3), "Inès Garnier")
    svc.ask_for_information(
        office.uow(), ref_h, InformationKind.IDENTITY, "ID", asked_on=date(2026, 3, 4)
    )
    svc.information_received(office.uow(), ref_h, received_on=date(2026, 3, 9))  # due 09/04
    # -- closed requests ----------------------------------------------------------------------
    jeanne = "jeanne@exemple.fr"
    _closed(office, "I", A, date(2026, 1, 5), date(2026, 1, 15), "Jeanne Martin", email=jeanne)
    _closed(office, "J", RequestType.MARKETING_OPT_OUT, date(2026, 1, 10), date(2026, 1, 30), "J")
    _closed(office, "K", A, date(2025, 12, 20), date(2026, 1, 2), "Karim Haddad")  # 13 days
    _closed(office, "L", E, date(2026, 2, 2), date(2026, 2, 5), "Léa Roux")  # 3 days
    _closed(office, "M", E, date(2026, 2, 3), date(2026, 2, 10), "Max Blanc")  # 7 days
    _closed(office, "N", A, date(2025, 3, 10), date(2025, 3, 31), "Nora Vidal")  # before window
    _closed(office, "O", E, date(2025, 4, 1), date(2025, 4, 30), "Olga Faure", Outcome.REFUSED)
    ref_p = _add(office, "P", A, date(2026, 3, 2), "Pia Lucas")  # refused while waiting for ID
    svc.ask_for_information(
        office.uow(), ref_p, InformationKind.IDENTITY, "ID", asked_on=date(2026, 3, 3)
    )
    svc.close(
        office.uow(),
        ref_p,
        Outcome.REFUSED,
        reason="No ID",
        on=date(2026, 3, 18),
        late_reason="recorded after the fact",
    )
    return office


def _summary(office: Office) -> dash.DashboardSummary:
    with office.uow() as uow:
        return dash.dashboard_summary(uow.dbapi_connection, TODAY)


def test_counts(office: Office) -> None:
    summary = _summary(office)
    assert summary.open == 8  # A B C D E F G H
    assert summary.overdue == 2  # A B; F and G are on hold
    assert summary.due_this_week == 2  # C (23/03) and D (27/03, the 7th day); E moved to May
    assert summary.awaiting_identity == 1  # F; H got its ID, P was refused, G waits for other


@pytest.mark.parametrize("office", [SQLCIPHER], indirect=True)
def test_the_open_counts_read_an_index_only(office: Office) -> None:
    """A cold start counts thousands of open requests: from the (status, due_on, on_hold)
    index alone, without fetching (and decrypting) each request's table page."""
    with office.uow() as uow:
        plan = uow.dbapi_connection.execute(
            "EXPLAIN QUERY PLAN " + dash.OPEN_COUNTS_SQL, dash.open_counts_parameters(TODAY)
        ).fetchall()
    details = [str(step[-1]) for step in plan]
    assert details and all("USING COVERING INDEX" in detail for detail in details), details


def test_upcoming_deadlines_list_the_overdue_first_then_from_today(office: Office) -> None:
    upcoming = _summary(office).upcoming
    refs = office.refs
    assert [row.reference for row in upcoming] == [
        refs["A"],
        refs["B"],
        refs["C"],
        refs["D"],
        refs["H"],
        refs["E"],
    ]
    assert [row.due_on for row in upcoming] == [
        date(2026, 3, 10),
        date(2026, 3, 16),
        date(2026, 3, 23),
        date(2026, 3, 27),
        date(2026, 4, 9),
        date(2026, 5, 28),
    ]
    assert [row.days_left for row in upcoming] == [-10, -4, 3, 7, 20, 69]
    assert [row.overdue for row in upcoming] == [True, True, False, False, False, False]
    assert upcoming[2].requester == "Jeanne Martin"
    assert upcoming[2].email == "jeanne@exemple.fr"
    assert upcoming[-1].extended
    assert not any(row.on_hold for row in upcoming)  # F and G wait for the requester


def test_upcoming_is_limited(office: Office) -> None:
    with office.uow() as uow:
        rows = dash.upcoming_deadlines(uow.dbapi_connection, TODAY, limit=1)
    assert [row.reference for row in rows] == [office.refs["A"], office.refs["C"]]


def test_requests_received_per_month_by_type(office: Office) -> None:
    summary = _summary(office)
    assert summary.months == [f"2025-{m:02d}" for m in range(4, 13)] + [
        "2026-01",
        "2026-02",
        "2026-03",
    ]
    assert summary.per_month == [
        ("2025-04", "erasure", 1),
        ("2025-12", "access", 1),
        ("2026-01", "access", 1),
        ("2026-01", "marketing-opt-out", 1),
        ("2026-02", "access", 3),  # A C E
        ("2026-02", "erasure", 3),  # B L M
        ("2026-02", "objection", 1),  # D
        ("2026-03", "access", 2),  # F P
        ("2026-03", "rectification", 1),  # G
        ("2026-03", "erasure", 1),  # H
    ]
    assert summary.total_received == 15  # N (March 2025) is outside the window


def test_median_days_to_answer_per_month_of_closure(office: Office) -> None:
    assert _summary(office).median_days_to_answer == [
        ("2025-04", 29.0),  # O refused
        ("2026-01", 13.0),  # K 13, I 10, J 20
        ("2026-02", 5.0),  # L 3, M 7: mean of the middle two
        ("2026-03", 16.0),  # P refused after 16 days
    ]


def test_month_keys_cross_the_year() -> None:
    assert dash.month_keys(date(2026, 1, 31), 3) == ["2025-11", "2025-12", "2026-01"]
    assert dash.month_keys(date(2026, 12, 1), 1) == ["2026-12"]


@pytest.fixture(params=STORES)
def empty(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with open_store(request, tmp_path, FixedClock.on(date(2026, 3, 20))) as store:
        yield store


def test_empty_vault(empty: Store) -> None:
    with empty.uow() as uow:
        summary = dash.dashboard_summary(uow.dbapi_connection, TODAY)
        assert (summary.open, summary.overdue, summary.due_this_week) == (0, 0, 0)
        assert summary.awaiting_identity == 0
        assert summary.upcoming == []
        assert summary.per_month == []
        assert summary.median_days_to_answer == []
        assert len(summary.months) == 12
        assert people.requesters_list(uow.dbapi_connection) == []
        assert people.count_requesters(uow.dbapi_connection) == 0
        assert audit.audit_page(uow.dbapi_connection) == []


# -- requesters -------------------------------------------------------------------------------


def test_requesters_list_counts_and_order(office: Office) -> None:
    with office.uow() as uow:
        rows = people.requesters_list(uow.dbapi_connection, "", limit=None)
        total = people.count_requesters(uow.dbapi_connection)
    assert total == len(rows) == 14  # Jeanne Martin wrote three times (same name and e-mail)
    assert (rows[0].name, rows[0].last_received) == ("Amina Benali", date(2026, 3, 18))
    received = [row.last_received or date.min for row in rows]
    assert received == sorted(received, reverse=True)  # most recent requester first
    jeanne = next(row for row in rows if row.name == "Jeanne Martin")
    assert (jeanne.email, jeanne.requests, jeanne.open) == ("jeanne@exemple.fr", 3, 2)
    assert jeanne.last_received == date(2026, 2, 23)
    paul = next(row for row in rows if row.name == "Paul Durand")
    assert (paul.email, paul.requests, paul.open) == (None, 1, 1)


def test_requesters_search_and_paging(office: Office) -> None:
    with office.uow() as uow:
        db = uow.dbapi_connection
        assert [r.name for r in people.requesters_list(db, "JEANNE")] == ["Jeanne Martin"]
        by_email = people.requesters_list(db, "@exemple.fr")
        assert {r.name for r in by_email} == {"Jeanne Martin", "Chloé Petit", "Amina Benali"}
        assert people.count_requesters(db, "@exemple.fr") == 3
        everyone = people.requesters_list(db, "", limit=None)
        pages = [
            row
            for offset in range(0, 14, 5)
            for row in people.requesters_list(db, "", limit=5, offset=offset)
        ]
    assert [row.requester_id for row in pages] == [row.requester_id for row in everyone]


# -- the audit log ----------------------------------------------------------------------------


def test_audit_page_newest_first_with_filters(office: Office) -> None:
    with office.uow() as uow:
        everything = audit.audit_page(uow.dbapi_connection, limit=None)
        total = audit.count_audit_entries(uow.dbapi_connection)
        for_a = audit.audit_page(uow.dbapi_connection, "dsr-2026-1")  # A, typed loosely
        fragment = audit.audit_page(uow.dbapi_connection, "2025-")
        closures = audit.audit_page(uow.dbapi_connection, None, "request.closed")
        closures_of_p = audit.audit_page(uow.dbapi_connection, office.refs["P"], "request.")
        page_two = audit.audit_page(uow.dbapi_connection, limit=5, offset=5)
        actions = audit.audit_actions(uow.dbapi_connection)
    assert len(everything) == total
    assert [row.seq for row in everything] == list(range(total, 0, -1))
    assert everything[-1].action == "entity.created"
    assert everything[0].at.tzinfo is not None
    assert office.refs["A"] == "DSR-2026-0001"
    assert [row.action for row in for_a] == [
        "request.identity_checked",
        "request.started",
        "request.registered",
    ]
    assert {row.request_ref for row in fragment} == {
        office.refs["K"],
        office.refs["N"],
        office.refs["O"],
    }
    assert len(closures) == 8  # I J K L M N O P
    assert {row.action for row in closures} == {"request.closed"}
    assert [row.action for row in closures_of_p] == [
        "request.late_entry",  # closed on a day before its due date, recorded after it
        "request.closed",
        "request.information_asked",
        "request.registered",
    ]
    assert [row.seq for row in page_two] == [row.seq for row in everything[5:10]]
    assert "request.extended" in actions
    assert actions == sorted(actions)


def test_audit_filter_wildcards_are_literal(office: Office) -> None:
    with office.uow() as uow:
        db = uow.dbapi_connection
        assert audit.audit_page(db, None, "request_") == []  # "_" is not a wildcard
        assert audit.audit_page(db, "%") == []
        assert audit.count_audit_entries(db, None, "entity.") == 1


def test_median_of_histogram_matches_statistics_median() -> None:
    import random
    import statistics
    from collections import Counter

    rng = random.Random(7)
    for _ in range(500):
        values = [rng.randint(0, 90) for _ in range(rng.randint(1, 40))]
        assert dash.median_of_histogram(dict(Counter(values))) == statistics.median(values)
    with pytest.raises(ValueError):
        dash.median_of_histogram({})


def test_search_ignores_accents_case_and_like_wildcards(empty: Store) -> None:
    from dsr_desk.services.read.queries import RequestFilter, list_requests_page

    clock, uow = empty.clock, empty.uow
    create_entity(uow(), name="Lycée Exemple")
    for name, email in (
        ("Éric Lefèvre", "eric.lefevre@exemple.fr"),
        ("Noémie Cœur", None),
        ("Paul 100% Durand", "paul_durand@exemple.fr"),
        ("Paul Dupont", "pauldurand@exemple.fr"),
    ):
        svc.register_request(
            uow(), type=RequestType.ACCESS, received_on=date(2026, 3, 2), name=name, email=email
        )

    def found(text: str) -> list[str]:
        with uow() as work:
            db = work.dbapi_connection
            rows, total = list_requests_page(db, clock.today(), RequestFilter(search=text))
            names = [dash_row.name for dash_row in people.requesters_list(db, text)]
        assert total == len(rows)
        if not text.startswith("dsr-"):  # the requesters list searches names and e-mails
            assert sorted(names) == sorted(row.requester for row in rows)
        return sorted(row.requester for row in rows)

    assert found("eric") == ["Éric Lefèvre"]
    assert found("LEFEVRE") == ["Éric Lefèvre"]
    assert found("lefèvre") == ["Éric Lefèvre"]
    assert found("coeur") == ["Noémie Cœur"]
    assert found("noemie cœur") == ["Noémie Cœur"]
    assert found("100%") == ["Paul 100% Durand"]  # % is a character here, not a wildcard
    assert found("paul_d") == ["Paul 100% Durand"]  # and so is _
    assert found("dsr-2026-000") != []  # references still match

    with uow() as work:  # a renamed requester is found under the new name
        request = work.requests.get("DSR-2026-0001")
        assert request is not None
        request.requester.name = "Érica Lefèvre-Moreau"
        work.commit()
    assert found("moreau") == ["Érica Lefèvre-Moreau"]


# -- the register -----------------------------------------------------------------------------


def test_register_filters_counts_sorting_and_paging(office: Office) -> None:
    from dsr_desk.services.read.queries import RequestFilter, count_requests, list_requests_page

    refs = {value: key for key, value in office.refs.items()}

    def keys(flt: RequestFilter, **paging: Any) -> list[str]:
        with office.uow() as uow:
            found, total = list_requests_page(uow.dbapi_connection, TODAY, flt, **paging)
            counted = count_requests(uow.dbapi_connection, TODAY, flt)
        assert total == (-1 if paging.get("offset") else counted)
        return [refs[row.reference] for row in found]

    # urgent first: open ones by due date (F and G, on hold, keep theirs), then closed ones
    everything = keys(RequestFilter())
    assert everything == [*"ABCDGHFE", *"NOJKILMP"]
    assert keys(RequestFilter(), limit=5) == everything[:5]
    assert keys(RequestFilter(), limit=5, offset=5) == everything[5:10]
    assert keys(RequestFilter(), limit=None, offset=12) == everything[12:]
    assert keys(RequestFilter(overdue_only=True)) == ["A", "B"]
    assert keys(RequestFilter(due_within_days=7)) == ["C", "D"]
    assert keys(RequestFilter(awaiting_identity_only=True)) == ["F"]
    assert keys(RequestFilter(open_only=True, types=frozenset({E}))) == ["B", "H"]
    erasures = keys(RequestFilter(types=frozenset({E})))
    assert erasures == [key for key in everything if key in "BHLMO"]
    assert keys(RequestFilter(entity="lycee exemple", search="jeanne")) == ["A", "C", "I"]
    assert keys(RequestFilter(search="je")) == ["A", "C", "I"]  # a short search: a scan
    assert keys(RequestFilter(search="Chloe")) == ["D"]
    assert keys(RequestFilter(assignee="nobody")) == []
    by_name = keys(RequestFilter(open_only=True), sort="requester")
    assert by_name == ["F", "D", "H", "A", "C", "G", "E", "B"]  # Amina … Paul, then reference
    assert keys(RequestFilter(open_only=True), sort="requester", descending=True) == list(
        reversed(by_name)
    )
    assert keys(RequestFilter(open_only=True), sort="due", limit=3, offset=1) == ["B", "C", "D"]
    with office.uow() as uow:
        page, _ = list_requests_page(uow.dbapi_connection, TODAY, RequestFilter(search="marc"))
    [marc] = page
    assert (marc.received_on, marc.due_on, marc.days_left) == (
        date(2026, 2, 28),
        date(2026, 5, 28),
        69,
    )
    assert marc.extended and not marc.on_hold and not marc.overdue


def test_the_on_hold_too_long_filter_draws_the_domains_line(empty: Store) -> None:
    from dsr_desk.services.read.queries import RequestFilter, count_requests, list_requests

    create_entity(empty.uow(), name="Lycée Exemple")  # 3 months on hold before the flag
    asked = {"long": date(2025, 12, 19), "not yet": date(2025, 12, 20)}  # 3 months: 20/03
    for name, asked_on in asked.items():
        detail = svc.register_request(
            empty.uow(), type=A, received_on=date(2025, 12, 1), name=name.title()
        )
        svc.ask_for_information(
            empty.uow(),
            detail.reference,
            InformationKind.CLARIFICATION,
            "Which school?",
            asked_on=asked_on,
            late_reason="Entered from the paper file",
        )
    flt = RequestFilter(on_hold_too_long_only=True)
    with empty.uow() as uow:
        rows = list_requests(uow.dbapi_connection, TODAY, flt)
        assert count_requests(uow.dbapi_connection, TODAY, flt) == 1
    assert [row.requester for row in rows] == ["Long"]
    assert rows[0].on_hold and not rows[0].overdue and rows[0].days_left is not None


@pytest.mark.postgres
@pytest.mark.parametrize("office", [POSTGRES], indirect=True)
def test_the_team_search_finds_references_through_their_trigram_index(office: Office) -> None:
    """On PostgreSQL the register's search reaches the reference through ``pg_trgm`` (no index
    holds names there); forced off sequential scans, the plan names that index."""
    from dsr_desk.services.read.queries import search_condition
    from dsr_desk.storage.plain_sql import execute, rows
    from dsr_desk.storage.search_index import PG_REFERENCE_INDEX

    condition, values = search_condition("2026-000", "postgresql")
    with office.uow() as uow:
        db = uow.dbapi_connection
        execute(db, "SET LOCAL enable_seqscan = off").close()
        plan = rows(db, f"EXPLAIN SELECT r.id FROM requests r WHERE {condition}", values)
    assert PG_REFERENCE_INDEX in "\n".join(str(line[0]) for line in plan)


# -- duplicates and backups -------------------------------------------------------------------


def test_possible_duplicates_by_name_whatever_the_accents_or_by_email(office: Office) -> None:
    from dsr_desk.services.read.duplicates import find_possible_duplicates

    with office.uow() as uow:
        db = uow.dbapi_connection
        [jeanne] = find_possible_duplicates(db, "JEANNE  MARTIN", None)
        [chloe] = find_possible_duplicates(db, "Chloe Petit", None)  # stored as "Chloé"
        by_email = find_possible_duplicates(db, "Someone Else", " AMINA@exemple.fr ")
        assert find_possible_duplicates(db, "Jeanne", None) == []
    refs = office.refs
    assert (jeanne.name, jeanne.same_name, jeanne.same_email) == ("Jeanne Martin", True, False)
    assert [r.reference for r in jeanne.requests] == [refs["C"], refs["A"], refs["I"]]
    assert [r.status for r in jeanne.requests] == ["received", "in-progress", "completed"]
    assert (chloe.name, [r.reference for r in chloe.requests]) == ("Chloé Petit", [refs["D"]])
    assert [(h.name, h.same_email, h.same_name) for h in by_email] == [
        ("Amina Benali", True, False)
    ]


def test_backup_queries(empty: Store) -> None:
    from datetime import timedelta

    from dsr_desk.services.read.backup_queries import (
        backup_status,
        last_backup_at,
        live_documents_among,
        not_anonymised_among,
    )

    create_entity(empty.uow(), name="Lycée Exemple")
    made = [
        svc.register_request(empty.uow(), type=A, received_on=TODAY, name=name).reference
        for name in ("Yann Le Goff", "Zoé Faure")
    ]
    now = empty.clock.now()
    with empty.uow() as uow:
        assert last_backup_at(uow.dbapi_connection) is None
        assert backup_status(uow.dbapi_connection, now).overdue
        uow.record("vault.backed_up", None, file="backup.dsrbak")
        uow.record("settings.changed", None)
        uow.commit()
    with empty.uow() as uow:
        db = uow.dbapi_connection
        assert last_backup_at(db) == now
        status = backup_status(db, now + timedelta(days=7))
        assert (status.last_at, status.warn_days, status.overdue) == (now, 7, False)
        assert backup_status(db, now + timedelta(days=8)).overdue
        # asked in batches of 500 bound values
        unknown = [f"DSR-2020-{number:04d}" for number in range(1, 1200)]
        assert not_anonymised_among(db, [*unknown, *reversed(made)]) == sorted(made)
        assert live_documents_among(db, ["0" * 32, "1" * 32]) == {}


def test_the_deadlines_calendar_reads_the_open_requests(empty: Store) -> None:
    """An audited read: the calendar export reads the register inside its unit of work."""
    from icalendar import Calendar

    from dsr_desk.services.calendar import open_deadlines_calendar

    create_entity(empty.uow(), name="Lycée Exemple")
    kept = svc.register_request(empty.uow(), type=A, received_on=TODAY, name="Yann Le Goff")
    done = svc.register_request(empty.uow(), type=E, received_on=TODAY, name="Zoé Faure")
    svc.close(
        empty.uow(),
        done.reference,
        Outcome.COMPLETED,
        on=TODAY,
        late_reason="recorded after the fact",
    )
    data = open_deadlines_calendar(empty.uow(), include_names=True)
    summaries = [str(event["SUMMARY"]) for event in Calendar.from_ical(data).walk("VEVENT")]
    assert summaries and all(kept.reference in summary for summary in summaries)
    with empty.uow() as uow:
        [entry] = audit.audit_page(uow.dbapi_connection, None, "calendar.")
    assert (entry.action, entry.user) == ("calendar.exported", "dpo")
    assert json.loads(entry.details_json)["requests"] == 1
