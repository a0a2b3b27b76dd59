"""The domain's rules for correcting a requester and reassigning a request (issue 17 §3)."""

from __future__ import annotations

from datetime import date

import pytest

from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.request_actions import RequestAction
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import Outcome, Request, RequestType
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import first_settings, load_settings
from dsr_desk.user import acting_user
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 3, 10)


def _request(rtype: RequestType = RequestType.ACCESS, assignee: str | None = None) -> Request:
    return Request.register(
        reference="DSR-2026-0001",
        type=rtype,
        received_on=date(2026, 3, 2),
        requester=Requester(name="Jean Martin", email="jean@exemple.fr"),
        entity=Entity(name="Ville"),
        today=TODAY,
        assignee=assignee,
    )


def test_only_the_fields_that_change_are_reported_and_all_are_checked_first() -> None:
    request = _request()
    assert request.correct_requester(TODAY, name="Jean  Martin", language="fr") == ()
    assert request.correct_requester(TODAY, email="", address=" 1 rue\n75001 Paris ") == (
        "email",
        "postal_address",
    )
    assert (request.requester.email, request.requester.postal_address) == (
        None,
        "1 rue\n75001 Paris",
    )
    with pytest.raises(ValidationError):
        request.correct_requester(TODAY, name="Jeanne Martin", email="no-at-sign")
    assert request.requester.name == "Jean Martin"  # nothing changed by a refused correction


def test_an_anonymised_record_keeps_its_requester_erased() -> None:
    request = _request()
    request.anonymised_on = date(2026, 3, 9)
    blocker = request.allowed(RequestAction.REQUESTER, TODAY)
    assert blocker is not None and "anonymised on 09/03/2026" in blocker.reason
    with pytest.raises(RuleViolation):
        request.correct_requester(TODAY, name="Jeanne Martin")


def test_a_closed_request_may_have_its_requester_corrected_but_not_be_reassigned() -> None:
    request = _request(assignee=" Camille   Dupont ")
    assert request.assignee == "Camille Dupont"  # kept as the register's "Mine" compares it
    assert request.assign("camille dupont", TODAY) is True
    assert request.assign("camille dupont", TODAY) is False
    request.close(Outcome.COMPLETED, TODAY, TODAY)
    assert request.allowed(RequestAction.REQUESTER, TODAY) is None
    with pytest.raises(RuleViolation, match="already closed"):
        request.assign("Paul Durand", TODAY)


def test_who_acts_is_the_display_name_else_the_fallback() -> None:
    assert acting_user("  Camille  Dupont ", "root") == "Camille Dupont"
    assert acting_user("", "test-user") == "test-user"
    assert acting_user(None, "test-user") == "test-user"


def test_a_new_vaults_first_settings_are_kept_once_without_an_audit_entry() -> None:
    uow = FakeUnitOfWork()
    first_settings(uow, AppSettings(display_name="Camille Dupont", signer_title="Juriste"))
    assert load_settings(uow) == AppSettings(display_name="Camille Dupont", signer_title="Juriste")
    assert list(uow.audit.entries()) == []  # its first state, not a change
    with pytest.raises(RuleViolation, match="already has its preferences"):
        first_settings(uow, AppSettings(display_name="Someone Else"))
    assert load_settings(uow).display_name == "Camille Dupont"
