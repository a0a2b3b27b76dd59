"""Real disk faults for CLI tests: a small tmpfs that fills up (ENOSPC) and a file size limit
(EFBIG), never mocks.

The tmpfs is mounted in a private mount namespace (``unshare -rm``: no root needed, nothing
to unmount, invisible to the rest of the machine); ``fault_driver`` runs the CLI steps in it.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli_helpers import PASSPHRASE, Result

DRIVER = Path(__file__).with_name("fault_driver.py")
ROOT = Path(__file__).resolve().parents[2]


def _child_env(today: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DSR_DESK_PASSPHRASE": PASSPHRASE,  # the keyring's D-Bus may not be reachable there
            "DSR_DESK_TODAY": today,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        }
    )
    return env


def _mount_command(mount: Path, size: str) -> list[str]:
    return ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size={size} tmpfs '{mount}' && "]


def require_small_disk(mount: Path) -> None:
    """Skip the test when a tmpfs cannot be mounted at all (neither as root nor unshared)."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available: a small disk cannot be mounted")
    mount.mkdir(exist_ok=True)
    command = _mount_command(mount, "1m")
    command[-1] += "true"
    if subprocess.run(command, capture_output=True, check=False).returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here (neither as root nor unshared)")


def run_on_small_disk(
    mount: Path, size: str, steps: list[dict[str, Any]], today: str
) -> list[Result]:
    """Run ``steps`` (see ``fault_driver``) against a vault on a ``size`` tmpfs at ``mount``."""
    command = _mount_command(mount, size)
    command[-1] += 'exec "$0" "$1" "$2" "$3"'
    command += [sys.executable, str(DRIVER), str(mount), json.dumps(steps)]
    proc = subprocess.run(
        command, capture_output=True, text=True, env=_child_env(today), timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return [Result(r["code"], r["out"], r["err"]) for r in json.loads(proc.stdout)]


def run_with_file_size_limit(data_dir: Path, limit: int, *args: str, today: str) -> Result:
    """Run the CLI with RLIMIT_FSIZE set in the child: Python ignores SIGXFSZ, so its writes
    and SQLite's fail with EFBIG once a file would grow past ``limit`` bytes."""

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(
        [sys.executable, "-m", "dsr_desk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=_child_env(today),
        stdin=subprocess.DEVNULL,
        preexec_fn=limit_file_size,
        timeout=120,
        check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)
