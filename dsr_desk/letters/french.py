"""French grammar at the seam between the wording and a value typed by the office.

``de`` + a name: « d'OMNES », « du Mans » (Le Mans), « des Échos » (Les Échos), « de La Poste »;
``que`` / ``le`` / ``la`` + a vowel elide the same way. ``elide_join`` is applied where a
wording's literal text meets a value (``wording.fill``), so the wording keeps its plain
« de {entity_name} » and the letter reads right whatever the name.
"""

from __future__ import annotations

import re
from typing import Final

_VOWELS: Final = "aeiouyàâäéèêëîïôöùûüœæh"
# Names starting with an « h aspiré » are not elided (« de Hachette », « de la Hollande »).
_H_ASPIRE: Final = ("hach", "hall", "hamb", "hamm", "hang", "hard", "haut", "hav", "hér", "hol",
                    "hong", "hon", "hou", "hub", "hug", "hur")  # fmt: skip
_ELIDING: Final = {"de": "d’", "que": "qu’", "le": "l’", "la": "l’", "jusque": "jusqu’"}
_CONTRACTING: Final = {("de", "le"): "du", ("de", "les"): "des"}
_TAIL_WORD: Final = re.compile(
    r"(?:^|(?<=[\s(«\u00a0\u202f]))(de|que|le|la|jusque)[ \u00a0]$", re.IGNORECASE
)


def starts_with_vowel_sound(word: str) -> bool:
    """True when ``word`` elides the article before it (a vowel, or a mute h)."""
    lowered = word.strip().lower()
    if not lowered or lowered[0] not in _VOWELS:
        return False
    if lowered[0] == "h":
        return not lowered.startswith(_H_ASPIRE)
    # Acronyms spelt letter by letter keep « de » before a consonant sound only; a leading
    # vowel (« OMNES », « INSA ») elides.
    return True


def elide_join(before: str, value: str) -> tuple[str, str]:
    """``before`` (the wording's text, ending with « de », « que »…) and ``value`` as they read
    together: « de » + « OMNES » → « d’ » + « OMNES »; « de » + « Le Mans » → « du » + « Mans »."""
    match = _TAIL_WORD.search(before)
    if match is None or not value.strip():
        return before, value
    word = match.group(1)
    head = before[: match.start(1)]
    first, _, rest = value.partition(" ")
    article = first.lower()
    capital = word[:1].isupper()
    contracted = _CONTRACTING.get((word.lower(), article))
    if contracted is not None and rest:
        joined = contracted.capitalize() if capital else contracted
        return f"{head}{joined} ", rest
    if starts_with_vowel_sound(value):
        elided = _ELIDING[word.lower()]
        return head + (elided.capitalize() if capital else elided), value
    return before, value


def de(name: str) -> str:
    """« de » + ``name``, elided or contracted: de("OMNES") == "d’OMNES"."""
    before, value = elide_join("de ", name)
    return before + value
