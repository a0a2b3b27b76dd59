"""Search folding: accents, case and French ligatures do not stop a match."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dsr_desk.domain.text import fold, requester_search_key


def test_accents_case_and_ligatures_fold_away() -> None:
    assert fold("Éric LEFÈVRE") == "eric lefevre"
    assert fold("Hélène Côté-Çağlar") == "helene cote-caglar"
    assert fold("Œuvre Æsop Straße") == "oeuvre aesop strasse"
    assert fold("ﬁle") == "file"  # compatibility forms
    assert (
        requester_search_key("Zoé Noël", "Zoe.Noel@Exemple.FR") == "zoe noel\nzoe.noel@exemple.fr"
    )
    assert requester_search_key("Zoé", None) == "zoe\n"


@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
