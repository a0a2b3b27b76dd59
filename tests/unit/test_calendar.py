"""Month arithmetic (Regulation 1182/71 Art. 3(2)(c)) and working days (Art. 3(4))."""

from __future__ import annotations

import calendar as stdlib_calendar
import time
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsr_desk.domain.calendar import (
    WorkingCalendar,
    add_months,
    british_spelling,
    calendar_for,
    days_in_month,
    weekday_name,
)
from dsr_desk.domain.deadlines import compute_deadlines
from dsr_desk.domain.errors import ValidationError

FR = calendar_for("FR")
MOSELLE = calendar_for("FR", "57")
ALSACE = calendar_for("FR", "6AE")

# --- add_months ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 3, 5), 1, date(2026, 4, 5)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),  # EDPB: 31 August → 30 September
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 1, date(2028, 3, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2024, 12, 31), 1, date(2025, 1, 31)),  # across the year end
        (date(2025, 11, 15), 3, date(2026, 2, 15)),
        (date(2026, 1, 31), 3, date(2026, 4, 30)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 7, 14), 0, date(2026, 7, 14)),
    ],
)
def test_add_months_follows_article_3_2_c(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_add_months_outside_the_calendar_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="outside the calendar"):
        add_months(date(9999, 12, 1), 1)


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)), st.integers(-36, 36))
def test_add_months_same_day_or_last_day_of_target_month(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last_day = stdlib_calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last_day)


@given(st.integers(1, 9999), st.integers(1, 12))
def test_days_in_month_matches_the_standard_library(year: int, month: int) -> None:
    assert days_in_month(year, month) == stdlib_calendar.monthrange(year, month)[1]


# --- French public holidays ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "english", "french"),
    [
        (date(2026, 1, 1), "New Year's Day", "Jour de l'an"),
        (date(2026, 4, 6), "Easter Monday", "Lundi de Pâques"),
        (date(2026, 5, 1), "Labour Day", "Fête du Travail"),
        (date(2026, 5, 8), "Victory Day", "Fête de la Victoire"),
        (date(2026, 5, 14), "Ascension Day", "Ascension"),
        (date(2026, 5, 25), "Pentecost Monday", "Lundi de Pentecôte"),  # Whit Monday
        (date(2026, 7, 14), "National Day", "Fête nationale"),
        (date(2026, 8, 15), "Assumption Day", "Assomption"),
        (date(2026, 11, 1), "All Saints' Day", "Toussaint"),
        (date(2026, 11, 11), "Armistice Day", "Armistice"),
        (date(2026, 12, 25), "Christmas Day", "Noël"),
    ],
)
def test_french_public_holidays_are_not_working_days(day: date, english: str, french: str) -> None:
    assert not FR.is_working_day(day)
    assert FR.holiday_name(day) == english
    assert FR.holiday_name(day, "fr") == french


@pytest.mark.parametrize(
    "day",
    [date(2027, 5, 6), date(2027, 5, 17), date(2030, 5, 30), date(2030, 6, 10)],
    ids=["ascension-2027", "whit-monday-2027", "ascension-2030", "whit-monday-2030"],
)
def test_movable_feasts_follow_easter(day: date) -> None:
    assert FR.holiday_name(day) is not None
    assert not FR.is_working_day(day)


def test_weekends_are_not_working_days_and_ordinary_weekdays_are() -> None:
    assert not FR.is_working_day(date(2026, 2, 14))  # Saturday
    assert not FR.is_working_day(date(2026, 2, 15))  # Sunday
    assert FR.is_working_day(date(2026, 2, 16))  # Monday
    assert FR.holiday_name(date(2026, 2, 16)) is None


def test_roll_forward() -> None:
    assert FR.roll_forward(date(2026, 2, 16)) == date(2026, 2, 16)  # already a working day
    assert FR.roll_forward(date(2026, 2, 14)) == date(2026, 2, 16)  # Saturday → Monday
    assert FR.roll_forward(date(2026, 4, 5)) == date(2026, 4, 7)  # Easter Sunday + Monday


# --- Alsace-Moselle -----------------------------------------------------------------------------


@pytest.mark.parametrize("local", [MOSELLE, ALSACE], ids=["57", "6AE"])
@pytest.mark.parametrize(
    "day", [date(2026, 4, 3), date(2025, 12, 26)], ids=["good-friday", "26dec"]
)
def test_alsace_moselle_adds_good_friday_and_26_december(local: WorkingCalendar, day: date) -> None:
    assert FR.is_working_day(day)
    assert not local.is_working_day(day)
    assert local.holiday_name(day) is not None


def test_alsace_moselle_changes_a_due_date() -> None:
    # received 25/11/2025 → 25/12/2025 (Thursday, Christmas) → Friday 26/12 in France,
    # but 26 December is Saint Stephen's Day in Alsace-Moselle → Monday 29/12/2025.
    assert compute_deadlines(date(2025, 11, 25), FR).due == date(2025, 12, 26)
    assert compute_deadlines(date(2025, 11, 25), MOSELLE).due == date(2025, 12, 29)
    # received 03/03/2026 → Friday 03/04/2026, Good Friday in Alsace-Moselle → Tuesday 07/04.
    assert compute_deadlines(date(2026, 3, 3), FR).due == date(2026, 4, 3)
    assert compute_deadlines(date(2026, 3, 3), ALSACE).due == date(2026, 4, 7)


def test_subdivision_aliases_and_case_are_normalised() -> None:
    assert WorkingCalendar("fr", "moselle").subdivision == "57"
    assert WorkingCalendar(" FR ", "6ae").subdivision == "6AE"
    assert WorkingCalendar("FR", "  ").subdivision is None
    assert WorkingCalendar("fr").country == "FR"


@pytest.mark.parametrize("department", ["67", "68", "Bas-Rhin", "haut-rhin"])
def test_bas_rhin_and_haut_rhin_are_the_packages_alsace(department: str) -> None:
    local = WorkingCalendar("FR", department)
    assert local.subdivision == "6AE"
    assert local.holiday_name(date(2026, 4, 3)) == "Good Friday"
    assert local.holiday_name(date(2026, 12, 26)) == "Saint Stephen's Day"


def test_english_holiday_names_are_in_british_spelling() -> None:
    assert british_spelling("Labor Day") == "Labour Day"
    assert british_spelling("Laboratory Day") == "Laboratory Day"  # whole words only
    assert FR.holiday_name(date(2026, 5, 1)) == "Labour Day"
    assert FR.holiday_name(date(2026, 5, 1), lang="fr") == "Fête du Travail"


# --- other countries ----------------------------------------------------------------------------


def test_germany_has_its_own_holidays() -> None:
    germany = calendar_for("DE")
    assert germany.holiday_name(date(2025, 10, 3)) == "German Unity Day"
    assert not germany.is_working_day(date(2025, 10, 3))  # a Friday
    assert FR.is_working_day(date(2025, 10, 3))
    assert germany.is_working_day(date(2026, 7, 14))  # no Bastille Day in Germany
    assert compute_deadlines(date(2025, 9, 3), germany).due == date(2025, 10, 6)
    assert compute_deadlines(date(2025, 9, 3), FR).due == date(2025, 10, 3)


def test_united_kingdom_bank_holidays_include_substitute_days() -> None:
    uk = calendar_for("GB")
    assert uk.holiday_name(date(2026, 5, 4)) == "May Day"
    assert uk.holiday_name(date(2026, 12, 28)) == "Boxing Day (observed)"
    assert compute_deadlines(date(2026, 4, 4), uk).due == date(2026, 5, 5)


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("country", ["XX", "France", "ZZ"])
def test_unknown_country_is_a_validation_error_naming_it(country: str) -> None:
    with pytest.raises(ValidationError, match=f"Unknown country '{country}'"):
        WorkingCalendar(country)


def test_empty_country_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="country code"):
        WorkingCalendar("  ")


def test_unknown_subdivision_is_a_validation_error_naming_it() -> None:
    with pytest.raises(ValidationError, match="Unknown subdivision '99' for country FR"):
        WorkingCalendar("FR", "99")


def test_unknown_country_through_the_cache_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        calendar_for("XX")


def test_unsupported_language_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="Unsupported language 'de'"):
        FR.holiday_name(date(2026, 7, 14), "de")
    with pytest.raises(ValidationError):
        weekday_name(date(2026, 7, 14), "de")


# --- names never depend on the process locale ---------------------------------------------------


def test_holiday_names_ignore_the_process_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(variable, "uk_UA.UTF-8")
    fresh = WorkingCalendar("FR")
    assert fresh.holiday_name(date(2026, 7, 14)) == "National Day"
    assert fresh.holiday_name(date(2026, 7, 14), "fr") == "Fête nationale"
    assert WorkingCalendar("DE").holiday_name(date(2025, 10, 3), "fr") == "German Unity Day"


def test_weekday_names() -> None:
    assert weekday_name(date(2026, 2, 15)) == "Sunday"
    assert weekday_name(date(2026, 2, 15), "fr") == "dimanche"
    assert weekday_name(date(2026, 2, 16), "fr") == "lundi"


# --- caching ------------------------------------------------------------------------------------


def test_calendar_for_is_cached() -> None:
    assert calendar_for("FR") is calendar_for("FR")
    assert calendar_for("FR", "57") is not calendar_for("FR")
    assert repr(calendar_for("FR", "57")) == "WorkingCalendar(country='FR', subdivision='57')"


def test_warm_compute_deadlines_is_fast() -> None:
    """Seeding calls the engine ~100 000 times: holidays must be cached per year, not rebuilt.

    The bound is generous (the engine takes well under 50 µs) so that a loaded CI machine
    does not fail it; rebuilding holiday tables per call would take milliseconds.
    """
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
    for day in days:
        compute_deadlines(day, FR)
    started = time.perf_counter()
    for _ in range(3):
        for day in days:
            compute_deadlines(day, FR)
    per_call = (time.perf_counter() - started) / (3 * len(days))
    assert per_call < 500e-6
