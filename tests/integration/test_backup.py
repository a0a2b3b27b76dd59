"""Backups of a real vault (SQLCipher file, encrypted documents, header, anchor): backup → wipe →
restore gives the same requests, documents and a valid audit chain; a flipped byte or a cut
backup is refused before anything is replaced; a backup taken before a purge or an
anonymisation, restored after it, does not bring the destroyed data back."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import Cancelled, VaultError, VaultLocked
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import backup as backup_service
from dsr_desk.services import requests as svc
from dsr_desk.services.audit import verify_audit_log
from dsr_desk.services.document_access import open_document
from dsr_desk.services.documents import attach_document
from dsr_desk.services.record_retention import anonymise_due_records
from dsr_desk.services.retention import purge_due_documents
from dsr_desk.storage.backup import BackupRefused, verify_backup
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.purge_ledger import LEDGER_FILE, read_ledger
from dsr_desk.storage.schema_version import SCHEMA_HEAD
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, Vault, open_vault
from tests.integration.cli_helpers import PASSPHRASE
from tests.vault_templates import open_copy

NAME = "Hélène Backupcanary"
ID_SCAN = b"%PDF-1.4 id-scan-canary-5151"
LETTER = b"Madame, je demande mon dossier. letter-canary-7272"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(date(2025, 1, 10))


def _uow(vault: Vault, clock: FixedClock) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, clock, "dpo")


def _vault(data_dir: Path, clock: FixedClock) -> tuple[Vault, str]:
    return open_copy(
        data_dir, clock, user="dpo", passphrase=PASSPHRASE, entities=[{"name": "Lycée Exemple"}]
    )


def _closed_access_with_id(vault: Vault, clock: FixedClock) -> tuple[str, str, str]:
    """A closed access request with an ID copy (purged a year after closure) and a letter."""
    store = DocumentStore(vault.documents_dir, vault.database_key)
    ref = svc.register_request(
        _uow(vault, clock),
        type=RequestType.ACCESS,
        received_on=date(2025, 1, 6),
        name=NAME,
        email="helene@example.fr",
    ).reference
    id_copy = attach_document(
        _uow(vault, clock), store, ref, DocumentKind.ID, "id.pdf", "application/pdf", ID_SCAN
    )
    letter = attach_document(
        _uow(vault, clock), store, ref, DocumentKind.LETTER, "l.txt", "text/plain", LETTER
    )
    svc.close(_uow(vault, clock), ref, Outcome.COMPLETED)
    return ref, id_copy.document_id, letter.document_id


def _state(vault: Vault, clock: FixedClock) -> list[tuple[str, str, str, tuple[str, ...]]]:
    found = []
    for ref in ("DSR-2025-0001", "DSR-2025-0002"):
        detail = svc.get_request(_uow(vault, clock), ref)
        found.append(
            (
                detail.reference,
                detail.requester_name,
                detail.status,
                tuple(d.document_id for d in detail.documents if not d.purged),
            )
        )
    return found


def test_backup_wipe_restore_gives_the_same_vault(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    vault, recovery_key = _vault(data_dir, clock)
    ref, id_copy, letter = _closed_access_with_id(vault, clock)
    svc.register_request(
        _uow(vault, clock), type=RequestType.ERASURE, received_on=date(2025, 1, 8), name="Zoé"
    )
    before = _state(vault, clock)
    out = tmp_path / "saves" / "vault.dsrbackup"
    out.parent.mkdir()
    info = backup_service.back_up(vault, _uow(vault, clock), out)
    assert (info.documents, info.schema_revision, info.key_mode) == (2, SCHEMA_HEAD, "passphrase")
    raw = out.read_bytes()
    for canary in (NAME.encode(), b"id-scan-canary", b"letter-canary", b"SQLite format 3\x00"):
        assert canary not in raw  # everything in it is ciphertext
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
    fixed = {"manifest.json", "vault.json", "audit-anchor.json", LEDGER_FILE, "dsr-desk.db"}
    assert fixed <= names
    assert len([n for n in names - fixed if n.startswith("documents/")]) == 2 == len(names) - 5
    vault.close()
    assert verify_backup(out).documents == 2

    shutil.rmtree(data_dir)  # the disk failed
    outcome = backup_service.restore_backup(
        data_dir, out, Unlock(recovery_key=recovery_key), clock, "dpo"
    )
    assert not outcome.replaced
    assert (outcome.documents_purged_again, outcome.records_anonymised_again) == (0, 0)
    restored = open_vault(data_dir, clock, Unlock(passphrase=PASSPHRASE))
    assert _state(restored, clock) == before
    assert verify_audit_log(_uow(restored, clock)).ok
    with _uow(restored, clock) as uow:
        actions = [entry.action for entry in uow.audit.entries()]
    assert actions[-2:] == ["audit.reanchored", "vault.restored"]
    assert "vault.backed_up" not in actions  # recorded after the copy was taken
    store = DocumentStore(restored.documents_dir, restored.database_key)
    assert open_document(_uow(restored, clock), store, ref, letter).content == LETTER
    assert open_document(_uow(restored, clock), store, ref, id_copy).content == ID_SCAN
    restored.close()


def test_a_damaged_or_cut_backup_is_refused_before_anything_is_replaced(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    vault, recovery_key = _vault(data_dir, clock)
    _closed_access_with_id(vault, clock)
    good = tmp_path / "good.dsrbackup"
    backup_service.back_up(vault, _uow(vault, clock), good)
    vault.close()
    files_before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}

    raw = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        db_offset = archive.getinfo("dsr-desk.db").header_offset + 200
    raw[db_offset] ^= 0x01
    flipped = tmp_path / "flipped.dsrbackup"
    flipped.write_bytes(bytes(raw))
    cut = tmp_path / "cut.dsrbackup"
    cut.write_bytes(good.read_bytes()[: len(raw) // 2])
    not_a_backup = tmp_path / "notes.dsrbackup"
    not_a_backup.write_bytes(b"just some text")

    for bad, why in (
        (flipped, "dsr-desk.db"),
        (cut, "cut short"),
        (not_a_backup, "not a DSR Desk backup"),
    ):
        with pytest.raises(BackupRefused, match=why):
            verify_backup(bad)
        with pytest.raises(BackupRefused, match="Nothing was changed"):
            backup_service.restore_backup(
                data_dir, bad, Unlock(recovery_key=recovery_key), clock, "dpo"
            )
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == files_before
    assert sorted(p.name for p in data_dir.parent.iterdir()) == sorted(
        p.name for p in data_dir.parent.iterdir() if not p.name.startswith(".")
    )  # no unpacked leftovers beside the data folder


def test_a_restore_never_brings_back_a_purged_id_copy(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    vault, _recovery_key = _vault(data_dir, clock)
    ref, id_copy, letter = _closed_access_with_id(vault, clock)
    old = tmp_path / "old.dsrbackup"
    backup_service.back_up(vault, _uow(vault, clock), old)
    clock.advance(timedelta(days=366))  # the ID copy's year after closure has passed
    store = DocumentStore(vault.documents_dir, vault.database_key)
    assert [i.document_id for i in purge_due_documents(_uow(vault, clock), store).items] == [
        id_copy
    ]
    assert read_ledger(data_dir, vault.header.vault_id).documents == {id_copy: "2026-01-11"}
    vault.close()

    outcome = backup_service.restore_backup(
        data_dir, old, Unlock(passphrase=PASSPHRASE), clock, "dpo"
    )
    assert outcome.replaced
    assert (outcome.documents_purged_again, outcome.records_anonymised_again) == (1, 0)
    restored = open_vault(data_dir, clock, Unlock(passphrase=PASSPHRASE))
    detail = svc.get_request(_uow(restored, clock), ref)
    assert [(d.document_id, d.purged) for d in detail.documents] == [
        (id_copy, True),
        (letter, False),
    ]
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"id-scan-canary" not in path.read_bytes()
    assert verify_audit_log(_uow(restored, clock)).ok
    with _uow(restored, clock) as uow:
        entries = list(uow.audit.entries())
    (purged_again,) = [e for e in entries if e.details.get("restored")]
    assert (purged_again.action, purged_again.details["document_id"]) == (
        "document.purged",
        id_copy,
    )
    assert "2026-01-11" in purged_again.details["rule"]
    assert entries[-1].action == "vault.restored"
    store = DocumentStore(restored.documents_dir, restored.database_key)
    assert open_document(_uow(restored, clock), store, ref, letter).content == LETTER
    # a backup taken now carries the ledger: restoring it elsewhere keeps the purge
    later = tmp_path / "later.dsrbackup"
    backup_service.back_up(restored, _uow(restored, clock), later)
    restored.close()
    with zipfile.ZipFile(later) as archive:
        assert id_copy in archive.read(LEDGER_FILE).decode()


def test_a_restore_never_brings_back_an_anonymised_record(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    vault, _recovery_key = _vault(data_dir, clock)
    ref, id_copy, letter = _closed_access_with_id(vault, clock)
    old = tmp_path / "old.dsrbackup"
    backup_service.back_up(vault, _uow(vault, clock), old)
    clock.advance(timedelta(days=6 * 366))  # the record's five years after closure
    store = DocumentStore(vault.documents_dir, vault.database_key)
    assert [i.reference for i in anonymise_due_records(_uow(vault, clock), store).items] == [ref]
    assert list(read_ledger(data_dir, vault.header.vault_id).records) == [ref]
    vault.close()

    outcome = backup_service.restore_backup(
        data_dir, old, Unlock(passphrase=PASSPHRASE), clock, "dpo"
    )
    assert (outcome.documents_purged_again, outcome.records_anonymised_again) == (2, 1)
    restored = open_vault(data_dir, clock, Unlock(passphrase=PASSPHRASE))
    detail = svc.get_request(_uow(restored, clock), ref)
    assert detail.requester_name == "Anonymised"
    assert all(d.purged for d in detail.documents)
    assert list(restored.documents_dir.iterdir()) == []
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"id-scan-canary" not in content and b"Backupcanary" not in content
    assert verify_audit_log(_uow(restored, clock)).ok
    with _uow(restored, clock) as uow:
        entries = list(uow.audit.entries())
    (again,) = [
        e for e in entries if e.action == "request.anonymised" and e.details.get("restored")
    ]
    assert again.request_ref == ref
    assert entries[-1].details["records_anonymised_again"] == 1
    ledger = read_ledger(data_dir, restored.header.vault_id)
    assert set(ledger.documents) == {id_copy, letter} and list(ledger.records) == [ref]
    restored.close()


def test_a_backup_never_opens_with_this_computers_keyring_nor_a_wrong_passphrase(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    vault, _recovery_key = _vault(data_dir, clock)
    out = tmp_path / "b.dsrbackup"
    backup_service.back_up(vault, _uow(vault, clock), out)
    vault.close()
    target = tmp_path / "elsewhere" / "vault"
    with pytest.raises(VaultLocked, match="recovery key"):
        backup_service.restore_backup(target, out, Unlock(), clock, "dpo")
    with pytest.raises(VaultLocked):
        backup_service.restore_backup(
            target, out, Unlock(passphrase="wrong words here"), clock, "u"
        )
    assert not target.exists()
    assert [p.name for p in target.parent.iterdir()] == []  # nothing left unpacked


def test_a_backup_is_refused_inside_the_vault_and_leaves_nothing_when_cancelled(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    vault, _recovery_key = _vault(data_dir, clock)
    _closed_access_with_id(vault, clock)
    with pytest.raises(VaultError, match="vault's own folder"):
        backup_service.back_up(vault, _uow(vault, clock), data_dir / "inside.dsrbackup")

    class CancelHalfWay:
        """Like the GUI's progress dialog: the user cancels once half is written."""

        cancelled = False

        def report(self, done: int, total: int) -> None:
            self.cancelled = done > total // 2

    out = tmp_path / "c.dsrbackup"
    with pytest.raises(Cancelled, match="The backup cancelled"):
        backup_service.back_up(vault, _uow(vault, clock), out, progress=CancelHalfWay())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".", "c."))] == []
    with _uow(vault, clock) as uow:
        assert "vault.backed_up" not in [e.action for e in uow.audit.entries()]
    vault.close()
