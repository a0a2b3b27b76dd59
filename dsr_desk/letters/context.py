"""What a letter is made of: frozen read models in, composed text out.

``LetterData`` holds read models only (the request's ``RequestDetail``, an entity view with
its processing register and wording overrides, today, the signer, the language, the kind and
the few extra parameters a kind needs): letters never open the database.

``check_fit`` says whether the kind suits the request (a refusal for a refused request, an
extension letter for an extended one…); ``compose`` fills the wording and adds the fixed legal
sentences, raising ``ValidationError`` with every missing placeholder name *before* anything
is rendered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.letters import phrases
from dsr_desk.letters.dates import long_date, place_and_date
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.letters.wording import (
    Block,
    TemplatePart,
    check_placeholders,
    default_wording,
    fill,
    fill_block,
    missing_values_error,
    parsed_wording,
    typeset,
    typeset_value,
)
from dsr_desk.services.views import RequestDetail, SuspensionView

MAX_ADDRESS_LINES: Final = 6  # French postal norm: at most six lines in the address block
DISCLOSING_TYPES: Final = frozenset({"access", "portability"})
ART19_TYPES: Final = frozenset({"rectification", "erasure", "restriction"})
OBJECTION_TYPES: Final = frozenset({"objection", "marketing-opt-out"})


# -- read models -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityView:
    """One processing activity of the entity's register (GDPR Art. 30), as letters see it."""

    name: str
    purpose: str
    legal_basis: str
    data_categories: str
    recipients: str = ""
    retention: str = ""
    source: str = ""
    transfers: str = ""
    automated_decisions: str = ""


@dataclass(frozen=True)
class OverrideView:
    kind: str
    lang: str
    body: str


@dataclass(frozen=True)
class EntityLetterView:
    """The entity as a letter needs it: letterhead, policies, register, own wording."""

    name: str
    address: str = ""
    dpo_contact: str = ""
    role: str = "controller"
    suspension_policy: str = "restart"
    minimisation: bool = False
    retention_access_years: int = 1
    retention_objection_years: int = 3
    retention_other_years: int = 1
    activities: tuple[ActivityView, ...] = ()
    overrides: tuple[OverrideView, ...] = ()
    logo: bytes | None = field(default=None, repr=False)  # PNG or JPEG, checked when saved

    def override(self, kind: LetterKind, lang: str) -> str | None:
        return next(
            (o.body for o in self.overrides if o.kind == kind.value and o.lang == lang), None
        )

    def wording(self, kind: LetterKind, lang: str) -> str:
        """The entity's own wording for this kind and language, else the default."""
        return self.override(kind, lang) or default_wording(kind, lang)

    @property
    def address_lines(self) -> tuple[str, ...]:
        return _lines(self.address)


@dataclass(frozen=True)
class Addressee:
    """A third party a letter goes to (an Art. 19 recipient, or the controller)."""

    name: str
    lines: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> Addressee:
        """Name on the first line, then the address; lines split on new lines or ``|``."""
        parts = [p.strip() for p in text.replace("|", "\n").splitlines() if p.strip()]
        if not parts:
            raise ValidationError("Give the addressee's name and postal address.")
        return cls(parts[0], tuple(parts[1:]))

    def one_line(self) -> str | None:
        return ", ".join(self.lines) or None


@dataclass(frozen=True)
class LetterData:
    kind: LetterKind
    lang: str
    request: RequestDetail
    entity: EntityLetterView
    today: date
    signer: str
    registered_number: str | None = None
    objection_grounds: str | None = None
    refusal_reasons: str | None = None
    recipient: Addressee | None = None
    disclosure_override_reason: str | None = None
    wording: str | None = None  # replaces the entity's/default wording (editor preview)

    @property
    def wording_text(self) -> str:
        return (
            self.wording if self.wording is not None else self.entity.wording(self.kind, self.lang)
        )

    @property
    def needs_disclosure_override(self) -> bool:
        """Would this letter disclose data to a requester whose identity is not verified?"""
        return (
            self.kind is LetterKind.COMPLETION
            and self.request.type in DISCLOSING_TYPES
            and not self.request.identity_verified
        )


# -- composed letter ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AnnexSection:
    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Annex:
    heading: str
    title: str
    intro: str
    sections: tuple[AnnexSection, ...]
    rights_title: str
    rights: str


@dataclass(frozen=True)
class ComposedPart:
    """One letter of the document, every text final (filled and typeset)."""

    address_lines: tuple[str, ...]
    references: tuple[str, ...]
    registered: str | None
    place_date: str
    subject_label: str
    subject: str
    salutation: str
    blocks: tuple[Block, ...]
    recourse: tuple[str, ...]
    closing: str
    annex: Annex | None
    footnote: str | None
    continuation: str


@dataclass(frozen=True)
class Composition:
    lang: str
    title: str
    entity_name: str
    letterhead_lines: tuple[str, ...]
    logo: bytes | None = field(repr=False)
    handled_by: tuple[str, ...]
    signer_name: str
    signer_title: str
    footer: str
    parts: tuple[ComposedPart, ...] = field(default_factory=tuple)


# -- does the kind suit the request? -------------------------------------------------------------


def _latest_suspension(detail: RequestDetail, kind: str) -> SuspensionView | None:
    matching = [s for s in detail.suspensions if s.kind == kind]
    open_ones = [s for s in matching if s.received_on is None]
    candidates = open_ones or matching
    return candidates[-1] if candidates else None


def check_fit(letter: LetterData) -> None:
    """``RuleViolation`` / ``ValidationError`` when the kind of letter does not suit the request."""
    check = _FIT_RULES.get(letter.kind)
    if check is not None:
        check(letter)
    if letter.kind in (LetterKind.RECIPIENT_NOTICE, LetterKind.FORWARD) and not letter.recipient:
        who = "recipient" if letter.kind is LetterKind.RECIPIENT_NOTICE else "controller"
        raise ValidationError(f"Give the {who}'s name and postal address.")


def _fit_acknowledgement(letter: LetterData) -> None:
    d = letter.request
    if d.status in {"completed", "refused", "forwarded"}:
        raise RuleViolation(f"{d.reference} is already closed ({d.status}): no acknowledgement.")


def _fit_information(letter: LetterData) -> None:
    d = letter.request
    wanted = "identity" if letter.kind is LetterKind.ID_REQUEST else "clarification"
    if _latest_suspension(d, wanted) is None:
        raise RuleViolation(
            f"Record the request for {wanted} on {d.reference} first (Ask for ID / "
            "clarification): the deadline is then suspended and the letter says what is needed."
        )


def _fit_extension(letter: LetterData) -> None:
    d = letter.request
    if d.extended_on is None:
        raise RuleViolation(f"{d.reference} was not extended: extend it first, with its reasons.")


def _fit_refusal(letter: LetterData) -> None:
    d = letter.request
    if d.status != "refused" and not _text(letter.refusal_reasons):
        raise RuleViolation(
            f"{d.reference} is not refused: refuse it with reasons first, or give the reasons "
            "of a partial refusal."
        )


def _fit_completion(letter: LetterData) -> None:
    d = letter.request
    if d.status in {"refused", "forwarded"}:
        raise RuleViolation(f"{d.reference} was {d.status}: write the matching letter instead.")
    if d.on_hold_since is not None:
        raise RuleViolation(
            f"{d.reference} is waiting for information asked on {d.on_hold_since:%d/%m/%Y}: "
            "it cannot be answered yet."
        )
    if letter.needs_disclosure_override and not _text(letter.disclosure_override_reason):
        raise RuleViolation(
            f"The requester's identity is not verified on {d.reference}: no personal data may "
            "be disclosed. Record an identity check first, or give a written reason for "
            "disclosing anyway (it is kept in the audit log)."
        )


def _fit_objection(letter: LetterData) -> None:
    d = letter.request
    if d.type not in OBJECTION_TYPES:
        raise RuleViolation(f"{d.reference} is a {d.type} request, not an objection.")
    if d.type == "marketing-opt-out" and d.status == "refused":
        raise RuleViolation(
            "An objection to direct marketing is always granted (Art. 21(3) GDPR): "
            f"{d.reference} should not have been refused."
        )
    if d.type == "objection" and not _objection_grounds(letter):
        raise ValidationError(
            "Give the outcome of the balancing test (compelling legitimate grounds, or why the "
            "objection is upheld): it is told to the requester."
        )


def _fit_recipient_notice(letter: LetterData) -> None:
    d = letter.request
    if d.type not in ART19_TYPES:
        raise RuleViolation(
            "Art. 19 notices follow a rectification, an erasure or a restriction; "
            f"{d.reference} is a {d.type} request."
        )
    if d.status in {"refused", "forwarded"}:
        raise RuleViolation(f"{d.reference} was {d.status}: there is nothing to notify.")


def _fit_forward(letter: LetterData) -> None:
    d = letter.request
    if d.entity_role != "processor":
        raise RuleViolation(
            f"{d.entity} is the controller: only a processor forwards requests (Art. 28)."
        )
    if d.status in {"completed", "refused"}:
        raise RuleViolation(f"{d.reference} was already {d.status}.")


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
}


def _text(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _objection_grounds(letter: LetterData) -> str | None:
    if letter.request.type != "objection":
        return None
    if letter.request.status == "refused":
        return _text(letter.objection_grounds) or _text(letter.request.outcome_reason)
    return _text(letter.objection_grounds)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


# -- placeholder values ------------------------------------------------------------------------


def _retention_phrase(letter: LetterData) -> str:
    e, lang, kind = letter.entity, letter.lang, letter.request.type
    if kind in ("access", "rectification"):
        years, text = e.retention_access_years, phrases.RETENTION_AFTER_CLOSURE[lang]
    elif kind in OBJECTION_TYPES:
        years, text = e.retention_objection_years, phrases.RETENTION_AFTER_CONTACT[lang]
    else:
        years, text = e.retention_other_years, phrases.RETENTION_AFTER_CLOSURE[lang]
    if years <= 0:
        return phrases.RETENTION_UNTIL_CLOSURE[lang]
    words = phrases.YEARS[lang]
    count = words[years] if years < len(words) else f"{years} {'ans' if lang == 'fr' else 'years'}"
    return text.format(years=count)


def placeholder_values(letter: LetterData) -> dict[str, str | None]:
    """Every value a wording of this kind may use; None where the request has none."""
    d, e, lang = letter.request, letter.entity, letter.lang
    labels = phrases.LABELS[lang]

    def say(text: str) -> str:
        return typeset(text, lang)

    def typed(text: str | None) -> str | None:  # typed by the office: spacing only
        return typeset_value(_text(text), lang)

    address = ", ".join(e.address_lines) or None
    values: dict[str, str | None] = {
        "requester_name": d.requester_name,
        "requester_email": d.requester_email,
        "reference": d.reference,
        "entity_name": e.name,
        "entity_address": address,
        "dpo_postal_address": f"{e.name} – {labels['dpo_service']} – {address}"
        if address
        else None,
        "dpo_contact": _text(e.dpo_contact),
        "received_date": long_date(d.received_on, lang),
        "received_by": say(phrases.CHANNELS[lang].get(d.channel, phrases.CHANNELS[lang]["other"])),
        "request_type": say(phrases.REQUEST_TYPES[lang][d.type]),
        "request_type_neutral": say(phrases.REQUEST_TYPES_NEUTRAL[lang][d.type]),
        "request_summary": typed(d.summary),
        "due_date": long_date(d.effective_due, lang),
        "letter_date": long_date(letter.today, lang),
        "signer_name": _text(letter.signer),
    }
    kind = letter.kind
    if kind in (LetterKind.ID_REQUEST, LetterKind.CLARIFICATION):
        wanted = "identity" if kind is LetterKind.ID_REQUEST else "clarification"
        suspension = _latest_suspension(d, wanted)
        if suspension is not None:
            asked = long_date(suspension.asked_on, lang)
            effect = phrases.DEADLINE_EFFECT[lang][(wanted, suspension.policy)]
            values |= {
                "information_needed": typed(suspension.reason),
                "asked_date": asked,
                "deadline_effect": say(effect.format(asked_date=asked)),
            }
        values["id_copy_retention"] = say(
            phrases.ID_COPY_NONE[lang]
            if e.minimisation
            else phrases.ID_COPY_KEPT[lang].format(retention=_retention_phrase(letter))
        )
    elif kind is LetterKind.EXTENSION:
        values |= {
            "initial_due_date": long_date(d.due, lang),
            "new_due_date": long_date(d.extended_due, lang) if d.extended_on else None,
            "extension_reasons": typed(d.extension_reason),
        }
    elif kind is LetterKind.REFUSAL:
        full = d.status == "refused"
        values |= {
            "refusal_statement": say(
                phrases.REFUSAL_STATEMENT[lang]["full" if full else "partial"]
            ),
            "refusal_reasons": typed(letter.refusal_reasons) or typed(d.outcome_reason),
        }
    elif kind is LetterKind.COMPLETION:
        values |= {
            "completion_statement": say(phrases.COMPLETION[lang][d.type]),
            "outcome_details": typed(d.outcome_reason) if d.status == "completed" else None,
        }
    elif kind is LetterKind.OBJECTION_OUTCOME:
        values |= {
            "objection_decision": say(phrases.OBJECTION_DECISION[lang][_objection_outcome(d)]),
            "objection_grounds": typed(_objection_grounds(letter)),
        }
    elif kind in (LetterKind.RECIPIENT_NOTICE, LetterKind.FORWARD):
        recipient = letter.recipient
        values |= {
            "recipient_name": recipient.name if recipient else None,
            "recipient_address": recipient.one_line() if recipient else None,
        }
        if kind is LetterKind.RECIPIENT_NOTICE and d.type in ART19_TYPES:
            values |= {
                "recipient_action": say(phrases.RECIPIENT_ACTION[lang][d.type]),
                "recipient_request": say(phrases.RECIPIENT_REQUEST[lang][d.type]),
            }
        if kind is LetterKind.FORWARD:
            forwarded = d.closed_on if d.status == "forwarded" and d.closed_on else letter.today
            values["forwarded_date"] = long_date(forwarded, lang)
    return values


def _objection_outcome(d: RequestDetail) -> str:
    if d.type == "marketing-opt-out":
        return "marketing"
    return "rejected" if d.status == "refused" else "granted"


def has_recourse(letter: LetterData) -> bool:
    """Refusals (also partial) and rejected objections must tell of the CNIL and the courts."""
    return letter.kind is LetterKind.REFUSAL or (
        letter.kind is LetterKind.OBJECTION_OUTCOME
        and _objection_outcome(letter.request) == "rejected"
    )


# -- composition -------------------------------------------------------------------------------


def compose(letter: LetterData) -> Composition:
    """The letter's final texts. ``ValidationError`` lists every missing value at once."""
    template = parsed_wording(letter.wording_text)
    check_placeholders(template, letter.kind)
    values = placeholder_values(letter)
    missing: set[str] = set()
    parts = tuple(
        _compose_part(letter, part, index, values, missing)
        for index, part in enumerate(template.parts)
    )
    if missing:
        raise missing_values_error(missing)
    e, lang = letter.entity, letter.lang
    labels = phrases.LABELS[lang]
    letterhead = list(e.address_lines)
    if _text(e.dpo_contact):
        letterhead.append(f"{typeset(labels['dpo_contact'], lang)} {e.dpo_contact.strip()}")
    handled_by = [typeset(labels["handled_by"], lang), letter.signer.strip()]
    return Composition(
        lang=lang,
        title=f"{letter.request.reference} – {letter.kind.value} ({lang})",
        entity_name=e.name,
        letterhead_lines=tuple(letterhead),
        logo=e.logo,
        handled_by=tuple(handled_by),
        signer_name=letter.signer.strip(),
        signer_title=typeset(labels["dpo_title"], lang),
        footer=" · ".join([e.name, *e.address_lines]),
        parts=parts,
    )


def _compose_part(
    letter: LetterData,
    part: TemplatePart,
    index: int,
    values: Mapping[str, str | None],
    missing: set[str],
) -> ComposedPart:
    d, lang = letter.request, letter.lang
    labels = phrases.LABELS[lang]

    def literal(text: str) -> str:
        return typeset(text, lang)

    def text_of(template_text: str) -> str:
        return fill(template_text, values, missing, literal)

    salutation = part.salutation or phrases.DEFAULT_SALUTATION[(lang, part.to)]
    closing = part.closing or phrases.DEFAULT_CLOSING[(lang, part.to)]
    blocks = tuple(
        filled
        for block in part.blocks
        if (filled := fill_block(block, values, missing, literal)) is not None
    )
    to_requester = part.to == "requester"
    address = _requester_address(letter, missing) if to_requester else _recipient_address(letter)
    references = [f"{typeset(labels['our_ref'], lang)} {d.reference}"]
    if to_requester:
        references.append(f"{labels['your_request']} {long_date(d.received_on, lang)}")
    registered = None
    if index == 0 and _text(letter.registered_number):
        number = (_text(letter.registered_number) or "").replace(" ", "\u00a0")
        registered = f"{labels['registered']}\n{labels['number']}\u00a0{number}"
    who = d.requester_name if to_requester else (letter.recipient.name if letter.recipient else "")
    return ComposedPart(
        address_lines=address,
        references=tuple(references),
        registered=registered,
        place_date=place_and_date(letter.entity.address, letter.today, lang),
        subject_label=typeset(labels["subject"], lang),
        subject=text_of(part.subject),
        salutation=text_of(salutation),
        blocks=blocks,
        recourse=tuple(typeset(s, lang) for s in phrases.RECOURSE[lang])
        if to_requester and has_recourse(letter)
        else (),
        closing=text_of(closing),
        annex=_annex(letter) if to_requester and _has_annex(letter) else None,
        footnote=phrases.FRENCH_PREVAILS if lang == "en" else None,
        continuation=f"{who} – {d.reference} – {long_date(letter.today, lang)}",
    )


def _requester_address(letter: LetterData, missing: set[str]) -> tuple[str, ...]:
    d = letter.request
    lines = _lines(d.requester_address)
    if lines:
        address = (d.requester_name, *lines)
    elif d.requester_email and not _text(letter.registered_number):
        label = typeset(phrases.LABELS[letter.lang]["by_email"], letter.lang)
        address = (d.requester_name, f"{label} {d.requester_email}")
    else:
        missing.add("requester_address")
        return (d.requester_name,)
    return _check_address(address)


def _recipient_address(letter: LetterData) -> tuple[str, ...]:
    recipient = letter.recipient
    if recipient is None:  # check_fit asks for it first
        raise ValidationError("Give the addressee's name and postal address.")
    return _check_address((recipient.name, *recipient.lines))


def _check_address(lines: tuple[str, ...]) -> tuple[str, ...]:
    if len(lines) > MAX_ADDRESS_LINES:
        raise ValidationError(
            f"A postal address has at most {MAX_ADDRESS_LINES} lines (name included) so that it "
            "fits the envelope window; shorten it."
        )
    return lines


def _has_annex(letter: LetterData) -> bool:
    return letter.kind is LetterKind.COMPLETION and letter.request.type == "access"


def _annex(letter: LetterData) -> Annex:
    """The Art. 15(1) and 15(2) information, one section per activity of the register."""
    e, lang = letter.entity, letter.lang
    labels = phrases.LABELS[lang]
    if not e.activities:
        raise ValidationError(
            f"The processing register of {e.name} is empty: an access answer must give the "
            "Art. 15(1) information (purposes, data, recipients, retention…). Add the "
            "entity's processing activities first."
        )
    without_retention = [a.name for a in e.activities if not a.retention.strip()]
    if without_retention:
        raise ValidationError(
            "The processing register has no retention period (or criteria) for: "
            + ", ".join(without_retention)
            + ". Art. 15(1)(d) requires it in an access answer; complete the register first."
        )

    def say(key: str) -> str:
        return typeset(labels[key], lang).replace("{entity}", e.name)

    sections = []
    for a in e.activities:
        rows = (
            (say("purpose"), a.purpose.strip()),
            (say("legal_basis"), a.legal_basis.strip()),
            (say("data_categories"), a.data_categories.strip()),
            (say("recipients"), a.recipients.strip() or say("recipients_none")),
            (say("retention"), a.retention.strip()),
            (say("source"), a.source.strip() or say("source_none")),
            (say("automated_decisions"), a.automated_decisions.strip() or say("automated_none")),
            (say("transfers"), a.transfers.strip() or say("transfers_none")),
        )
        sections.append(AnnexSection(a.name.strip(), rows))
    dpo = placeholder_values(letter)["dpo_postal_address"] or e.name
    return Annex(
        heading=say("annex"),
        title=say("annex_title"),
        intro=say("annex_intro"),
        sections=tuple(sections),
        rights_title=say("rights_title"),
        rights=say("rights").replace("{dpo}", dpo),
    )
