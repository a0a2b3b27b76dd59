"""Domain rules on a request: status transitions, extension, closure, suspensions."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.documents import DocumentKind, DocumentRecord, Note
from dsr_desk.domain.entities import Entity, Role
from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import (
    ALLOWED_TRANSITIONS,
    InformationKind,
    Outcome,
    Request,
    RequestType,
    Status,
    parse_reference,
)

TODAY = date(2026, 2, 10)


def _request(
    policy: SuspensionPolicy = SuspensionPolicy.RESTART, role: Role = Role.CONTROLLER
) -> Request:
    entity = Entity(name="Groupe scolaire", suspension_policy=policy, role=role)
    return Request.register(
        reference="DSR-2026-0001",
        type=RequestType.ACCESS,
        received_on=date(2026, 1, 15),
        requester=Requester(name="Louis Bernard"),
        entity=entity,
        today=TODAY,
    )


def test_register_computes_the_due_date() -> None:
    request = _request()
    # 15/02/2026 is a Sunday → Monday 16/02/2026
    assert request.due_on == date(2026, 2, 16)
    assert request.last_contact_on == date(2026, 1, 15)
    assert request.status is Status.RECEIVED


def test_final_statuses_allow_no_transition() -> None:
    for status in (Status.COMPLETED, Status.REFUSED, Status.FORWARDED):
        assert ALLOWED_TRANSITIONS[status] == frozenset()
    assert set(ALLOWED_TRANSITIONS) == set(Status)


def test_illegal_transition_raises_a_clear_error() -> None:
    request = _request()
    request.close(Outcome.COMPLETED, TODAY, TODAY)
    with pytest.raises(RuleViolation, match="is already closed \\(completed\\)"):
        request.start_processing(TODAY)
    request2 = _request()
    request2.start_processing(TODAY)
    with pytest.raises(RuleViolation, match="is already being worked on"):
        request2.start_processing(TODAY)


def test_extension_allowed_until_the_notice_date_inclusive() -> None:
    request = _request()
    assert request.extend("complex", date(2026, 2, 16)) == date(2026, 4, 15)
    assert request.due_on == date(2026, 4, 15)
    assert request.last_contact_on == date(2026, 2, 16)  # the extension notice is a contact
    late = _request()
    with pytest.raises(RuleViolation, match="16/02/2026"):
        late.extend("complex", date(2026, 2, 17))
    with pytest.raises(ValidationError, match="reasons"):
        _request().extend("   ", TODAY)


def test_closure_dates_are_checked() -> None:
    with pytest.raises(ValidationError, match="future"):
        _request().close(Outcome.COMPLETED, date(2026, 2, 11), TODAY)
    with pytest.raises(ValidationError, match="before the request was received"):
        _request().close(Outcome.COMPLETED, date(2026, 1, 14), TODAY)


def test_refuse_while_waiting_for_identity_is_allowed() -> None:
    request = _request()
    request.ask_for_information(InformationKind.IDENTITY, "ID card", date(2026, 1, 20), TODAY)
    request.close(Outcome.REFUSED, TODAY, TODAY, "No proof of identity was provided")
    assert request.status is Status.REFUSED


def test_pause_policy_adds_the_waiting_days() -> None:
    request = _request(SuspensionPolicy.PAUSE)
    request.ask_for_information(
        InformationKind.CLARIFICATION, "which data?", date(2026, 1, 20), TODAY
    )
    assert request.on_hold
    request.information_received(date(2026, 2, 2), TODAY)  # 13 days
    # 15/02 + 13 days = 28/02/2026, a Saturday → Monday 02/03/2026
    assert request.due_on == date(2026, 3, 2)
    assert not request.on_hold
    assert request.last_contact_on == date(2026, 2, 2)


def test_a_second_request_for_information_needs_the_first_answered() -> None:
    request = _request()
    request.ask_for_information(InformationKind.IDENTITY, "ID", date(2026, 1, 20), TODAY)
    with pytest.raises(RuleViolation, match="already waiting"):
        request.ask_for_information(InformationKind.CLARIFICATION, "x", date(2026, 1, 21), TODAY)
    with pytest.raises(ValidationError, match="before it was asked"):
        request.information_received(date(2026, 1, 19), TODAY)


def test_reference_parsing() -> None:
    assert parse_reference(" dsr-2026-7 ") == "DSR-2026-0007"
    assert parse_reference("DSR-2026-12345") == "DSR-2026-12345"
    with pytest.raises(ValidationError, match="not a request reference"):
        parse_reference("REQ-1")


def test_asking_for_information_after_the_deadline_cannot_revive_it() -> None:
    request = _request()
    late_day = date(2026, 2, 17)  # due 16/02/2026
    with pytest.raises(RuleViolation, match="has passed"):
        request.ask_for_information(InformationKind.IDENTITY, "ID", late_day, late_day)
    assert request.status is Status.RECEIVED and request.suspensions == []


def test_minimisation_keeps_no_id_copy() -> None:
    from datetime import UTC, datetime

    from dsr_desk.domain.documents import DocumentKind, DocumentRecord

    request = _request()
    request.entity.minimisation = True

    def record(kind: DocumentKind, doc_id: str) -> DocumentRecord:
        return DocumentRecord(
            doc_id,
            kind,
            "f.pdf",
            "application/pdf",
            1,
            "0" * 64,
            doc_id,
            datetime(2026, 2, 1, tzinfo=UTC),
            "dpo",
            b"k",
        )

    with pytest.raises(RuleViolation, match="minimisation"):
        request.attach(record(DocumentKind.ID, "a"), TODAY)
    request.attach(record(DocumentKind.LETTER, "b"), TODAY)
    assert [d.document_id for d in request.documents] == ["b"]


def _closed_objection(rtype: RequestType = RequestType.OBJECTION) -> Request:
    request = Request.register(
        reference="DSR-2026-0009",
        type=rtype,
        received_on=date(2026, 1, 15),
        requester=Requester(name="Inès Faure"),
        entity=Entity(name="Groupe scolaire"),
        today=TODAY,
    )
    request.close(Outcome.COMPLETED, date(2026, 2, 2), TODAY)
    return request


def _document(kind: DocumentKind, number: int = 1) -> DocumentRecord:
    return DocumentRecord(
        document_id=f"doc-{number}",
        kind=kind,
        filename=f"file-{number}",
        media_type="application/pdf",
        size=10,
        sha256="0" * 64,
        stored_name=f"stored-{number}",
        added_at=datetime(2026, 2, 5, 9, 0, tzinfo=UTC),
        added_by="alice",
        wrapped_key=b"k" * 40,
    )


@pytest.mark.parametrize("rtype", [RequestType.OBJECTION, RequestType.MARKETING_OPT_OUT])
def test_a_closed_objection_record_is_a_read_only_archive(rtype: RequestType) -> None:
    request = _closed_objection(rtype)
    assert request.archive_only
    with pytest.raises(RuleViolation, match="read-only archive; cannot add a note"):
        request.add_note(Note(datetime(2026, 2, 5, tzinfo=UTC), "alice", "a remark"))
    for kind in (DocumentKind.ID, DocumentKind.OTHER):
        with pytest.raises(RuleViolation, match="read-only archive"):
            request.attach(_document(kind), TODAY)
    assert request.notes == [] and request.documents == []


def test_the_archive_still_takes_the_outcome_letter_and_new_correspondence() -> None:
    request = _closed_objection()
    for number, kind in enumerate(
        (DocumentKind.RESPONSE, DocumentKind.EMAIL, DocumentKind.LETTER), start=1
    ):
        request.attach(_document(kind, number), TODAY)
    assert [d.kind for d in request.documents] == [
        DocumentKind.RESPONSE,
        DocumentKind.EMAIL,
        DocumentKind.LETTER,
    ]
    assert request.last_contact_on == TODAY  # new contact: the objection clock restarts


def test_open_objections_and_closed_access_requests_are_not_archived() -> None:
    request = _closed_objection()
    request.status = Status.IN_PROGRESS  # as before closure
    assert not request.archive_only
    access = _request()
    access.close(Outcome.COMPLETED, date(2026, 2, 2), TODAY)
    assert not access.archive_only
    access.add_note(Note(datetime(2026, 2, 5, tzinfo=UTC), "alice", "sent by post"))
    assert len(access.notes) == 1
