"""``rotate-team-key``: a new team key replaces the old one on the team's PostgreSQL server, in
one transaction.

The personal fields are encrypted with a key derived from the team key directly (no per-row
data keys): a rotation decrypts every personal field with the old key and encrypts it again
with the new one, rebuilds the blind index under the new index key, wraps every document's
file key again (``storage.team_documents``; the ciphertext stays), and seals the new team
key to every remaining holder (each user's key pair, the recovery key's). The cost is one
pass over the personal columns — seconds for a DPO office's register — and the gain is that
afterwards the old team key opens nothing on the server: a removed user's saved copy of their
old key row, with their password, yields a key that decrypts no field and computes no token.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text, column, select, table, update
from sqlalchemy.engine import Connection

from dsr_desk.storage import blind_index, tables, team_keys
from dsr_desk.storage.document_crypto import unwrap_file_key, wrap_file_key
from dsr_desk.storage.team_crypto import TeamCipher
from dsr_desk.storage.team_documents import document_kek_of


def _reencrypt_column(
    connection: Connection, old: TeamCipher, new: TeamCipher, table_name: str, column_name: str
) -> int:
    """Decrypt each value of one personal column with ``old`` and store it under ``new`` (the
    column read and written as bare text, past ``tables.PersonalText``)."""
    label = f"{table_name}.{column_name}"
    raw = table(table_name, column("id"), column(column_name, Text))
    rows = connection.execute(
        select(raw.c.id, raw.c[column_name]).where(raw.c[column_name].is_not(None))
    ).all()
    for row_id, stored in rows:
        plain = old.open(label, stored)
        connection.execute(
            update(raw).where(raw.c.id == row_id).values({column_name: new.seal(label, plain)})
        )
    return len(rows)


def _rewrap_document_keys(connection: Connection, old: TeamCipher, new: TeamCipher) -> int:
    """Wrap every live document's file key again, under the new team key's document KEK (the
    ciphertext on the server stays as it is: its file key does not change)."""
    old_kek = document_kek_of(old.team_key)
    new_kek = document_kek_of(new.team_key)
    docs = tables.documents
    rows = connection.execute(
        select(docs.c.id, docs.c.document_id, docs.c.wrapped_key).where(
            docs.c.wrapped_key.is_not(None)
        )
    ).all()
    for row_id, document_id, wrapped in rows:
        file_key = unwrap_file_key(old_kek, bytes(wrapped), document_id)
        connection.execute(
            update(docs)
            .where(docs.c.id == row_id)
            .values(wrapped_key=wrap_file_key(new_kek, file_key, document_id))
        )
    return len(rows)


def rotate_team_key(connection: Connection, old: TeamCipher, now: datetime) -> TeamCipher:
    """Re-encrypt everything under a new team key and re-seal it to every holder; returns the
    new cipher (to install on the engine once the transaction is committed)."""
    new = TeamCipher(team_keys.new_team_key(), old.generation + 1)
    for table_name, column_name in tables.PERSONAL_COLUMNS:
        _reencrypt_column(connection, old, new, table_name, column_name)
    people = tables.requesters
    raw = table(people.name, column("id"), column("name", Text), column("email", Text))
    rows = connection.execute(select(raw.c.id, raw.c.name, raw.c.email)).all()
    blind_index.rebuild(
        connection,
        new,
        [
            (
                int(row_id),
                new.open("requesters.name", name),
                None if email is None else new.open("requesters.email", email),
            )
            for row_id, name, email in rows
        ],
    )
    _rewrap_document_keys(connection, old, new)
    for holder in team_keys.load_holders(connection):
        team_keys.save_holder(
            connection, team_keys.resealed(holder, new.team_key, new.generation), now
        )
    return new
