"""Text folding for search: "eric" finds "Éric", "lefevre" finds "LEFÈVRE", "oeuvre" finds
"Œuvre". Accents and case are dropped, the ligatures French names use are spelt out."""

from __future__ import annotations

import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o"})


def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text`` for matching (never shown to the user)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


def requester_search_key(name: str, email: str | None) -> str:
    """What the register's and the requesters' search boxes match a requester against."""
    return fold(f"{name}\n{email or ''}")
