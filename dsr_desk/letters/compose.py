"""Composing a letter: placeholder values, addresses, the access annex, the final texts.

``compose`` fills the wording and adds the fixed legal sentences, raising ``ValidationError``
with every missing placeholder name *before* anything is rendered.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.letters import phrases, recorded
from dsr_desk.letters.context import (
    ART19_TYPES,
    DISCLOSING_TYPES,
    MAX_ADDRESS_LINES,
    OBJECTION_TYPES,
    RECORDED_TEXTS,
    ActivityView,
    Annex,
    AnnexSection,
    ComposedPart,
    Composition,
    LetterData,
    text_lines,
)
from dsr_desk.letters.dates import long_date, place_and_date
from dsr_desk.letters.fit import (
    chosen_activities,
    latest_suspension,
    objection_grounds,
    text_or_none,
)
from dsr_desk.letters.french import de, elide_join
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.letters.wording import (
    LINKED_KINDS,
    TemplatePart,
    check_placeholders,
    fill,
    fill_block,
    missing_values_error,
    parsed_wording,
    typeset,
    typeset_value,
)
from dsr_desk.messages import N_, Join, Text
from dsr_desk.read_models import RequestDetail

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


def placeholder_values(
    letter: LetterData, untranslated: dict[str, str] | None = None
) -> dict[str, str | None]:
    """Every value a wording of this kind may use; None where the request has none.
    ``untranslated`` receives, by placeholder, the recorded text (``RECORDED_TEXTS``) whose
    translation the letter lacks (the original is put in its place meanwhile)."""
    d, e, lang = letter.request, letter.entity, letter.lang
    labels = phrases.LABELS[lang]
    lacking = untranslated if untranslated is not None else {}

    def say(text: str) -> str:
        return typeset(text, lang)

    def typed(text: str | None) -> str | None:  # typed by the office: spacing only
        return typeset_value(text_or_none(text), lang)

    def recorded_text(
        placeholder: str, field: str, text: str | None, typed_in: str | None = None
    ) -> str | None:
        """A text recorded on the request, in the letter's language (its translation)."""
        return _in_letter_language(letter, placeholder, field, text, lacking, typed_in)

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
        "dpo_contact": text_or_none(e.dpo_contact),
        "received_date": long_date(d.received_on, lang),
        "received_by": say(phrases.CHANNELS[lang].get(d.channel, phrases.CHANNELS[lang]["other"])),
        "request_type": say(phrases.REQUEST_TYPES[lang][d.type]),
        "request_type_neutral": say(phrases.REQUEST_TYPES_NEUTRAL[lang][d.type]),
        "request_summary": recorded_text("request_summary", "summary", d.summary),
        "due_date": long_date(d.effective_due, lang),
        "letter_date": long_date(letter.today, lang),
        "signer_name": text_or_none(letter.signer),
        "salutation": say(phrases.SALUTATION[lang][d.requester_civility]),
        "civility_address": phrases.CIVILITY_ADDRESS[lang][d.requester_civility],
        "subject_name": d.subject_name if d.capacity != "self" else None,
    }
    kind = letter.kind
    if kind is LetterKind.ACKNOWLEDGEMENT:
        promise = recorded.response_promise(d, lang, entity=e.name, role=e.role)
        steps = recorded.acknowledgement_steps(d, lang, role=e.role, policy=e.suspension_policy)
        values |= {name: say(text) if text else None for name, text in steps.items()}
        values |= {
            "response_promise": say(promise),
            "extension_notice_date": long_date(d.extension_notice_by, lang),
            "on_behalf": _on_behalf(d, lang),
        }
    values["linked_requests"] = _linked_requests(letter)
    values |= _right_values(letter, lacking)
    if kind in (LetterKind.ID_REQUEST, LetterKind.CLARIFICATION):
        wanted = "identity" if kind is LetterKind.ID_REQUEST else "clarification"
        suspension = latest_suspension(d, wanted)
        if suspension is not None:
            asked = long_date(suspension.asked_on, lang)
            policy = suspension.policy
            if wanted == "identity" and recorded.acted_on_without_delay(d):
                policy = "without-delay"
            effect = phrases.DEADLINE_EFFECT[lang][(wanted, policy)]
            values |= {
                "information_needed": recorded_text(
                    "information_needed", "information", suspension.reason, suspension.reason_lang
                ),
                "doubt_reason": recorded_text(
                    "doubt_reason", "information", suspension.reason, suspension.reason_lang
                ),
                "asked_date": asked,
                "deadline_effect": say(effect.format(asked_date=asked)),
            }
        if kind is LetterKind.ID_REQUEST:
            means = suspension.means if suspension is not None else ()
            rationale = recorded.ID_RATIONALE[lang]
            values |= {
                "id_rationale": say(recorded.id_rationale(d, lang)),
                "doubt_intro": say(rationale["doubt"]),
                "means_intro": say(rationale["means_intro"]),
                "reply_channels": recorded.reply_channels(
                    d, lang, postal_address=values["dpo_postal_address"], email=e.dpo_contact
                ),
            }
            proof = recorded.capacity_proof(d, lang)  # someone acting for the data subject
            values["capacity_proof"] = proof
            bullets = recorded.means_sentences(means, lang)
            values |= {name: say(text) if text else None for name, text in bullets.items()}
            # what becomes of an ID copy: only when a copy is one of the means offered
            values["id_copy_retention"] = (
                None
                if "id-copy-masked" not in means
                else say(
                    phrases.ID_COPY_NONE[lang]
                    if e.minimisation
                    else phrases.ID_COPY_KEPT[lang].format(retention=_retention_phrase(letter))
                )
            )
    elif kind is LetterKind.EXTENSION:
        values |= {
            "initial_due_date": long_date(d.due, lang),
            "new_due_date": long_date(d.extended_due, lang) if d.extended_on else None,
            "extension_reasons": recorded_text(
                "extension_reasons", "extension-reasons", d.extension_reason
            ),
        }
    elif kind is LetterKind.REFUSAL:
        full = d.status == "refused"
        values |= {
            "refusal_statement": say(
                phrases.REFUSAL_STATEMENT[lang]["full" if full else "partial"]
            ),
            "refusal_reasons": typed(letter.refusal_reasons)
            or recorded_text("refusal_reasons", "reasons", d.outcome_reason),
        }
    elif kind is LetterKind.COMPLETION:
        values |= {
            "completion_statement": say(phrases.COMPLETION[lang][d.type]),
            "outcome_details": recorded_text("outcome_details", "reasons", d.outcome_reason)
            if d.status == "completed"
            else None,
            "enclosed": say(enclosed) if (enclosed := _enclosed(letter)) else None,
            "recipients_statement": say(_recipients_statement(d, lang))
            if d.type in ART19_TYPES
            else None,
        }
    elif kind is LetterKind.OBJECTION_OUTCOME:
        values |= {
            "objection_decision": say(phrases.OBJECTION_DECISION[lang][_objection_outcome(d)]),
            "objection_grounds": typed(text_or_none(letter.objection_grounds))
            or recorded_text("objection_grounds", "reasons", objection_grounds(letter)),
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


def _linked_requests(letter: LetterData) -> str | None:
    """The other rights asked in the same message, in the letters that acknowledge or answer."""
    if letter.kind not in LINKED_KINDS:
        return None
    verb = "acknowledge" if letter.kind is LetterKind.ACKNOWLEDGEMENT else "answer"
    linked = recorded.linked_requests(
        letter.request, letter.lang, verb=verb, together=letter.with_linked
    )
    return typeset(linked, letter.lang) if linked else None


def _enclosed(letter: LetterData) -> str | None:
    """« Vous trouverez ci-joint … » only when a bundle was produced for this request."""
    bundle, d = letter.bundle, letter.request
    if bundle is None or d.type not in DISCLOSING_TYPES:
        return None
    return recorded.ENCLOSED[letter.lang].format(
        name=bundle.name(d.reference),
        date=long_date(bundle.produced_on, letter.lang),
        files=bundle.files,
    )


def _recipients_statement(d: RequestDetail, lang: str) -> str:
    """Art. 19: the recipients told, as recorded; else the variant for no recipient."""
    texts = recorded.ART19[lang]
    if not d.recipient_notices:
        return texts["none"]
    who = ", ".join(
        texts["item"].format(name=n.recipient, date=long_date(n.notified_on, lang))
        for n in d.recipient_notices
    )
    return texts["notified"].format(who=who)


#: The letters of the outcomes added with issue 16 (their values: ``_outcome_values``).
OUTCOME_KINDS = frozenset(
    {
        LetterKind.PARTIAL_REFUSAL,
        LetterKind.EXCESSIVE_REFUSAL,
        LetterKind.NO_DATA,
        LetterKind.WITHDRAWAL,
        LetterKind.NO_REPLY_CLOSURE,
    }
)


def _right_values(letter: LetterData, lacking: dict[str, str]) -> dict[str, str | None]:
    """The values of the letters of the outcomes: how the request ended (issue 16)."""
    if letter.kind in OUTCOME_KINDS:
        return _outcome_values(letter, lacking)
    return {}


def _in_letter_language(
    letter: LetterData,
    placeholder: str,
    field: str,
    text: str | None,
    lacking: dict[str, str],
    typed_in: str | None = None,
) -> str | None:
    """A text recorded on the request (typed in the language recorded with it: ``typed_in``,
    else ``RequestDetail.typed_in``), as the letter prints it: itself in that language, else
    the translation staff gave — else noted in ``lacking`` (``compose`` then asks for it, for
    the placeholders its wording uses)."""
    original = text_or_none(text)
    if original is None:
        return None
    if letter.typed_in_another_language(field, typed_in):
        given = letter.translation(field)
        if given is None:
            lacking[placeholder] = field
        else:
            original = given
    return typeset_value(original, letter.lang)


def _outcome_values(letter: LetterData, lacking: dict[str, str]) -> dict[str, str | None]:
    """What was recorded when the request was closed: the granted and withheld parts and the
    reasons, the closure date, the information asked and never received."""
    d, lang = letter.request, letter.lang

    awaited = next((s for s in reversed(d.suspensions) if s.received_on is None), None)

    def typed(text: str | None, placeholder: str, field: str) -> str | None:
        asked_in = awaited.reason_lang if awaited and field == "information" else None
        return _in_letter_language(letter, placeholder, field, text, lacking, asked_in)

    return {
        "granted_part": typed(d.outcome_granted, "granted_part", "granted"),
        "withheld_part": typed(d.outcome_withheld, "withheld_part", "withheld"),
        "refusal_reasons": typed(d.outcome_reason, "refusal_reasons", "reasons"),
        "closed_date": long_date(d.closed_on, lang) if d.closed_on else None,
        "information_needed": typed(awaited.reason, "information_needed", "information")
        if awaited
        else None,
        "asked_date": long_date(awaited.asked_on, lang) if awaited else None,
    }


def _on_behalf(d: RequestDetail, lang: str) -> str | None:
    """Who the requester acts for (None when they ask for themselves)."""
    sentence = phrases.ON_BEHALF[lang].get(d.capacity)
    if sentence is None or not d.subject_name:
        return None
    return typeset(sentence, lang).replace("{subject_name}", d.subject_name)  # typed: kept as is


def _objection_outcome(d: RequestDetail) -> str:
    if d.type == "marketing-opt-out":
        return "marketing"
    return "rejected" if d.status == "refused" else "granted"


#: Letters telling the requester that (part of) the request is not acted on (Art. 12(4)).
RECOURSE_KINDS = frozenset(
    {
        LetterKind.REFUSAL,
        LetterKind.PARTIAL_REFUSAL,
        LetterKind.EXCESSIVE_REFUSAL,
        LetterKind.NO_REPLY_CLOSURE,
    }
)


def has_recourse(letter: LetterData) -> bool:
    """Refusals (also partial, or as excessive), a closure without action for lack of reply
    and rejected objections must tell of the CNIL and the courts (Art. 12(4))."""
    return letter.kind in RECOURSE_KINDS or (
        letter.kind is LetterKind.OBJECTION_OUTCOME
        and _objection_outcome(letter.request) == "rejected"
    )


# -- composition -------------------------------------------------------------------------------


def compose(letter: LetterData) -> Composition:
    """The letter's final texts. ``ValidationError`` lists every missing value at once."""
    template = parsed_wording(letter.wording_text)
    check_placeholders(template, letter.kind)
    untranslated: dict[str, str] = {}
    values = placeholder_values(letter, untranslated)
    used = template.placeholders()
    _ask_translations({field for name, field in untranslated.items() if name in used}, letter)
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
    if text_or_none(e.dpo_contact):
        letterhead.append(f"{typeset(labels['dpo_contact'], lang)} {e.dpo_contact.strip()}")
    handled_by = [typeset(labels["handled_by"], lang), letter.signer.strip()]
    title = text_or_none(letter.signer_title) or typeset(labels["dpo_title"], lang)
    return Composition(
        lang=lang,
        title=f"{letter.request.reference} – {letter.kind.value} ({lang})",
        entity_name=e.name,
        letterhead_lines=tuple(letterhead),
        logo=e.logo,
        handled_by=tuple(handled_by),
        signer_name=letter.signer.strip(),
        signer_title=title,
        footer=" · ".join([e.name, *e.address_lines]),
        parts=parts,
    )


LANGUAGE_NAMES: Final = {"fr": N_("French"), "en": N_("English")}


def _ask_translations(fields: set[str], letter: LetterData) -> None:
    """A letter never mixes two languages: ``ValidationError`` naming each recorded text the
    letter prints whose translation into the letter's language was not given."""
    if not fields:
        return
    wanted = LANGUAGE_NAMES.get(letter.lang, letter.lang)
    typed_in = N_("English") if letter.lang == "fr" else N_("French")  # the other language
    names = Join(
        (
            Text("{text} (--translation {field}=TEXT)", text=Text(RECORDED_TEXTS[f]), field=f)
            for f in sorted(fields)
        ),
        "; ",
    )
    raise ValidationError(
        "This letter is in {wanted}, but what it must state was recorded in "
        "{typed_in}: give the {wanted} translation of {names}. A letter never "
        "mixes two languages.",
        wanted=Text(wanted),
        typed_in=Text(typed_in),
        names=names,
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

    join = elide_join if lang == "fr" else _no_join

    def text_of(template_text: str) -> str:
        return fill(template_text, values, missing, literal, join)

    salutation = part.salutation or phrases.DEFAULT_SALUTATION[(lang, part.to)]
    closing = part.closing or phrases.DEFAULT_CLOSING[(lang, part.to)]
    blocks = tuple(
        filled
        for block in part.blocks
        if (filled := fill_block(block, values, missing, literal, join)) is not None
    )
    to_requester = part.to == "requester"
    address = _requester_address(letter, missing) if to_requester else _recipient_address(letter)
    references = [f"{typeset(labels['our_ref'], lang)} {d.reference}"]
    if to_requester:
        references.append(f"{labels['your_request']} {long_date(d.received_on, lang)}")
    registered = None
    if index == 0 and text_or_none(letter.registered_number):
        number = (text_or_none(letter.registered_number) or "").replace(" ", "\u00a0")
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


def _no_join(before: str, value: str) -> tuple[str, str]:
    return before, value


def _requester_address(letter: LetterData, missing: set[str]) -> tuple[str, ...]:
    d = letter.request
    lines = text_lines(d.requester_address)
    if lines:
        address = (d.requester_name, *lines)
    elif d.requester_email and not text_or_none(letter.registered_number):
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
            "A postal address has at most {max_address_lines} lines (name "
            "included) so that it fits the envelope window; shorten it.",
            max_address_lines=MAX_ADDRESS_LINES,
        )
    return lines


def _has_annex(letter: LetterData) -> bool:
    return letter.kind is LetterKind.COMPLETION and letter.request.type == "access"


def _annex(letter: LetterData) -> Annex:
    """The Art. 15(1) and 15(2) information, one section per activity of the register."""
    e, lang = letter.entity, letter.lang
    labels = phrases.LABELS[lang]
    chosen = chosen_activities(letter)
    without_retention = [a.name for a in chosen if not a.text("retention", lang)]
    if without_retention:
        raise ValidationError(
            "The processing register has no retention period (or criteria) for: {activities}. "
            "Art. 15(1)(d) requires it in an access answer; complete the register first.",
            activities=", ".join(without_retention),
        )

    def say(key: str) -> str:
        text = typeset(labels[key], lang)
        if lang == "fr":
            text = text.replace("de {entity}", de(e.name))
        return text.replace("{entity}", e.name)

    sections = []
    for a in chosen:

        def t(name: str, a: ActivityView = a) -> str:
            return a.text(name, lang)

        rows = (
            (say("purpose"), t("purpose")),
            (say("legal_basis"), t("legal_basis")),
            (say("data_categories"), t("data_categories")),
            (say("recipients"), t("recipients") or say("recipients_none")),
            (say("retention"), t("retention")),
            (say("source"), t("source") or say("source_none")),
            (say("automated_decisions"), t("automated_decisions") or say("automated_none")),
            (say("transfers"), t("transfers") or say("transfers_none")),
        )
        sections.append(AnnexSection(t("name"), rows))
    dpo = placeholder_values(letter)["dpo_postal_address"] or e.name
    return Annex(
        heading=say("annex"),
        title=say("annex_title"),
        intro=say("annex_intro"),
        sections=tuple(sections),
        rights_title=say("rights_title"),
        rights=say("rights").replace("{dpo}", dpo),
    )
