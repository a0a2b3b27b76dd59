"""Which language the interface speaks: the user's choice, or the system's (no Qt here).

The preference is ``"system"`` (follow the system: the default, also for a vault that never
stored one), ``"en"`` or ``"fr"``. The system's language is read from the environment as the
C library would (``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``): ``fr…`` is French, anything
else English. ``locale.setlocale`` is never called: machines often lack the fr_FR C locale, and
dates and numbers are formatted by Qt's ``QLocale`` instead.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

SYSTEM: Final = "system"
ENGLISH: Final = "en"
FRENCH: Final = "fr"
UI_LANGUAGES: Final = (ENGLISH, FRENCH)  # the languages the interface is translated into
PREFERENCES: Final = (SYSTEM, *UI_LANGUAGES)  # what the Settings "Language" may hold
LOCALE_VARIABLES: Final = ("LC_ALL", "LC_MESSAGES", "LANG")  # the first one set wins


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The interface language the environment asks for: French for ``fr``, ``fr_FR.UTF-8``,
    ``fr_CA``…; English otherwise (``C``, ``POSIX``, unset, or a language we lack)."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
            return code if code in UI_LANGUAGES else ENGLISH
    return ENGLISH


def resolve_language(preference: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The interface language for a stored preference: an explicit ``en`` or ``fr`` wins;
    ``system``, nothing stored or an unknown value follow the environment."""
    if preference in UI_LANGUAGES:
        return str(preference)
    return system_language(environ)
