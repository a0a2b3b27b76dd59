"""Read models handed to the CLI, the GUI, letters and exports: plain frozen dataclasses,
never live ORM objects. A neutral module (it imports the domain only): services build these,
letters and exports read them, so neither needs to import the services that render them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from dsr_desk.domain.audit import AuditEntry
from dsr_desk.domain.request_actions import (
    ExtensionOutlook,
    RequestAction,
    ask_blocker,
    disclosure_blocker,
    extension_outlook,
    late_closures,
    late_entries,
)
from dsr_desk.domain.request_kinds import InformationKind
from dsr_desk.domain.requests import Request
from dsr_desk.domain.rights import Right


@dataclass(frozen=True)
class RightsView:
    """What the request's right allows (``domain.rights``), as letters and screens read it:
    whether it may be extended, whether ID may be asked, whether it may be refused, its due
    basis ("one-month", or "without-delay": ``without_delay_days`` working days, its due date
    being the request's due date), the outcomes it allows, its follow-ups and the article each
    rule rests on."""

    article: str
    may_extend: bool
    id_request: str
    refusal: str
    due_basis: str
    without_delay_days: int | None
    outcomes: tuple[str, ...]
    follow_ups: tuple[tuple[str, str], ...]
    basis: dict[str, str]

    @classmethod
    def of(cls, right: Right, without_delay_days: int) -> RightsView:
        return cls(
            article=right.article,
            may_extend=right.may_extend,
            id_request=right.id_request.value,
            refusal=right.refusal.value,
            due_basis=right.due_basis.value,
            without_delay_days=(
                without_delay_days if right.due_basis.value == "without-delay" else None
            ),
            outcomes=tuple(o.value for o in right.outcomes_in_order),
            follow_ups=tuple((kind.value, article) for kind, article in right.follow_ups),
            basis=dict(right.basis),
        )


@dataclass(frozen=True)
class SuspensionView:
    asked_on: date
    kind: str
    reason: str
    policy: str
    received_on: date | None
    amount_cents: int | None = None  # a fee asked (Art. 12(5)(a))
    # identity: the means offered to the requester (``domain.identity_means``), least
    # intrusive first
    means: tuple[str, ...] = ()
    reason_lang: str | None = None  # the language the reason was typed in (None: the request's)


@dataclass(frozen=True)
class RecipientNoticeView:
    """An Art. 19 notice recorded as sent: to which recipient, on which day."""

    recipient: str
    notified_on: date


@dataclass(frozen=True)
class IdentityCheckView:
    method: str
    checked_by: str
    checked_on: date
    outcome: str
    document_kind: str | None
    number_last_chars: str | None


@dataclass(frozen=True)
class NoteView:
    written_at: str
    author: str
    text: str


@dataclass(frozen=True)
class DocumentView:
    """A purged document keeps no file name, media type or size (None)."""

    document_id: str
    kind: str
    filename: str | None
    media_type: str | None
    size: int | None
    added_at: str
    added_by: str
    purged: bool


@dataclass(frozen=True)
class TimelineEvent:
    at: str
    user: str
    action: str
    details: dict[str, Any]

    @classmethod
    def from_entry(
        cls,
        entry: AuditEntry,
        reason_text: Callable[[object], str | None] | None = None,
        document_names: Mapping[str, str | None] | None = None,
    ) -> TimelineEvent:
        """The entry as the request file shows it: a reason the entry refers to (the log keeps
        its number, the request its text) is looked up with ``reason_text``; a document it
        names by id gets its file name as ``document`` (from ``document_names``; none once
        purged), which people read rather than the id."""
        details = entry.details
        document_id = details.get("document_id")
        if document_names and isinstance(document_id, str) and document_names.get(document_id):
            details["document"] = document_names[document_id]
        for prefix in ("", "granted_", "withheld_"):
            if f"{prefix}reason_no" in details:
                number = details.pop(f"{prefix}reason_no")
                details.pop(f"{prefix}reason_mac", None)
                text = None if reason_text is None else reason_text(number)
                details[prefix.rstrip("_") or "reason"] = text if text is not None else "(erased)"
        return cls(entry.at, entry.user, entry.action, details)


@dataclass(frozen=True)
class LetterView:
    """A letter the office wrote for a request (its copy is kept encrypted as a response
    document ``document_id``) and, once recorded, when and how it was sent. The keys are the
    contract of ``request show --json``'s ``letters``."""

    kind: str
    lang: str
    created_on: date
    sent_on: date | None
    channel: str | None
    document_id: str


def letter_history(timeline: tuple[TimelineEvent, ...]) -> tuple[LetterView, ...]:
    """The letters of a request, oldest first, from its audit entries (``letter.created``,
    then ``letter.sent``; a letter sent before letters were recorded on creation has only its
    ``letter.sent`` entry, and counts as written that day)."""
    letters: dict[str, LetterView] = {}
    for event in timeline:
        details = event.details
        document_id = details.get("document_id")
        if event.action == "letter.created" and isinstance(document_id, str):
            letters[document_id] = LetterView(
                kind=str(details["kind"]),
                lang=str(details["lang"]),
                created_on=date.fromisoformat(str(details["created_on"])),
                sent_on=None,
                channel=None,
                document_id=document_id,
            )
        elif event.action == "letter.sent" and isinstance(document_id, str):
            sent_on = date.fromisoformat(str(details["sent_on"]))
            known = letters.get(document_id)
            letters[document_id] = LetterView(
                kind=str(details["kind"]),
                lang=str(details["lang"]),
                created_on=known.created_on if known else sent_on,
                sent_on=sent_on,
                channel=str(details["channel"]),
                document_id=document_id,
            )
    return tuple(letters.values())


@dataclass(frozen=True)
class LinkedRequestView:
    """Another request logged from the same message (several rights asked at once): they may
    be answered in one letter."""

    reference: str
    type: str
    status: str


@dataclass(frozen=True)
class RequestDetail:
    reference: str
    type: str
    channel: str
    status: str
    summary: str
    received_on: date
    requester_name: str
    requester_email: str | None
    requester_address: str
    requester_language: str
    entity: str
    entity_role: str
    assignee: str | None
    due: date
    extended_due: date
    extension_notice_by: date
    effective_due: date
    on_hold_since: date | None
    explanation: tuple[str, ...]
    extended_on: date | None
    extension_reason: str | None
    # The extension facts of the day (the domain's ``ExtensionOutlook``): its state, the
    # notice-by date, the due date once extended and the days left to tell the requester.
    extension: ExtensionOutlook
    closed_on: date | None
    outcome_reason: str | None
    last_contact_on: date | None
    identity_verified: bool
    overdue: bool
    days_left: int | None
    suspensions: tuple[SuspensionView, ...]
    identity_checks: tuple[IdentityCheckView, ...]
    notes: tuple[NoteView, ...] = ()
    documents: tuple[DocumentView, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    letters: tuple[LetterView, ...] = ()  # read from the timeline: empty without it
    archive_only: bool = False  # closed objection record: read-only, restricted
    # What can be done today (the domain's answer, ``domain.request_actions``): each action's
    # name → None when it can be done, else why not; and the actions that never concern this
    # request (forwarding for a controller, a data bundle for an erasure).
    actions: dict[str, str | None] = field(default_factory=dict)
    inapplicable_actions: tuple[str, ...] = ()
    # Art. 19 notices recorded (``request notify``): the completion letter names them.
    recipient_notices: tuple[RecipientNoticeView, ...] = ()
    requester_civility: str = ""  # "M." / "Mme" / "" (unknown: « Madame, Monsieur »)
    # The actions forbidden today that may still be recorded as done on an earlier day, with
    # a late reason: action name → the last day they may be dated (an ask: the due date).
    late_entries: dict[str, date] = field(default_factory=dict)
    # The outcomes whose closure, dated on or before a day, escapes a rule of today (answered
    # late, or closed for lack of reply before the on-hold period ended): outcome → that day;
    # such a closure needs a late reason (``domain.request_actions.late_closure_until``).
    late_closures: dict[str, date] = field(default_factory=dict)
    # How the request ended (None while open), and a partial answer's granted/withheld parts.
    outcome: str | None = None
    outcome_granted: str | None = None
    outcome_withheld: str | None = None
    # What the request's right allows (``domain.rights``); None only in hand-made test details.
    rights: RightsView | None = None
    # The outcomes that may end the request today: outcome → None, or why not (hidden when the
    # right never allows it: in ``inapplicable_actions``, by its closing action's name).
    outcomes: dict[str, str | None] = field(default_factory=dict)
    # Waiting for the requester longer than the entity's setting: the closure for lack of
    # reply is proposed.
    on_hold_too_long: bool = False
    # Whether a letter answering the request was recorded as sent (None: not read).
    answer_sent: bool | None = None
    # What may be asked of the requester today (``domain.request_actions.ask_blocker``): each
    # information kind → None, or why not; ``asks_unmatched``: the same when the staff say the
    # person cannot be matched with the records (a marketing opt-out may then be asked for ID).
    asks: dict[str, str | None] = field(default_factory=dict)
    asks_unmatched: dict[str, str | None] = field(default_factory=dict)

    # Who asks (``domain.request_actions.capacity_blocker``): "self", or "representative",
    # "guardian", "heir" acting for the data subject named in ``subject_name``. Letters are
    # addressed to the requester and name the data subject.
    capacity: str = "self"
    subject_name: str | None = None
    # Why nothing may be disclosed yet as to the requester's capacity (no mandate or proof of
    # capacity in the file: ``domain.request_actions.disclosure_blocker``); None: nothing missing.
    capacity_proof_missing: str | None = None
    # The other requests logged from the same message (answerable in one letter).
    linked: tuple[LinkedRequestView, ...] = ()
    # The language the closure's texts and the extension's reasons were typed in (None: the
    # request's language, as assumed before they were recorded).
    outcome_lang: str | None = None
    extension_reason_lang: str | None = None
    # The versions of the request's row and of its requester's as read (None: not read): an
    # action taken from a page showing them passes them on, and is refused if a colleague
    # changed the request or the requester's details since (``UnitOfWork.expect_version``).
    version: tuple[int, int] | None = None

    def typed_in(self, field: str) -> str:
        """The language the recorded text ``field`` (a name of ``letters.context.
        RECORDED_TEXTS``) was typed in: as recorded, else the request's language. The
        information asked is the last request for information's."""
        last = self.suspensions[-1].reason_lang if self.suspensions else None
        own = {
            "reasons": self.outcome_lang,
            "granted": self.outcome_lang,
            "withheld": self.outcome_lang,
            "extension-reasons": self.extension_reason_lang,
            "information": last,
        }.get(field)
        return own or self.requester_language

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = jsonable(asdict(self))
        return result


def request_detail(
    request: Request,
    today: date,
    timeline: tuple[TimelineEvent, ...] = (),
    lang: str = "en",
    linked: Sequence[Request] = (),
) -> RequestDetail:
    schedule = request.deadlines(lang=lang)
    proof_missing = disclosure_blocker(request)
    effective = schedule.effective_due(request.is_extended)
    answers = request.what_can_be_done(today)
    late = late_entries(request, today)
    ask_day = late.get(RequestAction.ASK, today)  # a late ask is judged on its own date
    return RequestDetail(
        reference=request.reference,
        type=request.type.value,
        channel=request.channel.value,
        status=request.status.value,
        summary=request.summary,
        received_on=request.received_on,
        requester_name=request.requester.name,
        requester_email=request.requester.email,
        requester_address=request.requester.postal_address,
        requester_language=request.requester.language,
        entity=request.entity.name,
        entity_role=request.entity.role.value,
        assignee=request.assignee,
        due=schedule.due,
        extended_due=schedule.extended_due,
        extension_notice_by=schedule.extension_notice_by,
        effective_due=effective,
        # a closed request is never on hold, whatever was still awaited when it closed
        on_hold_since=schedule.on_hold_since if request.is_open else None,
        explanation=schedule.explanation,
        extended_on=request.extended_on,
        extension_reason=request.extension_reason,
        extension=extension_outlook(
            schedule,
            extended_on=request.extended_on,
            is_open=request.is_open,
            day=today,
            may_extend=request.right.may_extend,
        ),
        closed_on=request.closed_on,
        outcome_reason=request.outcome_reason,
        last_contact_on=request.last_contact_on,
        identity_verified=request.identity_verified,
        overdue=request.is_open and schedule.is_overdue(today, request.is_extended),
        days_left=schedule.days_left(today, request.is_extended) if request.is_open else None,
        suspensions=tuple(
            SuspensionView(
                s.asked_on,
                s.kind.value,
                s.reason,
                s.policy.value,
                s.received_on,
                s.amount_cents,
                tuple(m.value for m in s.means),
                s.reason_lang,
            )
            for s in request.suspensions
        ),
        identity_checks=tuple(
            IdentityCheckView(
                c.method.value,
                c.checked_by,
                c.checked_on,
                c.outcome.value,
                c.document_kind,
                c.number_last_chars,
            )
            for c in request.identity_checks
        ),
        notes=tuple(
            NoteView(n.written_at.isoformat(timespec="seconds"), n.author, n.text)
            for n in request.notes
        ),
        documents=tuple(
            DocumentView(
                d.document_id,
                d.kind.value,
                d.filename,
                d.media_type,
                d.size,
                d.added_at.isoformat(timespec="seconds"),
                d.added_by,
                d.is_purged,
            )
            for d in request.documents
        ),
        timeline=timeline,
        letters=letter_history(timeline),
        archive_only=request.archive_only,
        actions={a.value: None if b is None else b.reason for a, b in answers.items()},
        inapplicable_actions=tuple(a.value for a, b in answers.items() if b and not b.applies),
        recipient_notices=tuple(
            RecipientNoticeView(n.recipient, n.notified_on) for n in request.recipient_notices
        ),
        requester_civility=request.requester.civility,
        late_entries={a.value: day for a, day in late.items()},
        late_closures={o.value: day for o, day in late_closures(request, today).items()},
        outcome=None if request.final_outcome is None else request.final_outcome.value,
        outcome_granted=request.outcome_granted,
        outcome_withheld=request.outcome_withheld,
        rights=RightsView.of(request.right, request.entity.without_delay_days),
        outcomes={
            o.value: None if b is None else b.reason
            for o, b in request.closing_outcomes(today).items()
            if b is None or b.applies
        },
        on_hold_too_long=request.on_hold_too_long(today),
        asks=_asks(request, ask_day, unmatched=False),
        asks_unmatched=_asks(request, ask_day, unmatched=True),
        capacity=request.capacity.value,
        subject_name=request.subject_name,
        capacity_proof_missing=None if proof_missing is None else proof_missing.reason,
        linked=tuple(LinkedRequestView(r.reference, r.type.value, r.status.value) for r in linked),
        outcome_lang=request.outcome_lang,
        extension_reason_lang=request.extension_reason_lang,
    )


def _asks(request: Request, day: date, *, unmatched: bool) -> dict[str, str | None]:
    """What may be asked on ``day`` (today, or the last day a late ask may be dated)."""
    answers = {
        kind: ask_blocker(request, kind, day, unmatched=unmatched) for kind in InformationKind
    }
    return {kind.value: None if b is None else b.reason for kind, b in answers.items()}


@dataclass(frozen=True)
class RequestFile:
    """What a request's page shows: the request with its timeline, the entity's suspension
    policy (it words the information-request buttons' effect), the day it was read and the
    users it may be assigned to (``accounts.assignable_users``; empty: any name)."""

    detail: RequestDetail
    suspension_policy: str
    today: date
    assignees: tuple[str, ...] = ()


def jsonable(value: Any) -> Any:
    """Dates to ISO text, tuples to lists: ready for ``json.dumps``."""
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class RegisterEntry:
    """One request of the register of requests (``services.read.register_export``, written by
    ``export.register_file``). Values as stored: ``type``, ``status``, ``outcome`` and
    ``capacity`` are the domain's enum values, put in words by the writer."""

    reference: str
    type: str
    entity: str
    requester: str
    received_on: date
    due_on: date
    status: str
    outcome: str | None  # None while open
    closed_on: date | None
    capacity: str
