"""French elisions where a letter's wording meets a name typed by the office: « d'OMNES »,
« du Mans », « des Échos » — one helper (``letters.french``), applied by ``wording.fill``."""

from __future__ import annotations

import dataclasses

import pytest

from dsr_desk.letters.compose import compose
from dsr_desk.letters.context import Addressee
from dsr_desk.letters.french import de, elide_join
from dsr_desk.letters.kinds import LetterKind
from tests.letters_support import ENTITY, flat, make_detail, make_letter


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("OMNES Éducation", "d’OMNES Éducation"),  # a vowel, even in capitals
        ("Orange", "d’Orange"),
        ("INSA Lyon", "d’INSA Lyon"),
        ("Hôpital Nord", "d’Hôpital Nord"),  # a mute h elides
        ("Hachette Livre", "de Hachette Livre"),  # an « h aspiré » does not
        ("Le Mans Université", "du Mans Université"),  # de + le → du
        ("Les Échos", "des Échos"),  # de + les → des
        ("La Poste", "de La Poste"),  # de + la stays
        ("Ville de Paris", "de Ville de Paris"),
    ],
)
def test_de_elides_and_contracts(name: str, expected: str) -> None:
    assert de(name) == expected


def test_elide_join_only_at_the_seam() -> None:
    assert elide_join("Nous avons appris que ", "OMNES a écrit") == (
        "Nous avons appris qu’",
        "OMNES a écrit",
    )
    assert elide_join("De ", "Orange") == ("D’", "Orange")  # the capital is kept
    assert elide_join("le compte de ", "") == ("le compte de ", "")  # nothing to join
    assert elide_join("une demande ", "OMNES") == ("une demande ", "OMNES")  # no article
    assert elide_join("monde ", "OMNES") == ("monde ", "OMNES")  # « de » inside a word


def test_a_french_letter_elides_before_a_typed_name() -> None:
    processor = dataclasses.replace(ENTITY, role="processor")
    letter = make_letter(
        LetterKind.FORWARD,
        "fr",
        request=make_detail(entity_role="processor"),
        entity=processor,
        recipient=Addressee.parse("OMNES Éducation|4 rue des Écoles|69007 Lyon"),
    )
    text = flat(" ".join(b for part in compose(letter).parts for block in part.blocks
                         for b in block.texts))  # fmt: skip
    assert "pour le compte d'OMNES Éducation" in text
    assert "de OMNES" not in text
