"""The SQLCipher engine: a random 256-bit raw key, never a string built from user text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from dsr_desk.domain.errors import VaultError, VaultLocked

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


def key_pragma(key: bytes) -> str:
    """The ``PRAGMA key`` statement for a raw 256-bit key (no KDF per open)."""
    hex_key = key.hex()
    if not _HEX_KEY.match(hex_key):
        raise VaultError("The database key must be exactly 256 bits.")
    return f"PRAGMA key = \"x'{hex_key}'\""


def _apply_key(dbapi_connection: Any, key_statement: str) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(key_statement)
        row = cursor.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise VaultError("SQLCipher is not active: refusing to open an unencrypted database.")
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.DatabaseError:
            raise VaultLocked(
                "The vault key does not open this database (wrong key, or the file is damaged)."
            ) from None
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def create_vault_engine(db_path: Path, key: bytes, *, echo: bool = False) -> Engine:
    """An engine on the SQLCipher file at ``db_path`` unlocked with ``key``."""
    key_statement = key_pragma(key)
    engine = create_engine(
        f"sqlite:///{db_path}",
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        echo=echo,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        _apply_key(dbapi_connection, key_statement)

    return engine


def cipher_version(engine: Engine) -> str:
    with engine.connect() as connection:
        value = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
    return str(value or "")


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file and truncate it (before copies, and after purges).

    Raises if a reader kept the checkpoint from completing: after a purge, old page versions
    left in the WAL would still hold the destroyed key.
    """
    with engine.connect() as connection:
        row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    busy = row[0]
    if busy:
        raise VaultError("The database is busy: the write-ahead log could not be folded in.")
