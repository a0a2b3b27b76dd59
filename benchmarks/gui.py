"""GUI speed goals, measured in one run on this machine (ratios, not absolute times).

1. Cold start to a usable main window on a vault with 50 000 requests ÷ cold start of an empty
   QMainWindow. Goal ≤ 2×. Usable: the main window painted on the dashboard with its figures
   (the four counts and the upcoming deadlines); menus, shortcuts and navigation work. The
   dashboard's charts and the register's first page follow that first paint
   (``fully_loaded``): that time is printed too, as its own ratio.
   Both are fresh processes, timed from launch until the window is usable (each reports the
   monotonic clock then; exiting is not counted). The app goes through its real start-up after
   the unlock (``AppController.show_unlocked``); it unlocks with the recovery key (HKDF: no
   argon2 cost, like the keyring path) so that no keyring daemon is needed here.
2. Per-keystroke filter latency on 100 000 requests: time from a changed search text to the
   register model holding the new first page (the 120 ms typing debounce excluded). Goal < 50 ms.

Usage: python benchmarks/gui.py [--start-requests N] [--filter-requests N] [--runs K]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase 2026"

# Each child prints the monotonic clock (CLOCK_MONOTONIC: shared by every process on Linux)
# once its window is usable; the parent read the same clock just before launching it. So both
# figures run from launch to a usable window, and neither counts the process's exit.
EMPTY_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print(time.perf_counter())
"""

# DSR Desk's own start-up (``ui.app.run``: create_application and prepare_application, then
# after the unlock AppController.show_unlocked: settings, first reads on the DB worker, main
# window), the vault opened on the GUI thread as a keyring unlock does.
# Usable = the dashboard holds its figures (first_screen_shown) and is painted; then the
# charts and the register's first page (fully_loaded).
APP_WINDOW = """
import sys, time
from pathlib import Path
from dsr_desk.domain.clock import SystemClock
from dsr_desk.storage.vault import Unlock, open_vault
from dsr_desk.ui.app import AppController, prepare_application
from dsr_desk.ui.style import create_application
app = create_application(sys.argv)
collector = prepare_application(app)
data_dir = Path(sys.argv[1])
clock = SystemClock()
controller = AppController(data_dir, clock, "bench")
vault = open_vault(data_dir, clock, Unlock(recovery_key=sys.argv[2]))
vault.hand_over()
shown, loaded = [], []
controller.first_screen_shown.connect(lambda: shown.append(True))
controller.fully_loaded.connect(lambda: loaded.append(True))
controller.show_unlocked(vault)
deadline = time.monotonic() + 60
while not shown:
    app.processEvents()
    if time.monotonic() > deadline:
        sys.exit("timed out")
    time.sleep(0.001)
app.processEvents()  # the data painted, as the empty window's processEvents paints it
usable = time.perf_counter()
while not loaded:
    app.processEvents()
    if time.monotonic() > deadline:
        sys.exit("timed out")
    time.sleep(0.001)
app.processEvents()
print(usable, time.perf_counter())
controller.shutdown()
"""


def make_vault(folder: Path, count: int) -> str:
    """A passphrase vault with ``count`` demo requests; returns its recovery key."""
    from dsr_desk.demo.seed import seed_demo_data
    from dsr_desk.domain.clock import FixedClock
    from dsr_desk.storage.unit_of_work import SqlUnitOfWork
    from dsr_desk.storage.vault import create_vault

    clock = FixedClock.on(date.today())
    vault, recovery_key = create_vault(folder, clock, passphrase=PASSPHRASE)
    seed_demo_data(SqlUnitOfWork(vault.session_factory, clock, "bench"), count)
    vault.close()
    return recovery_key


def time_process(code: str, *args: str) -> list[float]:
    """Seconds from launching ``code`` to each moment it reports (its window usable, then
    for the app: everything loaded)."""
    # An installed app runs from compiled bytecode; a sandbox that sets PYTHONDONTWRITEBYTECODE
    # would make every start recompile DSR Desk's modules (the warm-up run writes the .pyc).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, capture_output=True, text=True
    )
    return [float(clock) - started for clock in done.stdout.splitlines()[-1].split()]


def cold_start_ratio(count: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        print(f"preparing a vault with {count:,} requests…", flush=True)
        recovery_key = make_vault(folder, count)
        time_process(EMPTY_WINDOW)  # warm the OS file cache for both
        time_process(APP_WINDOW, str(folder), recovery_key)
        empty, app, full = [], [], []
        for _ in range(runs):  # alternate to share the noise
            empty.append(time_process(EMPTY_WINDOW)[0])
            usable, loaded = time_process(APP_WINDOW, str(folder), recovery_key)
            app.append(usable)
            full.append(loaded)
    e, a, f = statistics.median(empty), statistics.median(app), statistics.median(full)
    verdict = "PASS" if a / e <= 2.0 else "MISS"
    print(
        f"cold start: empty QMainWindow {e * 1000:.0f} ms, DSR Desk with {count:,} requests "
        f"usable in {a * 1000:.0f} ms → ratio {a / e:.2f}× (goal ≤ 2×) {verdict}"
    )
    print(f"  charts and register page in too: {f * 1000:.0f} ms → ratio {f / e:.2f}×")
    # On a shared machine the runs spread widely; the fastest of each is the least disturbed.
    print(
        f"  fastest of {runs} each: ratio {min(app) / min(empty):.2f}× usable, "
        f"{min(full) / min(empty):.2f}× fully loaded"
    )


def filter_latency(count: int) -> None:
    from PySide6.QtWidgets import QApplication

    from dsr_desk.domain.clock import SystemClock
    from dsr_desk.storage.vault import Unlock, open_vault
    from dsr_desk.ui.main_window import MainWindow
    from dsr_desk.ui.ops import Ops
    from dsr_desk.ui.session import AppSession

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        print(f"preparing a vault with {count:,} requests…", flush=True)
        recovery_key = make_vault(folder, count)
        ops = Ops()
        unlock = Unlock(recovery_key=recovery_key)
        vault = ops.call(lambda: open_vault(folder, SystemClock(), unlock))
        window = MainWindow(AppSession(folder, SystemClock(), "bench", vault), ops)
        window.start()
        register = window.register
        pages_shown: list[None] = []
        register.first_page_shown.connect(lambda: pages_shown.append(None))
        latencies = []
        for text in (
            "m",
            "ma",
            "mar",
            "mart",
            "marti",
            "martin",
            "martin",
            "d",
            "du",
            "dup",
            "dupo",
            "dupon",
            "dupont",
            "dsr-2025",
            "dsr-2025-01",
            "@",
            "@gmail",
            "lefebvre",
            "x",
            "zz",
        ):
            register.search.blockSignals(True)
            register.search.setText(text)
            register.search.blockSignals(False)
            shown_before = len(pages_shown)
            started = time.perf_counter()
            register.reload()
            while ops.busy or len(pages_shown) == shown_before:
                app.processEvents()
                time.sleep(0.0005)
            latencies.append(time.perf_counter() - started)
        ops.call(vault.close)
        ops.shutdown()
    median = statistics.median(latencies) * 1000
    worst = max(latencies) * 1000
    verdict = "PASS" if median < 50 else "MISS"
    print(
        f"filter latency on {count:,} requests: median {median:.1f} ms, worst {worst:.1f} ms "
        f"(goal < 50 ms) {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start-requests", type=int, default=50_000)
    parser.add_argument("--filter-requests", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    cold_start_ratio(args.start_requests, args.runs)
    filter_latency(args.filter_requests)


if __name__ == "__main__":
    main()
