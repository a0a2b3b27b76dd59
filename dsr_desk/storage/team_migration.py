"""``migrate-to-team``: a workstation vault copied into a new team database, in one
PostgreSQL transaction (its DDL is transactional): the schema, the team key, the first DPO
account and every row, or — on any problem — nothing at all.

The copy goes table by table through ``tables.metadata`` with SQLAlchemy Core: each row is
read from the SQLCipher file with the tables' own types and written to the server with the
same types, so every personal field is encrypted with the new team key on its way
(``tables.PersonalText``); the dashboard tallies and the reference index are kept by the
server's triggers as the requests arrive; the blind index is built from the plaintext read.
Ids are kept (the audit log and the requests refer to them) and the server's sequences moved
past them.

Documents: the ciphertext files are copied as they are (their file keys do not change) into
``team_documents``, and each file key is unwrapped with the vault's document KEK and wrapped
again under the team's (``storage.team_documents``).

The audit log is copied entry for entry (same positions, hashes and head), one
``team.migrated`` entry (``services.team``) is chained after it, and the whole chain is
verified again on the server before the commit: the team's log is the vault's log, continued.

Accounts: the workstation's owner (no password) is replaced by the ``--admin`` DPO account;
other accounts of the vault are not copied (their copy of the team key needs their password):
the DPO adds them again with ``user add``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Connection, Engine, delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from dsr_desk.domain.audit import verify_chain
from dsr_desk.domain.errors import IntegrityError, VaultError
from dsr_desk.storage import blind_index, tables, team_keys
from dsr_desk.storage.audit_store import SqlAuditTrail
from dsr_desk.storage.document_crypto import derive_document_kek, unwrap_file_key, wrap_file_key
from dsr_desk.storage.document_store import DOCUMENT_SUFFIX
from dsr_desk.storage.key_wrapping import new_recovery_key
from dsr_desk.storage.mapping import start_mappers
from dsr_desk.storage.pg_engine import install_team_cipher
from dsr_desk.storage.team_crypto import TeamCipher
from dsr_desk.storage.team_documents import PARTS, document_kek_of, stored_document_ids

_BATCH: Final = 1000
_CHUNK: Final = 1024 * 1024
#: Not copied: the accounts (see the module's doc) and what team mode makes for itself.
_NOT_COPIED: Final = frozenset(
    {
        tables.users.name,
        tables.team_keys.name,
        tables.requester_search_tokens.name,
        tables.team_documents.name,
    }
)


@dataclass(frozen=True)
class Counts:
    """What a register holds, counted the same way on both sides."""

    requests: int
    requesters: int
    documents: int  # rows, purged ones included
    stored_documents: int  # documents whose ciphertext is kept (not purged)
    audit_entries: int

    def to_json(self) -> dict[str, int]:
        return {
            "requests": self.requests,
            "requesters": self.requesters,
            "documents": self.documents,
            "stored_documents": self.stored_documents,
            "audit_entries": self.audit_entries,
        }


@dataclass(frozen=True)
class AdminAccount:
    """The team's first DPO: the name, the argon2id login hash and the password (which wraps
    their copy of the team key, by another derivation: ``storage.team_keys``)."""

    name: str
    password: str
    password_hash: str


@dataclass(frozen=True)
class Migrated:
    recovery_key: str
    source: Counts
    target: Counts
    chain_message: str
    accounts_left: tuple[str, ...]  # the vault's other accounts, to add again


def _count(connection: Connection, table: Any, *where: Any) -> int:
    return int(
        connection.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
    )


def count_register(connection: Connection) -> Counts:
    docs = tables.documents
    return Counts(
        requests=_count(connection, tables.requests),
        requesters=_count(connection, tables.requesters),
        documents=_count(connection, docs),
        stored_documents=_count(connection, docs, docs.c.wrapped_key.is_not(None)),
        audit_entries=_count(connection, tables.audit_log),
    )


def _rows(source: Connection, table: Any) -> Iterator[list[dict[str, Any]]]:
    result = source.execute(select(table).execution_options(yield_per=_BATCH)).mappings()
    for batch in result.partitions(_BATCH):
        yield [dict(row) for row in batch]


def _move_sequences(connection: Connection) -> None:
    """Each serial id's sequence past the ids copied (explicit ids do not advance it)."""
    for table in tables.metadata.sorted_tables:
        if table.name in _NOT_COPIED:
            continue
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].name != "id":
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "  # noqa: S608
            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
        )


def _copy_document(
    connection: Connection, row: dict[str, Any], documents_dir: Path, keks: tuple[bytes, bytes]
) -> dict[str, Any]:
    """The documents row with its key wrapped for the team; its ciphertext copied."""
    if row["wrapped_key"] is None:
        return row
    document_id = row["document_id"]
    file_key = unwrap_file_key(keks[0], bytes(row["wrapped_key"]), document_id)
    path = documents_dir / row["stored_name"]
    try:
        with path.open("rb") as handle:
            part = 0
            while chunk := handle.read(_CHUNK):
                connection.execute(
                    insert(PARTS).values(document_id=document_id, part=part, data=chunk)
                )
                part += 1
    except OSError as problem:
        raise VaultError(
            "The encrypted file of document {document_id} could not be read ({reason}): "
            "nothing was copied to the team database.",
            document_id=document_id,
            reason=problem.strerror or type(problem).__name__,
        ) from None
    return {
        **row,
        "stored_name": document_id + DOCUMENT_SUFFIX,
        "wrapped_key": wrap_file_key(keks[1], file_key, document_id),
    }


def copy_vault(
    connection: Connection,
    source: Engine,
    documents_dir: Path,
    database_key: bytes,
    admin: AdminAccount,
    now: datetime,
    record_migration: Callable[[sessionmaker[Session], Counts], None],
) -> Migrated:
    """Set up the team database of ``connection`` (empty; in a transaction the caller
    commits or rolls back) and copy the vault of ``source`` into it; ``IntegrityError`` if the
    counts or the audit chain on the server are not the vault's. ``record_migration`` appends
    the migration's audit entry through a unit of work on the sessions it is given (joined to
    this transaction), after the vault's entries and before the chain is verified."""
    from alembic import command

    from dsr_desk.storage.migrate import alembic_config

    command.upgrade(alembic_config(connection), "head")
    team_key, recovery_key = team_keys.new_team_key(), new_recovery_key()
    cipher = TeamCipher(team_key, 1)
    install_team_cipher(connection.engine, cipher)
    connection.execute(delete(tables.users))  # migration 0020's workstation owner
    team_keys.save_holder(connection, team_keys.holder_for_recovery(recovery_key, team_key, 1), now)
    team_keys.save_holder(
        connection, team_keys.holder_for_user(admin.name, admin.password, team_key, 1), now
    )
    connection.execute(
        insert(tables.users).values(
            name=admin.name,
            role="dpo",
            password_hash=admin.password_hash,
            is_owner=False,
            failed_count=0,
            created_at=now,
        )
    )
    keks = (derive_document_kek(database_key), document_kek_of(team_key))
    with source.connect() as reading:
        before = count_register(reading)
        users = tables.users
        accounts_left = tuple(
            reading.execute(
                select(users.c.name).where(~users.c.is_owner, users.c.removed_at.is_(None))
            ).scalars()
        )
        for table in tables.metadata.sorted_tables:
            if table.name in _NOT_COPIED:
                continue
            for batch in _rows(reading, table):
                rows = batch
                if table is tables.documents:
                    rows = [_copy_document(connection, row, documents_dir, keks) for row in batch]
                connection.execute(insert(table), rows)
        people = tables.requesters
        blind_index.rebuild(
            connection,
            cipher,
            [
                (int(row.id), row.name, row.email)
                for row in reading.execute(select(people.c.id, people.c.name, people.c.email))
            ],
        )
    _move_sequences(connection)

    after = count_register(connection)
    start_mappers()
    record_migration(sessionmaker(bind=connection, expire_on_commit=False), before)
    session = Session(bind=connection)
    trail = SqlAuditTrail(session)
    chain = verify_chain(trail.entries(), trail.head())
    session.close()
    copied = {
        "requests": after.requests == before.requests,
        "requesters": after.requesters == before.requesters,
        "documents": after.documents == before.documents,
        "stored documents": len(stored_document_ids(connection)) == before.stored_documents,
        "audit entries": after.audit_entries == before.audit_entries,
    }
    wrong = [what for what, same in copied.items() if not same]
    if wrong:
        raise IntegrityError(
            "The team database does not hold what the vault holds ({what}): nothing was copied.",
            what=", ".join(wrong),
        )
    if not chain.ok:
        raise IntegrityError(
            "The audit log on the team database does not verify ({problem}): nothing was "
            "copied. Run `dsr-desk audit verify` on the vault.",
            problem=chain.message,
        )
    final = count_register(connection)
    return Migrated(recovery_key, before, final, chain.message, accounts_left)
