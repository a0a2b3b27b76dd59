"""Letter wording: the default texts (``dsr_desk/resources/letters/<lang>/<kind>.txt``), an
entity's own wording (``Entity.letter_overrides``), and how their placeholders are filled.

A wording file is plain text::

    Subject: Accusé de réception de votre demande
    Salutation: Madame, Monsieur,            (optional, a default per language)
    Closing: Nous vous prions d'agréer, …    (optional, a default per language)
    To: requester                            (optional: requester or recipient)

    First paragraph, with {named} placeholders. Lines of a paragraph are joined.

    A paragraph that introduces a list:
    - a bullet item;
    - another one.

    > {extension_reasons}      (a quoted, indented paragraph: for text typed by the office)

``{name?}`` marks an optional value: the paragraph (or bullet) holding it is left out when the
request has no such value. A missing ``{name}`` is an error listing every missing name, raised
before anything is rendered: a letter never goes out with a blank. ``{{`` and ``}}`` write
braces. A line ``---`` starts a second letter in the same document (used by ``forward``: the
transmission to the controller, then the notice to the requester).

Sentences the law requires (the right to complain to the CNIL and to a judicial remedy in a
refusal, the Art. 15(1) information in an access answer, the note that the French version
prevails) are not part of any wording: the renderer adds them, so no override can drop them.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final, Literal

from dsr_desk.domain.errors import ValidationError
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.messages import N_, Join, Text

BlockStyle = Literal["paragraph", "bullets", "quote"]
Addressee = Literal["requester", "recipient"]

# -- the placeholder catalogue ---------------------------------------------------------------

COMMON_PLACEHOLDERS: Final[dict[str, str]] = {
    "requester_name": "the requester's name",
    "requester_email": "the requester's e-mail address",
    "reference": "the request's reference (DSR-2026-0001)",
    "entity_name": "the entity's name",
    "entity_address": "the entity's postal address, on one line",
    "dpo_postal_address": "the DPO's postal address: entity – DPO – address",
    "dpo_contact": "the DPO's contact (e-mail) as set on the entity",
    "received_date": "the day the request was received",
    "received_by": "how it reached us (« par courrier électronique », “by e-mail”…)",
    "request_type": "what was asked (« demande d'accès à vos données personnelles »…)",
    "request_type_neutral": "the same, for a third party (« demande d'accès (article 15…) »)",
    "request_summary": "the summary typed when the request was logged",
    "due_date": "the due date in force (extended if extended)",
    "letter_date": "the date of the letter",
    "signer_name": "who signs the letter",
    "salutation": "« Madame, », « Monsieur, » or, civility unknown, « Madame, Monsieur, »",
    "civility_address": "« Madame », « Monsieur » or « Madame, Monsieur » (closing formula)",
    "subject_name": "the person the request concerns, when the requester acts for them",
}

KIND_PLACEHOLDERS: Final[dict[LetterKind, dict[str, str]]] = {
    LetterKind.ACKNOWLEDGEMENT: {
        "response_promise": "when we answer, and what the due date counts from (receipt, "
        "the information received after a restart, the paused days); for a processor: the "
        "request is passed to the controller",
        "steps_intro": "« Votre demande va désormais suivre les étapes suivantes : »",
        "identity_step": "the identity step and the entity's suspension policy (none once "
        "the identity is verified, or for an opt-out / consent withdrawal)",
        "work_step": "the work step",
        "extension_step": "the possible extension, told by the one-month date at the latest",
        "extension_notice_date": "the last day to tell of an extension (the one-month date)",
        "on_behalf": "who the requester acts for (left out when they ask for themselves)",
    },
    LetterKind.ID_REQUEST: {
        "information_needed": "the reason recorded with the request for identity",
        "id_rationale": "why the identity matters for the right asked (data disclosed, data "
        "changed, or a person we cannot match)",
        "doubt_intro": "« we must confirm your identity (Art. 12(6)); the information we hold "
        "leaves a reasonable doubt, for the following reason: »",
        "doubt_reason": "why there is a reasonable doubt (recorded with the request for identity)",
        "means_intro": "« please send us one of the following, preferably the first you can »",
        "means_known_email": "a reply from the e-mail address we know (when chosen)",
        "means_customer_number": "a customer, member or student number (when chosen)",
        "means_recent_letter": "a recent letter or invoice from us (when chosen)",
        "means_id_copy_masked": "an ID copy with the photograph masked (when chosen)",
        "reply_channels": "how to reply: by post and by e-mail, the request's channel first",
        "asked_date": "the day we asked (the deadline is suspended from then)",
        "deadline_effect": "how the deadline is affected (EDPB Guidelines 01/2022; the "
        "entity's restart/pause policy; without delay for an opt-out)",
        "id_copy_retention": "how long a copy of an ID document is kept (or that none is); "
        "only when an ID copy is one of the means",
        "capacity_proof": "what someone acting for the data subject must send too: the "
        "mandate and the subject's ID, proof of parental authority, or the death certificate "
        "and proof of heir status (left out when the requester asks for themselves)",
    },
    LetterKind.CLARIFICATION: {
        "information_needed": "what we need clarified (the reason recorded with the suspension)",
        "asked_date": "the day we asked (the deadline is suspended from then)",
        "deadline_effect": "how the deadline is affected (the entity's restart/pause policy)",
    },
    LetterKind.EXTENSION: {
        "initial_due_date": "the one-month due date",
        "new_due_date": "the extended due date (three months from receipt)",
        "extension_reasons": "the reasons recorded with the extension",
    },
    LetterKind.REFUSAL: {
        "refusal_statement": "« nous ne pouvons pas donner suite… » (full or partial)",
        "refusal_reasons": "the reasons recorded with the refusal",
    },
    LetterKind.COMPLETION: {
        "completion_statement": "what was done, for this type of request",
        "outcome_details": "the note recorded when the request was closed",
        "enclosed": "« Vous trouverez ci-joint … »: only when a data bundle was produced",
        "recipients_statement": "Art. 19: the recipients notified, as recorded, or that "
        "there were none (rectification, erasure, restriction)",
    },
    LetterKind.OBJECTION_OUTCOME: {
        "objection_decision": "the decision (marketing: always granted; else balancing test)",
        "objection_grounds": "the balancing test: the grounds of the decision",
    },
    LetterKind.RECIPIENT_NOTICE: {
        "recipient_name": "the recipient the data were disclosed to",
        "recipient_address": "the recipient's postal address, on one line",
        "recipient_action": "« la rectification » / “the erasure” …",
        "recipient_request": "what the recipient is asked to do in turn",
    },
    LetterKind.FORWARD: {
        "recipient_name": "the controller the request is forwarded to",
        "recipient_address": "the controller's postal address, on one line",
        "forwarded_date": "the day the request was forwarded",
    },
    LetterKind.PARTIAL_REFUSAL: {
        "granted_part": "what is granted (recorded when the request was closed as partial)",
        "withheld_part": "what is withheld (recorded when the request was closed as partial)",
        "refusal_reasons": "the reasons recorded for what is withheld",
    },
    LetterKind.EXCESSIVE_REFUSAL: {
        "refusal_reasons": "the reasons recorded, including what shows the excess",
    },
    LetterKind.NO_DATA: {},
    LetterKind.WITHDRAWAL: {
        "closed_date": "the day the request was closed as withdrawn",
    },
    LetterKind.NO_REPLY_CLOSURE: {
        "information_needed": "what we asked for and never received",
        "asked_date": "the day we asked",
        "closed_date": "the day the request was closed for lack of reply",
    },
}


#: The letters that name the other rights asked in the same message (linked requests).
LINKED_KINDS: Final = frozenset(
    {
        LetterKind.ACKNOWLEDGEMENT,
        LetterKind.COMPLETION,
        LetterKind.REFUSAL,
        LetterKind.PARTIAL_REFUSAL,
        LetterKind.EXCESSIVE_REFUSAL,
        LetterKind.NO_DATA,
        LetterKind.WITHDRAWAL,
        LetterKind.NO_REPLY_CLOSURE,
        LetterKind.OBJECTION_OUTCOME,
    }
)
for _kind in LINKED_KINDS:
    KIND_PLACEHOLDERS[_kind]["linked_requests"] = (
        "the other rights asked in the same message, with their references, and whether this "
        "mailing answers them too (left out when there are none)"
    )


def placeholders_for(kind: LetterKind) -> dict[str, str]:
    """Every placeholder a wording of this kind may use, with what it stands for."""
    return {**COMMON_PLACEHOLDERS, **KIND_PLACEHOLDERS[kind]}


# -- parsed wording ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    style: BlockStyle
    texts: tuple[str, ...]  # one text, or the items of a bullet list


@dataclass(frozen=True)
class TemplatePart:
    """One letter: its subject, salutation and closing lines, addressee and body."""

    subject: str
    salutation: str | None
    closing: str | None
    to: Addressee
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Template:
    parts: tuple[TemplatePart, ...]

    def texts(self) -> list[str]:
        found: list[str] = []
        for part in self.parts:
            found += [part.subject, part.salutation or "", part.closing or ""]
            for block in part.blocks:
                found += block.texts
        return found

    def placeholders(self) -> set[str]:
        """The names used, without the optional marker."""
        return {name.rstrip("?") for text in self.texts() for name in fields_of(text)}


_HEADER: Final = re.compile(r"^(?P<key>[A-Za-zé' ]+?)\s*:\s*(?P<value>.*)$")
_HEADER_KEYS: Final = {
    "subject": "subject",
    "objet": "subject",
    "salutation": "salutation",
    "closing": "closing",
    "to": "to",
}
_BULLET: Final = re.compile(r"^\s*[-–•]\s+")
_PART_SEPARATOR: Final = "---"
_FIELD: Final = re.compile(r"^[a-z][a-z0-9_]*\??$")


def fields_of(text: str) -> list[str]:
    """The placeholder names in ``text`` (``ValidationError`` on malformed braces)."""
    names = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as problem:
        raise ValidationError(
            "Badly placed brace in the wording ({problem}): {text!r}", problem=problem, text=text
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not _FIELD.match(name) or spec or conversion:
            shown = (
                "{"
                + name
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
            raise ValidationError(
                "{shown} is not a placeholder: use a name in braces, like {{due_date}}.",
                shown=shown,
            )
        names.append(name)
    return names


def parse_template(text: str) -> Template:
    """Parse a wording file (see the module doc); ``ValidationError`` says what is wrong."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    chunks: list[list[str]] = [[]]
    for line in lines:
        if line.strip() == _PART_SEPARATOR:
            chunks.append([])
        else:
            chunks[-1].append(line)
    parts = tuple(_parse_part(chunk, index) for index, chunk in enumerate(chunks))
    for part in parts:  # validate every placeholder's syntax now
        for item in (part.subject, part.salutation or "", part.closing or ""):
            fields_of(item)
        for block in part.blocks:
            for item in block.texts:
                fields_of(item)
    return Template(parts)


def _parse_part(lines: list[str], index: int) -> TemplatePart:
    where = "" if index == 0 else Text(" (letter {number})", number=index + 1)
    while lines and not lines[0].strip():
        lines = lines[1:]
    headers: dict[str, str] = {}
    body_start = len(lines)
    for number, line in enumerate(lines):
        if not line.strip():
            body_start = number + 1
            break
        match = _HEADER.match(line.strip())
        key = _HEADER_KEYS.get(match.group("key").strip().lower()) if match else None
        if match is None or key is None:
            if number == 0:
                raise ValidationError(
                    "The wording{where} must start with a line 'Subject: …' (the letter's "
                    "subject), then a blank line before the text.",
                    where=where,
                )
            raise ValidationError(
                "Unknown heading line{where}: {line!r}. Use Subject:, Salutation:, "
                "Closing: or To:, then a blank line before the text.",
                where=where,
                line=line.strip(),
            )
        headers[key] = match.group("value").strip()
    if not headers.get("subject"):
        raise ValidationError(
            "The wording{where} needs a subject: a first line 'Subject: …'.", where=where
        )
    to = headers.get("to", "requester").lower()
    if to not in ("requester", "recipient"):
        raise ValidationError("'To:' must be requester or recipient, not {to!r}.", to=to)
    blocks = _parse_blocks(lines[body_start:])
    if not blocks:
        raise ValidationError("The wording{where} has a subject but no text.", where=where)
    return TemplatePart(
        subject=headers["subject"],
        salutation=headers.get("salutation") or None,
        closing=headers.get("closing") or None,
        to="recipient" if to == "recipient" else "requester",
        blocks=blocks,
    )


def _parse_blocks(lines: list[str]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    group: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            group.append(line)
        elif group:
            blocks += _group_blocks(group)
            group = []
    return tuple(blocks)


def _group_blocks(lines: list[str]) -> list[Block]:
    """A paragraph (lines joined), a quote (``> ``), and/or a bullet list (``- ``)."""
    blocks: list[Block] = []
    lead: list[str] = []
    items: list[str] = []
    quote: list[str] = []
    for line in lines:
        stripped = line.strip()
        if _BULLET.match(line):
            items.append(_BULLET.sub("", line).strip())
        elif stripped.startswith(">"):
            quote.append(stripped[1:].strip())
        elif items and line[:1].isspace():
            items[-1] = f"{items[-1]} {stripped}"  # an indented continuation of a bullet
        elif items:
            items[-1] = f"{items[-1]} {stripped}"
        else:
            lead.append(stripped)
    if lead:
        blocks.append(Block("paragraph", (" ".join(lead),)))
    if quote:
        blocks.append(Block("quote", (" ".join(quote),)))
    if items:
        blocks.append(Block("bullets", tuple(items)))
    return blocks


def check_placeholders(template: Template, kind: LetterKind) -> None:
    """Every name must be one this kind of letter knows (so a value can exist for it)."""
    known = placeholders_for(kind)
    unknown = sorted(template.placeholders() - set(known))
    if unknown:
        names = ", ".join("{" + name + "}" for name in unknown)
        message = (
            N_("Unknown placeholder in the {kind} wording: {names}. Available: {known}.")
            if len(unknown) == 1
            else N_("Unknown placeholders in the {kind} wording: {names}. Available: {known}.")
        )
        raise ValidationError(
            message,
            kind=kind.value,
            names=names,
            known=", ".join(sorted(known)),
        )


@lru_cache(maxsize=64)
def default_wording(kind: LetterKind, lang: str) -> str:
    """The text shipped with DSR Desk for this kind and language."""
    path = resources.files("dsr_desk") / "resources" / "letters" / lang / f"{kind.value}.txt"
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=256)
def parsed_wording(text: str) -> Template:
    return parse_template(text)


# -- filling -----------------------------------------------------------------------------------


class _Dropped(Exception):
    """An optional value is missing: leave this paragraph out."""


Joiner = Callable[[str, str], tuple[str, str]]


def _plain_join(before: str, value: str) -> tuple[str, str]:
    return before, value


def fill(
    text: str,
    values: Mapping[str, str | None],
    missing: set[str],
    literal: Callable[[str], str] = lambda s: s,
    join: Joiner = _plain_join,
) -> str:
    """Fill ``text``; record missing required names in ``missing``; ``literal`` post-processes
    the wording's own text (typography) but never the values; ``join`` adjusts the text just
    before a value to it (French elision: « de » + « OMNES » → « d’OMNES »)."""
    out: list[str] = []
    for text_part, name, _spec, _conv in string.Formatter().parse(text):
        out.append(literal(text_part))
        if name is None:
            continue
        optional = name.endswith("?")
        value = values.get(name.rstrip("?"))
        if value is None or not value.strip():
            if optional:
                raise _Dropped
            missing.add(name)
            continue
        before, joined = join(out[-1], value.strip())
        out[-1] = before
        out.append(joined)
    return "".join(out)


def fill_block(
    block: Block,
    values: Mapping[str, str | None],
    missing: set[str],
    literal: Callable[[str], str] = lambda s: s,
    join: Joiner = _plain_join,
) -> Block | None:
    """The block with its values; None when an optional value left it empty."""
    texts = []
    for text in block.texts:
        try:
            texts.append(fill(text, values, missing, literal, join))
        except _Dropped:
            continue
    return Block(block.style, tuple(texts)) if texts else None


_WHERE: Final = {  # a missing value, as the office knows where to fill it in
    "dpo_postal_address": N_("the entity's postal address"),
    "entity_address": N_("the entity's postal address"),
    "dpo_contact": N_("the entity's DPO contact"),
    "requester_address": N_("the requester's postal address"),
    "requester_email": N_("the requester's e-mail"),
    "request_summary": N_("the request's summary"),
    "signer_name": N_("who signs"),
}


def missing_values_error(missing: set[str]) -> ValidationError:
    """The values a letter lacks, in words (never a placeholder's internal name, except one
    the office wrote into its own wording, shown in braces as written there)."""
    where: list[object] = []
    for name in sorted(missing):
        words = _WHERE.get(name)
        item: object = Text(words) if words else "{" + name + "}"
        if not any(str(item) == str(seen) for seen in where):
            where.append(item)
    return ValidationError(
        "The letter cannot be written: no value for {names}. Complete the "
        "request or the entity (or change the wording) first.",
        names=Join(where),
    )


# -- typography --------------------------------------------------------------------------------

NBSP: Final = "\u00a0"
NNBSP: Final = "\u202f"  # narrow no-break space (« espace fine insécable »)

_FR_RULES: Final = (
    (re.compile(r"[ \u00a0\u202f]*([;!?])(?=\s|$|»)"), NNBSP + r"\1"),
    (re.compile(r"(?<=[^\s\d/:])[ \u00a0\u202f]*:(?=\s|$)"), NBSP + ":"),
    (re.compile(r"«[ \u00a0\u202f]*"), "«" + NNBSP),
    (re.compile(r"[ \u00a0\u202f]*»"), NNBSP + "»"),
    (re.compile(r"\b(n°|N°|art\.|p\.) (?=\d)"), r"\1" + NBSP),
)


def typeset_value(text: str | None, lang: str) -> str | None:
    """Text typed by the office (reasons, grounds): only the French no-break spaces, so that
    a line never starts with ; : ! ? or »; nothing else is changed."""
    if text is None or lang != "fr":
        return text
    for pattern, replacement in _FR_RULES:
        text = pattern.sub(replacement, text)
    return text


def typeset(text: str, lang: str) -> str:
    """Typographic apostrophes, and in French the no-break spaces before ; : ! ? » and after «.

    Applied to the office's wording and phrases, never to values typed by people (names,
    addresses, reasons): an e-mail address must stay exactly as it is.
    """
    text = re.sub(r"(?<=\w)'(?=\w)|(?<=\w)'(?=\s|$)", "’", text)
    if lang == "fr":
        for pattern, replacement in _FR_RULES:
            text = pattern.sub(replacement, text)
    return text
