"""The SQL unit of work on the real SQLCipher file and on a team database on PostgreSQL
(``read_stores``): nothing persists unless committed."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.paths import default_data_dir
from dsr_desk.services import requests as svc
from dsr_desk.services.entities import create_entity, update_entity
from dsr_desk.services.read.queries import entity_names
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.read_stores import Store

CLOCK = FixedClock.on(date(2026, 3, 20))


@pytest.fixture
def store_clock() -> FixedClock:
    return CLOCK


@pytest.fixture
def vault(store: Store) -> Store:
    return store


def _uow(vault: Store) -> SqlUnitOfWork:
    return vault.uow("tester")


def test_leaving_without_commit_rolls_back(vault: Store) -> None:
    uow = _uow(vault)
    with uow:
        uow.entities.add(Entity(name="Never saved"))
        uow.record("entity.created", None, entity="Never saved")
    with _uow(vault) as check:
        assert entity_names(check.dbapi_connection) == []
        assert check.audit.head() is None


def test_an_error_mid_action_leaves_nothing_behind(vault: Store) -> None:
    create_entity(_uow(vault), name="Collège Exemple")
    with pytest.raises(ValidationError):
        svc.register_request(
            _uow(vault),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 21),
            name="Future Person",
        )
    with _uow(vault) as check:
        assert check.requests.last_number(2026) == 0
        assert [e.action for e in check.audit.entries()] == ["entity.created"]


def test_duplicate_entity_name_is_refused(vault: Store) -> None:
    create_entity(_uow(vault), name="Collège Exemple")
    with pytest.raises(ValidationError, match="already exists"):
        create_entity(_uow(vault), name="collège exemple")


def test_tests_never_use_the_real_home() -> None:
    assert str(default_data_dir()).startswith(tempfile.gettempdir())
    assert not str(default_data_dir()).startswith(str(Path.home() / ".local"))


def _stored_due(vault: Store, reference: str) -> date | None:
    with _uow(vault) as check:
        request = check.requests.get(reference)
        assert request is not None
        return request.due_on


def _register(vault: Store, name: str, entity: str) -> str:
    detail = svc.register_request(
        _uow(vault), type=RequestType.ACCESS, received_on=date(2026, 3, 3), name=name, entity=entity
    )
    return str(detail.reference)


def test_moving_an_entity_to_alsace_moselle_reschedules_its_open_requests(vault: Store) -> None:
    """3 March 2026 + 1 month = Friday 3 April, Good Friday: a holiday only in Alsace-Moselle,
    where the deadline moves past Easter Monday to Tuesday 7 April."""
    create_entity(_uow(vault), name="Lycée de Metz", country="FR")
    create_entity(_uow(vault), name="Collège de Lyon", country="FR")
    metz = _register(vault, "A", "Lycée de Metz")
    lyon = _register(vault, "B", "Collège de Lyon")
    closed = _register(vault, "C", "Lycée de Metz")
    svc.close(_uow(vault), closed, Outcome.REFUSED, reason="Manifestly unfounded.")
    assert _stored_due(vault, metz) == date(2026, 4, 3)

    update_entity(_uow(vault), "Lycée de Metz", subdivision="6AE")

    assert _stored_due(vault, metz) == date(2026, 4, 7)
    assert _stored_due(vault, lyon) == date(2026, 4, 3)  # another entity
    assert _stored_due(vault, closed) == date(2026, 4, 3)  # closed: its history stays
    with _uow(vault) as check:
        events = [(e.action, e.request_ref) for e in check.audit.entries()]
    assert ("request.rescheduled", metz) in events
    assert ("request.rescheduled", closed) not in events
