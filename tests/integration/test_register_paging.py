"""The register's default order (open requests by due date, then closed ones) read page by
page from a real vault and from a team database on PostgreSQL (``read_stores``): every page
boundary, with and without filters, matches the order computed in Python over all rows, and
the total is right."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from dsr_desk.demo.seed import seed_demo_data
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import OPEN_STATUSES, RequestType
from dsr_desk.services.entities import create_entity
from dsr_desk.services.read import queries
from dsr_desk.services.read.queries import RequestFilter, list_requests, list_requests_page
from tests.integration.read_stores import STORES, Store, open_store

CLOCK = FixedClock.on(date(2026, 3, 20))
OPEN = {s.value for s in OPEN_STATUSES}


@pytest.fixture(scope="module", params=STORES)
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    with open_store(request, tmp_path_factory.mktemp("paging"), CLOCK) as made:
        create_entity(made.uow("t"), name="Lycée Exemple")
        seed_demo_data(made.uow("t"), 400)
        yield made


@pytest.mark.parametrize(
    "flt",
    [
        RequestFilter(),
        RequestFilter(search="mar"),
        RequestFilter(search="e"),  # short: a scan matching most requests
        RequestFilter(types=frozenset({RequestType.ACCESS})),
        RequestFilter(open_only=True),
    ],
    ids=["all", "search", "short-search", "type", "open"],
)
@pytest.mark.parametrize("page", [1, 7, 50, 1000])
@pytest.mark.parametrize("dense_from", [queries.DENSE_MATCHES, 10], ids=["sorted", "walked"])
def test_pages_follow_the_urgent_first_order(
    store: Store,
    flt: RequestFilter,
    page: int,
    dense_from: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Below ``DENSE_MATCHES`` matches a short search sorts them; above, it walks the indexes.
    monkeypatch.setattr(queries, "DENSE_MATCHES", dense_from)
    with store.uow("t") as uow:
        db = uow.dbapi_connection
        everything = list_requests(db, CLOCK.today(), flt)
        rows, total = list_requests_page(db, CLOCK.today(), flt, limit=page)
        pages = list(rows)
        while len(pages) < total:
            more, later_total = list_requests_page(
                db, CLOCK.today(), flt, limit=page, offset=len(pages)
            )
            assert more and later_total == -1
            pages += more
    assert total == len(everything) > 0
    expected = sorted(everything, key=lambda r: (r.status not in OPEN, r.due_on, r.reference))
    assert [r.reference for r in pages] == [r.reference for r in expected]
    assert [r.reference for r in everything] == [r.reference for r in expected]
    if flt.open_only:
        assert all(r.status in OPEN for r in pages)


@pytest.mark.parametrize("search", ["zq", "§", "%z"])
def test_a_short_search_without_match_is_an_empty_first_page(store: Store, search: str) -> None:
    with store.uow("t") as uow:
        db = uow.dbapi_connection
        assert not queries.uses_search_index(search)  # one or two characters, or LIKE's own
        assert list_requests_page(db, CLOCK.today(), RequestFilter(search=search), limit=50) == (
            [],
            0,
        )
        assert queries.count_requests(db, CLOCK.today(), RequestFilter(search=search)) == 0
