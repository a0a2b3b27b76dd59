"""What a write changed, as a value: which requests, and which other kinds of facts.

Every committed write adds an audit entry (a legal rule of the app), so the audit action names
what changed: ``Changes.from_audit(action, request_ref)`` maps it through ``ACTION_CHANGES``,
the one table of what each action touches. The unit of work adds up the ``Changes`` of the
entries it records and, on a successful commit, publishes them to whoever collects them on
this thread (``collect_changes``): the GUI's database worker sends them back with the answer
and the open views reload what they show if it is among them. Team mode will feed the same
values from colleagues' audit entries.

Pure and cheap to import (the first screen's ``ui.ops`` imports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import Flag, auto
from typing import Final


class Touches(Flag):
    """The kinds of facts, besides requests, that a write can change."""

    NOTHING = 0
    ENTITIES = auto()  # the organisation's entities (names, letterhead, retention...)
    REGISTER = auto()  # the record of processing activities
    SETTINGS = auto()
    LETTERS = auto()  # letter templates and the entities' letter overrides
    DOCUMENTS = auto()  # stored documents (added, purged) and their retention
    BACKUPS = auto()  # a backup was made (the dashboard's backup warning)
    EVERYTHING = auto()  # a bulk change (demo data, a restored database): reload it all


# Every audit action recorded anywhere in dsr_desk, and what it changes besides the request it
# names (an entry naming a request always touches that request: its record or its timeline).
# tests/unit/test_changes.py checks this table against the source: add each new action here.
ACTION_CHANGES: Final[dict[str, Touches]] = {
    # requests (the reference is the entry's request_ref)
    "request.registered": Touches.NOTHING,
    "request.started": Touches.NOTHING,
    "request.extended": Touches.NOTHING,
    "request.rescheduled": Touches.NOTHING,
    "request.identity_checked": Touches.NOTHING,
    "request.information_asked": Touches.NOTHING,
    "request.information_received": Touches.NOTHING,
    "request.late_entry": Touches.NOTHING,  # an action dated before today, recorded late
    "request.note_added": Touches.NOTHING,
    "request.requester_corrected": Touches.NOTHING,  # the register shows it: a request change
    "request.assigned": Touches.NOTHING,
    "request.closed": Touches.DOCUMENTS,  # its ID documents fall under retention
    "request.archive_consulted": Touches.NOTHING,
    "request.bundle_exported": Touches.NOTHING,
    "request.disclosure_override": Touches.NOTHING,
    "request.recipient_notified": Touches.NOTHING,
    "request.id_means_recorded": Touches.NOTHING,
    "letter.late_extension_override": Touches.NOTHING,
    "request.document_added": Touches.DOCUMENTS,
    "letter.created": Touches.DOCUMENTS,  # the letter is stored as a response document
    "letter.sent": Touches.DOCUMENTS,
    "document.viewed": Touches.NOTHING,
    "document.printed": Touches.NOTHING,
    "document.exported": Touches.NOTHING,
    "document.purged": Touches.DOCUMENTS,
    "request.anonymised": Touches.DOCUMENTS,  # its documents shredded, its requester erased
    "retention.attestation_generated": Touches.DOCUMENTS,
    # the organisation
    "entity.created": Touches.ENTITIES,
    "entity.updated": Touches.ENTITIES,
    "entity.letter_override_saved": Touches.LETTERS,
    "entity.letter_override_reset": Touches.LETTERS,
    "register.activity_added": Touches.REGISTER,
    "register.activity_updated": Touches.REGISTER,
    "register.activity_moved": Touches.REGISTER,
    "register.activity_removed": Touches.REGISTER,
    "register.imported": Touches.REGISTER,
    "settings.changed": Touches.SETTINGS,
    "user.added": Touches.SETTINGS,  # accounts are shown in Settings
    "user.removed": Touches.SETTINGS,
    "user.login_failed": Touches.NOTHING,
    "team.created": Touches.EVERYTHING,
    "team.migrated": Touches.EVERYTHING,
    "team.key_rotated": Touches.EVERYTHING,  # every personal field re-encrypted
    # the audit log only
    "calendar.exported": Touches.NOTHING,
    "request.register_exported": Touches.NOTHING,
    "vault.passphrase_changed": Touches.NOTHING,
    "vault.rekeyed": Touches.NOTHING,
    "vault.recovered": Touches.NOTHING,
    "vault.backed_up": Touches.BACKUPS,
    "vault.backups_rotated": Touches.NOTHING,
    "server.vacuumed": Touches.NOTHING,  # the VACUUM after a purge on a team database
    # bulk
    "audit.reanchored": Touches.EVERYTHING,  # the database restored from a backup
    "vault.restored": Touches.EVERYTHING,
    "demo.seeded": Touches.EVERYTHING,
}

_FLAGS: Final = (
    "entities",
    "register",
    "settings",
    "letters",
    "documents",
    "backups",
    "audit",
)


@dataclass(frozen=True)
class Changes:
    """What one or more writes changed. ``a | b`` adds up; false when nothing changed.

    ``everything`` sets every flag (a view asks only for what it shows) and makes
    ``touches_request`` true for every reference."""

    requests: frozenset[str] = frozenset()  # references whose record or timeline changed
    entities: bool = False
    register: bool = False
    settings: bool = False
    letters: bool = False
    documents: bool = False
    backups: bool = False
    audit: bool = False  # the audit log grew (every write)
    everything: bool = False

    def __post_init__(self) -> None:
        if self.everything:
            for flag in _FLAGS:
                object.__setattr__(self, flag, True)

    @classmethod
    def from_audit(cls, action: str, request_ref: str | None = None) -> Changes:
        """What the write audited as ``action`` changed (an unknown action: everything)."""
        touches = ACTION_CHANGES.get(action, Touches.EVERYTHING)
        return cls(
            requests=frozenset((request_ref,)) if request_ref else frozenset(),
            entities=Touches.ENTITIES in touches,
            register=Touches.REGISTER in touches,
            settings=Touches.SETTINGS in touches,
            letters=Touches.LETTERS in touches,
            documents=Touches.DOCUMENTS in touches,
            backups=Touches.BACKUPS in touches,
            audit=True,
            everything=Touches.EVERYTHING in touches,
        )

    def __or__(self, other: Changes) -> Changes:
        if not isinstance(other, Changes):
            return NotImplemented
        return Changes(
            requests=self.requests | other.requests,
            entities=self.entities or other.entities,
            register=self.register or other.register,
            settings=self.settings or other.settings,
            letters=self.letters or other.letters,
            documents=self.documents or other.documents,
            backups=self.backups or other.backups,
            audit=self.audit or other.audit,
            everything=self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return self != NO_CHANGES

    @property
    def any_request(self) -> bool:
        """Some request changed (lists of requests, counts, deadlines)."""
        return bool(self.requests) or self.everything

    def touches_request(self, reference: str) -> bool:
        return self.everything or reference in self.requests


NO_CHANGES: Final = Changes()


@dataclass
class Collected:
    """What the writes committed inside one ``collect_changes()`` block changed."""

    changes: Changes = field(default=NO_CHANGES)


_collectors: ContextVar[tuple[Collected, ...]] = ContextVar("dsr_desk_changes", default=())


@contextmanager
def collect_changes() -> Iterator[Collected]:
    """Collect the changes committed on this thread inside the block (the GUI's database
    worker wraps each job in one). Nested blocks also pass what they saw to the outer one."""
    collected = Collected()
    outer = _collectors.get()
    token = _collectors.set((*outer, collected))
    try:
        yield collected
    finally:
        _collectors.reset(token)
        if outer and collected.changes:
            outer[-1].changes |= collected.changes


def publish_changes(changes: Changes) -> None:
    """Called by the unit of work after a successful commit; nothing happens when nobody
    collects (the CLI)."""
    collectors = _collectors.get()
    if collectors and changes:
        collectors[-1].changes |= changes
