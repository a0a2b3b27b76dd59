"""SQLCipher vault versus plain SQLite with the same PRAGMAs, on the same DSR Desk workload.

    python benchmarks/storage.py [--requests N] [--rounds R]

Measures, on an SQLCipher file opened exactly as the app opens its vault
(``create_vault_engine``) and on a plain SQLite file opened through the stdlib ``sqlite3`` with
the same ``PRAGMAS``:

(a) the bulk insert of N demo requests (built once, inserted with ``bulk_insert``);
(b) 1000 single commits, each a small UPDATE or INSERT in its own transaction;
(c) the request list: open requests of one entity whose requester name or e-mail or reference
    contains a term, joined to requesters and entities, by due date, first 200 rows — 20 terms,
    repeated, median; plus two informative reads: the same search over every status, and the
    first query on a freshly opened connection (empty page cache).

Both files get the same data, the same statements and the same order of work; the backends take
turns (alternating which goes first) so that a noisy neighbour on a shared machine hurts both.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, Select, create_engine, event, func, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from dsr_desk.demo.entities import demo_entities
from dsr_desk.demo.requests import build_demo_requests
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.requests import OPEN_STATUSES, Request
from dsr_desk.storage import tables
from dsr_desk.storage.bulk import bulk_insert
from dsr_desk.storage.engine import PRAGMAS, cipher_version, create_vault_engine

GOALS = {"reads": 1.3, "commits": 2.5}
TODAY = date(2026, 6, 15)
_R, _P, _E = tables.requests, tables.requesters, tables.entities


# --- the two backends ---------------------------------------------------------------------------


def plain_engine_factory(driver: str) -> Callable[[Path], Engine]:
    """Plain SQLite, pooled like the vault, with the vault's PRAGMAS.

    ``sqlite3`` is the stdlib module (its own, older SQLite); ``sqlcipher`` is the vault's
    driver opening an unencrypted file (no key): the same SQLite build, encryption off.
    """
    module = sqlcipher3.dbapi2 if driver == "sqlcipher" else sqlite3

    def make(path: Path) -> Engine:
        return _plain_engine(path, module)

    return make


def _plain_engine(path: Path, module: Any) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", module=module, poolclass=QueuePool, pool_size=2, max_overflow=2
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for pragma in PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    return engine


def cipher_engine_factory() -> Callable[[Path], Engine]:
    """The vault's own engine, with one random 256-bit key for every file of this run."""
    key = os.urandom(32)

    def make(path: Path) -> Engine:
        return create_vault_engine(path, key)

    return make


@dataclass
class Backend:
    label: str
    make_engine: Callable[[Path], Engine]
    workdir: Path
    engine: Engine | None = None
    path: Path | None = None
    insert_times: list[float] = field(default_factory=list)
    commit_times: list[float] = field(default_factory=list)
    open_list_times: list[float] = field(default_factory=list)
    all_list_times: list[float] = field(default_factory=list)
    cold_times: list[float] = field(default_factory=list)

    def fresh_database(self, name: str, entities: Sequence[Entity]) -> dict[str, int]:
        """A new, empty file with the schema and the entities; returns their ids."""
        self.close()
        self.path = self.workdir / f"{name}.db"
        self.engine = self.make_engine(self.path)
        tables.metadata.create_all(self.engine)
        with Session(self.engine) as session:
            ids = {e.name: _insert_entity(session, e) for e in entities}
            session.commit()
        return ids

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None

    @property
    def db(self) -> Engine:
        assert self.engine is not None
        return self.engine


def _insert_entity(session: Session, entity: Entity) -> int:
    statement = (
        insert(_E)
        .values(
            name=entity.name,
            address=entity.address,
            dpo_contact=entity.dpo_contact,
            country=entity.country,
            subdivision=entity.subdivision,
            role=entity.role,
            suspension_policy=entity.suspension_policy,
            retention_access_years=entity.retention_access_years,
            retention_objection_years=entity.retention_objection_years,
            retention_other_years=entity.retention_other_years,
            minimisation=entity.minimisation,
        )
        .returning(_E.c.id)
    )
    return int(session.execute(statement).scalar_one())


def _in_turns(backends: Sequence[Backend], turn: int) -> list[Backend]:
    """Both backends, the first one alternating from turn to turn."""
    return list(backends) if turn % 2 == 0 else list(reversed(backends))


@contextmanager
def _timed(into: list[float]) -> Iterator[None]:
    start = time.perf_counter()
    yield
    into.append(time.perf_counter() - start)


# --- (a) bulk insert ----------------------------------------------------------------------------


def bench_insert(
    backends: Sequence[Backend],
    requests: Sequence[Request],
    entities: Sequence[Entity],
    rounds: int,
) -> None:
    for backend in backends:  # warm-up: imports, statement compilation, the file system
        ids = backend.fresh_database("warm-up", entities)
        with Session(backend.db) as session:
            bulk_insert(session, ids, requests[:2000])
            session.commit()
    for turn in range(rounds):
        for backend in _in_turns(backends, turn):
            ids = backend.fresh_database(f"round-{turn}", entities)
            gc.collect()
            with Session(backend.db) as session, _timed(backend.insert_times):
                bulk_insert(session, ids, requests)
                session.commit()
            if turn < rounds - 1:
                backend.close()
                assert backend.path is not None
                _remove_database(backend.path)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --- (b) single commits -------------------------------------------------------------------------


def bench_commits(backends: Sequence[Backend], request_count: int, commits: int) -> None:
    rng = random.Random(7)
    work = [(i, rng.randint(1, request_count)) for i in range(commits)]
    for backend in backends:  # warm-up
        _commit_block(backend.db, [(-i - 1, 1) for i in range(20)])
    blocks = 10
    size = max(1, commits // blocks)
    for turn, start in enumerate(range(0, commits, size)):
        block = work[start : start + size]
        for backend in _in_turns(backends, turn):
            gc.collect()
            with _timed(backend.commit_times):
                _commit_block(backend.db, block)


def _commit_block(engine: Engine, block: Sequence[tuple[int, int]]) -> None:
    """Each item its own transaction: an UPDATE of a request, or an INSERT of a setting."""
    for number, request_id in block:
        with engine.begin() as connection:
            if number % 2 == 0:
                connection.execute(
                    update(_R)
                    .where(_R.c.id == request_id)
                    .values(assignee=f"Agent {number % 7}", last_contact_on=TODAY)
                )
            else:
                connection.execute(
                    insert(tables.settings).values(key=f"bench.{number}", value=str(request_id))
                )


# --- (c) the filtered list ----------------------------------------------------------------------


def list_statement(entity_id: int, term: str, *, open_only: bool) -> Select[Any]:
    """The request list's search, as ``services.read.queries.list_requests`` builds it."""
    like = f"%{term.lower()}%"
    statement = (
        select(
            _R.c.reference,
            _R.c.type,
            _R.c.status,
            _P.c.name,
            _P.c.email,
            _E.c.name,
            _R.c.received_on,
            _R.c.due_on,
            _R.c.on_hold,
            _R.c.extended_on,
            _R.c.assignee,
        )
        .join(_P, _P.c.id == _R.c.requester_id)
        .join(_E, _E.c.id == _R.c.entity_id)
        .where(
            _R.c.entity_id == entity_id,
            or_(
                func.lower(_P.c.name).like(like),
                _P.c.email.like(like),
                func.lower(_R.c.reference).like(like),
            ),
        )
        .order_by(_R.c.due_on, _R.c.reference)
        .limit(200)
    )
    if open_only:
        statement = statement.where(_R.c.status.in_([s.value for s in OPEN_STATUSES]))
    return statement


def search_terms(requests: Sequence[Request], count: int) -> list[str]:
    """Terms a user would type: surname starts, first names, mail domains, reference parts."""
    rng = random.Random(11)
    open_ones = [r for r in requests if r.is_open] or list(requests)
    terms: list[str] = []
    while len(terms) < count:
        request = rng.choice(open_ones)
        first, _, last = request.requester.name.partition(" ")
        choice = len(terms) % 4
        if choice == 0:
            terms.append(last[:4] or first[:4])
        elif choice == 1:
            terms.append(first)
        elif choice == 2 and request.requester.email:
            terms.append(request.requester.email.split("@")[1].split(".")[0])
        else:
            terms.append(request.reference[4:11])  # e.g. "2026-01"
    return terms


def bench_reads(
    backends: Sequence[Backend], entity_ids: Sequence[int], terms: Sequence[str], passes: int
) -> dict[str, int]:
    rows_seen = {"open": 0, "all": 0}
    connections = {b.label: b.db.connect() for b in backends}
    try:
        for backend in backends:  # warm-up
            for open_only in (True, False):
                statement = list_statement(entity_ids[0], terms[0], open_only=open_only)
                connections[backend.label].execute(statement).all()
        turn = 0
        for _ in range(passes):
            for index, term in enumerate(terms):
                entity_id = entity_ids[index % len(entity_ids)]
                for open_only, key in ((True, "open"), (False, "all")):
                    statement = list_statement(entity_id, term, open_only=open_only)
                    counts = set()
                    for backend in _in_turns(backends, turn):
                        into = backend.open_list_times if open_only else backend.all_list_times
                        with _timed(into):
                            rows = connections[backend.label].execute(statement).all()
                        counts.add(len(rows))
                    turn += 1
                    assert len(counts) == 1, f"backends disagree on {term!r}: {counts}"
                    rows_seen[key] += counts.pop()
    finally:
        for connection in connections.values():
            connection.close()
    return rows_seen


def bench_cold(backends: Sequence[Backend], entity_id: int, term: str, repeats: int) -> None:
    """First search on a brand-new connection: nothing decrypted or cached yet by SQLite."""
    statement = list_statement(entity_id, term, open_only=False)
    for turn in range(repeats):
        for backend in _in_turns(backends, turn):
            assert backend.path is not None
            engine = backend.make_engine(backend.path)
            connection = engine.connect()  # opening (key, PRAGMAs) is not timed
            try:
                with _timed(backend.cold_times):
                    connection.execute(statement).all()
            finally:
                connection.close()
                engine.dispose()


# --- reporting ----------------------------------------------------------------------------------


def pragma_values(engine: Engine) -> str:
    names = ("journal_mode", "synchronous", "secure_delete", "cache_size", "temp_store")
    with engine.connect() as connection:
        values = [connection.exec_driver_sql(f"PRAGMA {n}").scalar() for n in names]
    return ", ".join(f"{n}={v}" for n, v in zip(names, values, strict=True))


def _ratio_line(
    label: str, cipher: float, plain: float, unit: str, goal: float | None, extra: str = ""
) -> str:
    ratio = cipher / plain if plain else float("inf")
    if goal is None:
        verdict, goal_text = "info", "—"
    else:
        verdict, goal_text = ("PASS" if ratio <= goal else "MISS"), f"≤ {goal:.1f}×"
    scale = 1000.0 if unit == "ms" else 1.0
    return (
        f"{label:<50} {cipher * scale:>9.2f} {unit:<2} {plain * scale:>9.2f} {unit:<2} "
        f"{ratio:>6.2f}× {goal_text:>7} {verdict:>5}{extra}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=100_000, help="demo requests (100 000)")
    parser.add_argument("--rounds", type=int, default=3, help="bulk-insert rounds (3)")
    parser.add_argument("--commits", type=int, default=1000, help="single commits (1000)")
    parser.add_argument("--terms", type=int, default=20, help="search terms (20)")
    parser.add_argument("--passes", type=int, default=3, help="passes over the terms (3)")
    parser.add_argument(
        "--plain-driver",
        choices=("sqlite3", "sqlcipher"),
        default="sqlite3",
        help="plain file through the stdlib sqlite3 (default), or through sqlcipher3 without "
        "a key (same SQLite build as the vault: isolates the cost of encryption)",
    )
    args = parser.parse_args(argv)
    if args.requests < 10:
        parser.error("--requests must be at least 10")

    print(f"DSR Desk storage benchmark — {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
    entities = demo_entities()
    start = time.perf_counter()
    requests = build_demo_requests(args.requests, entities, TODAY)
    built_in = time.perf_counter() - start
    people = len({id(r.requester) for r in requests})
    suspensions = sum(len(r.suspensions) for r in requests)
    checks = sum(len(r.identity_checks) for r in requests)
    print(
        f"demo data: {len(requests):,} requests, {people:,} requesters, {suspensions:,} "
        f"suspensions, {checks:,} identity checks — built in {built_in:.1f} s"
    )

    with tempfile.TemporaryDirectory(prefix="dsr-bench-") as tmp:
        root = Path(tmp)
        (root / "cipher").mkdir()
        (root / "plain").mkdir()
        cipher = Backend("SQLCipher", cipher_engine_factory(), root / "cipher")
        plain = Backend("plain SQLite", plain_engine_factory(args.plain_driver), root / "plain")
        backends = (cipher, plain)
        try:
            bench_insert(backends, requests, entities, args.rounds)
            driver_name = {"sqlite3": "stdlib sqlite3", "sqlcipher": "sqlcipher3, no key"}[
                args.plain_driver
            ]
            print(
                f"SQLCipher {cipher_version(cipher.db)}, SQLite {_sqlite_version(cipher.db)}: "
                f"{pragma_values(cipher.db)}"
            )
            print(
                f"plain: {driver_name}, SQLite {_sqlite_version(plain.db)}: "
                f"{pragma_values(plain.db)}"
            )
            assert cipher.path is not None
            assert plain.path is not None
            _check_files(cipher.path, plain.path)
            bench_commits(backends, len(requests), args.commits)
            entity_ids = _entity_ids(plain.db)
            terms = search_terms(requests, args.terms)
            rows = bench_reads(backends, entity_ids, terms, args.passes)
            bench_cold(backends, entity_ids[0], terms[0], repeats=5)
        finally:
            for backend in backends:
                backend.close()

    n_reads = len(cipher.open_list_times)
    print(f"\n{'':<50} {'SQLCipher':>12} {'plain':>12} {'ratio':>7} {'goal':>7} {'':>5}")
    print(
        _ratio_line(
            f"(a) bulk insert {len(requests):,} requests (median of {args.rounds})",
            statistics.median(cipher.insert_times),
            statistics.median(plain.insert_times),
            "s",
            None,
        )
    )
    cipher_commits, plain_commits = sum(cipher.commit_times), sum(plain.commit_times)
    print(
        _ratio_line(
            f"(b) {args.commits} single commits (total)",
            cipher_commits,
            plain_commits,
            "s",
            GOALS["commits"],
            f"   ({cipher_commits / args.commits * 1000:.2f} vs "
            f"{plain_commits / args.commits * 1000:.2f} ms per commit)",
        )
    )
    print(
        _ratio_line(
            f"(c) open-request search, median of {n_reads}",
            statistics.median(cipher.open_list_times),
            statistics.median(plain.open_list_times),
            "ms",
            GOALS["reads"],
            f"   ({rows['open'] / n_reads:.0f} rows on average)",
        )
    )
    print(
        _ratio_line(
            f"    same search, every status, median of {n_reads}",
            statistics.median(cipher.all_list_times),
            statistics.median(plain.all_list_times),
            "ms",
            GOALS["reads"],
            f"   ({rows['all'] / n_reads:.0f} rows on average)",
        )
    )
    print(
        _ratio_line(
            "    first search on a new connection, median of 5",
            statistics.median(cipher.cold_times),
            statistics.median(plain.cold_times),
            "ms",
            None,
        )
    )
    block = max(1, args.commits // 10)
    print(
        "\nall runs: insert "
        + _runs(cipher.insert_times, plain.insert_times, "s")
        + f"; ms per commit, blocks of {block}: "
        + _runs(
            [t * 1000 / block for t in cipher.commit_times],
            [t * 1000 / block for t in plain.commit_times],
            "",
        )
    )
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    return 0


def _runs(cipher: Sequence[float], plain: Sequence[float], unit: str) -> str:
    def fmt(values: Sequence[float]) -> str:
        return "/".join(f"{v:.2f}" for v in values)

    return f"SQLCipher {fmt(cipher)}{unit} vs plain {fmt(plain)}{unit}"


def _sqlite_version(engine: Engine) -> str:
    with engine.connect() as connection:
        return str(connection.exec_driver_sql("SELECT sqlite_version()").scalar())


def _entity_ids(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        return [int(i) for i in connection.execute(select(_E.c.id).order_by(_E.c.id)).scalars()]


def _check_files(cipher_path: Path, plain_path: Path) -> None:
    """The vault file must not be readable as SQLite; the plain one must be."""
    with cipher_path.open("rb") as handle:
        assert not handle.read(16).startswith(b"SQLite format 3"), "vault is not encrypted"
    with plain_path.open("rb") as handle:
        assert handle.read(16).startswith(b"SQLite format 3"), "plain file is not SQLite"


if __name__ == "__main__":
    sys.exit(main())
