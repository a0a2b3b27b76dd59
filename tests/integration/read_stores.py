"""The two stores the read side runs on, for tests parametrised over both: a SQLCipher vault
(a workstation) and a team database on the throwaway PostgreSQL cluster (``tests/conftest``'s
``pg_cluster`` and ``pg_head_template``). Data is written through the real unit of work and
services on either; the readers get the unit of work's DB-API connection, as the CLI does.

    @pytest.fixture(scope="module", params=STORES)
    def office(request, tmp_path_factory):
        with open_store(request, tmp_path_factory.mktemp("x"), CLOCK) as store: ...

The PostgreSQL case carries the ``postgres`` marker (skipped only with DSR_DESK_NO_POSTGRES=1).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import pytest
from sqlalchemy.orm import Session, sessionmaker

from dsr_desk.domain.clock import Clock
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.team_keys import with_team_key

SQLCIPHER: Final = "sqlcipher"
POSTGRES: Final = "postgres"
STORES: Final = [
    pytest.param(SQLCIPHER, id=SQLCIPHER),
    pytest.param(POSTGRES, id=POSTGRES, marks=pytest.mark.postgres),
]
PASSPHRASE: Final = "read side test passphrase"


@dataclass
class Store:
    kind: str  # SQLCIPHER or POSTGRES
    session_factory: sessionmaker[Session]
    clock: Clock

    def uow(self, user: str = "dpo") -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory, self.clock, user)


@contextmanager
def open_store(request: pytest.FixtureRequest, folder: Path, clock: Clock) -> Iterator[Store]:
    """A new, empty store of the kind ``request.param`` names, at the schema's head; closed
    (the vault) or dropped (the team database) at the end."""
    kind = str(request.param)
    if kind == SQLCIPHER:
        from dsr_desk.storage.vault import create_vault

        vault, _ = create_vault(folder / "data", clock, passphrase=PASSPHRASE)
        try:
            yield Store(kind, vault.session_factory, clock)
        finally:
            vault.close()
        return
    from dsr_desk.storage.pg_engine import create_team_engine, team_session_factory

    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database(template=request.getfixturevalue("pg_head_template"))
    engine = create_team_engine(cluster.url(name))
    with_team_key(engine)
    try:
        yield Store(kind, team_session_factory(engine), clock)
    finally:
        engine.dispose()
        cluster.drop_database(name)
