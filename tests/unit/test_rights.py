"""What each right allows (``domain.rights``): the table itself, the article each rule rests on,
and the ``Request`` refusing exactly what the table forbids (issue 16, item 1)."""

from __future__ import annotations

from datetime import date

import pytest

from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.request_actions import RequestAction as A
from dsr_desk.domain.request_actions import blocker
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import InformationKind, Outcome, Request, RequestType
from dsr_desk.domain.rights import (
    OUTCOME_TEXTS,
    RIGHTS,
    DueBasis,
    FollowUp,
    IdRequest,
    OutcomeText,
    Refusal,
    outcome_texts,
    right_of,
)

T = RequestType
REF = "DSR-2026-0001"
RECEIVED = date(2026, 1, 15)  # a Thursday; one month → Mon 16/02/2026
TODAY = date(2026, 1, 20)
NEVER = frozenset(Outcome) - {Outcome.REFUSED, Outcome.PARTIAL, Outcome.EXCESSIVE}


def _request(rtype: RequestType, entity: Entity | None = None) -> Request:
    return Request.register(
        reference=REF,
        type=rtype,
        received_on=RECEIVED,
        requester=Requester(name="Louis Bernard"),
        entity=entity or Entity(name="Groupe scolaire"),
        today=RECEIVED,
    )


# -- the table ---------------------------------------------------------------------------------

# type → (article, may extend, ID request, refusal, due basis, outcomes)
TABLE = {
    T.ACCESS: ("Art. 15", True, IdRequest.ALLOWED, Refusal.WITH_REASONS, DueBasis.ONE_MONTH),
    T.RECTIFICATION: ("Art. 16", True, IdRequest.ALLOWED, Refusal.WITH_REASONS, DueBasis.ONE_MONTH),
    T.ERASURE: ("Art. 17", True, IdRequest.ALLOWED, Refusal.PARTLY_ART_17_3, DueBasis.ONE_MONTH),
    T.RESTRICTION: ("Art. 18", True, IdRequest.ALLOWED, Refusal.WITH_REASONS, DueBasis.ONE_MONTH),
    T.OBJECTION: (
        "Art. 21(1)",
        True,
        IdRequest.ALLOWED,
        Refusal.COMPELLING_GROUNDS,
        DueBasis.ONE_MONTH,
    ),
    T.PORTABILITY: ("Art. 20", True, IdRequest.ALLOWED, Refusal.WITH_REASONS, DueBasis.ONE_MONTH),
    T.MARKETING_OPT_OUT: (
        "Art. 21(2)–(3)",
        False,
        IdRequest.ONLY_IF_UNMATCHED,
        Refusal.NEVER,
        DueBasis.WITHOUT_DELAY,
    ),
    T.CONSENT_WITHDRAWAL: (
        "Art. 7(3)",
        False,
        IdRequest.NOT_BY_DEFAULT,
        Refusal.NEVER,
        DueBasis.ONE_MONTH,
    ),
    T.AUTOMATED_DECISION: (
        "Art. 22(3)",
        True,
        IdRequest.ALLOWED,
        Refusal.WITH_REASONS,
        DueBasis.ONE_MONTH,
    ),
}


def test_every_request_type_has_its_right() -> None:
    assert set(RIGHTS) == set(RequestType) == set(TABLE)


@pytest.mark.parametrize("rtype", list(RequestType))
def test_each_right_extend_id_refusal_due(rtype: RequestType) -> None:
    article, may_extend, id_request, refusal, due_basis = TABLE[rtype]
    right = right_of(rtype)
    assert right.type is rtype
    assert right.article.startswith(article)
    assert (right.may_extend, right.id_request, right.refusal, right.due_basis) == (
        may_extend,
        id_request,
        refusal,
        due_basis,
    )
    expected = NEVER if refusal is Refusal.NEVER else frozenset(Outcome)
    assert right.outcomes == expected
    assert right.outcomes_in_order == tuple(o for o in Outcome if o in expected)


# The article each rule of each right rests on (docs/legal-basis.md reads the same table).
BASIS = {
    (T.ACCESS, "extend"): "Art. 12(3)",
    (T.ACCESS, "id"): "Art. 12(6)",
    (T.ACCESS, "refusal"): "Art. 12(4)",
    (T.ACCESS, "no-data"): "Art. 15(1)",
    (T.ERASURE, "refusal"): "Art. 17(3)",
    (T.OBJECTION, "refusal"): "Art. 21(1)",
    (T.MARKETING_OPT_OUT, "extend"): "Art. 21(3)",
    (T.MARKETING_OPT_OUT, "id"): "Art. 11(2)",
    (T.MARKETING_OPT_OUT, "refusal"): "Art. 21(3)",
    (T.MARKETING_OPT_OUT, "due"): "Art. 21(3)",
    (T.MARKETING_OPT_OUT, "outcomes"): "Art. 21(3)",
    (T.CONSENT_WITHDRAWAL, "extend"): "Art. 7(3)",
    (T.CONSENT_WITHDRAWAL, "id"): "Art. 7(3)",
    (T.CONSENT_WITHDRAWAL, "refusal"): "Art. 7(3)",
    (T.CONSENT_WITHDRAWAL, "outcomes"): "Art. 7(3)",
    (T.AUTOMATED_DECISION, "due"): "Art. 12(3)",
}


@pytest.mark.parametrize(("rtype", "rule"), list(BASIS))
def test_the_article_each_rule_rests_on(rtype: RequestType, rule: str) -> None:
    assert BASIS[rtype, rule] in right_of(rtype).basis[rule]


@pytest.mark.parametrize("rtype", list(RequestType))
def test_every_rule_of_every_right_names_its_article(rtype: RequestType) -> None:
    basis = right_of(rtype).basis
    assert {"extend", "id", "refusal", "due", "outcomes"} <= set(basis)
    assert all("Art. " in text for text in basis.values())


def test_follow_ups_of_an_upheld_objection_or_withdrawal() -> None:
    assert right_of(T.OBJECTION).follow_ups == ((FollowUp.ERASURE, "Art. 17(1)(c) GDPR"),)
    assert right_of(T.MARKETING_OPT_OUT).follow_ups == ((FollowUp.ERASURE, "Art. 17(1)(c) GDPR"),)
    assert right_of(T.CONSENT_WITHDRAWAL).follow_ups == ((FollowUp.ERASURE, "Art. 17(1)(b) GDPR"),)
    assert right_of(T.ACCESS).follow_ups == ()


# -- each right × action: allowed, or the reason --------------------------------------------------

CLOSING = {
    Outcome.COMPLETED: A.COMPLETE,
    Outcome.PARTIAL: A.PARTIAL,
    Outcome.REFUSED: A.REFUSE,
    Outcome.NO_DATA: A.NO_DATA,
    Outcome.WITHDRAWN: A.WITHDRAWN,
    Outcome.EXCESSIVE: A.EXCESSIVE,
}


@pytest.mark.parametrize("rtype", list(RequestType))
@pytest.mark.parametrize("outcome", list(CLOSING))
def test_each_right_and_closing_action(rtype: RequestType, outcome: Outcome) -> None:
    request = _request(rtype)
    found = blocker(request, CLOSING[outcome], TODAY)
    if outcome in right_of(rtype).outcomes:
        assert found is None
        return
    assert found is not None and not found.applies  # never for this right: the GUI hides it
    article = "Art. 21(3)" if rtype is T.MARKETING_OPT_OUT else "Art. 7(3)"
    assert "can never be" in found.reason and article in found.reason
    with pytest.raises(RuleViolation, match="can never be"):
        request.close(outcome, TODAY, TODAY, "Reasons.", granted="g", withheld="w")
    assert request.is_open


@pytest.mark.parametrize("rtype", list(RequestType))
def test_each_right_and_extension(rtype: RequestType) -> None:
    request = _request(rtype)
    found = blocker(request, A.EXTEND, TODAY)
    if right_of(rtype).may_extend:
        assert found is None
        request.extend("Many archives to search.", TODAY)
        assert request.extended_on == TODAY
        return
    assert found is not None and not found.applies
    assert "cannot be extended" in found.reason
    assert right_of(rtype).basis["extend"] in found.reason
    with pytest.raises(RuleViolation, match="cannot be extended"):
        request.extend("Many archives to search.", TODAY)
    assert request.extended_on is None
    assert request.extension_outlook(TODAY).state.value == "not-allowed"


@pytest.mark.parametrize("rtype", list(RequestType))
def test_each_right_and_asking_for_identity(rtype: RequestType) -> None:
    request = _request(rtype)
    if right_of(rtype).id_request is IdRequest.ALLOWED:
        request.ask_for_information(InformationKind.IDENTITY, "Reasonable doubt.", TODAY, TODAY)
        assert request.open_suspension is not None
        return
    with pytest.raises(RuleViolation, match="cannot be matched") as refused:
        request.ask_for_information(InformationKind.IDENTITY, "Just in case.", TODAY, TODAY)
    article = "Art. 11(2)" if rtype is T.MARKETING_OPT_OUT else "Art. 7(3)"
    assert article in str(refused.value)
    assert request.open_suspension is None
    # clarification stays possible; ID only when the staff say the person cannot be matched
    request.ask_for_information(
        InformationKind.IDENTITY, "No customer of that name.", TODAY, TODAY, unmatched=True
    )
    assert request.open_suspension is not None


@pytest.mark.parametrize("rtype", [T.MARKETING_OPT_OUT, T.CONSENT_WITHDRAWAL])
def test_clarification_is_asked_of_any_right(rtype: RequestType) -> None:
    request = _request(rtype)
    request.ask_for_information(InformationKind.CLARIFICATION, "Which list?", TODAY, TODAY)
    assert request.open_suspension is not None


@pytest.mark.parametrize("rtype", list(RequestType))
def test_each_right_and_a_fee(rtype: RequestType) -> None:
    request = _request(rtype)
    if Outcome.EXCESSIVE in right_of(rtype).outcomes:
        request.ask_for_information(
            InformationKind.FEE, "Fourth copy this month.", TODAY, TODAY, amount_cents=1500
        )
        entry = request.open_suspension
        assert entry is not None and entry.amount_cents == 1500
        return
    with pytest.raises(RuleViolation, match="no fee can be asked"):
        request.ask_for_information(
            InformationKind.FEE, "Fourth copy.", TODAY, TODAY, amount_cents=1500
        )


def test_a_fee_needs_its_amount_and_its_reasons() -> None:
    request = _request(T.ACCESS)
    with pytest.raises(ValidationError, match="amount"):
        request.ask_for_information(InformationKind.FEE, "Fourth copy.", TODAY, TODAY)
    with pytest.raises(ValidationError, match=r"Art\. 12\(5\)"):
        request.ask_for_information(InformationKind.FEE, " ", TODAY, TODAY, amount_cents=1500)
    with pytest.raises(ValidationError, match="only with a fee"):
        request.ask_for_information(
            InformationKind.CLARIFICATION, "Which?", TODAY, TODAY, amount_cents=1500
        )


# -- the texts each outcome needs --------------------------------------------------------------


def test_an_objection_is_refused_only_on_compelling_grounds_recorded() -> None:
    request = _request(T.OBJECTION)
    with pytest.raises(ValidationError, match="compelling legitimate grounds"):
        request.close(Outcome.REFUSED, TODAY, TODAY)
    assert request.is_open
    # another right's refusal asks for its reasons, not for compelling grounds
    with pytest.raises(ValidationError) as other:
        _request(T.ACCESS).close(Outcome.REFUSED, TODAY, TODAY)
    assert "compelling" not in str(other.value) and "reasons" in str(other.value)
    request.close(Outcome.REFUSED, TODAY, TODAY, "Legal claims pending before the court.")
    assert request.outcome is Outcome.REFUSED


def test_a_partial_erasure_needs_the_art_17_3_ground() -> None:
    request = _request(T.ERASURE)
    with pytest.raises(ValidationError, match=r"Art\. 17\(3\) ground") as missing:
        request.close(Outcome.PARTIAL, TODAY, TODAY, granted="Marketing data", withheld="Invoices")
    assert "the reasons (--reason)" in str(missing.value)
    with pytest.raises(ValidationError) as access:
        _request(T.ACCESS).close(Outcome.PARTIAL, TODAY, TODAY, granted="Copy", withheld="Notes")
    assert "17(3)" not in str(access.value)
    request.close(
        Outcome.PARTIAL,
        TODAY,
        TODAY,
        "Art. 17(3)(b): invoices kept 10 years (Code de commerce L123-22).",
        granted="Marketing data erased",
        withheld="Invoices",
    )
    assert (request.outcome, request.outcome_granted, request.outcome_withheld) == (
        Outcome.PARTIAL,
        "Marketing data erased",
        "Invoices",
    )


@pytest.mark.parametrize(
    ("granted", "withheld", "reason", "missing"),
    [
        (None, "w", "r", "what is granted"),
        ("g", None, "r", "what is withheld"),
        ("g", "w", None, "the reasons"),
    ],
)
def test_a_partial_answer_needs_granted_withheld_and_reasons(
    granted: str | None, withheld: str | None, reason: str | None, missing: str
) -> None:
    with pytest.raises(ValidationError, match=missing):
        _request(T.ACCESS).close(
            Outcome.PARTIAL, TODAY, TODAY, reason, granted=granted, withheld=withheld
        )


def test_granted_and_withheld_only_with_a_partial_answer() -> None:
    with pytest.raises(ValidationError, match="only with a partial answer"):
        _request(T.ACCESS).close(Outcome.COMPLETED, TODAY, TODAY, granted="Copy")


def test_an_excessive_request_needs_what_shows_the_excess() -> None:
    request = _request(T.ACCESS)
    with pytest.raises(ValidationError, match="including what shows the excess"):
        request.close(Outcome.EXCESSIVE, TODAY, TODAY)
    request.close(Outcome.EXCESSIVE, TODAY, TODAY, "Fifth identical request in a month.")
    assert (request.outcome, request.status.value) == (Outcome.EXCESSIVE, "refused")


def test_unanswered_only_while_waiting_and_then_proposed_after_the_setting() -> None:
    request = _request(T.ACCESS, Entity(name="Groupe scolaire", on_hold_months=2))
    found = blocker(request, A.UNANSWERED, TODAY)
    assert found is not None and "not waiting" in found.reason
    request.ask_for_information(InformationKind.IDENTITY, "Doubt.", TODAY, TODAY)
    assert blocker(request, A.UNANSWERED, TODAY) is None
    assert not request.on_hold_too_long(date(2026, 3, 20))  # two months to the day
    assert request.on_hold_too_long(date(2026, 3, 21))
    request.close(Outcome.UNANSWERED, date(2026, 3, 21), date(2026, 3, 21))
    assert (request.outcome, request.status.value) == (Outcome.UNANSWERED, "completed")
    assert not request.on_hold_too_long(date(2026, 6, 1))


def test_an_opt_out_is_due_without_delay_in_the_entitys_working_days() -> None:
    # received Thu 15/01/2026: five working days → Thu 22/01; two → Mon 19/01
    five = _request(T.MARKETING_OPT_OUT)
    assert five.deadlines().due == date(2026, 1, 22)
    two = _request(T.MARKETING_OPT_OUT, Entity(name="Groupe scolaire", without_delay_days=2))
    assert two.deadlines().due == date(2026, 1, 19)
    assert _request(T.CONSENT_WITHDRAWAL).deadlines().due == date(2026, 2, 16)


@pytest.mark.parametrize("outcome", list(CLOSING))
def test_the_texts_each_outcome_needs_are_the_ones_the_closure_refuses_without(
    outcome: Outcome,
) -> None:
    """``OUTCOME_TEXTS`` (what the close dialog asks for) is what ``Request.close`` checks."""
    texts = {"reason": "Reasons.", "granted": "Copy", "withheld": "Notes"}
    needed = {text.value for text in outcome_texts(outcome)}
    optional = {"reason"} if outcome is not Outcome.PARTIAL else set()
    for missing in needed:
        given = {k: v for k, v in texts.items() if k != missing and (k in needed or k in optional)}
        with pytest.raises(ValidationError):
            _request(T.ACCESS).close(outcome, TODAY, TODAY, **given)  # type: ignore[arg-type]
    request = _request(T.ACCESS)
    request.close(outcome, TODAY, TODAY, **{k: texts[k] for k in needed})  # type: ignore[arg-type]
    assert request.outcome is outcome
    assert OUTCOME_TEXTS[Outcome.PARTIAL] == (
        OutcomeText.GRANTED,
        OutcomeText.WITHHELD,
        OutcomeText.REASON,
    )
