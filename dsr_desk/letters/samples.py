"""A fictitious request suited to each kind of letter: what the wording editor previews."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from dsr_desk.domain.request_actions import ExtensionOutlook, ExtensionState
from dsr_desk.letters.context import ActivityView, Addressee, EntityLetterView, LetterData
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.read_models import RequestDetail, SuspensionView

SAMPLE_ACTIVITY = ActivityView(
    name="Exemple de traitement",
    purpose="Gestion de la relation avec les usagers",
    legal_basis="Exécution d'un contrat (article 6, paragraphe 1, b, du RGPD)",
    data_categories="Identité, coordonnées, historique des échanges",
    retention="Durée de la relation, puis cinq ans",
)
SAMPLE_RECIPIENT = Addressee("Société Destinataire SA", ("10 rue de l'Exemple", "75002 Paris"))

_REASONS = {
    "fr": "Motifs saisis par le service (exemple).",
    "en": "Reasons entered by the office (example).",
}


# The letters that tell how a request ended, and the outcome of their sample request.
_CLOSED_AS = {
    LetterKind.PARTIAL_REFUSAL: "partial",
    LetterKind.EXCESSIVE_REFUSAL: "excessive",
    LetterKind.NO_DATA: "no-data",
    LetterKind.WITHDRAWAL: "withdrawn",
    LetterKind.NO_REPLY_CLOSURE: "unanswered",
}
_GRANTED = {
    "fr": "Partie accordée, saisie par le service (exemple).",
    "en": "What is granted, as entered by the office (example).",
}
_WITHHELD = {
    "fr": "Partie refusée, saisie par le service (exemple).",
    "en": "What is withheld, as entered by the office (example).",
}


def sample_letter(
    entity: EntityLetterView, kind: LetterKind, lang: str, today: date, wording: str | None
) -> LetterData:
    """A complete letter of this kind for a fictitious requester of ``entity``."""
    received = today - timedelta(days=10)
    detail = RequestDetail(
        reference=f"DSR-{today.year}-0001",
        type="access",
        channel="letter",
        status="in-progress",
        summary="",
        received_on=received,
        requester_name="Camille Exemple",
        requester_email="camille@example.org",
        requester_address="8 allée des Tilleuls\n57000 Metz",
        requester_language=lang,
        entity=entity.name,
        entity_role=entity.role,
        assignee=None,
        due=received + timedelta(days=31),
        extended_due=received + timedelta(days=92),
        extension_notice_by=received + timedelta(days=31),
        effective_due=received + timedelta(days=31),
        on_hold_since=None,
        explanation=(),
        extended_on=None,
        extension_reason=None,
        extension=ExtensionOutlook(
            ExtensionState.POSSIBLE,
            received + timedelta(days=31),
            received + timedelta(days=92),
            21,
        ),
        closed_on=None,
        outcome_reason=None,
        last_contact_on=received,
        identity_verified=True,
        overdue=False,
        days_left=21,
        suspensions=(),
        identity_checks=(),
    )
    reasons = _REASONS[lang]
    extra: dict[str, object] = {}
    if kind is LetterKind.EXTENSION:
        detail = replace(
            detail, extended_on=today, extension_reason=reasons, effective_due=detail.extended_due
        )
    elif kind is LetterKind.REFUSAL:
        detail = replace(detail, status="refused", outcome_reason=reasons, closed_on=today)
    elif kind in (LetterKind.ID_REQUEST, LetterKind.CLARIFICATION):
        awaited = "identity" if kind is LetterKind.ID_REQUEST else "clarification"
        suspension = SuspensionView(today, awaited, reasons, entity.suspension_policy, None)
        detail = replace(
            detail, status="awaiting-information", on_hold_since=today, suspensions=(suspension,)
        )
    elif kind is LetterKind.OBJECTION_OUTCOME:
        detail = replace(detail, type="objection")
        extra["objection_grounds"] = reasons
    elif kind is LetterKind.RECIPIENT_NOTICE:
        detail = replace(detail, type="erasure")
        extra["recipient"] = SAMPLE_RECIPIENT
    elif kind in _CLOSED_AS:
        outcome = _CLOSED_AS[kind]
        detail = replace(
            detail,
            status="refused" if outcome == "excessive" else "completed",
            outcome=outcome,
            outcome_reason=reasons if outcome in ("partial", "excessive") else None,
            outcome_granted=_GRANTED[lang] if outcome == "partial" else None,
            outcome_withheld=_WITHHELD[lang] if outcome == "partial" else None,
            closed_on=today,
        )
        if kind is LetterKind.NO_REPLY_CLOSURE:
            asked = today - timedelta(days=95)
            detail = replace(
                detail,
                received_on=asked - timedelta(days=2),
                suspensions=(
                    SuspensionView(asked, "identity", reasons, entity.suspension_policy, None),
                ),
            )
    elif kind is LetterKind.FORWARD:
        detail = replace(detail, entity_role="processor")
        extra["recipient"] = SAMPLE_RECIPIENT
    if kind is LetterKind.COMPLETION and not entity.activities:
        entity = replace(entity, activities=(SAMPLE_ACTIVITY,))
    return LetterData(
        kind=kind,
        lang=lang,
        request=detail,
        entity=entity,
        today=today,
        signer="Dominique Exemple",
        wording=wording,
        **extra,  # type: ignore[arg-type]
    )
