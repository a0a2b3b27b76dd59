"""The backup rules: when a scheduled backup is due, when the dashboard warns, the scheduled
backup's name, which backups the rotation deletes, what the attestations say about backups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dsr_desk.domain.audit import AuditEntry, make_entry
from dsr_desk.domain.backups import (
    VacuumFacts,
    backup_copies_statement,
    backup_due,
    backup_overdue,
    rotation_victims,
    scheduled_backup_name,
    server_backups_statement,
    server_copies_statement,
    server_vacuum_statement,
    vacuum_facts,
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


def _vacuumed(seq: int, first: int, last: int, done: bool) -> AuditEntry:
    details = {"tables": ["documents"], "done": done, "from_entry": first, "to_entry": last}
    return make_entry(
        seq=seq,
        prev_hash="0" * 64,
        at=NOW,
        user="dpo",
        action="server.vacuumed",
        request_ref=None,
        details=details,
    )


def test_the_vacuum_after_each_purge_is_what_the_log_records() -> None:
    log = [_vacuumed(4, 2, 3, True), _vacuumed(7, 5, 6, False), _vacuumed(9, 8, 8, False)]
    assert vacuum_facts(log, [2, 3]) == VacuumFacts(done=2)
    assert vacuum_facts(log, [3, 5, 6, 8, 1]) == VacuumFacts(done=1, refused=3, unrecorded=1)
    assert vacuum_facts([*log, _vacuumed(10, 8, 8, True)], [8]) == VacuumFacts(done=1)
    assert vacuum_facts(log, []) == VacuumFacts()


def test_the_attestation_says_vacuum_ran_only_when_the_log_shows_it_after_every_purge() -> None:
    ran, lance = server_vacuum_statement(VacuumFacts(done=3))
    assert "DSR Desk deleted the rows and ran VACUUM on the tables concerned right after" in ran
    assert "DSR Desk a supprimé les lignes et lancé VACUUM sur les tables concernées" in lance
    assert server_vacuum_statement(VacuumFacts()) == ("", "")  # no purge covered: no claim

    lingers = (
        "The rows those purges deleted may linger as dead tuples in the server's table files "
        "until its autovacuum reclaims them."
    )
    subsistent = "peuvent subsister comme lignes mortes dans les fichiers de tables du serveur"
    cases = {
        VacuumFacts(refused=2): (
            "shows no VACUUM of the tables concerned right after these purges: the server "
            "refused it.",
            "ne montre aucun VACUUM des tables concernées aussitôt après ces purges : le serveur "
            "l'a refusé.",
        ),
        VacuumFacts(unrecorded=1): (
            "shows no VACUUM of the tables concerned right after these purges: no outcome of a "
            "VACUUM is recorded after them, as for purges made before DSR Desk recorded it.",
            "aucun résultat de VACUUM n'est enregistré après elles",
        ),
        VacuumFacts(done=1, refused=1, unrecorded=1): (
            "shows a VACUUM of the tables concerned right after some of these purges, not after "
            "the others: the server refused it after some, and no outcome of a VACUUM is "
            "recorded after others",
            "montre un VACUUM des tables concernées aussitôt après certaines de ces purges, pas "
            "après les autres : le serveur l'a refusé après certaines",
        ),
    }
    for facts, (said, dit) in cases.items():
        english, french = server_vacuum_statement(facts)
        assert english.startswith("On the team's PostgreSQL server, DSR Desk deleted the rows. ")
        assert said in english and lingers in english and "ran VACUUM" not in english
        assert dit in french and subsistent in french and "lancé VACUUM" not in french


def test_the_server_statement_puts_the_vacuum_before_the_servers_copies() -> None:
    english, french = server_copies_statement(45, VacuumFacts(refused=1))
    vacuum, backups = server_vacuum_statement(VacuumFacts(refused=1)), server_backups_statement(45)
    assert (english, french) == (f"{vacuum[0]} {backups[0]}", f"{vacuum[1]} {backups[1]}")
    assert "for up to 45 days" in backups[0] and "pendant 45 jours au plus" in backups[1]
    assert server_copies_statement(45, VacuumFacts()) == backups  # no purge: the copies alone
