"""What a letter is made of: the frozen read models in, the composed letter out.

``LetterData`` holds read models only (the request's ``RequestDetail``, an entity view with
its processing register and wording overrides, today, the signer, the language, the kind and
the few extra parameters a kind needs): letters never open the database.

``fit.check_fit`` says whether the kind suits the request; ``compose.compose`` turns a
``LetterData`` into the ``Composition`` defined here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.letters.wording import Block, default_wording
from dsr_desk.messages import N_
from dsr_desk.read_models import RequestDetail

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
    english: tuple[tuple[str, str], ...] = ()  # (field, English text) pairs, when typed

    def text(self, field_name: str, lang: str) -> str:
        """The field in the letter's language ('' when not written in that language)."""
        if lang == "fr":
            return str(getattr(self, field_name)).strip()
        return dict(self.english).get(field_name, "").strip()

    def lacks_english(self) -> bool:
        """Some French text has no English counterpart: no English letter may show it."""
        return any(
            str(getattr(self, name)).strip() and not self.text(name, "en")
            for name in ACTIVITY_TEXT_FIELDS
        )


ACTIVITY_TEXT_FIELDS: Final = (
    "name",
    "purpose",
    "legal_basis",
    "data_categories",
    "recipients",
    "retention",
    "source",
    "transfers",
    "automated_decisions",
)


@dataclass(frozen=True)
class BundleView:
    """The data bundle produced for the request (``request.bundle_exported``), as a letter
    names it when it says "enclosed"."""

    produced_on: date
    files: int
    fingerprint: str  # the manifest's SHA-256

    def name(self, reference: str) -> str:
        return f"{reference}-{self.fingerprint[:12]}"


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
    signer_title: str = ""  # the entity's default title under the signature
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
        return text_lines(self.address)


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


#: The texts recorded on a request that letters print, by the name a translation is given
#: under (``letter --translation NAME=TEXT``). They are typed in the request's language
#: (``RequestDetail.requester_language``): a letter in the other language prints their
#: translation, never the original — a letter never mixes two languages.
RECORDED_TEXTS: Final = {
    "reasons": N_("the reasons or what was done, recorded when the request was closed"),
    "granted": N_("what was granted (a partial answer)"),
    "withheld": N_("what was withheld (a partial answer)"),
    "extension-reasons": N_("the reasons of the extension"),
    "information": N_("the information asked (or why there is a doubt about the identity)"),
    "summary": N_("the request's summary"),
}


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
    # The facts a letter states, as recorded (the services read them): the data bundle
    # produced for the request, the register activities staff chose for an access answer
    # (None: not chosen yet), the signer's title, the reason for printing a late extension.
    bundle: BundleView | None = None
    activities: tuple[str, ...] | None = None
    signer_title: str = ""
    late_extension_reason: str | None = None
    wording: str | None = None  # replaces the entity's/default wording (editor preview)
    # The translations staff give, at letter time, of texts recorded in the request's
    # language when the letter is in the other one: (field of RECORDED_TEXTS, text) pairs.
    translations: tuple[tuple[str, str], ...] = ()
    # The other requests of the same message (``RequestDetail.linked``) are answered in the
    # same mailing (one PDF holding a letter for each): the letters say so.
    with_linked: bool = False

    @property
    def wording_text(self) -> str:
        return (
            self.wording if self.wording is not None else self.entity.wording(self.kind, self.lang)
        )

    def translation(self, field: str) -> str | None:
        """The translation given of the recorded text ``field`` (None: none given)."""
        text = dict(self.translations).get(field, "").strip()
        return text or None

    def typed_in_another_language(self, field: str, typed_in: str | None = None) -> bool:
        """True when the recorded text ``field`` is in another language than this letter's:
        ``typed_in`` when given, else as the request records it (``RequestDetail.typed_in``)."""
        language = typed_in or self.request.typed_in(field) or self.lang
        return language != self.lang

    @property
    def needs_disclosure_override(self) -> bool:
        """Would this letter disclose data to a requester whose identity is not verified?"""
        return discloses_unverified(self.request, self.kind)


def discloses_unverified(detail: RequestDetail, kind: LetterKind) -> bool:
    """Would a letter of ``kind`` disclose data to a requester whose identity is not verified
    (then a written reason is required, and audited)?"""
    return (
        kind is LetterKind.COMPLETION
        and detail.type in DISCLOSING_TYPES
        and not detail.identity_verified
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


def text_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())
