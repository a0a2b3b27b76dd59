"""An action dated before today cannot escape a rule that applies today without a late reason
(``domain.request_actions.late_entry_blocker``): asking for ID dated before a due date that
has passed since is refused unless the staff say why it is recorded only now."""

from __future__ import annotations

from datetime import date

import pytest

from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import RuleViolation
from dsr_desk.domain.request_actions import RequestAction
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import InformationKind, Request, RequestType

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
