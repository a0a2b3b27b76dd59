"""The permission table and the login delay (domain), and the services asking the table
(on the in-memory unit of work): what each role may do, the message a refusal gives, and
nothing recorded when refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from dsr_desk.domain.accounts import MAX_LOGIN_DELAY, Account, login_delay
from dsr_desk.domain.errors import PermissionDenied, ValidationError
from dsr_desk.domain.requests import RequestType
from dsr_desk.domain.roles import PERMISSIONS, Action, UserRole, allows, parse_role, require
from dsr_desk.services import requests as svc
from dsr_desk.services.entities import create_entity
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import save_settings
from tests.fakes import FakeUnitOfWork


def test_the_dpo_may_do_everything() -> None:
    assert PERMISSIONS[UserRole.DPO] == frozenset(Action)


@pytest.mark.parametrize(
    "action",
    [
        Action.PURGE_DOCUMENTS,
        Action.PURGE_RECORDS,
        Action.CONSULT_ARCHIVES,
        Action.CHANGE_SETTINGS,
        Action.MANAGE_USERS,
    ],
)
def test_an_assistant_may_not_purge_consult_archives_or_change_settings(action: Action) -> None:
    assert not allows(UserRole.ASSISTANT, action)
    assert allows(UserRole.ASSISTANT, Action.EDIT_REQUESTS)
    assert allows(UserRole.ASSISTANT, Action.WRITE_LETTERS)


def test_an_auditor_only_reads() -> None:
    assert PERMISSIONS[UserRole.AUDITOR] == {
        Action.READ_REGISTER,
        Action.READ_AUDIT_LOG,
        Action.REPORTS,
    }


def test_a_refusal_names_the_role_and_the_action() -> None:
    with pytest.raises(PermissionDenied) as refused:
        require(UserRole.ASSISTANT, Action.PURGE_DOCUMENTS)
    assert str(refused.value) == "Your role (assistant) does not allow purging ID documents."
    require(UserRole.DPO, Action.PURGE_DOCUMENTS)
    assert parse_role(" Auditor ") is UserRole.AUDITOR
    with pytest.raises(ValidationError, match="dpo, assistant, auditor"):
        parse_role("admin")


def test_the_login_delay_doubles_up_to_its_cap() -> None:
    seconds = [login_delay(n).total_seconds() for n in range(6)]
    assert seconds == [0, 1, 2, 4, 8, 16]
    assert login_delay(30) == login_delay(10_000) == MAX_LOGIN_DELAY


def test_an_account_waits_from_its_last_failure() -> None:
    start = datetime(2026, 1, 15, 9, tzinfo=UTC)
    account = Account("bob", UserRole.ASSISTANT, start, password_hash="x")
    assert account.next_attempt_at() is None
    account.record_failure(start)
    account.record_failure(start + timedelta(seconds=5))
    assert account.next_attempt_at() == start + timedelta(seconds=7)
    account.record_success()
    assert (account.failed_count, account.next_attempt_at()) == (0, None)


def _request(uow: FakeUnitOfWork) -> str:
    return svc.register_request(
        uow, type=RequestType.ACCESS, received_on=date(2026, 1, 10), name="Zoé"
    ).reference


def test_the_services_refuse_what_the_role_does_not_allow() -> None:
    dpo = FakeUnitOfWork(user="camille")
    create_entity(dpo, name="Lycée")
    reference = _request(dpo)
    entries = len(dpo.audit.items)

    auditor = FakeUnitOfWork(user="audrey", role=UserRole.AUDITOR)
    auditor.entities, auditor.requests, auditor.audit = dpo.entities, dpo.requests, dpo.audit
    with pytest.raises(PermissionDenied, match=r"auditor\) does not allow logging"):
        _request(auditor)
    with pytest.raises(PermissionDenied):
        svc.extend(auditor, reference, "complex")
    assert svc.get_request(auditor, reference).reference == reference

    assistant = FakeUnitOfWork(user="bob", role=UserRole.ASSISTANT)
    assistant.entities, assistant.requests = dpo.entities, dpo.requests
    assistant.audit, assistant.requesters = dpo.audit, dpo.requesters
    with pytest.raises(PermissionDenied, match=r"assistant\) does not allow changing settings"):
        save_settings(assistant, AppSettings())
    assert len(dpo.audit.items) == entries  # nothing recorded by the refused calls
    svc.add_note(assistant, reference, "called back")
    assert dpo.audit.items[-1].user == "bob"
