"""Size limits on what people type, and on counts and dates: checked once, here.

The domain, the services and the CLI call these checks; the GUI's forms use the same constants
as the ``maxLength`` of their fields. The limits are generous for real use; they exist because
unbounded text costs everyone (a 128 KiB name made every search take two minutes).
"""

from __future__ import annotations

from datetime import date
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.messages import N_, Text

MAX_NAME: Final = 200  # a person's or an entity's name, an assignee, a signer
MAX_EMAIL: Final = 254  # the longest address SMTP accepts (RFC 5321)
MAX_PHONE: Final = 50
MAX_ADDRESS: Final = 1_000  # a postal address or contact, several lines
MAX_SUMMARY: Final = 2_000  # what a request asks, in a few sentences
MAX_REASON: Final = 4_000  # reasons of an extension, a refusal, a request for information...
MAX_NOTE: Final = 20_000
MAX_SEARCH: Final = 254  # search text: a reference, a name or an e-mail address
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100
MAX_COUNT: Final = 1_000_000  # `demo --count`, `--limit` and other counts


def _named(what: str | Text) -> Text:
    """The name of what is checked: a message marked with ``N_``, or a ``Text`` with its own
    parameters ("The name of line {line}")."""
    return what if isinstance(what, Text) else Text(what)


def check_length(text: str | None, limit: int, what: str | Text) -> None:
    """Refuse ``text`` longer than ``limit`` characters; ``what`` names it in the message."""
    if text is not None and len(text) > limit:
        raise ValidationError(
            "{what} is too long: at most {limit:,} characters ({given:,} given).",
            what=_named(what),
            limit=limit,
            given=len(text),
        )


def check_year(day: date, what: str | Text = N_("The date")) -> None:  # noqa: B008 - a str
    """Refuse a date outside the years 1900-2100 (a typing slip, never a real request);
    ``what`` names it (a message marked with ``N_``, translated when shown)."""
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValidationError(
            "{what} {day} is out of range: use a year from {first} to {last}.",
            what=_named(what),
            day=day.isoformat(),
            first=MIN_YEAR,
            last=MAX_YEAR,
        )


def parse_date(text: str) -> date:
    """A date typed as YYYY-MM-DD (a command's argument, ``DSR_DESK_TODAY``), in range."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            "{text} is not a date: use YYYY-MM-DD.", text=repr(text[:40])
        ) from None
    check_year(day)
    return day


def check_count(value: int, what: str | Text, minimum: int = 1, maximum: int = MAX_COUNT) -> None:
    """Refuse a count outside ``minimum``..``maximum``."""
    if not minimum <= value <= maximum:
        raise ValidationError(
            "{what} must be from {minimum:,} to {maximum:,}, not {value:,}.",
            what=_named(what),
            minimum=minimum,
            maximum=maximum,
            value=value,
        )
