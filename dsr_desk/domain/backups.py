"""When a backup is due, when the dashboard warns, what the scheduled backup is called, and
which backups the rotation deletes. Pure: the services read the folder and the audit log."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final, TypeVar

from dsr_desk.domain.audit import AuditEntry

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


#: The audit action recording, after a purge on a team database, whether the VACUUM of the
#: tables concerned ran (``done``) for the purge's entries ``from_entry``..``to_entry``.
VACUUMED_ACTION: Final = "server.vacuumed"


@dataclass(frozen=True)
class VacuumFacts:
    """What the audit log shows of the VACUUM after the purges an attestation covers, counted
    in their entries (one per copy purged or record anonymised)."""

    done: int = 0  # followed by a VACUUM the log records as done
    refused: int = 0  # followed by a VACUUM the log records as refused by the server
    unrecorded: int = 0  # no outcome recorded (e.g. a purge made before DSR Desk recorded it)

    @property
    def total(self) -> int:
        return self.done + self.refused + self.unrecorded


def vacuum_facts(entries: Iterable[AuditEntry], purge_seqs: Iterable[int]) -> VacuumFacts:
    """For the purge entries numbered ``purge_seqs``, what the log's ``server.vacuumed``
    entries say of the VACUUM that followed each (done if any entry covering it says so)."""
    outcome: dict[int, bool] = {}
    for entry in entries:
        if entry.action != VACUUMED_ACTION:
            continue
        details = entry.details
        first, last = details.get("from_entry"), details.get("to_entry")
        if not isinstance(first, int) or not isinstance(last, int):
            continue
        ran = details.get("done") is True
        for seq in range(first, last + 1):
            outcome[seq] = outcome.get(seq, False) or ran
    done = refused = unrecorded = 0
    for seq in purge_seqs:
        found = outcome.get(seq)
        if found is None:
            unrecorded += 1
        elif found:
            done += 1
        else:
            refused += 1
    return VacuumFacts(done, refused, unrecorded)


def server_vacuum_statement(facts: VacuumFacts) -> tuple[str, str]:
    """What DSR Desk did on a team's PostgreSQL server after the purges an attestation
    covers, in English and French, only as far as the audit log shows it: VACUUM is said to
    have run only if it is recorded as done after every one of them. Empty when the
    attestation covers no purge."""
    if facts.total == 0:
        return "", ""
    if facts.done == facts.total:
        return (
            "On the team's PostgreSQL server, DSR Desk deleted the rows and ran VACUUM on the "
            "tables concerned right after the purge, so they no longer linger as dead rows "
            "there; their space is reused as new rows are written.",
            "Sur le serveur PostgreSQL de l'équipe, DSR Desk a supprimé les lignes et lancé "
            "VACUUM sur les tables concernées aussitôt après la purge : elles n'y subsistent "
            "plus comme lignes mortes, et leur place est réutilisée au fil des écritures.",
        )
    if facts.refused and facts.unrecorded:
        why = (
            "the server refused it after some, and no outcome of a VACUUM is recorded after "
            "others, as for purges made before DSR Desk recorded it",
            "le serveur l'a refusé après certaines, et aucun résultat de VACUUM n'est "
            "enregistré après d'autres, comme pour les purges faites avant que DSR Desk ne "
            "l'enregistre",
        )
    elif facts.refused:
        why = ("the server refused it", "le serveur l'a refusé")
    else:
        why = (
            "no outcome of a VACUUM is recorded after them, as for purges made before DSR Desk "
            "recorded it",
            "aucun résultat de VACUUM n'est enregistré après elles, comme pour les purges faites "
            "avant que DSR Desk ne l'enregistre",
        )
    if facts.done:
        shown = (
            "DSR Desk's audit log shows a VACUUM of the tables concerned right after some of "
            f"these purges, not after the others: {why[0]}.",
            "Le journal d'audit de DSR Desk montre un VACUUM des tables concernées aussitôt "
            f"après certaines de ces purges, pas après les autres : {why[1]}.",
        )
    else:
        shown = (
            "DSR Desk's audit log shows no VACUUM of the tables concerned right after these "
            f"purges: {why[0]}.",
            "Le journal d'audit de DSR Desk ne montre aucun VACUUM des tables concernées "
            f"aussitôt après ces purges : {why[1]}.",
        )
    return (
        f"On the team's PostgreSQL server, DSR Desk deleted the rows. {shown[0]} The rows those "
        "purges deleted may linger as dead tuples in the server's table files until its "
        "autovacuum reclaims them.",
        f"Sur le serveur PostgreSQL de l'équipe, DSR Desk a supprimé les lignes. {shown[1]} Les "
        "lignes supprimées par ces purges-là peuvent subsister comme lignes mortes dans les "
        "fichiers de tables du serveur jusqu'à ce que son autovacuum les récupère.",
    )


def server_backups_statement(days: int) -> tuple[str, str]:
    """What a team's PostgreSQL server may still hold of what was purged, and for how long, in
    English and French: ``days`` is the retention of the server's backups the DBA gave (a
    setting)."""
    return (
        "The server's write-ahead log (WAL), its WAL archives, its replicas and its backups may "
        "still hold the deleted rows (personal fields and document keys encrypted with the team "
        f"key) for up to {days} days, the retention of the server's backups given by its "
        "administrator; they are outside DSR Desk's reach.",
        "Le journal de transactions (WAL) du serveur, ses archives WAL, ses réplicas et ses "
        "sauvegardes peuvent encore contenir les lignes supprimées (champs personnels et clés "
        f"des documents chiffrés avec la clé d'équipe) pendant {days} jours au plus, la durée "
        "de conservation des sauvegardes du serveur indiquée par son administrateur ; ils sont "
        "hors de portée de DSR Desk.",
    )


def server_copies_statement(days: int, vacuum: VacuumFacts) -> tuple[str, str]:
    """The purge attestations' statement on a team database, in English and French: the
    VACUUM after the purges covered, as the audit log shows it (``server_vacuum_statement``),
    then what the server's own copies may still hold (``server_backups_statement``)."""
    return _sentences(server_vacuum_statement(vacuum), server_backups_statement(days))


def _sentences(*statements: tuple[str, str]) -> tuple[str, str]:
    english = " ".join(text for text, _ in statements if text)
    french = " ".join(text for _, text in statements if text)
    return english, french
