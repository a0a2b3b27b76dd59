"""Fixtures for tests that drive the real widgets offscreen (Qt warnings fail the test)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.services.entities import create_entity
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import create_vault
from dsr_desk.ui.gc_guard import GuiThreadGarbageCollector
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession

UI_PASSPHRASE = "correct horse battery staple"
UI_TODAY = date(2026, 3, 20)


@pytest.fixture(autouse=True)
def gui_thread_gc(qapp: object) -> Iterator[None]:
    """As in the app: no garbage collection on the DB worker thread (it would finalise Qt
    objects of the GUI thread); collect here, between tests, on the GUI thread."""
    collector = GuiThreadGarbageCollector()
    yield
    collector.stop()
    gc.collect()


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
    """An unlocked passphrase-mode vault with one entity; closed on the worker thread."""
    vault, _ = create_vault(data_dir, clock, passphrase=UI_PASSPHRASE)
    create_entity(
        SqlUnitOfWork(vault.session_factory, clock, "ui-tester"),
        name="Groupe Scolaire Exemple",
        address="12 rue de l'École\n75006 Paris",
        dpo_contact="dpo@exemple.fr",
    )
    vault.hand_over()  # to the DB worker
    session = AppSession(data_dir, clock, "ui-tester", vault)
    yield session
    ops.call(session.lock)
