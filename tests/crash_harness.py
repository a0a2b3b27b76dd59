"""Crash harness: a child process commits in a loop and is killed (SIGKILL) at a random moment.

After each kill the vault must open, pass ``PRAGMA cipher_integrity_check`` and the audit
chain's verification, and hold every commit the child reported (a request, or a document that
still decrypts to what was written). The normal test run does 40 cycles
(``tests/integration/test_crash_harness.py``); ``make soak`` runs 1000 and prints the figures:

    python -m tests.crash_harness --cycles 1000

The child opens the vault with the keyring (``make test`` and ``make soak`` run inside a
throwaway gnome-keyring), so a cycle costs no passphrase derivation.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.requests import RequestType
from dsr_desk.services.audit import verify_audit_log
from dsr_desk.services.documents import attach_document
from dsr_desk.services.entities import create_entity
from dsr_desk.services.requests import register_request
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Vault, create_vault, open_vault

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 3, 20)
USER = "crash-harness"
CHILD_START_TIMEOUT = 60.0


def payload(number: int) -> bytes:
    """The document the child writes for its ``number``-th commit (checked after the crash)."""
    return (f"crash-harness document {number}\n".encode() * 3000)[: 20_000 + number % 7_000]


def child(data_dir: Path, start: int) -> None:
    """Commit forever: a request each time, a document every third time; say each commit."""
    clock = FixedClock.on(TODAY)
    vault = open_vault(data_dir, clock)
    uow = SqlUnitOfWork(vault.session_factory, clock, USER)
    store = DocumentStore(vault.documents_dir, vault.database_key)
    vault.warm_up()  # SQLAlchemy and the mappings: the kills should land among commits
    with uow:
        uow.requests.last_number(TODAY.year)
    print("ready", flush=True)
    number = start
    while True:
        number += 1
        detail = register_request(
            uow,
            type=RequestType.ACCESS,
            received_on=TODAY,
            name=f"Crash Test {number}",
            email=f"crash{number}@example.org",
            summary="harness",
        )
        print(f"request {detail.reference}", flush=True)
        if number % 3 == 0:
            view = attach_document(
                uow,
                store,
                detail.reference,
                DocumentKind.LETTER,
                f"letter-{number}.txt",
                "text/plain",
                payload(number),
            )
            print(f"document {view.document_id} {number}", flush=True)


@dataclass
class CycleResult:
    requests: int = 0
    documents: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class SoakReport:
    cycles: int = 0
    commits: int = 0
    documents: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        verdict = "PASS" if not self.problems else f"FAIL ({len(self.problems)} problems)"
        return (
            f"{self.cycles} kill -9 cycles, {self.commits} reported commits, "
            f"{self.documents} documents: every reported commit found, vault opened, "
            f"cipher_integrity_check and audit chain intact in each: {verdict}"
            if not self.problems
            else f"{self.cycles} kill -9 cycles: {verdict}: " + "; ".join(self.problems[:5])
        )


def make_vault(data_dir: Path) -> None:
    clock = FixedClock.on(TODAY)
    vault, _ = create_vault(data_dir, clock)
    create_entity(SqlUnitOfWork(vault.session_factory, clock, USER), name="Harness Entity")
    vault.close()


def _run_child(data_dir: Path, start: int, alive_for: float) -> list[str]:
    """Start the child, let it commit for ``alive_for`` seconds after its first commit (a
    loaded machine may take longer to start it than the kill would wait), kill it; return the
    complete lines it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_harness", "--child", str(data_dir), str(start)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path[1:2]])},
    )
    assert process.stdout is not None
    chunks: list[bytes] = []
    ready = threading.Event()  # set at the first commit: the kill lands among commits

    def read() -> None:
        assert process.stdout is not None
        for line in iter(process.stdout.readline, b""):
            chunks.append(line)
            if line.startswith(b"request "):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(CHILD_START_TIMEOUT) and process.poll() is not None:
            raise RuntimeError(f"the child ended before it was ready (exit {process.returncode})")
        time.sleep(alive_for)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join(10)
        process.stdout.close()
    complete = b"".join(chunks).decode("utf-8", "replace").split("\n")[:-1]
    return [line for line in complete if line != "ready"]


def _check(vault: Vault, lines: list[str]) -> CycleResult:
    result = CycleResult()
    reader = vault.reader
    problems = [str(row[0]) for row in reader.execute("PRAGMA cipher_integrity_check")]
    problems += [str(row[0]) for row in reader.execute("PRAGMA integrity_check") if row[0] != "ok"]
    result.problems += [f"integrity: {problem}" for problem in problems]
    report = verify_audit_log(SqlUnitOfWork(vault.session_factory, FixedClock.on(TODAY), USER))
    if not report.ok:
        result.problems.append(f"audit chain: {report}")
    references = {str(row[0]) for row in reader.execute("SELECT reference FROM requests")}
    store = DocumentStore(vault.documents_dir, vault.database_key)
    keys = dict(reader.execute("SELECT document_id, wrapped_key FROM documents").fetchall())
    for line in lines:
        kind, _, rest = line.partition(" ")
        if kind == "request":
            result.requests += 1
            if rest not in references:
                result.problems.append(f"reported request {rest} is missing")
        elif kind == "document":
            result.documents += 1
            document_id, number = rest.split()
            if document_id not in keys:
                result.problems.append(f"reported document {document_id} has no row")
                continue
            content = store.read_bytes((document_id, keys[document_id]))
            if content != payload(int(number)):
                result.problems.append(f"document {document_id} does not read back")
    return result


def soak(
    cycles: int,
    *,
    data_dir: Path | None = None,
    seed: int | None = None,
    on_cycle: Callable[[int, CycleResult], None] | None = None,
) -> SoakReport:
    chance = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="dsr-desk-soak-") as scratch:
        folder = data_dir or Path(scratch) / "vault"
        folder.mkdir(exist_ok=True)
        make_vault(folder)
        report = SoakReport()
        for cycle in range(1, cycles + 1):
            lines = _run_child(folder, report.commits, chance.uniform(0.0, 0.6))
            clock = FixedClock.on(TODAY)
            try:
                vault = open_vault(folder, clock)
            except Exception as error:
                result = CycleResult(problems=[f"vault did not open: {error}"])
            else:
                try:
                    result = _check(vault, lines)
                finally:
                    vault.close()
            report.cycles = cycle
            report.commits += result.requests + result.documents
            report.documents += result.documents
            report.problems += [f"cycle {cycle}: {problem}" for problem in result.problems]
            if on_cycle is not None:
                on_cycle(cycle, result)
        return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--child", nargs=2, metavar=("DATA_DIR", "START"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]))
        return 0
    started = time.monotonic()

    def show(cycle: int, result: CycleResult) -> None:
        if cycle % 50 == 0 or result.problems:
            print(
                f"cycle {cycle}: {result.requests} requests, {result.documents} documents"
                + (f", PROBLEMS: {result.problems}" if result.problems else ""),
                flush=True,
            )

    report = soak(args.cycles, seed=args.seed, on_cycle=show)
    print(report.summary())
    print(f"({time.monotonic() - started:.0f} s)")
    return 0 if not report.problems else 1


if __name__ == "__main__":
    sys.exit(main())
