"""Use cases on requests: one function per user action. Each opens the unit of work, loads
through the repositories, lets the domain apply the rule, appends the audit entry, commits,
and returns a read model. The CLI and the GUI call exactly these."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Final

from dsr_desk.domain.documents import Note
from dsr_desk.domain.errors import ArchiveRestricted, ValidationError
from dsr_desk.domain.identity_means import parse_means
from dsr_desk.domain.limits import MAX_NAME, MAX_REASON, check_length
from dsr_desk.domain.request_actions import CLOSING_ACTIONS, RequestAction
from dsr_desk.domain.requesters import Requester, normalise_email, parse_civility
from dsr_desk.domain.requests import (
    Capacity,
    Channel,
    InformationKind,
    Outcome,
    Request,
    RequestType,
    SuspensionEntry,
    format_reference,
)
from dsr_desk.domain.roles import Action
from dsr_desk.domain.verification import IdentityCheck, VerificationMethod, VerificationOutcome
from dsr_desk.letters.kinds import ANSWER_LETTER_KINDS
from dsr_desk.read_models import RequestDetail, RequestFile, TimelineEvent, request_detail
from dsr_desk.services.accounts import assignable_users, validate_assignee
from dsr_desk.services.entities import resolve_entity
from dsr_desk.services.loading import load_request
from dsr_desk.storage.unit_of_work import UnitOfWork

#: A fee above this is refused outright (a typing slip, not a reasonable fee).
MAX_FEE_EUROS: Final = Decimal(10000)


def _detail(
    uow: UnitOfWork, request: Request, *, with_timeline: bool = False, lang: str = "en"
) -> RequestDetail:
    timeline: tuple[TimelineEvent, ...] = ()
    linked = uow.requests.linked_with(request)
    if not with_timeline:
        return request_detail(request, uow.clock.today(), timeline, linked=linked)
    entries = tuple(uow.audit.entries(request.reference))  # read twice: a sequence
    names = {d.document_id: d.filename for d in request.documents}
    timeline = tuple(TimelineEvent.from_entry(e, request.reason_text, names) for e in entries)
    answered = any(
        e.action == "letter.sent" and e.details.get("kind") in ANSWER_LETTER_KINDS for e in entries
    )
    detail = request_detail(request, uow.clock.today(), timeline, lang=lang, linked=linked)
    return replace(detail, answer_sent=answered, version=uow.version_of(request))


def _find_or_add_requester(
    uow: UnitOfWork, name: str, email: str | None, address: str, language: str
) -> Requester:
    """Reuse the requester already known under this e-mail and name, else add a new one."""
    candidate = Requester(name=name, email=email, postal_address=address, language=language)
    if candidate.email:
        for known in uow.requesters.find_by_email(candidate.email):
            if known.name.casefold() == candidate.name.casefold():
                if address.strip() and not known.postal_address:
                    known.postal_address = address.strip()
                return known
    uow.requesters.add(candidate)
    return candidate


def register_request(
    uow: UnitOfWork,
    *,
    type: RequestType,
    received_on: date,
    name: str,
    email: str | None = None,
    address: str = "",
    entity: str | None = None,
    channel: Channel = Channel.EMAIL,
    summary: str = "",
    language: str = "fr",
    assignee: str | None = None,
    capacity: Capacity = Capacity.SELF,
    subject_name: str | None = None,
    also: Sequence[RequestType] = (),
    civility: str = "",
) -> RequestDetail:
    """Log a new request and its requester; returns it with its computed deadlines.

    ``capacity``: who makes it (the requester, or someone acting for the data subject named
    ``subject_name``). ``also``: the other rights asked in the same message, each logged as a
    request of its own, linked to this one (same requester, receipt, capacity and summary);
    the details of the first are returned, its ``linked`` naming the others. Nothing is logged
    when any of them is refused."""
    normalise_email(email)  # fail on a bad address before touching anything
    parse_civility(civility)
    types = [type, *also]
    repeated = sorted({t.value for t in types if types.count(t) > 1})
    if repeated:
        raise ValidationError(
            "The same right is asked twice ({repeated}): log each right once.",
            repeated=", ".join(repeated),
        )
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        owner = resolve_entity(uow, entity)
        if assignee:
            assignee = validate_assignee(uow, assignee)
        requester = _find_or_add_requester(uow, name, email, address, language)
        if civility:  # how letters address the requester (« Madame, Monsieur » when unknown)
            requester.civility = parse_civility(civility)
        uow.requests.hold_numbering(received_on.year)  # a colleague's at the same moment waits
        number = uow.requests.last_number(received_on.year) + 1
        first = format_reference(received_on.year, number)
        logged: list[Request] = []
        for offset, kind in enumerate(types):
            reference = format_reference(received_on.year, number + offset)
            request = Request.register(
                reference=reference,
                type=kind,
                received_on=received_on,
                requester=requester,
                entity=owner,
                today=uow.clock.today(),
                channel=channel,
                summary=summary,
                assignee=assignee,
                capacity=capacity,
                subject_name=subject_name,
                linked_to=first if offset else None,
            )
            uow.requests.add(request)
            logged.append(request)
            uow.record(
                "request.registered",
                reference,
                type=kind.value,
                channel=channel.value,
                received_on=received_on.isoformat(),
                entity=owner.name,
                due_on=request.due_on.isoformat() if request.due_on else None,
                **({"capacity": capacity.value} if capacity is not Capacity.SELF else {}),
                **({"linked_to": first} if offset else {}),
            )
        uow.commit()
        others = logged[1:]
        return request_detail(logged[0], uow.clock.today(), linked=others)


def get_request(
    uow: UnitOfWork,
    reference: str,
    *,
    consult_reason: str | None = None,
    consulted: bool = False,
    lang: str = "en",
) -> RequestDetail:
    """One request with its timeline (its deadline explained in ``lang``).

    A closed objection record is a restricted archive: reading it needs a stated reason, kept in
    the audit log (``request.archive_consulted``), else ``ArchiveRestricted``. ``consulted``
    says the reason was already given and audited in this session (the GUI reloading a file).
    """
    with uow:
        request = _consulted(uow, reference, consult_reason, consulted)
        return _detail(uow, request, with_timeline=True, lang=lang)


def request_file(
    uow: UnitOfWork,
    reference: str,
    *,
    consult_reason: str | None = None,
    consulted: bool = False,
    lang: str = "en",
) -> RequestFile:
    """What the request's page shows, in one read: the request with its timeline (the archive
    rule of :func:`get_request` applies; its deadline explained in ``lang``), its entity's
    suspension policy and today."""
    with uow:
        request = _consulted(uow, reference, consult_reason, consulted)
        return RequestFile(
            detail=_detail(uow, request, with_timeline=True, lang=lang),
            suspension_policy=request.entity.suspension_policy.value,
            today=uow.clock.today(),
            assignees=assignable_users(uow),
        )


def _consulted(
    uow: UnitOfWork, reference: str, consult_reason: str | None, consulted: bool
) -> Request:
    """The request, once a restricted archive's consultation is justified and audited."""
    request = load_request(uow, reference)
    if request.archive_only:
        uow.require(Action.CONSULT_ARCHIVES)
    if request.archive_only and not consulted:
        check_length(consult_reason, MAX_REASON, "The reason for consulting it")
        reason = (consult_reason or "").strip()
        if not reason:
            raise ArchiveRestricted(
                "{reference} is a closed objection record kept as a restricted "
                "archive: give the reason for consulting it (it is recorded).",
                reference=request.reference,
            )
        uow.record(
            "request.archive_consulted",
            request.reference,
            **request.keep_reason(reason).audit_details(),
        )
        uow.commit()
    return request


def start_processing(uow: UnitOfWork, reference: str) -> RequestDetail:
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        request = load_request(uow, reference)
        request.start_processing(uow.clock.today())
        uow.record("request.started", request.reference)
        uow.commit()
        return _detail(uow, request)


def extend(
    uow: UnitOfWork, reference: str, reason: str, *, reason_lang: str | None = None
) -> RequestDetail:
    """Extend by two months with reasons (refused after the extension-notice date), typed in
    ``reason_lang`` (default: the request's language)."""
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        request = load_request(uow, reference)
        new_due = request.extend(reason, uow.clock.today(), reason_lang)
        uow.record(
            "request.extended",
            request.reference,
            new_due_on=new_due.isoformat(),
            **request.keep_reason(reason).audit_details(),
        )
        uow.commit()
        return _detail(uow, request)


def answer_recorded_as_sent(uow: UnitOfWork, reference: str) -> bool:
    """Whether a letter answering the request (not an acknowledgement, ID or clarification
    request, extension or recipient notice) was recorded as sent (``letter.sent``)."""
    return any(
        entry.action == "letter.sent" and entry.details.get("kind") in ANSWER_LETTER_KINDS
        for entry in uow.audit.entries(reference)
    )


def close(
    uow: UnitOfWork,
    reference: str,
    outcome: Outcome,
    *,
    reason: str | None = None,
    on: date | None = None,
    granted: str | None = None,
    withheld: str | None = None,
    late_reason: str | None = None,
    reason_lang: str | None = None,
) -> RequestDetail:
    """Record how the request ended (``Outcome``; the right's table says which outcomes it
    allows). The reasons, and a partial answer's granted and withheld parts, are kept with the
    request; the audit entry refers to them by number and MAC. The returned detail says
    whether an answer was recorded as sent (``answer_sent``). Dated before today so as to
    escape a rule of today (answered late, or closed for lack of reply before the on-hold
    period ended), it needs ``late_reason``, audited with both dates (``request.late_entry``)."""
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        request = load_request(uow, reference)
        closed_on = on or uow.clock.today()
        request.close(
            outcome,
            closed_on,
            uow.clock.today(),
            reason,
            granted=granted,
            withheld=withheld,
            late_reason=late_reason,
            reason_lang=reason_lang,
        )
        answered = answer_recorded_as_sent(uow, request.reference)
        kept: dict[str, object] = {}
        if request.outcome_reason is not None:
            kept |= request.keep_reason(request.outcome_reason).audit_details()
        for part, text in (
            ("granted", request.outcome_granted),
            ("withheld", request.outcome_withheld),
        ):
            if text is not None:
                details = request.keep_reason(text).audit_details()
                kept |= {f"{part}_{key}": value for key, value in details.items()}
        uow.record(
            "request.closed",
            request.reference,
            outcome=outcome.value,
            closed_on=closed_on.isoformat(),
            answer_recorded=answered,
            **kept,
        )
        _record_late_entry(uow, request, CLOSING_ACTIONS[outcome], closed_on, late_reason)
        uow.commit()
        return replace(_detail(uow, request), answer_sent=answered)


def record_recipient_notice(
    uow: UnitOfWork, reference: str, recipient: str, notified_on: date | None = None
) -> RequestDetail:
    """Record that a recipient of the data was notified (Art. 19); audited
    ``request.recipient_notified`` (the recipient is an organisation, not the requester)."""
    check_length(recipient, MAX_NAME, "The recipient's name")
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        request = load_request(uow, reference)
        today = uow.clock.today()
        notice = request.notify_recipient(recipient, notified_on or today, today)
        uow.record(
            "request.recipient_notified",
            request.reference,
            recipient=notice.recipient,
            notified_on=notice.notified_on.isoformat(),
        )
        uow.commit()
        return request_detail(request, today)


def ask_for_information(
    uow: UnitOfWork,
    reference: str,
    kind: InformationKind,
    reason: str,
    *,
    asked_on: date | None = None,
    unmatched: bool = False,
    amount: Decimal | None = None,
    means: Sequence[str] = (),
    late_reason: str | None = None,
    reason_lang: str | None = None,
) -> RequestDetail:
    """Ask for ID, clarification or a fee (Art. 12(5)(a), ``amount`` in euros): the deadline
    is suspended per the entity's policy. ``unmatched``: the person cannot be matched with the
    records (a right that asks for no ID by default, such as a marketing opt-out, then may).
    For identity, ``reason`` says why there is a reasonable doubt and ``means`` what the
    requester may send (``domain.identity_means`` codes: proportionate, least intrusive
    first; EDPB Guidelines 01/2022). Dated before a due date that has passed today, it needs
    ``late_reason``."""
    chosen = parse_means(means)
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        request = load_request(uow, reference)
        today = uow.clock.today()
        day = asked_on or today
        entry = request.ask_for_information(
            kind,
            reason,
            day,
            today,
            unmatched=unmatched,
            amount_cents=None if amount is None else _cents(amount),
            means=chosen,
            late_reason=late_reason,
            reason_lang=reason_lang,
        )
        extra: dict[str, object] = {}
        if chosen:
            extra["means"] = entry.id_means
        if unmatched:
            extra["unmatched"] = True
        if entry.amount_cents is not None:
            extra["amount_cents"] = entry.amount_cents
        uow.record(
            "request.information_asked",
            request.reference,
            kind=kind.value,
            asked_on=day.isoformat(),
            policy=entry.policy.value,
            **extra,
            **request.keep_reason(entry.reason).audit_details(),
        )
        _record_late_entry(uow, request, RequestAction.ASK, day, late_reason)
        uow.commit()
        return _detail(uow, request)


def record_id_means(uow: UnitOfWork, reference: str, means: Sequence[str]) -> RequestDetail:
    """Record the means of identification offered on the last request for identity when it
    has none (an ask recorded before the means were, schema 0017): audited
    ``request.id_means_recorded`` (the ask's date and the means' codes). The same means again
    change nothing; other means are refused (``Request.record_id_means``)."""
    uow.require(Action.WRITE_LETTERS)
    chosen = parse_means(means)
    with uow:
        request = load_request(uow, reference)
        entry = request.record_id_means(chosen)
        if entry.means == chosen and not _means_audited(uow, request.reference, entry):
            uow.record(
                "request.id_means_recorded",
                request.reference,
                asked_on=entry.asked_on.isoformat(),
                means=entry.id_means,
            )
            uow.commit()
        return _detail(uow, request)


def _means_audited(uow: UnitOfWork, reference: str, entry: SuspensionEntry) -> bool:
    """Whether the means of this ask are already in the audit log (asked with them, or
    recorded afterwards)."""
    day = entry.asked_on.isoformat()
    return any(
        e.action in ("request.information_asked", "request.id_means_recorded")
        and e.details.get("asked_on") == day
        and e.details.get("means") == entry.id_means
        for e in uow.audit.entries(reference)
    )


def _record_late_entry(
    uow: UnitOfWork, request: Request, action: RequestAction, stated: date, late_reason: str | None
) -> None:
    """Audit ``request.late_entry``: the stated and the real date of an action recorded late,
    and its late reason (kept with the request, referred to by number)."""
    today = uow.clock.today()
    if stated < today and (late_reason or "").strip():
        uow.record(
            "request.late_entry",
            request.reference,
            late_action=action.value,
            stated_on=stated.isoformat(),
            recorded_on=today.isoformat(),
            **request.keep_reason(late_reason or "").audit_details(),
        )


def information_received(
    uow: UnitOfWork, reference: str, *, received_on: date | None = None
) -> RequestDetail:
    """The awaited information arrived: the deadline restarts or resumes."""
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        request = load_request(uow, reference)
        day = received_on or uow.clock.today()
        entry = request.information_received(day, uow.clock.today())
        uow.record(
            "request.information_received",
            request.reference,
            kind=entry.kind.value,
            received_on=day.isoformat(),
            due_on=request.due_on.isoformat() if request.due_on else None,
        )
        uow.commit()
        return _detail(uow, request)


def record_identity_check(
    uow: UnitOfWork,
    reference: str,
    method: VerificationMethod,
    *,
    checked_by: str | None = None,
    checked_on: date | None = None,
    outcome: VerificationOutcome = VerificationOutcome.VERIFIED,
    document_kind: str | None = None,
    number_last_chars: str | None = None,
    note: str = "",
) -> RequestDetail:
    """Record how the requester's identity was checked (no copy of the document needed)."""
    uow.require(Action.CHECK_IDENTITY)
    with uow:
        request = load_request(uow, reference)
        check = IdentityCheck(
            method=method,
            checked_by=checked_by or uow.user,
            checked_on=checked_on or uow.clock.today(),
            outcome=outcome,
            document_kind=document_kind,
            number_last_chars=number_last_chars,
            note=note,
        )
        request.record_identity_check(check, uow.clock.today())
        uow.record(
            "request.identity_checked",
            request.reference,
            method=method.value,
            outcome=outcome.value,
            checked_by=check.checked_by,
            checked_on=check.checked_on.isoformat(),
        )
        uow.commit()
        return _detail(uow, request)


def add_note(uow: UnitOfWork, reference: str, text: str) -> RequestDetail:
    """A free-text note on the request file (audited; the text stays in the note)."""
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        request = load_request(uow, reference)
        note = Note(written_at=uow.clock.now(), author=uow.user, text=text)
        request.add_note(note)
        uow.record("request.note_added", request.reference, length=len(note.text))
        uow.commit()
        return _detail(uow, request)


def edit_requester(
    uow: UnitOfWork,
    reference: str,
    *,
    name: str | None = None,
    email: str | None = None,
    address: str | None = None,
    language: str | None = None,
) -> RequestDetail:
    """Correct the requester's details after saving (None: left as it is; an empty e-mail:
    none known). The requester is corrected on their other requests too. Audited
    ``request.requester_corrected`` with the names of the fields changed, never their values
    (the audit log keeps no personal data); nothing changed, nothing recorded."""
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        request = load_request(uow, reference)
        changed = request.correct_requester(
            uow.clock.today(), name=name, email=email, address=address, language=language
        )
        if changed:
            uow.record("request.requester_corrected", request.reference, fields=list(changed))
            uow.commit()
        return _detail(uow, request)


def assign(uow: UnitOfWork, reference: str, assignee: str | None) -> RequestDetail:
    """Give the request to another person of the office (empty: nobody). Audited
    ``request.assigned`` without the name (the entry's user is who reassigned it). On a team
    database, or once a vault has accounts besides its owner's, the name must be one of the
    users (``accounts.validate_assignee``)."""
    uow.require(Action.EDIT_REQUESTS)
    with uow:
        request = load_request(uow, reference)
        if assignee and assignee.strip():
            assignee = validate_assignee(uow, assignee)
        if request.assign(assignee, uow.clock.today()):
            uow.record(
                "request.assigned",
                request.reference,
                unassigned=True if request.assignee is None else None,
            )
            uow.commit()
        return _detail(uow, request)


def _cents(amount: Decimal) -> int:
    """Euros to cents; refused when not a positive amount with at most two decimals."""
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            "A fee is a positive amount in euros with at most two decimals, not {amount}.",
            amount=amount,
        )
    if amount > MAX_FEE_EUROS:
        raise ValidationError(
            "A fee of more than {max_fee_euros} euros is not reasonable.",
            max_fee_euros=MAX_FEE_EUROS,
        )
    return int(amount * 100)


def parse_amount(text: str) -> Decimal:
    """An amount in euros as typed ("25", "25.50", "25,50")."""
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(
            "{text!r} is not an amount in euros (like 25 or 25.50).", text=text
        ) from None


def parse_outcome(text: str) -> Outcome:
    try:
        return Outcome(text.strip().lower())
    except ValueError:
        choices = ", ".join(o.value for o in Outcome)
        raise ValidationError(
            "Unknown outcome {text!r}; choose one of: {choices}.", text=text, choices=choices
        ) from None
