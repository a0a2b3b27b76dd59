"""Backups into the backup folder of the settings, on real vaults and real backup files: the
rotation keeps the N newest backups of this vault and touches nothing else (another vault's
backups, other files); the scheduled backup runs when due and not after a recent one (injected
clock); a missing folder is one clear refusal; the dashboard's read of the last backup."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import ValidationError, VaultError
from dsr_desk.services import backup as backup_service
from dsr_desk.services.backup_schedule import back_up_to, backups_of_vault, scheduled_backup
from dsr_desk.services.read.backup_queries import backup_status, last_backup_at
from dsr_desk.services.settings import load_settings, save_settings
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Vault
from tests.integration.cli_helpers import PASSPHRASE
from tests.vault_templates import open_copy

NAME = re.compile(r"^dsr-desk-\d{4}-\d\d-\d\d-\d{4}(-\d+)?\.dsrbackup$")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(date(2026, 3, 2))


def _uow(vault: Vault, clock: FixedClock) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, clock, "dpo")


def _vault(data_dir: Path, clock: FixedClock, user: str = "dpo") -> Vault:
    """A passphrase vault; another ``user`` gives another vault (another vault id)."""
    vault, _key = open_copy(data_dir, clock, user=user, passphrase=PASSPHRASE)
    return vault


def _set_folder(vault: Vault, clock: FixedClock, folder: Path | str, **more: object) -> None:
    uow = _uow(vault, clock)
    save_settings(uow, replace(load_settings(uow), backup_folder=str(folder), **more))  # type: ignore[arg-type]


def _names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def test_rotation_keeps_the_newest_backups_of_this_vault_and_nothing_else(
    tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    ours = _vault(tmp_path / "ours", clock)
    theirs = _vault(tmp_path / "theirs", clock, user="other-office")
    assert ours.header.vault_id != theirs.header.vault_id
    try:
        # the other vault's backups are the oldest in the folder: still never touched
        for day in (1, 2):
            backup_service.back_up(theirs, _uow(theirs, clock), folder / f"theirs-{day}.dsrbackup")
            clock.advance(timedelta(days=1))
        for day in (1, 2, 3, 4):
            backup_service.back_up(ours, _uow(ours, clock), folder / f"ours-{day}.dsrbackup")
            clock.advance(timedelta(days=1))
        (folder / "notes.txt").write_text("the IT department's notes")
        (folder / "broken.dsrbackup").write_bytes(b"not a zip at all")
        _set_folder(ours, clock, folder, backup_keep=3)

        done = scheduled_backup(ours, _uow(ours, clock), when_due=False)

        assert done is not None and done.rotated
        assert NAME.match(done.info.path.name)
        assert sorted(path.name for path in done.removed) == [
            "ours-1.dsrbackup",
            "ours-2.dsrbackup",
        ]
        assert _names(folder) == {
            "theirs-1.dsrbackup",
            "theirs-2.dsrbackup",
            "ours-3.dsrbackup",
            "ours-4.dsrbackup",
            done.info.path.name,
            "notes.txt",
            "broken.dsrbackup",
        }
        assert len(backups_of_vault(folder, ours.header.vault_id)) == 3
        with _uow(ours, clock) as uow:
            entries = list(uow.audit.entries())
        assert entries[-1].action == "vault.backups_rotated"
        assert entries[-1].details == {"removed": 2, "kept": 3}
        assert entries[-2].action == "vault.backed_up"

        # a manual backup into that folder ("Back up now…", backup --out) rotates too
        clock.advance(timedelta(hours=1))
        manual = back_up_to(ours, _uow(ours, clock), folder / "by-hand.dsrbackup")
        assert [path.name for path in manual.removed] == ["ours-3.dsrbackup"]
        # ...but not one written elsewhere
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        clock.advance(timedelta(hours=1))
        other = back_up_to(ours, _uow(ours, clock), elsewhere / "x.dsrbackup")
        assert not other.rotated and other.removed == ()
        assert "ours-4.dsrbackup" in _names(folder)
    finally:
        ours.close()
        theirs.close()


def test_the_scheduled_backup_runs_when_due_and_not_after_a_recent_one(
    tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    vault = _vault(tmp_path / "data", clock)
    try:
        assert scheduled_backup(vault, _uow(vault, clock)) is None  # no folder: nothing to do
        _set_folder(vault, clock, folder)

        first = scheduled_backup(vault, _uow(vault, clock))
        assert first is not None
        assert (
            first.info.path.name == f"dsr-desk-{clock.now().astimezone():%Y-%m-%d-%H%M}.dsrbackup"
        )
        clock.advance(timedelta(hours=23))
        assert scheduled_backup(vault, _uow(vault, clock)) is None  # the last is recent
        assert _names(folder) == {first.info.path.name}
        clock.advance(timedelta(hours=2))  # a day and an hour later: due
        second = scheduled_backup(vault, _uow(vault, clock))
        assert second is not None and second.info.path != first.info.path
        assert len(_names(folder)) == 2

        # automatic backups off: the app does not back up on its own, cron still can
        _set_folder(vault, clock, folder, backup_automatic=False)
        clock.advance(timedelta(days=3))
        assert scheduled_backup(vault, _uow(vault, clock)) is None
        assert scheduled_backup(vault, _uow(vault, clock), when_due=False) is not None
    finally:
        vault.close()


def test_a_missing_folder_is_one_refusal_and_writes_nothing(
    tmp_path: Path, clock: FixedClock
) -> None:
    vault = _vault(tmp_path / "data", clock)
    usb = tmp_path / "usb-disk"
    try:
        with pytest.raises(ValidationError, match="No backup folder is set"):
            scheduled_backup(vault, _uow(vault, clock), when_due=False)
        _set_folder(vault, clock, usb)  # the disk is unplugged
        with pytest.raises(VaultError, match="cannot be found") as refused:
            scheduled_backup(vault, _uow(vault, clock))
        assert "\n" not in str(refused.value) and str(usb) in str(refused.value)
        assert not usb.exists()
        assert last_backup_at(vault.reader) is None  # nothing audited as backed up
        if os.geteuid() != 0:  # root writes anywhere
            usb.mkdir(mode=0o500)
            with pytest.raises(VaultError, match="cannot be written"):
                scheduled_backup(vault, _uow(vault, clock))
    finally:
        vault.close()


def test_the_dashboard_reads_the_last_backup_from_the_audit_log(
    tmp_path: Path, clock: FixedClock
) -> None:
    vault = _vault(tmp_path / "data", clock)
    try:
        never = backup_status(vault.reader, clock.now())
        assert never.last_at is None and never.overdue and never.folder == ""
        assert never.warn_days == 7
        made_at = clock.now()
        backup_service.back_up(vault, _uow(vault, clock), tmp_path / "b.dsrbackup")
        clock.advance(timedelta(days=7))
        recent = backup_status(vault.reader, clock.now())
        assert recent.last_at == made_at and not recent.overdue
        clock.advance(timedelta(hours=1))
        assert backup_status(vault.reader, clock.now()).overdue  # more than 7 days
        _set_folder(vault, clock, tmp_path, backup_warn_days=14)
        later = backup_status(vault.reader, clock.now())
        assert not later.overdue and later.folder == str(tmp_path) and later.automatic
    finally:
        vault.close()
