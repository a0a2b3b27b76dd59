"""The dashboard tallies kept by triggers match the requests, whatever happens to them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from dsr_desk.demo.seed import seed_demo_data
from dsr_desk.domain.clock import FixedClock
from dsr_desk.storage import dashboard_tallies
from dsr_desk.storage.engine import dbapi_of
from dsr_desk.storage.plain_sql import SqlConnection, rows
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Vault, create_vault

CLOCK = FixedClock.on(date(2026, 11, 23))


Tallies = tuple[set[tuple[object, ...]], set[tuple[object, ...]]]


def _tallies(db: SqlConnection) -> Tallies:
    received = set(rows(db, "SELECT month, type, count FROM tally_received WHERE count > 0"))
    answered = set(rows(db, "SELECT month, days, count FROM tally_answered WHERE count > 0"))
    return received, answered


def _counted_in_python(
    db: SqlConnection,
) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    received: dict[tuple[str, str], int] = {}
    answered: dict[tuple[str, int], int] = {}
    for received_on, rtype, closed_on in rows(
        db, "SELECT received_on, type, closed_on FROM requests"
    ):
        key = (received_on[:7], rtype)
        received[key] = received.get(key, 0) + 1
        if closed_on is not None:
            days = (date.fromisoformat(closed_on) - date.fromisoformat(received_on)).days
            answered[(closed_on[:7], days)] = answered.get((closed_on[:7], days), 0) + 1
    return (
        {(*key, count) for key, count in received.items()},
        {(*key, count) for key, count in answered.items()},
    )


def _vault(data_dir: Path) -> Vault:
    vault, _ = create_vault(data_dir, CLOCK, passphrase="tallies passphrase 2026")
    seed_demo_data(SqlUnitOfWork(vault.session_factory, CLOCK, "tester"), 400)
    return vault


def test_tallies_follow_inserts_updates_and_deletes(data_dir: Path) -> None:
    vault = _vault(data_dir)
    shuffle = random.Random(7)
    with SqlUnitOfWork(vault.session_factory, CLOCK, "tester") as uow:
        db = uow.dbapi_connection
        assert _tallies(db) == _counted_in_python(db)
        assert _tallies(db)[1], "the demo data has answered requests"
        ids = [row[0] for row in rows(db, "SELECT id FROM requests ORDER BY id")]
        for request_id in shuffle.sample(ids, 60):  # close, reopen, move, retype, delete
            match shuffle.randrange(5):
                case 0:
                    closed = CLOCK.today() - timedelta(days=shuffle.randrange(300))
                    db.execute(
                        "UPDATE requests SET closed_on = max(received_on, ?) WHERE id = ?",
                        (closed.isoformat(), request_id),
                    )
                case 1:
                    db.execute("UPDATE requests SET closed_on = NULL WHERE id = ?", (request_id,))
                case 2:
                    db.execute(
                        "UPDATE requests SET received_on = date(received_on, '-40 days') "
                        "WHERE id = ?",
                        (request_id,),
                    )
                case 3:
                    db.execute("UPDATE requests SET type = 'erasure' WHERE id = ?", (request_id,))
                case _:
                    db.execute("DELETE FROM requests WHERE id = ?", (request_id,))
        assert _tallies(db) == _counted_in_python(db)
        uow.commit()
    vault.close()


def test_install_counts_what_the_triggers_counted(data_dir: Path) -> None:
    vault = _vault(data_dir)
    with vault.engine.begin() as connection:
        before = _tallies(dbapi_of(connection))
        dashboard_tallies.install(connection)  # drops, re-creates and fills from the requests
        assert _tallies(dbapi_of(connection)) == before
    vault.close()
