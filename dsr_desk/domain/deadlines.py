"""The response deadline of a data-subject request (GDPR Art. 12(3) and 12(6)).

Legal rules (rules.md §1):

* the period runs from the day the request is **received**; that day is not counted
  (Regulation 1182/71 Art. 3(1));
* one month later by ``add_months`` (Art. 3(2)(c)), then rolled to the next working day when it
  lands on a Saturday, Sunday or public holiday of the controller's country (Art. 3(4));
* the **extension** by two further months ends three months from receipt by the same rule, and
  it must be notified with its reasons within the first month, i.e. by the one-month due date;
* while the controller **waits for identification or clarification** (Art. 12(6)), each
  suspension in the request's ledger follows its recorded policy: ``restart`` counts the period
  again from the day the information arrives; ``pause`` adds the calendar days spent waiting to
  the unrolled end date, which is then rolled to a working day.

``compute_deadlines`` is pure: same inputs, same ``Deadlines``, with an ``explanation`` that
states every step in English or French for the UI and the letters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Final

from dsr_desk.domain.calendar import WorkingCalendar, add_months, check_language, weekday_names
from dsr_desk.domain.errors import ValidationError
from dsr_desk.messages import N_, Text

__all__ = [
    "DUE_MONTHS",
    "EXTENDED_MONTHS",
    "REMINDER_DAYS_BEFORE_DUE",
    "Deadlines",
    "Suspension",
    "SuspensionPolicy",
    "compute_deadlines",
    "reminder_dates",
]

DUE_MONTHS: Final = 1
"""Art. 12(3): "within one month of receipt of the request"."""

EXTENDED_MONTHS: Final = 3
"""Art. 12(3): "extended by two further months", i.e. three months from receipt."""

REMINDER_DAYS_BEFORE_DUE: Final = (7, 2)
"""rules.md §1: default reminders, in calendar days before the effective due date."""

_ONE_DAY: Final = timedelta(days=1)
_SATURDAY: Final = 5


class SuspensionPolicy(StrEnum):
    """How waiting for identification or clarification affects the period (rules.md §1)."""

    RESTART = "restart"
    """The period counts again from the day the information arrives (the default)."""
    PAUSE = "pause"
    """The days spent waiting are added to the unrolled end date."""


@dataclass(frozen=True)
class Suspension:
    """One ledger entry: information asked of the requester, and when (if) it arrived."""

    asked_on: date
    reason: str
    policy: SuspensionPolicy
    received_on: date | None = None

    @property
    def is_open(self) -> bool:
        """True while the requested information has not arrived."""
        return self.received_on is None


@dataclass(frozen=True)
class Deadlines:
    """The due dates of one request and the line-by-line reasoning behind them.

    Every date is "end of that day, local time".
    """

    received: date
    period_start: date
    paused_days: int
    due: date
    extended_due: date
    extension_notice_by: date
    on_hold_since: date | None
    explanation: tuple[str, ...]

    def effective_due(self, extended: bool) -> date:
        """The due date in force: three months if the extension was notified, else one."""
        return self.extended_due if extended else self.due

    def is_overdue(self, today: date, extended: bool) -> bool:
        """Past the effective due date; a request waiting for the requester is never overdue."""
        if self.on_hold_since is not None:
            return False
        return today > self.effective_due(extended)

    def days_left(self, today: date, extended: bool) -> int:
        """Calendar days until the effective due date; negative once it has passed."""
        return (self.effective_due(extended) - today).days

    def can_still_extend(self, on: date) -> bool:
        """Art. 12(3): the extension must be notified by the one-month due date at the latest."""
        return on <= self.extension_notice_by


# --- wording ----------------------------------------------------------------------------------

_TEXTS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "received": "received {date}",
        "counting_from": "counting from {date}",
        "months_1": "+1 month",
        "months_n": "+{n} months",
        "paused_1": "+1 paused day",
        "paused_n": "+{n} paused days",
        "missing_day": "{day:02d}/{month:02d} does not exist → last day of the month ",
        "working": "{date} ({weekday})",
        "weekend": "{date} is a {weekday}",
        "holiday": "{date} is a public holiday ({name})",
        "weekend_holiday": "{date} is a {weekday} and a public holiday ({name})",
        "next_working": "{weekday} {date}",
        "restart": (
            "{reason} asked {asked}, received {got} → the period restarts from {got} "
            "(policy: restart)"
        ),
        "pause_1": "{reason} asked {asked}, received {got} → paused 1 day (policy: pause)",
        "pause_n": "{reason} asked {asked}, received {got} → paused {n} days (policy: pause)",
        "open": "on hold since {asked} waiting for {reason}",
        "extended": "if extended (two further months): {steps}",
        "notice": (
            "the extension and its reasons must be notified by {date} (the one-month due date)"
        ),
        "step_sep": "; ",
    },
    "fr": {
        "received": "reçue le {date}",
        "counting_from": "décompte à partir du {date}",
        "months_1": "+1 mois",
        "months_n": "+{n} mois",
        "paused_1": "+1 jour de suspension",
        "paused_n": "+{n} jours de suspension",
        "missing_day": "le {day:02d}/{month:02d} n'existe pas → dernier jour du mois : ",
        "working": "{date} ({weekday})",
        "weekend": "le {date} est un {weekday}",
        "holiday": "le {date} est un jour férié ({name})",
        "weekend_holiday": "le {date} est un {weekday} et un jour férié ({name})",
        "next_working": "{weekday} {date}",
        "restart": (
            "{reason} : demande le {asked}, réception le {got} → le délai repart du {got} "
            "(règle : redémarrage)"
        ),
        "pause_1": (
            "{reason} : demande le {asked}, réception le {got} → délai suspendu 1 jour "
            "(règle : pause)"
        ),
        "pause_n": (
            "{reason} : demande le {asked}, réception le {got} → délai suspendu {n} jours "
            "(règle : pause)"
        ),
        "open": "en attente depuis le {asked} : {reason}",
        "extended": "en cas de prolongation (deux mois supplémentaires) : {steps}",
        "notice": (
            "la prolongation et ses motifs doivent être notifiés au plus tard le {date} "
            "(échéance d'un mois)"
        ),
        "step_sep": " ; ",
    },
}

_REMINDER_LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {"before": "{n} days before due", "notice": "extension-notice deadline"},
    "fr": {
        "before": "{n} jours avant l'échéance",
        "notice": "date limite d'annonce de prolongation",
    },
}


@lru_cache(maxsize=16384)
def _fmt(day: date) -> str:
    """Dates in letters and the UI read DD/MM/YYYY (cached: the engine formats many)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def _plural(texts: dict[str, str], key: str, n: int) -> str:
    return texts[f"{key}_1"] if n == 1 else texts[f"{key}_n"].format(n=n)


def _describe_day(day: date, calendar: WorkingCalendar, lang: str) -> str:
    """Why ``day`` is not a working day: weekend, public holiday, or both."""
    texts = _TEXTS[lang]
    weekday = weekday_names(lang)[day.weekday()]
    name = calendar.holiday_name(day, lang)
    if name is None:
        return texts["weekend"].format(date=_fmt(day), weekday=weekday)
    key = "weekend_holiday" if day.weekday() >= _SATURDAY else "holiday"
    return texts[key].format(date=_fmt(day), weekday=weekday, name=name)


def _roll_forward_described(day: date, calendar: WorkingCalendar, lang: str) -> tuple[date, str]:
    """Art. 3(4): the next working day from ``day``, and why, e.g.
    "15/02/2026 is a Sunday → Monday 16/02/2026".

    The first non-working day is always named; later ones only when they are weekday holidays
    (a Sunday after a Saturday goes without saying).
    """
    texts = _TEXTS[lang]
    weekdays = weekday_names(lang)
    if calendar.is_working_day(day):
        return day, texts["working"].format(date=_fmt(day), weekday=weekdays[day.weekday()])
    parts = [_describe_day(day, calendar, lang)]
    current = calendar.roll_forward(day + _ONE_DAY)
    holiday = day + _ONE_DAY
    while holiday < current:
        if holiday.weekday() < _SATURDAY:
            parts.append(_describe_day(holiday, calendar, lang))
        holiday += _ONE_DAY
    parts.append(
        texts["next_working"].format(date=_fmt(current), weekday=weekdays[current.weekday()])
    )
    return current, " → ".join(parts)


def _period_end(
    start: date,
    months: int,
    *,
    paused_days: int,
    calendar: WorkingCalendar,
    origin: str,
    lang: str,
) -> tuple[date, str]:
    """One application of the rule, and its explanation line.

    ``start`` + ``months`` by Art. 3(2)(c), + the paused days (``pause`` suspensions add them
    to the unrolled end date), then rolled to a working day by Art. 3(4). The line reads e.g.
    "received 15/01/2026; +1 month → 15/02/2026 is a Sunday → Monday 16/02/2026".
    """
    texts = _TEXTS[lang]
    separator = texts["step_sep"]
    month_end = add_months(start, months)
    parts = [origin, separator, _plural(texts, "months", months), " → "]
    if month_end.day != start.day:
        parts.append(texts["missing_day"].format(day=start.day, month=month_end.month))
    unrolled_end = month_end
    if paused_days:
        unrolled_end = month_end + timedelta(days=paused_days)
        parts += [_fmt(month_end), separator, _plural(texts, "paused", paused_days), " → "]
    end, roll_text = _roll_forward_described(unrolled_end, calendar, lang)
    parts.append(roll_text)
    return end, "".join(parts)


def _origin(received: date, period_start: date, lang: str) -> str:
    key = "received" if period_start == received else "counting_from"
    return _TEXTS[lang][key].format(date=_fmt(period_start))


def _describe_suspension(suspension: Suspension, lang: str) -> str:
    texts = _TEXTS[lang]
    asked = _fmt(suspension.asked_on)
    if suspension.received_on is None:
        return texts["open"].format(asked=asked, reason=suspension.reason)
    got = _fmt(suspension.received_on)
    if suspension.policy is SuspensionPolicy.RESTART:
        return texts["restart"].format(reason=suspension.reason, asked=asked, got=got)
    days = (suspension.received_on - suspension.asked_on).days
    key = "pause_1" if days == 1 else "pause_n"
    return texts[key].format(reason=suspension.reason, asked=asked, got=got, n=days)


# --- validation -------------------------------------------------------------------------------


def _check_date(value: object, what: str) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(
            "The {what} must be a calendar date, not {value!r}.", what=Text(what), value=value
        )
    return value


def _normalised(suspension: Suspension) -> Suspension:
    """The suspension with a checked policy, reason and dates, or a ``ValidationError``."""
    asked_on = _check_date(suspension.asked_on, N_("date the information was asked"))
    if suspension.received_on is not None:
        _check_date(suspension.received_on, N_("date the information was received"))
    reason = suspension.reason.strip() if isinstance(suspension.reason, str) else ""
    if not reason:
        raise ValidationError(
            "The suspension asked on {asked_on} needs a reason.", asked_on=_fmt(asked_on)
        )
    try:
        policy = SuspensionPolicy(suspension.policy)
    except ValueError:
        raise ValidationError(
            "Unknown suspension policy {policy!r}: use 'restart' or 'pause'.",
            policy=suspension.policy,
        ) from None
    if policy is suspension.policy and reason == suspension.reason:
        return suspension
    return Suspension(asked_on, reason, policy, suspension.received_on)


def _sorted_ledger(received: date, suspensions: Sequence[Suspension]) -> list[Suspension]:
    """The ledger in chronological order, after checking that it is consistent.

    Information cannot be asked before the request was received, nor arrive before it was
    asked; suspensions cannot overlap (one may start the day the previous one ended), and only
    the last one may still be waiting.
    """
    ledger = sorted(  # ties (same days) by reason and policy: the same answer in any order
        (_normalised(s) for s in suspensions),
        key=lambda s: (s.asked_on, s.received_on or date.max, s.reason, s.policy.value),
    )
    previous: Suspension | None = None
    for suspension in ledger:
        asked = _fmt(suspension.asked_on)
        if suspension.asked_on < received:
            raise ValidationError(
                "The {reason} was asked on {asked}, before the request was received on {received}.",
                reason=suspension.reason,
                asked=asked,
                received=_fmt(received),
            )
        if suspension.received_on is not None and suspension.received_on < suspension.asked_on:
            raise ValidationError(
                "The {reason} asked on {asked} cannot have been received on {received_on}, "
                "before it was asked.",
                reason=suspension.reason,
                asked=asked,
                received_on=_fmt(suspension.received_on),
            )
        if previous is not None:
            _check_no_overlap(previous, suspension)
        previous = suspension
    return ledger


def _check_no_overlap(previous: Suspension, current: Suspension) -> None:
    if previous.received_on is None:
        raise ValidationError(
            "The {reason} asked on {asked_on} is still awaited: no other suspension can "
            "start after it (asked on {asked_on2}).",
            reason=previous.reason,
            asked_on=_fmt(previous.asked_on),
            asked_on2=_fmt(current.asked_on),
        )
    if current.asked_on < previous.received_on:
        raise ValidationError(
            "Suspensions overlap: {reason} asked on {asked_on}, while {reason2} asked on "
            "{asked_on2} was awaited until {received_on}.",
            reason=current.reason,
            asked_on=_fmt(current.asked_on),
            reason2=previous.reason,
            asked_on2=_fmt(previous.asked_on),
            received_on=_fmt(previous.received_on),
        )


# --- the engine -------------------------------------------------------------------------------


def compute_deadlines(
    received: date,
    calendar: WorkingCalendar,
    suspensions: Sequence[Suspension] = (),
    *,
    lang: str = "en",
) -> Deadlines:
    """Due dates of a request received on ``received``, given its suspension ledger.

    The one-month period is computed from receipt, then every completed suspension is applied in
    the order it was asked: ``restart`` moves the start of the period to the arrival date and
    drops the days paused so far; ``pause`` adds its waiting days to the unrolled end date. An
    open suspension (still waiting) changes no date but puts the request on hold. The
    three-month extended due date follows the same start and paused days; the extension must
    be notified by the one-month due date.
    """
    check_language(lang)
    received = _check_date(received, N_("date the request was received"))
    ledger = _sorted_ledger(received, suspensions)
    texts = _TEXTS[lang]
    period_start, paused_days = received, 0
    on_hold_since: date | None = None

    def period(months: int) -> tuple[date, str]:
        # Reads the *current* period_start and paused_days as the ledger is applied.
        origin = _origin(received, period_start, lang)
        try:
            return _period_end(
                period_start,
                months,
                paused_days=paused_days,
                calendar=calendar,
                origin=origin,
                lang=lang,
            )
        except OverflowError:
            raise ValidationError(
                "The deadline of a request received on {received} is outside the calendar.",
                received=_fmt(received),
            ) from None

    due, line = period(DUE_MONTHS)
    lines = [line]
    for suspension in ledger:
        lines.append(_describe_suspension(suspension, lang))
        if suspension.received_on is None:
            on_hold_since = suspension.asked_on
            continue
        if suspension.policy is SuspensionPolicy.RESTART:
            period_start, paused_days = suspension.received_on, 0
        else:
            paused_days += (suspension.received_on - suspension.asked_on).days
        due, line = period(DUE_MONTHS)
        lines.append(line)

    extended_due, line = period(EXTENDED_MONTHS)
    lines.append(texts["extended"].format(steps=line))
    lines.append(texts["notice"].format(date=_fmt(due)))
    return Deadlines(
        received=received,
        period_start=period_start,
        paused_days=paused_days,
        due=due,
        extended_due=extended_due,
        extension_notice_by=due,
        on_hold_since=on_hold_since,
        explanation=tuple(lines),
    )


def reminder_dates(
    deadlines: Deadlines, extended: bool, *, lang: str = "en"
) -> list[tuple[date, str]]:
    """Default reminders (rules.md §1): 7 and 2 calendar days before the effective due date,
    and, while the request is not extended, on the extension-notice deadline. Sorted by date.
    """
    labels = _REMINDER_LABELS[check_language(lang)]
    due = deadlines.effective_due(extended)
    reminders = [
        (due - timedelta(days=n), labels["before"].format(n=n)) for n in REMINDER_DAYS_BEFORE_DUE
    ]
    if not extended:
        reminders.append((deadlines.extension_notice_by, labels["notice"]))
    return sorted(reminders)
