"""The demo data: deterministic, the requested size, and every request in a legal state."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from itertools import pairwise

import pytest

from dsr_desk.demo import wording as demo_wording
from dsr_desk.demo.entities import demo_entities
from dsr_desk.demo.requests import build_demo_requests
from dsr_desk.domain.calendar import calendar_for
from dsr_desk.domain.entities import Entity, Role
from dsr_desk.domain.requests import (
    FINAL_STATUSES,
    REFERENCE_PATTERN,
    Outcome,
    Request,
    RequestType,
    Status,
)
from dsr_desk.domain.verification import VerificationMethod

TODAY = date(2026, 3, 16)
COUNT = 2500


@pytest.fixture(scope="module")
def entities() -> list[Entity]:
    return demo_entities()


@pytest.fixture(scope="module")
def requests(entities: list[Entity]) -> list[Request]:
    return build_demo_requests(COUNT, entities, TODAY, seed=7)


def _fingerprint(requests: list[Request]) -> list[tuple[object, ...]]:
    return [
        (
            r.reference,
            r.type,
            r.channel,
            r.status,
            r.received_on,
            r.closed_on,
            r.extended_on,
            r.due_on,
            r.summary,
            r.assignee,
            r.outcome_reason,
            r.requester.name,
            r.requester.email,
            r.requester.postal_address,
            r.entity.name,
            tuple((s.asked_on, s.kind, s.reason, s.received_on) for s in r.suspensions),
            tuple(
                (c.method, c.checked_on, c.document_kind, c.number_last_chars)
                for c in r.identity_checks
            ),
        )
        for r in requests
    ]


# --- entities -----------------------------------------------------------------------------------


def test_demo_entities_look_like_a_dpo_office(entities: list[Entity]) -> None:
    assert 2 <= len(entities) <= 3
    assert len({e.name for e in entities}) == len(entities)
    assert {e.role for e in entities} == {Role.CONTROLLER, Role.PROCESSOR}
    assert len({e.suspension_policy for e in entities}) == 2
    assert any(e.subdivision == "57" for e in entities)
    for entity in entities:
        assert entity.address.strip()
        assert "@" in entity.dpo_contact
        assert re.search(r"\b\d{5}\b", entity.dpo_contact), "the DPO's postal address"
        assert calendar_for(entity.country, entity.subdivision).is_working_day(date(2026, 3, 16))


# --- determinism and size -----------------------------------------------------------------------


def test_same_seed_gives_the_same_requests(entities: list[Entity]) -> None:
    first = build_demo_requests(300, entities, TODAY, seed=11)
    second = build_demo_requests(300, demo_entities(), TODAY, seed=11)
    other = build_demo_requests(300, entities, TODAY, seed=12)
    assert _fingerprint(first) == _fingerprint(second)
    assert _fingerprint(first) != _fingerprint(other)


@pytest.mark.parametrize("count", [0, 1, 17, 400])
def test_the_requested_count(entities: list[Entity], count: int) -> None:
    assert len(build_demo_requests(count, entities, TODAY)) == count


def test_a_negative_count_or_no_entity_is_refused(entities: list[Entity]) -> None:
    with pytest.raises(ValueError, match="count"):
        build_demo_requests(-1, entities, TODAY)
    with pytest.raises(ValueError, match="entity"):
        build_demo_requests(3, [], TODAY)


# --- references ---------------------------------------------------------------------------------


def test_references_are_unique_well_formed_and_numbered_per_year_in_receipt_order(
    requests: list[Request],
) -> None:
    references = [r.reference for r in requests]
    assert len(set(references)) == len(references)
    by_year: dict[int, list[int]] = {}
    for request in requests:
        match = REFERENCE_PATTERN.match(request.reference)
        assert match is not None, request.reference
        assert int(match.group(1)) == request.received_on.year
        by_year.setdefault(request.received_on.year, []).append(int(match.group(2)))
    for numbers in by_year.values():
        assert numbers == list(range(1, len(numbers) + 1))
    received = [r.received_on for r in requests]
    assert received == sorted(received)


def test_receipt_dates_span_about_three_years_denser_recently(requests: list[Request]) -> None:
    oldest = min(r.received_on for r in requests)
    assert TODAY - timedelta(days=3 * 365 + 3) <= oldest <= TODAY - timedelta(days=2 * 365)
    last_year = sum(r.received_on > TODAY - timedelta(days=365) for r in requests)
    first_year = sum(r.received_on <= TODAY - timedelta(days=2 * 365) for r in requests)
    assert last_year > first_year > 0


# --- legal states -------------------------------------------------------------------------------


def _contact_dates(request: Request) -> list[date]:
    """Every exchange with the requester, the extension notice included."""
    days = [request.received_on]
    days += [d for d in (request.closed_on, request.extended_on) if d]
    for entry in request.suspensions:
        days += [d for d in (entry.asked_on, entry.received_on) if d]
    days += [c.checked_on for c in request.identity_checks]
    return days


def _action_dates(request: Request) -> list[date]:
    extras = [d for d in (request.extended_on, request.last_contact_on) if d]
    return _contact_dates(request) + extras


def test_no_date_is_in_the_future_or_before_receipt(requests: list[Request]) -> None:
    for request in requests:
        for day in _action_dates(request):
            assert request.received_on <= day <= TODAY, request.reference
        assert request.last_contact_on == max(_contact_dates(request)), request.reference


def test_closure_is_consistent_with_the_status(requests: list[Request]) -> None:
    for request in requests:
        if request.status in FINAL_STATUSES:
            assert request.closed_on is not None, request.reference
            assert request.closed_on >= request.received_on
            assert request.closed_on == max(_action_dates(request)), request.reference
        else:
            assert request.closed_on is None, request.reference
            assert request.outcome_reason is None


def test_refusals_have_reasons_and_only_processors_forward(requests: list[Request]) -> None:
    for request in requests:
        if request.status is Status.REFUSED:
            assert request.outcome_reason, request.reference
            assert request.type is not RequestType.MARKETING_OPT_OUT, "always granted"
        if request.status is Status.FORWARDED:
            assert request.entity.role is Role.PROCESSOR, request.reference


def test_extensions_have_reasons_and_were_notified_in_time(requests: list[Request]) -> None:
    extended = [r for r in requests if r.is_extended]
    assert extended
    for request in extended:
        assert request.extension_reason, request.reference
        assert request.extended_on is not None
        assert request.extended_on <= request.deadlines().extension_notice_by, request.reference
        assert request.due_on == request.deadlines().extended_due


def test_the_suspension_ledger_matches_the_status(requests: list[Request]) -> None:
    for request in requests:
        ledger = request.suspensions
        for earlier, later in pairwise(ledger):
            assert earlier.received_on is not None
            assert later.asked_on >= earlier.received_on
        waiting = request.open_suspension
        assert (request.status is Status.AWAITING_INFORMATION) == (
            waiting is not None and request.is_open
        ), request.reference
        if request.status is Status.FORWARDED or request.outcome is Outcome.COMPLETED:
            assert waiting is None
        if request.outcome is Outcome.UNANSWERED:  # closed for lack of reply: still waiting
            assert waiting is not None
        assert request.on_hold == (waiting is not None)
        for entry in ledger:
            assert entry.policy is request.entity.suspension_policy
            assert entry.reason


def test_the_stored_due_date_is_the_computed_one(requests: list[Request]) -> None:
    for request in requests:
        assert request.due_on == request.deadlines().effective_due(request.is_extended)


def test_identity_checks_are_minimised_and_dated(requests: list[Request]) -> None:
    for request in requests:
        for check in request.identity_checks:
            if check.method is VerificationMethod.ID_DOCUMENT:
                assert check.document_kind
                assert check.number_last_chars is not None
                assert len(check.number_last_chars) == 4
            if check.method is VerificationMethod.KNOWN_EMAIL:
                assert request.requester.email
            assert check.checked_on <= (request.closed_on or TODAY)


# --- a realistic mix ----------------------------------------------------------------------------


def test_a_realistic_mix(requests: list[Request]) -> None:
    types = Counter(r.type for r in requests)
    # every type but Art. 22 (human intervention on an automated decision), not in the demo
    assert set(types) == set(RequestType) - {RequestType.AUTOMATED_DECISION}
    ranking = [t for t, _ in types.most_common()]
    assert ranking[:2] == [RequestType.ACCESS, RequestType.ERASURE]
    statuses = Counter(r.status for r in requests)
    assert set(statuses) == set(Status)
    old = [r for r in requests if r.received_on < TODAY - timedelta(days=120)]
    assert sum(not r.is_open for r in old) > 0.97 * len(old)
    assert any(r.suspensions and r.suspensions[0].received_on for r in requests)
    assert sum(bool(r.identity_checks) for r in requests) > len(requests) / 3
    methods = {c.method for r in requests for c in r.identity_checks}
    assert {VerificationMethod.KNOWN_EMAIL, VerificationMethod.ID_DOCUMENT} <= methods
    assert len({r.channel for r in requests}) >= 5
    assert len({r.entity.name for r in requests}) == 3


def test_french_and_english_requesters_in_their_own_language(requests: list[Request]) -> None:
    languages = Counter(r.requester.language for r in requests)
    assert set(languages) == {"fr", "en"}
    assert 0.65 < languages["fr"] / len(requests) < 0.85
    for request in requests:
        lang = request.requester.language
        templates = demo_wording.SUMMARIES[lang][request.type]
        patterns = [re.escape(t).replace(re.escape("{topic}"), ".+") for t in templates]
        assert any(re.fullmatch(p, request.summary) for p in patterns), request.summary


def test_some_requesters_wrote_several_times(requests: list[Request]) -> None:
    per_person = Counter(id(r.requester) for r in requests)
    assert any(n >= 2 for n in per_person.values())
    people = {id(r.requester): r.requester for r in requests}.values()
    emails = [p.email for p in people if p.email]
    assert len(emails) == len(set(emails)), "one e-mail address, one person"
    assert any(p.email is None for p in people)


def test_open_requests_just_after_new_year(entities: list[Entity]) -> None:
    today = date(2027, 1, 2)
    requests = build_demo_requests(600, entities, today, seed=3)
    assert all(r.received_on <= today for r in requests)
    assert {r.reference[:8] for r in requests} >= {"DSR-2026", "DSR-2027"}
    assert any(r.reference == "DSR-2027-0001" for r in requests)
