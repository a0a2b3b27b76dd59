"""Services on a fake unit of work: rules applied, audit appended, commit only on success."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dsr_desk.domain.audit import verify_chain
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.entities import Role
from dsr_desk.domain.errors import ArchiveRestricted, NotFound, RuleViolation, ValidationError
from dsr_desk.domain.requests import InformationKind, Outcome, RequestType
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.services import entities as entity_service
from dsr_desk.services import requests as svc
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(date(2026, 3, 10)))
    entity_service.create_entity(fake, name="Lycée Saint-Exemple", country="FR")
    return fake


def _register(uow: FakeUnitOfWork, **overrides: object) -> str:
    values: dict[str, object] = {
        "type": RequestType.ACCESS,
        "received_on": date(2026, 3, 5),
        "name": "Jeanne Martin",
        "email": "jeanne.martin@example.fr",
    }
    values.update(overrides)
    return svc.register_request(uow, **values).reference  # type: ignore[arg-type]


def test_register_assigns_yearly_reference_and_due_date(uow: FakeUnitOfWork) -> None:
    first = svc.register_request(
        uow, type=RequestType.ACCESS, received_on=date(2026, 3, 5), name="Jeanne Martin"
    )
    second = _register(uow)
    older = _register(uow, received_on=date(2025, 12, 30))
    assert (first.reference, second, older) == ("DSR-2026-0001", "DSR-2026-0002", "DSR-2025-0001")
    # 5 March 2026 + 1 month = 5 April 2026, Easter Sunday; Easter Monday is a holiday.
    assert first.due == date(2026, 4, 7)
    assert first.entity == "Lycée Saint-Exemple"
    assert [e.action for e in uow.audit.items][-3:] == ["request.registered"] * 3


def test_same_email_and_name_reuses_the_requester(uow: FakeUnitOfWork) -> None:
    _register(uow)
    _register(uow, name="jeanne martin", email="Jeanne.Martin@Example.fr")
    _register(uow, name="Someone Else", email="jeanne.martin@example.fr")
    assert len(uow.requesters.items) == 2


def test_future_receipt_date_is_refused_and_nothing_is_recorded(uow: FakeUnitOfWork) -> None:
    before = len(uow.audit.items)
    with pytest.raises(ValidationError, match="future"):
        _register(uow, received_on=date(2026, 3, 11))
    assert len(uow.audit.items) == before
    assert uow.requests.items == {}


def test_bad_email_is_refused(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationError, match="e-mail"):
        _register(uow, email="not-an-address")


def test_unknown_entity_and_reference(uow: FakeUnitOfWork) -> None:
    with pytest.raises(NotFound, match="No entity named"):
        _register(uow, entity="Nope")
    with pytest.raises(NotFound, match="DSR-2026-0042"):
        svc.get_request(uow, "dsr-2026-42")


def test_extend_records_reason_and_new_due(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    detail = svc.extend(uow, ref, "Many systems to search")
    assert detail.extended_on == date(2026, 3, 10)
    assert detail.effective_due == detail.extended_due == date(2026, 6, 5)
    entry = uow.audit.items[-1]
    assert entry.action == "request.extended"
    assert entry.details == {
        "reason_no": 1,
        "reason_mac": entry.details["reason_mac"],
        "new_due_on": "2026-06-05",
    }  # the text is kept with the request, the log refers to it
    request = uow.requests.get(ref)
    assert request is not None and request.reasons[0].text == "Many systems to search"
    assert request.reasons[0].matches(entry.details)
    assert detail.extension_reason == "Many systems to search"
    with pytest.raises(RuleViolation, match="already extended"):
        svc.extend(uow, ref, "again")


def test_extension_after_notice_date_is_refused(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    assert isinstance(uow.clock, FixedClock)
    uow.clock.advance(timedelta(days=29))  # 8 April 2026, after the 7 April due date
    with pytest.raises(RuleViolation, match="Too late to extend"):
        svc.extend(uow, ref, "complex")
    assert uow.audit.items[-1].action == "request.registered"


def test_refusal_needs_reasons(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    with pytest.raises(ValidationError, match="reasons"):
        svc.close(uow, ref, Outcome.REFUSED)
    detail = svc.close(uow, ref, Outcome.REFUSED, reason="Manifestly unfounded")
    assert (detail.status, detail.outcome_reason) == ("refused", "Manifestly unfounded")
    with pytest.raises(RuleViolation, match="already closed"):
        svc.close(uow, ref, Outcome.COMPLETED)


def test_forward_only_for_a_processor(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    with pytest.raises(RuleViolation, match="only a processor"):
        svc.close(uow, ref, Outcome.FORWARDED)
    entity_service.create_entity(uow, name="Formation SAS", role=Role.PROCESSOR)
    ref2 = _register(uow, entity="Formation SAS")
    assert svc.close(uow, ref2, Outcome.FORWARDED).status == "forwarded"


def test_information_cycle_restart_policy(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    waiting = svc.ask_for_information(
        uow, ref, InformationKind.IDENTITY, "copy of an ID card", asked_on=date(2026, 3, 6)
    )
    assert waiting.status == "awaiting-information"
    assert waiting.on_hold_since == date(2026, 3, 6)
    assert waiting.overdue is False
    with pytest.raises(RuleViolation, match="still waiting"):
        svc.close(uow, ref, Outcome.COMPLETED)
    resumed = svc.information_received(uow, ref, received_on=date(2026, 3, 9))
    assert resumed.status == "in-progress"
    assert resumed.due == date(2026, 4, 9)  # restarts from the arrival date
    assert resumed.suspensions[0].policy == SuspensionPolicy.RESTART.value


def test_identity_check_is_recorded_and_audited(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    detail = svc.record_identity_check(
        uow, ref, VerificationMethod.ID_DOCUMENT, document_kind="passport", number_last_chars="4821"
    )
    assert detail.identity_verified is True
    assert detail.identity_checks[0].checked_by == "alice"
    assert uow.audit.items[-1].details["method"] == "id-document"


def test_every_action_is_chained_in_the_audit_log(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    svc.start_processing(uow, ref)
    svc.extend(uow, ref, "complex")
    svc.close(uow, ref, Outcome.COMPLETED)
    report = verify_chain(uow.audit.items, uow.audit.head())
    assert report.ok and report.checked == 5
    timeline = svc.get_request(uow, ref).timeline
    assert [e.action for e in timeline] == [
        "request.registered",
        "request.started",
        "request.extended",
        "request.closed",
    ]


def test_a_closed_objection_is_consulted_only_with_a_recorded_reason(uow: FakeUnitOfWork) -> None:
    ref = _register(uow, type=RequestType.OBJECTION)
    assert not svc.get_request(uow, ref).archive_only  # open: an ordinary file
    svc.close(uow, ref, Outcome.COMPLETED)
    with pytest.raises(ArchiveRestricted, match="restricted archive"):
        svc.get_request(uow, ref)
    with pytest.raises(ArchiveRestricted):
        svc.get_request(uow, ref, consult_reason="   ")
    with pytest.raises(RuleViolation, match="read-only archive"):
        svc.add_note(uow, ref, "late remark")
    detail = svc.get_request(uow, ref, consult_reason="New objection from the same person")
    assert detail.archive_only
    consulted = uow.audit.items[-1]
    assert (consulted.action, consulted.request_ref) == ("request.archive_consulted", ref)
    assert "New objection from the same person" not in consulted.details_json  # kept apart
    assert detail.timeline[-1].details["reason"] == "New objection from the same person"
    entries = len(uow.audit.items)
    assert svc.get_request(uow, ref, consulted=True).reference == ref  # same session: no re-ask
    assert len(uow.audit.items) == entries


def test_the_request_file_is_read_in_one_call(uow: FakeUnitOfWork) -> None:
    entity_service.create_entity(
        uow, name="Formation SAS", suspension_policy=SuspensionPolicy.PAUSE
    )
    ref = _register(uow, entity="Formation SAS")
    svc.extend(uow, ref, "complex")
    file = svc.request_file(uow, ref)
    assert file.detail == svc.get_request(uow, ref)  # with its timeline
    assert [event.action for event in file.detail.timeline] == [
        "request.registered",
        "request.extended",
    ]
    assert file.suspension_policy == "pause"  # the request's entity, not the default one
    assert file.today == date(2026, 3, 10)
    assert svc.request_file(uow, _register(uow)).suspension_policy == "restart"


def test_the_request_file_keeps_the_archive_rule(uow: FakeUnitOfWork) -> None:
    ref = _register(uow, type=RequestType.OBJECTION)
    svc.close(uow, ref, Outcome.COMPLETED)
    entries = len(uow.audit.items)
    with pytest.raises(ArchiveRestricted, match="restricted archive"):
        svc.request_file(uow, ref)
    assert len(uow.audit.items) == entries
    file = svc.request_file(uow, ref, consult_reason="New objection from the same person")
    assert file.detail.archive_only
    assert uow.audit.items[-1].action == "request.archive_consulted"
    assert file.detail.timeline[-1].details["reason"] == "New objection from the same person"
    entries = len(uow.audit.items)
    assert svc.request_file(uow, ref, consulted=True).detail.reference == ref
    assert len(uow.audit.items) == entries  # consulted in this session: not asked again
