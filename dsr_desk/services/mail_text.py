"""Plain text out of e-mail parts, for the e-mail intake and the document viewer: HTML bodies
read as text (nothing loaded: no images, styles or scripts), raw 8-bit header bytes decoded,
and control characters, stray spaces and runs of blank lines tidied away."""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\xa0]+")


def unescape_bytes(text: str) -> str:
    """Header text may carry raw 8-bit bytes as surrogate escapes: decode them."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    data = text.encode("utf-8", errors="surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def tidy(text: str) -> str:
    """Unix newlines, no control characters, no trailing spaces, at most one blank line."""
    text = unescape_bytes(text).replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL_CHARACTERS.sub("", text.replace("\t", " "))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return unicodedata.normalize("NFC", "\n".join(kept).strip())


class _TextExtractor(HTMLParser):
    """HTML to readable text: blocks become lines, scripts/styles/head are dropped."""

    _SKIP = frozenset({"script", "style", "head", "title", "template"})
    _BLOCKS = frozenset(
        {"p", "div", "br", "tr", "table", "ul", "ol", "blockquote", "hr", "section"}
        | {"article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "pre"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in {"td", "th"}:
            self.parts.append(" ")
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(_SPACES.sub(" ", data.replace("\r", " ").replace("\n", " ")))


def html_to_text(markup: str) -> str:
    """Readable text of an HTML e-mail body (entities decoded, tags and scripts removed)."""
    extractor = _TextExtractor()
    try:
        extractor.feed(markup)
        extractor.close()
    except Exception:  # hostile markup: fall back to stripping anything tag-like
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))
    return tidy("".join(extractor.parts))
