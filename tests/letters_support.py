"""Read models and PDF reading shared by the letter tests."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from typing import Any

from pypdf import PdfReader

from dsr_desk.domain.request_actions import ExtensionOutlook, ExtensionState
from dsr_desk.letters.context import ActivityView, EntityLetterView, LetterData
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.read_models import RequestDetail, SuspensionView

TODAY = date(2026, 2, 16)
REGISTER = (
    ActivityView(
        name="Scolarité et vie scolaire",
        purpose="Gestion des inscriptions et de la scolarité des élèves",
        legal_basis="Exécution d'un contrat (article 6, paragraphe 1, b, du RGPD)",
        data_categories="Identité, coordonnées, résultats scolaires",
        recipients="Rectorat ; prestataire de l'ENT",
        retention="Durée de la scolarité, puis dix ans en archive intermédiaire",
        english=(
            ("name", "Schooling and school life"),
            ("purpose", "Managing the pupils' enrolment and schooling"),
            ("legal_basis", "Performance of a contract (Article 6(1)(b) GDPR)"),
            ("data_categories", "Identity, contact details, school results"),
            ("recipients", "Education authority; digital workspace provider"),
            ("retention", "Length of schooling, then ten years in intermediate archive"),
        ),
    ),
    ActivityView(
        name="Lettre d'information des anciens élèves",
        purpose="Information sur les événements de l'association",
        legal_basis="Intérêt légitime (article 6, paragraphe 1, f, du RGPD)",
        data_categories="Identité, adresse électronique, promotion",
        recipients="Routeur d'e-mails",
        retention="Trois ans à compter du dernier contact",
        source="Annuaire des anciens élèves",
        transfers="États-Unis : clauses contractuelles types (décision 2021/914)",
        automated_decisions="Segmentation automatique par promotion, sans effet juridique",
        english=(
            ("name", "Alumni newsletter"),
            ("purpose", "Information about the association's events"),
            ("legal_basis", "Legitimate interest (Article 6(1)(f) GDPR)"),
            ("data_categories", "Identity, e-mail address, year group"),
            ("recipients", "E-mail routing provider"),
            ("retention", "Three years from the last contact"),
            ("source", "Alumni directory"),
            ("transfers", "United States: standard contractual clauses (decision 2021/914)"),
            ("automated_decisions", "Automatic segmentation by year group, no legal effect"),
        ),
    ),
)
ENTITY = EntityLetterView(
    name="Lycée François-Mauriac",
    address="Service juridique\n12 rue de l'École\n75006 Paris",
    dpo_contact="dpo@lycee-exemple.fr",
    activities=REGISTER,
)


def make_detail(**changes: Any) -> RequestDetail:
    base = RequestDetail(
        reference="DSR-2026-0042",
        type="access",
        channel="letter",
        status="in-progress",
        summary="",
        received_on=date(2026, 1, 16),
        requester_name="Hélène Bœuf",
        requester_email="helene@exemple.fr",
        requester_address="8 allée des Tilleuls\n57000 Metz",
        requester_language="fr",
        entity=ENTITY.name,
        entity_role="controller",
        assignee=None,
        due=date(2026, 2, 16),
        extended_due=date(2026, 4, 16),
        extension_notice_by=date(2026, 2, 16),
        effective_due=date(2026, 2, 16),
        on_hold_since=None,
        explanation=(),
        extended_on=None,
        extension_reason=None,
        extension=ExtensionOutlook(
            ExtensionState.POSSIBLE, date(2026, 2, 16), date(2026, 4, 16), days_left=0
        ),
        closed_on=None,
        outcome_reason=None,
        last_contact_on=None,
        identity_verified=True,
        overdue=False,
        days_left=0,
        suspensions=(),
        identity_checks=(),
    )
    return replace(base, **changes)


#: The means of identification staff offered, least intrusive first (identity only).
MEANS = ("known-email", "id-copy-masked")


def suspended(
    kind: str,
    reason: str = "Le nom de la demande ne correspond pas à celui de notre dossier.",
    means: tuple[str, ...] = MEANS,
) -> dict[str, Any]:
    offered = means if kind == "identity" else ()
    return {
        "status": "awaiting-information",
        "on_hold_since": date(2026, 2, 1),
        "suspensions": (
            SuspensionView(date(2026, 2, 1), kind, reason, "restart", None, None, offered),
        ),
    }


def make_letter(kind: LetterKind, lang: str = "fr", **changes: Any) -> LetterData:
    values: dict[str, Any] = {
        "kind": kind,
        "lang": lang,
        "request": make_detail(),
        "entity": ENTITY,
        "today": TODAY,
        "signer": "Claire Dumoulin",
        "activities": tuple(a.name for a in REGISTER),  # staff chose them all
    }
    values.update(changes)
    # the texts recorded on the request are in its language: by default, the letter's
    request = values["request"]
    if "translations" not in changes and request.requester_language != lang:
        values["request"] = replace(request, requester_language=lang)
    return LetterData(**values)


def pdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Compare texts whatever the line breaks, no-break spaces and apostrophes."""
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(pdf: bytes) -> str:
    return flat(" ".join(pdf_pages(pdf)))


# The letters telling how a request ended (issue 16), and the outcome of their request.
CLOSED_AS = {
    LetterKind.PARTIAL_REFUSAL: "partial",
    LetterKind.EXCESSIVE_REFUSAL: "excessive",
    LetterKind.NO_DATA: "no-data",
    LetterKind.WITHDRAWAL: "withdrawn",
    LetterKind.NO_REPLY_CLOSURE: "unanswered",
}
GRANTED = "Copie des notes du premier trimestre."
WITHHELD = "Copie des appréciations des autres élèves."
REASONS = "Elles concernent des tiers (article 15, paragraphe 4, du RGPD)."
ASKED = "Une copie de votre carte d'élève."


def closed_detail(outcome: str, **changes: Any) -> RequestDetail:
    """A request closed as ``outcome`` on 12/02/2026, with what that outcome records."""
    recorded: dict[str, Any] = {
        "status": "refused" if outcome == "excessive" else "completed",
        "outcome": outcome,
        "closed_on": date(2026, 2, 12),
    }
    if outcome in ("partial", "excessive"):
        recorded["outcome_reason"] = REASONS
    if outcome == "partial":
        recorded |= {"outcome_granted": GRANTED, "outcome_withheld": WITHHELD}
    if outcome == "unanswered":
        recorded["suspensions"] = (
            SuspensionView(date(2026, 1, 20), "identity", ASKED, "restart", None),
        )
    return make_detail(**(recorded | changes))
