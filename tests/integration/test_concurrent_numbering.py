"""Colleagues logging requests at the same moment each get their own reference: the numbers
of a year are given once each and none is skipped (``SqlRequestRepository.hold_numbering``).
On a team database, each client is its own engine on one PostgreSQL database; on a
workstation, threads share the one SQLCipher vault (the GUI's worker and CLI jobs)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as request_services
from dsr_desk.services.entities import create_entity
from dsr_desk.storage import tables
from dsr_desk.storage.pg_engine import create_team_engine, install_team_cipher, team_session_factory
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import create_vault
from tests.integration.cli_helpers import PASSPHRASE
from tests.team_keys import with_team_key

CLOCK = FixedClock.on(date(2026, 3, 20))
CLIENTS = 6
ROUNDS = 3
Client = Callable[[], SqlUnitOfWork]


@pytest.fixture(params=["sqlcipher", pytest.param("pg", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[tuple[list[Client], Engine]]:
    """``CLIENTS`` clients of one store, and an engine to read it back."""
    if request.param == "pg":
        url = request.getfixturevalue("pg_url")
        engines = [create_team_engine(url) for _ in range(CLIENTS)]
        cipher = with_team_key(engines[0])
        for engine in engines[1:]:
            install_team_cipher(engine, cipher)
        makers = [team_session_factory(engine) for engine in engines]
        yield (
            [lambda m=maker: SqlUnitOfWork(m, CLOCK, "Marie Dupont") for maker in makers],
            (engines[0]),
        )
        for engine in engines:
            engine.dispose()
        return
    vault, _recovery = create_vault(data_dir / "vault", CLOCK, passphrase=PASSPHRASE)
    yield (
        [lambda: SqlUnitOfWork(vault.session_factory, CLOCK, "Marie Dupont")] * CLIENTS,
        (vault.engine),
    )
    vault.close()


def _log(client: Client, number: int, turn: int) -> str:
    detail = request_services.register_request(
        client(),
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 16),
        name="Hélène Curie",  # the same requester for all: nothing else is written first
        email="helene.curie@example.org",
        summary=f"client {number}, turn {turn}",
    )
    return detail.reference


def test_colleagues_logging_at_once_get_distinct_gap_free_references(
    store: tuple[list[Client], Engine],
) -> None:
    clients, engine = store
    create_entity(clients[0](), name="Lycée Exemple")
    _log(clients[0], 0, 0)  # the requester exists: every later request reuses it
    _log(clients[0], 0, 1)
    start = threading.Barrier(CLIENTS)
    given: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def work(number: int) -> None:
        start.wait()
        for turn in range(ROUNDS):
            try:
                reference = _log(clients[number], number, turn)
            except Exception as problem:  # reported below, with the others
                with lock:
                    failures.append(problem)
            else:
                with lock:
                    given.append(reference)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [f"{type(problem).__name__}: {problem}"[:300] for problem in failures] == []
    expected = [f"DSR-2026-{n:04d}" for n in range(3, 3 + CLIENTS * ROUNDS)]
    assert sorted(given) == expected  # each once, none skipped
    with engine.connect() as connection:
        stored = connection.execute(
            select(tables.requests.c.reference).order_by(tables.requests.c.reference)
        ).scalars()
        assert list(stored) == ["DSR-2026-0001", "DSR-2026-0002", *expected]
