"""The hash-chained audit log: each entry commits to the previous one, so any altered,
deleted or reordered entry is found by walking the chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from dsr_desk.messages import Text

GENESIS_HASH = "0" * 64


def canonical_details(details: Mapping[str, Any]) -> str:
    """The exact JSON text that is stored and hashed (sorted keys, no spaces, UTF-8)."""
    return json.dumps(
        details, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )


def entry_hash(
    prev_hash: str, at: str, user: str, action: str, request_ref: str | None, details_json: str
) -> str:
    """SHA-256 over the previous hash and the entry's own fields (not its position)."""
    payload = json.dumps(
        [prev_hash, at, user, action, request_ref, details_json],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str  # ISO 8601 UTC instant, as stored and hashed
    user: str
    action: str
    request_ref: str | None
    details_json: str
    prev_hash: str
    hash: str

    @property
    def details(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.details_json)
        return loaded

    def recomputed_hash(self) -> str:
        return entry_hash(
            self.prev_hash, self.at, self.user, self.action, self.request_ref, self.details_json
        )


def make_entry(
    *,
    seq: int,
    prev_hash: str,
    at: datetime,
    user: str,
    action: str,
    request_ref: str | None,
    details: Mapping[str, Any],
) -> AuditEntry:
    if at.tzinfo is None:
        raise ValueError("audit instants must be timezone-aware")
    at_text = at.isoformat(timespec="microseconds")
    details_json = canonical_details(details)
    digest = entry_hash(prev_hash, at_text, user, action, request_ref, details_json)
    return AuditEntry(seq, at_text, user, action, request_ref, details_json, prev_hash, digest)


class ChainProblem(StrEnum):
    ALTERED = "altered"
    DELETED = "deleted"
    REORDERED = "reordered"
    UNANCHORED = "unanchored"  # the anchor file is missing, unreadable or altered


@dataclass(frozen=True)
class ChainReport:
    checked: int
    problem: ChainProblem | None = None
    seq: int | None = None
    # what the walk found (a ``Text``, or an error), translated where it is shown: ``message``
    text: object = field(default_factory=lambda: Text("audit log intact"))
    head: ChainHead | None = None  # the last entry, when the log is intact

    @property
    def message(self) -> str:
        """What the walk found, in the display language."""
        return str(self.text)

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class ChainHead:
    """The last entry's position and hash, kept apart so that a dropped tail is detected."""

    seq: int
    hash: str


def verify_chain(
    entries: Iterable[AuditEntry], head: ChainHead | None, anchor: ChainHead | None = None
) -> ChainReport:
    """Walk the chain in position order and name the first entry that breaks it; then check
    its end against the head stored in the database and the ``anchor`` kept outside it."""
    listed = list(entries)
    known_hashes = {e.hash: e.seq for e in listed}
    prev_hash, expected_seq = GENESIS_HASH, 1
    for entry in listed:
        if entry.seq != expected_seq:
            return ChainReport(
                expected_seq - 1,
                ChainProblem.DELETED,
                expected_seq,
                Text("audit entry #{seq} is missing (deleted)", seq=expected_seq),
            )
        if entry.recomputed_hash() != entry.hash:
            return ChainReport(
                expected_seq - 1,
                ChainProblem.ALTERED,
                entry.seq,
                Text(
                    "audit entry #{seq} was altered (its content no longer matches its hash)",
                    seq=entry.seq,
                ),
            )
        if entry.prev_hash != prev_hash:
            if entry.prev_hash in known_hashes:
                return ChainReport(
                    expected_seq - 1,
                    ChainProblem.REORDERED,
                    entry.seq,
                    Text(
                        "audit entry #{seq} is out of order (it followed entry #{previous} "
                        "when it was written)",
                        seq=entry.seq,
                        previous=known_hashes[entry.prev_hash],
                    ),
                )
            return ChainReport(
                expected_seq - 1,
                ChainProblem.DELETED,
                entry.seq,
                Text(
                    "the audit entry before #{seq} is missing (deleted or replaced)", seq=entry.seq
                ),
            )
        prev_hash, expected_seq = entry.hash, expected_seq + 1
    last_seq = expected_seq - 1
    if head is not None and (head.seq != last_seq or head.hash != prev_hash):
        if head.seq > last_seq:
            return ChainReport(
                last_seq,
                ChainProblem.DELETED,
                last_seq + 1,
                Text(
                    "audit entries #{first} to #{last} are missing (deleted)",
                    first=last_seq + 1,
                    last=head.seq,
                ),
            )
        return ChainReport(
            last_seq,
            ChainProblem.ALTERED,
            last_seq,
            Text("audit entry #{seq} does not match the recorded end of the log", seq=last_seq),
        )
    if head is None and last_seq > 0:
        return ChainReport(
            last_seq,
            ChainProblem.DELETED,
            None,
            Text("the recorded end of the audit log is missing (deleted)"),
        )
    if anchor is not None:
        if last_seq < anchor.seq:
            return ChainReport(
                last_seq,
                ChainProblem.DELETED,
                last_seq + 1,
                Text(
                    "audit entries #{first} to #{last} are missing: the log ends before its "
                    "anchor (an older copy of the database, or its last entries were removed)",
                    first=last_seq + 1,
                    last=anchor.seq,
                ),
            )
        anchored_hash = prev_hash if anchor.seq == last_seq else None
        if anchor.seq < last_seq:
            anchored_hash = GENESIS_HASH if anchor.seq == 0 else listed[anchor.seq - 1].hash
        if anchored_hash != anchor.hash:
            return ChainReport(
                last_seq,
                ChainProblem.ALTERED,
                anchor.seq,
                Text(
                    "audit entry #{seq} is not the one anchored (the database was replaced or "
                    "its log rewritten)",
                    seq=anchor.seq,
                ),
            )
    return ChainReport(
        last_seq,
        text=Text("audit log intact: {count} entries verified", count=last_seq),
        head=ChainHead(last_seq, prev_hash),
    )
