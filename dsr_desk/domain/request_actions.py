"""What can be done to a request today, and if not, why: the one place that answers.

Every action the staff can take on a request is a ``RequestAction``. ``blocker(request,
action, day)`` returns None when the action may be taken on that day, else a ``Blocker``
carrying the sentence the staff read (the tooltip of the disabled button, the CLI's error
line). The ``Request`` methods that perform the actions ask the same function first and raise
``RuleViolation`` with its reason, so a rule is written here once; the read model carries the
answers to the GUI and to ``request show --json``. The legal rules of each right plug in here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from dsr_desk.domain.calendar import add_months
from dsr_desk.domain.deadlines import Deadlines
from dsr_desk.domain.entities import Role
from dsr_desk.domain.errors import RuleViolation
from dsr_desk.domain.request_kinds import (
    Capacity,
    InformationKind,
    Outcome,
    RequestType,
    Status,
    with_article,
)
from dsr_desk.domain.rights import PROOF_NEEDED, IdRequest, heir_refusal, right_of

if TYPE_CHECKING:
    from dsr_desk.domain.requests import Request


class RequestAction(StrEnum):
    """An action on a request (its value names it in the read model and the CLI's JSON)."""

    START = "start"
    IDENTITY = "identity"  # record an identity check
    ASK = "ask"  # ask for ID or clarification (suspends the deadline)
    RECEIVED = "received"  # the awaited information arrived
    EXTEND = "extend"
    COMPLETE = "complete"
    REFUSE = "refuse"
    FORWARD = "forward"  # to the controller (processor entities)
    PARTIAL = "partial"  # close as partly granted
    NO_DATA = "no-data"  # close: no data held about the person
    WITHDRAWN = "withdrawn"  # close: the requester withdrew
    UNANSWERED = "unanswered"  # close: the information asked never came
    EXCESSIVE = "excessive"  # close: refused as manifestly unfounded or excessive
    CLOSE = "close"  # any of the closing actions (the request file's "Close…")
    NOTE = "note"
    LETTERS = "letters"
    BUNDLE = "bundle"  # the access / portability data export
    NOTIFY = "notify"  # record an Art. 19 notice to a recipient of the data
    REQUESTER = "requester"  # correct the requester's details (name, e-mail, address, language)
    ASSIGN = "assign"  # give the request to another person of the office


@dataclass(frozen=True)
class Blocker:
    """Why an action cannot be taken: ``reason`` is written for the staff. ``applies`` is
    False when the action never concerns this request (forwarding for a controller, a data
    bundle for an erasure): the GUI hides such a button instead of disabling it."""

    reason: str
    applies: bool = True

    def violation(self) -> RuleViolation:
        return RuleViolation(self.reason)


# A data bundle answers access (Art. 15) and portability (Art. 20) requests; none is made once
# the request was refused or forwarded (nothing is disclosed).
EXPORTABLE_TYPES: Final = frozenset({RequestType.ACCESS, RequestType.PORTABILITY})
# The requests whose outcome is notified to the recipients of the data (Art. 19 GDPR).
NOTIFIED_TYPES: Final = frozenset(
    {RequestType.RECTIFICATION, RequestType.ERASURE, RequestType.RESTRICTION}
)
NO_DISCLOSURE_STATUSES: Final = frozenset({Status.REFUSED, Status.FORWARDED})

CLOSING_ACTIONS: Final = {
    Outcome.COMPLETED: RequestAction.COMPLETE,
    Outcome.PARTIAL: RequestAction.PARTIAL,
    Outcome.REFUSED: RequestAction.REFUSE,
    Outcome.FORWARDED: RequestAction.FORWARD,
    Outcome.NO_DATA: RequestAction.NO_DATA,
    Outcome.WITHDRAWN: RequestAction.WITHDRAWN,
    Outcome.UNANSWERED: RequestAction.UNANSWERED,
    Outcome.EXCESSIVE: RequestAction.EXCESSIVE,
}

# How the staff name each outcome in a sentence ("can never be refused").
OUTCOME_WORDS: Final = {
    Outcome.COMPLETED: "completed",
    Outcome.PARTIAL: "partly refused",
    Outcome.REFUSED: "refused",
    Outcome.FORWARDED: "forwarded",
    Outcome.NO_DATA: "closed as 'no data held'",
    Outcome.WITHDRAWN: "closed as withdrawn",
    Outcome.UNANSWERED: "closed for lack of reply",
    Outcome.EXCESSIVE: "refused as manifestly unfounded or excessive",
}

# Why a right that can never be refused is never refused (the staff's sentence).
_NEVER_REFUSED_WHY: Final = {
    RequestType.MARKETING_OPT_OUT: "an objection to direct marketing must always be acted on "
    "(Art. 21(3) GDPR)",
    RequestType.CONSENT_WITHDRAWAL: "consent may be withdrawn at any time, as easily as it "
    "was given (Art. 7(3) GDPR)",
}


def _a(type: RequestType) -> str:
    """ "an access request", "a marketing-opt-out request"."""
    return f"{with_article(type.value)} request"


def _closed(request: Request, doing: str) -> Blocker | None:
    if request.archive_only:
        return Blocker(
            f"{request.reference} is a closed objection record kept as a read-only archive; "
            f"cannot {doing}."
        )
    if not request.is_open:
        ended = request.final_outcome or request.status
        return Blocker(
            f"{request.reference} is already closed ({ended.value}): only notes can be added."
        )
    return None


def _waiting(request: Request, then: str, still: str = "still") -> Blocker | None:
    entry = request.open_suspension
    if entry is None:
        return None
    return Blocker(
        f"{request.reference} is {still} waiting for information asked on "
        f"{entry.asked_on:%d/%m/%Y}; {then}."
    )


def _start(request: Request, _day: date) -> Blocker | None:
    blocked = _closed(request, "start processing it") or _waiting(
        request, "record its arrival: work resumes then"
    )
    if blocked is None and request.status is not Status.RECEIVED:
        return Blocker(f"{request.reference} is already being worked on.")
    return blocked


def _identity(request: Request, _day: date) -> Blocker | None:
    return _closed(request, "record an identity check")


def _ask(request: Request, day: date) -> Blocker | None:
    blocked = _closed(request, "ask for information") or _waiting(
        request, "record its arrival first", still="already"
    )
    if blocked is not None:
        return blocked
    due = request.deadlines().effective_due(request.is_extended)
    if day > due:
        return Blocker(
            f"The deadline of {request.reference} ({due:%d/%m/%Y}) has passed: asking for "
            "information now cannot suspend it. Answer, or refuse with reasons."
        )
    return None


def ask_blocker(
    request: Request, kind: InformationKind, day: date, *, unmatched: bool = False
) -> Blocker | None:
    """Whether information of ``kind`` may be asked on ``day``: the rule of ``ASK``, then
    the right's own rule (identity only when the person cannot be matched, for a right that
    asks for none by default; a fee only where the request may be refused as excessive)."""
    blocked = _ask(request, day)
    if blocked is not None:
        return blocked
    right = right_of(request.type)
    if kind is InformationKind.IDENTITY and not unmatched:
        if right.id_request is IdRequest.ONLY_IF_UNMATCHED:
            return Blocker(
                f"{request.reference} is {_a(request.type)}: it is acted on without asking for "
                "ID; ask for it only when the person cannot be matched with our records, "
                "and say so (Art. 11(2) and 12(6) GDPR)."
            )
        if right.id_request is IdRequest.NOT_BY_DEFAULT:
            return Blocker(
                f"{request.reference} is {_a(request.type)}: withdrawing consent must be as "
                "easy as giving it, so no ID is asked by default; ask for it only when the "
                "person cannot be matched with our records, and say so (Art. 7(3) GDPR)."
            )
    if kind is InformationKind.FEE and Outcome.EXCESSIVE not in right.outcomes:
        return Blocker(
            f"{request.reference} is {_a(request.type)}: it is free of charge and can never "
            "be treated as excessive, so no fee can be asked (Art. 12(5) GDPR)."
        )
    return None


def _received(request: Request, _day: date) -> Blocker | None:
    blocked = _closed(request, "record information received")
    if blocked is None and request.open_suspension is None:
        return Blocker(f"{request.reference} is not waiting for any information.")
    return blocked


class ExtensionState(StrEnum):
    """Where a request stands as to its one extension (Art. 12(3))."""

    EXTENDED = "extended"  # extended already (once is all the GDPR allows)
    NOT_EXTENDED = "not-extended"  # closed without an extension
    TOO_LATE = "too-late"  # open, but the extension-notice date has passed
    POSSIBLE = "possible"  # open, the requester can still be told in time
    NOT_ALLOWED = "not-allowed"  # the right allows no extension (domain.rights)


@dataclass(frozen=True)
class ExtensionOutlook:
    """The extension facts of a request on a day: its state, the date by which the requester
    must be told of an extension, the due date once extended, and the calendar days left to
    tell the requester (0: that day is the last; negative: the date has passed). The request
    file, the extend dialog, the CLI and the ``EXTEND`` rule all read them from here."""

    state: ExtensionState
    notice_by: date
    extended_due: date
    days_left: int

    @property
    def possible(self) -> bool:
        return self.state is ExtensionState.POSSIBLE

    @property
    def last_day(self) -> bool:
        """The day is the last one on which the extension may still be notified."""
        return self.possible and self.days_left == 0


def extension_outlook(
    schedule: Deadlines,
    *,
    extended_on: date | None,
    is_open: bool,
    day: date,
    may_extend: bool = True,
) -> ExtensionOutlook:
    """The extension facts of a request with ``schedule`` on ``day`` (pure: plain values);
    ``may_extend``: whether its right allows an extension at all (``domain.rights``)."""
    if extended_on is not None:
        state = ExtensionState.EXTENDED
    elif not may_extend:
        state = ExtensionState.NOT_ALLOWED
    elif not is_open:
        state = ExtensionState.NOT_EXTENDED
    elif schedule.can_still_extend(day):
        state = ExtensionState.POSSIBLE
    else:
        state = ExtensionState.TOO_LATE
    days_left = (schedule.extension_notice_by - day).days
    return ExtensionOutlook(state, schedule.extension_notice_by, schedule.extended_due, days_left)


def _extend(request: Request, day: date) -> Blocker | None:
    if not right_of(request.type).may_extend:
        return Blocker(
            f"{request.reference} is {_a(request.type)}: it cannot be extended "
            f"({right_of(request.type).basis['extend']}).",
            applies=False,
        )
    blocked = _closed(request, "extend it")
    if blocked is not None:
        return blocked
    if request.extended_on is not None:
        return Blocker(
            f"{request.reference} was already extended on {request.extended_on:%d/%m/%Y}; "
            "the GDPR allows one extension of two months."
        )
    outlook = request.extension_outlook(day)
    if not outlook.possible:
        return Blocker(
            f"Too late to extend {request.reference}: the requester had to be told of an "
            f"extension by {outlook.notice_by:%d/%m/%Y} (end of the first month)."
        )
    return None


def _not_allowed(request: Request, outcome: Outcome) -> Blocker | None:
    """The right's table: an outcome the right never allows (the GUI hides it)."""
    if outcome in right_of(request.type).outcomes:
        return None
    why = _NEVER_REFUSED_WHY.get(request.type, right_of(request.type).basis["outcomes"])
    return Blocker(
        f"{request.reference} is {_a(request.type)}: it can never be "
        f"{OUTCOME_WORDS[outcome]}; {why}.",
        applies=False,
    )


def _complete(request: Request, _day: date) -> Blocker | None:
    return _closed(request, "close it") or _waiting(
        request, "record its arrival first, or refuse the request"
    )


def _answer(outcome: Outcome) -> Callable[[Request, date], Blocker | None]:
    """An answer on the merits (completed, partly granted, no data held): not while waiting."""

    def rule(request: Request, day: date) -> Blocker | None:
        blocked = _not_allowed(request, outcome) or _closed(request, "close it")
        if blocked is None and request.open_suspension is not None:
            then = (
                "record its arrival first, or refuse the request"
                if Outcome.REFUSED in right_of(request.type).outcomes
                else "record its arrival first, or close it for lack of reply"
            )
            return _waiting(request, then)
        return blocked

    return rule


def _refuse(request: Request, _day: date) -> Blocker | None:
    return _not_allowed(request, Outcome.REFUSED) or _closed(request, "close it")


def _excessive(request: Request, _day: date) -> Blocker | None:
    return _not_allowed(request, Outcome.EXCESSIVE) or _closed(request, "close it")


def _withdrawn(request: Request, _day: date) -> Blocker | None:
    return _closed(request, "close it")


def _unanswered(request: Request, _day: date) -> Blocker | None:
    blocked = _closed(request, "close it")
    if blocked is None and request.open_suspension is None:
        return Blocker(
            f"{request.reference} is not waiting for any information: it can be closed for "
            "lack of reply only while the information asked has not come."
        )
    return blocked


def _forward(request: Request, _day: date) -> Blocker | None:
    if request.entity.role is not Role.PROCESSOR:
        return Blocker(
            f"{request.entity.name} is the controller: only a processor forwards requests.",
            applies=False,
        )
    return _complete(request, _day)


def _close(request: Request, day: date) -> Blocker | None:
    """Any closing action: possible when one outcome is; else the reason the answer on the
    merits cannot be given."""
    answers = [_CLOSE_RULES[outcome](request, day) for outcome in Outcome]
    if any(answer is None for answer in answers):
        return None
    return _complete(request, day)


def _note(request: Request, _day: date) -> Blocker | None:
    return _closed(request, "add a note") if request.archive_only else None


def _letters(_request: Request, _day: date) -> Blocker | None:
    return None  # which letter fits the request is the letters' own answer (letters.fit)


def _bundle(request: Request, _day: date) -> Blocker | None:
    if request.type not in EXPORTABLE_TYPES:
        return Blocker(
            f"{request.reference} is {with_article(request.type.value)} request: a data bundle "
            "answers access and portability requests only.",
            applies=False,
        )
    if request.status in NO_DISCLOSURE_STATUSES:
        return Blocker(
            f"{request.reference} was {request.status.value}: no data bundle can be made for it."
        )
    return disclosure_blocker(request)


def _notify(request: Request, _day: date) -> Blocker | None:
    """Art. 19: the recipients of the data are told of a rectification, an erasure or a
    restriction (recorded, so that the completion letter may say so)."""
    if request.type not in NOTIFIED_TYPES:
        return Blocker(
            "Art. 19 notices follow a rectification, an erasure or a restriction; "
            f"{request.reference} is {_a(request.type)}.",
            applies=False,
        )
    if request.archive_only:
        return _closed(request, "record a notice to a recipient")
    if request.status in NO_DISCLOSURE_STATUSES:
        return Blocker(
            f"{request.reference} was {request.status.value}: there is nothing to notify."
        )
    return None


def _requester(request: Request, _day: date) -> Blocker | None:
    """Details typed wrong are corrected, also after closing (a letter to send again); not
    in a restricted archive, nor once the record is anonymised (nothing personal is left)."""
    if request.anonymised_on is not None:
        return Blocker(
            f"{request.reference} was anonymised on {request.anonymised_on:%d/%m/%Y}: its "
            "requester's details were erased and cannot be set again."
        )
    if request.archive_only:
        return _closed(request, "correct the requester's details")
    return None


def _assign(request: Request, _day: date) -> Blocker | None:
    if request.archive_only:
        return _closed(request, "reassign it")
    if not request.is_open:
        ended = request.final_outcome or request.status
        return Blocker(
            f"{request.reference} is already closed ({ended.value}): no one handles it now."
        )
    return None


# -- who asks ----------------------------------------------------------------------------------

#: How the staff name who makes a request, in a sentence ("made by a representative").
CAPACITY_WORDS: Final = {
    Capacity.SELF: "the person concerned",
    Capacity.REPRESENTATIVE: "a representative",
    Capacity.GUARDIAN: "a parent or guardian",
    Capacity.HEIR: "an heir",
}


def capacity_blocker(
    type: RequestType, capacity: Capacity, subject_name: str | None
) -> Blocker | None:
    """Whether a request of ``type`` may be made in ``capacity`` (checked when it is logged):
    someone acting for the data subject names them; an heir has only the rights of art. 85 II
    loi Informatique et Libertés (``domain.rights.HEIR_ACTIONS``), not the GDPR's."""
    named = bool((subject_name or "").strip())
    if capacity is Capacity.SELF:
        if named:
            return Blocker(
                "A request made by the person concerned names no other data subject: leave "
                "the subject's name out, or say who makes the request (representative, "
                "guardian or heir)."
            )
        return None
    if not named:
        return Blocker(
            f"A request made by {CAPACITY_WORDS[capacity]} needs the name of the person it "
            "concerns (the data subject)."
        )
    if capacity is Capacity.HEIR:
        refusal = heir_refusal(type)
        if refusal is not None:
            return Blocker(refusal)
    return None


def disclosure_blocker(request: Request) -> Blocker | None:
    """Whether personal data may be disclosed to the requester as to their capacity: someone
    acting for the data subject (representative, parent or guardian, heir) must have proved it
    — a document of kind "mandate" in the file — before the data bundle or the access answer.
    (The requester's own identity is the identity check's gate.)"""
    if request.capacity not in PROOF_NEEDED or request.has_proof_of_capacity:
        return None
    return Blocker(
        f"{request.reference} is made by {CAPACITY_WORDS[request.capacity]} on behalf of the "
        "person concerned: attach the mandate or proof of capacity (document kind "
        "'mandate') before disclosing any personal data (Art. 12(6) GDPR)."
    )


_RULES: Final[dict[RequestAction, Callable[[Request, date], Blocker | None]]] = {
    RequestAction.START: _start,
    RequestAction.IDENTITY: _identity,
    RequestAction.ASK: _ask,
    RequestAction.RECEIVED: _received,
    RequestAction.EXTEND: _extend,
    RequestAction.COMPLETE: _answer(Outcome.COMPLETED),
    RequestAction.REFUSE: _refuse,
    RequestAction.FORWARD: _forward,
    RequestAction.PARTIAL: _answer(Outcome.PARTIAL),
    RequestAction.NO_DATA: _answer(Outcome.NO_DATA),
    RequestAction.WITHDRAWN: _withdrawn,
    RequestAction.UNANSWERED: _unanswered,
    RequestAction.EXCESSIVE: _excessive,
    RequestAction.CLOSE: _close,
    RequestAction.NOTE: _note,
    RequestAction.LETTERS: _letters,
    RequestAction.BUNDLE: _bundle,
    RequestAction.NOTIFY: _notify,
    RequestAction.REQUESTER: _requester,
    RequestAction.ASSIGN: _assign,
}


_CLOSE_RULES: Final = {outcome: _RULES[action] for outcome, action in CLOSING_ACTIONS.items()}


def closing_outcomes(request: Request, day: date) -> dict[Outcome, Blocker | None]:
    """Every outcome with its blocker on ``day`` (None: the request may end so)."""
    return {outcome: _CLOSE_RULES[outcome](request, day) for outcome in Outcome}


def blocker(request: Request, action: RequestAction, day: date) -> Blocker | None:
    """None when ``action`` may be taken on ``request`` on ``day`` (today, or the date the
    action is recorded as taken), else why not."""
    return _RULES[action](request, day)


# The actions recorded with a date that may be before today (``--on``, the dialog's date)
# and that move the deadline. An ask is judged on the day it was made, so back-dating it could
# escape a rule of today: ``late_entry_blocker`` asks for a late reason then. (The arrival of
# the information is dated too, but back-dating it only brings the due date forward; an
# extension is judged on the day it is recorded; a closure does not move the deadline.)
LATE_ENTRY_ACTIONS: Final = (RequestAction.ASK,)


def late_entry_blocker(
    request: Request, action: RequestAction, stated: date, today: date
) -> Blocker | None:
    """An action recorded as taken on ``stated``, before ``today``, is judged on that day. When
    a rule of today forbids it (asking for ID once the due date has passed), back-dating must
    not escape that rule silently: the entry needs a late reason, audited with both dates.
    Returns today's blocker, worded for that case; None when no late reason is needed."""
    if action in _CLOSING_OUTCOMES:
        return _late_closure(request, _CLOSING_OUTCOMES[action], stated, today)
    if stated >= today or blocker(request, action, stated) is not None:
        return None
    now = blocker(request, action, today)
    if now is None:
        return None
    return Blocker(
        f"{now.reason} To record it as done on {stated:%d/%m/%Y}, state why it is recorded "
        "only now (a late reason, audited with both dates)."
    )


_CLOSING_OUTCOMES: Final = {action: outcome for outcome, action in CLOSING_ACTIONS.items()}


def late_closure_until(request: Request, outcome: Outcome, today: date) -> date | None:
    """A closure is dated (``--on``) and does not move the deadline, but back-dating it can
    still escape a rule that applies today: a request overdue today, closed on a day on or
    before its due date, would look answered on time; a request on hold past the entity's
    period (``Entity.on_hold_months``), closed for lack of reply on a day that period had not
    ended, would look closed as the policy says. Returns the last day a closure with
    ``outcome`` needs a late reason when dated on or before it (and before today); None when
    no date does."""
    if not request.is_open:
        return None
    waiting = request.open_suspension
    if outcome is Outcome.UNANSWERED:
        if waiting is None:
            return None
        ends = add_months(waiting.asked_on, request.entity.on_hold_months)
        return ends if ends < today else None
    if waiting is not None:
        return None
    due = request.deadlines().effective_due(request.is_extended)
    return due if due < today else None


def late_closures(request: Request, today: date) -> dict[Outcome, date]:
    """The outcomes whose closure needs a late reason when dated on or before a day (that
    day: ``late_closure_until``) — for the close dialog's late-reason field."""
    found = {outcome: late_closure_until(request, outcome, today) for outcome in Outcome}
    return {outcome: day for outcome, day in found.items() if day is not None}


def _late_closure(request: Request, outcome: Outcome, stated: date, today: date) -> Blocker | None:
    until = late_closure_until(request, outcome, today)
    if stated >= today or until is None or stated > until:
        return None
    why = "state why it is recorded only now (a late reason, audited with both dates)."
    if outcome is Outcome.UNANSWERED:
        waiting = request.open_suspension
        assert waiting is not None  # what late_closure_until checked
        return Blocker(
            f"{request.reference} waits for the information asked on "
            f"{waiting.asked_on:%d/%m/%Y}; the requester had until {until:%d/%m/%Y} to send "
            f"it ({request.entity.on_hold_months} months on hold). To record it as closed for "
            f"lack of reply on {stated:%d/%m/%Y}, before that period ended, {why}"
        )
    return Blocker(
        f"{request.reference} was due on {until:%d/%m/%Y}: closed today, it is answered late. "
        f"To record it as closed on {stated:%d/%m/%Y}, on time, {why}"
    )


def late_entry_until(request: Request, action: RequestAction, today: date) -> date | None:
    """When ``action`` is forbidden today but was allowed on an earlier day (an ask, once the
    due date has passed: allowed until the due date), the last such day: the action may still
    be recorded as done on or before it, with a late reason (``late_entry_blocker``). None
    when it is allowed today, or was never allowed since the receipt. The rules that depend on
    the day allow an action until a date (the due date, the extension-notice date), so the
    last allowed day is found by halving the interval."""
    if blocker(request, action, today) is None:
        return None
    first = request.received_on
    if first >= today or blocker(request, action, first) is not None:
        return None
    allowed, refused = first, today  # allowed on ``allowed``, refused on ``refused``
    while (refused - allowed).days > 1:
        middle = allowed + timedelta(days=(refused - allowed).days // 2)
        if blocker(request, action, middle) is None:
            allowed = middle
        else:
            refused = middle
    return allowed


def late_entries(request: Request, today: date) -> dict[RequestAction, date]:
    """The actions forbidden today that may still be recorded late, with the last day they
    may be dated (``late_entry_until``)."""
    found = {action: late_entry_until(request, action, today) for action in LATE_ENTRY_ACTIONS}
    return {action: day for action, day in found.items() if day is not None}


def what_can_be_done(request: Request, today: date) -> dict[RequestAction, Blocker | None]:
    """Every action with its blocker today (None: it can be done)."""
    return {action: blocker(request, action, today) for action in RequestAction}
