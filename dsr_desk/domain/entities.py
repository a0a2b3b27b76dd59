"""Legal entities (brands) a DPO office answers for, with their deadline and retention settings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.limits import MAX_ADDRESS, MAX_NAME, check_length
from dsr_desk.domain.register import LetterOverride, ProcessingActivity
from dsr_desk.domain.rights import DEFAULT_ON_HOLD_MONTHS, DEFAULT_WITHOUT_DELAY_DAYS
from dsr_desk.domain.text import find_named
from dsr_desk.messages import N_, Text

# ID copies for objections: CNIL's figure is 3 years; at most 6, the limitation period of
# délits (art. 8 of the Code de procédure pénale since the law of 27 February 2017).
OBJECTION_RETENTION_MAX_YEARS = 6
# Request records themselves are anonymised this long after closure: the civil limitation
# period (art. 2224 of the Code civil), within which a claim about the answer may be brought.
RECORD_RETENTION_DEFAULT_YEARS = 5
RECORD_RETENTION_MAX_YEARS = 30
LOGO_MAX_BYTES = 1024 * 1024  # a letterhead logo (PNG or JPEG) is at most 1 MiB


class Role(StrEnum):
    """Whether the entity decides the processing (controller) or acts for a client (processor)."""

    CONTROLLER = "controller"
    PROCESSOR = "processor"


@dataclass(eq=False)
class Entity:
    """A legal entity or brand: letterhead, DPO contact, holiday calendar and retention rules."""

    name: str
    address: str = ""
    dpo_contact: str = ""
    country: str = "FR"
    subdivision: str | None = None
    role: Role = Role.CONTROLLER
    suspension_policy: SuspensionPolicy = SuspensionPolicy.RESTART
    retention_access_years: int = 1
    retention_objection_years: int = 3
    retention_other_years: int = 1
    minimisation: bool = False
    # "Without delay" (a marketing opt-out, Art. 21(3)) in working days, shown as a due date.
    without_delay_days: int = DEFAULT_WITHOUT_DELAY_DAYS
    # A request on hold (waiting for the requester) longer than this many months is flagged,
    # and its closure for lack of reply proposed.
    on_hold_months: int = DEFAULT_ON_HOLD_MONTHS
    retention_records_years: int = RECORD_RETENTION_DEFAULT_YEARS
    logo: bytes | None = field(default=None, repr=False)  # PNG or JPEG for the letterhead
    processing_activities: list[ProcessingActivity] = field(default_factory=list)
    letter_overrides: list[LetterOverride] = field(default_factory=list)
    # The signer's title on letters when the user set none of their own.
    signer_title: str = ""

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        check_length(self.name, MAX_NAME, "The entity's name")
        check_length(self.address, MAX_ADDRESS, "The entity's address")
        check_length(self.dpo_contact, MAX_ADDRESS, "The DPO contact")
        check_length(self.signer_title, MAX_NAME, "The signer's title")
        if not self.name.strip():
            raise ValidationError("An entity needs a name.")
        if not self.country or len(self.country) != 2 or not self.country.isalpha():
            raise ValidationError(
                "Country must be a two-letter code such as FR, not {country!r}.",
                country=self.country,
            )
        if not 1 <= self.retention_objection_years <= OBJECTION_RETENTION_MAX_YEARS:
            raise ValidationError(
                "ID copies for objection requests are kept between 1 and "
                "{objection_retention_max_years} years (3 by default).",
                objection_retention_max_years=OBJECTION_RETENTION_MAX_YEARS,
            )
        for label, years in (
            (N_("access/rectification"), self.retention_access_years),
            (N_("other requests"), self.retention_other_years),
        ):
            if not 0 <= years <= 10:
                raise ValidationError(
                    "Retention for {label} must be between 0 and 10 years.", label=Text(label)
                )
        if not 1 <= self.without_delay_days <= 30:
            raise ValidationError(
                "'Without delay' (a marketing opt-out) is between 1 and 30 working days "
                "({default_without_delay_days} by default).",
                default_without_delay_days=DEFAULT_WITHOUT_DELAY_DAYS,
            )
        if not 1 <= self.on_hold_months <= 24:
            raise ValidationError(
                "A request is flagged as on hold too long after 1 to 24 months "
                "({default_on_hold_months} by default).",
                default_on_hold_months=DEFAULT_ON_HOLD_MONTHS,
            )
        if not 1 <= self.retention_records_years <= RECORD_RETENTION_MAX_YEARS:
            raise ValidationError(
                "Request records are anonymised between 1 and {record_retention_max_years} years "
                "after closure ({record_retention_default_years} by default).",
                record_retention_max_years=RECORD_RETENTION_MAX_YEARS,
                record_retention_default_years=RECORD_RETENTION_DEFAULT_YEARS,
            )
        if self.logo is not None:
            if not isinstance(self.logo, bytes):
                raise ValidationError("A logo is the bytes of a PNG or JPEG image.")
            if len(self.logo) > LOGO_MAX_BYTES:
                raise ValidationError(
                    "A logo is at most {logo_max_bytes} MB (this one is {count:.1f} MB).",
                    logo_max_bytes=LOGO_MAX_BYTES // 1024 // 1024,
                    count=len(self.logo) / 1024 / 1024,
                )


def entity_named(entities: Iterable[Entity], typed: str) -> Entity | None:
    """The entity the user means by ``typed``: spelt exactly, else ignoring case and accents
    ("ecole pilote" means "École Pilote"). The CLI's ``--entity``, the services and the
    register's filter all resolve a typed name this way."""
    return find_named(entities, typed, lambda entity: entity.name)
