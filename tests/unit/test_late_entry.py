"""An action dated before today cannot escape a rule that applies today without a late reason
(``domain.request_actions.late_entry_blocker``): asking for ID dated before a due date that
has passed since is refused unless the staff say why it is recorded only now."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import RuleViolation
from dsr_desk.domain.request_actions import (
    RequestAction,
    late_closures,
    late_entries,
    late_entry_until,
)
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import InformationKind, Outcome, Request, RequestType
from dsr_desk.services import entities as entity_service
from dsr_desk.services import requests as svc
from tests.fakes import FakeUnitOfWork

RECEIVED = date(2026, 1, 15)  # due Mon 16/02/2026
AFTER_DUE = date(2026, 2, 20)


def _request() -> Request:
    return Request.register(
        reference="DSR-2026-0001",
        type=RequestType.ACCESS,
        received_on=RECEIVED,
        requester=Requester(name="Louis Bernard"),
        entity=Entity(name="Groupe scolaire"),
        today=RECEIVED,
    )


def test_back_dating_an_ask_past_the_due_date_needs_a_late_reason() -> None:
    request = _request()
    late = request.late_entry(RequestAction.ASK, date(2026, 2, 10), AFTER_DUE)
    assert late is not None
    assert "(16/02/2026) has passed" in late.reason
    assert "To record it as done on 10/02/2026, state why it is recorded only now" in late.reason
    with pytest.raises(RuleViolation, match="state why it is recorded only now"):
        request.ask_for_information(
            InformationKind.IDENTITY, "Copy of an ID", date(2026, 2, 10), AFTER_DUE
        )
    assert request.suspensions == [] and request.open_suspension is None

    request.ask_for_information(
        InformationKind.IDENTITY,
        "Copy of an ID",
        date(2026, 2, 10),
        AFTER_DUE,
        late_reason="Asked by phone on that day; the note was filed late.",
    )
    assert request.open_suspension is not None
    assert request.open_suspension.asked_on == date(2026, 2, 10)


def test_no_late_reason_when_today_allows_it_or_the_stated_day_refuses_anyway() -> None:
    request = _request()
    # before the due date, back-dating escapes nothing
    assert request.late_entry(RequestAction.ASK, date(2026, 2, 1), date(2026, 2, 10)) is None
    # dated after the due date: the stated day's own refusal applies, reason or not
    assert request.late_entry(RequestAction.ASK, date(2026, 2, 18), AFTER_DUE) is None
    with pytest.raises(RuleViolation, match="has passed"):
        request.ask_for_information(
            InformationKind.IDENTITY, "ID", date(2026, 2, 18), AFTER_DUE, late_reason="late"
        )
    # dated today: judged today, as always
    assert request.late_entry(RequestAction.ASK, AFTER_DUE, AFTER_DUE) is None


def test_the_last_day_an_action_may_still_be_dated() -> None:
    request = _request()
    # allowed today: no late entry to offer
    assert late_entry_until(request, RequestAction.ASK, date(2026, 2, 10)) is None
    # the due date passed: an ask may still be dated up to the due date itself
    assert late_entry_until(request, RequestAction.ASK, AFTER_DUE) == date(2026, 2, 16)
    far = date(2027, 6, 1)
    assert late_entry_until(request, RequestAction.ASK, far) == date(2026, 2, 16)
    assert late_entries(request, AFTER_DUE) == {RequestAction.ASK: date(2026, 2, 16)}
    # forbidden whatever the day (not waiting for anything): nothing to record late
    assert late_entry_until(request, RequestAction.RECEIVED, AFTER_DUE) is None
    request.close(Outcome.COMPLETED, AFTER_DUE, AFTER_DUE)
    assert late_entries(request, AFTER_DUE) == {}


def test_a_late_entry_is_audited_with_both_dates_and_no_text() -> None:
    uow = FakeUnitOfWork(FixedClock.on(AFTER_DUE))
    entity_service.create_entity(uow, name="Groupe scolaire")
    ref = svc.register_request(
        uow, type=RequestType.ACCESS, received_on=RECEIVED, name="Louis Bernard"
    ).reference
    stated = date(2026, 2, 16)
    with pytest.raises(RuleViolation, match="To record it as done on 16/02/2026"):
        svc.ask_for_information(uow, ref, InformationKind.IDENTITY, "ID", asked_on=stated)
    detail = svc.ask_for_information(
        uow, ref, InformationKind.IDENTITY, "ID", asked_on=stated, late_reason="Filed late."
    )
    assert detail.on_hold_since == stated
    (entry,) = [e for e in uow.audit.entries(ref) if e.action == "request.late_entry"]
    assert entry.details["late_action"] == "ask"
    assert entry.details["stated_on"] == "2026-02-16"
    assert entry.details["recorded_on"] == "2026-02-20"
    assert "Filed late" not in json.dumps(entry.details)  # referred to by number only


# -- a closure dated before today (issue 16: `request close --on`) -----------------------------


def test_a_closure_back_dated_to_look_on_time_needs_a_late_reason() -> None:
    request = _request()  # due 16/02/2026, overdue on AFTER_DUE
    assert late_closures(request, AFTER_DUE) == {
        o: date(2026, 2, 16) for o in Outcome if o is not Outcome.UNANSWERED
    }
    late = request.late_entry(RequestAction.COMPLETE, date(2026, 2, 16), AFTER_DUE)
    assert late is not None and "was due on 16/02/2026: closed today, it is answered late" in (
        late.reason
    )
    with pytest.raises(RuleViolation, match="To record it as closed on 12/02/2026, on time"):
        request.close(Outcome.COMPLETED, date(2026, 2, 12), AFTER_DUE)
    assert request.is_open
    # dated after the due date (late anyway) or today: nothing escaped
    assert request.late_entry(RequestAction.COMPLETE, date(2026, 2, 17), AFTER_DUE) is None
    assert request.late_entry(RequestAction.COMPLETE, AFTER_DUE, AFTER_DUE) is None
    # before the due date passed, back-dating escapes nothing
    assert late_closures(request, date(2026, 2, 16)) == {}
    request.close(
        Outcome.COMPLETED, date(2026, 2, 12), AFTER_DUE, late_reason="Sent on time, filed late."
    )
    assert request.closed_on == date(2026, 2, 12)


def test_closing_for_lack_of_reply_before_the_hold_period_ended_needs_a_late_reason() -> None:
    request = _request()
    request.ask_for_information(
        InformationKind.IDENTITY, "ID", date(2026, 1, 20), date(2026, 1, 20)
    )
    today = date(2026, 5, 1)  # three months on hold ended on 20/04/2026
    assert late_closures(request, today) == {Outcome.UNANSWERED: date(2026, 4, 20)}
    with pytest.raises(RuleViolation, match="had until 20/04/2026 to send it"):
        request.close(Outcome.UNANSWERED, date(2026, 4, 10), today)
    # dated after the period ended: no reason needed
    assert request.late_entry(RequestAction.UNANSWERED, date(2026, 4, 21), today) is None
    request.close(Outcome.UNANSWERED, date(2026, 4, 10), today, late_reason="Decided then.")
    assert request.outcome is Outcome.UNANSWERED


def test_a_late_closure_is_audited_with_both_dates() -> None:
    uow = FakeUnitOfWork(FixedClock.on(AFTER_DUE))
    entity_service.create_entity(uow, name="Groupe scolaire")
    ref = svc.register_request(
        uow, type=RequestType.ACCESS, received_on=RECEIVED, name="Louis Bernard"
    ).reference
    stated = date(2026, 2, 13)
    detail = svc.get_request(uow, ref)
    assert detail.late_closures["completed"] == date(2026, 2, 16)
    with pytest.raises(RuleViolation, match="state why it is recorded only now"):
        svc.close(uow, ref, Outcome.COMPLETED, on=stated)
    svc.close(uow, ref, Outcome.COMPLETED, on=stated, late_reason="Answer posted that day.")
    (entry,) = [e for e in uow.audit.entries(ref) if e.action == "request.late_entry"]
    assert (entry.details["late_action"], entry.details["stated_on"]) == ("complete", "2026-02-13")
    assert entry.details["recorded_on"] == "2026-02-20"
