"""Intake of a request that arrived by e-mail: read the ``.eml``, guess the request type, and
suggest a summary and the letters' language. (Requesters already known under the same e-mail
address or name are found by the read side: ``services.read.duplicates``.)

Reading is pure (stdlib ``email``, nothing written anywhere). Whatever the bytes,
:func:`parse_eml` either returns an :class:`EmailIntake` or raises ``ValidationError`` with a
message for the user.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requesters import normalise_email
from dsr_desk.domain.requests import RequestType
from dsr_desk.domain.text import fold
from dsr_desk.messages import N_
from dsr_desk.services.mail_text import CONTROL_CHARACTERS, html_to_text, tidy, unescape_bytes

NOT_AN_EMAIL = N_("This file is not a readable e-mail (.eml).")
MAX_EML_BYTES = 25 * 1024 * 1024
MAX_BODY_CHARS = 4000

# A file is taken for an e-mail only if it has at least one of these headers.
_MESSAGE_HEADERS = ("from", "sender", "reply-to", "to", "subject", "date", "message-id")


@dataclass(frozen=True)
class EmailIntake:
    """What a new request can be prefilled with from the requester's e-mail."""

    sender_name: str
    sender_email: str | None  # lower-cased; None when absent or not a valid address
    received_on: date | None  # the Date header in local time; None when absent/unreadable
    subject: str
    body_text: str  # plain text (HTML converted), trimmed to MAX_BODY_CHARS
    message_id: str | None


# -- reading an .eml --------------------------------------------------------------------------


def parse_eml(raw: bytes, local_tz: tzinfo | None = None) -> EmailIntake:
    """Read an ``.eml`` file's bytes; ``local_tz`` (default: the workstation's) dates it.

    Raises ``ValidationError`` (never anything else) when the bytes are not an e-mail.
    """
    if not isinstance(raw, bytes | bytearray | memoryview) or not raw:
        raise ValidationError(NOT_AN_EMAIL)
    if len(raw) > MAX_EML_BYTES:
        raise ValidationError(
            "This e-mail is larger than {max_eml_bytes} MB; register the request "
            "by hand and attach the file later.",
            max_eml_bytes=MAX_EML_BYTES // (1024 * 1024),
        )
    try:
        message = BytesParser(policy=policy.default).parsebytes(bytes(raw))
        if not isinstance(message, EmailMessage) or not _looks_like_an_email(message):
            raise ValidationError(NOT_AN_EMAIL)
        name, address = _sender(message)
        return EmailIntake(
            sender_name=name,
            sender_email=address,
            received_on=_received_on(message, local_tz),
            subject=_header_text(message, "subject"),
            body_text=_body_text(message),
            message_id=_header_text(message, "message-id") or None,
        )
    except ValidationError:
        raise
    except Exception:  # the parser has known crashes on hostile input: never show a traceback
        raise ValidationError(NOT_AN_EMAIL) from None


def _looks_like_an_email(message: EmailMessage) -> bool:
    return any(key.lower() in _MESSAGE_HEADERS for key in message.keys())  # noqa: SIM118


def _raw_header(message: Message, name: str) -> str:
    """The undecoded header value (for when the structured header parser gives up)."""
    for key, value in message.raw_items():
        if key.lower() == name:
            return str(value)
    return ""


def _header_text(message: EmailMessage, name: str) -> str:
    """A header as one clean line of text (RFC 2047 encoded words decoded)."""
    try:
        value = message.get(name)
        text = "" if value is None else str(value)
    except Exception:  # malformed structured header: fall back to the raw text
        text = _raw_header(message, name)
    return _one_line(text)


def _sender(message: EmailMessage) -> tuple[str, str | None]:
    """Display name and lower-cased address of the first usable From (or Sender) address."""
    for header in ("from", "sender"):
        for name, address in _addresses(message, header):
            email = _valid_email(address)
            if email is None and not name:
                continue
            if _valid_email(name) is not None:  # "jeanne@x.fr <jeanne@x.fr>": no name given
                return "", email
            return name, email
    return "", None


def _addresses(message: EmailMessage, header: str) -> list[tuple[str, str]]:
    try:
        value: Any = message.get(header)
        if value is None:
            return []
        found = [
            (a.display_name, f"{a.username}@{a.domain}" if a.domain else a.username)
            for a in value.addresses
        ]
    except Exception:  # the structured parser gave up: the lenient legacy one
        found = getaddresses([_raw_header(message, header)])
    return [(_one_line(name), _one_line(address)) for name, address in found]


def _valid_email(text: str) -> str | None:
    try:
        return normalise_email(text)
    except ValidationError:
        return None


def _received_on(message: EmailMessage, local_tz: tzinfo | None) -> date | None:
    """The Date header as a calendar day in local time (``-0000``/no zone: taken as UTC)."""
    try:
        value: Any = message.get("date")
        when = None if value is None else value.datetime
    except Exception:
        try:
            when = parsedate_to_datetime(_raw_header(message, "date"))
        except (TypeError, ValueError, IndexError, OverflowError):
            when = None
    if not isinstance(when, datetime):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return when.astimezone(local_tz).date()
    except (OverflowError, ValueError, OSError):  # year 1 or 9999 shifted out of range
        return None


def _body_text(message: EmailMessage) -> str:
    """The text/plain part if there is one, else the HTML part as text, else ''."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        text = "" if part is None else _decoded_payload(part)
    except Exception:  # a damaged MIME structure: keep the headers, lose the text
        return ""
    if part is None:
        return ""
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return _trimmed(tidy(text), MAX_BODY_CHARS)


def _decoded_payload(part: Message) -> str:
    """Undo quoted-printable/base64, then the charset (declared, else UTF-8, else cp1252)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    declared = part.get_content_charset()
    for charset in (declared, "utf-8"):
        if charset:
            try:
                return payload.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return payload.decode("cp1252", errors="replace")


def _one_line(text: str) -> str:
    text = CONTROL_CHARACTERS.sub(" ", unescape_bytes(text).replace("\n", " ").replace("\t", " "))
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _trimmed(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a line or word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    boundary = max(cut.rfind("\n"), cut.rfind(" "))
    if boundary > limit // 2:
        cut = cut[:boundary]
    return cut.rstrip() + " …"


# -- guessing the request type ----------------------------------------------------------------

# In precedence order (used to break ties); patterns apply to folded text.
_TYPE_PATTERNS: tuple[tuple[RequestType, tuple[str, ...]], ...] = (
    (
        RequestType.CONSENT_WITHDRAWAL,
        (
            r"retrait (?:du|de mon) consentement",
            r"retir(?:e|er) (?:mon|le) consentement",
            r"withdraw(?:al of)? (?:my |the )?consent",
        ),
    ),
    (
        RequestType.MARKETING_OPT_OUT,
        (
            r"desinscri(?:ption|re|vez)",
            r"newsletters?",
            r"unsubscribe",
            r"marketing",
            r"prospection",
            r"mailing list",
            r"liste de diffusion",
        ),
    ),
    (RequestType.PORTABILITY, (r"portabilite", r"portability")),
    (
        RequestType.ERASURE,
        (
            r"effacement",
            r"effacer",
            r"suppression",
            r"supprim(?:er|ez)",
            r"erase",
            r"erasure",
            r"delet(?:e|ion)",
            r"droit a l'oubli",
            r"right to be forgotten",
        ),
    ),
    (
        RequestType.RECTIFICATION,
        (r"rectif(?:ication|ier|iez)", r"correct(?:ion)?", r"corrig(?:er|ez)"),
    ),
    (RequestType.RESTRICTION, (r"limitation", r"restrict(?:ion)?")),
    (
        RequestType.OBJECTION,
        (r"opposition", r"m'oppose", r"nous nous opposons", r"object(?:ion)?", r"i object"),
    ),
    (RequestType.ACCESS, (r"acces", r"access", r"acceder", r"copie de mes donnees")),
)
_COMPILED = tuple(
    (rtype, tuple(re.compile(rf"(?<!\w){p}(?!\w)") for p in patterns))
    for rtype, patterns in _TYPE_PATTERNS
)
SUBJECT_WEIGHT = 3


def guess_request_type(subject: str, body: str) -> RequestType | None:
    """The most likely request type from French/English keywords, or None.

    Each distinct keyword found counts once, three times as much in the subject as in the
    body; ties go to the more specific type (consent withdrawal, marketing opt-out,
    portability, erasure, rectification, restriction, objection, access).
    """
    subject_text, body_text = fold(subject or ""), fold((body or "")[:MAX_BODY_CHARS])
    best: RequestType | None = None
    best_score = 0
    for rtype, patterns in _COMPILED:
        score = sum(
            SUBJECT_WEIGHT * bool(p.search(subject_text)) + bool(p.search(body_text))
            for p in patterns
        )
        if score > best_score:
            best, best_score = rtype, score
    return best


_GREETING = re.compile(r"^(bonjour|bonsoir|madame|monsieur|hello|hi|dear|to whom)\b", re.I)
_SIGN_OFF = re.compile(
    r"^(cordialement|bien (?:a|à) vous|salutations|bien cordialement|merci d'avance|"
    r"best regards|kind regards|regards|sincerely|yours (?:sincerely|faithfully)|thanks|--)\W*$",
    re.I,
)
SUMMARY_BODY_LINES = 6
SUMMARY_MAX_CHARS = 800


def summary_from_email(intake: EmailIntake) -> str:
    """The subject, then the first lines of the text (without greeting and signature)."""
    lines = [line for line in intake.body_text.splitlines() if line.strip()]
    if lines and len(lines[0]) <= 40 and _GREETING.match(lines[0]):
        lines = lines[1:]
    end = next((i for i, line in enumerate(lines) if _SIGN_OFF.match(line)), len(lines))
    lines = lines[:end]
    parts = [intake.subject] if intake.subject else []
    if lines:
        parts.append("\n".join(lines[:SUMMARY_BODY_LINES]))
    return _trimmed("\n\n".join(parts), SUMMARY_MAX_CHARS)


_FRENCH_TEXT = (
    "je vous nous mes mon ma le la les des du de et est une pour avec sur dans votre vos "
    "merci bonjour madame monsieur donnees demande cordialement"
)
_ENGLISH_TEXT = (
    "i you we my me the and is a an for with on in your of to please dear thank thanks hello "
    "data request regards"
)
_FRENCH_WORDS = frozenset(_FRENCH_TEXT.split())
_ENGLISH_WORDS = frozenset(_ENGLISH_TEXT.split())


def guess_language(text: str) -> str | None:
    """ "fr" or "en" when the text is clearly in one of them (letters are sent in it)."""
    words = re.findall(r"[a-z]+", fold(text[:MAX_BODY_CHARS]))
    french = sum(word in _FRENCH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    if french >= 3 and french > 2 * english:
        return "fr"
    if english >= 3 and english > 2 * french:
        return "en"
    return None
