"""Backups into the backup folder of the settings: the daily scheduled backup and the rotation.

The folder (a network share, a USB disk) is a vault-wide preference (``AppSettings``). While
the app runs it backs up there when the newest backup of this vault there is a day old
(``domain.backups.backup_due``); ``dsr-desk backup --scheduled`` does it from cron. After each
backup written into that folder — scheduled or not — the rotation keeps the ``backup_keep``
newest backups *of this vault* (read from their manifests) and deletes the older ones; files
that are not backups of this vault are never touched. A folder that is missing or not
writable is one ``VaultError`` line, never a half-written file.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dsr_desk.domain.backups import backup_due, rotation_victims, scheduled_backup_name
from dsr_desk.domain.errors import ValidationError, VaultError
from dsr_desk.messages import N_
from dsr_desk.services.backup import back_up, backup_summary
from dsr_desk.services.progress import Progress
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import load_settings
from dsr_desk.storage.backup import BACKUP_SUFFIX, BackupInfo
from dsr_desk.storage.unit_of_work import UnitOfWork
from dsr_desk.storage.vault import Vault

NO_FOLDER = N_("No backup folder is set: choose one in Settings (Preferences and vault).")


@dataclass(frozen=True)
class FolderBackup:
    """A backup written, and what the rotation then deleted (nothing if it went elsewhere)."""

    info: BackupInfo
    removed: tuple[Path, ...] = ()
    rotated: bool = False  # it went into the backup folder, so the rotation ran


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def backups_of_vault(folder: Path, vault_id: str) -> list[BackupInfo]:
    """The backups of vault ``vault_id`` in ``folder``, from their manifests (anything that
    is not a readable DSR Desk backup is left out)."""
    found = []
    for path in sorted(folder.glob(f"*{BACKUP_SUFFIX}")):
        if not path.is_file():
            continue
        try:
            info = backup_summary(path)
        except VaultError:
            continue
        if info.vault_id == vault_id:
            found.append(info)
    return found


def _created(info: BackupInfo) -> datetime:
    return datetime.fromisoformat(info.created_at)


def rotate_backups(
    folder: Path, vault_id: str, keep: int, written: Path | None = None
) -> tuple[Path, ...]:
    """Delete the backups of ``vault_id`` in ``folder`` beyond the ``keep`` newest; the one
    just ``written`` is one of those kept, whatever the other manifests' dates say."""
    backups = [
        (_created(info), info.path)
        for info in backups_of_vault(folder, vault_id)
        if written is None or not _same_file(info.path, written)
    ]
    removed = []
    for path in rotation_victims(backups, keep - 1 if written is not None else keep):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return tuple(removed)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def _rotate_after(
    vault: Vault, uow: UnitOfWork, settings: AppSettings, written: Path
) -> tuple[Path, ...]:
    folder = Path(settings.backup_folder)
    try:
        removed = rotate_backups(folder, vault.header.vault_id, settings.backup_keep, written)
    except OSError as problem:
        raise VaultError(
            "The backup was written, but older backups in {folder} could not be "
            "deleted ({reason}).",
            folder=folder,
            reason=problem.strerror or problem,
        ) from None
    if removed:
        with uow:
            uow.record(
                "vault.backups_rotated", None, removed=len(removed), kept=settings.backup_keep
            )
            uow.commit()
    return removed


def back_up_to(
    vault: Vault, uow: UnitOfWork, out: Path, *, progress: Progress | None = None
) -> FolderBackup:
    """Write a backup to ``out`` (``services.backup.back_up``); when that is in the backup
    folder of the settings, rotate the backups there."""
    info = back_up(vault, uow, out, progress=progress)
    settings = load_settings(uow)
    if not settings.backup_folder or not _same_folder(out.parent, Path(settings.backup_folder)):
        return FolderBackup(info)
    return FolderBackup(info, _rotate_after(vault, uow, settings, info.path), rotated=True)


def usable_folder(settings: AppSettings) -> Path:
    """The backup folder, if it is there and writable; else one line saying why."""
    if not settings.backup_folder:
        raise ValidationError(NO_FOLDER)
    folder = Path(settings.backup_folder)
    if not folder.is_dir():
        raise VaultError(
            "The backup folder {folder} cannot be found (a USB disk unplugged, a "
            "network share not connected?): no backup was made.",
            folder=folder,
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise VaultError(
            "The backup folder {folder} cannot be written to: no backup was made.", folder=folder
        )
    return folder


def _free_name(folder: Path, now: datetime) -> Path:
    target = folder / scheduled_backup_name(now, BACKUP_SUFFIX)
    number = 2
    while target.exists():
        target = folder / scheduled_backup_name(now, f"-{number}{BACKUP_SUFFIX}")
        number += 1
    return target


def scheduled_backup(
    vault: Vault,
    uow: UnitOfWork,
    *,
    when_due: bool = True,
    progress: Progress | None = None,
) -> FolderBackup | None:
    """Back up into the backup folder (``dsr-desk-YYYY-MM-DD-HHMM.dsrbackup``) and rotate.

    ``when_due``: only if automatic backups are on and the newest backup of this vault there
    is a day old (else ``None``); without it (cron, "Back up now"), whenever a folder is set.
    """
    settings = load_settings(uow)
    if when_due and not settings.automatic_backups:
        return None
    folder = usable_folder(settings)
    now = uow.clock.now()
    try:
        if when_due:
            newest = max(
                map(_created, backups_of_vault(folder, vault.header.vault_id)), default=None
            )
            if not backup_due(newest, now):
                return None
        return back_up_to(vault, uow, _free_name(folder, now), progress=progress)
    except OSError as problem:
        raise VaultError(
            "The backup folder {folder} could not be used ({reason}): no backup was made.",
            folder=folder,
            reason=problem.strerror or problem,
        ) from None
