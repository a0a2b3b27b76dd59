"""The interface in English, the reverse of the French walk (``test_french_ui``, whose helpers
read what a user sees): on every main view and dialog (``tests.ui.screens``), no visible text is
French from our catalogue — neither a French translation that differs from its English source,
nor a word that only the French translations use (``Demandes``, ``Échéance``…).

Data the tests typed is left out (the entity's French name and address: an English office may
well serve a French school), and so is a language offered by its own name (``Français``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dsr_desk.ui.main_window import MainWindow
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.translation import apply_language, remove_translators
from tests.ui.conftest import UI_ENTITY
from tests.ui.screens import walk_screens
from tests.ui.test_french_ui import _chart_words, french, tt, visible_texts  # noqa: F401

NAMED_IN_ITSELF = frozenset({"Français"})
TYPED_DATA = tuple(sorted(UI_ENTITY.values(), key=len, reverse=True))


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[^\W\d_]+", text)}


def french_catalogue() -> tuple[set[str], set[str]]:
    """The French translations that differ from their source, and the words only they use
    (three letters or more: ``de``, ``la`` could be in a name)."""
    catalogue = tt.messages(tt.ts_path("fr"))
    english_words: set[str] = set()
    for _context, source in catalogue:
        english_words |= _words(source)
    texts = {text for (_c, source), text in catalogue.items() if text not in (None, source)}
    only_french = {
        word for text in texts for word in _words(text) if len(word) >= 3
    } - english_words
    return texts, only_french


def french_in(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    translations, only_french = french_catalogue()
    hits = []
    for where, text in texts:
        if text in NAMED_IN_ITSELF:
            continue
        plain = text.replace("&", "")
        for data in TYPED_DATA:
            plain = plain.replace(data, "")
        for name in NAMED_IN_ITSELF:
            plain = plain.replace(name, "")
        if text in translations or plain in translations or _words(plain) & only_french:
            hits.append((where, text))
    return hits


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English translators and locale, as at a start in English; then as before."""
    before = QLocale()
    assert apply_language(qapp, "en") == "en"
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setProperty("dsrDeskLanguage", None)


def _seen(name: str, root: QWidget) -> list[tuple[str, str]]:
    texts = visible_texts(root)
    if isinstance(root, MainWindow) and name == "dashboard":
        charts = root.dashboard.charts
        assert charts is not None
        texts += _chart_words(charts.received_chart) + _chart_words(charts.median_chart)
    return texts


@pytest.mark.usefixtures("french")
def test_the_english_walk_finds_french() -> None:
    """With the French translator the same check finds the French words: it can fail."""
    texts = [("nav", QApplication.translate("MainWindow", "Requests"))]
    texts.append(("menu", QApplication.translate("MainWindow", "Quit")))
    assert french_in(texts) == texts
    assert french_in([("data", "Groupe Scolaire Exemple"), ("name", "Jane Martin")]) == []


def test_every_view_and_dialog_speaks_english(
    qtbot: QtBot, english: None, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    found: dict[str, list[tuple[str, str]]] = {}
    walked = 0
    for name, root in walk_screens(qtbot, app_session, ops, tmp_path):
        walked += 1
        hits = french_in(_seen(name, root))
        if hits:
            found[name] = hits
    assert walked == 26
    assert found == {}
