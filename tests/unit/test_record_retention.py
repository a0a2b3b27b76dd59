"""Retention of the request records themselves (domain.record_retention) and its use case on
the in-memory unit of work: when a record is due, what anonymising erases and keeps, the
suppression entry of an upheld objection, a cancellation that changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind, DocumentRecord, Note
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import Cancelled, ValidationError
from dsr_desk.domain.record_retention import (
    ANONYMISED_NAME,
    SUPPRESSION_NAME,
    RecordFate,
    anonymise,
    record_retention,
)
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import InformationKind, Outcome, Request, RequestType
from dsr_desk.domain.verification import IdentityCheck, VerificationMethod
from dsr_desk.services.record_retention import anonymise_due_records, records_plan
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 6, 30)
AT = datetime(2031, 7, 1, 9, tzinfo=UTC)


def _request(rtype: RequestType = RequestType.ACCESS, *, email: str | None = "n@x.org") -> Request:
    return Request.register(
        reference="DSR-2026-0001",
        type=rtype,
        received_on=date(2026, 1, 10),
        requester=Requester(name="Nadia Roux", email=email, postal_address="1 rue A", phone="06"),
        entity=Entity(name="École"),
        today=TODAY,
        summary="my file",
    )


def _closed(
    rtype: RequestType = RequestType.ACCESS, outcome: Outcome = Outcome.COMPLETED, **kw: str | None
) -> Request:
    request = _request(rtype, **kw)
    request.close(
        outcome, date(2026, 2, 2), TODAY, reason="reasons", late_reason="recorded after the fact"
    )
    return request


def test_an_open_request_is_never_anonymised() -> None:
    assert record_retention(_request()) is None


def test_a_closed_record_is_due_five_years_after_closure_by_default() -> None:
    decision = record_retention(_closed())
    assert decision is not None
    assert (decision.fate, decision.anchor, decision.due_on) == (
        RecordFate.ANONYMISED,
        date(2026, 2, 2),
        date(2031, 2, 2),
    )
    assert not decision.is_due(date(2031, 2, 1)) and decision.is_due(date(2031, 2, 2))
    assert "Code civil art. 2224" in decision.description


def test_the_entity_sets_the_period_within_bounds() -> None:
    request = _closed()
    request.entity.retention_records_years = 2
    decision = record_retention(request)
    assert decision is not None and decision.due_on == date(2028, 2, 2)
    with pytest.raises(ValidationError, match="between 1 and 30 years"):
        Entity(name="X", retention_records_years=0)


def test_an_upheld_objection_counts_from_the_last_contact_and_keeps_a_suppression_entry() -> None:
    request = _closed(RequestType.MARKETING_OPT_OUT)
    request.record_contact(date(2027, 5, 3))  # the person wrote again
    decision = record_retention(request)
    assert decision is not None
    assert (decision.fate, decision.due_on) == (RecordFate.SUPPRESSION, date(2032, 5, 3))
    anonymise(request, decision, AT)
    kept = request.requester
    assert (kept.name, kept.email, kept.postal_address, kept.phone) == (
        SUPPRESSION_NAME,
        "n@x.org",
        "",
        "",
    )


def test_without_an_e_mail_the_suppression_keeps_name_and_postal_address() -> None:
    request = _closed(RequestType.OBJECTION, email=None)
    decision = record_retention(request)
    assert decision is not None
    anonymise(request, decision, AT)
    kept = request.requester
    assert (kept.name, kept.email, kept.postal_address, kept.phone) == (
        "Nadia Roux",
        None,
        "1 rue A",
        "",
    )


def test_a_refused_objection_has_nothing_to_honour() -> None:
    decision = record_retention(_closed(RequestType.OBJECTION, Outcome.REFUSED))
    assert decision is not None and decision.fate is RecordFate.ANONYMISED


def test_anonymising_erases_every_personal_field_and_keeps_the_skeleton() -> None:
    request = _request()
    asked = date(2026, 1, 12)  # recorded that day (back-dated, it would need a late reason)
    request.ask_for_information(InformationKind.IDENTITY, "which ID?", asked, asked)
    request.information_received(date(2026, 1, 14), TODAY)
    request.record_identity_check(
        IdentityCheck(
            VerificationMethod.ID_DOCUMENT,
            "Claire",
            date(2026, 1, 14),
            document_kind="passport",
            number_last_chars="1234",
            note="photo ok",
        ),
        TODAY,
    )
    request.add_note(Note(AT - timedelta(days=2000), "Claire", "called back"))
    request.keep_reason("because")
    request.extend("complex", date(2026, 2, 1))
    request.attach(
        DocumentRecord(
            "d1",
            DocumentKind.LETTER,
            "a.pdf",
            "application/pdf",
            3,
            "ab",
            "s1",
            AT,
            "Claire",
            b"key",
        ),
        TODAY,
    )
    request.close(
        Outcome.COMPLETED, date(2026, 2, 2), TODAY, reason="done", late_reason="recorded late"
    )
    before = (
        request.type,
        request.status,
        request.received_on,
        request.closed_on,
        request.extended_on,
        request.due_on,
        request.entity,
    )
    decision = record_retention(request)
    assert decision is not None
    purged = anonymise(request, decision, AT)

    assert [d.document_id for d in purged] == ["d1"] and request.documents[0].wrapped_key is None
    assert request.requester.name == ANONYMISED_NAME and request.requester.email is None
    assert (request.summary, request.extension_reason, request.outcome_reason) == ("", None, None)
    assert request.reasons == [] and request.notes == []
    assert "which ID" not in request.suspensions[0].reason
    check = request.identity_checks[0]
    assert (check.document_kind, check.number_last_chars, check.note) == (None, None, "")
    assert (check.checked_by, check.outcome.value) == ("Claire", "verified")
    assert (
        request.type,
        request.status,
        request.received_on,
        request.closed_on,
        request.extended_on,
        request.due_on,
        request.entity,
    ) == before
    assert request.anonymised_on == AT.date() and record_retention(request) is None
    request.deadlines()  # the ledger still explains the dates


class _Cancelling:
    cancelled = True

    def report(self, done: int, total: int) -> None:
        pass


def test_the_use_case_anonymises_once_and_a_cancellation_changes_nothing() -> None:
    uow = FakeUnitOfWork(FixedClock.on(TODAY))
    request = _closed()
    uow.entities.add(request.entity)
    uow.requests.add(request)
    uow.clock.current = AT
    with pytest.raises(Cancelled):
        anonymise_due_records(uow, None, progress=_Cancelling())  # type: ignore[arg-type]
    assert uow.requests.get("DSR-2026-0001").requester.name == "Nadia Roux"  # type: ignore[union-attr]
    assert [i.reference for i in records_plan(uow, AT.date())] == ["DSR-2026-0001"]

    class _Store:
        def delete(self, name: str) -> None:
            raise AssertionError("no document")

    outcome = anonymise_due_records(uow, _Store())  # type: ignore[arg-type]
    assert [i.reference for i in outcome.items] == ["DSR-2026-0001"]
    assert [r.name for r in uow.requesters.items] == [ANONYMISED_NAME]  # the old one removed
    assert [e.action for e in uow.audit.items][-1] == "request.anonymised"
    assert "Nadia" not in str(uow.audit.items[-1].details)
    assert records_plan(uow, AT.date()) == []
