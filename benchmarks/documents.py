"""Encrypted document store: throughput against raw AES-GCM + write + fsync, and peak memory.

    python benchmarks/documents.py [--size-mib 256] [--memory-mib 1024] [--rounds 3]
                                   [--cli-mib 1024] [--content random|sparse]
                                   [--only throughput|memory|cli]

(a) Throughput: ``DocumentStore.add`` of a generated stream of ``--size-mib`` MiB (1 MiB
    chunks from a generator; includes SHA-256 of the plaintext, the STREAM framing, the temp
    file, fsync, rename and folder fsync) divided by the floor for the same bytes: AES-256-GCM
    of each 1 MiB segment, ``os.write`` of the result to one file, one fsync. Goal: >= 50 %.
    The two take turns (alternating which goes first) and the median of ``--rounds`` counts.
(b) Memory: in a fresh subprocess, growth of the peak RSS (``ru_maxrss``) while storing a
    generated stream of ``--memory-mib`` MiB, then while reading it back with
    ``iter_plaintext``; a second subprocess reports tracemalloc's peak for the same work.
    Goal: flat, i.e. a few MiB whatever the size.
(c) The commands: a ``--cli-mib`` MiB file (random bytes, or a sparse file of zeros) through
    ``dsr-desk document add``, ``dsr-desk bundle`` and ``dsr-desk bundle --password-env``, each
    in its own child process; the same for a 1 MiB file gives the baseline. Printed: each
    peak RSS and the growth over the baseline. Goal: growth <= 64 MiB for 1 GiB, every command.
    On Linux the peak is the child's ``VmHWM``, reset once the vault is unlocked (the argon2id
    unlock takes 64 MiB for a moment and would hide as much growth); elsewhere ``ru_maxrss``
    from ``wait4`` (which includes the unlock, and on Linux would include this process too).

Everything happens in a temp dir that is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.entities import create_entity
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import create_vault
from tests.peak_rss import LAUNCHER, PEAK_FILE_VARIABLE, peak_mib

MIB = 1024 * 1024
GOAL_RATIO = 0.50
GOAL_CLI_GROWTH_MIB = 64


def generated(size_mib: int, block: bytes) -> Iterator[bytes]:
    """The same random 1 MiB block again and again: no cost, nothing accumulates."""
    for _ in range(size_mib):
        yield block


def raw_floor(path: Path, size_mib: int, block: bytes) -> float:
    """AES-256-GCM per 1 MiB segment + write + fsync of one file: the unavoidable work."""
    aead = AESGCM(secrets.token_bytes(32))
    prefix = secrets.token_bytes(7)
    start = time.perf_counter()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for index in range(size_mib):
            sealed = aead.encrypt(prefix + index.to_bytes(4, "big") + b"\x00", block, None)
            view, done = memoryview(sealed), 0
            while done < len(view):
                done += os.write(fd, view[done:])
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - start


def store_add(folder: Path, size_mib: int, block: bytes) -> float:
    store = DocumentStore(folder, secrets.token_bytes(32))
    start = time.perf_counter()
    doc = store.add(generated(size_mib, block))
    elapsed = time.perf_counter() - start
    assert doc.size == size_mib * MIB
    store.delete(doc.stored_name)
    return elapsed


def throughput(work: Path, size_mib: int, rounds: int) -> None:
    block = os.urandom(MIB)
    raw_times: list[float] = []
    store_times: list[float] = []
    raw_path, folder = work / "raw.bin", work / "store"
    for round_no in range(rounds):
        order = ("raw", "store") if round_no % 2 == 0 else ("store", "raw")
        for which in order:
            if which == "raw":
                raw_times.append(raw_floor(raw_path, size_mib, block))
                raw_path.unlink()
            else:
                store_times.append(store_add(folder, size_mib, block))
    raw_s, store_s = statistics.median(raw_times), statistics.median(store_times)
    ratio = raw_s / store_s
    print(f"(a) throughput, {size_mib} MiB, median of {rounds} rounds")
    print(f"    raw AES-GCM + write + fsync   {size_mib / raw_s:8.0f} MiB/s  ({raw_s:.3f} s)")
    print(f"    DocumentStore.add             {size_mib / store_s:8.0f} MiB/s  ({store_s:.3f} s)")
    verdict = "ok" if ratio >= GOAL_RATIO else "BELOW GOAL"
    print(f"    store / raw = {ratio:.0%}  (goal >= {GOAL_RATIO:.0%}: {verdict})")
    print(f"    all rounds raw   {[round(t, 3) for t in raw_times]}")
    print(f"    all rounds store {[round(t, 3) for t in store_times]}")


# --- memory (runs in a child process, so earlier work does not pollute the peak) -----------


def _max_rss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def child_memory(folder: Path, size_mib: int, mode: str) -> dict[str, float]:
    block = os.urandom(MIB)
    store = DocumentStore(folder, secrets.token_bytes(32))
    warm = store.add(generated(4, block))  # imports, first allocations, code paths warmed up
    for _ in store.iter_plaintext(warm.stored_name, warm.wrapped_key, warm.document_id):
        pass
    store.delete(warm.stored_name)
    result: dict[str, float] = {}
    if mode == "rss":
        before = _max_rss_bytes()
        doc = store.add(generated(size_mib, block))
        result["add"] = (_max_rss_bytes() - before) / MIB
        before = _max_rss_bytes()
        total = sum(
            len(p) for p in store.iter_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id)
        )
        result["read"] = (_max_rss_bytes() - before) / MIB
    else:
        tracemalloc.start()
        doc = store.add(generated(size_mib, block))
        result["add"] = tracemalloc.get_traced_memory()[1] / MIB
        tracemalloc.reset_peak()
        total = sum(
            len(p) for p in store.iter_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id)
        )
        result["read"] = tracemalloc.get_traced_memory()[1] / MIB
        tracemalloc.stop()
    assert total == size_mib * MIB == doc.size
    result["file"] = (folder / doc.stored_name).stat().st_size / MIB
    store.delete(doc.stored_name)
    return result


def memory(work: Path, size_mib: int) -> None:
    print(f"(b) memory while storing and reading back a generated {size_mib} MiB stream")
    for mode, label in (("rss", "peak RSS growth"), ("traced", "tracemalloc peak")):
        out = subprocess.run(
            [sys.executable, __file__, "--child", mode, "--memory-mib", str(size_mib),
             "--dir", str(work / f"mem-{mode}")],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        data = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"    {label:17s} add {data['add']:6.1f} MiB, read back {data['read']:6.1f} MiB"
            f"  (file {data['file']:.0f} MiB)"
        )
    print("    goal: flat (a few MiB, independent of the file size)")


# --- the commands (each in its own child process) -------------------------------------------

_HAS_PROC = Path("/proc/self/status").exists()
_PASSPHRASE = "benchmark passphrase, not a secret"
_BUNDLE_PASSWORD = "benchmark-bundle-password"
_TODAY = date(2026, 3, 20)


def _run_command(work: Path, data_dir: Path, *args: str) -> tuple[float, float]:
    """Peak RSS (MiB) and wall time (s) of one `dsr-desk` command in a child process."""
    peak_file = work / "peak.txt"
    env = dict(os.environ)
    env[PEAK_FILE_VARIABLE] = str(peak_file)
    env.update(
        DSR_DESK_PASSPHRASE=_PASSPHRASE,
        DSR_DESK_TODAY=_TODAY.isoformat(),
        BENCH_BUNDLE_PASSWORD=_BUNDLE_PASSWORD,
    )
    command = ["-c", LAUNCHER] if _HAS_PROC else ["-m", "dsr_desk"]
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, *command, "--data-dir", str(data_dir), *args],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert child.stderr is not None
    error = child.stderr.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.stderr.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"dsr-desk {' '.join(args[:2])} failed: {error.decode(errors='replace')}")
    if _HAS_PROC:
        return peak_mib(peak_file), elapsed
    peak = usage.ru_maxrss  # bytes on macOS, KiB elsewhere
    return (peak if sys.platform == "darwin" else peak * 1024) / MIB, elapsed


def _write_document(path: Path, size_mib: int, content: str) -> None:
    if content == "sparse":
        with path.open("wb") as out:
            out.truncate(size_mib * MIB)
        return
    with path.open("wb") as out:
        for _ in range(size_mib):
            out.write(os.urandom(MIB))


def commands(work: Path, size_mib: int, content: str) -> bool:
    print(f"(c) dsr-desk commands on a {size_mib} MiB {content} document, peak RSS of each child")
    data_dir = work / "cli-data"
    clock = FixedClock.on(_TODAY)
    vault, _ = create_vault(data_dir, clock, passphrase=_PASSPHRASE)
    create_entity(SqlUnitOfWork(vault.session_factory, clock, "bench"), name="Bench")
    refs = {}
    for size in (1, size_mib):
        refs[size] = svc.register_request(
            SqlUnitOfWork(vault.session_factory, clock, "bench"),
            type=RequestType.ACCESS,
            received_on=_TODAY,
            name="Requester",
            entity="Bench",
        ).reference
    vault.close()
    bundles = {"bundle": [], "bundle --password-env": ["--password-env", "BENCH_BUNDLE_PASSWORD"]}
    peaks: dict[tuple[str, int], tuple[float, float]] = {}
    for size, ref in refs.items():
        source = work / f"document-{size}.pdf"
        _write_document(source, size, content)
        peaks["document add", size] = _run_command(
            work, data_dir, "document", "add", ref, str(source), "--kind", "letter"
        )
        source.unlink()
        for label, extra in bundles.items():
            out = work / f"bundle-{size}.zip"
            peaks[label, size] = _run_command(
                work, data_dir, "bundle", ref, "--out", str(out), "--override-reason", "bench",
                *extra,
            )  # fmt: skip
            out.unlink()
    how = "VmHWM since the unlock" if _HAS_PROC else "ru_maxrss, unlock included"
    print(f"    peak RSS ({how}), 1 MiB document -> {size_mib} MiB document")
    passed = True
    for label in ("document add", *bundles):
        (small, _), (big, seconds) = peaks[label, 1], peaks[label, size_mib]
        growth = big - small
        ok = growth <= GOAL_CLI_GROWTH_MIB
        passed &= ok
        print(
            f"    {label:22s} {small:7.1f} -> {big:7.1f} MiB  growth {growth:+7.1f} MiB "
            f"({seconds:5.1f} s)  {'PASS' if ok else 'FAIL'}"
        )
    print(f"    goal: growth <= {GOAL_CLI_GROWTH_MIB} MiB for every command")
    return passed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mib", type=int, default=256, help="throughput stream size")
    parser.add_argument("--memory-mib", type=int, default=1024, help="memory stream size")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cli-mib", type=int, default=1024, help="document size for (c)")
    parser.add_argument("--content", choices=["random", "sparse"], default="random")
    parser.add_argument("--only", choices=["throughput", "memory", "cli"])
    parser.add_argument("--child", choices=["rss", "traced"], help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child_memory(args.dir, args.memory_mib, args.child)))
        return
    with tempfile.TemporaryDirectory(prefix="dsr-doc-bench-") as tmp:
        work = Path(tmp)
        print(f"python {sys.version.split()[0]}, temp dir {work}")
        if args.only in (None, "throughput"):
            throughput(work, args.size_mib, args.rounds)
        if args.only in (None, "memory"):
            memory(work, args.memory_mib)
        if args.only in (None, "cli") and not commands(work, args.cli_mib, args.content):
            raise SystemExit(1)


if __name__ == "__main__":
    main()
