"""Retention of the request records themselves: what is due for anonymisation, the
anonymisation (``domain.record_retention`` says what goes and what stays) and its attestation.

Like the purge of ID copies (``services.retention``): the personal fields are erased and every
document's key deleted in one transaction, with SQLite's ``secure_delete`` on and the search
index's own ``secure-delete`` option on (so no shadow table keeps a name); after the commit the
write-ahead log is folded in and truncated, then the ciphertext files are removed. The audit
log records ``request.anonymised`` per request (type, entity, rule, how many documents), never
what was erased. Once committed, nothing reports the anonymisation as failed: what is left on
disk is said in the outcome's ``unfinished``.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from dsr_desk import APP_NAME
from dsr_desk.domain.audit import AuditEntry, verify_chain
from dsr_desk.domain.backups import (
    backup_copies_statement,
    server_copies_statement,
    vacuum_facts,
)
from dsr_desk.domain.calendar import add_months
from dsr_desk.domain.errors import NotFound, ValidationError, VaultError
from dsr_desk.domain.record_retention import RecordDecision, anonymise, record_retention
from dsr_desk.domain.requests import Request
from dsr_desk.domain.roles import Action
from dsr_desk.messages import N_
from dsr_desk.services.progress import Progress, step
from dsr_desk.services.read.settings import settings_from
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import UnitOfWork

ANONYMISED_ACTION: Final = "request.anonymised"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordItem:
    """One request record due for anonymisation (no personal data: nothing erased is shown)."""

    reference: str
    entity: str
    type: str
    status: str
    closed_on: date
    fate: str  # "anonymised" or "suppression"
    rule: str
    due_on: date
    documents: int  # live documents to crypto-shred

    def to_json(self) -> dict[str, str | int]:
        return {
            "reference": self.reference,
            "entity": self.entity,
            "type": self.type,
            "outcome": self.status,
            "closed_on": self.closed_on.isoformat(),
            "fate": self.fate,
            "rule": self.rule,
            "due_on": self.due_on.isoformat(),
            "documents": self.documents,
        }


@dataclass(frozen=True)
class RecordsOutcome:
    items: tuple[RecordItem, ...]
    unfinished: str | None = None


def _item(request: Request, decision: RecordDecision) -> RecordItem:
    return RecordItem(
        reference=request.reference,
        entity=request.entity.name,
        type=request.type.value,
        status=request.status.value,
        closed_on=request.closed_on or request.received_on,
        fate=decision.fate.value,
        rule=decision.description,
        due_on=decision.due_on,
        documents=sum(1 for d in request.documents if not d.is_purged),
    )


def _due(uow: UnitOfWork, as_of: date) -> list[tuple[Request, RecordDecision]]:
    shortest = min((e.retention_records_years for e in uow.entities.list()), default=1)
    found = []
    for request in uow.requests.closed_not_anonymised(add_months(as_of, -12 * shortest)):
        decision = record_retention(request)
        if decision is not None and decision.is_due(as_of):
            found.append((request, decision))
    return sorted(found, key=lambda pair: (pair[1].due_on, pair[0].reference))


def records_due(uow: UnitOfWork, as_of: date) -> list[RecordItem]:
    """The request records due for anonymisation on ``as_of``, for a unit of work already
    open (``records_plan``, the retention page's overview)."""
    return [_item(request, decision) for request, decision in _due(uow, as_of)]


def records_plan(uow: UnitOfWork, as_of: date) -> list[RecordItem]:
    """The records whose retention has ended on ``as_of`` (nothing is changed)."""
    with uow:
        return records_due(uow, as_of)


def anonymise_due_records(
    uow: UnitOfWork,
    store: DocumentStore,
    as_of: date | None = None,
    *,
    progress: Progress | None = None,
) -> RecordsOutcome:
    """Anonymise every request record due today (or on an earlier ``as_of``).

    ``progress`` hears each record and may cancel until the commit (then nothing changes)."""
    uow.require(Action.PURGE_RECORDS)
    today = uow.clock.today()
    day = as_of or today
    if day > today:
        raise ValidationError(
            "An anonymisation cannot anticipate: use --dry-run to preview a later date."
        )
    with uow:
        due = _due(uow, day)
        if not due:
            return RecordsOutcome(())
        items = []
        stored_names: list[str] = []
        entries: list[int] = []  # the audit entries' numbers, for the VACUUM's record
        now = uow.clock.now()
        for done, (request, decision) in enumerate(due):
            step(progress, done, len(due), N_("The anonymisation"))
            item = _item(request, decision)
            items.append(item)
            purged = anonymise(request, decision, now)
            stored_names.extend(document.stored_name for document in purged)
            entry = uow.record(
                "request.anonymised",  # ANONYMISED_ACTION
                request.reference,
                entity=item.entity,
                type=item.type,
                outcome=item.status,
                fate=item.fate,
                rule=item.rule,
                due_on=item.due_on.isoformat(),
                documents=len(purged),
            )
            entries.append(entry.seq)
        uow.requesters.remove_unused()
        step(progress, len(due), len(due), N_("The anonymisation"))  # last chance to cancel
        uow.commit()
    # Committed: from here on nothing may report the anonymisation as failed.
    # The ciphertext first: on a team database the VACUUM that follows reclaims its rows too.
    left = remove_purged_files(store, stored_names)
    unfinished = []
    if not flush_after_purge(uow, entries):
        unfinished.append(
            SERVER_NOT_VACUUMED
            if uow.is_team
            else (
                "Another program is reading the vault, so the old database pages that held the "
                "erased data could not be overwritten yet: they will be when no program reads it "
                "any more (at the latest when the last one closes the vault)."
            )
        )
    if left:
        unfinished.append(
            f"{left} encrypted file{'s' if left != 1 else ''} could not be removed now; "
            "unreadable without their keys, they are removed the next time the vault is opened."
        )
    return RecordsOutcome(tuple(items), " ".join(unfinished) or None)


SERVER_NOT_VACUUMED = N_(
    "The team database's server refused to VACUUM the purged tables, so the deleted rows "
    "linger in its table files until its autovacuum reclaims them: ask the DBA to VACUUM the "
    "DSR Desk tables (their owner may)."
)


def flush_after_purge(uow: UnitOfWork, entries: list[int]) -> bool:
    """After a purge's commit: ``uow.flush_to_disk()`` (whether it was done). On a team
    database, where that is the VACUUM of the purged tables, its outcome is recorded in the
    audit log (``server.vacuumed``: the tables, ``done``, and the purge's entries it followed,
    ``from_entry``..``to_entry``, contiguous as the log's head is locked until the commit) in
    a unit of work of its own, so the attestations state the VACUUM only as far as the log
    shows it. The purge stays committed whatever happens here: a record that cannot be
    written is logged, and the attestations then do not claim the VACUUM."""
    done = uow.flush_to_disk()
    if not uow.is_team or not entries:
        return done
    from dsr_desk.storage.pg_engine import purged_tables

    try:
        with uow:
            uow.record(
                "server.vacuumed",  # VACUUMED_ACTION
                None,
                tables=list(purged_tables()),
                done=done,
                from_entry=min(entries),
                to_entry=max(entries),
            )
            uow.commit()
    except Exception:  # after the commit nothing may report the purge as failed
        log.warning("the outcome of the VACUUM after a purge could not be recorded", exc_info=True)
    return done


def remove_purged_files(store: DocumentStore, stored_names: list[str]) -> int:
    """Remove the purged ciphertext files; how many could not be removed."""
    left = 0
    for name in stored_names:
        try:
            store.delete(name)
        except VaultError:
            log.warning("could not remove the purged document file %s", name, exc_info=True)
            left += 1
    return left


# -- attestation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnonymisedCount:
    """How many records of one entity were anonymised in one month, by what was kept."""

    entity: str
    month: str  # YYYY-MM
    anonymised: int
    suppression: int
    documents: int


def anonymised_entries(
    entries: list[AuditEntry], start: date, end: date, entity: str | None
) -> list[AuditEntry]:
    """The audit log's ``request.anonymised`` entries of the period (and entity)."""
    found = []
    for entry in entries:
        if entry.action != ANONYMISED_ACTION:
            continue
        day = datetime.fromisoformat(entry.at).astimezone().date()
        name = str(entry.details.get("entity", ""))
        if start <= day <= end and (entity is None or name == entity):
            found.append(entry)
    return found


def anonymised_counts(
    entries: list[AuditEntry], start: date, end: date, entity: str | None
) -> list[AnonymisedCount]:
    """Counts per entity and month from the audit log's ``request.anonymised`` entries."""
    tally: dict[tuple[str, str], list[int]] = {}
    for entry in anonymised_entries(entries, start, end, entity):
        day = datetime.fromisoformat(entry.at).astimezone().date()
        name = str(entry.details.get("entity", ""))
        counts = tally.setdefault((name, f"{day:%Y-%m}"), [0, 0, 0])
        counts[1 if entry.details.get("fate") == "suppression" else 0] += 1
        counts[2] += int(entry.details.get("documents", 0) or 0)
    return [
        AnonymisedCount(name, month, *counts) for (name, month), counts in sorted(tally.items())
    ]


def records_attestation_pdf(
    uow: UnitOfWork, start: date, end: date, entity: str | None = None
) -> bytes:
    """An A4 PDF attesting how many request records were anonymised between ``start`` and
    ``end`` (inclusive), per entity and month: counts only, no reference, no personal data.
    Generating it is audited (``retention.attestation_generated``, ``of`` = ``records``)."""
    uow.require(Action.REPORTS)
    if start > end:
        raise ValidationError("The period must start on or before its end.")
    with uow:
        entity_name: str | None = None
        if entity:
            found = uow.entities.get(entity)
            if found is None:
                raise NotFound("No entity {entity!r}.", entity=entity)
            entity_name = found.name
        listed = list(uow.audit.entries())
        chain = verify_chain(listed, uow.audit.head())
        rows = anonymised_counts(listed, start, end, entity_name)
        settings = settings_from(uow.settings.all())
        pdf = _attestation_pdf(
            rows,
            backups=(
                server_copies_statement(
                    settings.server_backup_days,
                    vacuum_facts(
                        listed,
                        [e.seq for e in anonymised_entries(listed, start, end, entity_name)],
                    ),
                )
                if uow.is_team
                else backup_copies_statement(
                    settings.backup_folder, settings.backup_keep, settings.automatic_backups
                )
            )[0],
            start=start,
            end=end,
            entity=entity_name,
            generated_at=uow.clock.now(),
            user=uow.user,
            chain=(chain.message, chain.ok),
            team=uow.is_team,
        )
        uow.record(
            "retention.attestation_generated",
            None,
            of="records",
            start=start.isoformat(),
            end=end.isoformat(),
            entity=entity_name,
            count=sum(row.anonymised + row.suppression for row in rows),
        )
        uow.commit()
    return pdf


# What an anonymisation erased and what may remain, after the counts. On a workstation the
# vault's pages are overwritten (``secure_delete``) and ``backups`` is what DSR Desk's own
# backups may hold; on a team database the documents are on the server, not in a folder, and
# VACUUM frees the space old rows used without overwriting it, so ``backups`` is the server's
# statement (``server_copies_statement``, as in the purge attestation: the VACUUM as far as
# the audit log shows it after the anonymisations counted, then the server's own copies).
_RECORDS_KEPT: Final = (
    "Kept: type, dates, outcome and entity (for the statistics) and the audit log, which holds "
    "no requester data. A suppression entry (an upheld objection or marketing opt-out) also "
    "keeps the e-mail address, or without one the name and postal address, as long as the "
    "objection stands."
)
_RECORDS_ERASED: Final = (
    "Each record counted was anonymised when its retention period ended (the entity's "
    "setting; by default 5 years after closure, the civil limitation period, art. 2224 "
    "of the Code civil). Erased by DSR Desk: the requester's name, e-mail, postal "
    "address and phone, the summary, reasons, notes and identity-check details; every "
    "document and letter of the request was crypto-shredded. The database space they "
    f"used was overwritten, the search index included. {_RECORDS_KEPT} Outside DSR Desk's "
    "reach: copies of its data folder made by a user or an IT backup, and exports a user "
    "saved. Backups: {backups} Source: the hash-chained audit log (entries "
    "\u201crequest.anonymised\u201d)."
)
_TEAM_RECORDS_ERASED: Final = (
    "Each record counted was anonymised when its retention period ended (the entity's "
    "setting; by default 5 years after closure, the civil limitation period, art. 2224 "
    "of the Code civil). Erased by DSR Desk from the team's database on its PostgreSQL "
    "server: the requester's name, e-mail, postal address and phone, the summary, reasons, "
    "notes and identity-check details, and the requester's entries in the search index; every "
    "document and letter of the request was crypto-shredded, its encryption key and its "
    f"encrypted content deleted. {_RECORDS_KEPT} Outside DSR Desk's reach: decrypted copies "
    "or exports a user saved. Server: {backups} Source: the hash-chained audit log (entries "
    "\u201crequest.anonymised\u201d)."
)


def _attestation_pdf(
    rows: list[AnonymisedCount],
    *,
    start: date,
    end: date,
    entity: str | None,
    generated_at: datetime,
    user: str,
    chain: tuple[str, bool],
    backups: str,
    team: bool = False,
) -> bytes:
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ink = colors.HexColor("#1f2933")
    muted = colors.HexColor("#5f6b7a")
    base = ParagraphStyle("base", fontName="Helvetica", fontSize=9.5, leading=12.5, textColor=ink)
    brand = ParagraphStyle("brand", parent=base, fontSize=9, textColor=muted)
    title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=18, leading=23)
    head = ParagraphStyle("head", parent=base, fontName="Helvetica-Bold", fontSize=8.5)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
    warning = ParagraphStyle(
        "warning", parent=base, fontName="Helvetica-Bold", textColor=colors.HexColor("#8c1d18")
    )

    def para(text: str, style: ParagraphStyle = base) -> Paragraph:
        return Paragraph(html.escape(text), style)

    total = sum(row.anonymised + row.suppression for row in rows)
    facts = Table(
        [
            [para("Entity · Entité", brand), para(entity or "All entities · Toutes les entités")],
            [para("Period · Période", brand), para(f"{start:%d/%m/%Y} – {end:%d/%m/%Y}")],
            [
                para("Anonymised · Anonymisés", brand),
                para(f"{total} request record{'s' if total != 1 else ''}"),
            ],
            [
                para("Generated on · Établie le", brand),
                para(f"{generated_at.astimezone():%d/%m/%Y %H:%M}"),
            ],
            [para("Generated by · Établie par", brand), para(user)],
            [para("Audit log · Journal", brand), para(chain[0], base if chain[1] else warning)],
        ],
        colWidths=[42 * mm, None],
        hAlign="LEFT",
    )
    facts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    header = ["Month", "Entity", "Anonymised", "Suppression entries", "Documents shredded"]
    data = [[para(text, head) for text in header]]
    for row in rows:
        line = [row.month, row.entity or "—", row.anonymised, row.suppression, row.documents]
        data.append([para(str(value), cell) for value in line])
    table = Table(data, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f4")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ink),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        para(APP_NAME, brand),
        para("Attestation of anonymised request records", title),
        para("Attestation d'anonymisation des dossiers de demandes", brand),
        Spacer(1, 6 * mm),
        facts,
        Spacer(1, 6 * mm),
        table if rows else para("No request record was anonymised in this period."),
        Spacer(1, 8 * mm),
        para((_TEAM_RECORDS_ERASED if team else _RECORDS_ERASED).format(backups=backups), cell),
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title="Attestation of anonymised request records",
        author=APP_NAME,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
    )
    document.build(story)
    return buffer.getvalue()
