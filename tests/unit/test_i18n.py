"""The interface language: the stored preference, or the system's (LC_ALL, LC_MESSAGES,
LANG), never through ``locale.setlocale``."""

from __future__ import annotations

import pytest

from dsr_desk.i18n import resolve_language, system_language
from dsr_desk.services.read.settings import AppSettings, settings_from


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA"}, "fr"),
        ({"LANG": "fr_BE.UTF-8@euro"}, "fr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language we lack: English
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),  # LC_ALL first
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": ""}, "fr"),  # set but empty: not taken
    ],
)
def test_the_system_language_comes_from_the_environment(
    environ: dict[str, str], expected: str
) -> None:
    assert system_language(environ) == expected


def test_following_the_system_or_an_explicit_choice() -> None:
    assert resolve_language("system", {"LANG": "fr_FR.UTF-8"}) == "fr"
    assert resolve_language("system", {"LANG": "en_GB.UTF-8"}) == "en"
    assert resolve_language("en", {"LANG": "fr_FR.UTF-8"}) == "en"  # the stored choice wins
    assert resolve_language("fr", {"LANG": "en_GB.UTF-8"}) == "fr"
    assert resolve_language(None, {"LANG": "fr_FR.UTF-8"}) == "fr"


def test_a_vault_that_never_stored_a_language_follows_the_system() -> None:
    assert AppSettings().language == "system"
    assert settings_from({"idle_lock_minutes": "5"}).language == "system"
    assert settings_from({"language": "en"}).language == "en"  # an explicit choice stays
    AppSettings(language="system").validate()
