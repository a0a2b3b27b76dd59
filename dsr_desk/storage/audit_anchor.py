"""The audit log's head anchored outside the database, so that the database cannot be silently
truncated or rolled back.

``audit-anchor.json`` (beside ``vault.json``, not in it: the key wraps are not rewritten at
every commit) holds the position and hash of the log's last entry, authenticated with an
HMAC-SHA256 key derived from the vault's database key (HKDF with its own label). It is
replaced atomically under a file lock, after each commit that added entries. A crash between
the commit and that write leaves it behind, so at open a database whose log chains forward
from the anchor is accepted and the anchor advanced; a log that ends before the anchor, or
does not pass through it, is refused (``VaultRefused``).

What it proves: the database file was not swapped for an older copy, nor its last entries
dropped, by someone without the key. Someone holding the key can rewrite the log whole and
authenticate a new anchor: the head hash that ``dsr-desk audit verify`` prints, noted on paper,
is the check against that.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Final

from dsr_desk.domain.audit import GENESIS_HASH, AuditEntry, ChainHead
from dsr_desk.domain.errors import IntegrityError, VaultRefused
from dsr_desk.messages import N_, Text
from dsr_desk.storage.atomic import atomic_replace
from dsr_desk.storage.file_lock import exclusive_lock
from dsr_desk.storage.key_wrapping import derive_subkey
from dsr_desk.storage.plain_sql import SqlConnection, rows

ANCHOR_FILE: Final = "audit-anchor.json"
LOCK_FILE: Final = "audit-anchor.lock"
FORMAT: Final = 1
EMPTY_HEAD: Final = ChainHead(0, GENESIS_HASH)
#: ``Session.info`` key under which a vault's sessions find its anchor (``SqlUnitOfWork``).
AUDIT_ANCHOR_INFO: Final = "dsr_desk.audit_anchor"

_KEY_INFO: Final = b"DSR Desk audit anchor MAC key v1\x00"
_MAC_PREFIX: Final = b"DSR Desk audit anchor v1\x00"

RESTORE_HINT: Final = N_(
    "Nothing was changed. Restore the data folder from a backup "
    "(see the README, 'When the vault is refused')."
)


def anchor_mac_key(database_key: bytes) -> bytes:
    """HKDF-SHA256 of the database key with the anchor's own label: independent of the
    database key and of the documents' key-encryption key."""
    return derive_subkey(database_key, _KEY_INFO)


def _mac(mac_key: bytes, head: ChainHead) -> str:
    message = _MAC_PREFIX + f"{head.seq}\x00{head.hash}".encode("ascii")
    return hmac.new(mac_key, message, sha256).hexdigest()


@dataclass(frozen=True)
class AuditAnchor:
    """One vault's anchor file and the key that authenticates it."""

    data_dir: Path
    mac_key: bytes

    @classmethod
    def for_key(cls, data_dir: Path, database_key: bytes) -> AuditAnchor:
        return cls(data_dir, anchor_mac_key(database_key))

    def __repr__(self) -> str:  # never the key
        return f"AuditAnchor({str(self.data_dir)!r})"

    @property
    def path(self) -> Path:
        return self.data_dir / ANCHOR_FILE

    def read(self) -> ChainHead | None:
        """The anchored head; None if there is no anchor file. ``IntegrityError`` if it is
        unreadable, altered, or authenticated with another key."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as problem:
            raise IntegrityError(
                "The audit anchor {path} cannot be read ({reason}).",
                path=self.path,
                reason=problem.strerror,
            ) from None
        try:
            loaded = json.loads(raw.decode("utf-8"))
            head = ChainHead(int(loaded["seq"]), str(loaded["hash"]))
            mac = str(loaded["mac"])
            shape_ok = loaded["format"] == FORMAT and head.seq >= 0 and len(head.hash) == 64
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            shape_ok, mac, head = False, "", EMPTY_HEAD
        if not shape_ok or not hmac.compare_digest(mac, _mac(self.mac_key, head)):
            raise IntegrityError(
                "The audit anchor {path} was altered or does not belong to this vault.",
                path=self.path,
            )
        return head

    def write(self, head: ChainHead) -> None:
        """Anchor ``head``, whatever was anchored before (creation, re-anchoring)."""
        with exclusive_lock(self.data_dir / LOCK_FILE):
            self._replace(head)

    def advance(self, head: ChainHead) -> None:
        """Anchor ``head`` unless the anchor is already there or further (another process
        committed after us): the anchor never moves back."""
        with exclusive_lock(self.data_dir / LOCK_FILE):
            current = self.read()
            if current is None or head.seq > current.seq:
                self._replace(head)

    def _replace(self, head: ChainHead) -> None:
        record = {"format": FORMAT, "seq": head.seq, "hash": head.hash}
        record["mac"] = _mac(self.mac_key, head)
        atomic_replace(self.path, (json.dumps(record, indent=1) + "\n").encode("utf-8"))


def reanchor(data_dir: Path, key: bytes, head: ChainHead) -> None:
    """Authenticate the anchor of ``head`` under ``key`` (after a key rotation: the new
    database key; after a deliberate re-anchoring: the restored database's head)."""
    AuditAnchor.for_key(data_dir, key).write(head)


# --- the database's side, in plain SQL (no SQLAlchemy: the GUI opens the vault without it) --


def last_entry_head(db: SqlConnection) -> ChainHead:
    """The position and hash of the log's last entry (``EMPTY_HEAD`` for an empty log)."""
    found = rows(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    return ChainHead(int(found[0][0]), str(found[0][1])) if found else EMPTY_HEAD


def chain_heads(db: SqlConnection) -> tuple[ChainHead | None, ChainHead]:
    """The head stored in the database (``audit_head``; None if that row is missing) and the
    log's last entry, read in one statement: one snapshot (another process may commit
    between two statements)."""
    found = rows(
        db,
        "SELECT (SELECT seq FROM audit_head WHERE id = 1), (SELECT hash FROM audit_head "
        "WHERE id = 1), (SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1), (SELECT hash "
        "FROM audit_log ORDER BY seq DESC LIMIT 1)",
    )
    stored_seq, stored_hash, last_seq, last_hash = found[0]
    stored = None if stored_seq is None else ChainHead(int(stored_seq), str(stored_hash))
    last = EMPTY_HEAD if last_seq is None else ChainHead(int(last_seq), str(last_hash))
    return stored, last


def _entries_from(db: SqlConnection, seq: int) -> Sequence[AuditEntry]:
    found = rows(
        db,
        'SELECT seq, at, "user", action, request_ref, details, prev_hash, hash '
        "FROM audit_log WHERE seq >= ? ORDER BY seq",
        [seq],
    )
    return [AuditEntry(int(row[0]), *row[1:]) for row in found]


def log_problem(db: SqlConnection, anchored: ChainHead) -> Text | None:
    """Why the database's audit log does not match the anchor, or None when it ends at the
    anchor or chains forward from it (entries committed after the anchor's last write)."""
    stored, last = chain_heads(db)
    if stored is None and last.seq > 0:
        return Text("the recorded end of its audit log is missing (deleted)")
    if stored is not None and stored != last:
        return Text(
            "its audit log ends at entry #{last} but its recorded end is entry "
            "#{stored} (entries were removed or altered)",
            last=last.seq,
            stored=stored.seq,
        )
    if last.seq < anchored.seq:
        return Text(
            "its audit log ends at entry #{last} but was anchored at entry "
            "#{anchored}: it is an older copy, or its last entries were removed",
            last=last.seq,
            anchored=anchored.seq,
        )
    if last == anchored:
        return None
    previous = GENESIS_HASH
    for expected, entry in enumerate(_entries_from(db, max(anchored.seq, 1)), anchored.seq or 1):
        if entry.seq != expected or entry.recomputed_hash() != entry.hash:
            return Text("its audit log was altered at entry #{seq}", seq=expected)
        if entry.seq == anchored.seq:
            if entry.hash != anchored.hash:
                return Text(
                    "its audit entry #{seq} is not the one anchored (replaced)", seq=entry.seq
                )
        elif entry.prev_hash != previous:
            return Text("its audit entry #{seq} does not follow the anchored log", seq=entry.seq)
        previous = entry.hash
    return None


def settle_at_open(
    db: SqlConnection, anchor: AuditAnchor, *, anchor_expected: bool, strict: bool = True
) -> None:
    """Check the database against the anchor at open and advance the anchor if the log
    chains forward from it. Without an anchor file: refused if the vault should have one
    (``anchor_expected``), else (a vault made before anchoring existed) anchored now.
    ``strict=False`` (``audit verify``, a deliberate re-anchoring) reports nothing here."""
    try:
        anchored = anchor.read()
    except IntegrityError as unreadable:
        if strict:
            raise VaultRefused(
                "{unreadable} {restore_hint}",
                unreadable=unreadable,
                restore_hint=Text(RESTORE_HINT),
            ) from None
        return
    if anchored is None:
        if anchor_expected:
            if strict:
                raise VaultRefused(
                    "The audit anchor {path} is missing: the vault cannot prove that its "
                    "database is complete and current. {restore_hint}",
                    path=anchor.path,
                    restore_hint=Text(RESTORE_HINT),
                )
            return
        stored, last = chain_heads(db)
        if stored == (None if last.seq == 0 else last):
            anchor.write(last)  # a broken log stays unanchored: `audit verify` names it
        return
    mismatch = log_problem(db, anchored)
    if mismatch is not None:
        if strict:
            raise VaultRefused(
                "The vault database was refused: {mismatch}. {restore_hint}",
                mismatch=mismatch,
                restore_hint=Text(RESTORE_HINT),
            )
        return
    last = last_entry_head(db)
    if last.seq > anchored.seq:
        anchor.advance(last)
