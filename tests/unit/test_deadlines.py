"""The response deadline engine (GDPR Art. 12(3), 12(6); Regulation 1182/71 Art. 3)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsr_desk.domain.calendar import WorkingCalendar, add_months, calendar_for
from dsr_desk.domain.deadlines import (
    Suspension,
    SuspensionPolicy,
    compute_deadlines,
    reminder_dates,
)
from dsr_desk.domain.errors import ValidationError

FR = calendar_for("FR")
RESTART = SuspensionPolicy.RESTART
PAUSE = SuspensionPolicy.PAUSE
ID_DOCUMENT = "identity document"


def restart(asked: date, received: date | None = None, reason: str = ID_DOCUMENT) -> Suspension:
    return Suspension(asked_on=asked, reason=reason, policy=RESTART, received_on=received)


def pause(asked: date, received: date | None = None, reason: str = ID_DOCUMENT) -> Suspension:
    return Suspension(asked_on=asked, reason=reason, policy=PAUSE, received_on=received)


# --- one-month due date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # EDPB 01/2022: received 5 March → due 5 April; in 2024, 5 April is a Friday.
        (date(2024, 3, 5), date(2024, 4, 5)),
        # In 2026, 5 April is Easter Sunday and 6 April Easter Monday → Tuesday 7 April.
        (date(2026, 3, 5), date(2026, 4, 7)),
        # EDPB 01/2022: received 31 August → due 30 September (a Wednesday in 2026).
        (date(2026, 8, 31), date(2026, 9, 30)),
        # 31 January → 28 February 2026, a Saturday → Monday 2 March.
        (date(2026, 1, 31), date(2026, 3, 2)),
        # 31 January → 29 February in a leap year (a Tuesday in 2028).
        (date(2028, 1, 31), date(2028, 2, 29)),
        # received on 29 February → 29 March 2028 (Wednesday).
        (date(2028, 2, 29), date(2028, 3, 29)),
        # 31 December → 31 January (Friday 2025); in 2026 a Saturday → Monday 2 February.
        (date(2024, 12, 31), date(2025, 1, 31)),
        (date(2025, 12, 31), date(2026, 2, 2)),
        # the spec's example: 15/02/2026 is a Sunday → Monday 16/02/2026.
        (date(2026, 1, 15), date(2026, 2, 16)),
    ],
)
def test_due_date(received: date, due: date) -> None:
    deadlines = compute_deadlines(received, FR)
    assert deadlines.due == due
    assert deadlines.extension_notice_by == due
    assert deadlines.period_start == received
    assert deadlines.paused_days == 0
    assert deadlines.on_hold_since is None


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 6, 14), date(2026, 7, 15)),  # 14 July (Tuesday) → Wednesday
        (date(2025, 7, 15), date(2025, 8, 18)),  # 15 August (Friday) → Monday
        (date(2027, 10, 1), date(2027, 11, 2)),  # 1 November (Monday) → Tuesday
        (date(2026, 10, 11), date(2026, 11, 12)),  # 11 November (Wednesday) → Thursday
        (date(2026, 11, 25), date(2026, 12, 28)),  # 25 December (Friday) → Monday
        (date(2026, 4, 1), date(2026, 5, 4)),  # 1 May (Friday) → Monday
        (date(2026, 4, 8), date(2026, 5, 11)),  # 8 May (Friday) → Monday
        (date(2026, 4, 14), date(2026, 5, 15)),  # Ascension (Thursday 14 May) → Friday
        (date(2026, 4, 25), date(2026, 5, 26)),  # Whit Monday (25 May) → Tuesday
    ],
)
def test_due_date_on_a_french_public_holiday_rolls_to_the_next_working_day(
    received: date, due: date
) -> None:
    assert compute_deadlines(received, FR).due == due


# --- extension ----------------------------------------------------------------------------------


def test_extended_due_is_three_months_from_receipt_not_due_plus_two_months() -> None:
    # received 31/01/2026: +1 month → 28/02 (Saturday) → due Monday 02/03/2026;
    # +3 months → 30/04/2026 (Thursday) → extended due 30/04/2026.
    # "due + 2 months" would give 02/05/2026 (Saturday) → 04/05/2026, and 60 days 01/05.
    deadlines = compute_deadlines(date(2026, 1, 31), FR)
    assert deadlines.due == date(2026, 3, 2)
    assert deadlines.extended_due == date(2026, 4, 30)
    assert FR.roll_forward(add_months(deadlines.due, 2)) == date(2026, 5, 4)
    assert deadlines.extended_due != FR.roll_forward(add_months(deadlines.due, 2))
    assert deadlines.extended_due != deadlines.due + timedelta(days=60)


def test_extended_due_is_rolled_too() -> None:
    # received 31/01/2028 → 30/04/2028 is a Sunday, 01/05 is Labour Day → Tuesday 02/05/2028.
    assert compute_deadlines(date(2028, 1, 31), FR).extended_due == date(2028, 5, 2)


def test_effective_due_overdue_and_days_left() -> None:
    deadlines = compute_deadlines(date(2026, 1, 15), FR)
    assert deadlines.effective_due(extended=False) == date(2026, 2, 16)
    assert deadlines.effective_due(extended=True) == date(2026, 4, 15)
    # the due date is "end of that day": not overdue on it, overdue the day after
    assert not deadlines.is_overdue(date(2026, 2, 16), extended=False)
    assert deadlines.is_overdue(date(2026, 2, 17), extended=False)
    assert not deadlines.is_overdue(date(2026, 2, 17), extended=True)
    assert deadlines.is_overdue(date(2026, 4, 16), extended=True)
    assert deadlines.days_left(date(2026, 2, 6), extended=False) == 10
    assert deadlines.days_left(date(2026, 2, 16), extended=False) == 0
    assert deadlines.days_left(date(2026, 2, 20), extended=False) == -4
    assert deadlines.days_left(date(2026, 2, 20), extended=True) == 54


def test_extension_must_be_decided_by_the_one_month_due_date() -> None:
    deadlines = compute_deadlines(date(2026, 1, 15), FR)
    assert deadlines.can_still_extend(date(2026, 2, 16))
    assert not deadlines.can_still_extend(date(2026, 2, 17))


# --- suspensions --------------------------------------------------------------------------------


def test_restart_counts_the_period_again_from_the_arrival_date() -> None:
    deadlines = compute_deadlines(
        date(2026, 1, 15), FR, [restart(date(2026, 1, 20), date(2026, 2, 2))]
    )
    assert deadlines.period_start == date(2026, 2, 2)
    assert deadlines.paused_days == 0
    assert deadlines.due == date(2026, 3, 2)  # 02/03/2026 is a Monday
    assert deadlines.extension_notice_by == date(2026, 3, 2)
    assert deadlines.extended_due == date(2026, 5, 4)  # 02/05/2026 Saturday → Monday 04/05
    assert deadlines.on_hold_since is None


def test_pause_adds_the_waiting_days_to_the_unrolled_end_date() -> None:
    # 15/02/2026 (Sunday, unrolled) + 13 days → 28/02/2026 (Saturday) → Monday 02/03/2026.
    # Adding 13 days to the rolled 16/02 would give 01/03 → 02/03 too, so check the extended
    # date where the difference shows: 15/04/2026 + 13 → Tuesday 28/04/2026.
    deadlines = compute_deadlines(
        date(2026, 1, 15), FR, [pause(date(2026, 1, 20), date(2026, 2, 2))]
    )
    assert deadlines.period_start == date(2026, 1, 15)
    assert deadlines.paused_days == 13
    assert deadlines.due == date(2026, 3, 2)
    assert deadlines.extended_due == date(2026, 4, 28)


def test_pause_uses_the_unrolled_end_date_not_the_rolled_one() -> None:
    # received 14/02/2026 → 14/03/2026 (Saturday; rolled Monday 16/03).
    # Paused 2 days: 14/03 + 2 = Monday 16/03/2026 — not 16/03 + 2 = 18/03.
    deadlines = compute_deadlines(
        date(2026, 2, 14), FR, [pause(date(2026, 2, 16), date(2026, 2, 18))]
    )
    assert deadlines.due == date(2026, 3, 16)


def test_several_pauses_add_up() -> None:
    ledger = [pause(date(2026, 2, 5), date(2026, 2, 9)), pause(date(2026, 1, 20), date(2026, 2, 2))]
    deadlines = compute_deadlines(date(2026, 1, 15), FR, ledger)
    assert deadlines.paused_days == 17
    assert deadlines.due == date(2026, 3, 4)  # 15/02 + 17 = Wednesday 04/03/2026


def test_pause_then_restart_drops_the_paused_days() -> None:
    ledger = [
        pause(date(2026, 1, 20), date(2026, 2, 2)),
        restart(date(2026, 2, 5), date(2026, 2, 10), reason="clarification of the request"),
    ]
    deadlines = compute_deadlines(date(2026, 1, 15), FR, ledger)
    assert deadlines.period_start == date(2026, 2, 10)
    assert deadlines.paused_days == 0
    assert deadlines.due == date(2026, 3, 10)
    assert deadlines.extended_due == date(2026, 5, 11)  # 10/05/2026 is a Sunday


def test_restart_then_pause_adds_days_to_the_restarted_period() -> None:
    ledger = [
        restart(date(2026, 1, 20), date(2026, 2, 2)),
        pause(date(2026, 2, 10), date(2026, 2, 20), reason="clarification of the request"),
    ]
    deadlines = compute_deadlines(date(2026, 1, 15), FR, ledger)
    assert deadlines.period_start == date(2026, 2, 2)
    assert deadlines.paused_days == 10
    assert deadlines.due == date(2026, 3, 12)  # 02/03 + 10 = Thursday 12/03/2026
    assert deadlines.extended_due == date(2026, 5, 12)


def test_suspension_asked_the_day_the_previous_one_ended_is_allowed() -> None:
    ledger = [
        pause(date(2026, 1, 20), date(2026, 2, 2)),
        pause(date(2026, 2, 2), date(2026, 2, 4)),
        restart(date(2026, 1, 15), date(2026, 1, 15)),  # asked and answered on receipt day
    ]
    deadlines = compute_deadlines(date(2026, 1, 15), FR, ledger)
    assert deadlines.period_start == date(2026, 1, 15)
    assert deadlines.paused_days == 15


def test_open_suspension_puts_the_request_on_hold_without_moving_dates() -> None:
    plain = compute_deadlines(date(2026, 1, 15), FR)
    on_hold = compute_deadlines(date(2026, 1, 15), FR, [restart(date(2026, 1, 20))])
    assert on_hold.on_hold_since == date(2026, 1, 20)
    assert (on_hold.due, on_hold.extended_due) == (plain.due, plain.extended_due)
    assert not on_hold.is_overdue(date(2026, 6, 1), extended=False)
    assert not on_hold.is_overdue(date(2026, 6, 1), extended=True)
    assert on_hold.days_left(date(2026, 2, 20), extended=False) == -4


def test_open_suspension_after_completed_ones() -> None:
    ledger = [pause(date(2026, 1, 20), date(2026, 2, 2)), pause(date(2026, 2, 10))]
    deadlines = compute_deadlines(date(2026, 1, 15), FR, ledger)
    assert deadlines.paused_days == 13
    assert deadlines.on_hold_since == date(2026, 2, 10)


def test_policy_given_as_plain_string_is_accepted() -> None:
    ledger = [Suspension(date(2026, 1, 20), ID_DOCUMENT, "pause", date(2026, 2, 2))]  # type: ignore[arg-type]
    assert compute_deadlines(date(2026, 1, 15), FR, ledger).paused_days == 13


def test_suspension_is_open() -> None:
    assert restart(date(2026, 1, 20)).is_open
    assert not restart(date(2026, 1, 20), date(2026, 1, 22)).is_open


# --- invalid ledgers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ledger", "message"),
    [
        ([restart(date(2026, 1, 10), date(2026, 1, 20))], "before the request was received"),
        ([pause(date(2026, 1, 20), date(2026, 1, 19))], "before it was asked"),
        (
            [
                pause(date(2026, 1, 20), date(2026, 2, 2)),
                restart(date(2026, 2, 1), date(2026, 2, 5)),
            ],
            "overlap",
        ),
        (
            [restart(date(2026, 1, 20), date(2026, 2, 2)), restart(date(2026, 1, 20))],
            "overlap",
        ),
        ([pause(date(2026, 1, 20)), pause(date(2026, 2, 5), date(2026, 2, 9))], "still awaited"),
        ([pause(date(2026, 1, 20)), pause(date(2026, 2, 5))], "still awaited"),
        ([pause(date(2026, 1, 20), date(2026, 2, 2), reason="  ")], "needs a reason"),
        (
            [Suspension(date(2026, 1, 20), ID_DOCUMENT, "wait", None)],  # type: ignore[arg-type]
            "Unknown suspension policy 'wait'",
        ),
        (
            [Suspension(datetime(2026, 1, 20, 9), ID_DOCUMENT, RESTART, None)],
            "must be a calendar date",
        ),
    ],
    ids=[
        "asked-before-receipt",
        "received-before-asked",
        "overlap",
        "same-start",
        "open-not-last",
        "two-open",
        "blank-reason",
        "unknown-policy",
        "datetime",
    ],
)
def test_invalid_ledgers_are_rejected(ledger: list[Suspension], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        compute_deadlines(date(2026, 1, 15), FR, ledger)


def test_received_must_be_a_date() -> None:
    with pytest.raises(ValidationError, match="must be a calendar date"):
        compute_deadlines(datetime(2026, 1, 15, 10), FR)


def test_unsupported_language_is_rejected() -> None:
    with pytest.raises(ValidationError, match="Unsupported language 'de'"):
        compute_deadlines(date(2026, 1, 15), FR, lang="de")
    with pytest.raises(ValidationError):
        reminder_dates(compute_deadlines(date(2026, 1, 15), FR), extended=False, lang="de")


def test_out_of_range_dates_are_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        compute_deadlines(date(9999, 11, 30), FR)


# --- explanation --------------------------------------------------------------------------------


def test_explanation_in_english() -> None:
    assert compute_deadlines(date(2026, 1, 15), FR).explanation == (
        "received 15/01/2026; +1 month → 15/02/2026 is a Sunday → Monday 16/02/2026",
        "if extended (two further months): received 15/01/2026; +3 months → 15/04/2026 (Wednesday)",
        "the extension and its reasons must be notified by 16/02/2026 (the one-month due date)",
    )


def test_explanation_in_french() -> None:
    assert compute_deadlines(date(2026, 1, 15), FR, lang="fr").explanation == (
        "reçue le 15/01/2026 ; +1 mois → le 15/02/2026 est un dimanche → lundi 16/02/2026",
        "en cas de prolongation (deux mois supplémentaires) : reçue le 15/01/2026 ; +3 mois → "
        "15/04/2026 (mercredi)",
        "la prolongation et ses motifs doivent être notifiés au plus tard le 16/02/2026 "
        "(échéance d'un mois)",
    )


def test_explanation_of_a_missing_day_of_the_month() -> None:
    english = compute_deadlines(date(2026, 8, 31), FR).explanation[0]
    assert english == (
        "received 31/08/2026; +1 month → 31/09 does not exist → last day of the month "
        "30/09/2026 (Wednesday)"
    )
    french = compute_deadlines(date(2026, 8, 31), FR, lang="fr").explanation[0]
    assert french == (
        "reçue le 31/08/2026 ; +1 mois → le 31/09 n'existe pas → dernier jour du mois : "
        "30/09/2026 (mercredi)"
    )
    rolled = compute_deadlines(date(2027, 1, 31), FR).explanation[0]
    assert rolled == (
        "received 31/01/2027; +1 month → 31/02 does not exist → last day of the month "
        "28/02/2027 is a Sunday → Monday 01/03/2027"
    )


def test_explanation_names_the_public_holiday() -> None:
    english = compute_deadlines(date(2026, 6, 14), FR).explanation[0]
    assert english.endswith(
        "→ 14/07/2026 is a public holiday (National Day) → Wednesday 15/07/2026"
    )
    french = compute_deadlines(date(2026, 6, 14), FR, lang="fr").explanation[0]
    assert french.endswith(
        "→ le 14/07/2026 est un jour férié (Fête nationale) → mercredi 15/07/2026"
    )


def test_explanation_of_a_chain_of_non_working_days() -> None:
    assert compute_deadlines(date(2026, 3, 5), FR).explanation[0] == (
        "received 05/03/2026; +1 month → 05/04/2026 is a Sunday → 06/04/2026 is a public "
        "holiday (Easter Monday) → Tuesday 07/04/2026"
    )
    assert compute_deadlines(date(2026, 10, 1), FR, lang="fr").explanation[0] == (
        "reçue le 01/10/2026 ; +1 mois → le 01/11/2026 est un dimanche et un jour férié "
        "(Toussaint) → lundi 02/11/2026"
    )


def test_explanation_of_a_restart() -> None:
    ledger = [restart(date(2026, 1, 20), date(2026, 2, 2))]
    assert compute_deadlines(date(2026, 1, 15), FR, ledger).explanation == (
        "received 15/01/2026; +1 month → 15/02/2026 is a Sunday → Monday 16/02/2026",
        "identity document asked 20/01/2026, received 02/02/2026 → the period restarts from "
        "02/02/2026 (policy: restart)",
        "counting from 02/02/2026; +1 month → 02/03/2026 (Monday)",
        "if extended (two further months): counting from 02/02/2026; +3 months → 02/05/2026 is "
        "a Saturday → Monday 04/05/2026",
        "the extension and its reasons must be notified by 02/03/2026 (the one-month due date)",
    )
    french = compute_deadlines(date(2026, 1, 15), FR, ledger, lang="fr").explanation
    assert french[1] == (
        "identity document : demande le 20/01/2026, réception le 02/02/2026 → le délai repart "
        "du 02/02/2026 (règle : redémarrage)"
    )
    assert french[2] == "décompte à partir du 02/02/2026 ; +1 mois → 02/03/2026 (lundi)"


def test_explanation_of_a_pause() -> None:
    ledger = [pause(date(2026, 1, 20), date(2026, 2, 2))]
    lines = compute_deadlines(date(2026, 1, 15), FR, ledger).explanation
    assert lines[1] == (
        "identity document asked 20/01/2026, received 02/02/2026 → paused 13 days (policy: pause)"
    )
    assert lines[2] == (
        "received 15/01/2026; +1 month → 15/02/2026; +13 paused days → 28/02/2026 is a "
        "Saturday → Monday 02/03/2026"
    )
    assert lines[3] == (
        "if extended (two further months): received 15/01/2026; +3 months → 15/04/2026; "
        "+13 paused days → 28/04/2026 (Tuesday)"
    )
    french = compute_deadlines(date(2026, 1, 15), FR, ledger, lang="fr").explanation
    assert french[1] == (
        "identity document : demande le 20/01/2026, réception le 02/02/2026 → délai suspendu "
        "13 jours (règle : pause)"
    )
    assert french[2] == (
        "reçue le 15/01/2026 ; +1 mois → 15/02/2026 ; +13 jours de suspension → le 28/02/2026 "
        "est un samedi → lundi 02/03/2026"
    )


def test_explanation_of_a_one_day_pause_is_singular() -> None:
    ledger = [pause(date(2026, 1, 20), date(2026, 1, 21))]
    lines = compute_deadlines(date(2026, 1, 15), FR, ledger).explanation
    assert lines[1].endswith("→ paused 1 day (policy: pause)")
    assert "; +1 paused day → " in lines[2]


def test_explanation_of_an_open_suspension() -> None:
    ledger = [restart(date(2026, 1, 20))]
    lines = compute_deadlines(date(2026, 1, 15), FR, ledger).explanation
    assert lines[1] == "on hold since 20/01/2026 waiting for identity document"
    french = compute_deadlines(date(2026, 1, 15), FR, ledger, lang="fr").explanation
    assert french[1] == "en attente depuis le 20/01/2026 : identity document"


def test_explanation_follows_chronological_order_whatever_the_input_order() -> None:
    ledger = [
        restart(date(2026, 2, 10), reason="clarification of the request"),
        pause(date(2026, 1, 20), date(2026, 2, 2)),
    ]
    lines = compute_deadlines(date(2026, 1, 15), FR, ledger).explanation
    assert lines[1].startswith("identity document asked 20/01/2026")
    assert lines[3] == "on hold since 10/02/2026 waiting for clarification of the request"


def test_french_holiday_names_and_weekdays_in_french_lines() -> None:
    line = compute_deadlines(date(2026, 4, 14), FR, lang="fr").explanation[0]
    assert line == (
        "reçue le 14/04/2026 ; +1 mois → le 14/05/2026 est un jour férié (Ascension) → "
        "vendredi 15/05/2026"
    )


# --- reminders ----------------------------------------------------------------------------------


def test_reminders_before_due_and_on_the_extension_notice_deadline() -> None:
    deadlines = compute_deadlines(date(2026, 1, 15), FR)
    assert reminder_dates(deadlines, extended=False) == [
        (date(2026, 2, 9), "7 days before due"),
        (date(2026, 2, 14), "2 days before due"),
        (date(2026, 2, 16), "extension-notice deadline"),
    ]


def test_reminders_once_extended_have_no_extension_notice() -> None:
    deadlines = compute_deadlines(date(2026, 1, 15), FR)
    assert reminder_dates(deadlines, extended=True) == [
        (date(2026, 4, 8), "7 days before due"),
        (date(2026, 4, 13), "2 days before due"),
    ]


def test_reminders_in_french() -> None:
    deadlines = compute_deadlines(date(2026, 1, 15), FR)
    labels = [label for _, label in reminder_dates(deadlines, extended=False, lang="fr")]
    assert labels == [
        "7 jours avant l'échéance",
        "2 jours avant l'échéance",
        "date limite d'annonce de prolongation",
    ]


# --- properties ---------------------------------------------------------------------------------

RECEIVED = st.dates(date(2000, 1, 1), date(2100, 12, 31))
CALENDARS = st.sampled_from(
    [calendar_for("FR"), calendar_for("FR", "57"), calendar_for("DE"), calendar_for("GB")]
)


@st.composite
def ledgers(draw: st.DrawFn, received: date) -> list[Suspension]:
    """A valid ledger: non-overlapping suspensions, only the last one possibly open."""
    ledger: list[Suspension] = []
    cursor = received
    count = draw(st.integers(0, 4))
    for index in range(count):
        asked = cursor + timedelta(days=draw(st.integers(0, 40)))
        policy = draw(st.sampled_from(SuspensionPolicy))
        if index == count - 1 and draw(st.booleans()):
            ledger.append(Suspension(asked, f"reason {index}", policy))
            break
        arrived = asked + timedelta(days=draw(st.integers(0, 60)))
        ledger.append(Suspension(asked, f"reason {index}", policy, arrived))
        cursor = arrived
    return draw(st.permutations(ledger))


@st.composite
def cases(draw: st.DrawFn) -> tuple[date, list[Suspension]]:
    received = draw(RECEIVED)
    return received, draw(ledgers(received))


@settings(deadline=None)
@given(cases(), CALENDARS)
def test_due_dates_are_working_days_and_ordered(
    case: tuple[date, list[Suspension]], calendar: WorkingCalendar
) -> None:
    received, ledger = case
    deadlines = compute_deadlines(received, calendar, ledger)
    assert calendar.is_working_day(deadlines.due)
    assert calendar.is_working_day(deadlines.extended_due)
    assert deadlines.due >= received + timedelta(days=28)
    assert deadlines.due >= deadlines.period_start + timedelta(days=28)
    assert deadlines.extended_due > deadlines.due
    assert deadlines.extension_notice_by == deadlines.due
    assert deadlines.period_start >= received


@settings(deadline=None)
@given(cases(), CALENDARS)
def test_due_is_the_first_working_day_on_or_after_the_unrolled_end(
    case: tuple[date, list[Suspension]], calendar: WorkingCalendar
) -> None:
    received, ledger = case
    deadlines = compute_deadlines(received, calendar, ledger)
    for months, rolled in ((1, deadlines.due), (3, deadlines.extended_due)):
        unrolled = add_months(deadlines.period_start, months) + timedelta(
            days=deadlines.paused_days
        )
        assert rolled >= unrolled
        skipped = (unrolled + timedelta(days=n) for n in range((rolled - unrolled).days))
        assert not any(calendar.is_working_day(day) for day in skipped)


@settings(deadline=None)
@given(cases(), st.randoms(use_true_random=False))
def test_same_inputs_same_result_whatever_the_ledger_order(
    case: tuple[date, list[Suspension]], shuffler: Random
) -> None:
    received, ledger = case
    first = compute_deadlines(received, FR, ledger)
    shuffled = list(ledger)
    shuffler.shuffle(shuffled)
    assert compute_deadlines(received, FR, shuffled) == first
    assert compute_deadlines(received, FR, tuple(ledger)) == first


@settings(deadline=None)
@given(cases())
def test_pause_never_brings_the_due_date_earlier(case: tuple[date, list[Suspension]]) -> None:
    received, ledger = case
    pauses = [
        Suspension(s.asked_on, s.reason, PAUSE, s.received_on)
        for s in ledger
        if s.received_on is not None
    ]
    without = compute_deadlines(received, FR)
    with_pauses = compute_deadlines(received, FR, pauses)
    assert with_pauses.due >= without.due
    assert with_pauses.extended_due >= without.extended_due


@settings(deadline=None)
@given(cases())
def test_languages_agree_on_every_date(case: tuple[date, list[Suspension]]) -> None:
    received, ledger = case
    english = compute_deadlines(received, FR, ledger)
    french = compute_deadlines(received, FR, ledger, lang="fr")
    assert french.due == english.due
    assert french.extended_due == english.extended_due
    assert french.on_hold_since == english.on_hold_since
    assert len(french.explanation) == len(english.explanation)
    completed = sum(1 for s in ledger if s.received_on is not None)
    assert len(english.explanation) == 1 + len(ledger) + completed + 2


@settings(deadline=None)
@given(cases())
def test_open_request_is_never_overdue(case: tuple[date, list[Suspension]]) -> None:
    received, ledger = case
    deadlines = compute_deadlines(received, FR, ledger)
    far_future = deadlines.extended_due + timedelta(days=365)
    on_hold = any(s.received_on is None for s in ledger)
    assert deadlines.is_overdue(far_future, extended=True) is not on_hold
