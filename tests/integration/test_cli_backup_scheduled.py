"""The CLI contract of `dsr-desk backup --scheduled` (for cron), through the real command in a
subprocess: one line and exit 2 without a backup folder or with a missing one; otherwise a
`dsr-desk-YYYY-MM-DD-HHMM.dsrbackup` in the folder of the settings, then the rotation (the
JSON lists what it deleted); it excludes --out and --verify."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from dsr_desk.domain.clock import FixedClock
from dsr_desk.services.settings import load_settings, save_settings
from dsr_desk.storage.backup import verify_backup
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, open_vault
from tests.integration.cli_helpers import init_vault, run_cli

TODAY = "2026-03-02"


def _set_folder(data_dir: Path, recovery_key: str, folder: Path, keep: int) -> None:
    clock = FixedClock.on(date(2026, 3, 2))
    vault = open_vault(data_dir, clock, Unlock(recovery_key=recovery_key))
    try:
        uow = SqlUnitOfWork(vault.session_factory, clock, "dpo")
        save_settings(uow, replace(load_settings(uow), backup_folder=str(folder), backup_keep=keep))
    finally:
        vault.close()


def test_backup_scheduled_contract(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    recovery_key = init_vault(data_dir, today=TODAY)

    unset = run_cli(data_dir, "backup", "--scheduled", today=TODAY)
    assert unset.code == 2 and unset.out == ""
    assert unset.err == (
        "dsr-desk: error: No backup folder is set: choose one in Settings "
        "(Preferences and vault).\n"
    )

    folder = tmp_path / "nas"
    _set_folder(data_dir, recovery_key, folder, keep=1)
    missing = run_cli(data_dir, "backup", "--scheduled", today=TODAY)
    assert missing.code == 2 and missing.out == ""
    assert missing.err.startswith(f"dsr-desk: error: The backup folder {folder} cannot be found")
    assert missing.err.count("\n") == 1

    folder.mkdir()
    (folder / "readme.txt").write_text("not a backup")
    written = []
    for day in ("2026-03-02", "2026-03-03"):
        made = run_cli(data_dir, "backup", "--scheduled", "--json", today=day)
        assert made.code == 0, made.err
        answer = json.loads(made.out)
        path = Path(answer["path"])
        assert path.parent == folder
        assert re.fullmatch(rf"dsr-desk-{day}-\d{{4}}\.dsrbackup", path.name)
        assert verify_backup(path).vault_id == answer["vault_id"]
        written.append(path)
        assert answer["removed"] == ([str(written[0])] if day == "2026-03-03" else [])
    assert sorted(p.name for p in folder.iterdir()) == sorted([written[1].name, "readme.txt"])

    said = run_cli(data_dir, "backup", "--scheduled", today="2026-03-04")
    assert said.code == 0, said.err
    assert said.out.startswith("Backup written: ")
    assert "Rotation: 1 older backup of this vault deleted from the backup folder." in said.out

    both = run_cli(data_dir, "backup", "--scheduled", "--out", str(tmp_path / "x.dsrbackup"))
    assert both.code == 2 and "not allowed with argument" in both.err
