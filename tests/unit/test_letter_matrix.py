"""Every request type × every letter kind × both languages: what each letter must and must not
say, from what was recorded and what the right allows (``domain.rights``, read through
``RequestDetail.rights``).

Each combination either prints — and then says only what the request's record holds — or is
refused for a reason the law gives (an objection outcome for what is not an objection, an
Art. 19 notice for what changes no data, a refusal of a right that can never be refused, an
extension of a right that can never be extended)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

import pytest

from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.request_kinds import RequestType
from dsr_desk.domain.rights import DEFAULT_WITHOUT_DELAY_DAYS, right_of
from dsr_desk.letters.compose import compose
from dsr_desk.letters.context import Addressee, BundleView, LetterData
from dsr_desk.letters.fit import check_fit
from dsr_desk.letters.kinds import LANGUAGES, LetterKind
from dsr_desk.read_models import (
    LinkedRequestView,
    RecipientNoticeView,
    RightsView,
    SuspensionView,
)
from tests.letters_support import (
    ASKED,
    ENTITY,
    GRANTED,
    MEANS,
    REGISTER,
    WITHHELD,
    closed_detail,
    flat,
    make_detail,
)

TYPES = tuple(RequestType)
KINDS = tuple(LetterKind)
ART19 = {RequestType.RECTIFICATION, RequestType.ERASURE, RequestType.RESTRICTION}
OBJECTIONS = {RequestType.OBJECTION, RequestType.MARKETING_OPT_OUT}
# the rights acted on without delay, never extended, never refused (the table says so)
IMMEDIATE = {RequestType.MARKETING_OPT_OUT, RequestType.CONSENT_WITHDRAWAL}
DONE = "Adresse postale corrigée dans nos fichiers le 10 février 2026."
DOUBT = "Le nom de la demande diffère de celui de notre dossier."
GROUNDS = "Motifs impérieux : obligation de conservation des registres."
REASONS = "Les données demandées concernent des tiers."
RECIPIENT = "Rectorat de Lyon|12 rue Jean Moulin|69007 Lyon"
CHOSEN = REGISTER[0]  # the activity staff chose; REGISTER[1] concerns other people
OTHER = REGISTER[1]
ONE_MONTH_DATE = "16 février 2026"  # extension_notice_by in make_detail: the one-month date
# The texts recorded on the request are in its language (French); an English letter prints
# the translations staff give, never the French originals.
TRANSLATIONS = (
    ("reasons", "What was done, in English."),
    ("granted", "What was granted, in English."),
    ("withheld", "What was withheld, in English."),
    ("extension-reasons", "Fifteen years of archives to search."),
    ("information", "The name on the request differs from our file."),
)
FRENCH_ORIGINALS = (DONE, DOUBT, REASONS, GRANTED, WITHHELD, ASKED)


def _refused(type: RequestType, kind: LetterKind) -> str | None:
    """Why the combination cannot be printed (a fragment of the message), or None."""
    refusing = (LetterKind.REFUSAL, LetterKind.PARTIAL_REFUSAL, LetterKind.EXCESSIVE_REFUSAL)
    if kind in refusing and type in IMMEDIATE:
        return "can never be refused"
    if kind is LetterKind.EXTENSION and type in IMMEDIATE:
        return "cannot be extended"
    if kind is LetterKind.OBJECTION_OUTCOME and type not in OBJECTIONS:
        return "not an objection"
    if kind is LetterKind.RECIPIENT_NOTICE and type not in ART19:
        return "Art. 19 notices follow"
    return None


def _state(type: RequestType, kind: LetterKind) -> dict[str, Any]:
    """A request of ``type`` in the state that calls for a letter of ``kind``."""
    base: dict[str, Any] = {
        "identity_verified": kind is not LetterKind.ACKNOWLEDGEMENT,
        "type": type.value,
        "rights": RightsView.of(right_of(type), DEFAULT_WITHOUT_DELAY_DAYS),
        "requester_civility": "Mme",
    }
    if kind in (LetterKind.ID_REQUEST, LetterKind.CLARIFICATION):
        wanted = "identity" if kind is LetterKind.ID_REQUEST else "clarification"
        means = MEANS if wanted == "identity" else ()
        return base | {
            "status": "awaiting-information",
            "on_hold_since": date(2026, 2, 1),
            "identity_verified": False,
            "suspensions": (
                SuspensionView(date(2026, 2, 1), wanted, DOUBT, "restart", None, None, means),
            ),
        }
    if kind is LetterKind.EXTENSION:
        return base | {
            "extended_on": date(2026, 2, 2),
            "extension_reason": "Archives de quinze ans à rechercher.",
            "effective_due": date(2026, 4, 16),
        }
    if kind is LetterKind.REFUSAL:
        return base | {"status": "refused", "outcome": "refused", "outcome_reason": REASONS}
    if kind in (LetterKind.COMPLETION, LetterKind.OBJECTION_OUTCOME):
        return base | {"status": "completed", "outcome": "completed", "outcome_reason": DONE}
    outcome = {
        LetterKind.PARTIAL_REFUSAL: "partial",
        LetterKind.EXCESSIVE_REFUSAL: "excessive",
        LetterKind.NO_DATA: "no-data",
        LetterKind.WITHDRAWAL: "withdrawn",
        LetterKind.NO_REPLY_CLOSURE: "unanswered",
    }.get(kind)
    if outcome is not None:
        closed = dataclasses.asdict(closed_detail(outcome))
        keep = ("status", "outcome", "closed_on", "outcome_reason", "outcome_granted")
        fields = {k: closed[k] for k in (*keep, "outcome_withheld")}
        if outcome == "unanswered":
            fields["suspensions"] = closed_detail(outcome).suspensions
        return base | fields
    return base


def _letter(type: RequestType, kind: LetterKind, lang: str, **changes: Any) -> LetterData:
    detail = make_detail(**(_state(type, kind) | changes.pop("detail", {})))
    entity = ENTITY
    if kind is LetterKind.FORWARD:
        entity = dataclasses.replace(ENTITY, role="processor")
        detail = dataclasses.replace(detail, entity_role="processor")
    values: dict[str, Any] = {
        "kind": kind,
        "lang": lang,
        "request": detail,
        "entity": entity,
        "today": date(2026, 2, 10),
        "signer": "Claire Dumoulin",
        "signer_title": "Le délégué à la protection des données"
        if lang == "fr"
        else "The Data Protection Officer",
        "activities": (CHOSEN.name,),
        # typed at letter time, in the letter's language (a refusal prints the recorded reasons)
        "objection_grounds": GROUNDS if lang == "fr" else "Compelling grounds: records to keep.",
        "refusal_reasons": None,
        "recipient": None,
        "bundle": None,
        "translations": TRANSLATIONS if lang == "en" else (),
    }
    if kind in (LetterKind.RECIPIENT_NOTICE, LetterKind.FORWARD):
        values["recipient"] = Addressee.parse(RECIPIENT)
    if type is RequestType.PORTABILITY and kind is LetterKind.COMPLETION:
        values["bundle"] = BundleView(date(2026, 2, 9), files=4, fingerprint="ab" * 32)
    return LetterData(**(values | changes))


def _strings(value: object) -> list[str]:
    """Every text of a composition (its parts, blocks, annex), in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes) or value is None:
        return []
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [s for item in value for s in _strings(item)]
    return []


def _text(letter: LetterData) -> str:
    check_fit(letter)
    return flat(" ".join(_strings(compose(letter))))


CASES = [(t, k, lang) for t in TYPES for k in KINDS for lang in LANGUAGES]


def _id(case: tuple[RequestType, LetterKind, str]) -> str:
    return f"{case[0].value}-{case[1].value}-{case[2]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_every_type_kind_and_language(case: tuple[RequestType, LetterKind, str]) -> None:
    type, kind, lang = case
    fr = lang == "fr"
    letter = _letter(type, kind, lang)
    refused = _refused(type, kind)
    if refused is not None:
        with pytest.raises(RuleViolation, match=refused):
            _text(letter)
        return
    text = _text(letter)

    # one language per letter; every placeholder filled; signed by the person, with the title
    assert not re.search(r"\{[a-z_]+\??\}", text)
    assert ("GDPR" not in text) if fr else ("RGPD" not in text and " du " not in text)
    if not fr:  # the recorded French texts are never printed in an English letter
        assert not [original for original in FRENCH_ORIGINALS if original in text]
    assert "Claire Dumoulin" in text
    assert (
        "Le délégué à la protection des données" if fr else "The Data Protection Officer"
    ) in text
    # the civility recorded: never « Madame, Monsieur » to the requester whose civility is known
    if kind not in (LetterKind.RECIPIENT_NOTICE, LetterKind.FORWARD):
        assert ("Madame, Monsieur" if fr else "Sir or Madam") not in text
    else:
        assert ("Madame, Monsieur" if fr else "Sir or Madam") in text

    # no linked request: no sentence naming other rights; asked for themselves: no mandate
    assert ("comportait également" if fr else "also contained") not in text
    assert ("mandat" if fr else "mandate") not in text
    assert ("acte de décès" if fr else "death certificate") not in text

    _acknowledgement(type, kind, fr, text)
    _id_request(type, kind, fr, text)
    _completion(type, kind, fr, text)
    _recourse(kind, fr, text)


def _acknowledgement(type: RequestType, kind: LetterKind, fr: bool, text: str) -> None:
    if kind is not LetterKind.ACKNOWLEDGEMENT:
        return
    assert ("au plus tard le" if fr else "at the latest") in text
    if type in IMMEDIATE:
        # acted on without delay: no month, no identity check, no extension promised
        assert ("sans délai" if fr else "without delay") in text
        for promise in (
            ("un mois", "deux mois", "identité")
            if fr
            else (
                "one month",
                "two months",
                "identity",
            )
        ):
            assert promise not in text, promise
    else:
        assert ("un délai d'un mois" if fr else "within one month") in text
        # the extension is told by the one-month date, never by the extended date
        notice = ONE_MONTH_DATE if fr else "16 February 2026"
        assert notice in text and ("16 avril 2026" if fr else "16 April 2026") not in text
        assert ("lignes directrices 01/2022" if fr else "Guidelines 01/2022") in text


def _id_request(type: RequestType, kind: LetterKind, fr: bool, text: str) -> None:
    if kind is not LetterKind.ID_REQUEST:
        return
    # the doubt, then the means chosen (least intrusive first), replies by e-mail and post
    assert (DOUBT if fr else "The name on the request differs from our file.") in text
    known = "adresse électronique que nous connaissons" if fr else "e-mail address we already"
    copy = "copie d'une pièce d'identité" if fr else "copy of an identity document"
    assert text.index(known) < text.index(copy)
    assert ("numéro de client" if fr else "customer, member") not in text  # not chosen
    assert ("par courrier postal" if fr else "by post") in text
    assert ("par courrier électronique, à l'adresse" if fr else "by e-mail to") in text
    # the suspension rests on the EDPB Guidelines, not on Art. 12(6)
    if type in IMMEDIATE:
        assert ("article 11, paragraphe 2" if fr else "Article 11(2)") in text
        assert ("sans délai" if fr else "without delay") in text
        assert ("un mois" if fr else "one month") not in text
    else:
        assert ("lignes directrices 01/2022" if fr else "Guidelines 01/2022") in text
        disclose = type in (RequestType.ACCESS, RequestType.PORTABILITY)
        says = (
            ("vous communiquer" if fr else "send you personal data")
            if disclose
            else ("modifier, effacer ou limiter" if fr else "change, erase or restrict")
        )
        assert says in text


def _completion(type: RequestType, kind: LetterKind, fr: bool, text: str) -> None:
    if kind is not LetterKind.COMPLETION:
        return
    informed = "nous avons informé" if fr else "we have informed the recipients"
    no_recipient = "aucun destinataire" if fr else "not been disclosed to any recipient"
    # Art. 19: no notice recorded → the no-recipient variant for the types it concerns, and
    # no Art. 19 sentence at all for the others
    assert informed not in text
    assert (no_recipient in text) == (type in ART19)
    # "enclosed" only for the bundle produced, named
    enclosed = "ci-joint" if fr else "enclosed"
    if type is RequestType.PORTABILITY:
        assert enclosed in text and "DSR-2026-0042" in text
    else:
        assert enclosed not in text
    # what was done, when the right changes something
    if type in (
        RequestType.RECTIFICATION,
        RequestType.ERASURE,
        RequestType.RESTRICTION,
        RequestType.OBJECTION,
        RequestType.CONSENT_WITHDRAWAL,
        RequestType.AUTOMATED_DECISION,
    ):
        assert (DONE if fr else "What was done, in English.") in text
    if type is RequestType.CONSENT_WITHDRAWAL:
        assert ("article 17, paragraphe 1, point b" if fr else "Article 17(1)(b)") in text
    # the access answer lists the register activities chosen, and only those
    if type is RequestType.ACCESS:
        chosen = CHOSEN.name if fr else CHOSEN.text("name", "en")
        other = OTHER.name if fr else OTHER.text("name", "en")
        assert chosen in text and other not in text
        assert (CHOSEN.purpose if fr else CHOSEN.text("purpose", "en")) in text
        if not fr:  # never the register's French text in an English letter
            assert CHOSEN.purpose not in text and CHOSEN.name not in text


def _recourse(kind: LetterKind, fr: bool, text: str) -> None:
    cnil = "3 place de Fontenoy"
    if kind in (
        LetterKind.REFUSAL,
        LetterKind.PARTIAL_REFUSAL,
        LetterKind.EXCESSIVE_REFUSAL,
        LetterKind.NO_REPLY_CLOSURE,
    ):
        assert cnil in text and ("recours juridictionnel" if fr else "judicial remedy") in text
    elif kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.ID_REQUEST, LetterKind.WITHDRAWAL):
        assert cnil not in text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("type", sorted(ART19))
def test_the_art19_sentence_names_the_notices_recorded(type: RequestType, lang: str) -> None:
    notices = (RecipientNoticeView("Rectorat de Lyon", date(2026, 2, 9)),)
    letter = _letter(type, LetterKind.COMPLETION, lang, detail={"recipient_notices": notices})
    text = _text(letter)
    fr = lang == "fr"
    assert ("nous avons informé" if fr else "we have informed the recipients") in text
    assert (
        "Rectorat de Lyon (le 9 février 2026)" if fr else "Rectorat de Lyon (on 9 February 2026)"
    ) in text
    assert ("aucun destinataire" if fr else "any recipient") not in text


def test_an_unknown_civility_is_madame_monsieur() -> None:
    unknown = {"requester_civility": ""}
    text = _text(_letter(RequestType.ACCESS, LetterKind.ACKNOWLEDGEMENT, "fr", detail=unknown))
    assert "Madame, Monsieur," in text
    mister = {"requester_civility": "M."}
    text = _text(_letter(RequestType.ACCESS, LetterKind.ACKNOWLEDGEMENT, "fr", detail=mister))
    assert "Monsieur," in text and "Madame" not in text
    # in English the letter greets the requester by name
    text = _text(_letter(RequestType.ACCESS, LetterKind.ACKNOWLEDGEMENT, "en", detail=unknown))
    assert "Dear Hélène Bœuf," in text


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        (LetterKind.COMPLETION, "reasons"),
        (LetterKind.ID_REQUEST, "information"),
        (LetterKind.EXTENSION, "extension-reasons"),
        (LetterKind.PARTIAL_REFUSAL, "granted"),
    ],
)
def test_a_letter_in_the_other_language_asks_for_the_translation(
    kind: LetterKind, fields: str
) -> None:
    letter = _letter(RequestType.RECTIFICATION, kind, "en", translations=())
    with pytest.raises(ValidationError, match=f"English translation of .*--translation {fields}="):
        _text(letter)
    # an English request's recorded texts need a translation for the French letter in turn
    english = {"requester_language": "en"}
    french = _letter(RequestType.RECTIFICATION, kind, "fr", detail=english)
    with pytest.raises(ValidationError, match="French translation"):
        _text(french)
    # and its English letter prints them as typed
    assert _text(_letter(RequestType.RECTIFICATION, kind, "en", detail=english, translations=()))


# -- the acknowledgement's basis: what the due date counts from, as recorded ------------------


def _acknowledged(lang: str, entity: Any = ENTITY, **detail: Any) -> str:
    changes = {"identity_verified": False, "requester_civility": "Mme"} | detail
    letter = LetterData(
        kind=LetterKind.ACKNOWLEDGEMENT,
        lang=lang,
        request=make_detail(**changes),
        entity=entity,
        today=date(2026, 2, 10),
        signer="Claire Dumoulin",
    )
    return _text(letter)


def test_after_a_restart_the_month_counts_from_the_information_received() -> None:
    answered = (SuspensionView(date(2026, 1, 20), "identity", DOUBT, "restart", date(2026, 1, 25)),)
    due = {"due": date(2026, 2, 25), "effective_due": date(2026, 2, 25)}
    text = _acknowledged("fr", suspensions=answered, **due)
    assert (
        "dans un délai d'un mois à compter de la réception, le 25 janvier 2026, des informations "
        "que nous vous avions demandées le 20 janvier 2026, soit au plus tard le 25 février 2026"
    ) in text
    assert "à compter de sa réception" not in text
    text = _acknowledged("en", suspensions=answered, **due)
    assert "of our receipt, on 25 January 2026, of the information we asked you for" in text


def test_after_a_pause_the_days_added_are_told() -> None:
    paused = (SuspensionView(date(2026, 1, 20), "identity", DOUBT, "pause", date(2026, 1, 25)),)
    text = _acknowledged("fr", suspensions=paused)
    assert "à compter de sa réception, augmenté de 5 jours de suspension" in text
    text = _acknowledged("en", suspensions=paused)
    assert "of its receipt, plus 5 days during which it was suspended" in text


def test_the_identity_step_follows_the_entitys_policy_and_disappears_once_verified() -> None:
    restart = _acknowledged("fr")
    assert "un nouveau délai d'un mois courrait à compter de celle-ci" in restart
    paused = _acknowledged("fr", dataclasses.replace(ENTITY, suspension_policy="pause"))
    assert "reprendrait pour la durée qui restait à courir" in paused
    assert "un nouveau délai" not in paused
    verified = _acknowledged("fr", identity_verified=True)
    assert "doute raisonnable" not in verified


def test_an_extended_or_suspended_request_tells_its_state() -> None:
    extended = _acknowledged("fr", extended_on=date(2026, 2, 2), effective_due=date(2026, 4, 16))
    assert "prolongé de deux mois" in extended and "au plus tard le 16 avril 2026" in extended
    assert "peut être prolongé" not in extended  # no extension step once extended
    on_hold = _acknowledged("en", on_hold_since=date(2026, 2, 1))
    assert "suspended since 1 February 2026, pending the information we asked you for" in on_hold


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_processors_acknowledgement_passes_the_request_to_the_controller(lang: str) -> None:
    processor = dataclasses.replace(ENTITY, role="processor")
    text = _acknowledged(lang, processor, entity_role="processor")
    fr = lang == "fr"
    assert ("agit en qualité de sous-traitant" if fr else "acts as a processor") in text
    assert ("Nous lui transmettons votre demande" if fr else "We are passing your request") in text
    # it never promises that the processor will answer, nor its steps
    assert ("nous vous répondrons" if fr else "we will reply") not in text
    assert ("doute raisonnable" if fr else "reasonable doubt") not in text


# -- several rights in one message; someone acting for the data subject ----------------------

LINKED = (LinkedRequestView("DSR-2026-0043", "erasure", "in-progress"),)
TWO_LINKED = (*LINKED, LinkedRequestView("DSR-2026-0044", "objection", "received"))
LINKED_SENTENCES = {
    ("fr", LetterKind.ACKNOWLEDGEMENT, False): "Votre message du 16 janvier 2026 comportait "
    "également une demande d'effacement (article 17 du RGPD), enregistrée sous la référence "
    "DSR-2026-0043. Nous en accusons réception par un courrier séparé.",
    ("en", LetterKind.ACKNOWLEDGEMENT, True): "Your message of 16 January 2026 also contained "
    "a request for erasure (Article 17 GDPR), registered under reference DSR-2026-0043. We "
    "acknowledge it in the same mailing.",
    ("fr", LetterKind.COMPLETION, True): "comportait également une demande d'effacement "
    "(article 17 du RGPD), enregistrée sous la référence DSR-2026-0043. Nous y répondons dans "
    "le même envoi.",
    ("en", LetterKind.COMPLETION, False): "registered under reference DSR-2026-0043. We "
    "answer it in a separate letter.",
    ("en", LetterKind.NO_DATA, True): "We answer it in the same mailing.",
    ("fr", LetterKind.REFUSAL, False): "Nous y répondons par un courrier séparé.",
}


@pytest.mark.parametrize(("lang", "kind", "together"), sorted(LINKED_SENTENCES, key=str))
def test_the_other_rights_of_the_same_message_are_named(
    lang: str, kind: LetterKind, together: bool
) -> None:
    letter = _letter(
        RequestType.RECTIFICATION, kind, lang, detail={"linked": LINKED}, with_linked=together
    )
    assert LINKED_SENTENCES[(lang, kind, together)] in _text(letter)


def test_several_other_rights_are_listed_together() -> None:
    detail = {"linked": TWO_LINKED}
    text = _text(_letter(RequestType.ACCESS, LetterKind.ACKNOWLEDGEMENT, "en", detail=detail))
    assert (
        "also contained a request for erasure (Article 17 GDPR), registered under reference "
        "DSR-2026-0043 and an objection to processing (Article 21 GDPR), registered under "
        "reference DSR-2026-0044. We acknowledge them in separate letters."
    ) in text
    # the letters that answer no right (an ID request, an extension) do not name them
    for kind in (LetterKind.ID_REQUEST, LetterKind.EXTENSION):
        text = _text(_letter(RequestType.ACCESS, kind, "en", detail=detail))
        assert "also contained" not in text


PROOFS = {
    ("representative", "fr"): "merci de joindre également le mandat signé par Léo Bœuf vous "
    "autorisant à exercer ce droit en son nom, ainsi qu'un justificatif de son identité",
    ("representative", "en"): "please also enclose the mandate signed by Léo Bœuf authorising "
    "you to exercise this right on their behalf, together with proof of their identity",
    ("guardian", "fr"): "justificatif de l'autorité parentale ou de la tutelle (par exemple le "
    "livret de famille",
    ("guardian", "en"): "proof of your parental authority or guardianship",
    ("heir", "fr"): "Vous agissez en qualité d'héritier d'Albert Bœuf : merci de joindre "
    "également l'acte de décès d'Albert Bœuf et un justificatif de votre qualité d'héritier",
    ("heir", "en"): "please also enclose the death certificate of Albert Bœuf and proof that "
    "you are an heir",
}


@pytest.mark.parametrize(("capacity", "lang"), sorted(PROOFS))
def test_the_id_request_asks_for_the_proof_of_capacity(capacity: str, lang: str) -> None:
    subject = "Albert Bœuf" if capacity == "heir" else "Léo Bœuf"
    type = RequestType.ERASURE
    detail = {"capacity": capacity, "subject_name": subject}
    text = _text(_letter(type, LetterKind.ID_REQUEST, lang, detail=detail))
    assert PROOFS[(capacity, lang)] in text
    # the other letters do not ask for it
    text = _text(_letter(type, LetterKind.CLARIFICATION, lang, detail=detail))
    assert ("mandat signé" if lang == "fr" else "mandate signed") not in text


# -- the language of each typed text, recorded where it was typed ------------------------------


def test_a_text_typed_in_the_letters_language_needs_no_translation() -> None:
    english = {"outcome_lang": "en", "outcome_reason": "Address corrected on 10 February."}
    # a French request whose closing note was typed in English: the English letter prints it
    letter = _letter(RequestType.RECTIFICATION, LetterKind.COMPLETION, "en", detail=english)
    assert "Address corrected on 10 February." in _text(
        dataclasses.replace(letter, translations=())
    )
    # and the French letter asks for its French translation, though the request is French
    french = _letter(RequestType.RECTIFICATION, LetterKind.COMPLETION, "fr", detail=english)
    with pytest.raises(ValidationError, match=r"French translation of .*--translation reasons="):
        _text(french)
    # an ask's reason carries its own language too
    asked_in_english = (
        SuspensionView(date(2026, 2, 1), "identity", "The names differ.", "restart", None, None,
                       MEANS, "en"),
    )  # fmt: skip
    letter = _letter(
        RequestType.ACCESS, LetterKind.ID_REQUEST, "en", detail={"suspensions": asked_in_english},
        translations=(),
    )  # fmt: skip
    assert "The names differ." in _text(letter)
