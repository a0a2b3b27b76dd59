"""Fixtures shared by the integration suites."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dsr_desk.domain.clock import Clock, FixedClock
from tests.integration.read_stores import STORES, Store, open_store


@pytest.fixture
def store_clock() -> Clock:
    """The clock of the ``store`` fixture's store; a module overrides it to choose its day."""
    return FixedClock.on(date(2026, 3, 20))


@pytest.fixture
def store_entities() -> Sequence[Mapping[str, Any]]:
    """The entities the ``store`` fixture's store starts with (``create_entity``'s fields);
    a module overrides it."""
    return ()


@pytest.fixture
def store_user() -> str:
    """Who created the ``store`` fixture's entities; a module overrides it."""
    return "dpo"


@pytest.fixture(params=STORES)
def store(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    store_clock: Clock,
    store_entities: Sequence[Mapping[str, Any]],
    store_user: str,
) -> Iterator[Store]:
    """A new store for one test, once a SQLCipher vault and once a team database on
    PostgreSQL (``read_stores``), holding ``store_entities``; its data folder is the test's
    ``data_dir``-like ``tmp_path / "store" / "data"``."""
    with open_store(
        request, tmp_path / "store", store_clock, user=store_user, entities=store_entities
    ) as opened:
        yield opened
