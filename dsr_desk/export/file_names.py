"""Safe names for what goes into a bundle: the file stems of data categories (``slug``) and
the names of attached documents (``safe_file_name``), valid on every system and unique."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["MAX_SLUG_CHARS", "MAX_STEM_CHARS", "MAX_SUFFIX_CHARS", "safe_file_name", "slug"]

MAX_SLUG_CHARS: Final = 60
MAX_STEM_CHARS: Final = 100
MAX_SUFFIX_CHARS: Final = 16

_SLUG_RUN: Final = re.compile(r"[^a-z0-9]+")
_UNSAFE_FILE_CHARS: Final = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_WINDOWS_DEVICES: Final = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{n}" for n in range(1, 10)]
    + [f"lpt{n}" for n in range(1, 10)]
)


def slug(name: str, taken: set[str] | None = None) -> str:
    """A safe, unique file stem for a category: ASCII ``a-z0-9-`` ("Éloïse/../x" →
    "eloise-x"); ``taken`` (lower-case stems already used) is updated."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    base = _SLUG_RUN.sub("-", ascii_text).strip("-")[:MAX_SLUG_CHARS].strip("-") or "category"
    if base in _WINDOWS_DEVICES:
        base = f"{base}-data"
    if taken is None:
        return base
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def safe_file_name(name: str, taken: set[str] | None = None) -> str:
    """A file name that stays inside ``files/`` on every system: no folder part, no control
    or Windows-forbidden characters, no leading or trailing dots, not a device name, at most
    ~120 characters, unique (case-insensitively) among ``taken``, which is updated."""
    text = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    text = " ".join(_UNSAFE_FILE_CHARS.sub("_", text).split()).strip(" .")
    stem, dot, suffix = text.rpartition(".")
    if not dot or not stem or len(suffix) > MAX_SUFFIX_CHARS or " " in suffix:
        stem, suffix = text, ""
    stem = stem[:MAX_STEM_CHARS].rstrip(" .") or "file"
    if stem.lower().split(".")[0] in _WINDOWS_DEVICES:
        stem = f"{stem}_"
    ending = f".{suffix}" if suffix else ""
    if taken is None:
        return stem + ending
    candidate, number = stem + ending, 2
    while candidate.lower() in taken:
        candidate = f"{stem} ({number}){ending}"
        number += 1
    taken.add(candidate.lower())
    return candidate
