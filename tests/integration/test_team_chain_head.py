"""Team mode: each client remembers the last head of the team's audit chain it saw (in its
data folder), and a server whose chain went backwards (an older copy restored, entries
dropped) or forked (the remembered entry replaced) is refused at connect, in the CLI too (one
line, exit 2). A colleague's entries added meanwhile are accepted, and remembered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import VaultRefused
from dsr_desk.storage.pg_engine import (
    TeamDatabase,
    create_team_engine,
    install_team_cipher,
    team_session_factory,
)
from dsr_desk.storage.team_anchor import team_anchor
from dsr_desk.storage.team_crypto import cipher_of_dialect
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.cli_helpers import run_cli
from tests.team_keys import with_team_key

pytestmark = pytest.mark.postgres

CLOCK = FixedClock.on(date(2026, 3, 20))


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    made = create_team_engine(pg_url)
    with_team_key(made)
    yield made
    made.dispose()


def _connect(engine: Engine, data_dir: Path) -> TeamDatabase:
    """This client connecting (a database object of its own on the shared engine's key)."""
    client = TeamDatabase(create_team_engine(engine.url.render_as_string(hide_password=False)))
    install_team_cipher(client.engine, cipher_of_dialect(engine.dialect))
    try:
        client.watch_chain(data_dir)
    except BaseException:
        client.close()
        raise
    return client


def _write(database: TeamDatabase | Engine, count: int, action: str = "settings.changed") -> None:
    """``count`` audited writes (a setting changed), as one client."""
    sessions = (
        database.session_factory
        if isinstance(database, TeamDatabase)
        else team_session_factory(database)  # another client, with no anchor of ours
    )
    for number in range(count):
        uow = SqlUnitOfWork(sessions, CLOCK, "Marie Dupont")
        with uow:
            uow.settings.set("idle_lock_minutes", str(number + 1))
            uow.record(action, key="idle_lock_minutes")
            uow.commit()


def _head(data_dir: Path, engine: Engine) -> int:
    anchored = team_anchor(data_dir, engine.url).read()
    assert anchored is not None
    return anchored.seq


def _roll_back_to(engine: Engine, seq: int) -> None:
    """What restoring an older copy of the database does to its audit log."""
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE seq > :seq"), {"seq": seq})
        connection.execute(
            text(
                "UPDATE audit_head SET seq = :seq, hash = "
                "(SELECT hash FROM audit_log WHERE seq = :seq) WHERE id = 1"
            ),
            {"seq": seq},
        )


def test_the_head_seen_advances_with_this_client_and_with_colleagues(
    engine: Engine, data_dir: Path
) -> None:
    client = _connect(engine, data_dir)
    _write(client, 3)
    assert _head(data_dir, engine) == 3  # advanced after each commit
    client.close()
    _write(engine, 2)  # a colleague, meanwhile
    client = _connect(engine, data_dir)  # accepted: the chain grew from the head seen
    assert _head(data_dir, engine) == 5
    client.close()


def test_a_chain_that_went_backwards_is_refused(engine: Engine, data_dir: Path) -> None:
    client = _connect(engine, data_dir)
    _write(client, 5)
    client.close()
    _roll_back_to(engine, 3)
    with pytest.raises(VaultRefused, match=r"ends at entry #3 but was anchored at entry #5"):
        _connect(engine, data_dir)
    assert _head(data_dir, engine) == 5  # still remembered: refused again next time

    # the CLI says so on one line and exits 2, before anything else (no login asked first)
    result = run_cli(
        data_dir,
        "--db",
        engine.url.render_as_string(hide_password=False).replace("+psycopg", ""),
        "request",
        "list",
        passphrase=None,
        env={"DSR_DESK_USER": "marie", "DSR_DESK_PASSWORD": "not needed to refuse"},
    )
    assert result.code == 2, result.err
    (line,) = result.err.strip().splitlines()
    assert line.startswith("dsr-desk: error: The team database was refused: its audit log ends")
    assert "This computer last saw its audit log at entry #5" in line


def test_a_chain_that_forked_is_refused(engine: Engine, data_dir: Path) -> None:
    client = _connect(engine, data_dir)
    _write(client, 5)
    client.close()
    _roll_back_to(engine, 3)
    _write(engine, 2, action="register.imported")  # a valid chain again, but another #4 and #5
    with pytest.raises(VaultRefused, match=r"entry #4 does not follow|#5 is not the one anchored"):
        _connect(engine, data_dir)


def test_a_fork_is_refused_before_this_client_writes_too(engine: Engine, data_dir: Path) -> None:
    client = _connect(engine, data_dir)
    _write(client, 2)
    _roll_back_to(engine, 1)
    with pytest.raises(Exception, match="older than the anchor"):
        _write(client, 1)
    client.close()
