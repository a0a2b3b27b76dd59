"""The peak memory of one `dsr-desk` command, read by the child itself (Linux ``VmHWM``), from
the moment its vault is unlocked: the argon2id unlock takes 64 MiB for a moment and would hide
as much growth. Shared by the large-document test and ``benchmarks/documents.py``.

Run ``[sys.executable, "-c", LAUNCHER, ARGS...]`` with ``PEAK_FILE_VARIABLE`` naming a file in
its environment; ``peak_mib(file)`` reads the peak once the child has exited."""

from __future__ import annotations

from pathlib import Path
from typing import Final

PEAK_FILE_VARIABLE: Final = "DSR_PEAK_FILE"

# `python -m dsr_desk ARGS...` that writes its peak RSS (KiB) since the unlock as it exits.
LAUNCHER: Final = f"""
import atexit, os, runpy
import dsr_desk.cli.context as context

_open_vault = context.open_vault

def _unlocked_then_reset(*args, **kwargs):
    vault = _open_vault(*args, **kwargs)
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")  # VmHWM back to the current RSS: the argon2id unlock is over
    return vault

def _peak():
    with open("/proc/self/status") as status:
        kib = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(os.environ["{PEAK_FILE_VARIABLE}"], "w") as out:
        out.write(kib)

context.open_vault = _unlocked_then_reset
atexit.register(_peak)
runpy.run_module("dsr_desk", run_name="__main__", alter_sys=True)
"""


def peak_mib(peak_file: Path) -> float:
    """The peak the launcher wrote (KiB), in MiB."""
    return int(peak_file.read_text()) / 1024
