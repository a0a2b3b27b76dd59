"""The two stores the services and the read side run on, for tests parametrised over both: a
SQLCipher vault (a workstation) and a team database on the throwaway PostgreSQL cluster
(``tests/conftest``'s ``pg_cluster`` and ``pg_head_template``). Data is written through the
real unit of work and services on either; the readers get the unit of work's DB-API
connection, as the CLI does.

    @pytest.fixture(scope="module", params=STORES)
    def office(request, tmp_path_factory):
        with open_store(request, tmp_path_factory.mktemp("x"), CLOCK) as store: ...

or, for one test at a time, the ``store`` fixture of ``tests/integration/conftest.py``.

A store also gives what document tests need: the document store of its kind
(``documents()``: the vault's encrypted folder, or the team database's ``team_documents``
rows, as the CLI and the GUI wire them), the ids of the documents whose ciphertext is stored
and that ciphertext, and on PostgreSQL a ``pg_dump`` of the database (what the server's
operator could read).

The PostgreSQL case carries the ``postgres`` marker (skipped only with DSR_DESK_NO_POSTGRES=1).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from dsr_desk.domain.clock import Clock
from dsr_desk.domain.roles import UserRole
from dsr_desk.storage.document_store import DOCUMENT_SUFFIX, DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import DOCUMENTS_DIR, Vault
from tests.integration.cli_helpers import PASSPHRASE as CLI_PASSPHRASE
from tests.team_keys import with_team_key

if TYPE_CHECKING:
    from dsr_desk.storage.team_crypto import TeamCipher

SQLCIPHER: Final = "sqlcipher"
POSTGRES: Final = "postgres"
STORES: Final = [
    pytest.param(SQLCIPHER, id=SQLCIPHER),
    pytest.param(POSTGRES, id=POSTGRES, marks=pytest.mark.postgres),
]
#: For a test of a team database's own behaviour: ``@pytest.mark.parametrize("store", TEAM_ONLY,
#: indirect=True)`` (the ``store`` fixture of ``tests/integration/conftest.py`` on PostgreSQL only).
TEAM_ONLY: Final = [pytest.param(POSTGRES, id=POSTGRES, marks=pytest.mark.postgres)]
PASSPHRASE: Final = CLI_PASSPHRASE  # the CLI helpers' (``run_cli``) opens the vault too


@dataclass
class Store:
    kind: str  # SQLCIPHER or POSTGRES
    session_factory: sessionmaker[Session]
    clock: Clock
    engine: Engine
    data_dir: Path  # the vault's data folder, or this team client's
    vault: Vault | None = None  # SQLCIPHER only
    database_key: bytes = b""  # SQLCIPHER only: the vault's, kept to read its pages once closed
    url: str | None = None  # POSTGRES only
    cipher: TeamCipher | None = None  # POSTGRES only: the team key's, as after a login

    @property
    def is_team(self) -> bool:
        return self.kind == POSTGRES

    def uow(self, user: str = "dpo", role: UserRole = UserRole.DPO) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory, self.clock, user, role)

    def documents(self) -> DocumentStore:
        """The document store the app uses on this store (``cli.context.document_store``)."""
        if self.vault is not None:
            return DocumentStore(self.vault.documents_dir, self.vault.database_key)
        from dsr_desk.storage.team_documents import TeamDocumentStore

        return TeamDocumentStore(self.engine, self.data_dir / DOCUMENTS_DIR)

    def stored_document_ids(self) -> list[str]:
        """The documents whose ciphertext is stored: files in the vault's document folder, or
        rows of ``team_documents`` on the server."""
        if self.vault is not None:
            folder = self.vault.documents_dir
            names = [p.name for p in folder.iterdir()] if folder.exists() else []
            return sorted(name.removesuffix(DOCUMENT_SUFFIX) for name in names)
        from dsr_desk.storage.team_documents import stored_document_ids

        with self.engine.connect() as connection:
            return sorted(stored_document_ids(connection))

    def ciphertext(self, document_id: str) -> bytes:
        """What is stored of a document: its file, or its rows on the server end to end."""
        if self.vault is not None:
            return (self.vault.documents_dir / f"{document_id}{DOCUMENT_SUFFIX}").read_bytes()
        rows = self.sql(
            "SELECT data FROM team_documents WHERE document_id = :id ORDER BY part",
            id=document_id,
        )
        assert rows, f"no ciphertext stored for {document_id}"
        return b"".join(bytes(row[0]) for row in rows)

    def sql(self, statement: str, **params: Any) -> list[tuple[Any, ...]]:
        """Run plain SQL on the store, outside the app (as a DBA, or a tamperer, would), in a
        transaction of its own that is committed."""
        with self.engine.begin() as connection:
            result = connection.execute(text(statement), params)
            return [tuple(row) for row in result] if result.returns_rows else []

    def dump(self) -> bytes:
        """``pg_dump`` of the team database: all the server's operator could read of it."""
        from tests.postgres_cluster import find_binary

        assert self.url is not None, "a dump is of a team database"
        return subprocess.run(
            [find_binary("pg_dump"), "--no-owner", "--inserts", self.url],
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout

    def vacuumed_tables(self) -> set[str]:
        """The team database's tables VACUUMed (by hand, not autovacuum) since it was made."""
        rows = self.sql("SELECT relname FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL")
        return {str(row[0]) for row in rows}

    def connect_as_non_owner(self) -> None:
        """From now on, reach the team database as a role that may read and write every table
        but owns none (as when the DBA keeps the ownership): PostgreSQL then skips a VACUUM of
        them with a warning. The store's connections are made again, as that role."""
        assert self.is_team, "a role is a team database's"
        self.sql(
            """DO $$ BEGIN
                 IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dsr_desk_clerk') THEN
                   CREATE ROLE dsr_desk_clerk;
                 END IF;
                 EXECUTE format('ALTER ROLE %I IN DATABASE %I SET role = dsr_desk_clerk',
                                current_user, current_database());
               END $$"""
        )
        self.sql("GRANT ALL ON ALL TABLES IN SCHEMA public TO dsr_desk_clerk")
        self.sql("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO dsr_desk_clerk")
        self.reopen()
        assert self.sql("SELECT current_user") == [("dsr_desk_clerk",)]

    def close(self) -> None:
        """Close every connection: what is on disk (or on the server) is final."""
        if self.vault is not None:
            self.vault.close()
        else:
            self.engine.dispose()

    def reopen(self) -> None:
        """Close the store and open it again, as a restart of the app would (the vault with
        its passphrase; a new engine on the team database, the same team key installed)."""
        self.close()
        if self.vault is not None:
            from dsr_desk.storage.vault import Unlock, open_vault

            self.vault = open_vault(self.data_dir, self.clock, Unlock(passphrase=PASSPHRASE))
            self.engine, self.session_factory = self.vault.engine, self.vault.session_factory
            return
        from dsr_desk.storage.pg_engine import (
            create_team_engine,
            install_team_cipher,
            team_session_factory,
        )

        assert self.url is not None and self.cipher is not None
        self.engine = create_team_engine(self.url)
        install_team_cipher(self.engine, self.cipher)
        self.session_factory = team_session_factory(self.engine)


@contextmanager
def open_store(
    request: pytest.FixtureRequest,
    folder: Path,
    clock: Clock,
    *,
    user: str = "dpo",
    entities: Sequence[Mapping[str, Any]] = (),
) -> Iterator[Store]:
    """A new store of the kind ``request.param`` names, at the schema's head, holding
    ``entities`` (created by ``user``, in turn); closed (the vault) or dropped (the team
    database) at the end. The vault is a copy of a template (``tests.vault_templates``)."""
    kind = str(request.param)
    data_dir = folder / "data"
    if kind == SQLCIPHER:
        from tests.vault_templates import open_copy

        vault, _ = open_copy(data_dir, clock, user=user, passphrase=PASSPHRASE, entities=entities)
        opened = Store(kind, vault.session_factory, clock, vault.engine, data_dir, vault=vault)
        opened.database_key = vault.database_key
        try:
            yield opened
        finally:
            opened.close()
        return
    from dsr_desk.services.entities import create_entity
    from dsr_desk.storage.pg_engine import create_team_engine, team_session_factory

    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database(template=request.getfixturevalue("pg_head_template"))
    url = cluster.url(name)
    engine = create_team_engine(url)
    cipher = with_team_key(engine)
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(kind, team_session_factory(engine), clock, engine, data_dir, url=url)
    store.cipher = cipher
    try:
        # as ``TeamDatabase.create_schema``: a team has accounts with passwords only, not the
        # workstation owner that migration 0020 adds
        store.sql("DELETE FROM users")
        for fields in entities:
            create_entity(store.uow(user), **fields)
        yield store
    finally:
        store.close()
        cluster.drop_database(name)
