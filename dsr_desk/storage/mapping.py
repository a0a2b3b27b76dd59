"""Imperative (classical) mapping of the pure domain classes onto the tables: the domain
never imports SQLAlchemy, yet the unit of work tracks its changes."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import deferred, registry, relationship

from dsr_desk.domain.documents import DocumentRecord, Note
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.reasons import RecordedReason
from dsr_desk.domain.register import LetterOverride, ProcessingActivity
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import RecipientNotice, Request, SuspensionEntry
from dsr_desk.domain.text import requester_search_key
from dsr_desk.domain.verification import IdentityCheck
from dsr_desk.storage import tables
from dsr_desk.storage.row_versions import VERSION, start_versioning

mapper_registry = registry(metadata=tables.metadata)
_mapped = False


def _fill_search_key(_mapper: object, _connection: object, requester: Requester) -> None:
    """Keep the folded search column in step with the name and e-mail."""
    setattr(requester, "_search_key", requester_search_key(requester.name, requester.email))  # noqa: B010


def _index_requester(
    _mapper: object, connection: Connection, requester: Requester, *, new: bool = False
) -> None:
    """Team mode: keep the requester's blind-index tokens in step (nothing on SQLite)."""
    if connection.dialect.name != "postgresql":
        return
    from dsr_desk.storage.blind_index import write_requester_tokens

    requester_id = getattr(requester, "id")  # noqa: B009 - the mapped primary key
    write_requester_tokens(connection, requester_id, requester.name, requester.email, new=new)


def _index_new_requester(mapper: object, connection: Connection, requester: Requester) -> None:
    _index_requester(mapper, connection, requester, new=True)


def start_mappers() -> None:
    """Map the domain classes once per process (idempotent)."""
    global _mapped  # noqa: PLW0603 - process-wide one-time set-up
    if _mapped:
        return
    mapper_registry.map_imperatively(ProcessingActivity, tables.processing_activities)
    mapper_registry.map_imperatively(LetterOverride, tables.letter_overrides)
    mapper_registry.map_imperatively(
        Entity,
        tables.entities,
        properties={
            # Requests join their entity on every load: the logo (up to 1 MiB) is read only
            # when something asks for it (letters, Settings).
            "logo": deferred(tables.entities.c.logo),
            "processing_activities": relationship(
                ProcessingActivity,
                order_by=(
                    tables.processing_activities.c.position,
                    tables.processing_activities.c.id,
                ),
                cascade="all, delete-orphan",
                lazy="selectin",
            ),
            "letter_overrides": relationship(
                LetterOverride, cascade="all, delete-orphan", lazy="selectin"
            ),
        },
    )
    mapper_registry.map_imperatively(
        Requester,
        tables.requesters,
        properties={
            "_search_key": tables.requesters.c.search_key,
            VERSION: tables.requesters.c.version,
        },
    )
    event.listen(Requester, "before_insert", _fill_search_key)
    event.listen(Requester, "before_update", _fill_search_key)
    event.listen(Requester, "after_insert", _index_new_requester)
    event.listen(Requester, "after_update", _index_requester)
    mapper_registry.map_imperatively(SuspensionEntry, tables.suspensions)
    mapper_registry.map_imperatively(IdentityCheck, tables.identity_checks)
    mapper_registry.map_imperatively(Note, tables.notes)
    mapper_registry.map_imperatively(DocumentRecord, tables.documents)
    mapper_registry.map_imperatively(RecordedReason, tables.request_reasons)
    mapper_registry.map_imperatively(RecipientNotice, tables.recipient_notices)
    mapper_registry.map_imperatively(
        Request,
        tables.requests,
        properties={
            VERSION: tables.requests.c.version,
            "entity": relationship(Entity, lazy="joined", innerjoin=True),
            "requester": relationship(Requester, lazy="joined", innerjoin=True),
            "recipient_notices": relationship(
                RecipientNotice,
                order_by=tables.recipient_notices.c.id,
                cascade="all, delete-orphan",
                lazy="selectin",
            ),
            "suspensions": relationship(
                SuspensionEntry,
                order_by=tables.suspensions.c.id,
                cascade="all, delete-orphan",
                lazy="selectin",
            ),
            "identity_checks": relationship(
                IdentityCheck,
                order_by=tables.identity_checks.c.id,
                cascade="all, delete-orphan",
                lazy="selectin",
            ),
            "notes": relationship(
                Note, order_by=tables.notes.c.id, cascade="all, delete-orphan", lazy="selectin"
            ),
            "documents": relationship(
                DocumentRecord,
                order_by=tables.documents.c.id,
                cascade="all, delete-orphan",
                lazy="selectin",
            ),
            "reasons": relationship(
                RecordedReason,
                order_by=tables.request_reasons.c.number,
                cascade="all, delete-orphan",
                lazy="selectin",
            ),
        },
    )
    start_versioning()
    _mapped = True
