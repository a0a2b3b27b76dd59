"""Team mode's storage: a SQLAlchemy engine on a shared PostgreSQL server (psycopg 3), the
schema brought to head by the same Alembic migrations as the SQLCipher file, and sessions for
``SqlUnitOfWork``.

The URL is the DBA's: ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE``, with libpq's TLS
options in its query, passed through untouched (``?sslmode=verify-full&sslrootcert=/path/ca.pem``;
also ``sslcert``, ``sslkey``, ``sslcrl``). ``sslmode`` and ``sslrootcert`` may also be given as
arguments; they replace the URL's own.

Personal fields are encrypted by the application with the team key (``storage.team_keys``,
``storage.team_crypto``) and names and e-mails are searched through a keyed blind index
(``storage.blind_index``): the server's operator, or a dump, reads no personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from sqlalchemy import Engine, create_engine, delete, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from dsr_desk.domain.errors import VaultError
from dsr_desk.messages import Text
from dsr_desk.storage.plain_sql import SqlConnection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from dsr_desk.storage.audit_anchor import AuditAnchor
    from dsr_desk.storage.team_crypto import TeamCipher
    from dsr_desk.storage.team_documents import TeamDocumentStore
    from dsr_desk.storage.team_migration import AdminAccount, Counts, Migrated

__all__ = [
    "TeamDatabase",
    "create_team_engine",
    "is_team_url",
    "team_session_factory",
    "upgrade_team_database",
]

log = logging.getLogger(__name__)

DRIVER: Final = "postgresql+psycopg"
#: How long the VACUUM after a purge waits for a table a colleague's transaction holds
#: before giving up (a refusal, recorded as such): never a purge that hangs.
VACUUM_LOCK_TIMEOUT_MS = 15_000
_SCHEMES: Final = ("postgresql", "postgres", "postgresql+psycopg")


def is_team_url(location: str) -> bool:
    """True when ``location`` names a PostgreSQL server rather than a data folder."""
    scheme, separator, _rest = location.partition("://")
    return bool(separator) and scheme.lower() in _SCHEMES


def team_url(location: str, *, sslmode: str | None = None, sslrootcert: str | None = None) -> URL:
    """The SQLAlchemy URL (psycopg driver) for a ``postgresql://`` URL, with the given TLS
    options replacing the URL's own."""
    if not is_team_url(location):
        raise VaultError(
            "The team database must be given as "
            "postgresql://user@host:port/database (got {location}://…).",
            location=location.partition("://")[0] or Text("no scheme"),
        )
    try:
        url = make_url(location)
    except ArgumentError:
        raise VaultError(
            "The team database URL cannot be read: write it as "
            "postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=ca.pem"
        ) from None
    if not url.database:
        raise VaultError("The team database URL names no database (…/DATABASE at its end).")
    extra: Mapping[str, str] = {
        name: value
        for name, value in (("sslmode", sslmode), ("sslrootcert", sslrootcert))
        if value is not None
    }
    return url.set(drivername=DRIVER).update_query_dict(dict(extra))


def create_team_engine(
    location: str,
    *,
    sslmode: str | None = None,
    sslrootcert: str | None = None,
    echo: bool = False,
) -> Engine:
    """An engine on the team's PostgreSQL database; one connection is made at once, so that an
    unreachable server, a refused login or a TLS problem is reported now (``VaultError``)."""
    url = team_url(location, sslmode=sslmode, sslrootcert=sslrootcert)
    engine = create_engine(url, pool_size=4, max_overflow=4, pool_pre_ping=True, echo=echo)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as problem:
        engine.dispose()
        reason = str(getattr(problem, "orig", None) or problem).strip().splitlines()
        raise VaultError(
            "The team database {url} cannot be reached: {reason}",
            url=url.render_as_string(hide_password=True),
            reason=reason[0] if reason else Text("no reason given"),
        ) from None
    return engine


def stored_team_revision(engine: Engine) -> str | None:
    """The Alembic revision recorded in the team database (None: no schema yet)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if value is None else str(value)


def upgrade_team_database(engine: Engine, revision: str = "head") -> None:
    """Bring the team database's schema to ``revision`` with the app's Alembic migrations, in
    one transaction (PostgreSQL's DDL is transactional: a failed upgrade leaves nothing)."""
    from alembic import command

    from dsr_desk.storage.migrate import alembic_config

    current = stored_team_revision(engine)
    if current is not None:
        from dsr_desk.storage.migrate import is_known_revision

        if not is_known_revision(current):
            raise VaultError(
                "The team database was set up by a newer version of DSR Desk (schema "
                "{current}); install the newer version to use it. Nothing was changed.",
                current=current,
            )
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def purged_tables() -> tuple[str, ...]:
    """The tables a purge or an anonymisation deletes or overwrites rows of: those holding
    personal fields, the documents with their keys and ciphertext, the blind index."""
    from dsr_desk.storage import tables

    personal = {table_name for table_name, _column in tables.PERSONAL_COLUMNS}
    extra = {tables.documents.name, tables.team_documents.name}
    return tuple(sorted(personal | extra | {tables.requester_search_tokens.name}))


def vacuum_after_purge(engine: Engine) -> bool:
    """``VACUUM`` the purged tables (outside a transaction, as PostgreSQL requires), so the
    rows a purge deleted stop lingering as dead tuples in the table files; what the server's
    write-ahead log, archives, replicas and backups still hold is beyond the app's reach (the
    purge attestation says so, with the retention the DBA gave). False if the server refused
    (e.g. the role does not own the tables): the purge itself stands.

    PostgreSQL does not fail a VACUUM it will not do: it skips the table with a warning (a
    role that does not own it), so a warning heard during the VACUUM counts as a refusal. A
    table held by another transaction longer than ``VACUUM_LOCK_TIMEOUT_MS`` is a refusal too
    (the server's autovacuum reclaims it later)."""
    warnings: list[str] = []

    def hear(notice: Any) -> None:
        if notice.severity_nonlocalized == "WARNING":
            warnings.append(str(notice.message_primary))

    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            driver: Any = connection.connection.driver_connection  # psycopg's connection
            driver.add_notice_handler(hear)
            try:
                connection.exec_driver_sql(f"SET lock_timeout = {int(VACUUM_LOCK_TIMEOUT_MS)}")
                for name in purged_tables():
                    connection.exec_driver_sql(f'VACUUM "{name}"')
            finally:
                driver.remove_notice_handler(hear)
    except SQLAlchemyError:
        log.warning("VACUUM after a purge failed", exc_info=True)
        return False
    if warnings:
        log.warning("VACUUM after a purge was refused: %s", "; ".join(warnings))
        return False
    return True


def team_session_factory(
    engine: Engine, anchor: AuditAnchor | None = None
) -> sessionmaker[Session]:
    """Sessions for ``SqlUnitOfWork`` on the team database. With an ``anchor`` (a file on this
    client), the units of work check the audit log against the last head this client saw and
    advance it after each commit."""
    from sqlalchemy.orm import sessionmaker

    from dsr_desk.storage.audit_anchor import AUDIT_ANCHOR_INFO
    from dsr_desk.storage.mapping import start_mappers

    start_mappers()
    info: dict[str, object] = {} if anchor is None else {AUDIT_ANCHOR_INFO: anchor}
    return sessionmaker(bind=engine, expire_on_commit=False, info=info)


class TeamDatabase:
    """An open team database: its engine and sessions, and — once a user has logged in — the
    team key's cipher installed on the engine (``storage.team_crypto``). Stands where a
    workstation's ``Vault`` stands for the commands that run in team mode."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.session_factory = team_session_factory(engine)
        self._reader: Any = None  # the read side's psycopg connection, outside the pool

    @property
    def server(self) -> str:
        """Where the database is, as the user is shown it (never a password)."""
        url = self.engine.url
        return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"

    @property
    def reader(self) -> SqlConnection:
        """A psycopg connection of its own (autocommit) for the read side's plain SQL, as a
        workstation's ``Vault.reader``; taken from the engine once the team key is installed,
        so that ``team_crypto.team_cipher_for`` finds its cipher. One thread at a time: in the
        GUI, the DB worker only."""
        if self._reader is None:
            raw = self.engine.raw_connection()  # checked out: ``team_crypto`` knows it now
            connection = raw.driver_connection
            raw.detach()  # closed, not pooled, when done: the ORM's connections never autocommit
            assert connection is not None
            connection.autocommit = True
            self._reader = connection
        return cast(SqlConnection, self._reader)

    def warm_up(self) -> None:
        """Nothing to load ahead: the engine and its mappings were made to log in."""

    def hand_over(self) -> None:
        """Ready the database for the thread that uses it from now on (the GUI's DB worker):
        the connections made on the thread that logged in are closed; new ones are made."""
        self._close_reader()
        self.engine.dispose()

    def _close_reader(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()

    def close(self) -> None:
        """Close every connection and drop the team key's cipher from the engine."""
        from dsr_desk.storage.team_crypto import DIALECT_ATTRIBUTE

        try:
            self._close_reader()
        finally:
            self.engine.dispose()
            setattr(self.engine.dialect, DIALECT_ATTRIBUTE, None)

    def watch_chain(self, data_dir: Path, *, new: bool = False) -> None:
        """Check the team's audit chain against the last head this client saw (kept in its
        ``data_dir``, ``storage.team_anchor``) — ``VaultRefused`` if it went backwards or
        forked — and have every unit of work check it again before writing and remember the
        new head after committing. ``new``: the database was just created here."""
        from dsr_desk.storage.team_anchor import check_team_chain, start_team_anchor, team_anchor

        anchor = team_anchor(data_dir, self.engine.url)
        if new:
            start_team_anchor(self.engine, anchor)
        else:
            check_team_chain(self.engine, anchor)
        self.session_factory = team_session_factory(self.engine, anchor)

    @property
    def documents_dir(self) -> Path:
        raise VaultError(NO_DOCUMENT_FOLDER)

    @property
    def database_key(self) -> bytes:
        raise VaultError(NO_DOCUMENT_FOLDER)

    def document_store(self, local_folder: Path) -> TeamDocumentStore:
        """The documents kept on the team database (``storage.team_documents``), under the
        team key of the user logged in; ``local_folder`` is this client's document folder
        (no decrypted copy is saved inside its data folder)."""
        from dsr_desk.storage.team_documents import TeamDocumentStore

        return TeamDocumentStore(self.engine, local_folder)

    def is_empty(self) -> bool:
        with self.engine.connect() as connection:
            return not inspect(connection).get_table_names()

    def create_schema(self, now: datetime) -> str:
        """Build the schema in this empty database, make the team key (generation 1), install
        it, and seal it to a new recovery key, which is returned (to be shown once). The
        workstation owner that migration 0020 adds to every database is removed: a team has
        accounts with passwords only."""
        from dsr_desk.storage import tables, team_keys
        from dsr_desk.storage.key_wrapping import new_recovery_key
        from dsr_desk.storage.team_crypto import TeamCipher

        if not self.is_empty():
            raise VaultError(
                "The team database is not empty: `init` sets up a new, empty database only "
                "(the DBA creates it and its role). Nothing was changed."
            )
        upgrade_team_database(self.engine)
        team_key = team_keys.new_team_key()
        recovery_key = new_recovery_key()
        with self.engine.begin() as connection:
            connection.execute(delete(tables.users))
            team_keys.save_holder(
                connection, team_keys.holder_for_recovery(recovery_key, team_key, 1), now
            )
        install_team_cipher(self.engine, TeamCipher(team_key, 1))
        return recovery_key

    def import_vault(
        self,
        source: Engine,
        documents_dir: Path,
        database_key: bytes,
        admin: AdminAccount,
        now: datetime,
        record_migration: Callable[[sessionmaker[Session], Counts], None],
    ) -> Migrated:
        """Copy a workstation vault (its engine, document folder and key) into this empty
        database, set up on the way (``storage.team_migration``), in one transaction: on any
        problem nothing is left on the server. The team key is installed once committed."""
        from dsr_desk.storage.team_crypto import DIALECT_ATTRIBUTE
        from dsr_desk.storage.team_migration import copy_vault

        if not self.is_empty():
            raise VaultError(
                "The team database is not empty: migrate-to-team copies a vault into a new, "
                "empty database only (the DBA creates it and its role). Nothing was changed."
            )
        try:
            with self.engine.begin() as connection:
                return copy_vault(
                    connection, source, documents_dir, database_key, admin, now, record_migration
                )
        except SQLAlchemyError as problem:
            reason = str(getattr(problem, "orig", None) or problem).strip().splitlines()
            raise VaultError(
                "The vault could not be copied to the team database ({reason}): nothing was "
                "copied.",
                reason=reason[0] if reason else Text("no reason given"),
            ) from None
        except BaseException:
            setattr(self.engine.dialect, DIALECT_ATTRIBUTE, None)  # no team key: nothing made
            raise

    def unlock(self, name: str, password: str) -> None:
        """Open user ``name``'s copy of the team key with their password and install it."""
        from dsr_desk.storage.team_crypto import TeamCipher
        from dsr_desk.storage.team_keys import unlock_team_key

        with self.engine.connect() as connection:
            team_key, generation = unlock_team_key(connection, name, password)
        install_team_cipher(self.engine, TeamCipher(team_key, generation))


NO_DOCUMENT_FOLDER: Final = (
    "A team database keeps its documents on the server and its backups are the DBA's: this "
    "command works on a workstation vault only."
)


def install_team_cipher(engine: Any, cipher: TeamCipher) -> None:
    """Make ``cipher`` the one every connection of ``engine`` encrypts and decrypts with."""
    from sqlalchemy import event

    from dsr_desk.storage.team_crypto import DIALECT_ATTRIBUTE, DIALECT_OF

    previous = getattr(engine.dialect, DIALECT_ATTRIBUTE, None)
    setattr(engine.dialect, DIALECT_ATTRIBUTE, cipher)
    if previous is None:

        def remember(_dbapi: Any, record: Any, _proxy: Any) -> None:
            if record.driver_connection is not None:
                DIALECT_OF[record.driver_connection] = engine.dialect

        event.listen(engine, "checkout", remember)
