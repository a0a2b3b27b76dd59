"""The people who exercise their rights."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.limits import MAX_ADDRESS, MAX_EMAIL, MAX_NAME, MAX_PHONE, check_length

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LANGUAGES = ("fr", "en")
# How a letter addresses the requester: « Monsieur », « Madame », or, unknown, both.
CIVILITIES = ("", "M.", "Mme")


def parse_civility(text: str | None) -> str:
    """ "M." / "Mme" / "" (none known); "mr", "mme", "madame", "none"… are understood."""
    key = (text or "").strip().lower().rstrip(".")
    if key in ("", "none", "-"):
        return ""
    if key in ("m", "mr", "monsieur"):
        return "M."
    if key in ("mme", "mrs", "ms", "madame"):
        return "Mme"
    raise ValidationError("Civility must be M., Mme or none, not {text!r}.", text=text)


def normalise_email(email: str | None) -> str | None:
    """Trim and lower-case an e-mail address; reject one that cannot be an address."""
    if email is None or not email.strip():
        return None
    cleaned = email.strip().lower()
    check_length(cleaned, MAX_EMAIL, "The e-mail address")
    if not _EMAIL.match(cleaned):
        raise ValidationError("{email!r} is not a valid e-mail address.", email=email.strip())
    return cleaned


@dataclass(eq=False)
class Requester:
    """A data subject (or their representative) who sent one or more requests."""

    name: str
    email: str | None = None
    postal_address: str = ""
    phone: str = ""
    language: str = "fr"
    civility: str = ""  # "M." / "Mme" / "" (unknown: letters say « Madame, Monsieur »)

    def __post_init__(self) -> None:
        self.civility = parse_civility(self.civility)
        check_length(self.name, MAX_NAME, "The requester's name")
        check_length(self.postal_address, MAX_ADDRESS, "The postal address")
        check_length(self.phone, MAX_PHONE, "The phone number")
        self.name = " ".join(self.name.split())
        if not self.name:
            raise ValidationError("The requester's name is required.")
        self.email = normalise_email(self.email)
        if self.language not in LANGUAGES:
            raise ValidationError(
                "Language must be one of {languages}.", languages=", ".join(LANGUAGES)
            )
