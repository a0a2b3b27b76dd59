"""Read models handed to the CLI, the GUI, letters and exports: plain frozen dataclasses,
never live ORM objects. A neutral module (it imports the domain only): services build these,
letters and exports read them, so neither needs to import the services that render them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from dsr_desk.domain.audit import AuditEntry
from dsr_desk.domain.request_actions import ExtensionOutlook, extension_outlook
from dsr_desk.domain.requests import Request


@dataclass(frozen=True)
class SuspensionView:
    asked_on: date
    kind: str
    reason: str
    policy: str
    received_on: date | None


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
        cls, entry: AuditEntry, reason_text: Callable[[object], str | None] | None = None
    ) -> TimelineEvent:
        """The entry as the request file shows it: a reason the entry refers to (the log keeps
        its number, the request its text) is looked up with ``reason_text``."""
        details = entry.details
        if "reason_no" in details:
            number = details.pop("reason_no")
            details.pop("reason_mac", None)
            text = None if reason_text is None else reason_text(number)
            details["reason"] = text if text is not None else "(erased)"
        return cls(entry.at, entry.user, entry.action, details)


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
    archive_only: bool = False  # closed objection record: read-only, restricted
    # What can be done today (the domain's answer, ``domain.request_actions``): each action's
    # name → None when it can be done, else why not; and the actions that never concern this
    # request (forwarding for a controller, a data bundle for an erasure).
    actions: dict[str, str | None] = field(default_factory=dict)
    inapplicable_actions: tuple[str, ...] = ()
    # Art. 19 notices recorded (``request notify``): the completion letter names them.
    recipient_notices: tuple[RecipientNoticeView, ...] = ()
    requester_civility: str = ""  # "M." / "Mme" / "" (unknown: « Madame, Monsieur »)

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = jsonable(asdict(self))
        return result


def request_detail(
    request: Request, today: date, timeline: tuple[TimelineEvent, ...] = (), lang: str = "en"
) -> RequestDetail:
    schedule = request.deadlines(lang=lang)
    effective = schedule.effective_due(request.is_extended)
    answers = request.what_can_be_done(today)
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
        on_hold_since=schedule.on_hold_since,
        explanation=schedule.explanation,
        extended_on=request.extended_on,
        extension_reason=request.extension_reason,
        extension=extension_outlook(
            schedule, extended_on=request.extended_on, is_open=request.is_open, day=today
        ),
        closed_on=request.closed_on,
        outcome_reason=request.outcome_reason,
        last_contact_on=request.last_contact_on,
        identity_verified=request.identity_verified,
        overdue=request.is_open and schedule.is_overdue(today, request.is_extended),
        days_left=schedule.days_left(today, request.is_extended) if request.is_open else None,
        suspensions=tuple(
            SuspensionView(s.asked_on, s.kind.value, s.reason, s.policy.value, s.received_on)
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
        archive_only=request.archive_only,
        actions={a.value: None if b is None else b.reason for a, b in answers.items()},
        inapplicable_actions=tuple(a.value for a, b in answers.items() if b and not b.applies),
        recipient_notices=tuple(
            RecipientNoticeView(n.recipient, n.notified_on) for n in request.recipient_notices
        ),
        requester_civility=request.requester.civility,
    )


@dataclass(frozen=True)
class RequestFile:
    """What a request's page shows: the request with its timeline, the entity's suspension
    policy (it words the information-request buttons' effect) and the day it was read."""

    detail: RequestDetail
    suspension_policy: str
    today: date


def jsonable(value: Any) -> Any:
    """Dates to ISO text, tuples to lists: ready for ``json.dumps``."""
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
