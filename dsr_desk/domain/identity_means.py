"""What a requester may send to confirm their identity: proportionate means, least intrusive
first (EDPB Guidelines 01/2022 on the right of access, on identifying the person: the
controller asks only what is necessary and proportionate; a copy of an identity document only
where less intrusive means do not suffice, with the details not needed — such as the
photograph — masked).

Staff choose one or more of these when they ask for identification; the ID-request letter
lists the chosen ones in this order. Pure: plain values.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Final

from dsr_desk.domain.errors import ValidationError


class IdMeans(StrEnum):
    """One way of confirming the requester's identity, in order of intrusiveness."""

    KNOWN_EMAIL = "known-email"  # a reply from the e-mail address we already know
    CUSTOMER_NUMBER = "customer-number"  # a customer, member or student number we issued
    RECENT_LETTER = "recent-letter"  # a recent letter or invoice we sent them
    ID_COPY_MASKED = "id-copy-masked"  # a copy of an ID document, photograph masked


#: The means, least intrusive first (the order the dialog offers and the letter lists them).
PROPORTIONATE_MEANS: Final = tuple(IdMeans)

#: Staff labels (English source; the GUI translates them).
MEANS_LABELS: Final = {
    IdMeans.KNOWN_EMAIL: "A reply from the e-mail address we already know",
    IdMeans.CUSTOMER_NUMBER: "Their customer, member or student number",
    IdMeans.RECENT_LETTER: "A recent letter or invoice we sent them",
    IdMeans.ID_COPY_MASKED: "A copy of an ID document, photograph masked",
}


def parse_means(values: Iterable[str | IdMeans]) -> tuple[IdMeans, ...]:
    """The means named by ``values`` (their codes), without repeats, least intrusive first;
    ``ValidationError`` naming an unknown one."""
    chosen: set[IdMeans] = set()
    for value in values:
        text = str(value).strip().lower()
        if not text:
            continue
        try:
            chosen.add(IdMeans(text))
        except ValueError:
            names = ", ".join(m.value for m in IdMeans)
            raise ValidationError(
                "{value!r} is not a means of identification; choose among {names}.",
                value=value,
                names=names,
            ) from None
    return tuple(m for m in PROPORTIONATE_MEANS if m in chosen)


def means_field(means: Iterable[IdMeans]) -> str:
    """The means as stored with the suspension (codes separated by commas)."""
    return ",".join(m.value for m in means)


def means_of(field: str) -> tuple[IdMeans, ...]:
    """The means stored by ``means_field`` (unknown codes ignored)."""
    known = {m.value for m in IdMeans}
    return parse_means(code for code in field.split(",") if code.strip() in known)
