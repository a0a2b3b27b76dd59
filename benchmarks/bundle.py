"""The app bundle (``make dist``) against the same program run from the venv, in one run.

1. Size: the one-folder bundle ``dist/dsr-desk/`` in MB, and its largest parts.
2. Cold start, as ratios bundle ÷ venv, both fresh processes timed from launch to exit,
   alternated so that they share the machine's noise (medians of K runs each):
   - ``dsr-desk --version``: start-up alone (the interpreter, then the CLI's imports);
   - ``dsr-desk --self-test``: a whole day's path on a throwaway vault, main window and QtPdf
     included (``dsr_desk.ui.self_test``; its argon2id unlock costs the same in both).
   Goal: the bundle starts no slower than the venv (ratio ≤ 1.2×): it loads its modules from
   one archive of compiled bytecode and its libraries from one folder.

Usage: python benchmarks/bundle.py [--bundle dist/dsr-desk/dsr-desk] [--runs K]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
GOAL = 1.2


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def report_size(bundle: Path) -> None:
    folder = bundle.parent
    total = folder_size(folder)
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    print(f"bundle size: {total / MB:.0f} MB in {files} files ({folder})")
    internal = folder / "_internal"
    parts = sorted(
        (
            (folder_size(p) if p.is_dir() else p.lstat().st_size, p.name)
            for p in internal.iterdir()
            if not p.is_symlink()  # Qt's libraries linked from the top: counted once
        ),
        reverse=True,
    )
    print("  largest parts: " + ", ".join(f"{name} {size / MB:.0f} MB" for size, name in parts[:6]))


def time_run(command: Sequence[str]) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    started = time.perf_counter()
    subprocess.run(list(command), check=True, env=env, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def compare(what: str, bundle: list[str], venv: list[str], runs: int) -> None:
    time_run(bundle)  # warm the OS file cache for both
    time_run(venv)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(time_run(bundle))
        theirs.append(time_run(venv))
    b, v = statistics.median(ours), statistics.median(theirs)
    verdict = "PASS" if b / v <= GOAL else "MISS"
    print(
        f"{what}: bundle {b * 1000:.0f} ms, venv {v * 1000:.0f} ms → ratio {b / v:.2f}× "
        f"(goal ≤ {GOAL}×) {verdict}; fastest of {runs} each: {min(ours) / min(theirs):.2f}×"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "dsr-desk" / "dsr-desk")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    if not bundle.is_file():
        print(f"no bundle at {bundle}: build it first (make dist)", file=sys.stderr)
        return 1
    report_size(bundle)
    venv = [sys.executable, "-m", "dsr_desk"]
    compare("start (--version)", [str(bundle), "--version"], [*venv, "--version"], args.runs)
    compare(
        "self-test (--self-test)", [str(bundle), "--self-test"], [*venv, "--self-test"], args.runs
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
