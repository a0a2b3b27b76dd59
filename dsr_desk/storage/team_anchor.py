"""Team mode: each client remembers the last head of the team's audit chain it saw, so that a
server whose chain went backwards (an older copy of the database restored, entries dropped) or
forked (the entry the client saw was replaced) is reported instead of trusted.

The head is kept in the client's data folder, one anchor per team database
(``team-anchors/<id>/audit-anchor.json``, ``<id>`` derived from the server, port and database
name), by the workstation's ``storage.audit_anchor`` machinery: checked when the client
connects, checked again before each write, advanced after each commit and whenever the client
connects and finds the chain grown from the head it saw. Colleagues' entries in between are
fine: the chain only has to pass through the remembered entry.

The anchor is authenticated with a random key kept beside it (the team key rotates, and the
server must not be able to forge the anchor): it protects against the server, not against
someone who can write this computer's data folder.
"""

from __future__ import annotations

import os
import secrets
from hashlib import sha256
from pathlib import Path
from typing import Final

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from dsr_desk.domain.errors import IntegrityError, VaultRefused
from dsr_desk.messages import N_, Text
from dsr_desk.storage.atomic import atomic_replace
from dsr_desk.storage.audit_anchor import AuditAnchor, chain_heads, last_entry_head, log_problem
from dsr_desk.storage.engine import dbapi_of

TEAM_ANCHORS_DIR: Final = "team-anchors"
KEY_FILE: Final = "anchor-key"

SERVER_HINT: Final = N_(
    "Nothing was changed. Tell the team database's administrator and the DPO: the server may "
    "have been restored from an older backup or tampered with."
)


def team_anchor_folder(data_dir: Path, url: URL) -> Path:
    """This client's folder for the team database at ``url`` (server, port, database)."""
    where = f"{(url.host or '').lower()}:{url.port or 5432}/{url.database or ''}"
    return data_dir / TEAM_ANCHORS_DIR / sha256(where.encode("utf-8")).hexdigest()[:24]


def team_anchor(data_dir: Path, url: URL) -> AuditAnchor:
    """The anchor of the team database at ``url`` on this client (its key made if new)."""
    folder = team_anchor_folder(data_dir, url)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    key_path = folder / KEY_FILE
    try:
        key = key_path.read_bytes()
    except FileNotFoundError:
        key = b""
    if len(key) != 32:
        key = secrets.token_bytes(32)
        atomic_replace(key_path, key)
        os.chmod(key_path, 0o600)
        (folder / "audit-anchor.json").unlink(missing_ok=True)  # under another key: unreadable
    return AuditAnchor(folder, key)


def start_team_anchor(engine: Engine, anchor: AuditAnchor) -> None:
    """A team database just created by this client: its chain starts here."""
    with engine.connect() as connection:
        anchor.write(last_entry_head(dbapi_of(connection)))


def check_team_chain(engine: Engine, anchor: AuditAnchor) -> None:
    """At connect: refuse (``VaultRefused``) a server whose audit chain went backwards or
    forked since this client last saw it; else remember its head now. A client that never saw
    this database remembers its head from now on."""
    try:
        anchored = anchor.read()
    except IntegrityError as unreadable:
        raise VaultRefused(
            "{unreadable} Delete the folder {folder} to trust the team database's log as it "
            "is now.",
            unreadable=unreadable,
            folder=anchor.data_dir,
        ) from None
    with engine.connect() as connection:
        db = dbapi_of(connection)
        if anchored is None:
            stored, last = chain_heads(db)
            if stored == (None if last.seq == 0 else last):
                anchor.write(last)
            return
        mismatch = log_problem(db, anchored)
        if mismatch is not None:
            raise VaultRefused(
                "The team database was refused: {mismatch}. This computer last saw its audit "
                "log at entry #{seq}. {hint}",
                mismatch=mismatch,
                seq=anchored.seq,
                hint=Text(SERVER_HINT),
            )
        last = last_entry_head(db)
        if last.seq > anchored.seq:
            anchor.advance(last)
