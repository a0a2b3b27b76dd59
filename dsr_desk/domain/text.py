"""Text folding for search and matching: "eric" finds "Éric", "lefevre" finds "LEFÈVRE",
"oeuvre" finds "Œuvre", "lukasz" finds "Łukasz". Case and accents are dropped, and letters
that carry no separable accent (ł, ø, đ...) and the ligatures French names use are spelt out.

The one fold of the application: the register's and the requesters' search (stored in
``requesters.search_key``: a change here needs a migration that recomputes the keys, as 0013
does), the duplicate-requester hints, entity names typed by the user, the e-mail intake's
guesses and the register import's column headers all match through it."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

_T = TypeVar("_T")

# Applied after casefold(): lower-case letters only. Letters with a stroke or a bar have no
# decomposition in Unicode (NFKD leaves "ł" alone), so they are mapped by hand; typographic
# apostrophes become the plain one ("l’accès" matches "l'accès").
_SPELT_OUT = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ħ": "h"}
    | {"ı": "i", "ŧ": "t", "ŋ": "n", "ƚ": "l", "ɨ": "i", "ƀ": "b", "ɇ": "e", "ȼ": "c"}
    | {"’": "'", "ʼ": "'", "‘": "'"}
)


def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text`` for matching (never shown to the user):
    "Hélène Łukasz Lætitia" → "helene lukasz laetitia"."""
    spelt = text.casefold().translate(_SPELT_OUT)
    decomposed = unicodedata.normalize("NFKD", spelt)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Compatibility forms may decompose to capitals ("Ⅻ" → "XII"): fold those too.
    return bare.casefold().translate(_SPELT_OUT)


def requester_search_key(name: str, email: str | None) -> str:
    """What the register's and the requesters' search boxes match a requester against."""
    return fold(f"{name}\n{email or ''}")


def same_name(typed: str, name: str) -> bool:
    """Whether ``typed`` names ``name``, ignoring case, accents and surrounding spaces
    ("ecole pilote " names "École Pilote")."""
    return fold(typed.strip()) == fold(name.strip())


def find_named(items: Iterable[_T], typed: str, name_of: Callable[[_T], str]) -> _T | None:
    """The item whose name is ``typed``: spelt exactly, else the first (in the given order)
    that :func:`same_name` accepts. How entity names typed by the user are resolved (the CLI's
    ``--entity``, the register's entity filter)."""
    candidates = list(items)
    wanted = typed.strip()
    exact = next((item for item in candidates if name_of(item) == wanted), None)
    if exact is not None:
        return exact
    return next((item for item in candidates if same_name(wanted, name_of(item))), None)
