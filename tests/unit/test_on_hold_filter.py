"""The register's "On hold too long" (``services.read.queries``) draws the domain's line
(``Request.on_hold_too_long``: too long when ``add_months(asked_on, months) < today``) for
every setting of months, month ends and leap days included."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dsr_desk.domain.calendar import add_months
from dsr_desk.services.read.queries import ON_HOLD_MONTHS, on_hold_cutoffs


@pytest.mark.parametrize(
    "today",
    [date(2026, 3, 20), date(2026, 3, 31), date(2026, 2, 28), date(2024, 2, 29), date(2026, 5, 1)],
)
def test_the_cutoff_of_each_setting_is_the_domains_line(today: date) -> None:
    values = on_hold_cutoffs(today)
    cutoffs = dict(zip(values[::2], values[1::2], strict=True))
    assert list(cutoffs) == list(ON_HOLD_MONTHS) == list(range(1, 25))
    for months, cutoff in cutoffs.items():
        first = cutoff
        for offset in range(-40, 41):
            asked_on = first + timedelta(days=offset)
            assert (asked_on < first) == (add_months(asked_on, months) < today), (
                months,
                asked_on,
            )
