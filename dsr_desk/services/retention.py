"""Retention of identity-document copies: what is due for purge, and the purge itself.

A purge is a crypto-shred: the document's wrapped key is deleted from the database (with
``secure_delete`` on, and the write-ahead log folded in and truncated afterwards), then the
ciphertext file is removed. The row keeps only what the purge log needs (document id, kind,
dates, rule): its file name, media type, size and plaintext hash are cleared too. The audit log
records what was purged, when and under which rule, never the content or the file name.

Once the transaction is committed the purge has happened, whatever follows: a file that cannot
be removed, or a write-ahead log that a reader keeps from being folded in, is reported in the
outcome (with what will finish the job), never as a failure of the purge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.retention import id_document_retention
from dsr_desk.domain.roles import Action
from dsr_desk.messages import N_
from dsr_desk.services.progress import Progress, step
from dsr_desk.services.read.settings import settings_from
from dsr_desk.services.record_retention import (
    SERVER_NOT_VACUUMED,
    RecordItem,
    flush_after_purge,
    records_due,
    remove_purged_files,
)
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class PurgeItem:
    reference: str
    document_id: str
    filename: str
    kind: str
    rule: str
    purge_date: date

    def to_json(self) -> dict[str, str]:
        return {
            "reference": self.reference,
            "document": self.document_id,
            "filename": self.filename,
            "kind": self.kind,
            "rule": self.rule,
            "purge_date": self.purge_date.isoformat(),
        }


@dataclass(frozen=True)
class PurgeOutcome:
    """The copies purged and, when the purge could not be finished on disk at once, what is
    left and when it will be (``unfinished``, for the staff; None when all is done)."""

    items: tuple[PurgeItem, ...]
    unfinished: str | None = None


def _due_items(uow: UnitOfWork, as_of: date) -> list[PurgeItem]:
    items = []
    for request in uow.requests.closed_with_live_documents(DocumentKind.ID):
        decision = id_document_retention(request)
        if decision.purge_on is None or not decision.is_due(as_of):
            continue
        for document in request.documents:
            if document.kind is DocumentKind.ID and not document.is_purged:
                items.append(
                    PurgeItem(
                        request.reference,
                        document.document_id,
                        document.facts().filename,
                        document.kind.value,
                        decision.description,
                        decision.purge_on,
                    )
                )
    return sorted(items, key=lambda item: (item.purge_date, item.reference, item.document_id))


def purge_plan(uow: UnitOfWork, as_of: date) -> list[PurgeItem]:
    """ID copies whose retention period has ended on ``as_of`` (nothing is changed)."""
    with uow:
        return _due_items(uow, as_of)


@dataclass(frozen=True)
class RetentionOverview:
    """What the documents & retention page shows, read in one unit of work."""

    today: date
    items: tuple[PurgeItem, ...]  # due by today + the horizon, each with its purge date
    entities: tuple[str, ...]  # every entity's name, in creation order (for the attestation)
    auto_purge: bool  # the preference "purge due ID copies at start-up"
    records: tuple[RecordItem, ...] = ()  # request records due for anonymisation by today


def retention_overview(uow: UnitOfWork, horizon_days: int) -> RetentionOverview:
    """The purge plan from today to ``horizon_days`` ahead (nothing is changed), the entities'
    names, whether due copies are purged at start-up, and the request records due for
    anonymisation in the same span (``services.record_retention``)."""

    today = uow.clock.today()
    with uow:
        return RetentionOverview(
            today=today,
            items=tuple(_due_items(uow, today + timedelta(days=horizon_days))),
            entities=tuple(entity.name for entity in uow.entities.list()),
            auto_purge=settings_from(uow.settings.all()).auto_purge_at_start,
            records=tuple(records_due(uow, today + timedelta(days=horizon_days))),
        )


def purge_due_documents(
    uow: UnitOfWork,
    store: DocumentStore,
    as_of: date | None = None,
    *,
    progress: Progress | None = None,
) -> PurgeOutcome:
    """Crypto-shred every ID copy due for purge today (or on an earlier ``as_of``).

    ``progress`` hears each step and may cancel until the commit (then nothing is purged)."""
    uow.require(Action.PURGE_DOCUMENTS)
    today = uow.clock.today()
    day = as_of or today
    if day > today:
        raise ValidationError("A purge cannot anticipate: use --dry-run to preview a later date.")
    with uow:
        items = _due_items(uow, day)
        if not items:
            return PurgeOutcome(())
        wanted = {item.document_id: item for item in items}
        stored_names: list[str] = []
        entries: list[int] = []  # the audit entries' numbers, for the VACUUM's record
        for request in uow.requests.closed_with_live_documents(DocumentKind.ID):
            for document in request.documents:
                item = wanted.get(document.document_id)
                if item is None:
                    continue
                step(progress, len(stored_names), len(items), N_("The purge"))
                document.purge(uow.clock.now(), item.rule)
                stored_names.append(document.stored_name)
                entry = uow.record(
                    "document.purged",
                    item.reference,
                    document_id=item.document_id,
                    kind=item.kind,
                    rule=item.rule,
                    purge_date=item.purge_date.isoformat(),
                )
                entries.append(entry.seq)
        step(progress, len(stored_names), len(items), N_("The purge"))  # last chance to cancel
        uow.commit()
    # Committed: the keys are destroyed. From here on nothing may report the purge as failed.
    # The ciphertext first: on a team database the VACUUM that follows reclaims its rows too.
    left = remove_purged_files(store, stored_names)
    unfinished = []
    if not flush_after_purge(uow, entries):
        unfinished.append(
            SERVER_NOT_VACUUMED
            if uow.is_team
            else (
                "Another program is reading the vault, so the old database pages that held the "
                "destroyed keys could not be overwritten yet: they will be when no program reads "
                "it any more (at the latest when the last one closes the vault)."
            )
        )
    if left:
        unfinished.append(
            f"{left} encrypted file{'s' if left != 1 else ''} could not be removed now; "
            "unreadable without their keys, they are removed the next time the vault is opened."
        )
    return PurgeOutcome(tuple(items), " ".join(unfinished) or None)
