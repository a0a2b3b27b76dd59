"""When a backup is due, when the dashboard warns, what the scheduled backup is called, and
which backups the rotation deletes. Pure: the services read the folder and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Final, TypeVar

#: The app backs up to the backup folder when the newest backup of the vault there is older.
BACKUP_INTERVAL: Final = timedelta(days=1)
SCHEDULED_PREFIX: Final = "dsr-desk-"

T = TypeVar("T")


def backup_due(last: datetime | None, now: datetime) -> bool:
    """A scheduled backup is due: none yet, or the newest is a day old (or from the future:
    a clock put right, so the file's date cannot be trusted)."""
    return last is None or not now - BACKUP_INTERVAL < last <= now


def backup_overdue(last: datetime | None, now: datetime, warn_days: int) -> bool:
    """The dashboard warns: never backed up, or not for more than ``warn_days`` days."""
    return last is None or now - last > timedelta(days=warn_days)


def scheduled_backup_name(now: datetime, suffix: str) -> str:
    """``dsr-desk-YYYY-MM-DD-HHMM.dsrbackup``, in the workstation's local time."""
    return f"{SCHEDULED_PREFIX}{now.astimezone():%Y-%m-%d-%H%M}{suffix}"


def rotation_victims(backups: Sequence[tuple[datetime, T]], keep: int) -> list[T]:
    """Of one vault's ``(created_at, item)`` backups, those beyond the ``keep`` newest."""
    if keep < 0:
        raise ValueError("a rotation cannot keep fewer than no backup")
    newest_first = sorted(backups, key=lambda backup: backup[0], reverse=True)
    return [item for _created, item in newest_first[keep:]]


# -- what the purge attestations say about backups ----------------------------------------


def backup_copies_statement(folder: str, keep: int, automatic: bool) -> tuple[str, str]:
    """How long DSR Desk's backups may still hold a copy of what was purged, in English and
    French, for the purge attestations: only what the app knows (its backup folder, the
    rotation's ``keep``, whether it backs up there each day it runs)."""
    reapplied_en = (
        "A restore of any DSR Desk backup destroys again what was purged after that backup "
        "was made (the purge ledger)."
    )
    reapplied_fr = (
        "La restauration d'une sauvegarde DSR Desk détruit de nouveau ce qui a été purgé "
        "après cette sauvegarde (registre des purges)."
    )
    if not folder:
        return (
            "No backup folder is set in DSR Desk, so no rotation deletes old backups: backups "
            "written with DSR Desk, and backups made outside DSR Desk, are not covered; they "
            f"keep the key for as long as they are kept. {reapplied_en}",
            "Aucun dossier de sauvegarde n'est défini dans DSR Desk, donc aucune rotation ne "
            "supprime les anciennes sauvegardes : les sauvegardes écrites avec DSR Desk, et "
            "celles faites hors de DSR Desk, ne sont pas couvertes ; elles gardent la clé aussi "
            f"longtemps qu'elles sont conservées. {reapplied_fr}",
        )
    daily_en = ", DSR Desk making one each day it runs" if automatic else ""
    daily_fr = ", DSR Desk en faisant une chaque jour où il est lancé" if automatic else ""
    return (
        f"Copies may remain in the backups kept in {folder} until {keep} newer backups have "
        f"been made there (the rotation keeps the {keep} newest backups of this vault{daily_en}),"
        " after which they are deleted. Backups written elsewhere and backups made outside "
        f"DSR Desk are not covered. {reapplied_en}",
        f"Des copies peuvent subsister dans les sauvegardes conservées dans {folder} jusqu'à "
        f"ce que {keep} sauvegardes plus récentes y aient été faites (la rotation garde les "
        f"{keep} plus récentes de ce coffre{daily_fr}), après quoi elles sont supprimées. Les "
        "sauvegardes écrites ailleurs et celles faites hors de DSR Desk ne sont pas couvertes. "
        f"{reapplied_fr}",
    )


def server_copies_statement(days: int) -> tuple[str, str]:
    """What a team's PostgreSQL server may still hold of what was purged, and for how long, in
    English and French, for the purge attestations: ``days`` is the retention of the server's
    backups the DBA gave (a setting)."""
    return (
        "On the team's PostgreSQL server, DSR Desk deleted the rows and ran VACUUM on the tables "
        "concerned right after the purge, so they no longer linger as dead rows there; their "
        "space is reused as new rows are written. The server's write-ahead log (WAL), its WAL "
        "archives, its replicas and its backups may still hold the deleted rows (personal "
        f"fields and document keys encrypted with the team key) for up to {days} days, the "
        "retention of the server's backups given by its administrator; they are outside DSR "
        "Desk's reach.",
        "Sur le serveur PostgreSQL de l'équipe, DSR Desk a supprimé les lignes et lancé VACUUM "
        "sur les tables concernées aussitôt après la purge : elles n'y subsistent plus comme "
        "lignes mortes, et leur place est réutilisée au fil des écritures. Le journal de "
        "transactions (WAL) du serveur, ses archives WAL, ses réplicas et ses sauvegardes "
        "peuvent encore contenir les lignes supprimées (champs personnels et clés des documents "
        f"chiffrés avec la clé d'équipe) pendant {days} jours au plus, la durée de conservation "
        "des sauvegardes du serveur indiquée par son administrateur ; ils sont hors de portée "
        "de DSR Desk.",
    )
