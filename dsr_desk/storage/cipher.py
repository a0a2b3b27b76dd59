"""Opening the SQLCipher file: a random 256-bit raw key, never a string built from user text.

No SQLAlchemy here: the GUI opens its reader connection with this module alone, and the
SQLAlchemy engine (``storage.engine``) applies the same key and settings to each of its
connections.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import sqlcipher3

from dsr_desk.domain.errors import VaultError, VaultLocked, VaultRefused
from dsr_desk.messages import N_, _

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")

#: Connection settings applied after the key. WAL + FULL sync for durability, secure_delete so
#: freed pages are zeroed, temp_store in memory so no plaintext temp file is ever written, and a
#: 64 MiB page cache (SQLCipher decrypts per page: a small cache makes scans 3-5x slower).
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -65536",
    "PRAGMA busy_timeout = 10000",
)


# SQLite's primary result codes (the low byte of an extended code) for what the system did
# wrong, as opposed to a wrong key: each has its own message for the user.
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 11, 13, 14
_SYSTEM_FAILURES = {
    _SQLITE_FULL: N_(
        "The disk is full: the vault could not be written, and nothing more was saved. "
        "Free some space and try again."
    ),
    _SQLITE_IOERR: N_(
        "The vault could not be read or written (disk I/O error: the disk may be full "
        "or failing, or a file size limit was reached); nothing more was saved."
    ),
    _SQLITE_READONLY: N_("The vault cannot be written: its folder or disk is read-only."),
    _SQLITE_CANTOPEN: N_(
        "The vault database could not be opened (no permission, or its folder cannot be written)."
    ),
    _SQLITE_CORRUPT: N_(
        "The vault database is damaged (a page failed its check); nothing was "
        "changed. Restore the data folder from a backup."
    ),
}


def describe_failure(error: BaseException) -> str | None:
    """A message for the user when ``error`` is SQLite reporting a full disk, an I/O error, a
    read-only or unopenable file or a damaged page; None for any other error."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, sqlcipher3.dbapi2.Error) or not isinstance(code, int):
        return None
    known = _SYSTEM_FAILURES.get(code & 0xFF)
    return _(known) if known else None  # in the display language: called where it is shown


def key_pragma(key: bytes) -> str:
    """The ``PRAGMA key`` statement for a raw 256-bit key (no KDF per open)."""
    hex_key = key.hex()
    if not _HEX_KEY.match(hex_key):
        raise VaultError("The database key must be exactly 256 bits.")
    return f"PRAGMA key = \"x'{hex_key}'\""


def apply_key(dbapi_connection: Any, key_statement: str) -> None:
    """Unlock a fresh connection, check that it really is SQLCipher and that the key fits,
    then apply ``PRAGMAS``."""
    cursor = dbapi_connection.cursor()
    try:
        # SQLCipher's own log goes to stderr (a damaged page: three lines of internals); the
        # error itself reaches the caller, whose message is written for people.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(key_statement)
        row = cursor.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise VaultError("SQLCipher is not active: refusing to open an unencrypted database.")
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.DatabaseError as problem:
            if "malformed" in str(problem):  # the key fits page 1, the rest is cut or corrupt
                raise VaultRefused(
                    "The vault database is damaged (cut short or corrupted). Nothing was "
                    "changed. Restore the data folder from a backup (see the README, 'When "
                    "the vault is refused')."
                ) from None
            failure = describe_failure(problem)
            if failure is not None:  # a full disk or a damaged page is not a wrong key
                raise VaultError(failure) from problem
            raise VaultLocked(
                "The vault key does not open this database (wrong key, or the file is damaged)."
            ) from None
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def connect(db_path: Path, key: bytes) -> sqlcipher3.dbapi2.Connection:
    """A DB-API connection on the existing SQLCipher file at ``db_path``, unlocked with ``key``.

    Autocommit is left to SQLite (``isolation_level=None``): the connection is for reading,
    and a SELECT then never holds a transaction open between two reads, so each read sees
    what other connections committed. It may be handed to one other thread (the GUI's DB
    worker) but must only ever be used by one thread at a time.
    """
    if not db_path.is_file():
        raise VaultError("The vault database {db_path} is missing.", db_path=db_path)
    statement = key_pragma(key)
    connection = sqlcipher3.dbapi2.connect(
        str(db_path), isolation_level=None, check_same_thread=False
    )
    try:
        apply_key(connection, statement)
    except BaseException:
        connection.close()
        raise
    return connection


def checkpoint(connection: Any) -> None:
    """Fold the WAL into the main file and truncate it (before copies, and after purges).

    Raises if a reader kept the checkpoint from completing: after a purge, old page versions
    left in the WAL would still hold the destroyed key.
    """
    cursor = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        row = cursor.fetchone()
    finally:
        cursor.close()
    if row and row[0]:
        raise VaultError("The database is busy: the write-ahead log could not be folded in.")
