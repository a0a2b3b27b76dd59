"""Team mode's storage on a real PostgreSQL server (a throwaway cluster, tests/postgres_cluster):
the same Alembic migrations build the same schema as in a SQLCipher vault, the dashboard's
tallies are kept by PL/pgSQL triggers, the reference has its pg_trgm index (and nothing
indexes requesters' names in plaintext), the real SqlUnitOfWork writes and reads entities,
requesters and requests, and the URL's TLS options reach libpq."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import VaultError
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import Outcome, Request, RequestType
from dsr_desk.storage import derived_tables, migrate, pg_engine
from dsr_desk.storage.dashboard_tallies import ANSWERED_TABLE, RECEIVED_TABLE
from dsr_desk.storage.pg_engine import (
    create_team_engine,
    install_team_cipher,
    stored_team_revision,
    team_session_factory,
    team_url,
    upgrade_team_database,
)
from dsr_desk.storage.search_index import PG_REFERENCE_INDEX
from dsr_desk.storage.tables import metadata
from dsr_desk.storage.team_crypto import cipher_of_dialect
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.cli_helpers import PASSPHRASE
from tests.team_keys import with_team_key
from tests.vault_templates import open_copy

pytestmark = pytest.mark.postgres

CLOCK = FixedClock.on(date(2026, 3, 20))


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    made = create_team_engine(pg_url)
    with_team_key(made)
    yield made
    made.dispose()


def _uow(engine: Engine) -> SqlUnitOfWork:
    return SqlUnitOfWork(team_session_factory(engine), CLOCK, "tester")


def _shape(engine: Engine) -> dict[str, object]:
    """Tables, their columns (name, nullable), primary keys, foreign keys, unique constraints
    and indexes."""
    inspector = inspect(engine)
    shape: dict[str, object] = {}
    for table in sorted(inspector.get_table_names()):
        shape[table] = {
            "columns": [(c["name"], c["nullable"]) for c in inspector.get_columns(table)],
            "primary key": inspector.get_pk_constraint(table)["constrained_columns"],
            "foreign keys": sorted(
                (tuple(fk["constrained_columns"]), fk["referred_table"])
                for fk in inspector.get_foreign_keys(table)
            ),
            "unique": sorted(
                (u["name"], tuple(u["column_names"]))
                for u in inspector.get_unique_constraints(table)
            ),
            "indexes": sorted(  # PostgreSQL also lists the unique constraints' own indexes
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(table)
                if not derived_tables.is_search_index(i["name"])
                and "duplicates_constraint" not in i
            ),
        }
    return shape


# -- the schema -------------------------------------------------------------------------------


def test_the_migrations_take_an_empty_team_database_to_head_one_by_one(
    pg_empty_url: str,
) -> None:
    """Every migration runs on PostgreSQL, in the order of the vault's history."""
    history = [
        script.revision
        for script in reversed(
            list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())
        )
    ]
    engine = create_team_engine(pg_empty_url)
    try:
        assert stored_team_revision(engine) is None
        applied = []
        for revision in history:
            upgrade_team_database(engine, revision)
            applied.append(stored_team_revision(engine))
        assert applied == history
        assert applied[0] == "0001" and applied[-1] == migrate.SCHEMA_HEAD
        upgrade_team_database(engine)  # at head: nothing to do, nothing fails
        assert stored_team_revision(engine) == migrate.SCHEMA_HEAD
    finally:
        engine.dispose()


def test_the_team_schema_is_the_vaults_schema(engine: Engine, data_dir: Path) -> None:
    vault = open_copy(data_dir, CLOCK, passphrase=PASSPHRASE)[0]
    try:
        vault_shape = _shape(vault.engine)
    finally:
        vault.close()
    team_shape = _shape(engine)
    # SQLite's FTS5 search index is a set of tables; PostgreSQL has an index on the reference
    vault_shape = {
        name: shape
        for name, shape in vault_shape.items()
        if not derived_tables.is_search_index(name)
    }
    assert set(metadata.tables) <= set(team_shape)
    assert team_shape == vault_shape
    assert team_shape["entities"]["unique"] == [("uq_entities_name", ("name",))]  # type: ignore[index]
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": derived_tables.alembic_include_name}
        )
        assert compare_metadata(context, metadata) == [], "tables.py and PostgreSQL differ"


def test_a_newer_team_schema_is_refused_untouched(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(VaultError, match="newer version of DSR Desk"):
        upgrade_team_database(engine)
    assert stored_team_revision(engine) == "9999"


# -- the derived tables ----------------------------------------------------------------------


def _request(reference: str, received_on: date, name: str, entity: Entity) -> Request:
    return Request.register(
        reference=reference,
        type=RequestType.ACCESS,
        received_on=received_on,
        requester=Requester(name=name, email=f"{reference.lower()}@example.fr"),
        entity=entity,
        today=CLOCK.today(),
    )


def _tallies(engine: Engine) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with engine.connect() as connection:
        received = connection.execute(
            text(f"SELECT month, type, count FROM {RECEIVED_TABLE} ORDER BY 1, 2")
        ).all()
        answered = connection.execute(
            text(f"SELECT month, days, count FROM {ANSWERED_TABLE} ORDER BY 1, 2")
        ).all()
    return [tuple(r) for r in received], [tuple(r) for r in answered]


def test_the_dashboard_tallies_follow_the_requests_on_postgresql(engine: Engine) -> None:
    with _uow(engine) as uow:
        school = Entity(name="Lycée Exemple")
        uow.requests.add(_request("DSR-2026-0001", date(2026, 2, 27), "Hélène Curie", school))
        uow.requests.add(_request("DSR-2026-0002", date(2026, 3, 2), "Zoé Faure", school))
        uow.requests.add(_request("DSR-2026-0003", date(2026, 3, 5), "Marc Petit", school))
        uow.commit()
    assert _tallies(engine) == ([("2026-02", "access", 1), ("2026-03", "access", 2)], [])
    with _uow(engine) as uow:
        first = uow.requests.get("DSR-2026-0001")
        assert first is not None
        first.close(
            Outcome.COMPLETED,
            date(2026, 3, 10),
            CLOCK.today(),
            late_reason="recorded after the fact",
        )
        uow.commit()
    assert _tallies(engine)[1] == [("2026-03", 11, 1)]  # 27 Feb to 10 Mar: 11 days
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM requests WHERE reference = 'DSR-2026-0001'"))
    assert _tallies(engine) == (
        [("2026-02", "access", 0), ("2026-03", "access", 2)],
        [("2026-03", 11, 0)],
    )


def test_only_the_reference_is_trigram_indexed_on_the_server(engine: Engine) -> None:
    with _uow(engine) as uow:
        school = Entity(name="Lycée Exemple")
        for number in range(1, 60):
            reference = f"DSR-2026-{number:04d}"
            uow.requests.add(_request(reference, date(2026, 3, 2), f"Personne {number}", school))
        uow.commit()
    with engine.begin() as connection:
        definition = connection.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = :name"),
            {"name": PG_REFERENCE_INDEX},
        ).scalar()
        assert definition is not None
        assert "gin" in definition and "gin_trgm_ops" in definition
        assert "lower((reference)" in definition
        # no table nor index of the search holds the requester's name or e-mail
        assert not inspect(connection).has_table("request_search")
        connection.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            connection.execute(
                text("EXPLAIN SELECT id FROM requests WHERE lower(reference) LIKE :pattern"),
                {"pattern": "%2026-004%"},
            ).scalars()
        )
        assert PG_REFERENCE_INDEX in plan
        found = connection.execute(
            text("SELECT reference FROM requests WHERE lower(reference) LIKE :pattern ORDER BY 1"),
            {"pattern": "%2026-004%"},
        ).scalars()
        assert list(found) == [f"DSR-2026-{n:04d}" for n in range(40, 50)]


# -- the unit of work --------------------------------------------------------------------------


def test_entity_requester_and_request_written_and_read_back_through_the_unit_of_work(
    pg_url: str, engine: Engine
) -> None:
    with _uow(engine) as uow:
        school = Entity(name="Lycée Exemple", address="1 rue Haute")
        uow.entities.add(school)
        helene = Requester(name="Hélène Curie", email="Helene.Curie@Example.fr")
        uow.requesters.add(helene)
        request = _request("DSR-2026-0001", date(2026, 3, 2), "ignored", school)
        request.requester = helene
        uow.requests.add(request)
        uow.record("request.registered", "DSR-2026-0001", type="access")
        uow.commit()
        assert uow.flush_to_disk()  # nothing to fold on a server
    # another client: a new engine, new connections
    other = create_team_engine(pg_url)
    install_team_cipher(other, cipher_of_dialect(engine.dialect))  # the same team key
    try:
        with _uow(other) as uow:
            loaded = uow.requests.get("DSR-2026-0001")
            assert loaded is not None
            assert (loaded.entity.name, loaded.entity.address) == ("Lycée Exemple", "1 rue Haute")
            assert (loaded.requester.name, loaded.requester.email) == (
                "Hélène Curie",
                "helene.curie@example.fr",
            )
            assert (loaded.type, loaded.received_on) == (RequestType.ACCESS, date(2026, 3, 2))
            assert uow.requests.last_number(2026) == 1
            assert [e.action for e in uow.audit.entries()] == ["request.registered"]
    finally:
        other.dispose()
    # really in PostgreSQL's tables (read with psycopg, no SQLAlchemy): the requester's name
    # and e-mail encrypted, no plaintext search key (the blind index holds HMAC tokens)
    with psycopg.connect(pg_url) as connection:
        row = connection.execute(
            "SELECT r.reference, p.search_key, e.name, p.name, p.email FROM requests r "
            "JOIN requesters p ON p.id = r.requester_id JOIN entities e ON e.id = r.entity_id"
        ).fetchall()
        tokens = connection.execute("SELECT count(*) FROM requester_search_tokens").fetchone()
    [(reference, search_key, entity, name, email)] = row
    assert (reference, search_key, entity) == ("DSR-2026-0001", "", "Lycée Exemple")
    assert name.startswith("t1:") and "Curie" not in name
    assert email.startswith("t1:") and "curie" not in email.lower()
    assert tokens is not None and tokens[0] > 10


# -- the URL and its TLS options -------------------------------------------------------------


def test_the_urls_tls_options_are_passed_through_to_libpq(pg_url: str) -> None:
    url = team_url(
        "postgresql://dpo@db.example.org:5433/register?sslmode=verify-full"
        "&sslrootcert=/etc/dsr/ca.pem&sslcert=/home/dpo/client.pem"
    )
    assert url.drivername == "postgresql+psycopg"
    assert dict(url.query) == {
        "sslmode": "verify-full",
        "sslrootcert": "/etc/dsr/ca.pem",
        "sslcert": "/home/dpo/client.pem",
    }
    overridden = team_url(f"{pg_url}?sslmode=verify-full", sslmode="disable", sslrootcert="/ca")
    assert dict(overridden.query) == {"sslmode": "disable", "sslrootcert": "/ca"}
    # the throwaway server has no TLS: libpq itself refuses when TLS is required
    with pytest.raises(VaultError, match=r"(?i)server does not support SSL"):
        create_team_engine(f"{pg_url}?sslmode=require")
    with pytest.raises(VaultError, match=r"(?i)server does not support SSL"):
        create_team_engine(pg_url, sslmode="require")
    engine = create_team_engine(pg_url, sslmode="disable")
    try:
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert isinstance(driver, psycopg.Connection)
            assert driver.info.get_parameters()["sslmode"] == "disable"
    finally:
        engine.dispose()


def test_bad_team_urls_are_refused_with_a_readable_message(pg_url: str) -> None:
    with pytest.raises(VaultError, match="postgresql://user@host:port/database"):
        create_team_engine("mysql://dpo@db.example.org/register")
    with pytest.raises(VaultError, match="names no database"):
        create_team_engine("postgresql://dpo@db.example.org:5432")
    unreachable = pg_url.replace("postgres@", "postgres:s3cret-word@").rsplit(":", 1)[0] + ":1/x"
    with pytest.raises(VaultError, match="cannot be reached") as refused:
        create_team_engine(unreachable)
    assert "s3cret-word" not in str(refused.value)


def test_a_vacuum_kept_waiting_by_a_colleagues_lock_gives_up_as_a_refusal(
    pg_url: str, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A purge's VACUUM never hangs on a table another transaction holds: past the lock
    timeout it gives up, and says so (False: recorded as not done)."""
    monkeypatch.setattr(pg_engine, "VACUUM_LOCK_TIMEOUT_MS", 300)
    with psycopg.connect(pg_url) as colleague:  # a transaction holding the documents table
        colleague.execute("LOCK TABLE documents IN SHARE UPDATE EXCLUSIVE MODE")
        assert pg_engine.vacuum_after_purge(engine) is False
        colleague.rollback()
    assert pg_engine.vacuum_after_purge(engine) is True
