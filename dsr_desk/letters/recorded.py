"""Sentences built from what was recorded on a request, and only from that.

The acknowledgement's promise (the due date in force and what it counts from, the entity's
suspension policy, the one-month extension-notice date), the completion's Art. 19 sentence
(only when recipient notices were recorded), the "enclosed" sentence (only when a data bundle
was produced for the request). Each sentence's legal basis is listed in docs/legal-basis.md.
"""

from __future__ import annotations

from typing import Final

from dsr_desk.domain.request_kinds import RequestType
from dsr_desk.domain.rights import DEFAULT_WITHOUT_DELAY_DAYS, right_of
from dsr_desk.letters.dates import long_date
from dsr_desk.letters.french import de
from dsr_desk.letters.phrases import REQUEST_TYPES_NEUTRAL
from dsr_desk.letters.wording import typeset
from dsr_desk.read_models import RequestDetail, RightsView


def rights_of(d: RequestDetail) -> RightsView:
    """What the request's right allows (``domain.rights``), as the read model carries it (the
    table itself for a hand-made detail without it)."""
    if d.rights is not None:
        return d.rights
    return RightsView.of(right_of(RequestType(d.type)), DEFAULT_WITHOUT_DELAY_DAYS)


def acted_on_without_delay(d: RequestDetail) -> bool:
    """A right answered "without delay" and never extended (an opt-out, a consent withdrawal):
    its acknowledgement promises no month, no identity check and no extension."""
    rights = rights_of(d)
    return rights.due_basis == "without-delay" or not rights.may_extend


PROMISE: Final = {
    "fr": {
        "standard": "Conformément à l'article 12, paragraphe 3, du règlement général sur la "
        "protection des données (RGPD) et à la loi du 6 janvier 1978 dite « Informatique et "
        "Libertés », nous vous répondrons dans un délai d'un mois à compter "
        "{basis}, soit au plus tard le {due}.",
        "extended": "Conformément à l'article 12, paragraphe 3, du RGPD, ce délai a été "
        "prolongé de deux mois, comme nous vous en avons informé(e) : nous vous répondrons au "
        "plus tard le {due}.",
        "marketing-opt-out": "Votre opposition à la prospection commerciale n'a pas à être "
        "motivée : il y est fait droit sans délai (article 21, paragraphes 2 et 3, du RGPD), "
        "au plus tard le {due}.",
        "consent-withdrawal": "Vous pouvez retirer votre consentement aussi simplement que vous "
        "l'avez donné (article 7, paragraphe 3, du RGPD) : ce retrait est mis en œuvre sans "
        "délai, au plus tard le {due}.",
        "processor": "Pour les données concernées, {entity} agit en qualité de sous-traitant, "
        "pour le compte du responsable du traitement, à qui il revient de répondre à votre "
        "demande (articles 12 et 28 du RGPD). {passed}",
        "passing": "Nous lui transmettons votre demande sans délai ; c'est lui qui y répondra.",
        "on_hold": "Ce délai est suspendu depuis le {asked}, dans l'attente des informations "
        "que nous vous avons demandées.",
    },
    "en": {
        "standard": "In accordance with Article 12(3) of the General Data Protection Regulation "
        "(GDPR), we will reply within one month {basis}, that is by {due} at the latest.",
        "extended": "In accordance with Article 12(3) GDPR, this period has been extended by "
        "two months, as we informed you: we will reply by {due} at the latest.",
        "marketing-opt-out": "An objection to direct marketing needs no reasons: it is acted "
        "on without delay (Article 21(2) and (3) GDPR), by {due} at the latest.",
        "consent-withdrawal": "You may withdraw your consent as easily as you gave it "
        "(Article 7(3) GDPR): your withdrawal is acted on without delay, by {due} at the "
        "latest.",
        "processor": "For the data concerned, {entity} acts as a processor on behalf of the "
        "controller, who is responsible for answering your request (Articles 12 and 28 GDPR). "
        "{passed}",
        "passing": "We are passing your request on to the controller without delay; the "
        "controller will answer it.",
        "on_hold": "This period has been suspended since {asked}, pending the information we "
        "asked you for.",
    },
}

BASIS: Final = {
    "fr": {
        "receipt": "de sa réception",
        "restart": "de la réception, le {got}, des informations que nous vous avions demandées "
        "le {asked}",
        "paused_1": ", augmenté d'un jour de suspension dans l'attente des informations demandées",
        "paused_n": ", augmenté de {n} jours de suspension dans l'attente des informations "
        "demandées",
    },
    "en": {
        "receipt": "of its receipt",
        "restart": "of our receipt, on {got}, of the information we asked you for on {asked}",
        "paused_1": ", plus one day during which it was suspended pending the information we "
        "asked for",
        "paused_n": ", plus {n} days during which it was suspended pending the information we "
        "asked for",
    },
}

STEPS_INTRO: Final = {
    "fr": "Votre demande va désormais suivre les étapes suivantes :",
    "en": "Your request will now go through the following steps:",
}
IDENTITY_STEP: Final = {
    "fr": {
        "restart": "en cas de doute raisonnable sur votre identité, nous pourrons vous demander "
        "des informations complémentaires ; le délai serait alors suspendu jusqu'à leur "
        "réception, puis un nouveau délai d'un mois courrait à compter de celle-ci (lignes "
        "directrices 01/2022 du CEPD) ;",
        "pause": "en cas de doute raisonnable sur votre identité, nous pourrons vous demander "
        "des informations complémentaires ; le délai serait alors suspendu jusqu'à leur "
        "réception, puis reprendrait pour la durée qui restait à courir (lignes directrices "
        "01/2022 du CEPD) ;",
    },
    "en": {
        "restart": "should there be a reasonable doubt about your identity, we may ask you for "
        "additional information; the time limit would then be suspended until we receive it, "
        "and a new period of one month would start from that day (EDPB Guidelines 01/2022);",
        "pause": "should there be a reasonable doubt about your identity, we may ask you for "
        "additional information; the time limit would then be suspended until we receive it, "
        "and would resume for the time that remained (EDPB Guidelines 01/2022);",
    },
}
WORK_STEP: Final = {
    "fr": "nos services identifient les données et les traitements concernés, puis mettent en "
    "œuvre votre demande ;",
    "en": "our departments identify the data and the processing concerned, then act on your "
    "request;",
}
EXTENSION_STEP: Final = {
    "fr": "si la complexité ou le nombre des demandes le rend nécessaire, ce délai peut être "
    "prolongé de deux mois (article 12, paragraphe 3, du RGPD) ; vous en seriez alors "
    "informé(e), motifs à l'appui, au plus tard le {notice}.",
    "en": "where necessary, given the complexity and number of requests, this period may be "
    "extended by two months (Article 12(3) GDPR); you would then be informed, with the "
    "reasons, by {notice} at the latest.",
}

ART19: Final = {
    "fr": {
        "notified": "Conformément à l'article 19 du RGPD, nous avons informé de cette opération "
        "les destinataires auxquels ces données avaient été communiquées : {who}.",
        "none": "Ces données n'ont été communiquées à aucun destinataire : aucune notification "
        "au titre de l'article 19 du RGPD n'était nécessaire.",
        "item": "{name} (le {date})",
    },
    "en": {
        "notified": "In accordance with Article 19 GDPR, we have informed the recipients to "
        "whom these data had been disclosed: {who}.",
        "none": "These data had not been disclosed to any recipient: no notification under "
        "Article 19 GDPR was needed.",
        "item": "{name} (on {date})",
    },
}
ENCLOSED: Final = {
    "fr": "Vous trouverez ci-joint la copie de vos données : le dossier « {name} », produit le "
    "{date} ({files} fichiers).",
    "en": "Please find enclosed the copy of your data: the file “{name}”, produced on {date} "
    "({files} files).",
}


def due_basis(d: RequestDetail, lang: str) -> str:
    """What the one-month period counts from, after every completed suspension."""
    texts = BASIS[lang]
    basis, paused = texts["receipt"], 0
    done = sorted((s for s in d.suspensions if s.received_on is not None), key=lambda s: s.asked_on)
    for s in done:
        assert s.received_on is not None
        if s.policy == "restart":
            basis = texts["restart"].format(
                got=long_date(s.received_on, lang), asked=long_date(s.asked_on, lang)
            )
            paused = 0
        else:
            paused += (s.received_on - s.asked_on).days
    if paused:
        basis += (texts["paused_1"] if paused == 1 else texts["paused_n"]).format(n=paused)
    return basis


def response_promise(d: RequestDetail, lang: str, *, entity: str, role: str) -> str:
    """The acknowledgement's promise: the due date in force and what it rests on."""
    texts = PROMISE[lang]
    due = long_date(d.effective_due, lang)
    if role == "processor":  # once forwarded, the forward letter tells the requester
        return texts["processor"].format(entity=entity, passed=texts["passing"])
    if acted_on_without_delay(d):
        key = "consent-withdrawal" if d.type == "consent-withdrawal" else "marketing-opt-out"
        return texts[key].format(due=due)
    if d.extended_on is not None:
        promise = texts["extended"].format(due=due)
    else:
        promise = texts["standard"].format(basis=due_basis(d, lang), due=due)
    if d.on_hold_since is not None:
        promise += " " + texts["on_hold"].format(asked=long_date(d.on_hold_since, lang))
    return promise


def acknowledgement_steps(
    d: RequestDetail, lang: str, *, role: str, policy: str
) -> dict[str, str | None]:
    """The steps the acknowledgement lists; None for a step that does not apply."""
    if role == "processor" or acted_on_without_delay(d):
        return {"steps_intro": None, "identity_step": None, "work_step": None,
                "extension_step": None}  # fmt: skip
    rights = rights_of(d)
    asks_id = rights.id_request == "allowed" and not d.identity_verified
    identity = IDENTITY_STEP[lang][policy] if asks_id else None
    extension = (
        EXTENSION_STEP[lang].format(notice=long_date(d.extension_notice_by, lang))
        if rights.may_extend and d.extended_on is None
        else None
    )
    return {
        "steps_intro": STEPS_INTRO[lang],
        "identity_step": identity,
        "work_step": WORK_STEP[lang],
        "extension_step": extension,
    }


# -- the ID request: why we ask (by right), the reasonable doubt, the proportionate means --------

ID_RATIONALE: Final = {
    "fr": {
        "disclose": "Votre demande conduit à vous communiquer des données personnelles : nous "
        "devons nous assurer qu'elles ne seront pas communiquées à une autre personne que celle "
        "qu'elles concernent.",
        "act": "Votre demande conduit à modifier, effacer ou limiter l'utilisation de données "
        "personnelles : nous devons nous assurer qu'aucune autre personne ne puisse agir ainsi "
        "sur vos données à votre place.",
        "match": "Nous ne parvenons pas à vous identifier parmi les personnes dont nous traitons "
        "les données (article 11, paragraphe 2, du RGPD) : sans cela, nous ne pouvons pas "
        "savoir quelles données sont concernées.",
        "doubt": "C'est pourquoi nous devons confirmer votre identité avant d'y donner suite "
        "(article 12, paragraphe 6, du RGPD). Les éléments dont nous disposons laissent un "
        "doute raisonnable, pour la raison suivante :",
        "means_intro": "Pour lever ce doute, il vous suffit de nous adresser l'un des éléments "
        "suivants, de préférence le premier qui vous est possible :",
    },
    "en": {
        "disclose": "Your request leads us to send you personal data: we must make sure that "
        "they are not disclosed to anyone other than the person they relate to.",
        "act": "Your request leads us to change, erase or restrict the use of personal data: we "
        "must make sure that no one else can do so with your data in your place.",
        "match": "We cannot identify you among the people whose data we process (Article 11(2) "
        "GDPR): without that, we cannot tell which data are concerned.",
        "doubt": "We must therefore confirm your identity before acting on it (Article 12(6) "
        "GDPR). The information we hold leaves a reasonable doubt, for the following reason:",
        "means_intro": "To remove this doubt, please send us one of the following, preferably "
        "the first one you can:",
    },
}
MEANS: Final = {
    "fr": {
        "known-email": "une réponse à ce courrier envoyée depuis l'adresse électronique que "
        "nous connaissons déjà pour vous ;",
        "customer-number": "votre numéro de client, d'adhérent ou d'élève ;",
        "recent-letter": "la référence d'un courrier ou d'une facture récente que nous vous "
        "avons adressé ;",
        "id-copy-masked": "la copie d'une pièce d'identité, sur laquelle vous pouvez masquer "
        "votre photographie et les mentions inutiles à cette vérification.",
    },
    "en": {
        "known-email": "a reply to this letter sent from the e-mail address we already hold "
        "for you;",
        "customer-number": "your customer, member or student number;",
        "recent-letter": "the reference of a recent letter or invoice we sent you;",
        "id-copy-masked": "a copy of an identity document, on which you may mask your "
        "photograph and any details not needed for this check.",
    },
}
REPLY_BY: Final = {
    "fr": {
        "post": "par courrier postal, à l'adresse suivante : {address}",
        "email": "par courrier électronique, à l'adresse {email}",
        "both_email_first": "Vous pouvez nous répondre {email}, ou {post}, en rappelant la "
        "référence {reference}.",
        "both_post_first": "Vous pouvez nous répondre {post}, ou {email}, en rappelant la "
        "référence {reference}.",
        "post_only": "Vous pouvez nous répondre {post}, en rappelant la référence {reference}.",
    },
    "en": {
        "post": "by post to the following address: {address}",
        "email": "by e-mail to {email}",
        "both_email_first": "You may reply {email}, or {post}, quoting reference {reference}.",
        "both_post_first": "You may reply {post}, or {email}, quoting reference {reference}.",
        "post_only": "You may reply {post}, quoting reference {reference}.",
    },
}
#: The request types whose answer discloses data, and those matched only when unmatched.
_DISCLOSING: Final = frozenset({"access", "portability"})


def id_rationale(d: RequestDetail, lang: str) -> str:
    """Why the identity matters for the right asked (EDPB Guidelines 01/2022)."""
    texts = ID_RATIONALE[lang]
    if rights_of(d).id_request != "allowed":
        return texts["match"]  # an opt-out / consent withdrawal: only when unmatched
    return texts["disclose"] if d.type in _DISCLOSING else texts["act"]


def means_sentences(means: tuple[str, ...], lang: str) -> dict[str, str | None]:
    """The bullets of the means offered (least intrusive first), None for the others."""
    return {
        f"means_{code.replace('-', '_')}": MEANS[lang][code] if code in means else None
        for code in MEANS[lang]
    }


def reply_channels(
    d: RequestDetail, lang: str, *, postal_address: str | None, email: str | None
) -> str | None:
    """How the requester may answer: by post, and by e-mail when the office has an address;
    the channel the request came by first."""
    texts = REPLY_BY[lang]
    if not postal_address:
        return None
    post = texts["post"].format(address=postal_address)
    if not email or "@" not in email:
        return texts["post_only"].format(post=post, reference=d.reference)
    by_email = texts["email"].format(email=email)
    key = "both_email_first" if d.channel in ("email", "form") else "both_post_first"
    return texts[key].format(post=post, email=by_email, reference=d.reference)


#: What someone acting for the data subject must send with the ID asked (the ID request):
#: the proof of their capacity (rules.md §5; docs/legal-basis.md). ``{subject}`` is the data
#: subject's name as typed; « de {subject} » is elided in French (« d'Hélène »).
CAPACITY_PROOF: Final = {
    "fr": {
        "representative": "Vous agissez au nom de {subject} : merci de joindre également le "
        "mandat signé par {subject} vous autorisant à exercer ce droit en son nom, ainsi "
        "qu'un justificatif de son identité par l'un des moyens ci-dessus.",
        "guardian": "Vous agissez pour {subject} en qualité de parent ou de représentant "
        "légal : merci de joindre également un justificatif de l'autorité parentale ou de la "
        "tutelle (par exemple le livret de famille ou le jugement de tutelle).",
        "heir": "Vous agissez en qualité d'héritier de {subject} : merci de joindre également "
        "l'acte de décès de {subject} et un justificatif de votre qualité d'héritier (par "
        "exemple un acte de notoriété ou une attestation du notaire chargé de la succession).",
    },
    "en": {
        "representative": "As you act on behalf of {subject}, please also enclose the mandate "
        "signed by {subject} authorising you to exercise this right on their behalf, together "
        "with proof of their identity by one of the means above.",
        "guardian": "As you act for {subject} as their parent or legal guardian, please also "
        "enclose proof of your parental authority or guardianship (for instance the family "
        "record book – livret de famille – or the guardianship order).",
        "heir": "As you act as an heir of {subject}, please also enclose the death certificate "
        "of {subject} and proof that you are an heir (for instance an affidavit of heirship – "
        "acte de notoriété – or a certificate from the notary in charge of the estate).",
    },
}


def capacity_proof(d: RequestDetail, lang: str) -> str | None:
    """The proof of capacity an ID request asks of someone acting for the data subject (None
    when the requester asks for themselves)."""
    sentence = CAPACITY_PROOF[lang].get(d.capacity)
    if sentence is None or not d.subject_name:
        return None
    sentence = typeset(sentence, lang)  # the name, typed by the office, is kept as is
    if lang == "fr":
        sentence = sentence.replace("de {subject}", de(d.subject_name))
    return sentence.replace("{subject}", d.subject_name)


#: The other rights asked in the same message (linked requests), named in the acknowledgement
#: and the answers: each with its reference, and whether this mailing answers them too.
LINKED: Final = {
    "fr": {
        "intro": "Votre message du {date} comportait également {items}.",
        "item": "une {type}, enregistrée sous la référence {reference}",
        "and": " et ",
        ("acknowledge", "here", 1): "Nous en accusons réception dans le même envoi.",
        ("acknowledge", "here", 2): "Nous en accusons réception dans le même envoi.",
        ("acknowledge", "apart", 1): "Nous en accusons réception par un courrier séparé.",
        ("acknowledge", "apart", 2): "Nous en accusons réception par des courriers séparés.",
        ("answer", "here", 1): "Nous y répondons dans le même envoi.",
        ("answer", "here", 2): "Nous y répondons dans le même envoi.",
        ("answer", "apart", 1): "Nous y répondons par un courrier séparé.",
        ("answer", "apart", 2): "Nous y répondons par des courriers séparés.",
    },
    "en": {
        "intro": "Your message of {date} also contained {items}.",
        "item": "{article} {type}, registered under reference {reference}",
        "and": " and ",
        ("acknowledge", "here", 1): "We acknowledge it in the same mailing.",
        ("acknowledge", "here", 2): "We acknowledge them in the same mailing.",
        ("acknowledge", "apart", 1): "We acknowledge it in a separate letter.",
        ("acknowledge", "apart", 2): "We acknowledge them in separate letters.",
        ("answer", "here", 1): "We answer it in the same mailing.",
        ("answer", "here", 2): "We answer them in the same mailing.",
        ("answer", "apart", 1): "We answer it in a separate letter.",
        ("answer", "apart", 2): "We answer them in separate letters.",
    },
}


def linked_requests(d: RequestDetail, lang: str, *, verb: str, together: bool) -> str | None:
    """The other rights asked in the same message as ``d`` (None when there are none): named
    with their references; ``together``: this mailing answers (or acknowledges, ``verb``) them
    too, else they are answered separately."""
    if not d.linked:
        return None
    texts = LINKED[lang]
    items = []
    for other in d.linked:
        kind = REQUEST_TYPES_NEUTRAL[lang][other.type]
        article = "an" if kind[:1].lower() in "aeiou" else "a"
        items.append(
            str(texts["item"]).format(type=kind, reference=other.reference, article=article)
        )
    joined = ", ".join(items[:-1]) + str(texts["and"]) + items[-1] if len(items) > 1 else items[0]
    intro = str(texts["intro"]).format(date=long_date(d.received_on, lang), items=joined)
    how = texts[(verb, "here" if together else "apart", min(len(items), 2))]
    return f"{intro} {how}"
