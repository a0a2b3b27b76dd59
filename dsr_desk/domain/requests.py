"""Data-subject requests: types, statuses with validated transitions, the suspension ledger,
the one-time extension and closure. Every rule here is plain Python on plain dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from dsr_desk.domain.calendar import add_months, calendar_for
from dsr_desk.domain.deadlines import Deadlines, Suspension, SuspensionPolicy, compute_deadlines
from dsr_desk.domain.documents import DocumentKind, DocumentRecord, Note
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.identity_means import IdMeans, means_field, means_of
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
    ask_blocker,
    blocker,
    capacity_blocker,
    closing_outcomes,
    extension_outlook,
    late_entry_blocker,
    what_can_be_done,
)
from dsr_desk.domain.request_kinds import (
    FINAL_STATUSES,
    OPEN_STATUSES,
    Capacity,
    Channel,
    InformationKind,
    Outcome,
    RequestType,
    Status,
)
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.rights import DueBasis, Refusal, Right, right_of, without_delay_due
from dsr_desk.domain.verification import IdentityCheck, VerificationOutcome
from dsr_desk.messages import N_, Join, Text

__all__ = [  # the kinds (from request_kinds, a light module the read side imports alone) too
    "ALLOWED_TRANSITIONS",
    "ARCHIVE_ADDITIONS",
    "ARCHIVE_TYPES",
    "FINAL_STATUSES",
    "OPEN_STATUSES",
    "REFERENCE_PATTERN",
    "Capacity",
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


#: The languages a reason may be typed in (the letters' languages).
TYPED_LANGUAGES = ("fr", "en")

REFERENCE_PATTERN = re.compile(r"^DSR-(\d{4})-(\d{4,})$")


def _count(number: int, one: str, many: str) -> str:
    """ "1 working day", "5 working days"."""
    return f"{number} {one if number == 1 else many}"


def format_reference(year: int, number: int) -> str:
    return f"DSR-{year:04d}-{number:04d}"


def parse_reference(text: str) -> str:
    """Normalise a typed reference ("dsr-2026-1" → "DSR-2026-0001")."""
    match = REFERENCE_PATTERN.match(text.strip().upper())
    if match is None:
        loose = re.match(r"^DSR-(\d{4})-(\d+)$", text.strip().upper())
        if loose is None:
            raise ValidationError(
                "{text!r} is not a request reference (like DSR-2026-0001).", text=text
            )
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
    amount_cents: int | None = None  # a fee asked (Art. 12(5)(a)), in euro cents
    # identity: what the requester may send (``identity_means``' codes, comma-separated)
    id_means: str = ""
    reason_lang: str | None = None  # the language the reason was typed in (None: the request's)

    @property
    def means(self) -> tuple[IdMeans, ...]:
        """The means of identification offered to the requester, least intrusive first."""
        return means_of(self.id_means)

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
    # The recorded outcome (None on requests closed before outcomes were recorded, and while
    # open: ``final_outcome`` reads the status then).
    outcome: Outcome | None = None
    outcome_granted: str | None = None  # a partial answer: what is granted
    outcome_withheld: str | None = None  # ... and what is withheld
    last_contact_on: date | None = None
    due_on: date | None = None
    on_hold: bool = False
    anonymised_on: date | None = None  # storage limitation: domain.record_retention
    # Who makes the request: the requester (who wrote) is the data subject, or acts for the
    # data subject named in ``subject_name`` (domain.request_actions.capacity_blocker).
    capacity: Capacity = Capacity.SELF
    subject_name: str | None = None
    # Several rights asked in one message are logged as linked requests: each names the
    # reference of the first one logged (None: a request on its own, or that first one).
    linked_to: str | None = None
    # The language the closure's texts (reasons, granted, withheld) and the extension's reasons
    # were typed in ("fr" / "en"; None: the request's language, as assumed before 0019).
    outcome_lang: str | None = None
    extension_reason_lang: str | None = None
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
        capacity: Capacity = Capacity.SELF,
        subject_name: str | None = None,
        linked_to: str | None = None,
    ) -> Request:
        """Log a new request; the receipt date is when it arrived, never in the future. Made
        by someone other than the data subject (``capacity``), it names the data subject; an
        heir may make only the requests of art. 85 II loi Informatique et Libertés."""
        check_year(received_on, "The receipt date")
        check_length(summary, MAX_SUMMARY, "The summary")
        check_length(assignee, MAX_NAME, "The assignee's name")
        check_length(subject_name, MAX_NAME, "The data subject's name")
        if received_on > today:
            raise ValidationError(
                "The receipt date {received_on:%d/%m/%Y} is in the future; enter the date the "
                "request actually arrived.",
                received_on=received_on,
            )
        refused = capacity_blocker(type, capacity, subject_name)
        if refused is not None:
            raise ValidationError(refused.reason)
        request = cls(
            reference=reference,
            type=type,
            received_on=received_on,
            requester=requester,
            entity=entity,
            channel=channel,
            summary=summary.strip(),
            assignee=" ".join((assignee or "").split()) or None,
            last_contact_on=received_on,
            capacity=capacity,
            subject_name=(subject_name or "").strip() or None,
            linked_to=linked_to,
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

    def late_entry(self, action: RequestAction, stated: date, today: date) -> Blocker | None:
        """None unless ``action`` dated ``stated`` escapes a rule of ``today``: then it needs a
        late reason (``domain.request_actions.late_entry_blocker``)."""
        return late_entry_blocker(self, action, stated, today)

    def _require_late_reason(
        self, action: RequestAction, stated: date, today: date, late_reason: str | None
    ) -> None:
        check_length(late_reason, MAX_REASON, "The late reason")
        found = self.late_entry(action, stated, today)
        if found is not None and not (late_reason or "").strip():
            raise found.violation()

    def _require_not_archived(self, action: str | Text) -> None:
        if self.archive_only:
            raise RuleViolation(
                "{reference} is a closed objection record kept as a read-only archive; cannot "
                "{action}.",
                reference=self.reference,
                action=action if isinstance(action, Text) else Text(action),
            )

    @property
    def identity_verified(self) -> bool:
        return any(c.outcome is VerificationOutcome.VERIFIED for c in self.identity_checks)

    @property
    def has_proof_of_capacity(self) -> bool:
        """A mandate or proof of capacity is in the file (kept, not purged)."""
        return any(d.kind is DocumentKind.MANDATE and not d.is_purged for d in self.documents)

    @property
    def subject(self) -> str:
        """The data subject's name: the requester's own when they ask for themselves."""
        return self.subject_name or self.requester.name

    @property
    def right(self) -> Right:
        """What the right this request exercises allows (``domain.rights``)."""
        return right_of(self.type)

    @property
    def final_outcome(self) -> Outcome | None:
        """How the request ended (None while open)."""
        return Outcome.of(self.status, self.outcome)

    def deadlines(self, lang: str = "en") -> Deadlines:
        """The legal schedule, with its line-by-line explanation, for this request's entity.
        A right acted on "without delay" is due the entity's working days after the receipt
        (or the receipt of the information asked), plus the days paused."""
        calendar = calendar_for(self.entity.country, self.entity.subdivision)
        ledger = [s.as_rule_input() for s in self.suspensions]
        schedule = compute_deadlines(self.received_on, calendar, ledger, lang=lang)
        if self.right.due_basis is not DueBasis.WITHOUT_DELAY:
            return schedule
        days = self.entity.without_delay_days
        due = without_delay_due(schedule.period_start, calendar, days, schedule.paused_days)
        paused = schedule.paused_days
        line = (
            f"sans délai : {_count(days, 'jour ouvré', 'jours ouvrés')} à compter du "
            f"{schedule.period_start:%d/%m/%Y}"
            + (f", plus {_count(paused, 'jour suspendu', 'jours suspendus')}" if paused else "")
            + f" → au plus tard le {due:%d/%m/%Y} (art. 21(3) RGPD ; pas de prolongation)"
            if lang == "fr"
            else f"without delay: {_count(days, 'working day', 'working days')} from "
            f"{schedule.period_start:%d/%m/%Y}"
            + (f", plus {_count(paused, 'day', 'days')} on hold" if paused else "")
            + f" → due {due:%d/%m/%Y} (Art. 21(3) GDPR; no extension)"
        )
        return replace(schedule, due=due, extended_due=due, explanation=(line,))

    def on_hold_too_long(self, today: date) -> bool:
        """Waiting for the requester for longer than the entity's setting (the closure for
        lack of reply is proposed)."""
        entry = self.open_suspension
        if entry is None or not self.is_open:
            return False
        return add_months(entry.asked_on, self.entity.on_hold_months) < today

    def closing_outcomes(self, today: date) -> dict[Outcome, Blocker | None]:
        """Every outcome with why it cannot end the request today (None: it can)."""
        return closing_outcomes(self, today)

    def refresh_schedule(self) -> None:
        """Recompute the stored (denormalised) due date used by list queries and reminders."""
        schedule = self.deadlines()
        self.due_on = schedule.effective_due(self.is_extended)
        self.on_hold = schedule.on_hold_since is not None

    def extension_outlook(self, today: date, lang: str = "en") -> ExtensionOutlook:
        """Whether the request is or can still be extended, by when the requester must be
        told, and the due date once extended (``domain.request_actions``)."""
        return extension_outlook(
            self.deadlines(lang),
            extended_on=self.extended_on,
            is_open=self.is_open,
            day=today,
            may_extend=self.right.may_extend,
        )

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.deadlines().is_overdue(today, self.is_extended)

    # -- state changes --------------------------------------------------------------------

    def _move_to(self, target: Status) -> None:
        if target not in ALLOWED_TRANSITIONS[self.status]:
            raise RuleViolation(
                "{reference} is {status}; it cannot become {target}.",
                reference=self.reference,
                status=self.status.value,
                target=target.value,
            )
        self.status = target

    def _check_action_date(self, day: date, today: date, what: str) -> None:
        check_year(day, Text("The {what} date", what=Text(what)))
        if day > today:
            raise ValidationError(
                "The {what} date {day:%d/%m/%Y} is in the future.", what=what, day=day
            )
        if day < self.received_on:
            raise ValidationError(
                "The {what} date {day:%d/%m/%Y} is before the request was received "
                "({received_on:%d/%m/%Y}).",
                what=what,
                day=day,
                received_on=self.received_on,
            )

    def start_processing(self, today: date) -> None:
        self._require(RequestAction.START, today)
        self._move_to(Status.IN_PROGRESS)

    def typed_language(self, lang: str | None) -> str:
        """The language a text is typed in: ``lang`` ("fr" / "en"), by default the request's
        (its requester's)."""
        chosen = (lang or self.requester.language or "fr").strip().lower()
        if chosen not in TYPED_LANGUAGES:
            raise ValidationError(
                "A text is typed in French or English (fr, en), not {lang!r}.", lang=lang
            )
        return chosen

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
        self._require(RequestAction.NOTIFY, today)
        check_year(notified_on, "The notice date")
        if notified_on > today:
            raise ValidationError(
                "The notice date {notified_on:%d/%m/%Y} is in the future.", notified_on=notified_on
            )
        if notified_on < self.received_on:
            raise ValidationError(
                "The notice date {notified_on:%d/%m/%Y} is before the request was received.",
                notified_on=notified_on,
            )
        if any(n.recipient.casefold() == name.casefold() for n in self.recipient_notices):
            raise RuleViolation(
                "{name} was already recorded as notified on {reference}.",
                name=name,
                reference=self.reference,
            )
        notice = RecipientNotice(name, notified_on)
        self.recipient_notices.append(notice)
        return notice

    def record_contact(self, day: date) -> None:
        """Any exchange with the requester; restarts the objection retention clock."""
        if self.last_contact_on is None or day > self.last_contact_on:
            self.last_contact_on = day

    def ask_for_information(
        self,
        kind: InformationKind,
        reason: str,
        asked_on: date,
        today: date,
        *,
        unmatched: bool = False,
        amount_cents: int | None = None,
        means: tuple[IdMeans, ...] = (),
        late_reason: str | None = None,
        reason_lang: str | None = None,
    ) -> SuspensionEntry:
        """Suspend the deadline while waiting for identification, clarification or a fee.
        The ask is judged on the day it was made (``asked_on``, which may be before today):
        after the due date it cannot suspend the deadline any more. ``unmatched``: the staff
        say the person cannot be matched with the records (a right that asks for no ID by
        default then allows it). A fee (Art. 12(5)(a)) has its amount and its reasons. Dated
        before a due date that has passed today, it needs ``late_reason`` (why it is recorded
        only now)."""
        self._check_action_date(asked_on, today, N_("request for information"))
        language = self.typed_language(reason_lang)
        found = ask_blocker(self, kind, asked_on, unmatched=unmatched)
        if found is not None:
            raise found.violation()
        self._require_late_reason(RequestAction.ASK, asked_on, today, late_reason)
        check_length(reason, MAX_REASON, "The reason")
        if kind is InformationKind.FEE:
            if amount_cents is None or amount_cents <= 0:
                raise ValidationError(
                    "A fee needs its amount in euros (a reasonable fee based on the "
                    "administrative costs, Art. 12(5)(a))."
                )
            if not reason.strip():
                raise ValidationError(
                    "A fee needs its reasons: what makes the request manifestly unfounded or "
                    "excessive (Art. 12(5))."
                )
        elif amount_cents is not None:
            raise ValidationError("An amount is asked only with a fee (--kind fee).")
        if means and kind is not InformationKind.IDENTITY:
            raise ValidationError(
                "Means of identification go with a request for identity (--kind identity)."
            )
        if not reason.strip():
            raise ValidationError("Say what information is needed.")
        last_answer = max((s.received_on for s in self.suspensions if s.received_on), default=None)
        if last_answer is not None and asked_on < last_answer:
            raise ValidationError(
                "The request for information cannot predate the last answer "
                "({last_answer:%d/%m/%Y}).",
                last_answer=last_answer,
            )
        self._move_to(Status.AWAITING_INFORMATION)
        entry = SuspensionEntry(
            asked_on=asked_on,
            kind=kind,
            reason=reason.strip(),
            policy=self.entity.suspension_policy,
            amount_cents=amount_cents,
            id_means=means_field(means),
            reason_lang=language,
        )
        self.suspensions.append(entry)
        self.record_contact(asked_on)
        self.refresh_schedule()
        return entry

    def record_id_means(self, means: tuple[IdMeans, ...]) -> SuspensionEntry:
        """Record what the requester may send on the last request for identity, when it holds
        none (asked before the means were recorded, schema 0017): the ID-request letter can
        then be printed. The means recorded are never replaced (the letter states them)."""
        self._require_not_archived(N_("record the means of identification"))
        entry = next(
            (s for s in reversed(self.suspensions) if s.kind is InformationKind.IDENTITY), None
        )
        if entry is None:
            raise RuleViolation(
                "No request for identity is recorded on {reference}: ask for ID first (the means "
                "are recorded with it).",
                reference=self.reference,
            )
        if not means:
            raise ValidationError(
                "Choose at least one means of identification, least intrusive first."
            )
        if entry.id_means:
            if entry.means == means:
                return entry
            offered = ", ".join(m.value for m in entry.means)
            raise RuleViolation(
                "The request for identity of {asked_on:%d/%m/%Y} on {reference} already offers "
                "{offered}; the means recorded are not changed afterwards.",
                asked_on=entry.asked_on,
                reference=self.reference,
                offered=offered,
            )
        entry.id_means = means_field(means)
        return entry

    def information_received(self, received_on: date, today: date) -> SuspensionEntry:
        """The awaited information arrived: the period restarts or resumes per the policy."""
        self._require(RequestAction.RECEIVED, today)
        entry = self.open_suspension
        assert entry is not None  # what RECEIVED's rule checked
        self._check_action_date(received_on, today, N_("information received"))
        if received_on < entry.asked_on:
            raise ValidationError(
                "The information cannot arrive ({received_on:%d/%m/%Y}) before it was asked for "
                "({asked_on:%d/%m/%Y}).",
                received_on=received_on,
                asked_on=entry.asked_on,
            )
        self._move_to(Status.IN_PROGRESS)
        entry.received_on = received_on
        self.record_contact(received_on)
        self.refresh_schedule()
        return entry

    def extend(self, reason: str, today: date, reason_lang: str | None = None) -> date:
        """Extend by two further months (Art. 12(3)); only once, and only before the
        extension-notice deadline (the end of the first month). Returns the new due date."""
        self._require(RequestAction.EXTEND, today)
        check_length(reason, MAX_REASON, "The reasons of the extension")
        if not reason.strip():
            raise ValidationError(
                "An extension needs its reasons: they must be told to the requester."
            )
        language = self.typed_language(reason_lang)
        schedule = self.deadlines()
        self.extended_on = today
        self.extension_reason = reason.strip()
        self.extension_reason_lang = language
        self.record_contact(today)  # the requester is told of the extension and its reasons
        self.refresh_schedule()
        return schedule.extended_due

    def close(
        self,
        outcome: Outcome,
        on: date,
        today: date,
        reason: str | None = None,
        *,
        granted: str | None = None,
        withheld: str | None = None,
        late_reason: str | None = None,
        reason_lang: str | None = None,
    ) -> None:
        """Record how the request ended (``Outcome``): the right's table says which outcomes
        it allows; a refusal needs its reasons, a partial answer what is granted, what is
        withheld and why, an excessive request the reasons showing the excess. Dated before
        today so as to escape a rule of today (``request_actions.late_closure_until``), it
        needs ``late_reason``."""
        self._require(CLOSING_ACTIONS[outcome], today)
        self._check_action_date(on, today, N_("closure"))
        self._require_late_reason(CLOSING_ACTIONS[outcome], on, today, late_reason)
        language = self.typed_language(reason_lang)
        check_length(reason, MAX_REASON, "The reasons")
        check_length(granted, MAX_REASON, "What is granted")
        check_length(withheld, MAX_REASON, "What is withheld")
        reason = (reason or "").strip() or None
        granted = (granted or "").strip() or None
        withheld = (withheld or "").strip() or None
        self._check_outcome_texts(outcome, reason, granted, withheld)
        if self.status is Status.AWAITING_INFORMATION and outcome.status is Status.COMPLETED:
            self.status = Status.IN_PROGRESS  # withdrawn or unanswered while waiting
        self._move_to(outcome.status)
        self.closed_on = on
        self.outcome = outcome
        self.outcome_reason = reason
        self.outcome_granted = granted
        self.outcome_withheld = withheld
        self.outcome_lang = language if (reason or granted or withheld) else None
        self.record_contact(on)

    def _check_outcome_texts(
        self, outcome: Outcome, reason: str | None, granted: str | None, withheld: str | None
    ) -> None:
        if outcome is Outcome.REFUSED and reason is None:
            if self.right.refusal is Refusal.COMPELLING_GROUNDS:
                raise ValidationError(
                    "An objection is refused only on compelling legitimate grounds which "
                    "override the person's interests, rights and freedoms: record them as "
                    "the reasons (Art. 21(1))."
                )
            raise ValidationError(
                "A refusal needs its reasons: the requester must be told why (Art. 12(4))."
            )
        if outcome is Outcome.EXCESSIVE and reason is None:
            raise ValidationError(
                "A request refused as manifestly unfounded or excessive needs the reasons, "
                "including what shows the excess (Art. 12(5)(b))."
            )
        if outcome is Outcome.PARTIAL:
            missing = [
                what
                for what, text in (
                    (N_("what is granted (--granted)"), granted),
                    (N_("what is withheld (--withheld)"), withheld),
                    (N_("the reasons (--reason)"), reason),
                )
                if text is None
            ]
            if missing:
                ground = Text(
                    N_(" and its Art. 17(3) ground, with how long the data are kept")
                    if self.right.refusal is Refusal.PARTLY_ART_17_3
                    else ""
                )
                raise ValidationError(
                    "A partial answer needs {missing}: the requester is told what is granted, what "
                    "is withheld{ground}, and why (Art. 12(4)).",
                    missing=Join(Text(what) for what in missing),
                    ground=ground,
                )
        elif granted is not None or withheld is not None:
            raise ValidationError(
                "What is granted and withheld is recorded only with a partial answer "
                "(--outcome partial)."
            )

    def record_identity_check(self, check: IdentityCheck, today: date) -> None:
        self._require(RequestAction.IDENTITY, today)
        self._check_action_date(check.checked_on, today, N_("identity check"))
        self.identity_checks.append(check)
        self.record_contact(check.checked_on)

    def correct_requester(
        self,
        today: date,
        *,
        name: str | None = None,
        email: str | None = None,
        address: str | None = None,
        language: str | None = None,
    ) -> tuple[str, ...]:
        """Correct the requester's details as typed wrong (None: left as it is; an empty
        e-mail: none known); returns the names of the fields that really changed. The
        requester is the same person on their other requests: corrected there too."""
        self._require(RequestAction.REQUESTER, today)
        person = self.requester
        wanted = Requester(
            name=person.name if name is None else name,
            email=person.email if email is None else email,
            postal_address=person.postal_address if address is None else address.strip(),
            phone=person.phone,
            language=person.language if language is None else language,
            civility=person.civility,
        )  # validated whole before anything changes
        changed = tuple(
            key
            for key in ("name", "email", "postal_address", "language")
            if getattr(wanted, key) != getattr(person, key)
        )
        for key in changed:
            setattr(person, key, getattr(wanted, key))
        return changed

    def assign(self, assignee: str | None, today: date) -> bool:
        """Give the request to ``assignee`` (a name; empty or None: nobody); False when it
        already was theirs."""
        self._require(RequestAction.ASSIGN, today)
        check_length(assignee, MAX_NAME, "The assignee's name")
        name = " ".join((assignee or "").split()) or None
        if name == self.assignee:
            return False
        self.assignee = name
        return True

    def add_note(self, note: Note) -> None:
        """Notes may be written at any time, also on a closed request (not in the archive)."""
        self._require(RequestAction.NOTE, note.written_at.date())
        self.notes.append(note)

    def attach(self, document: DocumentRecord, today: date) -> None:
        """Keep a file in the request's file (a new contact: restarts the objection clock)."""
        if any(d.document_id == document.document_id for d in self.documents):
            raise RuleViolation(
                "Document {document_id} is already attached.", document_id=document.document_id
            )
        if document.kind not in ARCHIVE_ADDITIONS:
            self._require_not_archived(
                Text("attach a document of kind {kind}", kind=document.kind.value)
            )
        if document.kind is DocumentKind.ID and self.entity.minimisation:
            raise RuleViolation(
                "{entity_name} keeps no copy of identity documents (minimisation): record the "
                "identity check instead.",
                entity_name=self.entity.name,
            )
        self.documents.append(document)
        self.record_contact(today)
