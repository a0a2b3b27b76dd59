"""The typeface letters are set in, embedded (subset) in every PDF.

Preferred: **PT Serif** (ParaType, SIL Open Font Licence 1.1) from the PyPI package
``fontpkg-pt-serif``: four static TrueType styles with full French coverage (é è ê à ç ô û
œ Œ « » € …). When that package is not installed, ReportLab's bundled **Bitstream Vera**
(Bitstream Vera licence, shipped inside ``reportlab``) is used: it covers the same characters.

Neither has a glyph for the narrow no-break space (U+202F, "espace fine insécable"), and
ReportLab's paragraph engine treats U+202F as a breaking space anyway, so the renderer sets it
as a no-break space at a reduced size (see ``styles.markup``): it never breaks a line, never
shows a missing-glyph box, and is about a sixth of an em wide whatever the font.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


@dataclass(frozen=True)
class FontFamily:
    name: str  # family name registered with ReportLab (normal style)
    bold: str
    italic: str
    bold_italic: str
    description: str
    body_size: float  # points: sizes are set so that both families fill a page alike


@dataclass(frozen=True)
class _Candidate:
    family: str
    package: str | None  # Python package holding the files; None: ReportLab's own folder
    folder: str
    files: tuple[str, str, str, str]  # regular, bold, italic, bold italic
    description: str
    body_size: float


_CANDIDATES: Final = (
    _Candidate(
        "PTSerif",
        "fontpkg_pt_serif",
        "files",
        (
            "PT_Serif-Web-Regular.ttf",
            "PT_Serif-Web-Bold.ttf",
            "PT_Serif-Web-Italic.ttf",
            "PT_Serif-Web-BoldItalic.ttf",
        ),
        "PT Serif (ParaType, SIL OFL 1.1, package fontpkg-pt-serif)",
        10.5,
    ),
    _Candidate(
        "DsrVera",
        None,
        "fonts",
        ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf"),
        "Bitstream Vera (bundled with ReportLab)",
        9.4,  # a wide sans-serif: a smaller size sets as many words per line
    ),
)

_lock = threading.Lock()
_registered: FontFamily | None = None


def _folder(candidate: _Candidate) -> Path | None:
    if candidate.package is None:
        return Path(reportlab.__file__).resolve().parent / candidate.folder
    try:
        root = resources.files(candidate.package) / candidate.folder
    except ModuleNotFoundError:
        return None
    return Path(str(root))


def _register(candidate: _Candidate, folder: Path) -> FontFamily:
    names = (
        candidate.family,
        f"{candidate.family}-Bold",
        f"{candidate.family}-Italic",
        f"{candidate.family}-BoldItalic",
    )
    for name, filename in zip(names, candidate.files, strict=True):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    for (bold, italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
        addMapping(candidate.family, bold, italic, name)
    return FontFamily(*names, candidate.description, candidate.body_size)


def letter_font() -> FontFamily:
    """Register (once per process, thread-safe) and return the family letters use."""
    global _registered  # noqa: PLW0603 - one registration per process
    with _lock:
        if _registered is None:
            for candidate in _CANDIDATES:
                folder = _folder(candidate)
                if folder is not None and all((folder / f).is_file() for f in candidate.files):
                    _registered = _register(candidate, folder)
                    break
            else:  # pragma: no cover - ReportLab always ships Vera
                raise RuntimeError("No TrueType font found for letters.")
        return _registered
