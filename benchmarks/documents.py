"""Encrypted document store: throughput against raw AES-GCM + write + fsync, and peak memory.

    python benchmarks/documents.py [--size-mib 256] [--memory-mib 1024] [--rounds 3]

(a) Throughput: ``DocumentStore.add`` of a generated stream of ``--size-mib`` MiB (1 MiB
    chunks from a generator; includes SHA-256 of the plaintext, the STREAM framing, the temp
    file, fsync, rename and folder fsync) divided by the floor for the same bytes: AES-256-GCM
    of each 1 MiB segment, ``os.write`` of the result to one file, one fsync. Goal: >= 50 %.
    The two take turns (alternating which goes first) and the median of ``--rounds`` counts.
(b) Memory: in a fresh subprocess, growth of the peak RSS (``ru_maxrss``) while storing a
    generated stream of ``--memory-mib`` MiB, then while reading it back with
    ``iter_plaintext``; a second subprocess reports tracemalloc's peak for the same work.
    Goal: flat, i.e. a few MiB whatever the size.

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
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dsr_desk.storage.document_store import DocumentStore

MIB = 1024 * 1024
GOAL_RATIO = 0.50


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mib", type=int, default=256, help="throughput stream size")
    parser.add_argument("--memory-mib", type=int, default=1024, help="memory stream size")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", choices=["rss", "traced"], help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child_memory(args.dir, args.memory_mib, args.child)))
        return
    with tempfile.TemporaryDirectory(prefix="dsr-doc-bench-") as tmp:
        work = Path(tmp)
        print(f"python {sys.version.split()[0]}, temp dir {work}")
        throughput(work, args.size_mib, args.rounds)
        memory(work, args.memory_mib)


if __name__ == "__main__":
    main()
