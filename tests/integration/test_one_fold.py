"""One fold for every matcher (domain.text.fold), on a real vault: "Łukasz" and "Lukasz" find
each other in the register's search (trigram index and short scan), the requesters' search
and the duplicate-requester hints, and an entity name typed without its accents or capitals
names the entity, for the services and for the register's filter alike; on a SQLCipher vault
and on a team database on PostgreSQL (``read_stores``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import entities as entity_service
from dsr_desk.services import requests as request_service
from dsr_desk.services.read.duplicates import find_possible_duplicates
from dsr_desk.services.read.queries import RequestFilter, count_requests, list_requests
from dsr_desk.services.read.requester_queries import requesters_list
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.read_stores import STORES, Store, open_store

CLOCK = FixedClock.on(date(2026, 3, 20))
ENTITY = "Łódź École Pilote"


@pytest.fixture(scope="module", params=STORES)
def vault(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    with open_store(request, tmp_path_factory.mktemp("fold"), CLOCK) as created:
        entity_service.create_entity(_uow(created), name="Autre Entité")
        entity_service.create_entity(_uow(created), name=ENTITY)
        for name, email in (
            ("Łukasz Wałęsa", "lw@example.pl"),
            ("Lukasz Walesa", "l.w@example.pl"),
        ):
            request_service.register_request(
                _uow(created),
                type=RequestType.ACCESS,
                received_on=date(2026, 3, 2),
                name=name,
                email=email,
                entity=ENTITY,
            )
        yield created


def _uow(vault: Store) -> SqlUnitOfWork:
    return vault.uow("tester")


BOTH = ["Lukasz Walesa", "Łukasz Wałęsa"]


@pytest.mark.parametrize("typed", ["Łukasz", "Lukasz", "ŁUKASZ WAŁĘSA", "lukasz walesa", "Łu"])
def test_the_register_search_finds_both_spellings(vault: Store, typed: str) -> None:
    with _uow(vault) as uow:
        rows = list_requests(uow.dbapi_connection, CLOCK.today(), RequestFilter(search=typed))
    assert sorted(row.requester for row in rows) == BOTH


@pytest.mark.parametrize("typed", ["Łukasz", "lukasz"])
def test_the_requesters_search_finds_both_spellings(vault: Store, typed: str) -> None:
    with _uow(vault) as uow:
        found = requesters_list(uow.dbapi_connection, typed)
    assert sorted(row.name for row in found) == BOTH


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Lukasz Walesa", "Łukasz Wałęsa"), ("Łukasz Wałęsa", "Lukasz Walesa")],
)
def test_duplicate_hints_find_the_other_spelling(vault: Store, typed: str, expected: str) -> None:
    with _uow(vault) as uow:
        hints = find_possible_duplicates(uow.dbapi_connection, typed, None)
    assert sorted(h.name for h in hints) == BOTH  # itself and the other spelling
    assert all(h.same_name for h in hints) and expected in {h.name for h in hints}


@pytest.mark.parametrize("typed", [ENTITY, "lodz ecole pilote", " ŁÓDŹ ÉCOLE PILOTE "])
def test_an_entity_name_typed_without_accents_names_the_entity(vault: Store, typed: str) -> None:
    with _uow(vault) as uow:
        assert entity_service.resolve_entity(uow, typed).name == ENTITY
        flt = RequestFilter(entity=typed)
        rows = list_requests(uow.dbapi_connection, CLOCK.today(), flt)
        assert count_requests(uow.dbapi_connection, CLOCK.today(), flt) == 2
    assert sorted(row.requester for row in rows) == BOTH
    assert {row.entity for row in rows} == {ENTITY}


def test_an_unknown_entity_filters_everything_out(vault: Store) -> None:
    with _uow(vault) as uow:
        flt = RequestFilter(entity="Lodz")
        assert list_requests(uow.dbapi_connection, CLOCK.today(), flt) == []
        assert count_requests(uow.dbapi_connection, CLOCK.today(), flt) == 0


def test_entity_names_differing_only_by_accents_are_one_name(vault: Store) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        entity_service.create_entity(_uow(vault), name="Lodz Ecole Pilote")
    # renaming an entity to its own name with other accents is not a clash with itself
    entity_service.update_entity(_uow(vault), "Autre Entité", name="AUTRE ENTITE")
    with pytest.raises(ValidationError, match="already exists"):
        entity_service.update_entity(_uow(vault), "AUTRE ENTITE", name="lodz ecole pilote")
    entity_service.update_entity(_uow(vault), "autre entite", name="Autre Entité")
