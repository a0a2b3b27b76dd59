"""Use cases on response letters: prepare one (read side), issue one (every letter printed,
saved or sent, from the GUI or the CLI: a copy is kept encrypted in the request's file and
audited), record that one was sent, and an entity's own wording (audited).

Letters are built from read models (``RequestDetail`` and an ``EntityLetterView``); the PDF
itself is made by :func:`dsr_desk.letters.render.render_letter`, outside any transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TypedDict, Unpack

from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import NotFound, RuleViolation, ValidationError
from dsr_desk.domain.identity_means import parse_means
from dsr_desk.domain.limits import MAX_NAME, MAX_REASON, check_length
from dsr_desk.domain.register import LetterOverride
from dsr_desk.domain.request_actions import RequestAction
from dsr_desk.domain.requests import Request, parse_reference
from dsr_desk.domain.roles import Action
from dsr_desk.letters.compose import compose
from dsr_desk.letters.context import (
    ACTIVITY_TEXT_FIELDS,
    RECORDED_TEXTS,
    ActivityView,
    Addressee,
    BundleView,
    EntityLetterView,
    LetterData,
    OverrideView,
)
from dsr_desk.letters.fit import check_fit, extension_too_late
from dsr_desk.letters.kinds import LetterKind, SendChannel, parse_language
from dsr_desk.letters.render import render_composition
from dsr_desk.letters.wording import (
    check_placeholders,
    default_wording,
    parse_template,
    placeholders_for,
)
from dsr_desk.messages import Text
from dsr_desk.read_models import (
    DocumentView,
    LetterView,
    TimelineEvent,
    letter_history,
    request_detail,
)
from dsr_desk.services.documents import (
    clean_filename,
    discard_unrecorded,
    document_view,
    new_document_record,
)
from dsr_desk.services.entities import resolve_entity
from dsr_desk.services.loading import load_request
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import UnitOfWork

PDF_MEDIA_TYPE = "application/pdf"
MAX_WORDING_CHARS = 20_000


def entity_letter_view(entity: Entity) -> EntityLetterView:
    """A plain copy of what letters need from an entity (inside a unit of work)."""
    return EntityLetterView(
        name=entity.name,
        address=entity.address,
        dpo_contact=entity.dpo_contact,
        role=entity.role.value,
        suspension_policy=entity.suspension_policy.value,
        minimisation=entity.minimisation,
        signer_title=entity.signer_title,
        retention_access_years=entity.retention_access_years,
        retention_objection_years=entity.retention_objection_years,
        retention_other_years=entity.retention_other_years,
        activities=tuple(
            ActivityView(
                name=a.name,
                purpose=a.purpose,
                legal_basis=a.legal_basis,
                data_categories=a.data_categories,
                recipients=a.recipients,
                retention=a.retention,
                source=a.source,
                transfers=a.transfers,
                automated_decisions=a.automated_decisions,
                english=tuple(
                    (name, text)
                    for name in ACTIVITY_TEXT_FIELDS
                    if (text := str(getattr(a, f"{name}_en", "")).strip())
                ),
            )
            for a in entity.processing_activities
        ),
        overrides=tuple(OverrideView(o.kind, o.lang, o.body) for o in entity.letter_overrides),
        logo=entity.logo,
    )


def _kind(kind: LetterKind | str) -> LetterKind:
    return kind if isinstance(kind, LetterKind) else LetterKind.parse(kind)


def default_signer(uow: UnitOfWork) -> str:
    """The display name from the settings (how the user signs letters). A letter is never
    signed with the OS login: without a display name, ``ValidationError``."""
    name = (uow.settings.all().get("display_name") or "").strip()
    if not name:
        raise ValidationError(
            "Letters are signed with your display name, and none is set: enter it in "
            "Settings › Preferences, or give the signer's name (--signer NAME on the command "
            "line)."
        )
    return name


def _display_name(uow: UnitOfWork) -> str:
    """The user's display name ('' when none is set)."""
    return (uow.settings.all().get("display_name") or "").strip()


def signer_title(uow: UnitOfWork, entity: Entity) -> str:
    """The title under the signature: the user's own (settings ``signer_title``), else the
    entity's (e.g. « Le délégué à la protection des données »); '' = the letters' default."""
    own = (uow.settings.all().get("signer_title") or "").strip()
    return own or entity.signer_title.strip()


def _bundle(uow: UnitOfWork, reference: str) -> BundleView | None:
    """The last data bundle produced for the request, as its audit entry records it."""
    found = None
    for entry in uow.audit.entries(reference):
        if entry.action == "request.bundle_exported":
            found = entry
    if found is None:
        return None
    details = found.details
    return BundleView(
        produced_on=datetime.fromisoformat(found.at).date(),
        files=int(details.get("files", 0)),
        fingerprint=str(details.get("manifest_sha256", "")),
    )


def _translations(given: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    """The translations given at letter time of the texts recorded on the request
    (``RECORDED_TEXTS``), checked: a known name, a text of reasonable length."""
    pairs = []
    for name, text in (given or {}).items():
        key = name.strip().lower()
        if key not in RECORDED_TEXTS:
            known = ", ".join(RECORDED_TEXTS)
            raise ValidationError(
                "No recorded text is called {name!r}; translate one of {known}.",
                name=name,
                known=known,
            )
        check_length(text, MAX_REASON, Text("The translation of {key}", key=key))
        if text.strip():
            pairs.append((key, text.strip()))
    return tuple(pairs)


def parse_translations(items: Sequence[str] | None) -> dict[str, str]:
    """``NAME=TEXT`` items (the CLI's ``--translation``) as a mapping."""
    found: dict[str, str] = {}
    for item in items or ():
        name, sep, text = item.partition("=")
        if not sep:
            raise ValidationError("--translation takes NAME=TEXT, not {item!r}.", item=item)
        found[name.strip()] = text
    return found


class LetterChoices(TypedDict, total=False):
    """What the staff chose for a letter, as :func:`prepare_letter` takes it; handed on as they
    are by :func:`issue_letter` and :func:`preview_letter` (a preview checks what printing
    would)."""

    signer: str | None
    registered_number: str | None
    objection_grounds: str | None
    disclosure_override_reason: str | None
    refusal_reasons: str | None
    recipient: str | Addressee | None
    activities: Sequence[str] | None
    late_extension_reason: str | None
    translations: Mapping[str, str] | None


def prepare_letter(
    uow: UnitOfWork,
    reference: str,
    kind: LetterKind | str,
    lang: str | None,
    *,
    signer: str | None = None,
    registered_number: str | None = None,
    objection_grounds: str | None = None,
    disclosure_override_reason: str | None = None,
    refusal_reasons: str | None = None,
    recipient: str | Addressee | None = None,
    activities: Sequence[str] | None = None,
    late_extension_reason: str | None = None,
    translations: Mapping[str, str] | None = None,
    preview: bool = False,
    with_linked: bool = False,
    id_means: Sequence[str] = (),
) -> LetterData:
    """Everything a letter needs, checked: the kind suits the request and every placeholder has
    a value (``ValidationError`` / ``RuleViolation`` otherwise, before anything is rendered).

    ``lang`` None means the requester's language. An access (or portability) answer to a
    requester whose identity is not verified is refused unless ``disclosure_override_reason``
    explains why; that decision is audited (``request.disclosure_override``) unless
    ``preview`` is set (a preview on screen discloses nothing; printing, saving and sending
    prepare the letter again without ``preview``).

    ``id_means`` (preview only): the means of identification staff are choosing for a request
    for identity recorded without any; the preview shows them, nothing is stored (they are
    recorded through ``services.requests.record_id_means`` before the letter is issued).
    """
    if id_means and not preview:
        raise ValueError("id_means is for a preview: record them with record_id_means first")
    check_length(signer, MAX_NAME, "The signer's name")
    check_length(registered_number, MAX_NAME, "The registered-mail number")
    for text, what in (
        (objection_grounds, "The grounds"),
        (disclosure_override_reason, "The reason for disclosing"),
        (refusal_reasons, "The reasons of the refusal"),
        (recipient if isinstance(recipient, str) else None, "The recipient"),
        (late_extension_reason, "The reason for printing the extension late"),
    ):
        check_length(text, MAX_REASON, what)
    letter_kind = _kind(kind)
    addressee = Addressee.parse(recipient) if isinstance(recipient, str) else recipient
    with uow:
        request = load_request(uow, reference)
        if id_means:  # shown in the preview only: this unit of work is never committed
            request.record_id_means(parse_means(id_means))
        today = uow.clock.today()
        language = parse_language(lang) if lang else request.requester.language
        linked = uow.requests.linked_with(request)
        detail = request_detail(request, today, lang=language, linked=linked)
        letter = LetterData(
            kind=letter_kind,
            lang=language,
            request=detail,
            entity=entity_letter_view(request.entity),
            today=today,
            signer=(signer or "").strip() or _display_name(uow),
            registered_number=(registered_number or "").strip() or None,
            objection_grounds=(objection_grounds or "").strip() or None,
            refusal_reasons=(refusal_reasons or "").strip() or None,
            recipient=addressee,
            disclosure_override_reason=(disclosure_override_reason or "").strip() or None,
            bundle=_bundle(uow, request.reference),
            activities=None if activities is None else tuple(activities),
            signer_title=signer_title(uow, request.entity),
            late_extension_reason=(late_extension_reason or "").strip() or None,
            translations=_translations(translations),
            with_linked=with_linked,
        )
        check_fit(letter)
        if not letter.signer:  # the kind suits the request: now, who signs it
            default_signer(uow)  # raises: never the OS login
        compose(letter)  # every missing placeholder value, before any rendering
        if preview:
            return letter
        if letter.needs_disclosure_override:
            uow.record(
                "request.disclosure_override",
                request.reference,
                letter=letter_kind.value,
                lang=language,
                **request.keep_reason(letter.disclosure_override_reason or "").audit_details(),
            )
        late = letter_kind is LetterKind.EXTENSION and extension_too_late(detail, today)
        if late and letter.late_extension_reason:
            uow.record(
                "letter.late_extension_override",
                request.reference,
                notice_by=detail.extension_notice_by.isoformat(),
                printed_on=today.isoformat(),
                **request.keep_reason(letter.late_extension_reason).audit_details(),
            )
        if letter.needs_disclosure_override or late:
            uow.commit()
        return letter


@dataclass(frozen=True)
class Sending:
    """How and when a letter left the office; ``registered_number`` is the registered-mail
    number (the proof of sending, recorded in the audit log with the channel)."""

    channel: SendChannel
    sent_on: date
    registered_number: str | None = None


def sending(channel: str | None, sent_on: date, registered_number: str | None = None) -> Sending:
    """Read how a letter was sent: a registered-mail number makes it registered post (the
    default channel then), and cannot go with an e-mail or a hand delivery."""
    check_length(registered_number, MAX_NAME, "The registered-mail number")
    number = (registered_number or "").strip() or None
    how = SendChannel.parse(channel) if channel else None
    if number is not None:
        if how in (None, SendChannel.POST):
            how = SendChannel.REGISTERED_POST
        elif how is not SendChannel.REGISTERED_POST:
            raise ValidationError(
                "A registered-mail number goes with a letter sent by registered post, "
                "not by {how}.",
                how=how.value,
            )
    return Sending(how or SendChannel.POST, sent_on, number)


@dataclass(frozen=True)
class IssuedLetter:
    """A letter written through :func:`issue_letter`: its PDF, and its copy kept in the
    request's file (``document``) with what the request file shows of it (``letter``)."""

    pdf: bytes
    document: DocumentView
    letter: LetterView


def issue_letter(
    uow_factory: Callable[[], UnitOfWork],
    store: DocumentStore,
    reference: str,
    kind: LetterKind | str,
    lang: str | None,
    *,
    sent: Sending | None = None,
    with_linked: bool = False,
    **choices: Unpack[LetterChoices],
) -> IssuedLetter:
    """The one path of every letter printed, saved or sent (GUI and CLI): prepare it (the
    rules, a disclosure override audited), render the PDF, then keep it encrypted in the
    request's file with its audit entry (``letter.created``: kind, language, date, never the
    content) and, when ``sent`` says so, the sending (``letter.sent``).

    ``with_linked``: the other requests logged from the same message (``RequestDetail.linked``)
    are answered in the same mailing: one PDF holding, after this request's letter, the letter
    of the same kind for each of them (each checked and stated from its own record, each
    saying that the others are answered in the same mailing); the PDF is kept in every one of
    their files, each audited (``letter.created`` naming the others, ``answered_with``).
    ``choices``: what :func:`prepare_letter` takes (``LetterChoices``)."""
    uow_factory().require(Action.WRITE_LETTERS)  # before an override is audited

    def prepared(ref: str, language: str | None) -> LetterData:
        return prepare_letter(
            uow_factory(), ref, kind, language, with_linked=with_linked, **choices
        )

    letters, pdf = _mailing(prepared, reference, lang, with_linked)
    letter = letters[0]
    addressee = letter.recipient.name if letter.recipient is not None else None
    kept = [
        keep_letter(
            uow_factory(),
            store,
            one.request.reference,
            one.kind,
            one.lang,
            pdf,
            sent=sent,
            recipient=addressee if one.kind is LetterKind.RECIPIENT_NOTICE else None,
            answered_with=tuple(
                o.request.reference for o in letters if o.request.reference != one.request.reference
            ),
        )
        for one in letters
    ]
    document, view = kept[0]
    return IssuedLetter(pdf, document, view)


def _mailing(
    prepared: Callable[[str, str | None], LetterData],
    reference: str,
    lang: str | None,
    with_linked: bool,
) -> tuple[list[LetterData], bytes]:
    """The letters of one mailing (this request's, then, ``with_linked``, the same kind for
    each linked request, in this letter's language) and their one PDF."""
    letter = prepared(reference, lang)
    letters = [letter]
    if with_linked:
        if not letter.request.linked:
            raise ValidationError(
                "{reference} has no linked request (other rights asked in the same "
                "message): write its letter alone.",
                reference=letter.request.reference,
            )
        letters += [prepared(other.reference, letter.lang) for other in letter.request.linked]
    first, *others = [compose(one) for one in letters]  # outside any transaction
    pdf = render_composition(
        replace(first, parts=first.parts + tuple(p for c in others for p in c.parts))
    )
    return letters, pdf


def preview_letter(
    uow_factory: Callable[[], UnitOfWork],
    reference: str,
    kind: LetterKind | str,
    lang: str | None,
    *,
    with_linked: bool = False,
    id_means: Sequence[str] = (),
    **choices: Unpack[LetterChoices],
) -> bytes:
    """The PDF :func:`issue_letter` would write with the same arguments, for a preview on
    screen: checked the same way, nothing kept, nothing audited. ``with_linked``: the one PDF
    of the mailing (a letter per linked request). ``id_means``: the means of identification
    being chosen for a request for identity recorded without any (shown, not stored)."""

    def prepared(ref: str, language: str | None) -> LetterData:
        return prepare_letter(
            uow_factory(),
            ref,
            kind,
            language,
            preview=True,
            with_linked=with_linked,
            id_means=id_means if ref == reference else (),
            **choices,
        )

    return _mailing(prepared, reference, lang, with_linked)[1]


def _check_sent_on(request: Request, sent_on: date, today: date) -> None:
    if sent_on > today:
        raise ValidationError(
            "The sending date {sent_on:%d/%m/%Y} is in the future.", sent_on=sent_on
        )
    if sent_on < request.received_on:
        raise ValidationError(
            "The sending date {sent_on:%d/%m/%Y} is before the request was received.",
            sent_on=sent_on,
        )


def _record_sending(
    uow: UnitOfWork,
    request: Request,
    kind: LetterKind,
    language: str,
    document_id: str,
    sent: Sending,
    recipient: str | None = None,
) -> None:
    """Audit ``letter.sent`` and move the last contact with the requester (the objection and
    opt-out records' retention clock runs from it). A recipient's notice (Art. 19) sent to
    ``recipient`` records that notice too, as ``request notify`` does, unless already recorded."""
    request.record_contact(sent.sent_on)
    details: dict[str, object] = {
        "kind": kind.value,
        "lang": language,
        "channel": sent.channel.value,
        "sent_on": sent.sent_on.isoformat(),
        "document_id": document_id,
    }
    if sent.registered_number:
        details["registered_number"] = sent.registered_number
    if kind is LetterKind.EXTENSION:
        details["notice"] = "extension notice sent (Art. 12(3))"
        details["in_time"] = request.deadlines().can_still_extend(sent.sent_on)
    uow.record("letter.sent", request.reference, **details)
    if kind is LetterKind.RECIPIENT_NOTICE and recipient:
        _record_notice_sent(uow, request, recipient, sent.sent_on, document_id)


def _record_notice_sent(
    uow: UnitOfWork, request: Request, recipient: str, sent_on: date, document_id: str
) -> None:
    """The recipient's notice letter left the office: the Art. 19 notice is recorded (which
    recipient, the sending date) unless that recipient was already recorded as notified."""
    name = " ".join(recipient.split())
    if any(n.recipient.casefold() == name.casefold() for n in request.recipient_notices):
        return
    today = uow.clock.today()
    if request.allowed(RequestAction.NOTIFY, today) is not None:
        return  # nothing to notify any more (refused, forwarded, archived): the letter only
    notice = request.notify_recipient(name, sent_on, today)
    uow.record(
        "request.recipient_notified",
        request.reference,
        recipient=notice.recipient,
        notified_on=notice.notified_on.isoformat(),
        document_id=document_id,
    )


def keep_letter(
    uow: UnitOfWork,
    store: DocumentStore,
    reference: str,
    kind: LetterKind | str,
    lang: str,
    pdf: bytes,
    *,
    sent: Sending | None = None,
    recipient: str | None = None,
    answered_with: Sequence[str] = (),
) -> tuple[DocumentView, LetterView]:
    """Keep a letter written today (encrypted, as a RESPONSE document), audit
    ``letter.created`` and, if ``sent``, ``letter.sent``. A recipient's notice names its
    ``recipient`` (an organisation) in ``letter.created``: once sent, the Art. 19 notice is
    recorded.

    Same order as ``attach_document``: ciphertext first, then the record and the audit
    entries in one transaction; the ciphertext is removed again if anything fails.
    """
    uow.require(Action.WRITE_LETTERS)
    letter_kind = _kind(kind)
    language = parse_language(lang)
    if not pdf.startswith(b"%PDF-"):
        raise ValidationError("The letter to keep is not a PDF document.")
    ref = parse_reference(reference)
    stored = store.add(pdf)
    committed = False
    try:
        with uow:
            request = load_request(uow, ref)
            today = uow.clock.today()
            if sent is not None:
                _check_sent_on(request, sent.sent_on, today)
            day = sent.sent_on if sent is not None else today
            name = clean_filename(f"{ref} {letter_kind.value} {language} {day.isoformat()}.pdf")
            record = new_document_record(stored, DocumentKind.RESPONSE, name, PDF_MEDIA_TYPE, uow)
            request.attach(record, today)
            uow.record(
                "request.document_added",
                request.reference,
                document_id=stored.document_id,
                kind=DocumentKind.RESPONSE.value,
                media_type=PDF_MEDIA_TYPE,
                size=stored.size,
            )
            uow.record(
                "letter.created",
                request.reference,
                kind=letter_kind.value,
                lang=language,
                created_on=today.isoformat(),
                document_id=stored.document_id,
                **({"recipient": recipient} if recipient else {}),
                **({"answered_with": ", ".join(answered_with)} if answered_with else {}),
            )
            if sent is not None:
                _record_sending(
                    uow, request, letter_kind, language, stored.document_id, sent, recipient
                )
            uow.commit()
            committed = True
    finally:
        if not committed:
            discard_unrecorded(store, stored)
    view = LetterView(
        kind=letter_kind.value,
        lang=language,
        created_on=today,
        sent_on=sent.sent_on if sent is not None else None,
        channel=sent.channel.value if sent is not None else None,
        document_id=stored.document_id,
    )
    return document_view(record), view


def mark_letter_sent(
    uow: UnitOfWork, reference: str, document_id: str, sent: Sending
) -> LetterView:
    """Record that a letter kept earlier (:func:`issue_letter`) was sent: ``letter.sent``
    with the channel and registered-mail number; the last contact moves to the sending date."""
    uow.require(Action.WRITE_LETTERS)
    with uow:
        request = load_request(uow, reference)
        today = uow.clock.today()
        timeline = tuple(TimelineEvent.from_entry(e) for e in uow.audit.entries(request.reference))
        letter = next((k for k in letter_history(timeline) if k.document_id == document_id), None)
        if letter is None:
            raise NotFound(
                "{reference} has no letter kept as document {document_id!r}; `request "
                "show --json` lists its letters.",
                reference=request.reference,
                document_id=document_id,
            )
        if letter.sent_on is not None:
            raise RuleViolation(
                "This {kind} letter was already recorded as sent on {sent_on:%d/%m/%Y} "
                "({channel}).",
                kind=letter.kind,
                sent_on=letter.sent_on,
                channel=letter.channel,
            )
        _check_sent_on(request, sent.sent_on, today)
        if sent.sent_on < letter.created_on:
            raise ValidationError(
                "The sending date {sent_on:%d/%m/%Y} is before the letter was written "
                "({created_on:%d/%m/%Y}).",
                sent_on=sent.sent_on,
                created_on=letter.created_on,
            )
        recipient = next(
            (
                str(e.details["recipient"])
                for e in uow.audit.entries(request.reference)
                if e.action == "letter.created"
                and e.details.get("document_id") == document_id
                and e.details.get("recipient")
            ),
            None,
        )
        _record_sending(
            uow, request, LetterKind(letter.kind), letter.lang, document_id, sent, recipient
        )
        uow.commit()
        return replace(letter, sent_on=sent.sent_on, channel=sent.channel.value)


def record_letter_sent(
    uow: UnitOfWork,
    store: DocumentStore,
    reference: str,
    kind: LetterKind | str,
    lang: str,
    pdf: bytes,
    channel: str,
    sent_on: date,
) -> DocumentView:
    """Keep a letter rendered by the caller as written today and sent on ``sent_on``
    (:func:`keep_letter`)."""
    document, _letter = keep_letter(
        uow, store, reference, kind, lang, pdf, sent=Sending(SendChannel.parse(channel), sent_on)
    )
    return document


# -- an entity's own wording ---------------------------------------------------------------


@dataclass(frozen=True)
class WordingView:
    """The wording in force for an entity, kind and language, and the shipped default."""

    entity: str
    kind: LetterKind
    lang: str
    text: str
    default_text: str
    is_override: bool
    placeholders: dict[str, str]


def _override(entity: Entity, kind: LetterKind, lang: str) -> LetterOverride | None:
    return next((o for o in entity.letter_overrides if o.kind == kind and o.lang == lang), None)


def _wording_view(entity: Entity, kind: LetterKind, lang: str) -> WordingView:
    override = _override(entity, kind, lang)
    default = default_wording(kind, lang)
    return WordingView(
        entity=entity.name,
        kind=kind,
        lang=lang,
        text=override.body if override else default,
        default_text=default,
        is_override=override is not None,
        placeholders=placeholders_for(kind),
    )


def letter_wording(
    uow: UnitOfWork, entity_name: str, kind: LetterKind | str, lang: str
) -> WordingView:
    """The wording in force (the entity's own, else the default) with its placeholders."""
    letter_kind, language = _kind(kind), parse_language(lang)
    with uow:
        return _wording_view(resolve_entity(uow, entity_name), letter_kind, language)


def entity_view(uow: UnitOfWork, entity_name: str) -> EntityLetterView:
    """The entity as letters see it (for the wording editor's preview)."""
    with uow:
        return entity_letter_view(resolve_entity(uow, entity_name))


@dataclass(frozen=True)
class LetterTemplateView:
    """What the wording editor shows: the wording in force, and the entity as letters see it
    (its preview's letterhead)."""

    wording: WordingView
    entity: EntityLetterView


def letter_template(
    uow: UnitOfWork, entity_name: str, kind: LetterKind | str, lang: str
) -> LetterTemplateView:
    """The wording editor's page in one read: :func:`letter_wording` and :func:`entity_view`."""
    letter_kind, language = _kind(kind), parse_language(lang)
    with uow:
        entity = resolve_entity(uow, entity_name)
        return LetterTemplateView(
            _wording_view(entity, letter_kind, language), entity_letter_view(entity)
        )


def check_wording(kind: LetterKind | str, body: str) -> None:
    """``ValidationError`` when a wording cannot be used for this kind of letter."""
    if len(body) > MAX_WORDING_CHARS:
        raise ValidationError(
            "A wording is at most {max_wording_chars} characters.",
            max_wording_chars=MAX_WORDING_CHARS,
        )
    check_placeholders(parse_template(body), _kind(kind))


def save_letter_override(
    uow: UnitOfWork, entity_name: str, kind: LetterKind | str, lang: str, body: str
) -> WordingView:
    """Replace the default wording of one letter kind and language for one entity."""
    uow.require(Action.CHANGE_SETTINGS)
    letter_kind, language = _kind(kind), parse_language(lang)
    text = body.replace("\r\n", "\n").strip() + "\n"
    check_wording(letter_kind, text)
    with uow:
        entity = resolve_entity(uow, entity_name)
        current = _override(entity, letter_kind, language)
        if current is not None and current.body == text:
            return _wording_view(entity, letter_kind, language)
        if current is None:
            entity.letter_overrides.append(LetterOverride(letter_kind.value, language, text))
        else:
            current.body = text
        uow.record(
            "entity.letter_override_saved",
            None,
            entity=entity.name,
            kind=letter_kind.value,
            lang=language,
            length=len(text),
        )
        view = _wording_view(entity, letter_kind, language)
        uow.commit()
        return view


def reset_letter_override(
    uow: UnitOfWork, entity_name: str, kind: LetterKind | str, lang: str
) -> WordingView:
    """Go back to DSR Desk's wording for this kind and language."""
    uow.require(Action.CHANGE_SETTINGS)
    letter_kind, language = _kind(kind), parse_language(lang)
    with uow:
        entity = resolve_entity(uow, entity_name)
        current = _override(entity, letter_kind, language)
        if current is None:
            raise RuleViolation(
                "{name} uses the default {letter_kind} wording ({language}) already.",
                name=entity.name,
                letter_kind=letter_kind.value,
                language=language,
            )
        entity.letter_overrides.remove(current)
        uow.record(
            "entity.letter_override_reset",
            None,
            entity=entity.name,
            kind=letter_kind.value,
            lang=language,
        )
        view = _wording_view(entity, letter_kind, language)
        uow.commit()
        return view
