"""Letters rendered to PDF and read back: every kind in both languages, dates, the legal
sentences no wording can drop, the Art. 15 annex, accents, page numbers, the window address,
and missing values refused before anything is rendered."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dsr_desk.domain.errors import ValidationError
from dsr_desk.letters import render as render_module
from dsr_desk.letters import styles as styles_module
from dsr_desk.letters.compose import compose
from dsr_desk.letters.context import Addressee, OverrideView
from dsr_desk.letters.dates import long_date, place_and_date, town_of
from dsr_desk.letters.kinds import LetterKind, SendChannel, parse_language
from dsr_desk.letters.phrases import FRENCH_PREVAILS, RECOURSE
from dsr_desk.letters.render import render_letter
from dsr_desk.letters.wording import (
    check_placeholders,
    default_wording,
    parse_template,
    typeset,
)
from tests.letters_support import (
    CLOSED_AS,
    ENTITY,
    closed_detail,
    flat,
    make_detail,
    make_letter,
    pdf_pages,
    pdf_text,
    suspended,
)

RECIPIENT = Addressee.parse(
    "Éditions Pédagogiques SA|Service clients|10 rue des Écoles|75005 Paris"
)


def letter_for(kind: LetterKind, lang: str):  # type: ignore[no-untyped-def]
    """A request in the state each kind of letter is written for."""
    if kind is LetterKind.EXTENSION:
        return make_letter(
            kind,
            lang,
            request=make_detail(
                extended_on=date(2026, 2, 10),
                extension_reason="Quinze années d'archives à examiner dans trois établissements.",
                effective_due=date(2026, 4, 16),
            ),
        )
    if kind is LetterKind.REFUSAL:
        return make_letter(
            kind,
            lang,
            request=make_detail(
                status="refused",
                outcome_reason="Les enregistrements demandés ont été effacés après 30 jours.",
                closed_on=date(2026, 2, 12),
            ),
        )
    if kind in (LetterKind.ID_REQUEST, LetterKind.CLARIFICATION):
        wanted = "identity" if kind is LetterKind.ID_REQUEST else "clarification"
        return make_letter(kind, lang, request=make_detail(**suspended(wanted)))
    if kind is LetterKind.OBJECTION_OUTCOME:
        return make_letter(
            kind,
            lang,
            request=make_detail(type="objection"),
            objection_grounds="Vos raisons l'emportent sur notre intérêt légitime.",
        )
    if kind is LetterKind.RECIPIENT_NOTICE:
        return make_letter(kind, lang, request=make_detail(type="erasure"), recipient=RECIPIENT)
    if kind is LetterKind.FORWARD:
        return make_letter(
            kind, lang, request=make_detail(entity_role="processor"), recipient=RECIPIENT
        )
    if kind in CLOSED_AS:
        return make_letter(kind, lang, request=closed_detail(CLOSED_AS[kind]))
    return make_letter(kind, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_kind_renders_in_both_languages(kind: LetterKind, lang: str) -> None:
    pdf = render_letter(letter_for(kind, lang))
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    text = pdf_text(pdf)
    assert "DSR-2026-0042" in text
    assert "Lycée François-Mauriac" in text
    assert ("Objet :" if lang == "fr" else "Subject:") in text
    assert (
        "Délégué(e) à la protection des données" if lang == "fr" else "Data Protection Officer"
    ) in text
    assert ("Paris, le 16 février 2026" if lang == "fr" else "Paris, 16 February 2026") in text
    # English letters say the French version prevails; French letters do not need to.
    assert (flat(FRENCH_PREVAILS) in text) is (lang == "en")
    assert "{" not in text and "}" not in text  # never an unfilled placeholder
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index,union-attr]
    }
    assert fonts and not any("Helvetica" in name for name in fonts)  # one embedded family


def test_the_due_date_is_written_the_way_each_language_writes_it() -> None:
    french = pdf_text(render_letter(make_letter(LetterKind.ACKNOWLEDGEMENT, "fr")))
    english = pdf_text(render_letter(make_letter(LetterKind.ACKNOWLEDGEMENT, "en")))
    assert "soit au plus tard le 16 février 2026" in french
    assert "that is by 16 February 2026 at the latest" in english
    assert "16/02/2026" not in french + english
    assert long_date(date(2026, 3, 1), "fr") == "1er\u00a0mars\u00a02026"
    assert long_date(date(2026, 8, 15), "fr") == "15\u00a0août\u00a02026"
    assert long_date(date(2026, 12, 1), "en") == "1\u00a0December\u00a02026"


def test_place_and_date_use_the_entity_town() -> None:
    assert town_of("Tour Exemple\n43 quai de Grenelle\n75015 PARIS") == "Paris"
    assert town_of("TSA 80715\n75334 Paris Cedex 07") == "Paris"
    assert town_of("no postcode here") is None
    day = date(2026, 2, 16)
    assert (
        place_and_date("1 rue X\n67000 Strasbourg", day, "fr")
        == "Strasbourg, le 16\u00a0février\u00a02026"
    )
    assert place_and_date("", day, "fr") == "Le 16\u00a0février\u00a02026"
    assert place_and_date("", day, "en") == "16\u00a0February\u00a02026"


RECOURSE_FR = (
    "Vous disposez du droit d'introduire une réclamation auprès de la Commission nationale de "
    "l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 "
    "(www.cnil.fr)."
)
REMEDY_FR = "Vous disposez également du droit de former un recours juridictionnel."
RECOURSE_EN = (
    "You have the right to lodge a complaint with the French data protection authority, the "
    "Commission nationale de l'informatique et des libertés (CNIL), 3 place de Fontenoy, TSA "
    "80715, 75334 Paris Cedex 07, France (www.cnil.fr)."
)
REMEDY_EN = "You also have the right to seek a judicial remedy."


def test_the_recourse_sentences_are_the_ones_the_rules_require() -> None:
    assert RECOURSE["fr"] == (RECOURSE_FR, REMEDY_FR)
    assert RECOURSE["en"] == (RECOURSE_EN, REMEDY_EN)


@pytest.mark.parametrize(
    ("lang", "sentences"), [("fr", (RECOURSE_FR, REMEDY_FR)), ("en", (RECOURSE_EN, REMEDY_EN))]
)
def test_every_refusal_tells_of_the_cnil_and_the_courts(
    lang: str, sentences: tuple[str, str]
) -> None:
    full = letter_for(LetterKind.REFUSAL, lang)
    partial = make_letter(
        LetterKind.REFUSAL,
        lang,
        refusal_reasons="Une partie des données relève du secret des affaires.",
    )
    bare_override = replace(
        ENTITY,
        overrides=(
            OverrideView("refusal", lang, "Subject: Refus\n\nNous refusons : {refusal_reasons}\n"),
        ),
    )
    overridden = replace(full, entity=bare_override)
    for letter in (full, partial, overridden):
        text = pdf_text(render_letter(letter))
        for sentence in sentences:
            assert flat(sentence) in text
    text = pdf_text(render_letter(overridden))
    assert "Nous refusons" in text  # the override is used, the recourse added outside it
    assert "ne sommes en mesure de donner suite à votre demande que partiellement" in pdf_text(
        render_letter(make_letter(LetterKind.REFUSAL, "fr", refusal_reasons="Motif."))
    )


def test_a_rejected_objection_tells_of_the_recourse_an_upheld_one_does_not() -> None:
    rejected = make_letter(
        LetterKind.OBJECTION_OUTCOME,
        request=make_detail(
            type="objection",
            status="refused",
            outcome_reason="Sécurité des élèves.",
            closed_on=date(2026, 2, 12),
        ),
    )
    upheld = letter_for(LetterKind.OBJECTION_OUTCOME, "fr")
    marketing = make_letter(
        LetterKind.OBJECTION_OUTCOME, request=make_detail(type="marketing-opt-out")
    )
    rejected_text = pdf_text(render_letter(rejected))
    assert flat(REMEDY_FR) in rejected_text and "motifs légitimes et impérieux" in rejected_text
    assert "Sécurité des élèves." in rejected_text
    assert flat(REMEDY_FR) not in pdf_text(render_letter(upheld))
    marketing_text = pdf_text(render_letter(marketing))
    assert "fait droit sans condition" in marketing_text and flat(REMEDY_FR) not in marketing_text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_extension_gives_its_reasons_and_the_new_due_date(lang: str) -> None:
    text = pdf_text(render_letter(letter_for(LetterKind.EXTENSION, lang)))
    assert "Quinze années d'archives à examiner dans trois établissements." in text
    if lang == "fr":
        assert "au plus tard le 16 avril 2026" in text and "au plus tard le 16 février 2026" in text
        assert "prolongé de deux mois" in text
    else:
        assert "by 16 April 2026 at the latest" in text and "by 16 February 2026" in text
        assert "extended by two further months" in text


def test_an_extension_letter_with_an_override_still_needs_the_reasons() -> None:
    entity = replace(
        ENTITY,
        overrides=(
            OverrideView("extension", "fr", "Subject: Délai\n\nNouveau délai : {new_due_date}.\n"),
        ),
    )
    letter = replace(letter_for(LetterKind.EXTENSION, "fr"), entity=entity)
    assert "Nouveau délai : 16 avril 2026." in pdf_text(render_letter(letter))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_access_answer_carries_the_art_15_information_from_the_register(lang: str) -> None:
    pdf = render_letter(make_letter(LetterKind.COMPLETION, lang))
    text = pdf_text(pdf)
    labels = {
        "fr": [
            "Annexe",
            "Finalité",
            "Base légale",
            "Catégories de données",
            "Destinataires",
            "Durée de conservation",
            "Source des données",
            "Décision automatisée",
            "Transferts hors de l'EEE et garanties",
            "Vos droits",
        ],
        "en": [
            "Annex",
            "Purpose",
            "Legal basis",
            "Categories of data",
            "Recipients",
            "Retention period",
            "Source of the data",
            "Automated decision-making",
            "Transfers outside the EEA and safeguards",
            "Your rights",
        ],
    }[lang]
    for label in labels:
        assert label in text
    french = (
        "Scolarité et vie scolaire",
        "Gestion des inscriptions et de la scolarité des élèves",
        "Identité, coordonnées, résultats scolaires",
        "Rectorat ; prestataire de l'ENT",
        "Durée de la scolarité, puis dix ans en archive intermédiaire",
        "Annuaire des anciens élèves",
        "États-Unis : clauses contractuelles types (décision 2021/914)",
        "Segmentation automatique par promotion, sans effet juridique",
    )
    english = (
        "Schooling and school life",
        "Managing the pupils' enrolment and schooling",
        "Identity, contact details, school results",
        "Education authority; digital workspace provider",
        "Length of schooling, then ten years in intermediate archive",
        "Alumni directory",
        "United States: standard contractual clauses (decision 2021/914)",
        "Automatic segmentation by year group, no legal effect",
    )
    for value in french if lang == "fr" else english:
        assert flat(value) in text
    for value in english if lang == "fr" else french:  # never the other language's text
        assert flat(value) not in text
    # empty register fields are said in words, never left blank
    if lang == "fr":
        assert "Les données ont été collectées directement auprès de vous." in text
        assert "Aucun transfert de ces données hors de l'Espace économique européen." in text
        assert "Aucune décision fondée exclusivement sur un traitement automatisé" in text
        assert "introduire une réclamation auprès de la CNIL" in text
    else:
        assert "The data were collected directly from you." in text
        assert "These data are not transferred outside the European Economic Area." in text
        assert "lodge a complaint with the CNIL" in text
    # the annex starts on its own page, after the signature
    pages = pdf_pages(pdf)
    assert "Claire Dumoulin" in pages[0] and ("Annexe" if lang == "fr" else "Annex") not in pages[0]


def test_an_access_answer_needs_a_complete_register() -> None:
    empty = make_letter(LetterKind.COMPLETION, entity=replace(ENTITY, activities=()))
    with pytest.raises(ValidationError, match="register of Lycée François-Mauriac is empty"):
        render_letter(empty)
    gap = replace(ENTITY, activities=(replace(ENTITY.activities[0], retention=" "),))
    with pytest.raises(ValidationError, match=r"no retention period .* Scolarité et vie scolaire"):
        render_letter(
            make_letter(
                LetterKind.COMPLETION, entity=gap, activities=("Scolarité et vie scolaire",)
            )
        )
    # other completions need no annex
    erasure = make_letter(
        LetterKind.COMPLETION,
        request=make_detail(type="erasure"),
        entity=replace(ENTITY, activities=()),
    )
    assert "effacement" in pdf_text(render_letter(erasure))


def test_accents_and_french_punctuation_survive_into_the_pdf(tmp_path: Path) -> None:
    pdf = render_letter(make_letter(LetterKind.ACKNOWLEDGEMENT))
    text = pdf_text(pdf)
    for character in ("é", "è", "ç", "œ", "«", "»", "à", "É"):
        assert character in text, character
    assert (
        "Hélène Bœuf" in text
        and "mettent en œuvre" in text
        and "« Informatique et Libertés »" in text
    )
    if shutil.which("pdftotext"):
        path = tmp_path / "letter.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert (
            "Hélène Bœuf" in out
            and "œuvre" in out
            and "«" in out
            and "»" in out
            and "François" in out
        )


def test_narrow_no_break_spaces_are_typeset_not_dropped() -> None:
    composition = compose(make_letter(LetterKind.ACKNOWLEDGEMENT))
    body = " ".join(text for block in composition.parts[0].blocks for text in block.texts)
    assert "«\u202fInformatique et Libertés\u202f»" in body
    assert "demande\u202f;" in body
    assert composition.parts[0].subject_label == "Objet\u00a0:"
    assert (
        typeset("l'article : oui ; non ? « x »", "fr")
        == "l’article\u00a0: oui\u202f; non\u202f? «\u202fx\u202f»"
    )
    assert typeset("the requester's data: yes; no?", "en") == "the requester’s data: yes; no?"
    markup = styles_module.markup("a\u202f; <b>", 10)
    assert markup == 'a<font size="6.00">\u00a0</font>; &lt;b&gt;'  # never breaks, never markup


def test_a_long_letter_is_numbered_1_2_and_a_short_one_is_not() -> None:
    sentence = (
        "Motif n° {n} : les données demandées relèvent d'une procédure en cours, dont la "
        "communication porterait atteinte aux droits de tiers."
    )
    for count in range(8, 60, 2):  # long enough for a second page, whatever the font
        reasons = " ".join(sentence.format(n=n) for n in range(1, count))
        pages = pdf_pages(render_letter(make_letter(LetterKind.REFUSAL, refusal_reasons=reasons)))
        if len(pages) > 1:
            break
    assert len(pages) == 2
    assert "1/2" in pages[0] and "2/2" in pages[1]
    assert "DSR-2026-0042" in pages[1]  # the reminder line on the following page
    short = pdf_pages(render_letter(letter_for(LetterKind.EXTENSION, "fr")))
    assert len(short) == 1 and "1/1" not in short[0]


def test_the_address_sits_in_the_dl_envelope_window() -> None:
    pdf = render_letter(make_letter(LetterKind.ACKNOWLEDGEMENT))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    height = float(page.mediabox.height)
    points_per_mm = 72 / 25.4
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]  # text space → page space
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        for line in ("Hélène Bœuf", "8 allée des Tilleuls", "57000 Metz"):
            if text.strip() == line:
                found[line] = (x / points_per_mm, (height - y) / points_per_mm)

    page.extract_text(visitor_text=visit)
    assert set(found) == {"Hélène Bœuf", "8 allée des Tilleuls", "57000 Metz"}
    for x, from_top in found.values():
        # always visible through a 100 × 45 mm window 20 mm from the right, 15 mm from the
        # bottom of a 220 × 110 mm envelope, whatever the play of the folded sheet
        assert 100 <= x <= 190 and 50 <= from_top <= 84, (x, from_top)


def test_a_missing_value_is_refused_with_every_missing_name_before_rendering(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wording = (
        "Subject: Votre demande {request_summary}\n\nContact : {dpo_contact}. Réf. {reference}.\n"
    )
    entity = replace(
        ENTITY, dpo_contact="", overrides=(OverrideView("acknowledgement", "fr", wording),)
    )
    letter = make_letter(LetterKind.ACKNOWLEDGEMENT, entity=entity)
    monkeypatch.setattr(render_module, "render_composition", lambda _c: pytest.fail("rendered"))
    with pytest.raises(ValidationError) as caught:
        render_letter(letter)
    message = str(caught.value)
    # in words, never the placeholders' internal names
    assert "the request's summary" in message and "the entity's DPO contact" in message
    assert "request_summary" not in message and "dpo_contact" not in message
    assert "reference" not in message
    no_address = make_letter(
        LetterKind.ACKNOWLEDGEMENT, request=make_detail(requester_address="", requester_email=None)
    )
    with pytest.raises(ValidationError, match="the requester's postal address"):
        compose(no_address)
    no_entity_address = make_letter(LetterKind.ACKNOWLEDGEMENT, entity=replace(ENTITY, address=""))
    with pytest.raises(ValidationError, match="the entity's postal address"):
        compose(no_entity_address)


def test_an_e_mail_only_requester_gets_the_address_line_by_e_mail() -> None:
    letter = make_letter(LetterKind.ACKNOWLEDGEMENT, request=make_detail(requester_address=""))
    assert compose(letter).parts[0].address_lines == (
        "Hélène Bœuf",
        "Par courriel\u00a0: helene@exemple.fr",
    )
    with pytest.raises(ValidationError, match="requester's postal address"):  # registered post
        compose(replace(letter, registered_number="1A 234"))


def test_optional_placeholders_drop_their_paragraph() -> None:
    plain = pdf_text(
        render_letter(make_letter(LetterKind.COMPLETION, request=make_detail(type="erasure")))
    )
    detailed = pdf_text(
        render_letter(
            make_letter(
                LetterKind.COMPLETION,
                request=make_detail(
                    type="erasure", status="completed", outcome_reason="Effacé des trois bases."
                ),
            )
        )
    )
    assert "Effacé des trois bases." in detailed and "Effacé" not in plain


def test_the_registered_mail_number_is_printed() -> None:
    text = pdf_text(
        render_letter(
            replace(letter_for(LetterKind.REFUSAL, "fr"), registered_number="1A 234 567 8901 2")
        )
    )
    assert "Lettre recommandée avec accusé de réception n° 1A 234 567 8901 2" in text


def test_forward_writes_to_the_controller_then_tells_the_requester() -> None:
    pages = pdf_pages(render_letter(letter_for(LetterKind.FORWARD, "fr")))
    assert len(pages) == 2
    first, second = flat(pages[0]), flat(pages[1])
    assert (
        "Éditions Pédagogiques SA" in first and "sous-traitant agissant pour votre compte" in first
    )
    assert (
        "Hélène Bœuf 8 allée des Tilleuls" in second
        and "pour le compte d'Éditions Pédagogiques SA" in second
    )
    assert "1/2" not in first  # two one-page letters, each numbered on its own


def test_wording_files_parse_and_use_only_known_placeholders() -> None:
    for kind in LetterKind:
        for lang in ("fr", "en"):
            template = parse_template(default_wording(kind, lang))
            check_placeholders(template, kind)
            assert template.parts[0].subject


@pytest.mark.parametrize(
    ("wording", "message"),
    [
        ("Pas de sujet\n\nTexte.", "must start with a line 'Subject"),
        ("Subject: x\nColour: blue\n\nTexte.", "Unknown heading line"),
        ("Subject: x\n\nTexte {due_date.year}.", "is not a placeholder"),
        ("Subject: x\n\nTexte {oops.", "Badly placed brace"),
        ("Subject: x\n\n", "no text"),
        ("Subject: x\nTo: someone\n\nTexte.", "requester or recipient"),
    ],
)
def test_bad_wordings_are_refused_with_a_clear_message(wording: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_template(wording)


def test_unknown_placeholders_are_refused_for_the_kind() -> None:
    template = parse_template("Subject: x\n\nNouveau délai : {new_due_date}.")
    check_placeholders(template, LetterKind.EXTENSION)
    with pytest.raises(ValidationError, match=r"\{new_due_date\}"):
        check_placeholders(template, LetterKind.ACKNOWLEDGEMENT)


def test_kinds_channels_and_languages_parse() -> None:
    assert [k.value for k in LetterKind] == [
        "acknowledgement", "id-request", "clarification", "extension", "refusal",
        "completion", "objection-outcome", "recipient-notice", "forward",
        "partial-refusal", "excessive-refusal", "no-data", "withdrawal", "no-reply-closure",
    ]  # fmt: skip
    assert LetterKind.parse(" ID_Request ") is LetterKind.ID_REQUEST
    assert SendChannel.parse("Registered post") is SendChannel.REGISTERED_POST
    assert SendChannel.parse("e-mail") is SendChannel.EMAIL
    assert parse_language("FR") == "fr"
    for bad in (
        lambda: LetterKind.parse("postcard"),
        lambda: SendChannel.parse("pigeon"),
        lambda: parse_language("de"),
    ):
        with pytest.raises(ValidationError):
            bad()


def test_too_many_address_lines_do_not_fit_the_window() -> None:
    crowded = make_detail(requester_address="\n".join(f"ligne {n}" for n in range(6)))
    with pytest.raises(ValidationError, match="at most 6 lines"):
        compose(make_letter(LetterKind.ACKNOWLEDGEMENT, request=crowded))
