"""The backup rules: when a scheduled backup is due, when the dashboard warns, the scheduled
backup's name, which backups the rotation deletes, what the attestations say about backups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dsr_desk.domain.backups import (
    backup_copies_statement,
    backup_due,
    backup_overdue,
    rotation_victims,
    scheduled_backup_name,
)

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_a_backup_is_due_after_a_day_or_when_there_is_none() -> None:
    assert backup_due(None, NOW)
    assert not backup_due(NOW - timedelta(hours=23, minutes=59), NOW)
    assert backup_due(NOW - timedelta(days=1), NOW)
    assert backup_due(NOW + timedelta(hours=2), NOW)  # from the future: a clock put right


def test_the_dashboard_warns_after_the_setting_or_when_never_backed_up() -> None:
    assert backup_overdue(None, NOW, 7)
    assert not backup_overdue(NOW - timedelta(days=7), NOW, 7)
    assert backup_overdue(NOW - timedelta(days=7, minutes=1), NOW, 7)


def test_the_scheduled_backup_is_named_by_its_local_time() -> None:
    name = scheduled_backup_name(NOW, ".dsrbackup")
    assert name == f"dsr-desk-{NOW.astimezone():%Y-%m-%d-%H%M}.dsrbackup"


def test_the_rotation_deletes_all_but_the_newest() -> None:
    backups = [(NOW - timedelta(days=age), f"b{age}") for age in (3, 0, 5, 1, 4)]
    assert rotation_victims(backups, 2) == ["b3", "b4", "b5"]
    assert rotation_victims(backups, 5) == []
    assert rotation_victims(backups, 0) == ["b0", "b1", "b3", "b4", "b5"]
    with pytest.raises(ValueError, match="fewer"):
        rotation_victims(backups, -1)


def test_the_attestation_says_how_long_backups_may_hold_a_copy() -> None:
    english, french = backup_copies_statement("/mnt/usb/dsr", 14, True)
    assert (
        "Copies may remain in the backups kept in /mnt/usb/dsr until 14 newer backups have been "
        "made there (the rotation keeps the 14 newest backups of this vault, DSR Desk making one "
        "each day it runs), after which they are deleted." in english
    )
    assert "Backups written elsewhere and backups made outside DSR Desk are not covered" in english
    assert "conservées dans /mnt/usb/dsr" in french and "14 plus récentes" in french
    manual_only, _ = backup_copies_statement("/mnt/usb/dsr", 3, False)
    assert "until 3 newer backups" in manual_only and "each day it runs" not in manual_only
    none, none_fr = backup_copies_statement("", 14, True)
    assert "No backup folder is set in DSR Desk, so no rotation deletes old backups" in none
    assert "backups made outside DSR Desk, are not covered" in none
    assert "14" not in none and "Aucun dossier de sauvegarde" in none_fr
