"""Search folding: accents, case and French ligatures do not stop a match."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsr_desk.domain.text import find_named, fold, requester_search_key, same_name


def test_accents_case_and_ligatures_fold_away() -> None:
    assert fold("Éric LEFÈVRE") == "eric lefevre"
    assert fold("Hélène Côté-Çağlar") == "helene cote-caglar"
    assert fold("Œuvre Æsop Straße") == "oeuvre aesop strasse"
    assert fold("ﬁle") == "file"  # compatibility forms
    assert (
        requester_search_key("Zoé Noël", "Zoe.Noel@Exemple.FR") == "zoe noel\nzoe.noel@exemple.fr"
    )
    assert requester_search_key("Zoé", None) == "zoe\n"


def test_letters_without_a_separable_accent_are_spelt_out() -> None:
    # NFKD leaves "ł" whole: without its own mapping "Łukasz" never matched "Lukasz".
    assert fold("Łukasz Wałęsa") == fold("Lukasz Walesa") == "lukasz walesa"
    assert fold("ĐORĐE Þór Øster ħ") == "dorde thor oster h"
    assert fold("l’accès") == fold("L'ACCÈS") == "l'acces"
    assert fold("Ⅻ") == "xii"  # a compatibility form decomposing to capitals


@pytest.mark.parametrize(
    ("typed", "name", "same"),
    [
        ("école pilote", "École Pilote", True),
        (" ECOLE  PILOTE ", "École Pilote", False),  # spaces inside are part of the name
        ("lodz", "Łódź", True),
        ("Ecole", "École Pilote", False),
    ],
)
def test_same_name_ignores_case_accents_and_outer_spaces(typed: str, name: str, same: bool) -> None:
    assert same_name(typed, name) is same


def test_find_named_prefers_the_exact_spelling() -> None:
    names = ["Ecole", "École", "Autre"]
    assert find_named(names, "École", str) == "École"
    assert find_named(names, "ECOLE", str) == "Ecole"  # the first that folds alike
    assert find_named(names, "  autre ", str) == "Autre"
    assert find_named(names, "Nulle part", str) is None


@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
