"""Sentences and labels that depend on the request (its type, channel, the entity's policy)
and the fixed sentences the law requires, in French and English.

These fill the wording's placeholders or are added by the renderer; the fixed legal sentences
(recourse, Art. 15 annex, "the French version prevails") are deliberately kept out of the
editable wording so that no entity override can remove them.
"""

from __future__ import annotations

from typing import Final

Table = dict[str, dict[str, str]]

REQUEST_TYPES: Final[Table] = {
    "fr": {
        "access": "demande d'accès à vos données personnelles (article 15 du RGPD)",
        "rectification": "demande de rectification de vos données personnelles "
        "(article 16 du RGPD)",
        "erasure": "demande d'effacement de vos données personnelles (article 17 du RGPD)",
        "restriction": "demande de limitation du traitement de vos données personnelles "
        "(article 18 du RGPD)",
        "objection": "demande d'opposition au traitement de vos données personnelles "
        "(article 21 du RGPD)",
        "portability": "demande de portabilité de vos données personnelles (article 20 du RGPD)",
        "marketing-opt-out": "demande d'opposition à la prospection commerciale "
        "(article 21, paragraphe 2, du RGPD)",
        "consent-withdrawal": "demande de retrait de votre consentement "
        "(article 7, paragraphe 3, du RGPD)",
        "automated-decision": "demande d'intervention humaine sur une décision automatisée "
        "vous concernant (article 22, paragraphe 3, du RGPD)",
    },
    "en": {
        "access": "request for access to your personal data (Article 15 GDPR)",
        "rectification": "request for rectification of your personal data (Article 16 GDPR)",
        "erasure": "request for erasure of your personal data (Article 17 GDPR)",
        "restriction": "request for restriction of the processing of your personal data "
        "(Article 18 GDPR)",
        "objection": "objection to the processing of your personal data (Article 21 GDPR)",
        "portability": "request for the portability of your personal data (Article 20 GDPR)",
        "marketing-opt-out": "objection to direct marketing (Article 21(2) GDPR)",
        "consent-withdrawal": "withdrawal of your consent (Article 7(3) GDPR)",
        "automated-decision": "request for human intervention on an automated decision "
        "concerning you (Article 22(3) GDPR)",
    },
}

# The same, for letters to a third party (the controller, a recipient).
REQUEST_TYPES_NEUTRAL: Final[Table] = {
    "fr": {
        "access": "demande d'accès (article 15 du RGPD)",
        "rectification": "demande de rectification (article 16 du RGPD)",
        "erasure": "demande d'effacement (article 17 du RGPD)",
        "restriction": "demande de limitation du traitement (article 18 du RGPD)",
        "objection": "demande d'opposition (article 21 du RGPD)",
        "portability": "demande de portabilité (article 20 du RGPD)",
        "marketing-opt-out": "demande d'opposition à la prospection commerciale "
        "(article 21 du RGPD)",
        "consent-withdrawal": "demande de retrait du consentement (article 7 du RGPD)",
        "automated-decision": "demande d'intervention humaine sur une décision automatisée "
        "(article 22 du RGPD)",
    },
    "en": {
        "access": "request for access (Article 15 GDPR)",
        "rectification": "request for rectification (Article 16 GDPR)",
        "erasure": "request for erasure (Article 17 GDPR)",
        "restriction": "request for restriction of processing (Article 18 GDPR)",
        "objection": "objection to processing (Article 21 GDPR)",
        "portability": "request for data portability (Article 20 GDPR)",
        "marketing-opt-out": "objection to direct marketing (Article 21 GDPR)",
        "consent-withdrawal": "withdrawal of consent (Article 7(3) GDPR)",
        "automated-decision": "request for human intervention on an automated decision "
        "(Article 22(3) GDPR)",
    },
}

CHANNELS: Final[Table] = {
    "fr": {
        "email": "par courrier électronique",
        "letter": "par courrier postal",
        "form": "par l'intermédiaire de notre formulaire en ligne",
        "phone": "par téléphone",
        "in-person": "lors de votre venue dans nos locaux",
        "other": "par l'un de nos canaux de contact",
    },
    "en": {
        "email": "by e-mail",
        "letter": "by post",
        "form": "through our online form",
        "phone": "by telephone",
        "in-person": "when you visited our premises",
        "other": "through one of our contact channels",
    },
}

# (what is awaited, the entity's suspension policy) → how the deadline is affected
DEADLINE_EFFECT: Final[dict[str, dict[tuple[str, str], str]]] = {
    "fr": {
        ("identity", "restart"): "Conformément aux lignes directrices 01/2022 du Comité "
        "européen de la protection des données (CEPD) sur le droit d'accès, le délai de réponse "
        "est suspendu depuis le {asked_date}, dans l'attente de ces éléments ; un nouveau délai "
        "d'un mois courra à compter de leur réception.",
        ("identity", "pause"): "Conformément aux lignes directrices 01/2022 du Comité européen "
        "de la protection des données (CEPD) sur le droit d'accès, le délai de réponse est "
        "suspendu depuis le {asked_date}, dans l'attente de ces éléments ; il reprendra à "
        "compter de leur réception, pour la durée qui restait à courir.",
        ("identity", "without-delay"): "Nous donnerons suite à votre demande sans délai dès "
        "réception de ces éléments.",
        ("clarification", "restart"): "Dans l'attente de ces précisions, le délai de réponse "
        "est suspendu depuis le {asked_date} ; un nouveau délai d'un mois courra à compter de "
        "leur réception.",
        ("clarification", "pause"): "Dans l'attente de ces précisions, le délai de réponse est "
        "suspendu depuis le {asked_date} ; il reprendra à compter de leur réception, pour la "
        "durée qui restait à courir.",
    },
    "en": {
        ("identity", "restart"): "In accordance with the European Data Protection Board's "
        "Guidelines 01/2022 on the right of access, the time limit for our reply has been "
        "suspended since {asked_date}, pending this information; a new period of one month "
        "will start from the day we receive it.",
        ("identity", "pause"): "In accordance with the European Data Protection Board's "
        "Guidelines 01/2022 on the right of access, the time limit for our reply has been "
        "suspended since {asked_date}, pending this information; it will resume from the day "
        "we receive it, for the time that remained.",
        ("identity", "without-delay"): "We will act on your request without delay once we "
        "receive this information.",
        ("clarification", "restart"): "Pending these details, the time limit for our reply has "
        "been suspended since {asked_date}; a new period of one month will start from the day "
        "we receive them.",
        ("clarification", "pause"): "Pending these details, the time limit for our reply has "
        "been suspended since {asked_date}; it will resume from the day we receive them, for "
        "the time that remained.",
    },
}

ID_COPY_KEPT: Final = {
    "fr": "Si vous choisissez de nous adresser la copie d'une pièce d'identité, elle sera "
    "conservée sous forme chiffrée, uniquement {retention}, puis détruite.",
    "en": "If you choose to send us a copy of an identity document, it will be kept "
    "encrypted, only {retention}, and then destroyed.",
}
ID_COPY_NONE: Final = {
    "fr": "Nous ne conserverons aucune copie des documents que vous nous présenterez : nous "
    "consignerons seulement la date de la vérification et la nature du document.",
    "en": "We will keep no copy of the documents you show us: we will only record the date "
    "of the check and the kind of document.",
}
YEARS: Final = {
    "fr": ("", "un an", "deux ans", "trois ans", "quatre ans", "cinq ans", "six ans",
           "sept ans", "huit ans", "neuf ans", "dix ans"),
    "en": ("", "one year", "two years", "three years", "four years", "five years", "six years",
           "seven years", "eight years", "nine years", "ten years"),
}  # fmt: skip
RETENTION_AFTER_CLOSURE: Final = {
    "fr": "pendant {years} à compter de la clôture de votre demande",
    "en": "for {years} after your request is closed",
}
RETENTION_AFTER_CONTACT: Final = {
    "fr": "pendant {years} à compter de notre dernier échange, en archive à accès restreint",
    "en": "for {years} after our last exchange, in a restricted-access archive",
}
RETENTION_UNTIL_CLOSURE: Final = {
    "fr": "jusqu'à la clôture de votre demande",
    "en": "until your request is closed",
}

# What was done, per type. Nothing here says "enclosed" or names recipients: those sentences
# come from what was recorded (letters.recorded: the bundle produced, the Art. 19 notices).
# The types ending with "as follows:" require the closing note saying what was done.
COMPLETION: Final[Table] = {
    "fr": {
        "access": "Vous trouverez en annexe les informations prévues à l'article 15 du RGPD "
        "sur les traitements dont vos données font l'objet.",
        "rectification": "Nous avons procédé à la rectification des données vous concernant "
        "(article 16 du RGPD), comme suit :",
        "erasure": "Nous avons procédé à l'effacement des données personnelles vous concernant "
        "(article 17 du RGPD), comme suit :",
        "restriction": "Nous avons procédé à la limitation du traitement des données vous "
        "concernant (article 18 du RGPD) : hormis leur conservation, elles ne seront plus "
        "traitées que dans les cas prévus par cet article, et nous vous informerons avant que "
        "cette limitation ne soit levée. Cette limitation porte sur :",
        "objection": "Nous avons fait droit à votre opposition (article 21 du RGPD) : le "
        "traitement de vos données auquel vous vous êtes opposé(e) a cessé, comme suit :",
        "portability": "Conformément à l'article 20 du RGPD, nous vous communiquons les "
        "données personnelles que vous nous avez fournies, dans un format structuré, "
        "couramment utilisé et lisible par machine (fichiers JSON et CSV, accompagnés d'un "
        "récapitulatif lisible et d'un inventaire des fichiers).",
        "marketing-opt-out": "Nous avons pris en compte votre opposition à la prospection "
        "commerciale : vos coordonnées ne seront plus utilisées à cette fin (article 21, "
        "paragraphes 2 et 3, du RGPD). Nous les conservons uniquement dans une liste "
        "d'opposition, afin de garantir le respect de votre choix.",
        "consent-withdrawal": "Nous avons pris en compte le retrait de votre consentement "
        "(article 7, paragraphe 3, du RGPD) : les traitements qui reposaient sur celui-ci ont "
        "cessé, et les données dont le traitement n'avait pas d'autre fondement sont effacées "
        "(article 17, paragraphe 1, point b). Ce retrait ne remet pas en cause la licéité des "
        "traitements effectués auparavant. Concrètement :",
        "automated-decision": "Conformément à l'article 22, paragraphe 3, du RGPD, la décision "
        "automatisée vous concernant a été réexaminée par une personne de nos services, en "
        "tenant compte de votre point de vue. Ce réexamen a conduit au résultat suivant :",
    },
    "en": {
        "access": "Please find in the annex the information required by Article 15 GDPR "
        "about the processing of your data.",
        "rectification": "We have rectified the personal data concerning you (Article 16 "
        "GDPR), as follows:",
        "erasure": "We have erased the personal data concerning you (Article 17 GDPR), as follows:",
        "restriction": "We have restricted the processing of the personal data concerning you "
        "(Article 18 GDPR): apart from storage, they will only be processed in the cases set "
        "out in that Article, and we will inform you before the restriction is lifted. The "
        "restriction covers:",
        "objection": "We have upheld your objection (Article 21 GDPR): the processing of your "
        "data to which you objected has stopped, as follows:",
        "portability": "In accordance with Article 20 GDPR, we are providing the personal "
        "data you gave us, in a structured, commonly used and machine-readable format (JSON "
        "and CSV files, with a readable overview and a list of the files).",
        "marketing-opt-out": "We have recorded your objection to direct marketing: your "
        "contact details will no longer be used for that purpose (Article 21(2) and (3) GDPR). "
        "We keep them only on a suppression list, so that your choice is respected.",
        "consent-withdrawal": "We have recorded the withdrawal of your consent (Article 7(3) "
        "GDPR): the processing that relied on it has stopped, and the data with no other "
        "legal basis are erased (Article 17(1)(b) GDPR). The withdrawal does not affect the "
        "lawfulness of the processing carried out before it. In practice:",
        "automated-decision": "In accordance with Article 22(3) GDPR, the automated decision "
        "concerning you has been reviewed by a member of our staff, taking your point of view "
        "into account. The outcome of this review is as follows:",
    },
}
# The types whose completion letter must say what was done (the closing note).
SAYS_WHAT_WAS_DONE: Final = frozenset(
    {
        "rectification",
        "erasure",
        "restriction",
        "objection",
        "consent-withdrawal",
        "automated-decision",
    }
)

REFUSAL_STATEMENT: Final[Table] = {
    "fr": {
        "full": "nous ne sommes pas en mesure de donner suite à votre demande",
        "partial": "nous ne sommes en mesure de donner suite à votre demande que partiellement",
    },
    "en": {
        "full": "we are unable to act on your request",
        "partial": "we can act on your request only in part",
    },
}

_BALANCING: Final = {
    "fr": "Nous avons examiné votre demande au regard de votre situation particulière, en "
    "mettant en balance les raisons que vous invoquez et l'intérêt légitime sur lequel repose "
    "ce traitement (article 21, paragraphe 1, du RGPD).",
    "en": "We have examined your objection in the light of your particular situation, weighing "
    "the grounds you put forward against the legitimate interest on which this processing is "
    "based (Article 21(1) GDPR).",
}
OBJECTION_DECISION: Final[Table] = {
    "fr": {
        "marketing": "Votre opposition porte sur l'utilisation de vos données à des fins de "
        "prospection commerciale. Dans ce cas, elle n'a pas à être motivée et il y est fait "
        "droit sans condition (article 21, paragraphes 2 et 3, du RGPD) : vos données ne sont "
        "plus utilisées à cette fin. Nous conservons uniquement vos coordonnées dans une liste "
        "d'opposition, afin de garantir le respect de votre choix.",
        "granted": _BALANCING["fr"] + " À l'issue de cet examen, nous faisons droit à votre "
        "opposition : le traitement de vos données à cette fin a cessé. Notre analyse est la "
        "suivante :",
        "rejected": _BALANCING["fr"] + " À l'issue de cet examen, nous justifions de motifs "
        "légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés ; nous ne "
        "sommes donc pas en mesure de faire droit à votre opposition. Ces motifs sont les "
        "suivants :",
    },
    "en": {
        "marketing": "Your objection concerns the use of your data for direct marketing. In "
        "that case no reasons need be given and the objection is always granted (Article 21(2) "
        "and (3) GDPR): your data are no longer used for that purpose. We keep your contact "
        "details only on a suppression list, so that your choice is respected.",
        "granted": _BALANCING["en"] + " Having done so, we uphold your objection: the "
        "processing of your data for this purpose has stopped. Our assessment is as follows:",
        "rejected": _BALANCING["en"] + " Having done so, we can demonstrate compelling "
        "legitimate grounds which override your interests, rights and freedoms; we are "
        "therefore unable to uphold your objection. These grounds are as follows:",
    },
}

# Who asks, in the acknowledgement: the letter goes to the requester and names the data
# subject when the requester acts for them (``RequestDetail.capacity``).
ON_BEHALF: Final[Table] = {
    "fr": {
        "representative": "Vous formulez cette demande au nom de {subject_name}, en qualité de "
        "mandataire.",
        "guardian": "Vous formulez cette demande au nom de {subject_name}, en qualité de "
        "parent ou de représentant légal.",
        "heir": "Vous formulez cette demande en qualité d'héritier de {subject_name}, au titre "
        "de l'article 85 II de la loi Informatique et Libertés.",
    },
    "en": {
        "representative": "You make this request on behalf of {subject_name}, as their "
        "representative.",
        "guardian": "You make this request on behalf of {subject_name}, as their parent or "
        "guardian.",
        "heir": "You make this request as an heir of {subject_name}, under article 85 II of "
        "the French Data Protection Act (loi Informatique et Libertés).",
    },
}
RECIPIENT_ACTION: Final[Table] = {
    "fr": {
        "rectification": "la rectification",
        "erasure": "l'effacement",
        "restriction": "la limitation du traitement",
    },
    "en": {
        "rectification": "the rectification",
        "erasure": "the erasure",
        "restriction": "the restriction of processing",
    },
}
RECIPIENT_REQUEST: Final[Table] = {
    "fr": {
        "rectification": "Nous vous remercions de bien vouloir procéder à la même rectification "
        "dans vos propres fichiers ; les données rectifiées vous sont communiquées sous pli "
        "séparé.",
        "erasure": "Nous vous remercions de bien vouloir effacer à votre tour ces données, sous "
        "réserve des obligations légales de conservation qui vous incomberaient.",
        "restriction": "Nous vous remercions de bien vouloir limiter à votre tour le traitement "
        "de ces données : hormis leur conservation, elles ne peuvent plus être traitées que "
        "dans les cas prévus à l'article 18, paragraphe 2, du RGPD.",
    },
    "en": {
        "rectification": "We would be grateful if you could make the same rectification in "
        "your own records; the rectified data are sent to you under separate cover.",
        "erasure": "We would be grateful if you could erase these data in turn, subject to any "
        "legal obligation to retain them that may apply to you.",
        "restriction": "We would be grateful if you could restrict the processing of these "
        "data in turn: apart from storage, they may only be processed in the cases set out in "
        "Article 18(2) GDPR.",
    },
}

# -- fixed sentences: added by the renderer, never part of an editable wording ---------------

RECOURSE: Final[dict[str, tuple[str, str]]] = {
    "fr": (
        "Vous disposez du droit d'introduire une réclamation auprès de la Commission nationale "
        "de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris "
        "Cedex 07 (www.cnil.fr).",
        "Vous disposez également du droit de former un recours juridictionnel.",
    ),
    "en": (
        "You have the right to lodge a complaint with the French data protection authority, "
        "the Commission nationale de l'informatique et des libertés (CNIL), 3 place de "
        "Fontenoy, TSA 80715, 75334 Paris Cedex 07, France (www.cnil.fr).",
        "You also have the right to seek a judicial remedy.",
    ),
}
FRENCH_PREVAILS: Final = (
    "This English version of our letter is provided for your convenience. A French version is "
    "available on request; should the two differ, the French version prevails."
)

# « Madame, Monsieur » only when the requester's civility is not known.
SALUTATION: Final[Table] = {
    "fr": {"": "Madame, Monsieur,", "M.": "Monsieur,", "Mme": "Madame,"},
    "en": {"": "Dear Sir or Madam,", "M.": "Dear Sir,", "Mme": "Dear Madam,"},
}
CIVILITY_ADDRESS: Final[Table] = {
    "fr": {"": "Madame, Monsieur", "M.": "Monsieur", "Mme": "Madame"},
    "en": {"": "Sir or Madam", "M.": "Sir", "Mme": "Madam"},
}

DEFAULT_SALUTATION: Final = {
    ("fr", "requester"): "{salutation}",
    ("fr", "recipient"): "Madame, Monsieur,",
    ("en", "requester"): "Dear {requester_name},",
    ("en", "recipient"): "Dear Sir or Madam,",
}
DEFAULT_CLOSING: Final = {
    ("fr", "requester"): "Nous vous prions d'agréer, {civility_address}, l'expression de nos "
    "salutations distinguées.",
    ("fr", "recipient"): "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos "
    "salutations distinguées.",
    ("en", "requester"): "Yours sincerely,",
    ("en", "recipient"): "Yours faithfully,",
}

LABELS: Final[Table] = {
    "fr": {
        "subject": "Objet :",
        "our_ref": "N/Réf. :",
        "your_request": "Votre demande du",
        "registered": "Lettre recommandée avec accusé de réception",
        "number": "n°",
        "handled_by": "Affaire suivie par",
        "dpo_title": "Délégué(e) à la protection des données",
        "dpo_service": "Service du délégué à la protection des données",
        "dpo_contact": "Contact DPO :",
        "by_email": "Par courriel :",
        "annex": "Annexe",
        "annex_title": "Informations sur le traitement de vos données (article 15 du RGPD)",
        "annex_intro": "Conformément à l'article 15 du RGPD, vous trouverez ci-dessous, pour "
        "chacun des traitements inscrits au registre des activités de traitement de {entity} "
        "dans le cadre desquels vos données sont traitées : sa finalité, "
        "les catégories de données concernées, leurs destinataires, leur durée de conservation, "
        "leur source, l'existence éventuelle d'une décision automatisée et, le cas échéant, les "
        "garanties encadrant leur transfert hors de l'Espace économique européen.",
        "purpose": "Finalité",
        "legal_basis": "Base légale",
        "data_categories": "Catégories de données",
        "recipients": "Destinataires",
        "retention": "Durée de conservation",
        "source": "Source des données",
        "automated_decisions": "Décision automatisée",
        "transfers": "Transferts hors de l'EEE et garanties",
        "recipients_none": "Aucun destinataire extérieur : seuls les services habilités de "
        "{entity} ont accès à ces données.",
        "source_none": "Les données ont été collectées directement auprès de vous.",
        "automated_none": "Aucune décision fondée exclusivement sur un traitement automatisé, "
        "y compris le profilage, n'est prise à votre égard.",
        "transfers_none": "Aucun transfert de ces données hors de l'Espace économique européen.",
        "rights_title": "Vos droits",
        "rights": "Vous pouvez demander la rectification ou l'effacement de vos données, ou la "
        "limitation de leur traitement, et vous opposer à ce traitement (articles 16, 17, 18 "
        "et 21 du RGPD) ; lorsque le traitement est automatisé et repose sur votre consentement "
        "ou sur un contrat, vous disposez également du droit à la portabilité de vos données "
        "(article 20). Vous pouvez exercer ces droits auprès de notre délégué(e) à la protection "
        "des données : {dpo}. Vous disposez enfin du droit d'introduire une réclamation auprès "
        "de la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 (www.cnil.fr).",
    },
    "en": {
        "subject": "Subject:",
        "our_ref": "Our ref.:",
        "your_request": "Your request of",
        "registered": "Registered letter with acknowledgement of receipt",
        "number": "No.",
        "handled_by": "Handled by",
        "dpo_title": "Data Protection Officer",
        "dpo_service": "Data Protection Officer",
        "dpo_contact": "DPO contact:",
        "by_email": "By e-mail:",
        "annex": "Annex",
        "annex_title": "Information about the processing of your data (Article 15 GDPR)",
        "annex_intro": "In accordance with Article 15 GDPR, you will find below, for each "
        "processing activity in the register of {entity} under which your data are "
        "processed: its purpose, the categories of data concerned, their recipients, how long "
        "they are kept, where they come from, whether automated decisions are made and, where "
        "relevant, the safeguards for their transfer outside the European Economic Area.",
        "purpose": "Purpose",
        "legal_basis": "Legal basis",
        "data_categories": "Categories of data",
        "recipients": "Recipients",
        "retention": "Retention period",
        "source": "Source of the data",
        "automated_decisions": "Automated decision-making",
        "transfers": "Transfers outside the EEA and safeguards",
        "recipients_none": "No external recipient: only the authorised departments of "
        "{entity} have access to these data.",
        "source_none": "The data were collected directly from you.",
        "automated_none": "No decision based solely on automated processing, including "
        "profiling, is taken about you.",
        "transfers_none": "These data are not transferred outside the European Economic Area.",
        "rights_title": "Your rights",
        "rights": "You may ask for your data to be rectified or erased, or for their "
        "processing to be restricted, and you may object to this processing (Articles 16, 17, "
        "18 and 21 GDPR); where the processing is automated and based on your consent or on a "
        "contract, you also have the right to data portability (Article 20). You may exercise "
        "these rights with our Data Protection Officer: {dpo}. You also have the right to lodge "
        "a complaint with the CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, "
        "France (www.cnil.fr).",
    },
}
