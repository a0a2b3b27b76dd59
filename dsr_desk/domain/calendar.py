"""Calendar arithmetic for legal time limits: months, working days and public holidays.

The rules come from Regulation (EEC, Euratom) No 1182/71, which GDPR Art. 12(3) periods follow:

* Art. 3(2)(c): a period expressed in months ends on the day of the last month that has the
  same date as the starting day, or on the last day of that month if it has no such date;
* Art. 3(4): a period that would end on a Saturday, a Sunday or a public holiday ends on the
  next working day.

Public holidays always come from the ``holidays`` package, never from a table kept here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from dsr_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    import holidays

__all__ = [
    "SUPPORTED_LANGUAGES",
    "WorkingCalendar",
    "add_months",
    "british_spelling",
    "calendar_for",
    "check_language",
    "days_in_month",
    "weekday_name",
    "weekday_names",
]

SUPPORTED_LANGUAGES: Final = ("en", "fr")

_WEEKDAY_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}

# Locales of the ``holidays`` package to try, best first, for each language DSR Desk writes in.
# A language the country does not translate falls back to English, then to the country's own.
_HOLIDAY_LOCALES: Final[dict[str, tuple[str, ...]]] = {
    "en": ("en_GB", "en_US"),
    "fr": ("fr", "fr_FR", "fr_BE", "fr_CH", "fr_CA", "en_GB", "en_US"),
}

# Departments the ``holidays`` package knows under another subdivision code: Bas-Rhin (67) and
# Haut-Rhin (68) are its Alsace ("6AE"), as Moselle is "57" (Alsace-Moselle local law: Good
# Friday and 26 December are public holidays there).
_SUBDIVISION_ALIASES: Final[dict[str, dict[str, str]]] = {
    "FR": {"67": "6AE", "68": "6AE", "bas-rhin": "6AE", "haut-rhin": "6AE"},
}

# English holiday names in British spelling when the package has only American English for a
# country (France: "Labor Day"). Whole words only.
_BRITISH_SPELLING: Final = {
    "Labor": "Labour",
    "Honor": "Honour",
    "Neighbor": "Neighbour",
    "Center": "Centre",
    "Defense": "Defence",
}
_AMERICAN_WORDS: Final = re.compile(r"\b(" + "|".join(_BRITISH_SPELLING) + r")\b")

_SATURDAY: Final = 5
_FEBRUARY: Final = 2
_DAYS_IN_MONTH: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def check_language(lang: str) -> str:
    """Return ``lang`` if DSR Desk can write in it, else raise ``ValidationError``."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ValidationError(
            "Unsupported language {lang!r}: choose one of {supported_languages}.",
            lang=lang,
            supported_languages=", ".join(SUPPORTED_LANGUAGES),
        )
    return lang


def weekday_names(lang: str = "en") -> tuple[str, ...]:
    """Weekday names Monday first, from a fixed table, never the process locale."""
    return _WEEKDAY_NAMES[check_language(lang)]


def weekday_name(day: date, lang: str = "en") -> str:
    """The weekday of ``day`` ("Monday", "lundi")."""
    return weekday_names(lang)[day.weekday()]


def add_months(day: date, months: int) -> date:
    """Add a number of months the way Regulation 1182/71 Art. 3(2)(c) counts a period.

    The result is the same day of the month in the target month or, when that month has no such
    day, the last day of that month: 31 Aug + 1 → 30 Sep; 29 Feb 2028 + 12 → 28 Feb 2029.
    """
    month_index = day.year * 12 + (day.month - 1) + months
    year, month_zero_based = divmod(month_index, 12)
    if not 1 <= year <= 9999:
        unit = "month" if abs(months) == 1 else "months"
        raise ValidationError(
            "{day} plus {months} {unit} is outside the calendar.",
            day=day.isoformat(),
            months=months,
            unit=unit,
        )
    month = month_zero_based + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def _is_leap(year: int) -> bool:
    """Gregorian leap year (the stdlib ``calendar`` module would also load ``locale``)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Number of days of ``month`` (1-12) in ``year``, leap years included."""
    if month == _FEBRUARY and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def _normalise_country(country: str) -> str:
    code = country.strip().upper() if isinstance(country, str) else ""
    if not code:
        raise ValidationError("A country code is needed for the public holidays (e.g. 'FR').")
    return code


class WorkingCalendar:
    """The working days of one country (optionally one subdivision) for legal time limits.

    Working days are Monday to Friday except the country's public holidays, taken from the
    ``holidays`` package. Holidays are loaded once per year and kept, so ``is_working_day`` is a
    weekday test plus a set lookup. France's Alsace-Moselle subdivisions are ``"57"`` (Moselle)
    and ``"6AE"`` (Alsace, also accepted as its departments ``"67"`` and ``"68"``); they add
    Good Friday and 26 December.
    """

    __slots__ = ("_days_by_year", "_locales", "_names_by_year", "country", "subdivision")

    country: str
    subdivision: str | None

    def __init__(self, country: str = "FR", subdivision: str | None = None) -> None:
        import holidays  # imported when a calendar is first needed: it is slow to load

        code = _normalise_country(country)
        try:
            probe = holidays.country_holidays(code)
        except NotImplementedError:
            raise ValidationError(
                "Unknown country {country!r} for public holidays: use a two-letter ISO code such "
                "as 'FR', 'DE' or 'GB'.",
                country=country,
            ) from None
        self.country = code
        self.subdivision = self._canonical_subdivision(probe, subdivision)
        supported = set(probe.supported_languages)
        self._locales = {
            lang: self._pick_locale(candidates, supported, probe.default_language)
            for lang, candidates in _HOLIDAY_LOCALES.items()
        }
        self._days_by_year: dict[int, frozenset[date]] = {}
        self._names_by_year: dict[tuple[int, str], dict[date, str]] = {}

    def __repr__(self) -> str:
        return f"WorkingCalendar(country={self.country!r}, subdivision={self.subdivision!r})"

    def _canonical_subdivision(
        self, probe: holidays.HolidayBase, subdivision: str | None
    ) -> str | None:
        """Map ``subdivision`` (code or alias, any case) to the package's code, or reject it."""
        if subdivision is None or not subdivision.strip():
            return None
        wanted = subdivision.strip().casefold()
        codes: tuple[str, ...] = tuple(probe.subdivisions)
        aliases: dict[str, str] = dict(getattr(probe, "subdivisions_aliases", {}) or {})
        for code in codes:
            if code.casefold() == wanted:
                return code
        for alias, code in aliases.items():
            if alias.casefold() == wanted:
                return code
        extra = _SUBDIVISION_ALIASES.get(self.country, {}).get(wanted)
        if extra is not None and extra in codes:
            return extra
        known = ", ".join(codes) if codes else "none"
        raise ValidationError(
            "Unknown subdivision {subdivision!r} for country {country}; known: {known}.",
            subdivision=subdivision,
            country=self.country,
            known=known,
        )

    @staticmethod
    def _pick_locale(candidates: tuple[str, ...], supported: set[str], default: str | None) -> str:
        """Always an explicit locale: left to itself, ``holidays`` would read the process's."""
        for locale in candidates:
            if locale in supported:
                return locale
        for locale in sorted(supported):
            if locale.startswith("en"):
                return locale
        return default or sorted(supported)[0]

    def _load_year(self, year: int, lang: str) -> dict[date, str]:
        names = self._names_by_year.get((year, lang))
        if names is None:
            import holidays

            table = holidays.country_holidays(
                self.country, subdiv=self.subdivision, years=year, language=self._locales[lang]
            )
            names = {day: str(name) for day, name in table.items() if day.year == year}
            if self._locales[lang] == "en_US":
                names = {day: british_spelling(name) for day, name in names.items()}
            self._names_by_year[(year, lang)] = names
        return names

    def _holidays_in(self, year: int) -> frozenset[date]:
        days = self._days_by_year.get(year)
        if days is None:
            days = frozenset(self._load_year(year, "en"))
            self._days_by_year[year] = days
        return days

    def is_public_holiday(self, day: date) -> bool:
        """True when ``day`` is a public holiday of this country (whatever its weekday)."""
        return day in self._holidays_in(day.year)

    def holiday_name(self, day: date, lang: str = "en") -> str | None:
        """The public holiday's name in English or French, or None on an ordinary day."""
        check_language(lang)
        if not self.is_public_holiday(day):
            return None
        return self._load_year(day.year, lang).get(day)

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday and not a public holiday (Regulation 1182/71 Art. 3(4))."""
        return day.weekday() < _SATURDAY and day not in self._holidays_in(day.year)

    def roll_forward(self, day: date) -> date:
        """``day`` itself if it is a working day, else the next working day (Art. 3(4))."""
        one_day = timedelta(days=1)
        try:
            while not self.is_working_day(day):
                day += one_day
        except OverflowError:
            raise ValidationError("No working day left in the calendar after that date.") from None
        return day


def british_spelling(name: str) -> str:
    """An English holiday name in British spelling ("Labor Day" → "Labour Day")."""
    return _AMERICAN_WORDS.sub(lambda found: _BRITISH_SPELLING[found.group(1)], name)


@lru_cache(maxsize=64)
def calendar_for(country: str = "FR", subdivision: str | None = None) -> WorkingCalendar:
    """A shared ``WorkingCalendar`` per (country, subdivision): its holiday cache stays warm."""
    return WorkingCalendar(country, subdivision)
