"""Read-side timings of the dashboard, requesters and audit pages on a large demo vault.

    python benchmarks/dashboard.py [--requests N] [--rounds R]

Creates a throwaway SQLCipher vault (passphrase mode, opened exactly as the app opens it),
seeds N demo requests (``seed_demo_data``), then times, each over R rounds (median, and the
first "cold" run on a freshly opened connection pool):

- ``dashboard_summary`` (counts, next deadlines, 12 months per type, monthly medians) and its
  parts;
- the requesters page: first page of ``requesters_list`` + ``count_requesters``, and a search;
- the audit page: first page of ``audit_page`` + ``count_audit_entries``.

Each read runs its plain SQL on the DB-API connection of a unit of work
(``uow.dbapi_connection``), as the GUI and the CLI do.

Goal: the whole dashboard under ``GOAL_MS`` on 100 000 requests, so showing the page feels
immediate.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from dsr_desk.demo.seed import seed_demo_data
from dsr_desk.domain.clock import FixedClock
from dsr_desk.services.read import audit_queries as audit
from dsr_desk.services.read import dashboard as dash
from dsr_desk.services.read import requester_queries as people
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Vault, create_vault

TODAY = date(2026, 6, 15)
GOAL_MS = 300.0
PASSPHRASE = "benchmark passphrase, not a secret"


def _time(
    vault: Vault, clock: FixedClock, work: Callable[[Any], object], rounds: int
) -> list[float]:
    timings = []
    for _ in range(rounds):
        with SqlUnitOfWork(vault.session_factory, clock, "bench") as uow:
            start = time.perf_counter()
            work(uow.dbapi_connection)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)

    clock = FixedClock.on(TODAY)
    with tempfile.TemporaryDirectory(prefix="dsr-bench-") as tmp:
        vault, _ = create_vault(Path(tmp) / "vault", clock, passphrase=PASSPHRASE)
        start = time.perf_counter()
        added = seed_demo_data(SqlUnitOfWork(vault.session_factory, clock, "bench"), args.requests)
        print(f"seeded {added:,} demo requests in {time.perf_counter() - start:.1f} s")
        vault.engine.dispose()  # the first timed run starts on a cold connection pool

        months = dash.month_keys(TODAY)
        cases: list[tuple[str, Callable[[Any], object]]] = [
            ("dashboard_summary (all of it)", lambda s: dash.dashboard_summary(s, TODAY)),
            ("  upcoming deadlines", lambda s: dash.upcoming_deadlines(s, TODAY)),
            ("  received per month by type", lambda s: dash.received_per_month(s, months)),
            ("  median days to answer", lambda s: dash.median_days_to_answer(s, months)),
            (
                "requesters: first page + count",
                lambda s: (people.requesters_list(s, "", 200, 0), people.count_requesters(s, "")),
            ),
            (
                "requesters: search 'mart'",
                lambda s: (
                    people.requesters_list(s, "mart", 200, 0),
                    people.count_requesters(s, "mart"),
                ),
            ),
            (
                "audit: first page + count",
                lambda s: (audit.audit_page(s, None, None, 200, 0), audit.count_audit_entries(s)),
            ),
        ]
        print(f"{'read':34} {'cold ms':>9} {'median ms':>10}")
        verdict = 0
        for name, work in cases:
            timings = _time(vault, clock, work, args.rounds)
            median = statistics.median(timings[1:] or timings)
            print(f"{name:34} {timings[0]:9.1f} {median:10.1f}")
            if name.startswith("dashboard_summary") and median > GOAL_MS:
                verdict = 1
        vault.close()
    print(f"goal: dashboard_summary ≤ {GOAL_MS:.0f} ms — {'met' if verdict == 0 else 'MISSED'}")
    return verdict


if __name__ == "__main__":
    sys.exit(main())
