"""Data-subject requests: types, statuses with validated transitions, the suspension ledger,
the one-time extension and closure. Every rule here is plain Python on plain dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dsr_desk.domain.calendar import calendar_for
from dsr_desk.domain.deadlines import Deadlines, Suspension, SuspensionPolicy, compute_deadlines
from dsr_desk.domain.documents import DocumentKind, DocumentRecord, Note
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.limits import (
    MAX_NAME,
    MAX_REASON,
    MAX_SUMMARY,
    check_length,
    check_year,
)
from dsr_desk.domain.reasons import RecordedReason
from dsr_desk.domain.request_actions import (
    CLOSING_ACTIONS,
    Blocker,
    ExtensionOutlook,
    RequestAction,
    blocker,
    extension_outlook,
    what_can_be_done,
)
from dsr_desk.domain.request_kinds import (
    FINAL_STATUSES,
    OPEN_STATUSES,
    Channel,
    InformationKind,
    Outcome,
    RequestType,
    Status,
)
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.verification import IdentityCheck, VerificationOutcome

__all__ = [  # the kinds (from request_kinds, a light module the read side imports alone) too
    "ALLOWED_TRANSITIONS",
    "ARCHIVE_ADDITIONS",
    "ARCHIVE_TYPES",
    "FINAL_STATUSES",
    "OPEN_STATUSES",
    "REFERENCE_PATTERN",
    "Channel",
    "InformationKind",
    "Outcome",
    "Request",
    "RequestType",
    "Status",
    "SuspensionEntry",
    "format_reference",
    "parse_reference",
]

# Closed objection records are kept only as proof that the objection is honoured (rules.md §2):
# a read-only archive with restricted access.
ARCHIVE_TYPES = frozenset({RequestType.OBJECTION, RequestType.MARKETING_OPT_OUT})
# What may still join an archived record: letters sent (the outcome) and new correspondence.
ARCHIVE_ADDITIONS = frozenset({DocumentKind.RESPONSE, DocumentKind.EMAIL, DocumentKind.LETTER})

ALLOWED_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset({Status.IN_PROGRESS, Status.AWAITING_INFORMATION, *FINAL_STATUSES}),
    Status.AWAITING_INFORMATION: frozenset({Status.IN_PROGRESS, Status.REFUSED}),
    Status.IN_PROGRESS: frozenset({Status.AWAITING_INFORMATION, *FINAL_STATUSES}),
    Status.COMPLETED: frozenset(),
    Status.REFUSED: frozenset(),
    Status.FORWARDED: frozenset(),
}


def _a_type(kind: RequestType) -> str:
    """« an access », « a rectification »: the article before a request type's name."""
    name = kind.value.replace("-", " ")
    return ("an " if name[0] in "aeiou" else "a ") + name


REFERENCE_PATTERN = re.compile(r"^DSR-(\d{4})-(\d{4,})$")


def format_reference(year: int, number: int) -> str:
    return f"DSR-{year:04d}-{number:04d}"


def parse_reference(text: str) -> str:
    """Normalise a typed reference ("dsr-2026-1" → "DSR-2026-0001")."""
    match = REFERENCE_PATTERN.match(text.strip().upper())
    if match is None:
        loose = re.match(r"^DSR-(\d{4})-(\d+)$", text.strip().upper())
        if loose is None:
            raise ValidationError(f"{text!r} is not a request reference (like DSR-2026-0001).")
        return format_reference(int(loose.group(1)), int(loose.group(2)))
    return format_reference(int(match.group(1)), int(match.group(2)))


@dataclass(eq=False)
class SuspensionEntry:
    """One line of a request's suspension ledger: asked on, why, and when the answer came."""

    asked_on: date
    kind: InformationKind
    reason: str
    policy: SuspensionPolicy
    received_on: date | None = None

    def as_rule_input(self) -> Suspension:
        return Suspension(
            asked_on=self.asked_on,
            reason=self.reason,
            policy=self.policy,
            received_on=self.received_on,
        )


@dataclass(eq=False)
class RecipientNotice:
    """An Art. 19 notice sent: the recipient told of a rectification, erasure or restriction."""

    recipient: str
    notified_on: date


# The requests whose outcome is notified to the recipients of the data (Art. 19 GDPR).
NOTIFIED_TYPES = frozenset(
    {RequestType.RECTIFICATION, RequestType.ERASURE, RequestType.RESTRICTION}
)


@dataclass(eq=False)
class Request:
    """A data-subject request and everything the deadline and retention rules need."""

    reference: str
    type: RequestType
    received_on: date
    requester: Requester
    entity: Entity
    channel: Channel = Channel.EMAIL
    summary: str = ""
    assignee: str | None = None
    status: Status = Status.RECEIVED
    extended_on: date | None = None
    extension_reason: str | None = None
    closed_on: date | None = None
    outcome_reason: str | None = None
    last_contact_on: date | None = None
    due_on: date | None = None
    on_hold: bool = False
    suspensions: list[SuspensionEntry] = field(default_factory=list)
    identity_checks: list[IdentityCheck] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    reasons: list[RecordedReason] = field(default_factory=list)
    recipient_notices: list[RecipientNotice] = field(default_factory=list)

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def register(
        cls,
        *,
        reference: str,
        type: RequestType,
        received_on: date,
        requester: Requester,
        entity: Entity,
        today: date,
        channel: Channel = Channel.EMAIL,
        summary: str = "",
        assignee: str | None = None,
    ) -> Request:
        """Log a new request; the receipt date is when it arrived, never in the future."""
        check_year(received_on, "The receipt date")
        check_length(summary, MAX_SUMMARY, "The summary")
        check_length(assignee, MAX_NAME, "The assignee's name")
        if received_on > today:
            raise ValidationError(
                f"The receipt date {received_on:%d/%m/%Y} is in the future; "
                "enter the date the request actually arrived."
            )
        request = cls(
            reference=reference,
            type=type,
            received_on=received_on,
            requester=requester,
            entity=entity,
            channel=channel,
            summary=summary.strip(),
            assignee=assignee,
            last_contact_on=received_on,
        )
        request.refresh_schedule()
        return request

    # -- read-side helpers ----------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    @property
    def is_extended(self) -> bool:
        return self.extended_on is not None

    @property
    def open_suspension(self) -> SuspensionEntry | None:
        return next((s for s in self.suspensions if s.received_on is None), None)

    @property
    def archive_only(self) -> bool:
        """A closed objection record: read-only, restricted (outcome letters and new
        correspondence from the requester may still be added)."""
        return self.type in ARCHIVE_TYPES and not self.is_open

    # -- what can be done today -------------------------------------------------------------

    def allowed(self, action: RequestAction, today: date) -> Blocker | None:
        """None when ``action`` can be taken today, else why not (``domain.request_actions``,
        the one place the rules of the actions are written)."""
        return blocker(self, action, today)

    def what_can_be_done(self, today: date) -> dict[RequestAction, Blocker | None]:
        return what_can_be_done(self, today)

    def _require(self, action: RequestAction, day: date) -> None:
        found = blocker(self, action, day)
        if found is not None:
            raise found.violation()

    def _require_not_archived(self, action: str) -> None:
        if self.archive_only:
            raise RuleViolation(
                f"{self.reference} is a closed objection record kept as a read-only archive; "
                f"cannot {action}."
            )

    @property
    def identity_verified(self) -> bool:
        return any(c.outcome is VerificationOutcome.VERIFIED for c in self.identity_checks)

    def deadlines(self, lang: str = "en") -> Deadlines:
        """The legal schedule, with its line-by-line explanation, for this request's entity."""
        calendar = calendar_for(self.entity.country, self.entity.subdivision)
        ledger = [s.as_rule_input() for s in self.suspensions]
        return compute_deadlines(self.received_on, calendar, ledger, lang=lang)

    def refresh_schedule(self) -> None:
        """Recompute the stored (denormalised) due date used by list queries and reminders."""
        schedule = self.deadlines()
        self.due_on = schedule.effective_due(self.is_extended)
        self.on_hold = schedule.on_hold_since is not None

    def extension_outlook(self, today: date, lang: str = "en") -> ExtensionOutlook:
        """Whether the request is or can still be extended, by when the requester must be
        told, and the due date once extended (``domain.request_actions``)."""
        return extension_outlook(
            self.deadlines(lang), extended_on=self.extended_on, is_open=self.is_open, day=today
        )

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.deadlines().is_overdue(today, self.is_extended)

    # -- state changes --------------------------------------------------------------------

    def _move_to(self, target: Status) -> None:
        if target not in ALLOWED_TRANSITIONS[self.status]:
            raise RuleViolation(
                f"{self.reference} is {self.status.value}; it cannot become {target.value}."
            )
        self.status = target

    def _check_action_date(self, day: date, today: date, what: str) -> None:
        check_year(day, f"The {what} date")
        if day > today:
            raise ValidationError(f"The {what} date {day:%d/%m/%Y} is in the future.")
        if day < self.received_on:
            raise ValidationError(
                f"The {what} date {day:%d/%m/%Y} is before the request was received "
                f"({self.received_on:%d/%m/%Y})."
            )

    def start_processing(self, today: date) -> None:
        self._require(RequestAction.START, today)
        self._move_to(Status.IN_PROGRESS)

    def keep_reason(self, text: str) -> RecordedReason:
        """Keep a free-text reason with the request; the audit entry refers to it
        (``RecordedReason.audit_details``) and never holds the text."""
        reason = RecordedReason.new(len(self.reasons) + 1, text)
        self.reasons.append(reason)
        return reason

    def reason_text(self, number: object) -> str | None:
        """The text of reason ``number`` (None: unknown, or erased)."""
        found = next((r for r in self.reasons if r.number == number), None)
        return None if found is None else found.text

    def notify_recipient(self, recipient: str, notified_on: date, today: date) -> RecipientNotice:
        """Record that a recipient of the data was told of the rectification, erasure or
        restriction (Art. 19 GDPR): the completion letter then names it."""
        name = " ".join(recipient.split())
        check_length(name, MAX_NAME, "The recipient's name")
        if not name:
            raise ValidationError("Name the recipient who was notified.")
        if self.type not in NOTIFIED_TYPES:
            raise RuleViolation(
                "Art. 19 notices follow a rectification, an erasure or a restriction; "
                f"{self.reference} is {_a_type(self.type)} request."
            )
        check_year(notified_on, "The notice date")
        if notified_on > today:
            raise ValidationError(f"The notice date {notified_on:%d/%m/%Y} is in the future.")
        if notified_on < self.received_on:
            raise ValidationError(
                f"The notice date {notified_on:%d/%m/%Y} is before the request was received."
            )
        if any(n.recipient.casefold() == name.casefold() for n in self.recipient_notices):
            raise RuleViolation(f"{name} was already recorded as notified on {self.reference}.")
        notice = RecipientNotice(name, notified_on)
        self.recipient_notices.append(notice)
        return notice

    def record_contact(self, day: date) -> None:
        """Any exchange with the requester; restarts the objection retention clock."""
        if self.last_contact_on is None or day > self.last_contact_on:
            self.last_contact_on = day

    def ask_for_information(
        self, kind: InformationKind, reason: str, asked_on: date, today: date
    ) -> SuspensionEntry:
        """Suspend the deadline while waiting for identification or clarification. The ask
        is judged on the day it was made (``asked_on``, which may be before today): after the
        due date it cannot suspend the deadline any more."""
        self._check_action_date(asked_on, today, "request for information")
        self._require(RequestAction.ASK, asked_on)
        check_length(reason, MAX_REASON, "The reason")
        if not reason.strip():
            raise ValidationError("Say what information is needed.")
        last_answer = max((s.received_on for s in self.suspensions if s.received_on), default=None)
        if last_answer is not None and asked_on < last_answer:
            raise ValidationError(
                "The request for information cannot predate the last answer "
                f"({last_answer:%d/%m/%Y})."
            )
        self._move_to(Status.AWAITING_INFORMATION)
        entry = SuspensionEntry(
            asked_on=asked_on,
            kind=kind,
            reason=reason.strip(),
            policy=self.entity.suspension_policy,
        )
        self.suspensions.append(entry)
        self.record_contact(asked_on)
        self.refresh_schedule()
        return entry

    def information_received(self, received_on: date, today: date) -> SuspensionEntry:
        """The awaited information arrived: the period restarts or resumes per the policy."""
        self._require(RequestAction.RECEIVED, today)
        entry = self.open_suspension
        assert entry is not None  # what RECEIVED's rule checked
        self._check_action_date(received_on, today, "information received")
        if received_on < entry.asked_on:
            raise ValidationError(
                f"The information cannot arrive ({received_on:%d/%m/%Y}) before it was asked "
                f"for ({entry.asked_on:%d/%m/%Y})."
            )
        self._move_to(Status.IN_PROGRESS)
        entry.received_on = received_on
        self.record_contact(received_on)
        self.refresh_schedule()
        return entry

    def extend(self, reason: str, today: date) -> date:
        """Extend by two further months (Art. 12(3)); only once, and only before the
        extension-notice deadline (the end of the first month). Returns the new due date."""
        self._require(RequestAction.EXTEND, today)
        check_length(reason, MAX_REASON, "The reasons of the extension")
        if not reason.strip():
            raise ValidationError(
                "An extension needs its reasons: they must be told to the requester."
            )
        schedule = self.deadlines()
        self.extended_on = today
        self.extension_reason = reason.strip()
        self.record_contact(today)  # the requester is told of the extension and its reasons
        self.refresh_schedule()
        return schedule.extended_due

    def close(self, outcome: Outcome, on: date, today: date, reason: str | None = None) -> None:
        """Record the final answer: completed, refused (reasons required) or forwarded to the
        controller (processor role only)."""
        self._require(CLOSING_ACTIONS[outcome], today)
        self._check_action_date(on, today, "closure")
        check_length(reason, MAX_REASON, "The reasons")
        reason = (reason or "").strip() or None
        if outcome is Outcome.REFUSED and reason is None:
            raise ValidationError(
                "A refusal needs its reasons: the requester must be told why (Art. 12(4))."
            )
        self._move_to(outcome.status)
        self.closed_on = on
        self.outcome_reason = reason
        self.record_contact(on)

    def record_identity_check(self, check: IdentityCheck, today: date) -> None:
        self._require(RequestAction.IDENTITY, today)
        self._check_action_date(check.checked_on, today, "identity check")
        self.identity_checks.append(check)
        self.record_contact(check.checked_on)

    def add_note(self, note: Note) -> None:
        """Notes may be written at any time, also on a closed request (not in the archive)."""
        self._require(RequestAction.NOTE, note.written_at.date())
        self.notes.append(note)

    def attach(self, document: DocumentRecord, today: date) -> None:
        """Keep a file in the request's file (a new contact: restarts the objection clock)."""
        if any(d.document_id == document.document_id for d in self.documents):
            raise RuleViolation(f"Document {document.document_id} is already attached.")
        if document.kind not in ARCHIVE_ADDITIONS:
            self._require_not_archived(f"attach a document of kind {document.kind.value}")
        if document.kind is DocumentKind.ID and self.entity.minimisation:
            raise RuleViolation(
                f"{self.entity.name} keeps no copy of identity documents (minimisation): "
                "record the identity check instead."
            )
        self.documents.append(document)
        self.record_contact(today)
