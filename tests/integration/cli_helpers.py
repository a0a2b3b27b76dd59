"""Run the real `dsr-desk` command in a subprocess against a test data dir."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "correct horse battery staple"


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(
    data_dir: Path,
    *args: str,
    passphrase: str | None = PASSPHRASE,
    env: dict[str, str] | None = None,
    today: str | None = None,
) -> Result:
    full_env = dict(os.environ)
    full_env.pop("DSR_DESK_PASSPHRASE", None)
    if passphrase is not None:
        full_env["DSR_DESK_PASSPHRASE"] = passphrase
    if today is not None:
        full_env["DSR_DESK_TODAY"] = today
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "dsr_desk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def all_bytes_under(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
