"""The SQLAlchemy engine on the SQLCipher file (each connection unlocked by ``storage.cipher``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from dsr_desk.storage import cipher
from dsr_desk.storage.cipher import PRAGMAS, apply_key, key_pragma
from dsr_desk.storage.plain_sql import SqlConnection

__all__ = ["PRAGMAS", "checkpoint", "cipher_version", "create_vault_engine", "dbapi_of"]


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
        apply_key(dbapi_connection, key_statement)

    return engine


def dbapi_of(connection: Connection) -> SqlConnection:
    """The DB-API (sqlcipher3) connection under a SQLAlchemy connection, for plain SQL in the
    same transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None  # a checked-out connection always has its driver's
    return cast(SqlConnection, driver)


def cipher_version(engine: Engine) -> str:
    with engine.connect() as connection:
        value = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
    return str(value or "")


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file and truncate it (before copies, and after purges).

    Raises if a reader kept the checkpoint from completing: after a purge, old page versions
    left in the WAL would still hold the destroyed key.
    """
    if engine.dialect.name != "sqlite":  # a server (team mode) has no file of ours to fold
        return
    with engine.connect() as connection:
        cipher.checkpoint(dbapi_of(connection))
