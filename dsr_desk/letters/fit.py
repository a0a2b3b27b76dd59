"""Does the kind of letter suit the request, and what must the staff give for it?

``check_fit`` says whether the kind suits the request (a refusal for a refused request, an
extension letter for an extended one…), raising ``RuleViolation`` or ``ValidationError``.
``asked_fields`` says which texts a kind of letter asks of the staff for a request (the
letter dialog shows exactly those fields); the fit rules require them by the same tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Final

from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.request_kinds import Outcome, RequestType, with_article
from dsr_desk.letters.context import (
    ART19_TYPES,
    DISCLOSING_TYPES,
    OBJECTION_TYPES,
    ActivityView,
    LetterData,
    discloses_unverified,
)
from dsr_desk.letters.kinds import LetterKind, outcome_letter
from dsr_desk.letters.phrases import SAYS_WHAT_WAS_DONE
from dsr_desk.letters.recorded import rights_of
from dsr_desk.messages import N_, Text
from dsr_desk.read_models import RequestDetail, SuspensionView

# -- what the staff give for a letter ----------------------------------------------------------

ADDRESSED_KINDS: Final = frozenset({LetterKind.RECIPIENT_NOTICE, LetterKind.FORWARD})


class LetterField(StrEnum):
    """A text the staff type for some letters (named as ``prepare_letter``'s argument)."""

    OBJECTION_GROUNDS = "objection_grounds"  # the balancing test of an objection (Art. 21)
    REFUSAL_REASONS = "refusal_reasons"  # the reasons of a partial refusal
    RECIPIENT = "recipient"  # the addressee of an Art. 19 notice or of a forward
    DISCLOSURE_OVERRIDE = "disclosure_override_reason"  # disclosing to an unverified requester
    ACTIVITIES = "activities"  # the register activities an access answer lists (Art. 15(1))
    LATE_EXTENSION = "late_extension_reason"  # printing an extension after its notice date


def _weighs_objection(detail: RequestDetail, kind: LetterKind) -> bool:
    """An objection's outcome states the balancing test (a marketing opt-out needs none)."""
    return kind is LetterKind.OBJECTION_OUTCOME and detail.type == "objection"


def _partial_refusal(detail: RequestDetail, kind: LetterKind) -> bool:
    """A refusal letter for a request that was not refused refuses part of it, with reasons."""
    return kind is LetterKind.REFUSAL and detail.status != "refused"


def asked_fields(detail: RequestDetail, kind: LetterKind) -> frozenset[LetterField]:
    """The texts a letter of ``kind`` asks of the staff for the request ``detail``."""
    asked = {
        LetterField.OBJECTION_GROUNDS: _weighs_objection(detail, kind),
        LetterField.REFUSAL_REASONS: _partial_refusal(detail, kind),
        LetterField.RECIPIENT: kind in ADDRESSED_KINDS,
        LetterField.DISCLOSURE_OVERRIDE: discloses_unverified(detail, kind),
        LetterField.ACTIVITIES: lists_activities(detail, kind),
        LetterField.LATE_EXTENSION: False,  # asked by asked_fields_on (it depends on the day)
    }
    return frozenset(field for field, needed in asked.items() if needed)


def asked_fields_on(detail: RequestDetail, kind: LetterKind, today: date) -> frozenset[LetterField]:
    """``asked_fields``, and the reason for printing an extension letter too late."""
    asked = set(asked_fields(detail, kind))
    if kind is LetterKind.EXTENSION and extension_too_late(detail, today):
        asked.add(LetterField.LATE_EXTENSION)
    return frozenset(asked)


def lists_activities(detail: RequestDetail, kind: LetterKind) -> bool:
    """An access answer lists the register activities staff chose (Art. 15(1))."""
    return kind is LetterKind.COMPLETION and detail.type == "access"


def recorded_texts(detail: RequestDetail) -> dict[str, str]:
    """The texts recorded on the request that the letters print, by their ``RECORDED_TEXTS``
    name (typed in the request's language; a letter in the other one needs their
    translation)."""
    awaited = detail.suspensions[-1].reason if detail.suspensions else None
    found = {
        "reasons": detail.outcome_reason,
        "granted": detail.outcome_granted,
        "withheld": detail.outcome_withheld,
        "extension-reasons": detail.extension_reason,
        "information": awaited,
    }
    return {name: text.strip() for name, text in found.items() if text and text.strip()}


def translations_asked(detail: RequestDetail, lang: str) -> dict[str, str]:
    """The recorded texts a letter in ``lang`` needs translated (name → original): those
    typed in another language (each text's own, recorded where it was typed;
    ``RequestDetail.typed_in``)."""
    return {
        name: text
        for name, text in recorded_texts(detail).items()
        if (detail.typed_in(name) or lang) != lang
    }


def extension_too_late(detail: RequestDetail, today: date) -> bool:
    """Art. 12(3): the extension must be told within the first month (its notice date)."""
    return today > detail.extension_notice_by


def suggested_kind(detail: RequestDetail) -> LetterKind:
    """The letter the request's state most likely calls for."""
    if detail.outcome is not None:
        return outcome_letter(Outcome(detail.outcome), RequestType(detail.type))
    if detail.status == "refused":
        if detail.type in OBJECTION_TYPES:
            return LetterKind.OBJECTION_OUTCOME
        return LetterKind.REFUSAL
    if detail.status == "forwarded":
        return LetterKind.FORWARD
    if detail.status == "completed":
        if detail.type in OBJECTION_TYPES:
            return LetterKind.OBJECTION_OUTCOME
        return LetterKind.COMPLETION
    awaited = next((s for s in detail.suspensions if s.received_on is None), None)
    if awaited is not None:
        return LetterKind.ID_REQUEST if awaited.kind == "identity" else LetterKind.CLARIFICATION
    if detail.extended_on is not None:
        return LetterKind.EXTENSION
    return LetterKind.ACKNOWLEDGEMENT


# -- does the kind suit the request? -------------------------------------------------------------


def latest_suspension(detail: RequestDetail, kind: str) -> SuspensionView | None:
    matching = [s for s in detail.suspensions if s.kind == kind]
    open_ones = [s for s in matching if s.received_on is None]
    candidates = open_ones or matching
    return candidates[-1] if candidates else None


#: The letters that refuse the request, wholly or in part (Art. 12(4)).
REFUSING_KINDS: Final = frozenset(
    {LetterKind.REFUSAL, LetterKind.PARTIAL_REFUSAL, LetterKind.EXCESSIVE_REFUSAL}
)


def _fit_right(letter: LetterData) -> None:
    """What the request's right allows (``domain.rights``): a right that is never refused
    gets no refusal letter, a right that is never extended no extension letter."""
    d = letter.request
    rights = rights_of(d)
    if letter.kind in REFUSING_KINDS and rights.refusal == "never":
        raise RuleViolation(
            "A {type} request can never be refused, in whole or in part ({basis}): "
            "no refusal letter.",
            type=d.type,
            basis=rights.basis.get("refusal", rights.article),
        )
    if letter.kind is LetterKind.EXTENSION and not rights.may_extend:
        raise RuleViolation(
            "A {type} request cannot be extended ({basis}): no extension letter.",
            type=d.type,
            basis=rights.basis.get("extend", rights.article),
        )


def check_fit(letter: LetterData) -> None:
    """``RuleViolation`` / ``ValidationError`` when the kind of letter does not suit the request."""
    _fit_right(letter)
    check = _FIT_RULES.get(letter.kind)
    if check is not None:
        check(letter)
    if letter.kind in ADDRESSED_KINDS and not letter.recipient:
        who = N_("recipient") if letter.kind is LetterKind.RECIPIENT_NOTICE else N_("controller")
        raise ValidationError("Give the {who}'s name and postal address.", who=Text(who))


def _fit_acknowledgement(letter: LetterData) -> None:
    d = letter.request
    if d.status in {"completed", "refused", "forwarded"}:
        raise RuleViolation(
            "{reference} is already closed ({status}): no acknowledgement.",
            reference=d.reference,
            status=d.status,
        )


def _fit_information(letter: LetterData) -> None:
    d = letter.request
    wanted = N_("identity") if letter.kind is LetterKind.ID_REQUEST else N_("clarification")
    suspension = latest_suspension(d, wanted)
    if suspension is None:
        raise RuleViolation(
            "Record the request for {wanted} on {reference} first (Ask for ID / "
            "clarification): the deadline is then suspended and the letter says "
            "what is needed.",
            wanted=Text(wanted),
            reference=d.reference,
        )
    if wanted == "identity" and not suspension.means:
        raise RuleViolation(
            "The request for identity on {reference} does not say what the "
            "requester may send: the letter offers proportionate means, least "
            "intrusive first (EDPB Guidelines 01/2022). Record them when asking "
            "(Ask for ID…, or request ask --means …).",
            reference=d.reference,
        )


def _fit_extension(letter: LetterData) -> None:
    d = letter.request
    if d.extended_on is None:
        raise RuleViolation(
            "{reference} was not extended: extend it first, with its reasons.",
            reference=d.reference,
        )
    if extension_too_late(d, letter.today) and not text_or_none(letter.late_extension_reason):
        raise RuleViolation(
            "The extension of {reference} had to be told to the requester by "
            "{extension_notice_by:%d/%m/%Y} (Art. 12(3) GDPR): the letter can no "
            "longer be printed, unless you give the reason for printing it now "
            "(kept in the audit log).",
            reference=d.reference,
            extension_notice_by=d.extension_notice_by,
        )


def _fit_refusal(letter: LetterData) -> None:
    d = letter.request
    if _partial_refusal(d, letter.kind) and not text_or_none(letter.refusal_reasons):
        raise RuleViolation(
            "{reference} is not refused: refuse it with reasons first, or give the "
            "reasons of a partial refusal.",
            reference=d.reference,
        )


def _fit_completion(letter: LetterData) -> None:
    d = letter.request
    if d.status in {"refused", "forwarded"}:
        raise RuleViolation(
            "{reference} was {status}: write the matching letter instead.",
            reference=d.reference,
            status=d.status,
        )
    if d.outcome not in (None, "completed"):
        raise RuleViolation(
            "{reference} was closed as {outcome}: write the matching letter instead.",
            reference=d.reference,
            outcome=d.outcome,
        )
    if d.on_hold_since is not None:
        raise RuleViolation(
            "{reference} is waiting for information asked on "
            "{on_hold_since:%d/%m/%Y}: it cannot be answered yet.",
            reference=d.reference,
            on_hold_since=d.on_hold_since,
        )
    if d.status == "completed" and d.type in SAYS_WHAT_WAS_DONE and not d.outcome_reason:
        raise RuleViolation(
            "The answer to {reference} must say what was done: record it as the "
            "closing note when the request is completed (request close … --reason).",
            reference=d.reference,
        )
    if d.type == "portability" and letter.bundle is None:
        raise RuleViolation(
            "No data bundle was produced for {reference}: produce it first "
            "(Bundle…, or `bundle REF`); the letter encloses it.",
            reference=d.reference,
        )
    if letter.needs_disclosure_override and not text_or_none(letter.disclosure_override_reason):
        raise RuleViolation(
            "The requester's identity is not verified on {reference}: no personal "
            "data may be disclosed. Record an identity check first, or give a "
            "written reason for disclosing anyway (it is kept in the audit log).",
            reference=d.reference,
        )
    if d.type in DISCLOSING_TYPES and d.capacity_proof_missing:
        # someone acting for the data subject: the domain's rule (no override)
        raise RuleViolation(d.capacity_proof_missing)
    if lists_activities(d, letter.kind):
        chosen_activities(letter)


def _fit_objection(letter: LetterData) -> None:
    d = letter.request
    if d.type not in OBJECTION_TYPES:
        raise RuleViolation(
            "{reference} is {a_type} request, not an objection.",
            reference=d.reference,
            a_type=_a_type(d.type),
        )
    if d.type == "marketing-opt-out" and d.status == "refused":
        raise RuleViolation(
            "An objection to direct marketing is always granted (Art. 21(3) GDPR): "
            "{reference} should not have been refused.",
            reference=d.reference,
        )
    if _weighs_objection(d, letter.kind) and not objection_grounds(letter):
        raise ValidationError(
            "Give the outcome of the balancing test (compelling legitimate grounds, or why the "
            "objection is upheld): it is told to the requester."
        )


def _fit_recipient_notice(letter: LetterData) -> None:
    d = letter.request
    if d.type not in ART19_TYPES:
        raise RuleViolation(
            "Art. 19 notices follow a rectification, an erasure or a restriction; "
            "{reference} is {a_type} request.",
            reference=d.reference,
            a_type=_a_type(d.type),
        )
    if d.status in {"refused", "forwarded"}:
        raise RuleViolation(
            "{reference} was {status}: there is nothing to notify.",
            reference=d.reference,
            status=d.status,
        )


def _fit_forward(letter: LetterData) -> None:
    d = letter.request
    if d.entity_role != "processor":
        raise RuleViolation(
            "{entity} is the controller: only a processor forwards requests (Art. 28).",
            entity=d.entity,
        )
    if d.status in {"completed", "refused"}:
        raise RuleViolation(
            "{reference} was already {status}.", reference=d.reference, status=d.status
        )


def _a_type(word: str) -> Text:
    """ "an access" (the type keyword after its article), translated where it is shown."""
    return (
        Text("an {type}", type=word)
        if with_article(word).startswith("an ")
        else Text("a {type}", type=word)
    )


def _closed_as(outcome: Outcome, how: str) -> Callable[[LetterData], None]:
    """A letter that tells of one outcome fits a request closed so, only."""

    def check(letter: LetterData) -> None:
        d = letter.request
        if d.outcome != outcome.value:
            raise RuleViolation(
                "{reference} was not closed as {outcome}: close it {how} first "
                "(request close {reference} --outcome {outcome}).",
                reference=d.reference,
                outcome=outcome.value,
                how=Text(how),
            )

    return check


_FIT_RULES: Final[dict[LetterKind, Callable[[LetterData], None]]] = {
    LetterKind.ACKNOWLEDGEMENT: _fit_acknowledgement,
    LetterKind.ID_REQUEST: _fit_information,
    LetterKind.CLARIFICATION: _fit_information,
    LetterKind.EXTENSION: _fit_extension,
    LetterKind.REFUSAL: _fit_refusal,
    LetterKind.COMPLETION: _fit_completion,
    LetterKind.OBJECTION_OUTCOME: _fit_objection,
    LetterKind.RECIPIENT_NOTICE: _fit_recipient_notice,
    LetterKind.FORWARD: _fit_forward,
    LetterKind.PARTIAL_REFUSAL: _closed_as(
        Outcome.PARTIAL, N_("as partly granted, with what is granted, withheld and why,")
    ),
    LetterKind.EXCESSIVE_REFUSAL: _closed_as(
        Outcome.EXCESSIVE, N_("as manifestly unfounded or excessive, with its reasons,")
    ),
    LetterKind.NO_DATA: _closed_as(Outcome.NO_DATA, N_("as 'no data held'")),
    LetterKind.WITHDRAWAL: _closed_as(Outcome.WITHDRAWN, N_("as withdrawn")),
    LetterKind.NO_REPLY_CLOSURE: _closed_as(Outcome.UNANSWERED, N_("for lack of reply")),
}


def chosen_activities(letter: LetterData) -> tuple[ActivityView, ...]:
    """The register activities staff chose as concerning this requester, in register order;
    ``ValidationError`` when none is chosen, one is unknown, or (English letter) one has no
    English text — an English letter never prints French register text."""
    e, lang = letter.entity, letter.lang
    if not e.activities:
        raise ValidationError(
            "The processing register of {name} is empty: an access answer must "
            "give the Art. 15(1) information (purposes, data, recipients, "
            "retention…). Add the entity's processing activities first.",
            name=e.name,
        )
    wanted = [name.strip() for name in letter.activities or () if name.strip()]
    if not wanted:
        raise ValidationError(
            "Choose the processing activities of the register that concern this requester "
            "(none is chosen for you): the access answer lists only those (Art. 15(1))."
        )
    known = {a.name.strip().casefold(): a for a in e.activities}
    unknown = [name for name in wanted if name.casefold() not in known]
    if unknown:
        raise ValidationError(
            "No processing activity named {unknown} in the register of {name}.",
            unknown=", ".join(unknown),
            name=e.name,
        )
    keys = {name.casefold() for name in wanted}
    chosen = tuple(a for a in e.activities if a.name.strip().casefold() in keys)
    if lang == "en":
        untranslated = [a.name for a in chosen if a.lacks_english()]
        if untranslated:
            raise ValidationError(
                "The letter cannot be printed in English: the register has no English "
                "text for {untranslated}. Add it in the processing register (or write "
                "the letter in French).",
                untranslated=", ".join(untranslated),
            )
    return chosen


def text_or_none(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def objection_grounds(letter: LetterData) -> str | None:
    if letter.request.type != "objection":  # a marketing opt-out is granted without grounds
        return None
    if letter.request.status == "refused":
        return text_or_none(letter.objection_grounds) or text_or_none(letter.request.outcome_reason)
    return text_or_none(letter.objection_grounds)
