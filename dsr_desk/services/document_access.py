"""Reading the documents kept in a request's file: view, print, save a decrypted copy, and the
attestation of purged ID copies.

Every access is audited in the same transaction as the read, by document id and kind, never by
file name (names like "CNI Jeanne Martin.pdf" are personal data and the hash-chained log can
never be edited). Content is decrypted in memory only; the single deliberate plaintext write is
:func:`export_document`, which needs the user's explicit confirmation.
"""

from __future__ import annotations

import contextlib
import html
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from dsr_desk import APP_NAME
from dsr_desk.domain.audit import AuditEntry, verify_chain
from dsr_desk.domain.backups import (
    backup_copies_statement,
    server_copies_statement,
    vacuum_facts,
)
from dsr_desk.domain.documents import DocumentRecord
from dsr_desk.domain.errors import NotFound, RuleViolation, ValidationError
from dsr_desk.domain.limits import MAX_REASON, check_length
from dsr_desk.domain.requests import Request, parse_reference
from dsr_desk.domain.roles import Action
from dsr_desk.messages import N_, Text
from dsr_desk.paths import refuse_inside_data_dir
from dsr_desk.services.loading import load_request
from dsr_desk.services.read.settings import settings_from
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import UnitOfWork

# Whole-document decryption in memory is for viewing; beyond this, saving a copy is the way.
MAX_VIEW_BYTES = 200 * 1024 * 1024
PURGED_ACTION = "document.purged"
KIND_WORDS = {"id": "ID copy", "letter": "letter", "email": "e-mail", "other": "other"}


@dataclass(frozen=True)
class OpenedDocument:
    """A decrypted document, in memory only (never written anywhere by DSR Desk)."""

    reference: str
    document_id: str
    filename: str
    media_type: str
    kind: str
    content: bytes = field(repr=False)  # never in logs or tracebacks


# -- helpers --------------------------------------------------------------------------------


def _document(request: Request, document_id: str) -> DocumentRecord:
    for document in request.documents:
        if document.document_id == document_id:
            return document
    raise NotFound(
        "{reference} has no document {document_id}.",
        reference=request.reference,
        document_id=document_id,
    )


def _live_key(request: Request, document: DocumentRecord) -> bytes:
    """The wrapped key of a document that still exists; a purged one is refused plainly."""
    if document.is_purged or document.wrapped_key is None:
        when = (
            Text(" on {day:%d/%m/%Y}", day=document.purged_at.astimezone())
            if document.purged_at
            else ""
        )
        rule = f" ({document.purge_rule})" if document.purge_rule else ""
        raise RuleViolation(
            "This {kind} document of {reference} was purged{when}{rule}: its key "
            "was destroyed, so it can no longer be opened or copied.",
            kind=document.kind.value,
            reference=request.reference,
            when=when,
            rule=rule,
        )
    return document.wrapped_key


# -- view -----------------------------------------------------------------------------------


def open_document(
    uow: UnitOfWork, store: DocumentStore, reference: str, document_id: str
) -> OpenedDocument:
    """Decrypt a document for viewing, and audit ``document.viewed`` (id and kind only).

    The whole document is authenticated before anything is returned; the audit entry is
    committed only once decryption succeeded, so a damaged file is not logged as viewed.
    """
    ref = parse_reference(reference)
    with uow:
        request = load_request(uow, ref)
        document = _document(request, document_id)
        wrapped_key = _live_key(request, document)
        facts = document.facts()
        if facts.size > MAX_VIEW_BYTES:
            raise ValidationError(
                "This document is too large to preview ({size} MB); save a decrypted "
                "copy to read it.",
                size=facts.size // (1024 * 1024),
            )
        content = b"".join(
            store.iter_plaintext(document.stored_name, wrapped_key, document.document_id)
        )
        uow.record(
            "document.viewed",
            request.reference,
            document_id=document.document_id,
            kind=document.kind.value,
        )
        uow.commit()
        return OpenedDocument(
            reference=request.reference,
            document_id=document.document_id,
            filename=facts.filename,
            media_type=facts.media_type,
            kind=document.kind.value,
            content=content,
        )


def record_document_printed(uow: UnitOfWork, reference: str, document_id: str, pages: int) -> None:
    """Audit ``document.printed``: a (watermarked) paper copy left the vault."""
    ref = parse_reference(reference)
    with uow:
        request = load_request(uow, ref)
        document = _document(request, document_id)
        uow.record(
            "document.printed",
            request.reference,
            document_id=document.document_id,
            kind=document.kind.value,
            pages=pages,
        )
        uow.commit()


# -- export ---------------------------------------------------------------------------------


def export_document(
    uow: UnitOfWork,
    store: DocumentStore,
    reference: str,
    document_id: str,
    target: Path,
    confirmed: bool,
    reason: str | None = None,
) -> Path:
    """Save a decrypted copy at ``target`` (the only deliberate plaintext write).

    ``confirmed`` must be True: the caller has shown the user that the copy is unencrypted,
    unwatermarked and outside retention (DSR Desk cannot purge it later). Targets inside the
    DSR Desk data folder are refused, since everything there must stay ciphertext (it is
    backed up and synchronised as such).

    The audit entry ``document.exported`` records the document id, kind and size and the
    **folder** the copy went to, but not the file name. Accountability (GDPR Art. 5(2), 32)
    needs to know that plaintext left the vault and where to look for it, so the copy can be
    found and deleted (a USB stick, a network share...). The file name is left out because it
    is the part that usually carries the requester's name (the dialog proposes the original
    "CNI Jeanne Martin.pdf") and the log can never be edited or purged. A folder named after a
    person would still be recorded: that residual risk is accepted for traceability.

    The copy is written first, then the audit entry committed; if the commit fails the copy is
    removed again, so no unaudited plaintext copy remains. ``reason`` (the CLI asks for it:
    why the copy leaves the vault) is kept with the request and referenced by the entry
    (``domain.reasons``: free text stays out of the audit log).
    """
    uow.require(Action.KEEP_DOCUMENTS)
    if confirmed is not True:
        raise RuleViolation(
            "Saving a decrypted copy needs an explicit confirmation: the copy is not encrypted "
            "and DSR Desk cannot purge it when the retention period ends."
        )
    ref = parse_reference(reference)
    check_length(reason, MAX_REASON, "The reason")
    if reason is not None and not reason.strip():
        raise ValidationError("Say why a decrypted copy is saved (it is recorded).")
    target = Path(target).expanduser()
    if not target.name:
        raise ValidationError("Choose a file name for the decrypted copy.")
    folder = target.parent.resolve()
    refuse_inside_data_dir(target, store.folder.resolve().parent, N_("a decrypted copy"))
    with uow:
        request = load_request(uow, ref)
        document = _document(request, document_id)
        wrapped_key = _live_key(request, document)
        store.export_plaintext(document.stored_name, wrapped_key, document.document_id, target)
        try:
            uow.record(
                "document.exported",
                request.reference,
                document_id=document.document_id,
                kind=document.kind.value,
                size=document.size,
                folder=str(folder),
                **(request.keep_reason(reason).audit_details() if reason is not None else {}),
            )
            uow.commit()
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
    return target


# -- attestation of purged ID copies --------------------------------------------------------


@dataclass(frozen=True)
class PurgedEntry:
    """One ``document.purged`` audit entry, as the attestation lists it."""

    seq: int
    purged_on: date
    reference: str
    kind: str
    rule: str
    entity: str


def _local_day(instant: str) -> date:
    return datetime.fromisoformat(instant).astimezone().date()


def purged_entries(
    entries: Iterable[AuditEntry], entity_of: dict[str, str], start: date, end: date
) -> list[PurgedEntry]:
    rows = []
    for entry in entries:
        if entry.action != PURGED_ACTION or entry.request_ref is None:
            continue
        day = _local_day(entry.at)
        if not start <= day <= end:
            continue
        details = entry.details
        rows.append(
            PurgedEntry(
                seq=entry.seq,
                purged_on=day,
                reference=entry.request_ref,
                kind=str(details.get("kind", "")),
                rule=str(details.get("rule", "")),
                entity=entity_of.get(entry.request_ref, ""),
            )
        )
    return rows


def purge_attestation_pdf(uow: UnitOfWork, start: date, end: date, entity: str | None) -> bytes:
    """An A4 PDF attesting the ID copies purged between ``start`` and ``end`` (inclusive).

    Built from the audit log's ``document.purged`` entries (purge date, request reference,
    document kind, rule, entry number), with the entity, the period, the count, when and by
    whom it was generated, and the result of the audit chain check. No content, no file
    names. Generating it is itself audited (``retention.attestation_generated``).
    """
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
        refs = {e.request_ref for e in listed if e.action == PURGED_ACTION and e.request_ref}
        entity_of = {}
        for ref in refs:
            request = uow.requests.get(ref)
            if request is not None:
                entity_of[ref] = request.entity.name
        rows = purged_entries(listed, entity_of, start, end)
        if entity_name is not None:
            rows = [row for row in rows if row.entity == entity_name]
        generated_at = uow.clock.now()
        settings = settings_from(uow.settings.all())
        backups = (
            server_copies_statement(
                settings.server_backup_days, vacuum_facts(listed, [row.seq for row in rows])
            )
            if uow.is_team
            else backup_copies_statement(
                settings.backup_folder, settings.backup_keep, settings.automatic_backups
            )
        )
        pdf = _attestation_pdf(
            rows,
            backups=backups,
            start=start,
            end=end,
            entity=entity_name,
            generated_at=generated_at,
            user=uow.user,
            chain_message=chain.message,
            chain_ok=chain.ok,
            team=uow.is_team,
        )
        uow.record(
            "retention.attestation_generated",
            None,
            start=start.isoformat(),
            end=end.isoformat(),
            entity=entity_name,
            count=len(rows),
        )
        uow.commit()
    return pdf


# What a purge destroyed on a team database: the documents are on the server (no document
# folder, no copy of the database taken by DSR Desk), and VACUUM frees the rows' space without
# overwriting it (the server statement, ``backups``, says whether the audit log shows the
# VACUUM after the purges listed, and what the server may still hold).
_TEAM_DESTROYED: Final = (
    "Each copy listed was crypto-shredded when its retention period ended (CNIL NS-048). "
    "Destroyed by DSR Desk: the copy's encryption key and its encrypted content, deleted from "
    "the team's database on its PostgreSQL server; its file name, size and fingerprint. "
    "Outside DSR Desk's reach: decrypted copies or exports a user saved; they follow their own "
    "retention rules. Server: {backups} Source: the hash-chained DSR Desk audit log (entries "
    "\u201cdocument.purged\u201d). This attestation contains no document content and no file "
    "names.",
    "Chaque copie listée a été détruite par effacement cryptographique à la fin de sa durée de "
    "conservation. Détruits par DSR Desk : la clé de chiffrement de la copie et son contenu "
    "chiffré, supprimés de la base de l'équipe sur son serveur PostgreSQL ; son nom, sa taille "
    "et son empreinte. Hors de portée de DSR Desk : les copies déchiffrées ou exports "
    "enregistrés par un utilisateur ; elles suivent leurs propres règles de conservation. "
    "Serveur : {backups} Cette attestation ne contient ni contenu ni nom de fichier.",
)


def _attestation_pdf(
    rows: list[PurgedEntry],
    *,
    start: date,
    end: date,
    entity: str | None,
    generated_at: datetime,
    user: str,
    chain_message: str,
    chain_ok: bool,
    backups: tuple[str, str],
    team: bool = False,
) -> bytes:
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
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold")
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=muted)
    warning = ParagraphStyle(
        "warning", parent=base, fontName="Helvetica-Bold", textColor=colors.HexColor("#8c1d18")
    )

    def para(text: str, style: ParagraphStyle = base) -> Paragraph:
        return Paragraph(html.escape(text), style)

    def day(value: date) -> str:
        return f"{value:%d/%m/%Y}"

    count = len(rows)
    facts = Table(
        [
            [para("Entity · Entité", brand), para(entity or "All entities · Toutes les entités")],
            [para("Period · Période", brand), para(f"{day(start)} – {day(end)}")],
            [
                para("Purged · Purgés", brand),
                para(f"{count} identity document cop{'y' if count == 1 else 'ies'}"),
            ],
            [
                para("Generated on · Établie le", brand),
                para(f"{generated_at.astimezone():%d/%m/%Y %H:%M}"),
            ],
            [para("Generated by · Établie par", brand), para(user)],
            [
                para("Audit log · Journal", brand),
                para(chain_message, base if chain_ok else warning),
            ],
        ],
        colWidths=[42 * mm, None],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    header = ["Purged on", "Request", "Kind", "Rule applied", "Audit #"]
    if entity is None:
        header.insert(2, "Entity")
    data: list[list[Paragraph]] = [[para(text, head) for text in header]]
    for row in rows:
        kind = KIND_WORDS.get(row.kind, row.kind)
        line = [day(row.purged_on), row.reference, kind, row.rule, str(row.seq)]
        if entity is None:
            line.insert(2, row.entity or "—")
        data.append([para(text, cell) for text in line])
    if entity is None:
        widths = [20 * mm, 27 * mm, 34 * mm, 17 * mm, None, 14 * mm]
    else:
        widths = [22 * mm, 30 * mm, 20 * mm, None, 16 * mm]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f4")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ink),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d0d4d8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    signature = Table(
        [[para("Name and signature of the DPO · Nom et signature du DPO", brand), ""]],
        colWidths=[95 * mm, 60 * mm],
        rowHeights=[16 * mm],
        hAlign="LEFT",
    )
    signature.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.5, muted),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    story = [
        para(APP_NAME, brand),
        para("Attestation of purged identity documents", title),
        para("Attestation de purge des copies de pièces d'identité", brand),
        Spacer(1, 6 * mm),
        facts,
        Spacer(1, 6 * mm),
        table if rows else para("No identity document copy was purged in this period."),
        Spacer(1, 8 * mm),
        para(
            _TEAM_DESTROYED[0].format(backups=backups[0])
            if team
            else (
                "Each copy listed was crypto-shredded when its retention period ended "
                "(CNIL NS-048). Destroyed by DSR Desk: the copy's encryption key, deleted from "
                "the DSR Desk database with the space it used overwritten; its encrypted file, "
                "removed from the "
                "document folder; its file name, size and fingerprint. Apart from its backups "
                "(below), no database copy made by DSR Desk itself holds the key: the copy taken "
                "before a schema upgrade is deleted once the upgraded database has passed its "
                "integrity check. Outside DSR Desk's "
                "reach: copies of its data folder made by a user or by an IT backup, which keep "
                "the key for as long as that backup is kept, and decrypted copies or exports a "
                "user saved; they follow their own retention rules. Backups: "
                f"{backups[0]} Source: the hash-chained "
                "DSR Desk audit log (entries \u201cdocument.purged\u201d). This attestation "
                "contains no document content and no file names."
            ),
            small,
        ),
        Spacer(1, 2 * mm),
        para(
            _TEAM_DESTROYED[1].format(backups=backups[1])
            if team
            else (
                "Chaque copie listée a été détruite par effacement cryptographique à la fin de sa "
                "durée de conservation. Détruits par DSR Desk : la clé de chiffrement de la copie, "
                "effacée de la base de données (l'espace qu'elle occupait est réécrit) ; son "
                "fichier chiffré, supprimé du dossier des documents ; son nom, sa taille et son "
                "empreinte. Hormis ses sauvegardes (ci-dessous), aucune copie de la base faite par "
                "DSR Desk lui-même ne garde la clé : "
                "la copie prise avant une mise à jour du schéma est supprimée dès que la base mise "
                "à jour a passé son contrôle d'intégrité. Hors de portée de DSR Desk : les copies "
                "de son dossier de données faites par un utilisateur ou par une sauvegarde "
                "informatique, qui gardent la clé aussi longtemps que cette sauvegarde, et les "
                "copies déchiffrées ou exports enregistrés par un utilisateur ; elles suivent "
                f"leurs propres règles de conservation. Sauvegardes : {backups[1]} Cette "
                "attestation ne contient ni contenu ni nom de fichier."
            ),
            small,
        ),
        Spacer(1, 14 * mm),
        signature,
    ]
    period = f"{day(start)} – {day(end)}"

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(muted)
        canvas.drawString(
            18 * mm,
            10 * mm,
            f"{APP_NAME} · Attestation of purged identity documents · "
            f"{entity or 'All entities'} · {period}",
        )
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Attestation of purged identity documents",
        author=APP_NAME,
        subject=f"{entity or 'All entities'} {start.isoformat()} to {end.isoformat()}",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
