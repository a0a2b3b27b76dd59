"""The size limits live in the domain: every way in (GUI, CLI, importers) meets the same ones."""

from __future__ import annotations

from datetime import date

import pytest

from dsr_desk.domain import limits
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requesters import Requester, normalise_email
from dsr_desk.services.read.queries import RequestFilter


def test_text_limits_are_enforced_by_the_domain() -> None:
    Requester(name="n" * limits.MAX_NAME)
    with pytest.raises(ValidationError, match="name is too long"):
        Requester(name="n" * (limits.MAX_NAME + 1))
    with pytest.raises(ValidationError, match="e-mail address is too long"):
        normalise_email("e" * 250 + "@example.org")
    with pytest.raises(ValidationError, match="address is too long"):
        Requester(name="A", postal_address="x" * (limits.MAX_ADDRESS + 1))
    with pytest.raises(ValidationError, match="entity's name is too long"):
        Entity(name="E" * (limits.MAX_NAME + 1))
    with pytest.raises(ValidationError, match="search text is too long"):
        RequestFilter(search="s" * (limits.MAX_SEARCH + 1))


def test_years_and_counts() -> None:
    limits.check_year(date(1900, 1, 1))
    limits.check_year(date(2100, 12, 31))
    for day in (date(1899, 12, 31), date(2101, 1, 1)):
        with pytest.raises(ValidationError, match="1900 to 2100"):
            limits.check_year(day)
    limits.check_count(limits.MAX_COUNT, "count")
    with pytest.raises(ValidationError, match="1,000,000"):
        limits.check_count(limits.MAX_COUNT + 1, "count")
