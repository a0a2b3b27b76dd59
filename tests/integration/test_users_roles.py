"""Users and roles on the real SQLCipher vault and through the real CLI: the owner is the only
account of a new vault (DPO, no password); the services refuse what a role does not allow
(an assistant's purge leaves the ID copy intact, an auditor logs no request); failed logins
delay the next attempt, the count surviving a re-open of the vault; ``user add|list|remove``
keep to their contract and a refused permission is one line, exit 2. The services' part runs
on a team database on PostgreSQL too (``read_stores``)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import (
    LoginRefused,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.domain.roles import UserRole
from dsr_desk.services import accounts
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document
from dsr_desk.services.retention import purge_due_documents, purge_plan
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Vault
from tests.integration.cli_helpers import PASSPHRASE, init_vault, run_cli
from tests.integration.read_stores import Store
from tests.vault_templates import open_copy

PASSWORD = "plum tractor velvet harbour"
OWNER = "dpo-owner"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(date(2025, 2, 1))


@pytest.fixture
def opened(data_dir: Path, clock: FixedClock) -> tuple[Vault, str]:
    return open_copy(
        data_dir, clock, user=OWNER, passphrase=PASSPHRASE, entities=[{"name": "Lycée Exemple"}]
    )


@pytest.fixture
def store_clock(clock: FixedClock) -> FixedClock:
    return clock


@pytest.fixture
def store_entities() -> list[dict[str, str]]:
    return [{"name": "Lycée Exemple"}]


@pytest.fixture
def store_user() -> str:
    return OWNER


def _uow(
    vault: Vault | Store, clock: FixedClock, user: str = OWNER, role: UserRole = UserRole.DPO
) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, clock, user, role)


def test_a_new_vault_has_its_owner_as_dpo_without_password(
    opened: tuple[Vault, str], clock: FixedClock
) -> None:
    vault, _ = opened
    (owner,) = accounts.list_users(_uow(vault, clock))
    assert (owner.role, owner.is_owner) == (UserRole.DPO, True)
    with vault.engine.connect() as connection:
        (stored,) = connection.execute(text("SELECT password_hash FROM users")).all()
    assert stored == (None,)
    with pytest.raises(LoginRefused):  # the owner's login is unlocking the vault
        accounts.login(_uow(vault, clock), owner.name, "")


def test_roles_are_enforced_by_the_services(store: Store, clock: FixedClock) -> None:
    vault, documents = store, store.documents()
    accounts.add_user(_uow(vault, clock), "bob", UserRole.ASSISTANT, PASSWORD)
    accounts.add_user(_uow(vault, clock), "audrey", UserRole.AUDITOR, PASSWORD)
    bob = _uow(vault, clock, "bob", UserRole.ASSISTANT)
    ref = svc.register_request(
        bob, type=RequestType.ACCESS, received_on=date(2025, 1, 10), name="Zoé Canari"
    ).reference
    attach_document(bob, documents, ref, DocumentKind.ID, "id.pdf", "application/pdf", b"%PDF-1 id")
    svc.close(bob, ref, Outcome.COMPLETED)
    clock.advance(timedelta(days=400))
    assert [item.reference for item in purge_plan(bob, clock.today())] == [ref]

    with pytest.raises(PermissionDenied, match=r"^Your role \(assistant\) does not allow purg"):
        purge_due_documents(_uow(vault, clock, "bob", UserRole.ASSISTANT), documents)
    assert [item.reference for item in purge_plan(bob, clock.today())] == [ref]  # untouched
    with pytest.raises(PermissionDenied, match="managing user accounts"):
        accounts.add_user(bob, "eve", UserRole.DPO, PASSWORD)

    audrey = _uow(vault, clock, "audrey", UserRole.AUDITOR)
    with pytest.raises(PermissionDenied, match=r"Your role \(auditor\) does not allow logging"):
        svc.register_request(
            audrey, type=RequestType.ACCESS, received_on=date(2026, 3, 1), name="Rémi Pic"
        )
    with pytest.raises(PermissionDenied):
        svc.add_note(audrey, ref, "a note")
    assert svc.get_request(audrey, ref).reference == ref  # reading is allowed

    purged = purge_due_documents(_uow(vault, clock), documents)  # the DPO may
    assert [item.reference for item in purged.items] == [ref]
    with _uow(vault, clock) as uow:
        users = {entry.user for entry in uow.audit.entries(ref)}
    assert users == {"bob", OWNER}  # every entry names who acted


def test_an_assignee_is_chosen_among_the_users_once_there_are_several(
    opened: tuple[Vault, str], clock: FixedClock
) -> None:
    # a workstation's rule: while its owner is its only account, any name may be written
    vault, _ = opened
    kept = svc.register_request(
        _uow(vault, clock),
        type=RequestType.ACCESS,
        received_on=date(2025, 1, 10),
        name="A",
        assignee="Camille (free text)",
    )
    assert kept.assignee == "Camille (free text)"  # a one-person workstation: free text
    accounts.add_user(_uow(vault, clock), "bob", UserRole.ASSISTANT, PASSWORD)
    with pytest.raises(ValidationError, match="has no user account"):
        svc.register_request(
            _uow(vault, clock),
            type=RequestType.ACCESS,
            received_on=date(2025, 1, 10),
            name="B",
            assignee="Camille",
        )
    assigned = svc.register_request(
        _uow(vault, clock),
        type=RequestType.ACCESS,
        received_on=date(2025, 1, 10),
        name="C",
        assignee="bob",
    )
    assert assigned.assignee == "bob"


def test_on_a_team_database_an_assignee_is_always_one_of_the_users(
    store: Store, clock: FixedClock
) -> None:
    # the issue: "requests have an assignee chosen among the users"; only a workstation whose
    # owner is its only account takes any name (a one-person office's free text)
    vault = store
    if vault.is_team:  # a team with a single account still assigns among its users
        accounts.add_user(_uow(vault, clock), "bob", UserRole.ASSISTANT, PASSWORD)
    users = ("bob",) if vault.is_team else ()
    ref = svc.register_request(
        _uow(vault, clock), type=RequestType.ACCESS, received_on=date(2025, 1, 10), name="A"
    ).reference
    assert svc.request_file(_uow(vault, clock), ref).assignees == users  # what the GUI offers

    def register(assignee: str) -> str | None:
        return svc.register_request(
            _uow(vault, clock),
            type=RequestType.ACCESS,
            received_on=date(2025, 1, 10),
            name="B",
            assignee=assignee,
        ).assignee

    if vault.is_team:
        message = r"^'Camille' has no user account: assign the request to one of the users \(bob\)"
        with pytest.raises(ValidationError, match=message):
            register("Camille")
        with pytest.raises(ValidationError, match=message):
            svc.assign(_uow(vault, clock), ref, "Camille")
        assert svc.get_request(_uow(vault, clock), ref).assignee is None  # unchanged
    else:
        assert register("Camille") == "Camille"
        assert svc.assign(_uow(vault, clock), ref, "Camille").assignee == "Camille"
    accounts.add_user(_uow(vault, clock), "eve", UserRole.AUDITOR, PASSWORD)
    owner = accounts.list_users(_uow(vault, clock))[0].name  # the vault's owner, or bob
    users = ("bob", "eve") if vault.is_team else (owner, "eve")
    assert svc.request_file(_uow(vault, clock), ref).assignees == users
    assert register("  eve ") == "eve"
    assert svc.assign(_uow(vault, clock), ref, users[0]).assignee == users[0]
    with pytest.raises(ValidationError, match="has no user account"):
        svc.assign(_uow(vault, clock), ref, "Camille")
    assert svc.assign(_uow(vault, clock), ref, "").assignee is None  # nobody, in both modes


def test_accounts_are_unique_and_the_owner_stays(store: Store, clock: FixedClock) -> None:
    vault = store
    accounts.add_user(_uow(vault, clock), "bob", UserRole.ASSISTANT, PASSWORD)
    with pytest.raises(RuleViolation, match="already a user named bob"):
        accounts.add_user(_uow(vault, clock), "bob", UserRole.DPO, PASSWORD)
    with pytest.raises(ValidationError, match="password is too short"):
        accounts.add_user(_uow(vault, clock), "eve", UserRole.DPO, "short")
    if vault.is_team:  # a team has no owner: its accounts are the team's
        owners = []
    else:
        owners = [accounts.list_users(_uow(vault, clock))[0].name]
        with pytest.raises(RuleViolation, match="cannot be removed"):
            accounts.remove_user(_uow(vault, clock), owners[0])
    accounts.remove_user(_uow(vault, clock), "bob")
    assert [u.name for u in accounts.list_users(_uow(vault, clock))] == owners
    with pytest.raises(LoginRefused):
        accounts.login(_uow(vault, clock), "bob", PASSWORD)
    back = accounts.add_user(_uow(vault, clock), "bob", UserRole.AUDITOR, PASSWORD)
    assert back.role is UserRole.AUDITOR  # a removed name can be given an account again


def test_failed_logins_delay_exponentially_and_the_count_survives_a_reopen(
    store: Store, clock: FixedClock
) -> None:
    vault = store
    accounts.add_user(_uow(vault, clock), "bob", UserRole.ASSISTANT, PASSWORD)
    (stored,) = vault.sql("SELECT password_hash FROM users WHERE name='bob'")
    assert stored[0].startswith("$argon2id$") and PASSWORD not in stored[0]

    for expected_delay in (1, 2, 4):
        with pytest.raises(LoginRefused, match="Wrong user name or password"):
            accounts.login(_uow(vault, clock), "bob", "wrong", clock)
        clock.advance(timedelta(seconds=expected_delay) - timedelta(milliseconds=1))
        with pytest.raises(LoginRefused, match="try again in 1 s"):  # even the right one
            accounts.login(_uow(vault, clock), "bob", PASSWORD, clock)
        clock.advance(timedelta(milliseconds=1))

    with pytest.raises(LoginRefused, match="Wrong"):  # a 4th failure: 8 s
        accounts.login(_uow(vault, clock), "bob", "wrong", clock)
    vault.reopen()  # a restart
    clock.advance(timedelta(seconds=7))
    with pytest.raises(LoginRefused, match="try again in 1 s"):
        accounts.login(_uow(vault, clock), "bob", PASSWORD, clock)
    clock.advance(timedelta(seconds=1))
    assert accounts.login(_uow(vault, clock), "bob", PASSWORD, clock).role is UserRole.ASSISTANT
    with pytest.raises(LoginRefused, match="Wrong"):  # the success reset the count: 1 s
        accounts.login(_uow(vault, clock), "bob", "wrong", clock)
    clock.advance(timedelta(seconds=1))
    assert accounts.login(_uow(vault, clock), "bob", PASSWORD, clock).name == "bob"


def test_user_commands_and_refused_roles_through_the_cli(data_dir: Path) -> None:
    init_vault(data_dir)
    listed = run_cli(data_dir, "user", "list", "--json")
    assert listed.code == 0, listed.err
    (owner,) = json.loads(listed.out)
    assert (owner["role"], owner["owner"]) == ("dpo", True)

    new = {"DSR_DESK_NEW_PASSWORD": PASSWORD}
    for name, role in (("bob", "assistant"), ("audrey", "auditor")):
        added = run_cli(data_dir, "user", "add", name, "--role", role, env=new)
        assert (added.code, added.out) == (0, f"User {name} added ({role}).\n"), added.err
    rows = json.loads(run_cli(data_dir, "user", "list", "--json").out)
    assert [(r["name"], r["role"]) for r in rows] == [
        (owner["name"], "dpo"),
        ("audrey", "auditor"),
        ("bob", "assistant"),
    ]
    assert all(set(r) == {"name", "role", "created_on", "owner"} for r in rows)  # no hash

    as_bob = {"DSR_DESK_USER": "bob", "DSR_DESK_PASSWORD": PASSWORD}
    as_audrey = {"DSR_DESK_USER": "audrey", "DSR_DESK_PASSWORD": PASSWORD}
    purge = run_cli(data_dir, "purge", env=as_bob)
    assert (purge.code, purge.out) == (2, "")
    assert purge.err == (
        "dsr-desk: error: Your role (assistant) does not allow purging ID documents.\n"
    )
    add = ("request", "add", "--type", "access", "--received", "2026-01-05", "--name", "Zoé")
    refused = run_cli(data_dir, *add, env=as_audrey)
    assert refused.code == 2 and refused.err.count("\n") == 1
    assert "Your role (auditor) does not allow logging or changing requests." in refused.err
    logged = run_cli(data_dir, *add, env=as_bob)
    assert logged.code == 0, logged.err
    shown = run_cli(data_dir, "request", "show", logged.out.strip(), "--json", env=as_audrey)
    assert shown.code == 0, shown.err
    no_password = run_cli(data_dir, "user", "list", env={"DSR_DESK_USER": "bob"})
    assert no_password.code == 2 and "DSR_DESK_PASSWORD" in no_password.err
    wrong = run_cli(data_dir, "user", "list", env={**as_bob, "DSR_DESK_PASSWORD": "nope"})
    assert wrong.err == "dsr-desk: error: Wrong user name or password.\n"

    removed = run_cli(data_dir, "user", "remove", "bob")
    assert (removed.code, removed.out) == (0, "User bob removed.\n"), removed.err
    gone = run_cli(data_dir, "user", "list", env=as_bob)
    assert gone.err == "dsr-desk: error: The account of bob was removed; it can no longer log in.\n"
