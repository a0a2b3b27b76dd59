"""Team mode: colleagues' changes, told by the server. Every commit that changed something
sends, in its own transaction (so only once committed), a PostgreSQL notification on
``dsr_desk_changes`` whose payload is what changed (``domain.changes.Changes``): the request
references, the kinds of facts, the audit log's new head position, and which client sent it.
References, flags and sequence numbers are no personal data.

A client listens on its own connection (``ChangeListener``, psycopg with ``LISTEN``) and turns
the notifications of the others into ``Changes``, which the GUI hands to its open views as it
does for its own writes (``ui.colleagues``).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from typing import Any, Final
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, text

from dsr_desk.domain.changes import NO_CHANGES, Changes

CHANNEL: Final = "dsr_desk_changes"
#: Each engine (a client) names itself in its notifications: its own writes are published
#: already (``UnitOfWork``), its listener skips them.
_ORIGINS: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()
#: PostgreSQL refuses payloads of 8000 bytes or more: beyond this, "everything changed".
MAX_PAYLOAD: Final = 7000
_FLAGS: Final = ("entities", "register", "settings", "letters", "documents", "backups", "audit")


def origin_of(engine: Engine) -> str:
    """The name ``engine`` (this client) signs its notifications with."""
    return _ORIGINS.setdefault(engine, secrets.token_hex(8))


def payload_of(changes: Changes, head_seq: int | None, origin: str) -> str:
    """The notification's text for ``changes`` (JSON)."""
    record: dict[str, Any] = {"origin": origin, "seq": head_seq}
    if changes.everything:
        record["everything"] = True
    else:
        record["requests"] = sorted(changes.requests)
        record["flags"] = [flag for flag in _FLAGS if getattr(changes, flag)]
    encoded = json.dumps(record, separators=(",", ":"))
    if len(encoded.encode("utf-8")) <= MAX_PAYLOAD:
        return encoded
    return json.dumps({"origin": origin, "seq": head_seq, "everything": True})


def changes_of(payload: str) -> tuple[str, Changes]:
    """The sender and the ``Changes`` of a notification; one that cannot be read says that
    everything may have changed (the views reload: nothing is missed)."""
    try:
        record = json.loads(payload)
        origin = str(record.get("origin", ""))
        if record.get("everything"):
            return origin, Changes(everything=True)
        flags = {str(flag) for flag in record.get("flags", ())}
        return origin, Changes(
            requests=frozenset(str(ref) for ref in record.get("requests", ())),
            **{flag: flag in flags for flag in _FLAGS},
        )
    except (ValueError, TypeError, AttributeError):
        return "", Changes(everything=True)


def notify(connection: Connection, changes: Changes, head_seq: int | None) -> None:
    """Queue the notification of ``changes`` in ``connection``'s transaction (sent at its
    commit, dropped at its rollback)."""
    connection.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {
            "channel": CHANNEL,
            "payload": payload_of(changes, head_seq, origin_of(connection.engine)),
        },
    )


def change_source(engine: Engine) -> tuple[str, str]:
    """What a listener needs of a team database's engine: its connection string and the
    origin its own notifications carry (so that they are skipped)."""
    return conninfo_of(engine), origin_of(engine)


def conninfo_of(engine: Engine) -> str:
    """The libpq connection string of the engine's URL (TLS options included)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """A connection of its own that listens on ``CHANNEL``; ``wait`` returns what the other
    clients than ``origin`` (``origin_of`` the client's engine) changed. Used from one thread
    (the listening thread)."""

    def __init__(self, conninfo: str, origin: str) -> None:
        import psycopg

        self._origin = origin
        self._connection = psycopg.connect(conninfo, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> Changes:
        """What the other clients committed, waiting up to ``timeout`` seconds for a first
        notification (then taking those already arrived); ``NO_CHANGES`` if none came."""
        changes = NO_CHANGES
        for payload in self._received(timeout):
            origin, told = changes_of(payload)
            if origin != self._origin:
                changes |= told
        return changes

    def _received(self, timeout: float) -> Iterator[str]:
        first = list(self._connection.notifies(timeout=timeout, stop_after=1))
        if not first:
            return
        yield first[0].payload
        for notification in self._connection.notifies(timeout=0.01):
            yield notification.payload

    def close(self) -> None:
        self._connection.close()
