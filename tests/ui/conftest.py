"""Fixtures for tests that drive the real widgets offscreen (Qt warnings fail the test)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.ui.gc_guard import GuiThreadGarbageCollector
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from tests.vault_templates import open_copy

UI_PASSPHRASE = "correct horse battery staple"
UI_TODAY = date(2026, 3, 20)
UI_ENTITY = {
    "name": "Groupe Scolaire Exemple",
    "address": "12 rue de l'École\n75006 Paris",
    "dpo_contact": "dpo@exemple.fr",
}


@pytest.fixture(autouse=True)
def gui_thread_gc(qapp: object) -> Iterator[None]:
    """As in the app: no garbage collection on the DB worker thread (it would finalise Qt
    objects of the GUI thread); collect here, between tests, on the GUI thread. What survives
    that collection is frozen (``gc.freeze``: never collected, so never finalised on another
    thread), so that the next test's collection walks only the objects made since, not the whole
    heap of imported modules again (a tenth of a second per test)."""
    collector = GuiThreadGarbageCollector()
    yield
    collector.stop()
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def english_after_each_test(qapp: object) -> Iterator[None]:
    """Whatever language a test applied, the next one starts in English with Qt's default
    locale as it was (a French locale left behind printed "jeudi" in an English test)."""
    from PySide6.QtCore import QLocale

    from dsr_desk import messages

    before = QLocale()
    yield
    QLocale.setDefault(before)
    messages.set_language("en")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(UI_TODAY)


@pytest.fixture
def ops(qapp: object) -> Iterator[Ops]:
    worker = Ops()
    yield worker
    worker.shutdown()


@pytest.fixture
def app_session(data_dir: Path, clock: FixedClock, ops: Ops) -> Iterator[AppSession]:
    """An unlocked passphrase-mode vault with one entity; closed on the worker thread. A copy of
    a template vault (``tests.vault_templates``), opened with its recovery key."""
    vault, _ = open_copy(data_dir, clock, passphrase=UI_PASSPHRASE, entities=[UI_ENTITY])
    vault.hand_over()  # to the DB worker
    session = AppSession(data_dir, clock, "ui-tester", vault)
    yield session
    ops.call(session.lock)
