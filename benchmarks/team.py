"""Team mode under load: 8 concurrent clients on a team's PostgreSQL server, against the same
workload on a workstation vault (SQLCipher).

    python benchmarks/team.py [--clients 8] [--rounds 10] [--seed 300]

The server is a throwaway cluster (``tests/postgres_cluster.py``: the system's PostgreSQL, in
a temporary folder, durability off as in the tests). Each team client is a thread with its own
engine and its own login (its own account, its own copy of the team key); the workstation's
clients are threads sharing its one vault, as the GUI's worker and CLI jobs do. Every client
repeats, ``--rounds`` times, what a DPO office does all day: log a request, search the register
(by a requester's name: the blind index on the server), open a request, add a note, close it.

Prints, per backend, the p50 and p99 latency of one action (each action is one unit of work),
the throughput, the conflicts (an action refused because a colleague changed the request
first: real version conflicts only) and the errors (anything else refused, a duplicate key or
a deadlock included); PASS when the team's p99 is under 100 ms and nothing failed.
Not a test: a shared machine's noise moves the figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.exc import DBAPIError

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import Conflict, DsrError
from dsr_desk.domain.request_kinds import Outcome
from dsr_desk.domain.requests import RequestType
from dsr_desk.domain.roles import UserRole
from dsr_desk.services import accounts, team
from dsr_desk.services import requests as svc
from dsr_desk.services.entities import create_entity
from dsr_desk.services.read.queries import RequestFilter, list_requests
from dsr_desk.storage.pg_engine import TeamDatabase, create_team_engine
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import create_vault
from tests.postgres_cluster import ThrowawayCluster

GOAL_P99_MS = 100.0
TODAY = date(2026, 6, 15)
CLOCK = FixedClock.on(TODAY)
ADMIN, PASSWORD = "dpo", "orchard velvet compass harbour"
NAMES = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand")
FIRST = ("Camille", "Léa", "Hugo", "Chloé", "Lucas", "Inès", "Jules", "Zoé")
ACTIONS = ("add", "search", "open", "note", "close")

UowFactory = Callable[[], SqlUnitOfWork]


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {a: [] for a in ACTIONS})
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, action: str, seconds: float) -> None:
        with self.lock:
            self.latencies[action].append(seconds * 1000)

    def all(self) -> list[float]:
        return [value for values in self.latencies.values() for value in values]


def _is_conflict(problem: BaseException) -> bool:
    """A real version conflict only: the service refused the action because a colleague
    changed the request first (``Conflict``: "changed by X at T — reload"). Anything else —
    a duplicate key, a deadlock, a serialization failure — is an error of the benchmark's
    run, counted as such (and failing it)."""
    return isinstance(problem, Conflict)


def _timed(tally: Tally, action: str, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    try:
        result = work()
    except (DsrError, DBAPIError) as problem:
        if not _is_conflict(problem):
            with tally.lock:
                tally.errors.append(f"{action}: {problem}")
            return None
        with tally.lock:
            tally.conflicts += 1
        return None
    tally.add(action, time.perf_counter() - started)
    return result


def _search(uow: SqlUnitOfWork, term: str) -> int:
    with uow:
        return len(list_requests(uow.dbapi_connection, TODAY, RequestFilter(search=term)))


def _one_round(number: int, turn: int, uow: UowFactory, tally: Tally) -> None:
    name = f"{FIRST[(number + turn) % len(FIRST)]} {NAMES[turn % len(NAMES)]}-{number}"
    detail = _timed(
        tally,
        "add",
        lambda: svc.register_request(
            uow(),
            type=RequestType.ACCESS,
            received_on=TODAY,
            name=name,
            email=f"client{number}.{turn}@example.org",
            summary="Access to the pupil's file",
        ),
    )
    term = NAMES[(turn + number) % len(NAMES)][:4]
    _timed(tally, "search", lambda: _search(uow(), term))
    if detail is None:
        return
    reference = detail.reference
    _timed(tally, "open", lambda: svc.get_request(uow(), reference))
    _timed(tally, "note", lambda: svc.add_note(uow(), reference, "Called back, file found."))
    _timed(tally, "close", lambda: svc.close(uow(), reference, Outcome.COMPLETED))


def _client(
    number: int, uow: UowFactory, rounds: int, tally: Tally, start: threading.Barrier
) -> None:
    start.wait()
    for turn in range(rounds):
        _one_round(number, turn, uow, tally)


def _seed(uow: UowFactory, count: int) -> None:
    for index in range(count):
        svc.register_request(
            uow(),
            type=RequestType.ACCESS,
            received_on=TODAY,
            name=f"{FIRST[index % len(FIRST)]} {NAMES[(index // 8) % len(NAMES)]} {index}",
            email=f"seed{index}@example.org",
        )


def _run(factories: list[UowFactory], rounds: int) -> tuple[Tally, float]:
    tally = Tally()
    start = threading.Barrier(len(factories) + 1)
    threads = [
        threading.Thread(target=_client, args=(n, factory, rounds, tally, start), daemon=True)
        for n, factory in enumerate(factories)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return tally, time.perf_counter() - began


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _report(label: str, tally: Tally, seconds: float) -> float:
    values = tally.all()
    p99 = _percentile(values, 0.99)
    print(
        f"{label:<28} {len(values):>5} actions in {seconds:5.1f} s "
        f"({len(values) / seconds:6.1f}/s)   p50 {statistics.median(values):6.1f} ms   "
        f"p99 {p99:6.1f} ms   conflicts {tally.conflicts}   errors {len(tally.errors)}"
    )
    for action in ACTIONS:
        own = tally.latencies[action]
        if own:
            print(
                f"    {action:<8} p50 {statistics.median(own):6.1f} ms   "
                f"p99 {_percentile(own, 0.99):6.1f} ms"
            )
    for error in tally.errors[:5]:
        print(f"    error: {error.splitlines()[0][:200]}")
    return p99


def team_workload(clients: int, rounds: int, seed: int) -> tuple[Tally, float]:
    cluster = ThrowawayCluster()
    databases: list[TeamDatabase] = []
    try:
        url = cluster.url(cluster.new_database())
        admin = TeamDatabase(create_team_engine(url))
        databases.append(admin)
        team.create_team(admin, CLOCK, ADMIN, PASSWORD, {"name": "Lycée Exemple"})
        names = [f"assistant{n}" for n in range(clients)]
        for name in names:
            accounts.add_user(
                SqlUnitOfWork(admin.session_factory, CLOCK, ADMIN),
                name,
                UserRole.ASSISTANT,
                PASSWORD,
            )
        _seed(lambda: SqlUnitOfWork(admin.session_factory, CLOCK, ADMIN), seed)
        factories: list[UowFactory] = []
        for name in names:  # each client: its own engine, its own login
            database = TeamDatabase(create_team_engine(url))
            databases.append(database)
            view = team.log_in(database, CLOCK, name, PASSWORD)
            factories.append(
                lambda db=database, who=name, role=view.role: SqlUnitOfWork(
                    db.session_factory, CLOCK, who, role
                )
            )
        return _run(factories, rounds)
    finally:
        for database in databases:
            database.close()
        cluster.remove()


def workstation_workload(clients: int, rounds: int, seed: int) -> tuple[Tally, float]:
    with tempfile.TemporaryDirectory(prefix="dsr-bench-team-") as folder:
        vault, _recovery = create_vault(Path(folder) / "data", CLOCK, passphrase=PASSWORD)
        try:

            def factory() -> SqlUnitOfWork:
                return SqlUnitOfWork(vault.session_factory, CLOCK, ADMIN)

            create_entity(factory(), name="Lycée Exemple")
            _seed(factory, seed)
            return _run([factory] * clients, rounds)
        finally:
            vault.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--seed", type=int, default=300, help="requests logged beforehand")
    args = parser.parse_args()
    print(
        f"{args.clients} concurrent clients × {args.rounds} rounds of add / search / open / "
        f"note / close, on {args.seed} requests logged beforehand"
    )
    team_tally, team_seconds = team_workload(args.clients, args.rounds, args.seed)
    p99 = _report("team (PostgreSQL)", team_tally, team_seconds)
    station_tally, station_seconds = workstation_workload(args.clients, args.rounds, args.seed)
    _report("workstation (SQLCipher)", station_tally, station_seconds)
    verdict = "PASS" if p99 < GOAL_P99_MS and not team_tally.errors else "FAIL"
    print(f"team p99 {p99:.1f} ms (goal < {GOAL_P99_MS:.0f} ms): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
