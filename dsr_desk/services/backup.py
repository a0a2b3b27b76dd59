"""Backing up and restoring the vault (``storage.backup`` writes and reads the files).

A restore never brings back what was destroyed after the backup was taken: the purge ledger
of the vault it replaces (``storage.purge_ledger``) and the backup's own are merged, and every
document purged or record anonymised since is purged or anonymised again before the restored
vault takes the place of the old one. The audit log then says so: ``vault.restored`` with the
backup's date and what was re-applied, after re-anchoring on purpose.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import VaultError, VaultLocked
from dsr_desk.domain.record_retention import anonymise, record_retention
from dsr_desk.messages import N_
from dsr_desk.services.progress import Progress, step
from dsr_desk.services.read.backup_queries import live_documents_among, not_anonymised_among
from dsr_desk.services.record_retention import remove_purged_files
from dsr_desk.storage import keyring_store
from dsr_desk.storage.backup import (
    BackupInfo,
    extract_backup,
    verify_backup,
    write_backup,
)
from dsr_desk.storage.backup import Progress as ByteProgress
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.purge_ledger import Ledger, read_ledger, write_ledger
from dsr_desk.storage.unit_of_work import SqlUnitOfWork, UnitOfWork
from dsr_desk.storage.vault import (
    Unlock,
    Vault,
    load_header,
    open_staged_restore,
    open_with_key,
    reanchor_deliberately,
)
from dsr_desk.storage.vault_header import KeyMode, VaultHeader

#: The rule written on a document purged again after a restore.
REAPPLIED_RULE = "purged on {day}, before the restore of an earlier backup"


def _reporting(progress: Progress | None, what: str) -> ByteProgress | None:
    """The storage's byte counter, reporting to ``progress`` and stopping (``Cancelled``)
    when the user cancels: the partial file is then removed."""
    if progress is None:
        return None
    return lambda done, total: step(progress, done, total, what)


def back_up(
    vault: Vault, uow: UnitOfWork, out: Path, *, progress: Progress | None = None
) -> BackupInfo:
    """Write a backup of the open ``vault`` to ``out`` and audit it (``vault.backed_up``:
    its size and document count, not where it went)."""
    info = write_backup(
        vault.data_dir,
        vault.header,
        vault.database_key,
        out,
        uow.clock.now(),
        progress=_reporting(progress, N_("The backup")),
    )
    with uow:
        uow.record(
            "vault.backed_up",
            None,
            backup_created_at=info.created_at,
            documents=info.documents,
            size=info.size,
        )
        uow.commit()
    return info


def check_backup(path: Path, *, progress: Progress | None = None) -> BackupInfo:
    """Read the whole backup against its manifest; ``BackupRefused`` with the reason."""
    return verify_backup(path, progress=_reporting(progress, N_("The check")))


def backup_summary(path: Path) -> BackupInfo:
    """What the backup's manifest says (read at once: for a confirmation before the whole
    file is checked by the restore)."""
    return verify_backup(path, check_contents=False)


@dataclass(frozen=True)
class RestoreOutcome:
    backup: BackupInfo
    replaced: bool  # a vault was there and was replaced
    documents_purged_again: int
    records_anonymised_again: int
    not_reapplied: tuple[str, ...] = ()  # references still open in the backup


def restore_backup(
    data_dir: Path,
    backup: Path,
    unlock: Unlock,
    clock: Clock,
    user: str,
    *,
    progress: Progress | None = None,
) -> RestoreOutcome:
    """Verify ``backup``, unpack it beside ``data_dir``, open it with the recovery key or
    the passphrase it was made with, re-apply the purges and anonymisations made since, and
    only then put it in place of the vault in ``data_dir`` (kept aside until the restored
    vault opened there, then removed). Any failure before that leaves ``data_dir`` as it was.
    """
    if unlock.recovery_key is None and unlock.passphrase is None:
        raise VaultLocked(
            "A backup opens with its recovery key, or with its passphrase when the vault had "
            "one; never with this computer's keyring."
        )
    data_dir = data_dir.absolute()
    data_dir.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    previous = load_header(data_dir) if data_dir.exists() else None
    staging = Path(tempfile.mkdtemp(prefix=f".{data_dir.name}.restoring-", dir=data_dir.parent))
    staging.rmdir()  # extract_backup makes it, owner-only
    try:
        info = extract_backup(backup, staging, progress=_reporting(progress, N_("The restore")))
        vault = open_staged_restore(staging, clock, unlock)
        try:
            ledger = read_ledger(staging, info.vault_id)
            if previous is not None:
                ledger = ledger.merged(read_ledger(data_dir, previous.vault_id))
            outcome = _reapply(vault, clock, user, ledger, info)
            write_ledger(staging, ledger)
            header, key = vault.header, vault.database_key
        finally:
            vault.close()
        aside = _swap_in(staging, data_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        open_with_key(data_dir, clock, key).close()
    except BaseException:
        _put_back(data_dir, aside)
        raise
    _settle_keyring(header, key, previous)
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)
    return RestoreOutcome(info, previous is not None, *outcome)


def _reapply(
    vault: Vault, clock: Clock, user: str, ledger: Ledger, info: BackupInfo
) -> tuple[int, int, tuple[str, ...]]:
    """Purge and anonymise again what the ledger says was destroyed after the backup; then
    re-anchor the audit log on purpose and record the restore."""
    reanchor_deliberately(vault, clock, user)
    store = DocumentStore(vault.documents_dir, vault.database_key)
    uow = SqlUnitOfWork(vault.session_factory, clock, user)
    stored_names: list[str] = []
    records = 0
    still_open: list[str] = []
    with uow:
        now = clock.now()
        for reference in not_anonymised_among(uow.dbapi_connection, sorted(ledger.records)):
            request = uow.requests.get(reference)
            decision = None if request is None else record_retention(request)
            if request is None or decision is None:
                still_open.append(reference)
                continue
            purged = anonymise(request, decision, now)
            stored_names.extend(document.stored_name for document in purged)
            records += 1
            uow.record(
                "request.anonymised",
                reference,
                fate=decision.fate.value,
                rule="anonymised on "
                f"{ledger.records[reference]}, before the restore of an earlier backup",
                restored=True,
            )
        uow.requesters.remove_unused()
        wanted = live_documents_among(uow.dbapi_connection, sorted(ledger.documents))
        for reference, document_ids in wanted.items():
            request = uow.requests.get(reference)
            assert request is not None
            for document in request.documents:
                if document.document_id in document_ids and not document.is_purged:
                    rule = REAPPLIED_RULE.format(day=ledger.documents[document.document_id])
                    document.purge(now, rule)
                    stored_names.append(document.stored_name)
                    uow.record(
                        "document.purged",
                        reference,
                        document_id=document.document_id,
                        kind=document.kind.value,
                        rule=rule,
                        restored=True,
                    )
        uow.record(
            "vault.restored",
            None,
            backup_created_at=info.created_at,
            documents_purged_again=len(stored_names),
            records_anonymised_again=records,
        )
        uow.commit()
    uow.flush_to_disk()
    remove_purged_files(store, stored_names)
    return len(stored_names), records, tuple(still_open)


def _swap_in(staging: Path, data_dir: Path) -> Path | None:
    """Put the restored vault in ``data_dir``; the folder it replaces goes aside (returned)."""
    aside = None
    if data_dir.exists():
        if data_dir.is_dir() and not any(data_dir.iterdir()):
            data_dir.rmdir()
        else:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = Path(
                tempfile.mkdtemp(prefix=f".{data_dir.name}.replaced-{stamp}-", dir=data_dir.parent)
            )
            aside.rmdir()
            os.rename(data_dir, aside)
    try:
        os.rename(staging, data_dir)
    except OSError as problem:
        if aside is not None:
            os.rename(aside, data_dir)
        raise VaultError(
            "The restored vault could not be moved into {data_dir} ({reason}); "
            "nothing was changed.",
            data_dir=data_dir,
            reason=problem.strerror,
        ) from None
    return aside


def _put_back(data_dir: Path, aside: Path | None) -> None:
    """The restored vault did not open in place: remove it and put the old folder back."""
    shutil.rmtree(data_dir, ignore_errors=True)
    if aside is not None:
        os.rename(aside, data_dir)


def _settle_keyring(header: VaultHeader, key: bytes, previous: VaultHeader | None) -> None:
    """Keyring mode: the restored key goes where daily unlocking finds it; the replaced
    vault's key, if it was another vault's, is destroyed with it."""
    if header.mode is KeyMode.KEYRING:
        keyring_store.store_key(header.vault_id, key)
    if (
        previous is not None
        and previous.mode is KeyMode.KEYRING
        and previous.vault_id != header.vault_id
    ):
        with contextlib.suppress(VaultError):
            keyring_store.delete_key(previous.vault_id)
