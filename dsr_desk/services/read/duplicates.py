"""Possible duplicate requesters: people already on file under the same e-mail address or the
same name (ignoring case, accents, hyphens and spacing), with their latest requests. The
new-request dialog shows them as hints while the user types.

Plain SQL on a DB-API connection (see the package's docstring). SQLite's ``lower`` and ``LIKE``
only know ASCII (so does PostgreSQL's ``lower`` under the C collation), so the SQL narrows the
candidates and Python compares the names' folded forms (``domain.text.fold``: "Łukasz" and
"Lukasz" are the same name).
"""

# ruff: noqa: S608 - SQL assembled from this module's fixed fragments; every value is bound

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requesters import normalise_email
from dsr_desk.domain.text import fold
from dsr_desk.services.read.queries import reveal
from dsr_desk.storage.plain_sql import (
    POSTGRESQL,
    SqlConnection,
    dialect_of,
    non_ascii,
    placeholders,
    rows,
)

MAX_HINTS: Final = 5
MAX_REFERENCES_PER_HINT: Final = 5


@dataclass(frozen=True)
class KnownRequest:
    reference: str
    status: str  # Status value, e.g. "in-progress"


@dataclass(frozen=True)
class DuplicateHint:
    """A requester already on file who may be the person being registered."""

    name: str
    email: str | None
    same_email: bool
    same_name: bool
    requests: tuple[KnownRequest, ...]  # most recent first, at most MAX_REFERENCES_PER_HINT
    more_requests: int  # how many older ones were left out


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def name_key(name: str) -> str:
    """A name compared regardless of case, accents, hyphens and spacing."""
    return _NON_ALNUM.sub(" ", fold(name)).strip()


def _address(text: str) -> str | None:
    try:
        return normalise_email(text)
    except ValidationError:
        return None


def find_possible_duplicates(
    db: SqlConnection, name: str, email: str | None
) -> list[DuplicateHint]:
    """Requesters with the same e-mail, or the same name ignoring case and accents.

    The SQL keeps (a) pure-ASCII names that match case-insensitively and (b) names with any
    non-ASCII character (``plain_sql.non_ascii``); Python compares the folded forms of those.
    """
    address = _address(email or "")
    key = name_key(name or "")
    if dialect_of(db) == POSTGRESQL:
        return _team_duplicates(db, key, address)
    matches: dict[int, set[str]] = {}
    if address is not None:
        for (requester_id,) in rows(db, "SELECT id FROM requesters WHERE email = ?", [address]):
            matches.setdefault(requester_id, set()).add("email")
    if key:
        pattern = "%" + "%".join(key.split()) + "%"  # the key is only [0-9a-z ]
        candidates = rows(
            db,
            "SELECT id, name FROM requesters WHERE lower(name) LIKE ? OR "
            + non_ascii("name", dialect_of(db)),
            [pattern],
        )
        for requester_id, known_name in candidates:
            if name_key(known_name) == key:
                matches.setdefault(requester_id, set()).add("name")
    if not matches:
        return []
    return _hints(db, matches)


def _team_duplicates(db: SqlConnection, key: str, address: str | None) -> list[DuplicateHint]:
    """On a team database names and e-mails are encrypted: they are read, decrypted and
    compared here (the folded names, the normalised addresses)."""
    matches: dict[int, set[str]] = {}
    people = reveal(db, rows(db, "SELECT id, name, email FROM requesters"), _PERSONAL)
    for requester_id, known_name, known_email in people:
        if address is not None and known_email == address:
            matches.setdefault(requester_id, set()).add("email")
        if key and name_key(known_name) == key:
            matches.setdefault(requester_id, set()).add("name")
    return _hints(db, matches) if matches else []


_PERSONAL: Final = {1: "requesters.name", 2: "requesters.email"}


def _hints(db: SqlConnection, matches: dict[int, set[str]]) -> list[DuplicateHint]:
    ids = sorted(matches)
    among = f"IN ({placeholders(len(ids))})"
    people = reveal(
        db,
        rows(db, f"SELECT id, name, email FROM requesters WHERE id {among} ORDER BY id", ids),
        _PERSONAL,
    )
    history: dict[int, list[KnownRequest]] = {}
    requests = rows(
        db,
        f"SELECT requester_id, reference, status FROM requests WHERE requester_id {among} "
        "ORDER BY received_on DESC, reference DESC",
        ids,
    )
    for requester_id, reference, status in requests:
        history.setdefault(requester_id, []).append(KnownRequest(reference, str(status)))
    hints = [
        DuplicateHint(
            name=known_name,
            email=known_email,
            same_email="email" in matches[requester_id],
            same_name="name" in matches[requester_id],
            requests=tuple(history.get(requester_id, [])[:MAX_REFERENCES_PER_HINT]),
            more_requests=max(0, len(history.get(requester_id, [])) - MAX_REFERENCES_PER_HINT),
        )
        for requester_id, known_name, known_email in people
    ]
    # Newest reference first, then (stable) same e-mail and name, same e-mail, with requests.
    hints.sort(key=lambda h: h.requests[0].reference if h.requests else "", reverse=True)
    hints.sort(key=lambda h: (not (h.same_email and h.same_name), not h.same_email, not h.requests))
    return hints[:MAX_HINTS]


def status_label(status: str) -> str:
    """ "in-progress" → "in progress" (for hints and lists)."""
    return status.replace("-", " ")


def describe_requests(requests: Iterable[KnownRequest], more: int = 0) -> str:
    text = ", ".join(f"{r.reference} ({status_label(r.status)})" for r in requests)
    if more:
        text += f", and {more} older"
    return text or "no request on file"
