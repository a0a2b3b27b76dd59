"""What each right allows: one table, asked by the rules of the actions
(``domain.request_actions``), the services, the CLI, the request file's buttons and the letters.

For each request type: whether its deadline may be extended, whether the requester's identity
may be asked for, whether and how it may be refused, its due basis (one month, or "without
delay"), the outcomes that may end it, the follow-ups an outcome calls for, and the article each
rule rests on. Pure: plain values, no other rule is written here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from dsr_desk.domain.calendar import WorkingCalendar
from dsr_desk.domain.request_kinds import Capacity, Outcome, RequestType

#: "Without delay" for a marketing opt-out, in working days: the entity's default setting.
DEFAULT_WITHOUT_DELAY_DAYS: Final = 5
#: A request on hold longer than this (months) is flagged "on hold too long" (default setting).
DEFAULT_ON_HOLD_MONTHS: Final = 3


class IdRequest(StrEnum):
    """Whether the requester's identity may be asked for (Art. 12(6), Art. 11(2))."""

    ALLOWED = "allowed"  # when there is a reasonable doubt (Art. 12(6))
    ONLY_IF_UNMATCHED = "only-if-unmatched"  # only when the person cannot be matched
    NOT_BY_DEFAULT = "not-by-default"  # not by default: only when the person cannot be matched


class Refusal(StrEnum):
    """Whether and how the request may be refused."""

    NEVER = "never"
    WITH_REASONS = "with-reasons"  # Art. 12(4): reasons and recourse
    COMPELLING_GROUNDS = "compelling-grounds"  # only on compelling legitimate grounds recorded
    PARTLY_ART_17_3 = "partly-art-17-3"  # partly, on an Art. 17(3) ground


class DueBasis(StrEnum):
    """When the answer is due."""

    ONE_MONTH = "one-month"  # Art. 12(3)
    WITHOUT_DELAY = "without-delay"  # an entity setting in working days (default 5)


class FollowUp(StrEnum):
    """What an outcome calls for next."""

    ERASURE = "erasure"


@dataclass(frozen=True)
class Right:
    """The rules of one request type, each with the article it rests on (``basis``)."""

    type: RequestType
    article: str  # the article the right itself rests on
    may_extend: bool
    id_request: IdRequest
    refusal: Refusal
    due_basis: DueBasis
    outcomes: frozenset[Outcome]
    # follow-ups when the request is upheld (completed): kind → the article
    follow_ups: tuple[tuple[FollowUp, str], ...] = ()
    # the article each rule rests on: "extend", "id", "refusal", "due", "outcomes"
    basis: dict[str, str] = field(default_factory=dict)

    @property
    def outcomes_in_order(self) -> tuple[Outcome, ...]:
        """The outcomes it allows, in the order ``Outcome`` lists them."""
        return tuple(o for o in Outcome if o in self.outcomes)


_ALL_OUTCOMES: Final = frozenset(Outcome)
# A right that cannot be refused cannot be refused in part, nor as excessive (Art. 12(5)(b)).
_NEVER_REFUSED: Final = frozenset(
    _ALL_OUTCOMES - {Outcome.REFUSED, Outcome.PARTIAL, Outcome.EXCESSIVE}
)

_ONE_MONTH = "Art. 12(3) GDPR: one month, extendable by two further months"
_ID_ALLOWED = "Art. 12(6) GDPR; EDPB Guidelines 01/2022 (reasonable doubt)"
_REFUSE = "Art. 12(4) GDPR: reasons, complaint to the CNIL, judicial remedy"
_OUTCOMES = "Art. 12(4)–(5) GDPR"


def _right(
    type: RequestType,
    article: str,
    *,
    may_extend: bool = True,
    id_request: IdRequest = IdRequest.ALLOWED,
    refusal: Refusal = Refusal.WITH_REASONS,
    due_basis: DueBasis = DueBasis.ONE_MONTH,
    outcomes: frozenset[Outcome] = _ALL_OUTCOMES,
    follow_ups: tuple[tuple[FollowUp, str], ...] = (),
    basis: dict[str, str] | None = None,
) -> Right:
    rules = {
        "extend": _ONE_MONTH,
        "id": _ID_ALLOWED,
        "refusal": _REFUSE,
        "due": _ONE_MONTH,
        "outcomes": _OUTCOMES,
    }
    rules.update(basis or {})
    return Right(
        type, article, may_extend, id_request, refusal, due_basis, outcomes, follow_ups, rules
    )


RIGHTS: Final[dict[RequestType, Right]] = {
    RequestType.ACCESS: _right(
        RequestType.ACCESS,
        "Art. 15 GDPR",
        basis={"no-data": "Art. 15(1) GDPR (first limb: whether data are processed)"},
    ),
    RequestType.RECTIFICATION: _right(RequestType.RECTIFICATION, "Art. 16 GDPR"),
    RequestType.ERASURE: _right(
        RequestType.ERASURE,
        "Art. 17 GDPR",
        refusal=Refusal.PARTLY_ART_17_3,
        basis={
            "refusal": "Art. 17(3) GDPR (the ground, the data kept and for how long); "
            "Art. 12(4) GDPR (recourse)"
        },
    ),
    RequestType.RESTRICTION: _right(RequestType.RESTRICTION, "Art. 18 GDPR"),
    RequestType.OBJECTION: _right(
        RequestType.OBJECTION,
        "Art. 21(1) GDPR",
        refusal=Refusal.COMPELLING_GROUNDS,
        follow_ups=((FollowUp.ERASURE, "Art. 17(1)(c) GDPR"),),
        basis={
            "refusal": "Art. 21(1) GDPR: compelling legitimate grounds which override the "
            "person's interests, rights and freedoms; Art. 12(4) GDPR (recourse)"
        },
    ),
    RequestType.PORTABILITY: _right(RequestType.PORTABILITY, "Art. 20 GDPR"),
    RequestType.MARKETING_OPT_OUT: _right(
        RequestType.MARKETING_OPT_OUT,
        "Art. 21(2)–(3) GDPR",
        may_extend=False,
        id_request=IdRequest.ONLY_IF_UNMATCHED,
        refusal=Refusal.NEVER,
        due_basis=DueBasis.WITHOUT_DELAY,
        outcomes=_NEVER_REFUSED,
        follow_ups=((FollowUp.ERASURE, "Art. 17(1)(c) GDPR"),),
        basis={
            "extend": "Art. 21(3) GDPR: the data are no longer processed for direct "
            "marketing, without delay (no extension)",
            "id": "Art. 11(2) and 12(6) GDPR: only when the person cannot be matched",
            "refusal": "Art. 21(3) GDPR: the objection to direct marketing is absolute",
            "due": "Art. 21(3) GDPR: without delay (the entity's working days)",
            "outcomes": "Art. 21(3) GDPR: never refused, in part or as excessive",
        },
    ),
    RequestType.CONSENT_WITHDRAWAL: _right(
        RequestType.CONSENT_WITHDRAWAL,
        "Art. 7(3) GDPR",
        may_extend=False,
        id_request=IdRequest.NOT_BY_DEFAULT,
        refusal=Refusal.NEVER,
        outcomes=_NEVER_REFUSED,
        follow_ups=((FollowUp.ERASURE, "Art. 17(1)(b) GDPR"),),
        basis={
            "extend": "Art. 7(3) GDPR: withdrawing consent is as easy as giving it (no extension)",
            "id": "Art. 7(3) GDPR: no identity check by default; only when the person cannot "
            "be matched (Art. 11(2), 12(6))",
            "refusal": "Art. 7(3) GDPR: consent may be withdrawn at any time",
            "outcomes": "Art. 7(3) GDPR: never refused, in part or as excessive",
        },
    ),
    RequestType.AUTOMATED_DECISION: _right(
        RequestType.AUTOMATED_DECISION,
        "Art. 22(3) GDPR: human intervention, point of view, contest of the decision",
    ),
}


class OutcomeText(StrEnum):
    """A text recorded when a request is closed (kept with the request's reasons)."""

    REASON = "reason"  # the reasons (a refusal's, an excess's, a partial answer's grounds)
    GRANTED = "granted"  # a partial answer: what is granted
    WITHHELD = "withheld"  # a partial answer: what is withheld


#: The texts each outcome needs: ``Request.close`` refuses the closure without them, the close
#: dialog asks for them (a refusal's reasons, Art. 12(4); what shows the excess, Art. 12(5)(b);
#: what a partial answer grants and withholds, and why). Any other outcome takes an optional
#: note as its reason.
OUTCOME_TEXTS: Final[dict[Outcome, tuple[OutcomeText, ...]]] = {
    Outcome.REFUSED: (OutcomeText.REASON,),
    Outcome.EXCESSIVE: (OutcomeText.REASON,),
    Outcome.PARTIAL: (OutcomeText.GRANTED, OutcomeText.WITHHELD, OutcomeText.REASON),
}


def outcome_texts(outcome: Outcome) -> tuple[OutcomeText, ...]:
    """The texts ``outcome`` needs (empty: none is required)."""
    return OUTCOME_TEXTS.get(outcome, ())


# -- who may ask ------------------------------------------------------------------------------

#: The GDPR does not apply to the data of deceased persons (Recital 27): their heirs have only
#: the rights of art. 85 II of the loi Informatique et Libertés (without directives of the
#: deceased to the contrary): have the death taken into account, the data updated, the user
#: accounts closed, further processing stopped. Each maps onto the request type that carries it.
HEIR_BASIS: Final = "art. 85 II loi Informatique et Libertés; Recital 27 GDPR"
HEIR_ACTIONS: Final[dict[RequestType, str]] = {
    RequestType.RECTIFICATION: "have the deceased's data updated to take the death into account",
    RequestType.ERASURE: "have the deceased's user accounts closed",
    RequestType.OBJECTION: "object to further processing of the deceased's data",
    RequestType.MARKETING_OPT_OUT: "stop marketing addressed to the deceased",
}
#: Why an heir cannot make a request of the other types (the staff's sentence, after "an heir
#: cannot make …").
_HEIR_REFUSALS: Final[dict[RequestType, str]] = {
    RequestType.ACCESS: "the GDPR's right of access is the data subject's own (what an heir "
    "needs to settle the estate, art. 85 II 1°, is not a GDPR access request)",
    RequestType.PORTABILITY: "the right to data portability is the data subject's own",
    RequestType.CONSENT_WITHDRAWAL: "consent is the data subject's own to withdraw; log an "
    "objection to further processing instead",
}
#: The people who act for the data subject must prove it (a mandate, a family record book, a
#: certificate of inheritance…) before anything is disclosed to them (Art. 12(6) GDPR; CNIL).
PROOF_NEEDED: Final = frozenset({Capacity.REPRESENTATIVE, Capacity.GUARDIAN, Capacity.HEIR})


def heir_refusal(type: RequestType) -> str | None:
    """Why an heir cannot make a request of ``type`` (None: it carries an art. 85 II right)."""
    if type in HEIR_ACTIONS:
        return None
    why = _HEIR_REFUSALS.get(type, "art. 85 II gives heirs no right of this kind")
    allowed = ", ".join(t.value for t in HEIR_ACTIONS)
    return (
        f"An heir cannot make {_a(type)}: {why}. The GDPR does not cover the data of deceased "
        f"persons; their heirs may only have the death taken into account, the data updated, "
        f"the accounts closed or further processing stopped ({HEIR_BASIS}): log it as one of "
        f"{allowed}."
    )


def _a(type: RequestType) -> str:
    word = type.value
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word} request"


def right_of(type: RequestType) -> Right:
    """The rules of the right a request of ``type`` exercises."""
    return RIGHTS[type]


def without_delay_due(
    start: date, calendar: WorkingCalendar, working_days: int, paused_days: int = 0
) -> date:
    """The due date of a right acted on "without delay": ``working_days`` working days after
    ``start`` (the receipt, or the receipt of the information asked), plus the days paused."""
    day = start
    counted = 0
    while counted < working_days:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
    return day + timedelta(days=paused_days)
