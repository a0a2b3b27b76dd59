"""The purge attestation on the real vault and on a team database on PostgreSQL
(``read_stores``): a PDF (read back with pypdf) listing the ID copies purged in a period, per
entity, from the audit log, with no file names and no content, saying what was destroyed
where and what the store's backups may still hold."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from dsr_desk.domain.audit import AuditEntry
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import NotFound, ValidationError
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services import retention
from dsr_desk.services.audit import verify_audit_log
from dsr_desk.services.document_access import purge_attestation_pdf
from dsr_desk.services.documents import attach_document
from dsr_desk.services.record_retention import SERVER_NOT_VACUUMED
from dsr_desk.services.retention import purge_due_documents
from dsr_desk.services.settings import load_settings, save_settings
from dsr_desk.storage.pg_engine import purged_tables
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.read_stores import TEAM_ONLY, Store

LYCEE, ECOLE = "Lycée Exemple", "Collège Pilote"
ACCESS_RULE = "access/rectification: 1 year after closure (CPP art. 9)"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(date(2025, 2, 3))


@pytest.fixture
def store_clock(clock: FixedClock) -> FixedClock:
    return clock


@pytest.fixture
def store_entities() -> list[dict[str, str]]:
    return [{"name": LYCEE}, {"name": ECOLE}]


@pytest.fixture
def vault(store: Store) -> Store:
    return store


def _uow(vault: Store, clock: FixedClock, user: str = "dpo") -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, clock, user)


def _closed_with_id(vault: Store, clock: FixedClock, entity: str, name: str) -> str:
    store = vault.documents()
    ref = svc.register_request(
        _uow(vault, clock),
        type=RequestType.ACCESS,
        received_on=date(2025, 1, 20),
        name=name,
        entity=entity,
    ).reference
    attach_document(
        _uow(vault, clock), store, ref, DocumentKind.ID, f"CNI {name}.pdf", "application/pdf", b"x"
    )
    svc.close(_uow(vault, clock), ref, Outcome.COMPLETED)
    return ref


def _text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def purged(vault: Store, clock: FixedClock) -> tuple[str, str, str]:
    """Two ID copies purged on 04/02/2026 (one per entity), one still kept (open request)."""
    first = _closed_with_id(vault, clock, LYCEE, "Zoé Lambert")
    second = _closed_with_id(vault, clock, ECOLE, "Marc Petit")
    kept = svc.register_request(
        _uow(vault, clock), type=RequestType.ACCESS, received_on=date(2025, 2, 1), name="Ana Roy"
    ).reference
    clock.advance(timedelta(days=366))  # 4 February 2026
    store = vault.documents()
    assert len(purge_due_documents(_uow(vault, clock), store).items) == 2
    clock.advance(timedelta(days=10))
    return first, second, kept


def test_the_attestation_lists_the_purged_copies(
    vault: Store, clock: FixedClock, purged: tuple[str, str, str]
) -> None:
    first, second, kept = purged
    pdf = purge_attestation_pdf(
        _uow(vault, clock, "Claire Dubois"), date(2026, 1, 1), date(2026, 2, 28), None
    )
    text = _text(pdf)
    assert "Attestation of purged identity documents" in text
    assert "All entities" in text
    assert "01/01/2026 – 28/02/2026" in text
    assert "2 identity document copies" in text
    assert "14/02/2026" in text and "Claire Dubois" in text  # generated on, by
    assert "audit log intact" in text
    for ref in (first, second):
        assert ref in text
    assert text.count("04/02/2026") == 2
    assert text.count(ACCESS_RULE) == 2
    assert text.count("ID copy") == 2  # the document kind
    assert LYCEE in text and ECOLE in text  # the entity column, when not filtered
    assert kept not in text
    for private in ("Zoé", "Lambert", "Marc Petit", "CNI Zo", "CNI Marc", ".pdf"):
        assert private not in text
    # exactly what was destroyed, and what lies outside the app's reach
    assert "including in backups" not in text
    for statement in WORKSTATION_STATEMENTS if vault.vault is not None else TEAM_STATEMENTS:
        assert statement in text
    for statement in TEAM_STATEMENTS if vault.vault is not None else WORKSTATION_STATEMENTS:
        assert statement not in text
    assert "Hors de portée de DSR Desk" in text

    with _uow(vault, clock) as uow:
        generated = list(uow.audit.entries())[-1]
    assert generated.action == "retention.attestation_generated"
    assert generated.details == {"start": "2026-01-01", "end": "2026-02-28", "count": 2}


WORKSTATION_STATEMENTS = (
    "Destroyed by DSR Desk: the copy's encryption key, deleted from the DSR Desk database",
    "its encrypted file, removed from the document folder; its file name, size and fingerprint",
    "Apart from its backups (below), no database copy made by DSR Desk itself holds the "
    "key: the copy taken before a schema upgrade is deleted once the upgraded database "
    "has passed its integrity check",
    "Outside DSR Desk's reach: copies of its data folder made by a user or by an IT "
    "backup, which keep the key",
)
# On a team database the documents are on the server, not in a folder: nothing of them is in a
# client's data folder, and VACUUM does not overwrite the space a row used.
TEAM_STATEMENTS = (
    "Destroyed by DSR Desk: the copy's encryption key and its encrypted content, deleted "
    "from the team's database on its PostgreSQL server; its file name, size and fingerprint",
    "Outside DSR Desk's reach: decrypted copies or exports a user saved",
    "On the team's PostgreSQL server, DSR Desk deleted the rows and ran VACUUM",
)


def test_an_entity_sees_only_its_own_purges(
    vault: Store, clock: FixedClock, purged: tuple[str, str, str]
) -> None:
    first, second, _kept = purged
    text = _text(
        purge_attestation_pdf(
            _uow(vault, clock), date(2026, 2, 4), date(2026, 2, 4), "lycée exemple"
        )
    )
    assert LYCEE in text and "1 identity document copy" in text
    assert first in text and second not in text and ECOLE not in text


def test_a_period_without_purges_says_so(
    vault: Store, clock: FixedClock, purged: tuple[str, str, str]
) -> None:
    text = _text(
        purge_attestation_pdf(_uow(vault, clock), date(2025, 1, 1), date(2026, 2, 3), None)
    )
    assert "0 identity document copies" in text
    assert "No identity document copy was purged in this period." in text
    assert all(ref not in text for ref in purged)


def test_bad_periods_and_unknown_entities_are_refused(vault: Store, clock: FixedClock) -> None:
    with pytest.raises(ValidationError, match="start on or before"):
        purge_attestation_pdf(_uow(vault, clock), date(2026, 2, 1), date(2026, 1, 1), None)
    with pytest.raises(NotFound, match="No entity"):
        purge_attestation_pdf(_uow(vault, clock), date(2026, 1, 1), date(2026, 2, 1), "Nope")


def test_the_attestation_says_how_long_backups_may_still_hold_a_copy(
    vault: Store, clock: FixedClock, purged: tuple[str, str, str]
) -> None:
    def attestation() -> str:
        return _text(
            purge_attestation_pdf(_uow(vault, clock), date(2026, 1, 1), date(2026, 2, 28), None)
        )

    if vault.is_team:  # the server's backups, kept as long as the DBA said (a setting)
        assert "for up to 30 days, the retention of the server's backups" in attestation()
        uow = _uow(vault, clock)
        save_settings(uow, replace(load_settings(uow), server_backup_days=90))
        text = attestation()
        assert "for up to 90 days, the retention of the server's backups" in text
        assert "pendant 90 jours au plus" in text
        assert "backup folder" not in text and "30 days" not in text
        return
    without = attestation()  # no backup folder: nothing DSR Desk deletes on its own
    assert "No backup folder is set in DSR Desk, so no rotation deletes old backups" in without
    assert "backups made outside DSR Desk, are not covered" in without
    assert "Aucun dossier de sauvegarde n'est défini dans DSR Desk" in without

    uow = _uow(vault, clock)
    save_settings(uow, replace(load_settings(uow), backup_folder="/mnt/nas/dpo", backup_keep=10))
    text = attestation()
    assert (
        "Copies may remain in the backups kept in /mnt/nas/dpo until 10 newer backups have been "
        "made there (the rotation keeps the 10 newest backups of this vault, DSR Desk making one "
        "each day it runs), after which they are deleted." in text
    )
    assert "Backups written elsewhere and backups made outside DSR Desk are not covered" in text
    assert "Des copies peuvent subsister dans les sauvegardes conservées dans /mnt/nas/dpo" in text
    assert "No backup folder is set" not in text


# The VACUUM after a purge on a team database is a recorded fact (``server.vacuumed``: the
# tables, whether it was done, the purge's entries it followed), and the attestation says it
# ran only for the purges the log shows it after. A workstation's checkpoint is not recorded.
RAN_VACUUM = "DSR Desk deleted the rows and ran VACUUM on the tables concerned right after"
LANCE_VACUUM = "DSR Desk a supprimé les lignes et lancé VACUUM sur les tables concernées"
NO_VACUUM = (
    "On the team's PostgreSQL server, DSR Desk deleted the rows. DSR Desk's audit log shows no "
    "VACUUM of the tables concerned right after these purges: the server refused it. The rows "
    "those purges deleted may linger as dead tuples in the server's table files until its "
    "autovacuum reclaims them."
)
AUCUN_VACUUM = (
    "Le journal d'audit de DSR Desk ne montre aucun VACUUM des tables concernées aussitôt "
    "après ces purges : le serveur l'a refusé."
)
SOME_VACUUM = (
    "DSR Desk's audit log shows a VACUUM of the tables concerned right after some of these "
    "purges, not after the others: the server refused it."
)


def _entries(vault: Store, clock: FixedClock) -> list[AuditEntry]:
    with _uow(vault, clock) as uow:
        return list(uow.audit.entries())


def _attestation(vault: Store, clock: FixedClock, start: date, end: date) -> str:
    return _text(purge_attestation_pdf(_uow(vault, clock), start, end, None))


def test_the_vacuum_after_a_purge_is_recorded_and_attested(
    vault: Store, clock: FixedClock, purged: tuple[str, str, str]
) -> None:
    entries = _entries(vault, clock)
    purges = [entry.seq for entry in entries if entry.action == "document.purged"]
    vacuumed = [entry for entry in entries if entry.action == "server.vacuumed"]
    text = _attestation(vault, clock, date(2026, 1, 1), date(2026, 2, 28))
    assert verify_audit_log(_uow(vault, clock)).ok
    if not vault.is_team:  # a workstation's checkpoint is another fact, not recorded
        assert vacuumed == [] and "VACUUM" not in text
        return
    (entry,) = vacuumed
    assert entry.seq == purges[-1] + 1 and entry.request_ref is None  # right after the purge
    assert entry.details == {
        "tables": list(purged_tables()),
        "done": True,
        "from_entry": purges[0],
        "to_entry": purges[-1],
    }
    assert {"documents", "team_documents"} <= vault.vacuumed_tables()
    assert RAN_VACUUM in text and LANCE_VACUUM in text
    assert "dead tuples" not in text


@pytest.mark.parametrize("store", TEAM_ONLY, indirect=True)
def test_a_vacuum_the_server_refuses_is_recorded_and_not_claimed(
    vault: Store, clock: FixedClock
) -> None:
    first = _closed_with_id(vault, clock, LYCEE, "Zoé Lambert")
    clock.advance(timedelta(days=366))  # 4 February 2026: VACUUMed
    assert purge_due_documents(_uow(vault, clock), vault.documents()).unfinished is None
    second = _closed_with_id(vault, clock, ECOLE, "Marc Petit")
    vault.connect_as_non_owner()  # the server skips the VACUUM of tables the role does not own
    before = vault.vacuumed_tables()
    clock.advance(timedelta(days=366))  # 5 February 2027: refused
    outcome = purge_due_documents(_uow(vault, clock), vault.documents())
    assert [item.reference for item in outcome.items] == [second]
    assert outcome.unfinished == SERVER_NOT_VACUUMED  # as before, the staff are told
    assert vault.vacuumed_tables() == before  # it really did not run
    assert vault.stored_document_ids() == []  # the purge stands

    entries = _entries(vault, clock)
    last_purge = [e.seq for e in entries if e.action == "document.purged"][-1]
    refused = entries[-1]
    assert (refused.action, refused.seq) == ("server.vacuumed", last_purge + 1)
    assert refused.details == {
        "tables": list(purged_tables()),
        "done": False,
        "from_entry": last_purge,
        "to_entry": last_purge,
    }
    assert verify_audit_log(_uow(vault, clock)).ok

    text = _attestation(vault, clock, date(2027, 1, 1), date(2027, 12, 31))
    assert second in text and first not in text
    assert NO_VACUUM in text and AUCUN_VACUUM in text
    assert "ran VACUUM" not in text and "lancé VACUUM" not in text
    assert "for up to 30 days, the retention of the server's backups" in text  # still said
    both = _attestation(vault, clock, date(2026, 1, 1), date(2027, 12, 31))
    assert first in both and second in both
    assert SOME_VACUUM in both and "ran VACUUM" not in both
    earlier = _attestation(vault, clock, date(2026, 1, 1), date(2026, 12, 31))
    assert first in earlier and RAN_VACUUM in earlier and "dead tuples" not in earlier
    assert verify_audit_log(_uow(vault, clock)).ok


@pytest.mark.parametrize("store", TEAM_ONLY, indirect=True)
def test_a_purge_without_a_recorded_vacuum_is_not_attested_as_vacuumed(
    vault: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as before the VACUUM was recorded: it runs, and the log says nothing of it
    monkeypatch.setattr(retention, "flush_after_purge", lambda uow, _entries: uow.flush_to_disk())
    ref = _closed_with_id(vault, clock, LYCEE, "Zoé Lambert")
    clock.advance(timedelta(days=366))
    assert purge_due_documents(_uow(vault, clock), vault.documents()).unfinished is None
    assert "server.vacuumed" not in {e.action for e in _entries(vault, clock)}
    text = _attestation(vault, clock, date(2026, 1, 1), date(2026, 12, 31))
    assert ref in text and "ran VACUUM" not in text
    assert (
        "DSR Desk's audit log shows no VACUUM of the tables concerned right after these purges: "
        "no outcome of a VACUUM is recorded after them, as for purges made before DSR Desk "
        "recorded it." in text
    )
