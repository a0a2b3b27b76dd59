"""Messages and explanation lines read as grammatical English and French: "an access
request", "1 month", "1 working day" (issue 16, item 7)."""

from __future__ import annotations

from datetime import date

import pytest

from dsr_desk.domain.calendar import add_months
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.request_kinds import RequestType, with_article
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import Request


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("access", "an access"),
        ("erasure", "an erasure"),
        ("objection", "an objection"),
        ("rectification", "a rectification"),
        ("marketing-opt-out", "a marketing-opt-out"),
        ("portability", "a portability"),
    ],
)
def test_the_indefinite_article_follows_the_word(word: str, expected: str) -> None:
    assert with_article(word) == expected


def test_every_request_type_reads_with_its_article() -> None:
    for request_type in RequestType:
        article, word = with_article(request_type.value).split(" ", 1)
        assert word == request_type.value
        assert article == ("an" if word[0] in "aeiou" else "a")


def test_one_month_is_singular_in_the_calendar_error() -> None:
    with pytest.raises(ValidationError, match=r"plus 1 month is outside the calendar\.$"):
        add_months(date(9999, 12, 1), 1)
    with pytest.raises(ValidationError, match=r"plus 3 months is outside the calendar\.$"):
        add_months(date(9999, 12, 1), 3)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "without delay: 1 working day from 05/01/2026"), ("fr", "1 jour ouvré à compter")],
)
def test_one_working_day_is_singular_in_the_without_delay_line(lang: str, words: str) -> None:
    request = Request.register(
        reference="DSR-2026-0001",
        type=RequestType.MARKETING_OPT_OUT,
        received_on=date(2026, 1, 5),
        requester=Requester(name="Louis Bernard"),
        entity=Entity(name="Groupe scolaire", without_delay_days=1),
        today=date(2026, 1, 5),
    )
    (line,) = request.deadlines(lang).explanation
    assert words in line, line
