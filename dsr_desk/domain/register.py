"""The processing register (GDPR Art. 30) of an entity: what an access answer must tell
(Art. 15(1)): purposes, categories of data, recipients, retention, source, transfers."""

from __future__ import annotations

from dataclasses import dataclass

from dsr_desk.domain.errors import ValidationError
from dsr_desk.messages import N_, Text


@dataclass(eq=False)
class ProcessingActivity:
    name: str  # short title, e.g. "Pupil enrolment and school life"
    purpose: str
    legal_basis: str  # e.g. "contract (Art. 6(1)(b))"
    data_categories: str
    recipients: str = ""
    retention: str = ""
    source: str = ""  # where the data comes from when not from the person
    transfers: str = ""  # transfers outside the EEA and their safeguards (Art. 15(2))
    automated_decisions: str = ""  # Art. 22 decisions, or empty when none
    position: int = 0
    # The same in English, for letters in English (never French text in an English letter).
    name_en: str = ""
    purpose_en: str = ""
    legal_basis_en: str = ""
    data_categories_en: str = ""
    recipients_en: str = ""
    retention_en: str = ""
    source_en: str = ""
    transfers_en: str = ""
    automated_decisions_en: str = ""

    def __post_init__(self) -> None:
        for label, value in (
            (N_("name"), self.name),
            (N_("purpose"), self.purpose),
            (N_("legal basis"), self.legal_basis),
            (N_("data categories"), self.data_categories),
        ):
            if not value.strip():
                raise ValidationError("A processing activity needs its {label}.", label=Text(label))


@dataclass(eq=False)
class LetterOverride:
    """An entity's own wording for one letter kind in one language (named placeholders)."""

    kind: str
    lang: str
    body: str
