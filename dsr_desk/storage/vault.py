"""The vault: a data dir with an SQLCipher database, its header, and the key that opens it.

Creating a vault makes a random 256-bit database key, keeps it in the OS keyring (or wraps it
with a passphrase when no secure keyring exists, or on request) and always wraps it with a
printable recovery key too. Opening it unlocks the key, applies pending migrations after a
backup copy, and hands out sessions.

Opening an up-to-date vault needs no SQLAlchemy: the schema revision is read on a plain
SQLCipher connection, which then serves the read side (``Vault.reader``). The SQLAlchemy engine
and its sessions are made, and SQLAlchemy imported, when first asked for (``Vault.engine``):
the GUI draws its first screen meanwhile and warms them up just after (``Vault.warm_up``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from dsr_desk.domain.audit import ChainHead
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import InsecureKeyring, VaultError, VaultLocked, VaultRefused
from dsr_desk.messages import Text
from dsr_desk.storage import cipher, keyring_store
from dsr_desk.storage.audit_anchor import (
    ANCHOR_FILE,
    AUDIT_ANCHOR_INFO,
    EMPTY_HEAD,
    LOCK_FILE,
    RESTORE_HINT,
    AuditAnchor,
    last_entry_head,
    settle_at_open,
)
from dsr_desk.storage.key_wrapping import (
    new_database_key,
    new_recovery_key,
    unwrap_with_passphrase,
    unwrap_with_recovery_key,
    wrap_with_passphrase,
    wrap_with_recovery_key,
)
from dsr_desk.storage.leftovers import remove_leftovers
from dsr_desk.storage.plain_sql import SqlConnection
from dsr_desk.storage.purge_ledger import PURGE_LEDGER_INFO, PurgeLedger
from dsr_desk.storage.schema_version import SCHEMA_HEAD, stored_revision
from dsr_desk.storage.vault_header import (
    HEADER_FILE,
    KeyMode,
    VaultHeader,
    read_header,
    write_header,
)

if TYPE_CHECKING:
    import sqlcipher3
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

DB_FILE = "dsr-desk.db"
DOCUMENTS_DIR = "documents"
HEADER_COPY_DIR = "backups"
ROTATION_JOURNAL = "key-rotation.json"  # see storage.key_rotation (imported when found)
#: A database at this schema revision or later was written with an audit anchor beside it:
#: without one it is refused. An older one is anchored at its first open (then migrated).
ANCHORED_SINCE_REVISION = "0012"


def save_header(data_dir: Path, header: VaultHeader) -> None:
    """Write the header and a second copy: it holds the recovery-wrapped key, so losing the
    only copy would make the recovery key useless."""
    write_header(data_dir, header)
    copy_dir = data_dir / HEADER_COPY_DIR
    copy_dir.mkdir(mode=0o700, exist_ok=True)
    write_header(copy_dir, header)


def load_header(data_dir: Path) -> VaultHeader | None:
    """The header, restored from its copy when the main file is missing or damaged."""
    try:
        header = read_header(data_dir)
    except VaultError:
        header = None
        problem = True
    else:
        problem = False
    if header is not None:
        return header
    if (data_dir / DB_FILE).exists():
        copy = read_header(data_dir / HEADER_COPY_DIR)
        if copy is not None:
            write_header(data_dir, copy)
            return copy
    if problem:
        read_header(data_dir)  # raise the original, clear message
    return None


@dataclass(frozen=True)
class Unlock:
    """How to unlock: a passphrase, a recovery key, or neither (use the OS keyring)."""

    passphrase: str | None = None
    recovery_key: str | None = None


class Vault:
    """An unlocked vault: its header, its key, a plain reader connection and (made on first
    use) the SQLAlchemy engine and session factory. ``close`` locks it for good."""

    def __init__(
        self,
        data_dir: Path,
        header: VaultHeader,
        key: bytes,
        *,
        engine: Engine | None = None,
        reader: sqlcipher3.dbapi2.Connection | None = None,
        backup_made: Path | None = None,
        audit_anchor: AuditAnchor | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.header = header
        self.backup_made = backup_made  # removed once the upgraded database was checked
        self.audit_anchor = audit_anchor or AuditAnchor.for_key(data_dir, key)
        self._key: bytes | None = key
        self._engine = engine
        self._session_factory: sessionmaker[Session] | None = None
        self._reader = reader

    def __repr__(self) -> str:
        return f"Vault({str(self.data_dir)!r}, mode={self.mode.value})"

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / DOCUMENTS_DIR

    @property
    def mode(self) -> KeyMode:
        return self.header.mode

    @property
    def database_key(self) -> bytes:
        """The unlocked key (the document store derives its key-encryption key from it)."""
        if self._key is None:
            raise VaultLocked("The vault is locked.")
        return self._key

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made (and SQLAlchemy imported) on first use."""
        if self._engine is None:
            self._engine = _engine_for(self.db_path, self.database_key)
        return self._engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        if self._session_factory is None:
            self._session_factory = _session_factory(
                self.engine, self.audit_anchor, self.purge_ledger
            )
        return self._session_factory

    @property
    def purge_ledger(self) -> PurgeLedger:
        return PurgeLedger(self.data_dir, self.header.vault_id)

    @property
    def reader(self) -> SqlConnection:
        """The plain SQLCipher connection for the read side's SQL (``storage.plain_sql``).
        One thread at a time: in the GUI, the DB worker only."""
        if self._reader is None:
            self._reader = cipher.connect(self.db_path, self.database_key)
        return cast(SqlConnection, self._reader)

    def warm_up(self) -> None:
        """Make the engine and session factory now (imports SQLAlchemy and maps the domain
        classes), so that the first write does not wait for them."""
        self.session_factory  # noqa: B018 - the property builds it

    def hand_over(self) -> None:
        """Ready the vault for the thread that uses it from now on (the GUI's DB worker), when
        another thread opened it: the engine's pooled connections are closed (it makes new
        ones when asked). The reader connection may move to one other thread: it stays open,
        so that the worker's first read does not wait for a new connection to be unlocked."""
        if self._engine is not None:
            self._engine.dispose()

    def _close_connections(self) -> None:
        self.hand_over()
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()

    def release_connections(self) -> None:
        """Checkpoint and close every connection, and forget the engine: a key change
        (``storage.key_rotation``) needs the file to itself. Connections are made again,
        with the key then current, when next asked for."""
        try:
            self._checkpoint()
        finally:
            self._close_connections()
            self._engine = None
            self._session_factory = None

    def use_key(self, header: VaultHeader, key: bytes | None) -> None:
        """After a key change (connections released first): the new header and key, or None
        when the change was interrupted (locked: open the vault again to complete it)."""
        self.header = header
        if key is not None:  # the anchor is authenticated with a key derived from the new key
            self.audit_anchor = AuditAnchor.for_key(self.data_dir, key)
        self._session_factory = None
        self._key = key

    def _checkpoint(self) -> None:
        """Fold the write-ahead log into the vault file, through whichever connection is open
        (the engine once made, else the first screen's plain reader)."""
        if self._engine is not None:
            from dsr_desk.storage.engine import checkpoint

            checkpoint(self._engine)
        elif self._reader is not None:
            cipher.checkpoint(self._reader)

    def close(self) -> None:
        """Checkpoint, close every connection and drop the key reference."""
        try:
            # Busy (another program reads the vault): not a failure of whatever was just done;
            # SQLite folds the log in when the last connection closes.
            with contextlib.suppress(VaultError):
                self._checkpoint()
        finally:
            self._close_connections()
            self._key = None


def vault_exists(data_dir: Path) -> bool:
    return (data_dir / HEADER_FILE).exists()


def _engine_for(db_path: Path, key: bytes) -> Engine:
    from dsr_desk.storage.engine import create_vault_engine
    from dsr_desk.storage.mapping import start_mappers

    start_mappers()
    return create_vault_engine(db_path, key)


def _open_engine(data_dir: Path, key: bytes, clock: Clock) -> tuple[Engine, Path | None]:
    """The engine, after bringing the schema to head (a backup copy is made first)."""
    from dsr_desk.storage.engine import dbapi_of
    from dsr_desk.storage.migrate import upgrade_database

    engine = _engine_for(data_dir / DB_FILE, key)
    try:
        backup = upgrade_database(engine, data_dir / DB_FILE, clock.now())
        with engine.connect() as connection:  # the copy goes once the upgrade is checked
            remove_leftovers(dbapi_of(connection), data_dir / DB_FILE, data_dir / DOCUMENTS_DIR)
    except BaseException:
        engine.dispose()
        raise
    return engine, backup


def _session_factory(
    engine: Engine, anchor: AuditAnchor | None, ledger: PurgeLedger | None = None
) -> sessionmaker[Session]:
    """Sessions on ``engine``; with an ``anchor``, their units of work check the audit log
    against it before writing and advance it after each commit (``SqlUnitOfWork``); with a
    ``ledger``, they add what a commit destroyed to it (``SqlUnitOfWork.flush_to_disk``)."""
    from sqlalchemy.orm import sessionmaker

    info: dict[str, object] = {} if anchor is None else {AUDIT_ANCHOR_INFO: anchor}
    if ledger is not None:
        info[PURGE_LEDGER_INFO] = ledger
    return sessionmaker(bind=engine, expire_on_commit=False, info=info)


def _open(
    data_dir: Path, header: VaultHeader, key: bytes, clock: Clock, *, strict: bool = True
) -> Vault:
    """Open the unlocked vault: with a plain connection alone when its schema is current,
    through the migrations otherwise. A database without a register, or whose audit log does
    not match the anchor, is refused (``VaultRefused``) unless ``strict`` is False."""
    reader = cipher.connect(data_dir / DB_FILE, key)
    try:
        revision = stored_revision(reader)
        if revision is None:
            raise VaultRefused(
                "The vault database {data_dir} holds no DSR Desk register (it was "
                "emptied or replaced). {restore_hint}",
                data_dir=data_dir / DB_FILE,
                restore_hint=Text(RESTORE_HINT),
            )
        anchor = AuditAnchor.for_key(data_dir, key)
        settle_at_open(
            reader,
            anchor,
            anchor_expected=revision >= ANCHORED_SINCE_REVISION,
            strict=strict,
        )
        current = revision == SCHEMA_HEAD
        if current:
            remove_leftovers(reader, data_dir / DB_FILE, data_dir / DOCUMENTS_DIR)
    except BaseException:
        reader.close()
        raise
    if current:
        return Vault(data_dir, header, key, reader=reader, audit_anchor=anchor)
    reader.close()  # the migrations change the schema: a fresh connection reads it afterwards
    engine, backup = _open_engine(data_dir, key, clock)
    return Vault(data_dir, header, key, engine=engine, backup_made=backup, audit_anchor=anchor)


def create_vault(
    data_dir: Path, clock: Clock, *, passphrase: str | None = None
) -> tuple[Vault, str]:
    """Create a new vault in ``data_dir``; returns it with the recovery key (shown once).

    Without a passphrase the key goes to the OS keyring; if only an insecure keyring exists,
    ``InsecureKeyring`` is raised so the caller can ask for a passphrase instead.
    """
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if vault_exists(data_dir) or (data_dir / DB_FILE).exists():
        raise VaultError(
            "A vault already exists in {data_dir}; nothing was changed.", data_dir=data_dir
        )
    if passphrase is None:
        problem = keyring_store.keyring_problem()
        if problem is not None:
            raise InsecureKeyring(problem)
    import uuid  # only here: it loads `platform`, which the start-up does not need

    vault_id = uuid.uuid4().hex
    key = new_database_key()
    recovery_key = new_recovery_key()
    mode = KeyMode.KEYRING if passphrase is None else KeyMode.PASSPHRASE
    header = VaultHeader(
        vault_id=vault_id,
        mode=mode,
        created_at=clock.now().isoformat(timespec="seconds"),
        recovery=wrap_with_recovery_key(key, recovery_key, vault_id),
        passphrase=None if passphrase is None else wrap_with_passphrase(key, passphrase, vault_id),
    )
    try:
        if mode is KeyMode.KEYRING:
            keyring_store.store_key(vault_id, key)
        # Created empty and owner-only first: SQLite gives the -wal/-shm files the same mode.
        os.close(os.open(data_dir / DB_FILE, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        engine, _ = _open_engine(data_dir, key, clock)
        try:
            AuditAnchor.for_key(data_dir, key).write(EMPTY_HEAD)
            save_header(data_dir, header)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        _remove_partial_vault(data_dir, vault_id, mode)
        raise
    return Vault(data_dir, header, key, engine=engine), recovery_key


@contextlib.contextmanager
def staged_vault(
    data_dir: Path, clock: Clock, *, passphrase: str | None = None
) -> Iterator[tuple[Vault, str]]:
    """Create a vault in a temporary folder beside ``data_dir`` and yield it with its recovery
    key; the caller fills it and shows the key inside the ``with`` block. Only when the block
    ends normally is the vault closed and moved into ``data_dir``; if the block (or the move)
    fails, the temporary folder and the keyring entry are removed: no vault is ever left whose
    recovery key was not shown, and ``init`` can simply be run again.
    """
    if vault_exists(data_dir) or (data_dir / DB_FILE).exists():
        raise VaultError(
            "A vault already exists in {data_dir}; nothing was changed.", data_dir=data_dir
        )
    data_dir.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{data_dir.name}.creating-", dir=data_dir.parent))
    vault: Vault | None = None
    try:
        vault, recovery_key = create_vault(staging, clock, passphrase=passphrase)
        yield vault, recovery_key
        vault.close()
        _move_into_place(staging, data_dir)
    except BaseException:
        if vault is not None:
            with contextlib.suppress(Exception):
                vault.close()
            if vault.mode is KeyMode.KEYRING:
                with contextlib.suppress(VaultError):
                    keyring_store.delete_key(vault.header.vault_id)
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _move_into_place(staging: Path, data_dir: Path) -> None:
    """Rename the finished vault to ``data_dir``, or move its files into an existing folder
    (the header last: a vault exists once its header does)."""
    with contextlib.suppress(OSError):  # an empty folder is replaced (not a mount point)
        if not any(data_dir.iterdir()):
            data_dir.rmdir()
    if not data_dir.exists():
        os.rename(staging, data_dir)
        return
    if vault_exists(data_dir) or (data_dir / DB_FILE).exists():
        raise VaultError(
            "A vault was created in {data_dir} meanwhile; nothing was changed.", data_dir=data_dir
        )
    entries = sorted(staging.iterdir(), key=lambda entry: entry.name == HEADER_FILE)
    moved: list[Path] = []
    try:
        for entry in entries:
            target = data_dir / entry.name
            if target.exists():
                raise VaultError("{target} is in the way; nothing was changed.", target=target)
            os.rename(entry, target)
            moved.append(target)
    except BaseException:
        for target in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(target, staging / target.name)
        raise
    staging.rmdir()


def _remove_partial_vault(data_dir: Path, vault_id: str, mode: KeyMode) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        (data_dir / f"{DB_FILE}{suffix}").unlink(missing_ok=True)
    (data_dir / HEADER_FILE).unlink(missing_ok=True)
    (data_dir / HEADER_COPY_DIR / HEADER_FILE).unlink(missing_ok=True)
    (data_dir / ANCHOR_FILE).unlink(missing_ok=True)
    (data_dir / LOCK_FILE).unlink(missing_ok=True)
    if mode is KeyMode.KEYRING:
        with contextlib.suppress(VaultError):
            keyring_store.delete_key(vault_id)


def _require_header(data_dir: Path) -> VaultHeader:
    header = load_header(data_dir)
    if header is None:
        raise VaultError(
            "There is no DSR Desk vault in {data_dir}; run `dsr-desk init` first.",
            data_dir=data_dir,
        )
    check_database_file(data_dir)
    return header


def check_database_file(data_dir: Path) -> None:
    """Refuse (``VaultRefused``) a vault whose database file is missing or empty: it is
    never re-created empty over the register. Needs no key (the GUI asks before unlocking)."""
    db_path = data_dir / DB_FILE
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        raise VaultRefused(
            "The vault database {db_path} is missing. {restore_hint}",
            db_path=db_path,
            restore_hint=Text(RESTORE_HINT),
        ) from None
    if size == 0:
        raise VaultRefused(
            "The vault database {db_path} is empty (0 bytes): it was truncated or "
            "replaced. {restore_hint}",
            db_path=db_path,
            restore_hint=Text(RESTORE_HINT),
        )


def unlock_key(header: VaultHeader, unlock: Unlock) -> bytes:
    """The database key, from the recovery key, the passphrase or the keyring (in that order)."""
    if unlock.recovery_key is not None:
        return unwrap_with_recovery_key(header.recovery, unlock.recovery_key, header.vault_id)
    if header.mode is KeyMode.PASSPHRASE:
        if unlock.passphrase is None or header.passphrase is None:
            raise VaultLocked("This vault is protected by a passphrase: enter it to unlock.")
        return unwrap_with_passphrase(header.passphrase, unlock.passphrase, header.vault_id)
    key = keyring_store.load_key(header.vault_id)
    if key is None:
        raise VaultLocked(
            "The vault key is not in this computer's keyring (was it deleted or is this another "
            "account?). Unlock with the recovery key: `dsr-desk recover`."
        )
    return key


def open_vault(
    data_dir: Path, clock: Clock, unlock: Unlock | None = None, *, check_audit_anchor: bool = True
) -> Vault:
    """Unlock and open an existing vault, migrating its schema if needed.

    ``check_audit_anchor=False`` opens a vault whose audit log does not match the anchor
    (for ``audit verify`` to report it, or to re-anchor deliberately); its units of work
    still refuse to write."""
    header = _require_header(data_dir)
    if (data_dir / ROTATION_JOURNAL).exists():
        header, key = _complete_interrupted_rotation(data_dir, header, unlock or Unlock())
    else:
        key = unlock_key(header, unlock or Unlock())
    return _open(data_dir, header, key, clock, strict=check_audit_anchor)


def open_staged_restore(folder: Path, clock: Clock, unlock: Unlock) -> Vault:
    """Open a vault unpacked from a backup with its recovery key or its passphrase (never a
    keyring entry of this computer: the backup may come from another one)."""
    header = _require_header(folder)
    if unlock.recovery_key is None and header.mode is KeyMode.KEYRING:
        raise VaultLocked(
            "This backup is of a vault that opened with its computer's keyring: give its "
            "recovery key to restore it."
        )
    return _open(folder, header, unlock_key(header, unlock), clock)


def open_with_key(data_dir: Path, clock: Clock, key: bytes) -> Vault:
    """Open the vault in ``data_dir`` with its database key, already unlocked."""
    return _open(data_dir, _require_header(data_dir), key, clock)


def reanchor_deliberately(vault: Vault, clock: Clock, user: str) -> ChainHead:
    """Accept the database as it is and anchor its audit log anew, saying so in the log
    (``audit.reanchored``, with the anchor it replaces): for a restore from a backup. The
    vault may have been opened with ``check_audit_anchor=False``. Returns the new head."""
    from dsr_desk.domain.errors import IntegrityError
    from dsr_desk.storage.unit_of_work import SqlUnitOfWork

    try:
        previous = vault.audit_anchor.read()
    except IntegrityError:
        previous = None
    unchecked = _session_factory(vault.engine, None)  # the log may not match the anchor
    with SqlUnitOfWork(unchecked, clock, user) as uow:
        uow.record(
            "audit.reanchored",
            None,
            previous_anchor_seq=None if previous is None else previous.seq,
            previous_anchor_hash=None if previous is None else previous.hash,
            database_seq=last_entry_head(uow.dbapi_connection).seq,
        )
        uow.commit()
        head = last_entry_head(uow.dbapi_connection)
    vault.audit_anchor.write(head)
    return head


def _complete_interrupted_rotation(
    data_dir: Path, header: VaultHeader, unlock: Unlock
) -> tuple[VaultHeader, bytes]:
    """A key rotation was interrupted (``storage.key_rotation``): unlock with the old header
    or the new one (the user may know either passphrase or recovery key; the keyring may hold
    either key), then complete the rotation. Returns the new header and key."""
    from dsr_desk.storage import key_rotation

    journal = key_rotation.read_journal(data_dir, header.vault_id)
    if journal is None:  # removed meanwhile (another process completed it)
        return header, unlock_key(header, unlock)
    try:
        key = unlock_key(header, unlock)
    except VaultLocked as problem:
        try:
            key = unlock_key(journal.new_header, unlock)
        except VaultLocked:
            raise problem from None
    keys = journal.keys_from(key)
    if keys is None:
        raise VaultError(
            "The key-rotation journal in {data_dir} does not match this vault's "
            "key; restore the data folder from a backup.",
            data_dir=data_dir,
        )
    key_rotation.complete_rotation(data_dir, journal, *keys)
    return journal.new_header, keys[1]


def recover_vault(
    data_dir: Path, clock: Clock, recovery_key: str, *, new_passphrase: str | None = None
) -> Vault:
    """Open with the recovery key, then put the key back where daily unlocking finds it:
    the keyring (keyring mode, unless a new passphrase is given) or a new passphrase."""
    header = _require_header(data_dir)
    if (data_dir / ROTATION_JOURNAL).exists():
        unlock = Unlock(recovery_key=recovery_key)
        header, key = _complete_interrupted_rotation(data_dir, header, unlock)
    else:
        key = unwrap_with_recovery_key(header.recovery, recovery_key, header.vault_id)
    vault = _open(data_dir, header, key, clock)
    if new_passphrase is not None:
        previous_mode = header.mode
        header = replace(
            header,
            mode=KeyMode.PASSPHRASE,
            passphrase=wrap_with_passphrase(key, new_passphrase, header.vault_id),
        )
        save_header(data_dir, header)
        if previous_mode is KeyMode.KEYRING:  # the key must not linger in the keyring
            with contextlib.suppress(VaultError):
                keyring_store.delete_key(header.vault_id)
    elif header.mode is KeyMode.KEYRING:
        keyring_store.store_key(header.vault_id, key)
    else:
        vault.close()
        raise VaultLocked("This vault uses a passphrase: choose a new one to recover it.")
    vault.header = header
    return vault
