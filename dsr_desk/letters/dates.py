"""Dates as a French or an English letter writes them, from our own month tables (never the
process locale, which could be anything on a workstation)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
# "75006 Paris", "75334 Paris Cedex 07", "F-67000 Strasbourg"
_POSTCODE_TOWN: Final = re.compile(
    r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+(?P<town>.+?)(?:\s+cedex(?:\s+\d+)?)?$", re.I
)


def long_date(day: date, lang: str) -> str:
    """``16 février 2026`` (``1er mars 2026``) or ``16 February 2026``, with no-break spaces."""
    month = _MONTHS[lang][day.month - 1]
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number}\u00a0{month}\u00a0{day.year}"  # a date is never split across lines


def town_of(address: str) -> str | None:
    """The town of a French-style address (the line after the postcode), if there is one."""
    for line in reversed([part.strip() for part in address.splitlines() if part.strip()]):
        match = _POSTCODE_TOWN.match(line)
        if match:
            town = match.group("town").strip()
            return town[:1].upper() + town[1:].lower() if town.isupper() else town
    return None


def place_and_date(address: str, day: date, lang: str) -> str:
    """``Paris, le 16 février 2026`` / ``Paris, 16 February 2026`` (``Le …`` without a town)."""
    town = town_of(address)
    when = long_date(day, lang)
    if lang == "fr":
        return f"{town}, le {when}" if town else f"Le {when}"
    return f"{town}, {when}" if town else when
