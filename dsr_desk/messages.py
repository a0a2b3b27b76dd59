"""The message catalogue of the layers without Qt: domain, services, letters' errors, CLI.

Messages are English in the code and translated **where they are shown**, into the *display
language* set here once by whoever shows them: the CLI from ``LANG`` (``dsr_desk.i18n``), the
GUI from its interface language (``ui.translation``). Letters have their own texts, in the
letter's language, and do not use this module.

- ``_("…")`` translates now, into the display language (CLI output, help texts);
- ``N_("…")`` only marks a message for extraction; it is translated later (an error's
  message, a table of names), e.g. by ``DsrError`` when it is shown: ``raise
  NotFound(N_("No request {ref}."), ref=ref)`` keeps the message and its named parameters,
  and ``str(error)`` renders them in the display language of that moment.

Placeholders are named (``{ref}``), so that a translation can reorder them. The catalogues are
gettext ``.po``/``.mo`` files under ``resources/locale/<lang>/LC_MESSAGES/dsr_desk.*``,
extracted with Babel and compiled by ``make translations`` (``tools/translations.py``).
Only the standard library: the domain imports this module.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Final

DOMAIN: Final = "dsr_desk"
LOCALE_DIR: Final = Path(__file__).resolve().parent / "resources" / "locale"
ENGLISH: Final = "en"
LANGUAGES: Final = (ENGLISH, "fr")

_display: list[str] = [ENGLISH]  # the display language (a list: set without ``global``)


def set_language(language: str) -> str:
    """Make ``language`` the display language (anything but a known one means English)."""
    _display[0] = language if language in LANGUAGES else ENGLISH
    return _display[0]


def display_language() -> str:
    return _display[0]


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language`` (English: the messages as written)."""
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def _(message: str) -> str:
    """``message`` in the display language, now."""
    return catalogue(_display[0]).gettext(message) if message else message


def N_(message: str) -> str:
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural of a message, in the display language."""
    return catalogue(_display[0]).ngettext(singular, plural, count)


def render(message: str, params: Mapping[str, object], language: str | None = None) -> str:
    """``message`` translated into ``language`` (default: the display language), its named
    parameters filled in; a parameter that is itself translatable (an error, a ``Text``) is
    rendered at the same moment. A translation that lost a placeholder falls back to English
    rather than hide the message."""
    if not message:
        return message
    text = catalogue(language or _display[0]).gettext(message)
    if not params:
        return text
    try:
        return text.format_map(params)
    except (KeyError, IndexError, ValueError):
        return message.format_map(params)


def data_size(size: int) -> str:
    """A file's size in the display language, as the GUI writes it (``ui.sizes``, Qt's
    ``formattedDataSize``): bytes, whole kilobytes under a megabyte, else megabytes to one
    decimal (units of 1024): "15 kB", "1.5 MB"; in French "15 ko", "1,5 Mo"."""
    if size < 1024:
        return ngettext("{n} byte", "{n} bytes", size).format(n=size)
    if size < 1024 * 1024:
        return _("{n} kB").format(n=round(size / 1024))
    megabytes = f"{size / 1024 / 1024:.1f}"
    if _display[0] == "fr":
        megabytes = megabytes.replace(".", ",")
    return _("{n} MB").format(n=megabytes)


class Text:
    """A message and its parameters, translated each time it is shown (``str(text)``)."""

    __slots__ = ("message", "params")

    def __init__(self, message: str, /, **params: object) -> None:
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return render(self.message, self.params)

    def __repr__(self) -> str:
        return f"Text({self.message!r})"


class Join:
    """Several messages (``Text`` or plain words) shown as one list, each translated when the
    list is shown: ``Join([Text("the reasons"), "--granted"])`` → "les motifs, --granted"."""

    __slots__ = ("items", "separator")

    def __init__(self, items: Iterable[object], separator: str = ", ") -> None:
        self.items = tuple(items)
        self.separator = separator

    def __str__(self) -> str:
        return self.separator.join(str(item) for item in self.items)

    def __repr__(self) -> str:
        return f"Join({self.items!r})"
