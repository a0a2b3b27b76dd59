"""ID-document retention per rules.md §2, for every request type."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dsr_desk.domain.entities import Entity
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import Outcome, Request, RequestType
from dsr_desk.domain.retention import RetentionRule, id_document_retention

TODAY = date(2026, 6, 30)


def _closed(rtype: RequestType, closed_on: date, entity: Entity | None = None) -> Request:
    request = Request.register(
        reference="DSR-2026-0001",
        type=rtype,
        received_on=date(2026, 1, 10),
        requester=Requester(name="Nadia Roux"),
        entity=entity or Entity(name="École"),
        today=TODAY,
    )
    request.close(Outcome.COMPLETED, closed_on, TODAY, late_reason="recorded after the fact")
    return request


@pytest.mark.parametrize(
    ("rtype", "rule", "purge_on"),
    [
        (RequestType.ACCESS, RetentionRule.ACCESS, date(2027, 2, 1)),
        (RequestType.RECTIFICATION, RetentionRule.ACCESS, date(2027, 2, 1)),
        (RequestType.OBJECTION, RetentionRule.OBJECTION, date(2029, 2, 1)),
        (RequestType.MARKETING_OPT_OUT, RetentionRule.OBJECTION, date(2029, 2, 1)),
        (RequestType.ERASURE, RetentionRule.OTHER, date(2027, 2, 1)),
        (RequestType.RESTRICTION, RetentionRule.OTHER, date(2027, 2, 1)),
        (RequestType.PORTABILITY, RetentionRule.OTHER, date(2027, 2, 1)),
        (RequestType.CONSENT_WITHDRAWAL, RetentionRule.OTHER, date(2027, 2, 1)),
    ],
)
def test_each_type_has_its_rule(rtype: RequestType, rule: RetentionRule, purge_on: date) -> None:
    decision = id_document_retention(_closed(rtype, date(2026, 2, 1)))
    assert decision.rule is rule
    assert decision.purge_on == purge_on
    assert not decision.is_due(purge_on - timedelta(days=1))
    assert decision.is_due(purge_on)


def test_an_open_request_is_never_purged() -> None:
    request = Request.register(
        reference="DSR-2020-0001",
        type=RequestType.ACCESS,
        received_on=date(2020, 1, 10),
        requester=Requester(name="Old Open"),
        entity=Entity(name="École"),
        today=TODAY,
    )
    decision = id_document_retention(request)
    assert decision.purge_on is None
    assert not decision.is_due(date(2099, 1, 1))


def test_entity_settings_change_the_periods() -> None:
    entity = Entity(
        name="Formation",
        retention_objection_years=6,
        retention_access_years=2,
        retention_other_years=0,
    )
    assert id_document_retention(
        _closed(RequestType.OBJECTION, date(2026, 2, 1), entity)
    ).purge_on == date(2032, 2, 1)
    assert id_document_retention(
        _closed(RequestType.ACCESS, date(2026, 2, 1), entity)
    ).purge_on == date(2028, 2, 1)
    assert id_document_retention(
        _closed(RequestType.ERASURE, date(2026, 2, 1), entity)
    ).purge_on == date(2026, 2, 1)


def test_a_new_contact_restarts_the_objection_clock() -> None:
    request = _closed(RequestType.OBJECTION, date(2026, 2, 1))
    assert id_document_retention(request).purge_on == date(2029, 2, 1)
    request.record_contact(date(2027, 5, 20))  # the requester wrote again
    assert id_document_retention(request).purge_on == date(2030, 5, 20)
    access = _closed(RequestType.ACCESS, date(2026, 2, 1))
    access.record_contact(date(2027, 5, 20))  # no effect: counted from closure
    assert id_document_retention(access).purge_on == date(2027, 2, 1)


def test_29_february_anchor() -> None:
    request = Request.register(
        reference="DSR-2028-0001",
        type=RequestType.ACCESS,
        received_on=date(2028, 2, 1),
        requester=Requester(name="Leap Day"),
        entity=Entity(name="École"),
        today=date(2028, 3, 1),
    )
    request.close(
        Outcome.COMPLETED,
        date(2028, 2, 29),
        date(2028, 3, 1),
        late_reason="recorded after the fact",
    )
    assert id_document_retention(request).purge_on == date(2029, 2, 28)


def test_closed_objections_are_archive_only() -> None:
    assert _closed(RequestType.OBJECTION, date(2026, 2, 1)).archive_only
    assert not _closed(RequestType.ACCESS, date(2026, 2, 1)).archive_only
    description = id_document_retention(_closed(RequestType.OBJECTION, date(2026, 2, 1)))
    assert description.description == (
        "objection: 3 years after the last contact (CNIL: 3 years; at most 6, CPP art. 8)"
    )
