"""Team mode's application-side encryption on a real PostgreSQL server (the throwaway cluster):
personal fields and the blind index under the team key, so a ``pg_dump`` holds no personal
data; a removed user's saved key row opens nothing written after a rotation; the search goes
through the blind index; the CLI contract (``--db``) end to end in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import VaultError, VaultLocked
from dsr_desk.domain.requests import RequestType
from dsr_desk.domain.roles import UserRole
from dsr_desk.services import accounts, team
from dsr_desk.services import requests as svc
from dsr_desk.services.read.queries import RequestFilter, list_requests
from dsr_desk.storage import tables, team_keys
from dsr_desk.storage.pg_engine import TeamDatabase, create_team_engine
from dsr_desk.storage.team_crypto import TeamCipher, cipher_of_dialect
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.postgres_cluster import ThrowawayCluster, find_binary

pytestmark = pytest.mark.postgres

CLOCK = FixedClock.on(date(2026, 3, 20))
ADMIN, ADMIN_PASSWORD = "camille", "orchard velvet compass harbour"
ASSISTANT, ASSISTANT_PASSWORD = "noah", "lantern meadow pebble violin"
CANARY_NAME = "Zéphyrine Quasimodo-Canary"
CANARY_EMAIL = "zephyrine.canary@example.org"
CANARY_SUMMARY = "Canary summary: every record about Zéphyrine's gym membership"
FIRST_ENTITY = {"name": "Lycée Exemple"}


@pytest.fixture
def team_db(pg_empty_url: str) -> Iterator[tuple[TeamDatabase, str]]:
    database = TeamDatabase(create_team_engine(pg_empty_url))
    recovery_key = team.create_team(database, CLOCK, ADMIN, ADMIN_PASSWORD, dict(FIRST_ENTITY))
    yield database, recovery_key
    database.close()


def _uow(database: TeamDatabase, user: str = ADMIN, role: UserRole = UserRole.DPO) -> SqlUnitOfWork:
    return SqlUnitOfWork(database.session_factory, CLOCK, user, role)


def _register(database: TeamDatabase, name: str, email: str, summary: str = "") -> str:
    detail = svc.register_request(
        _uow(database),
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 2),
        name=name,
        email=email,
        summary=summary,
        address="12 rue des Canaris, 75011 Paris",
    )
    return detail.reference


def _dump(url: str) -> bytes:
    """``pg_dump`` of the database (the binary beside ``initdb``), as the server's operator
    or a stolen backup would see it."""
    completed = subprocess.run(
        [find_binary("pg_dump"), "--no-owner", "--inserts", url],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return completed.stdout


def test_a_dump_of_a_team_database_holds_no_personal_data(
    team_db: tuple[TeamDatabase, str], pg_empty_url: str
) -> None:
    database, _recovery = team_db
    reference = _register(database, CANARY_NAME, CANARY_EMAIL, CANARY_SUMMARY)
    with _uow(database) as uow:  # read back through the app: decrypted
        loaded = uow.requests.get(reference)
        assert loaded is not None
        assert (loaded.requester.name, loaded.requester.email) == (CANARY_NAME, CANARY_EMAIL)
        assert loaded.summary == CANARY_SUMMARY
    dump = _dump(pg_empty_url)
    assert reference.encode() in dump  # the dump is real and holds the request
    folded = dump.decode("utf-8", "replace").casefold()
    for canary in ("Zéphyrine", "Zephyrine", "Quasimodo", "canary@", "gym membership", "Canaris"):
        assert canary.casefold() not in folded, canary
    for word in ("zephyrine", "quasimodo"):  # nor the folded search key of old
        assert word not in folded


def test_search_goes_through_the_blind_index(team_db: tuple[TeamDatabase, str]) -> None:
    database, _recovery = team_db
    _register(database, CANARY_NAME, CANARY_EMAIL)
    _register(database, "Éric Lefèvre", "eric@example.fr")

    def found(text: str) -> list[str]:
        with _uow(database) as uow:
            rows = list_requests(uow.dbapi_connection, CLOCK.today(), RequestFilter(search=text))
        return sorted(row.requester for row in rows)

    assert found("zephyr") == [CANARY_NAME]  # accents and case ignored, as on a workstation
    assert found("LEFÈVRE") == ["Éric Lefèvre"]
    assert found("canary@exam") == [CANARY_NAME]  # the e-mail too
    assert found("RI") == sorted([CANARY_NAME, "Éric Lefèvre"])  # short: decrypted scan
    assert found("nobody") == []
    with _uow(database) as uow:
        tokens = uow.session.execute(select(tables.requester_search_tokens)).all()
        names = uow.session.execute(select(tables.requesters.c.search_key)).scalars().all()
    assert len(tokens) > 20 and set(names) == {""}  # HMAC tokens; no plaintext search key
    with _uow(database) as uow:  # the same e-mail is recognised (through its token)
        assert [p.name for p in uow.requesters.find_by_email(CANARY_EMAIL)] == [CANARY_NAME]


def test_a_removed_users_old_key_row_opens_nothing_after_a_rotation(
    team_db: tuple[TeamDatabase, str], pg_empty_url: str
) -> None:
    database, recovery_key = team_db
    accounts.add_user(_uow(database), ASSISTANT, UserRole.ASSISTANT, ASSISTANT_PASSWORD)
    with database.engine.connect() as connection:
        saved = team_keys.load_holder(connection, team_keys.user_holder(ASSISTANT))
    assert saved is not None
    old_key = team_keys.open_as_user(saved, ASSISTANT_PASSWORD)  # their copy works today
    assert old_key == cipher_of_dialect(database.engine.dialect).team_key

    accounts.remove_user(_uow(database), ASSISTANT)
    with database.engine.connect() as connection:
        assert team_keys.load_holder(connection, team_keys.user_holder(ASSISTANT)) is None
    assert team.rotate_team_key(_uow(database)) == 2
    reference = _register(database, CANARY_NAME, CANARY_EMAIL, CANARY_SUMMARY)

    with psycopg.connect(pg_empty_url) as connection:
        stored_name, stored_summary = connection.execute(
            "SELECT p.name, r.summary FROM requests r JOIN requesters p ON p.id = r.requester_id "
            "WHERE r.reference = %s",
            (reference,),
        ).fetchone() or (None, None)
    stale = TeamCipher(old_key, saved.generation)  # what the removed user can still derive
    with pytest.raises(VaultError, match="cannot be decrypted"):
        stale.open("requesters.name", stored_name)
    with pytest.raises(VaultError, match="cannot be decrypted"):
        stale.open("requests.summary", stored_summary)
    assert stale.search_tokens("zephyr") != cipher_of_dialect(
        database.engine.dialect
    ).search_tokens("zephyr")
    # the remaining holders have the new key: the DPO's password and the recovery key open it
    fresh = TeamDatabase(create_team_engine(pg_empty_url))
    try:
        fresh.unlock(ADMIN, ADMIN_PASSWORD)
        assert cipher_of_dialect(fresh.engine.dialect).open("requesters.name", stored_name) == (
            CANARY_NAME
        )
        with fresh.engine.connect() as connection:
            recovery = team_keys.load_holder(connection, team_keys.RECOVERY_HOLDER)
        assert recovery is not None and recovery.generation == 2
        assert team_keys.open_with_recovery(recovery, recovery_key) == (
            cipher_of_dialect(fresh.engine.dialect).team_key
        )
    finally:
        fresh.close()


def test_the_login_hash_is_not_the_key_wrap(team_db: tuple[TeamDatabase, str]) -> None:
    """The stored login hash and the private-key wrap come from distinct argon2id runs."""
    database, _recovery = team_db
    with database.engine.connect() as connection:
        holder = team_keys.load_holder(connection, team_keys.user_holder(ADMIN))
        password_hash = connection.execute(
            select(tables.users.c.password_hash).where(tables.users.c.name == ADMIN)
        ).scalar_one()
    assert holder is not None and holder.private_wrap is not None
    kdf = holder.private_wrap.kdf
    assert kdf is not None and kdf.time_cost == team_keys.USER_WRAP_TIME_COST
    assert kdf.salt.hex() not in password_hash and "t=3" in password_hash
    with pytest.raises(VaultLocked):
        team_keys.open_as_user(holder, "not the password at all")


# -- the CLI contract --------------------------------------------------------------------------


def _cli(
    data_dir: Path, url: str, *args: str, user: str | None = None, **variables: str
) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DSR_DESK_") or key in {"DSR_DESK_NO_POSTGRES"}
    }
    env["DSR_DESK_TODAY"] = "2026-03-20"
    env["DSR_DESK_DB_URL"] = url
    if user is not None:
        env["DSR_DESK_USER"] = user
    env.update(variables)
    return subprocess.run(
        [sys.executable, "-m", "dsr_desk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def test_the_cli_contract_on_a_team_database(
    pg_cluster: ThrowawayCluster, pg_empty_url: str, data_dir: Path
) -> None:
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "dsr_desk",
            "--data-dir",
            str(data_dir),
            "--db",
            pg_empty_url,
            "init",
            "--entity",
            "Lycée Exemple",
            "--admin",
            ADMIN,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "DSR_DESK_PASSWORD": ADMIN_PASSWORD, "DSR_DESK_TODAY": "2026-03-20"},
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    assert "RECOVERY KEY" in made.stdout
    dpo = {"DSR_DESK_PASSWORD": ADMIN_PASSWORD}
    added = _cli(
        data_dir,
        pg_empty_url,
        "user",
        "add",
        ASSISTANT,
        "--role",
        "assistant",
        user=ADMIN,
        DSR_DESK_NEW_PASSWORD=ASSISTANT_PASSWORD,
        **dpo,
    )
    assert added.returncode == 0, added.stderr
    listed = _cli(data_dir, pg_empty_url, "user", "list", "--json", user=ADMIN, **dpo)
    assert listed.returncode == 0, listed.stderr
    assert '"assistant"' in listed.stdout and f'"{ADMIN}"' in listed.stdout

    assistant = {"DSR_DESK_PASSWORD": ASSISTANT_PASSWORD}
    logged = _cli(
        data_dir,
        pg_empty_url,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-02",
        "--name",
        CANARY_NAME,
        "--email",
        CANARY_EMAIL,
        "--summary",
        CANARY_SUMMARY,
        user=ASSISTANT,
        **assistant,
    )
    assert logged.returncode == 0, logged.stderr
    reference = logged.stdout.strip()
    found = _cli(
        data_dir, pg_empty_url, "request", "list", "--search", "zephyr", user=ASSISTANT, **assistant
    )
    assert found.returncode == 0, found.stderr
    assert reference in found.stdout and CANARY_NAME in found.stdout
    none = _cli(
        data_dir, pg_empty_url, "request", "list", "--search", "nobody", user=ASSISTANT, **assistant
    )
    assert none.returncode == 0 and reference not in none.stdout
    # an assignee is one of the team's users, even while it has a single one per role
    unknown = _cli(
        data_dir, pg_empty_url, "request", "assign", reference, "--to", "Camille D.",
        user=ASSISTANT, **assistant,
    )  # fmt: skip
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1
    assert unknown.stderr.startswith("dsr-desk: error: 'Camille D.' has no user account")
    assert f"one of the users ({ADMIN}, {ASSISTANT})" in unknown.stderr
    assigned = _cli(
        data_dir, pg_empty_url, "request", "assign", reference, "--to", ADMIN,
        user=ASSISTANT, **assistant,
    )  # fmt: skip
    assert assigned.returncode == 0, assigned.stderr

    refused = _cli(data_dir, pg_empty_url, "purge", user=ASSISTANT, **assistant)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "does not allow purging" in refused.stderr
    not_allowed = _cli(data_dir, pg_empty_url, "rotate-team-key", user=ASSISTANT, **assistant)
    assert not_allowed.returncode == 2 and "managing user accounts" in not_allowed.stderr

    wrong = _cli(
        data_dir, pg_empty_url, "request", "list", user=ASSISTANT, DSR_DESK_PASSWORD="wrong"
    )
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1
    removed = _cli(data_dir, pg_empty_url, "user", "remove", ASSISTANT, user=ADMIN, **dpo)
    assert removed.returncode == 0, removed.stderr
    rotated = _cli(data_dir, pg_empty_url, "rotate-team-key", user=ADMIN, **dpo)
    assert rotated.returncode == 0, rotated.stderr
    again = _cli(data_dir, pg_empty_url, "request", "list", "--search", "canary", user=ADMIN, **dpo)
    assert again.returncode == 0 and reference in again.stdout  # re-encrypted, still found
    gone = _cli(data_dir, pg_empty_url, "request", "list", user=ASSISTANT, **assistant)
    assert gone.returncode == 2 and gone.stderr.count("\n") == 1
    assert CANARY_NAME.encode() not in _dump(pg_empty_url)
