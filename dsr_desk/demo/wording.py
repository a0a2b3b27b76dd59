"""The wording of the demo requests, in French and English: summaries, reasons, notes, and
the e-mail domains of the invented requesters."""

from __future__ import annotations

from typing import Final

from dsr_desk.domain.requests import InformationKind, RequestType

__all__ = [
    "DOCUMENT_KINDS",
    "EMAIL_DOMAINS",
    "EXTENSION_REASONS",
    "FORWARD_REASONS",
    "INFORMATION_REASONS",
    "KNOWN_EMAIL_NOTES",
    "REFUSAL_REASONS",
    "SUMMARIES",
    "TOPICS",
]

TOPICS: Final[dict[str, tuple[str, ...]]] = {
    "fr": (
        "mon dossier de candidature",
        "mon dossier scolaire",
        "mon compte sur la plateforme de formation en ligne",
        "mon inscription à une session de formation",
        "les feuilles de présence me concernant",
        "mon dossier de stagiaire",
        "la scolarité de mon enfant",
        "mon compte sur l'espace numérique de travail",
        "les données transmises par mon employeur",
    ),
    "en": (
        "my application file",
        "my student record",
        "my account on the e-learning platform",
        "my registration for a training session",
        "the attendance sheets about me",
        "my trainee file",
        "my child's schooling",
        "my account on the student portal",
        "the data my employer sent you",
    ),
}

SUMMARIES: Final[dict[str, dict[RequestType, tuple[str, ...]]]] = {
    "fr": {
        RequestType.ACCESS: (
            "Demande d'accès à mes données personnelles ({topic})",
            "Demande de copie de toutes les données me concernant",
            "Souhaite savoir quelles données sont conservées ({topic})",
        ),
        RequestType.ERASURE: (
            "Demande d'effacement des données liées à {topic}",
            "Suppression de mes données depuis la fin de ma scolarité",
            "Suppression de mon compte et de mes coordonnées",
        ),
        RequestType.MARKETING_OPT_OUT: (
            "Ne plus recevoir la lettre d'information ni les offres de formation",
            "Opposition aux e-mails de prospection commerciale",
            "Désinscription des invitations aux journées portes ouvertes",
        ),
        RequestType.OBJECTION: (
            "Opposition à l'utilisation de ma photo sur le site de l'école",
            "Opposition à l'utilisation de mes données pour les enquêtes de satisfaction",
            "Opposition à la communication de mes coordonnées aux partenaires",
        ),
        RequestType.RECTIFICATION: (
            "Rectification de mon adresse postale",
            "Correction de l'orthographe de mon nom sur mes attestations",
            "Mise à jour de mon adresse e-mail",
        ),
        RequestType.CONSENT_WITHDRAWAL: (
            "Retrait de mon consentement à l'utilisation de mon image",
            "Retrait du consentement donné pour mes informations d'allergies alimentaires",
        ),
        RequestType.PORTABILITY: (
            "Portabilité de mes résultats et attestations de formation",
            "Export de mes données de la plateforme d'apprentissage",
        ),
        RequestType.RESTRICTION: (
            "Limitation du traitement des données liées à {topic} le temps de les corriger",
            "Gel de mes données pendant l'examen de ma contestation",
        ),
    },
    "en": {
        RequestType.ACCESS: (
            "Request for access to my personal data ({topic})",
            "Request for a copy of all the data you hold about me",
            "Wants to know which data you keep ({topic})",
        ),
        RequestType.ERASURE: (
            "Request to erase the data linked to {topic}",
            "Delete my data now that I have left the school",
            "Deletion of my account and contact details",
        ),
        RequestType.MARKETING_OPT_OUT: (
            "Stop sending me the newsletter and training offers",
            "Objection to marketing e-mails",
            "Unsubscribe me from open-day invitations",
        ),
        RequestType.OBJECTION: (
            "Objection to my photo being used on the school website",
            "Objection to the use of my data for satisfaction surveys",
            "Objection to my details being passed to partners",
        ),
        RequestType.RECTIFICATION: (
            "Correction of my postal address",
            "My name is misspelt on my certificates",
            "Update of my e-mail address",
        ),
        RequestType.CONSENT_WITHDRAWAL: (
            "Withdrawal of my consent to the use of my image",
            "Withdrawal of consent for my food-allergy information",
        ),
        RequestType.PORTABILITY: (
            "Portability of my results and training certificates",
            "Export of my data from the learning platform",
        ),
        RequestType.RESTRICTION: (
            "Restrict processing of the data linked to {topic} until it is corrected",
            "Freeze my data while my complaint is examined",
        ),
    },
}

INFORMATION_REASONS: Final[dict[str, dict[InformationKind, tuple[str, ...]]]] = {
    "fr": {
        InformationKind.IDENTITY: (
            "justificatif d'identité",
            "justificatif d'identité (nom différent de celui du dossier)",
        ),
        InformationKind.CLARIFICATION: (
            "précision sur les données et la période concernées",
            "précision sur l'établissement ou la formation concernés",
        ),
    },
    "en": {
        InformationKind.IDENTITY: (
            "proof of identity",
            "proof of identity (name differs from our records)",
        ),
        InformationKind.CLARIFICATION: (
            "clarification of the data and period concerned",
            "clarification of the school or course concerned",
        ),
    },
}

EXTENSION_REASONS: Final[dict[str, tuple[str, ...]]] = {
    "fr": (
        "Demande complexe : données réparties entre plusieurs établissements",
        "Nombre élevé de demandes reçues pendant la période de rentrée",
        "Recherche nécessaire dans les archives papier",
    ),
    "en": (
        "Complex request: data held by several schools of the group",
        "High number of requests received during the start of the academic year",
        "Search needed in the paper archives",
    ),
}

REFUSAL_REASONS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "fr": {
        "erasure": (
            "Conservation imposée par une obligation légale (art. 17(3)(b) RGPD) : "
            "dossier scolaire et diplômes",
            "Données nécessaires à la constatation ou à la défense de droits en justice",
        ),
        "objection": (
            "Motifs légitimes et impérieux : traitement nécessaire au suivi pédagogique",
        ),
        "any": (
            "Demande manifestement excessive, répétition d'une demande déjà satisfaite "
            "(art. 12(5) RGPD)",
            "Identité du demandeur non établie malgré nos relances",
        ),
        "no-answer": ("Sans réponse à notre demande d'information, la demande est close",),
    },
    "en": {
        "erasure": (
            "Retention required by a legal obligation (GDPR Art. 17(3)(b)): "
            "school records and diplomas",
            "Data needed for the establishment or defence of legal claims",
        ),
        "objection": ("Compelling legitimate grounds: processing needed to follow studies",),
        "any": (
            "Manifestly excessive request, repeating one already answered (GDPR Art. 12(5))",
            "Identity of the requester not established despite our reminders",
        ),
        "no-answer": ("No answer to our request for information; the request is closed",),
    },
}

FORWARD_REASONS: Final[dict[str, str]] = {
    "fr": "Transmise sans délai à l'employeur client, responsable du traitement (art. 28 RGPD)",
    "en": "Forwarded without delay to the client employer, the controller (GDPR Art. 28)",
}

DOCUMENT_KINDS: Final[dict[str, tuple[str, ...]]] = {
    "fr": ("carte nationale d'identité", "passeport", "titre de séjour", "permis de conduire"),
    "en": ("passport", "driving licence", "national identity card"),
}

KNOWN_EMAIL_NOTES: Final[dict[str, str]] = {
    "fr": "Demande envoyée depuis l'adresse e-mail connue du dossier",
    "en": "Request sent from the e-mail address on file",
}

# Reserved, non-deliverable domains (RFC 2606 style): demo data can never reach a real mailbox.
EMAIL_DOMAINS: Final[dict[str, tuple[str, ...]]] = {
    "fr": ("example.fr", "exemple.test", "courriel.example", "mail.example"),
    "en": ("example.com", "example.org", "mail.example", "example.net"),
}
