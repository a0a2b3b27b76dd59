"""The shipped translations are current: the ``.ts`` sources hold exactly the messages of the
code (``pyside6-lupdate`` run again into a temporary copy), every French message has its
translation, and the compiled ``.qm`` are what ``pyside6-lrelease`` makes of the ``.ts``
(an install never runs ``make translations``: what is committed is what users get)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations as tt  # noqa: E402 - tools/ is not a package

LANGUAGES = tt.LANGUAGES


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed ``.ts`` copied, then updated from the code as ``make translations`` does."""
    folder = tmp_path_factory.mktemp("ts")
    for language in LANGUAGES:
        copy = tt.ts_path(language, folder)
        shutil.copy(tt.ts_path(language), copy)
        tt.lupdate(copy, language)
    return folder


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_hold_the_messages_of_the_code(fresh: Path, language: str) -> None:
    committed = set(tt.messages(tt.ts_path(language)))
    current = set(tt.messages(tt.ts_path(language, fresh)))
    assert sorted(current - committed) == [], "new strings: run `make translations`"
    assert sorted(committed - current) == [], "strings gone from the code: `make translations`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    found = tt.messages(tt.ts_path(language))
    assert len(found) > 300
    assert [key for key, text in found.items() if text is None] == []
    if language == "en":
        assert all(text == source for (_context, source), text in found.items())


def test_french_keeps_every_placeholder() -> None:
    """``{name}``, ``%1`` and ``%n`` survive translation: ``.format`` would fail otherwise."""
    found = tt.messages(tt.ts_path("fr"))
    wrong = [
        (source, text)
        for (_context, source), text in found.items()
        if text is not None and tt.placeholders(text) != tt.placeholders(source)
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_are_compiled_from_the_ts(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / "out.qm"
    tt.lrelease(tt.ts_path(language), compiled)
    assert compiled.read_bytes() == tt.qm_path(language).read_bytes(), "`make translations`"


def test_the_check_sees_a_new_string(tmp_path: Path) -> None:
    """The comparison is not vacuous: a message the ``.ts`` lacks is found."""
    ts = tmp_path / "t.ts"
    shutil.copy(tt.ts_path("fr"), ts)
    text = ts.read_text(encoding="utf-8")
    start = text.index("<message>")
    end = text.index("</message>", start) + len("</message>")
    ts.write_text(text[:start] + text[end:], encoding="utf-8")
    assert len(tt.messages(ts)) == len(tt.messages(tt.ts_path("fr"))) - 1
