"""Run the real `dsr-desk` command in a subprocess against a test data dir; give a test a vault
made by `dsr-desk init` (``init_vault``)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.vault_templates import copy_files, template

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


def init_vault(
    data_dir: Path, *init_args: str, today: str | None = None, passphrase: str = PASSPHRASE
) -> str:
    """Leave in ``data_dir`` the vault that ``run_cli(data_dir, "init", *init_args, today=today,
    passphrase=passphrase)`` would make, and return its recovery key. The real ``init`` runs
    once per test process for each set of arguments; each test gets a copy of its files (a
    passphrase-mode vault: no keyring entry is shared). For tests that need a vault, not the
    ``init`` command itself."""

    def make(folder: Path) -> str:
        result = run_cli(folder, "init", *init_args, passphrase=passphrase, today=today)
        assert result.code == 0, result.err
        lines = [line.strip() for line in result.out.splitlines()]
        start = next(n for n, line in enumerate(lines) if line.startswith("RECOVERY KEY"))
        return next(line for line in lines[start + 1 :] if line)

    folder, recovery_key = template(("init", init_args, today, passphrase), make)
    copy_files(folder, data_dir)
    return recovery_key
