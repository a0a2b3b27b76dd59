"""A purge destroys every copy the app itself keeps (real SQLCipher files, every page and WAL
frame decrypted): the database copy made before a schema upgrade, the purged row's file name,
size and hash; a reader holding the database never turns a committed purge into a failure;
crash leftovers of the document store go at the next open, and only those."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import VaultError
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document
from dsr_desk.services.retention import purge_due_documents
from dsr_desk.storage import cipher, leftovers, migrate
from dsr_desk.storage.document_store import DOCUMENT_SUFFIX, DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, Vault, open_vault
from dsr_desk.storage.vault_header import HEADER_FILE
from tests.integration.cli_helpers import PASSPHRASE
from tests.integration.sqlcipher_pages import every_byte_under
from tests.vault_templates import open_copy

FILENAME = "passport of Zebulon Canarywitz.pdf"
SCAN = b"%PDF-1.4 scan of the passport of Zebulon Canarywitz"
UNLOCK = Unlock(passphrase=PASSPHRASE)
HOUR = 3600


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(date(2025, 2, 1))


def _uow(vault: Vault, clock: FixedClock) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, clock, "dpo")


def _new_vault(data_dir: Path, clock: FixedClock) -> Vault:
    entities = [{"name": "Lycée Exemple"}]
    return open_copy(data_dir, clock, user="dpo", passphrase=PASSPHRASE, entities=entities)[0]


def _closed_request_with_id(vault: Vault, clock: FixedClock) -> tuple[str, str, bytes]:
    """A closed access request holding an ID copy: (reference, document id, wrapped key)."""
    store = DocumentStore(vault.documents_dir, vault.database_key)
    ref = svc.register_request(
        _uow(vault, clock), type=RequestType.ACCESS, received_on=date(2025, 1, 10), name="Zebulon"
    ).reference
    view = attach_document(
        _uow(vault, clock), store, ref, DocumentKind.ID, FILENAME, "application/pdf", SCAN
    )
    svc.close(_uow(vault, clock), ref, Outcome.COMPLETED)
    with _uow(vault, clock) as uow:
        request = uow.requests.get(ref)
        assert request is not None
        (key,) = [d.wrapped_key for d in request.documents if d.wrapped_key is not None]
    return ref, view.document_id, key


def _files_holding(data_dir: Path, db_key: bytes, secret: bytes) -> list[str]:
    return [
        str(path.relative_to(data_dir))
        for path, content in every_byte_under(data_dir, db_key).items()
        if secret in content
    ]


def _purge(vault: Vault, clock: FixedClock) -> tuple[int, str | None]:
    store = DocumentStore(vault.documents_dir, vault.database_key)
    outcome = purge_due_documents(_uow(vault, clock), store)
    return len(outcome.items), outcome.unfinished


def _document_row(vault: Vault, document_id: str) -> tuple[object, ...]:
    with vault.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT filename, media_type, size, sha256, kind, purge_rule, purged_at IS NOT NULL, "
            "added_at IS NOT NULL, wrapped_key FROM documents WHERE document_id = ?",
            (document_id,),
        ).one()
    return tuple(row)


def test_a_purge_after_an_upgrade_leaves_the_key_in_no_file(
    data_dir: Path, clock: FixedClock
) -> None:
    vault = _new_vault(data_dir, clock)
    ref, document_id, wrapped_key = _closed_request_with_id(vault, clock)
    db_key = vault.database_key
    with vault.engine.begin() as connection:  # as the previous release wrote it
        command.downgrade(migrate.alembic_config(connection), "-1")
    previous = migrate.current_revision(vault.engine)
    assert previous is not None and previous != migrate.SCHEMA_HEAD
    vault.close()

    clock.advance(timedelta(days=400))
    vault = open_vault(data_dir, clock, UNLOCK)  # the migration runs
    assert vault.backup_made is not None and f"-{previous}-" in vault.backup_made.name
    assert migrate.current_revision(vault.engine) == migrate.SCHEMA_HEAD
    assert _files_holding(data_dir, db_key, wrapped_key)  # control: the scan finds it

    assert _purge(vault, clock) == (1, None)
    fingerprint = hashlib.sha256(SCAN).hexdigest().encode()
    for secret in (wrapped_key, FILENAME.encode(), fingerprint):
        assert _files_holding(data_dir, db_key, secret) == []
    assert list(vault.documents_dir.iterdir()) == []
    assert leftovers.pre_migration_copies(vault.db_path) == []
    assert _document_row(vault, document_id)[:4] == (None, None, None, None)
    detail = svc.get_request(_uow(vault, clock), ref)
    (document,) = detail.documents
    assert document.purged and (document.filename, document.size) == (None, None)
    vault.close()
    assert _files_holding(data_dir, db_key, wrapped_key) == []


def test_a_purged_row_keeps_only_what_the_purge_log_needs(
    data_dir: Path, clock: FixedClock
) -> None:
    vault = _new_vault(data_dir, clock)
    _ref, document_id, _key = _closed_request_with_id(vault, clock)
    clock.advance(timedelta(days=400))
    assert _purge(vault, clock) == (1, None)
    rule = "access/rectification: 1 year after closure (CPP art. 9)"
    assert _document_row(vault, document_id) == (None, None, None, None, "id", rule, 1, 1, None)

    # a row purged by the previous release kept its metadata: the migration clears it
    with vault.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0010")
        connection.exec_driver_sql(
            "UPDATE documents SET filename = ?, media_type = 'application/pdf', size = 52, "
            "sha256 = ? WHERE document_id = ?",
            (FILENAME, hashlib.sha256(SCAN).hexdigest(), document_id),
        )
    vault.close()
    vault = open_vault(data_dir, clock, UNLOCK)
    assert _document_row(vault, document_id) == (None, None, None, None, "id", rule, 1, 1, None)
    assert _files_holding(data_dir, vault.database_key, FILENAME.encode()) == []
    vault.close()


def test_a_purge_waits_for_a_reader_that_lets_go(data_dir: Path, clock: FixedClock) -> None:
    vault = _new_vault(data_dir, clock)
    _ref, _document_id, wrapped_key = _closed_request_with_id(vault, clock)
    clock.advance(timedelta(days=400))
    reader = cipher.connect(vault.db_path, vault.database_key)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM documents").fetchall()
    release = threading.Timer(0.5, lambda: reader.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    try:
        assert _purge(vault, clock) == (1, None)  # after waiting: complete, on disk too
    finally:
        release.join()
        reader.close()
    assert time.monotonic() - started >= 0.4
    assert _files_holding(data_dir, vault.database_key, wrapped_key) == []
    vault.close()


def test_a_reader_that_holds_on_never_makes_a_committed_purge_fail(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a short busy timeout for every connection of this test, so that the reader outlasts it
    pragmas = tuple(p for p in cipher.PRAGMAS if "busy_timeout" not in p)
    monkeypatch.setattr(cipher, "PRAGMAS", (*pragmas, "PRAGMA busy_timeout = 200"))
    vault = _new_vault(data_dir, clock)
    ref, _document_id, wrapped_key = _closed_request_with_id(vault, clock)
    db_key = vault.database_key
    clock.advance(timedelta(days=400))
    reader = cipher.connect(vault.db_path, db_key)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM documents").fetchall()

    count, unfinished = _purge(vault, clock)  # no error: the purge was committed
    assert count == 1
    assert unfinished is not None and "Another program is reading the vault" in unfinished
    assert list(vault.documents_dir.iterdir()) == []
    assert svc.get_request(_uow(vault, clock), ref).documents[0].purged
    vault.close()  # what the CLI does next: no false failure either

    reader.execute("COMMIT")
    reader.close()  # the last connection: SQLite folds the log in
    assert _files_holding(data_dir, db_key, wrapped_key) == []


def _age(path: Path, seconds: float) -> None:
    when = time.time() - seconds
    os.utime(path, (when, when))


def test_crash_leftovers_go_at_the_next_open_and_only_those(
    data_dir: Path, clock: FixedClock
) -> None:
    vault = _new_vault(data_dir, clock)
    _closed_request_with_id(vault, clock)  # purged below
    clock.advance(timedelta(days=400))
    store = DocumentStore(vault.documents_dir, vault.database_key)
    live = svc.register_request(
        _uow(vault, clock), type=RequestType.ACCESS, received_on=date(2026, 3, 1), name="Ana"
    ).reference
    kept = attach_document(
        _uow(vault, clock), store, live, DocumentKind.ID, "cni.pdf", "application/pdf", b"cni"
    )
    (purged_file,) = [p for p in vault.documents_dir.iterdir() if kept.document_id not in p.name]
    ciphertext = purged_file.read_bytes()
    assert _purge(vault, clock) == (1, None)
    vault.close()

    folder = vault.documents_dir
    purged_file.write_bytes(ciphertext)  # a crash between the purge's commit and the unlink
    old_orphan = store.add(b"row never committed").stored_name
    new_orphan = store.add(b"a writer is about to commit its row").stored_name
    old_temp = folder / f".{'a' * 32}{DOCUMENT_SUFFIX}.x1y2z3.tmp"
    new_temp = folder / f".{'b' * 32}{DOCUMENT_SUFFIX}.k9m8n7.tmp"
    foreign = folder / "notes.txt"
    for path in (old_temp, new_temp, foreign):
        path.write_bytes(b"partial")
    kept_file = folder / f"{kept.document_id}{DOCUMENT_SUFFIX}"
    for path in (kept_file, folder / old_orphan, old_temp, foreign):
        _age(path, 2 * HOUR)
    stale_copy = data_dir / "backups" / "dsr-desk-0009-20250101T000000.db"
    stale_copy.write_bytes(vault.db_path.read_bytes())  # an earlier release kept them all

    reopened = open_vault(data_dir, clock, UNLOCK)  # the schema is current: the fast path
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [kept_file.name, new_orphan, new_temp.name, foreign.name]
    )
    assert not stale_copy.exists()
    assert (data_dir / "backups" / HEADER_FILE).exists()  # the header's second copy stays
    reopened.close()
    assert leftovers.DOCUMENT_SUFFIX == DOCUMENT_SUFFIX


class _FailingCheck:
    """A connection whose integrity check reports damage."""

    def execute(self, sql: str, parameters: object = ()) -> object:
        assert sql == "PRAGMA integrity_check"
        return _Rows([("*** in database main *** Page 7: btreeInitPage() returns error code 11",)])


class _Rows:
    def __init__(self, rows: list[tuple[str]]) -> None:
        self._rows = rows

    def fetchall(self) -> list[tuple[str]]:
        return self._rows


def test_a_copy_is_kept_while_the_database_fails_its_integrity_check(tmp_path: Path) -> None:
    db_path = tmp_path / "dsr-desk.db"
    copy = tmp_path / "backups" / "dsr-desk-0010-20260101T000000.db"
    copy.parent.mkdir()
    copy.write_bytes(b"the database before its upgrade")
    with pytest.raises(VaultError, match="fails its integrity check"):
        leftovers.remove_pre_migration_copies(_FailingCheck(), db_path)  # type: ignore[arg-type]
    assert copy.exists()
