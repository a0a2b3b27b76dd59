"""The keyed blind index of requesters' names and e-mails on a team's PostgreSQL server
(``requester_search_tokens``): HMAC tokens (``team_crypto.TeamCipher.requester_tokens``)
written by the application whenever a requester is written, so that search-as-you-type and
"same e-mail" lookups work on the server without any plaintext there.

A search term matches a requester holding all the term's tokens (every trigram of the folded
term; one or two characters: a whole word). Trigrams all present but apart ("ab" + "bc" in
"xabyybcz" for "abc") can match too: a rare extra line, never a missed one. Tokens repeat
between requesters who share a trigram, as any deterministic index does; the key stays with
the team (derived from the team key), so the server cannot compute them for guessed names.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from dsr_desk.storage import tables
from dsr_desk.storage.team_crypto import (
    SEARCH_TOKENS_TABLE,
    TeamCipher,
    cipher_of_dialect,
    search_sql,
)

TOKENS = tables.requester_search_tokens
assert TOKENS.name == SEARCH_TOKENS_TABLE
__all__ = ["ids_with_email", "rebuild", "search_sql", "write_requester_tokens"]


def write_requester_tokens(
    connection: Connection, requester_id: int, name: str, email: str | None, *, new: bool = False
) -> None:
    """Replace requester ``requester_id``'s tokens (team mode only; nothing on SQLite);
    ``new``: the requester was just inserted, it has none to delete yet."""
    if connection.dialect.name != "postgresql":
        return
    cipher = cipher_of_dialect(connection.dialect)
    _write(connection, cipher, requester_id, name, email, new=new)


def _write(
    connection: Connection,
    cipher: TeamCipher,
    requester_id: int,
    name: str,
    email: str | None,
    *,
    new: bool = False,
) -> None:
    if not new:
        connection.execute(delete(TOKENS).where(TOKENS.c.requester_id == requester_id))
    rows = [
        {"requester_id": requester_id, "token": token}
        for token in sorted(cipher.requester_tokens(name, email))
    ]
    if rows:
        connection.execute(insert(TOKENS), rows)


def rebuild(
    connection: Connection, cipher: TeamCipher, people: Sequence[tuple[int, str, str | None]]
) -> None:
    """Every requester's tokens again, under ``cipher`` (after a key rotation)."""
    connection.execute(delete(TOKENS))
    for requester_id, name, email in people:
        _write(connection, cipher, requester_id, name, email, new=True)


def ids_with_email(connection: Connection, email: str) -> list[int]:
    cipher = cipher_of_dialect(connection.dialect)
    statement = select(TOKENS.c.requester_id).where(TOKENS.c.token == cipher.email_token(email))
    return [int(value) for value in connection.execute(statement).scalars()]
