"""Calendar export (.ics): parsed back with ``icalendar``, the events fall on the rule's dates
(due, extension notice, reminders), extended requests use the extended date, UIDs are stable
and personal data stays out unless asked for."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from dsr_desk.domain.calendar import calendar_for
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.deadlines import compute_deadlines, reminder_dates
from dsr_desk.domain.errors import NotFound
from dsr_desk.domain.requests import InformationKind, Outcome, RequestType
from dsr_desk.export.ics import DeadlineItem, build_calendar, scheduled_events
from dsr_desk.services import calendar as svc
from dsr_desk.services import entities as entity_service
from dsr_desk.services import requests as request_service
from tests.fakes import FakeUnitOfWork

ENTITY = "Lycée Saint-Exemple"
VAULT_ID = "0f3c9a6e2b7d4c1a8e5f9b2d6a3c7e10"
NAME = "Jeanne Martin"
RECEIVED = date(2026, 3, 10)  # one month later: Friday 10/04/2026, a working day
DUE = date(2026, 4, 10)
EXTENDED_DUE = date(2026, 6, 10)  # three months from receipt: Wednesday 10/06/2026


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(date(2026, 3, 20))


@pytest.fixture
def uow(clock: FixedClock) -> FakeUnitOfWork:
    fake = FakeUnitOfWork(clock)
    entity_service.create_entity(fake, name=ENTITY)
    return fake


def _add(uow: FakeUnitOfWork, received: date = RECEIVED, **extra: object) -> str:
    detail = request_service.register_request(
        uow,
        type=RequestType.ACCESS,
        received_on=received,
        name=NAME,
        email="jeanne.martin@example.fr",
        **extra,  # type: ignore[arg-type]
    )
    return str(detail.reference)


def _events(data: bytes) -> dict[str, object]:
    """UID → VEVENT, from the file parsed back with icalendar."""
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _dates(data: bytes) -> dict[str, date]:
    """kind ("due", "reminder-7d"...) → the event's all-day date."""
    result = {}
    for uid, event in _events(data).items():
        kind = uid.split("@")[0].split("-", 3)[3]
        start = event.decoded("DTSTART")  # type: ignore[attr-defined]
        end = event.decoded("DTEND")  # type: ignore[attr-defined]
        assert type(start) is date and end == start + timedelta(days=1)  # all-day
        result[kind] = start
    return result


def test_known_request_has_due_notice_and_reminder_events(uow: FakeUnitOfWork) -> None:
    ref = _add(uow)
    data = svc.request_calendar(uow, ref, vault_id=VAULT_ID)
    assert _dates(data) == {
        "due": DUE,
        "extension-notice": DUE,  # the notice deadline is the one-month due date
        "reminder-7d": date(2026, 4, 3),
        "reminder-2d": date(2026, 4, 8),
    }
    # The same dates as the deadline engine's own reminders.
    schedule = compute_deadlines(RECEIVED, calendar_for("FR"))
    assert sorted(_dates(data).values()) == sorted(
        [DUE] + [day for day, _label in reminder_dates(schedule, extended=False)]
    )
    events = _events(data)
    due = events[f"{ref}-due@{VAULT_ID}.dsr-desk"]
    assert str(due["SUMMARY"]) == f"{ref} due — access request"  # type: ignore[index]
    description = str(due["DESCRIPTION"])  # type: ignore[index]
    assert "received 10/03/2026" in description and "end of 10/04/2026" in description
    assert ENTITY in description
    assert str(due["CLASS"]) == "PRIVATE" and str(due["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    (alarm,) = due.walk("VALARM")  # type: ignore[attr-defined]
    assert alarm.decoded("TRIGGER") == timedelta(hours=9)
    assert str(alarm["ACTION"]) == "DISPLAY"


def test_no_personal_data_unless_names_are_asked_for(uow: FakeUnitOfWork) -> None:
    ref = _add(uow)
    minimal = svc.request_calendar(uow, ref)
    assert NAME.encode() not in minimal and b"jeanne" not in minimal.lower()
    named = svc.request_calendar(uow, ref, include_names=True)
    summaries = [str(e["SUMMARY"]) for e in _events(named).values()]  # type: ignore[index]
    assert all(summary.endswith(f"— {NAME}") for summary in summaries)
    assert b"jeanne.martin@" not in named  # never the e-mail address


def test_extended_request_uses_the_extended_due_date(uow: FakeUnitOfWork) -> None:
    ref = _add(uow)
    request_service.extend(uow, ref, "Complex request spanning several schools")
    data = svc.request_calendar(uow, ref)
    assert _dates(data) == {
        "due": EXTENDED_DUE,
        "reminder-7d": date(2026, 6, 3),
        "reminder-2d": date(2026, 6, 8),
    }  # no extension-notice event once extended
    due = _events(data)[f"{ref}-due@dsr-desk"]
    assert "(extended)" in str(due["SUMMARY"])  # type: ignore[index]
    assert "extended by two further months" in str(due["DESCRIPTION"])  # type: ignore[index]


def test_uids_are_stable_across_exports_and_vaults_differ(
    uow: FakeUnitOfWork, clock: FixedClock
) -> None:
    ref = _add(uow)
    first = svc.request_calendar(uow, ref, vault_id=VAULT_ID)
    clock.advance(timedelta(days=3, hours=2))
    request_service.extend(uow, ref, "Numerous requests from the same person")
    second = svc.request_calendar(uow, ref, vault_id=VAULT_ID)
    first_uids, second_uids = set(_events(first)), set(_events(second))
    assert second_uids <= first_uids  # the same events, moved (the notice one is gone)
    assert len(first_uids) == 4 and len(second_uids) == 3
    stamps = {e.decoded("DTSTAMP") for e in _events(second).values()}  # type: ignore[attr-defined]
    assert stamps == {datetime(2026, 3, 23, 11, 0, tzinfo=UTC)}  # the injected clock
    other_vault = svc.request_calendar(uow, ref, vault_id="another")
    assert set(_events(other_vault)).isdisjoint(second_uids)


def test_closed_request_cancels_its_events(uow: FakeUnitOfWork) -> None:
    ref = _add(uow)
    request_service.close(uow, ref, Outcome.COMPLETED)
    events = _events(svc.request_calendar(uow, ref))
    assert len(events) == 4
    for event in events.values():
        assert str(event["STATUS"]) == "CANCELLED"  # type: ignore[index]
        assert str(event["SUMMARY"]).startswith("Closed: ")  # type: ignore[index]
        assert not event.walk("VALARM")  # type: ignore[attr-defined]


def test_request_on_hold_says_its_date_will_move(uow: FakeUnitOfWork) -> None:
    ref = _add(uow)
    request_service.ask_for_information(uow, ref, InformationKind.IDENTITY, "ID needed")
    due = _events(svc.request_calendar(uow, ref))[f"{ref}-due@dsr-desk"]
    assert "(on hold)" in str(due["SUMMARY"])  # type: ignore[index]
    assert "moves when it arrives" in str(due["DESCRIPTION"])  # type: ignore[index]


def test_export_is_audited_without_personal_data(uow: FakeUnitOfWork) -> None:
    ref = _add(uow)
    data = svc.request_calendar(uow, ref, include_names=True)
    entry = uow.audit.items[-1]
    assert (entry.action, entry.request_ref) == ("calendar.exported", ref)
    assert entry.details == {"events": 4, "names": True}
    assert NAME not in entry.details_json
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    with pytest.raises(NotFound):
        svc.request_calendar(uow, "DSR-2026-0999")


def test_lines_are_crlf_and_folded_at_75_octets() -> None:
    item = DeadlineItem(
        reference="DSR-2026-0042",
        type="marketing-opt-out",
        entity="Formavia Entreprises – Metz, établissement de Lorraine; Moselle",
        received_on=RECEIVED,
        due_on=DUE,
        notice_by=DUE,
        requester="Éloïse Ñúñez-Øvergård 🎓 " * 4,
    )
    data = build_calendar([item], stamp=datetime(2026, 3, 20, 9, tzinfo=UTC))
    assert b"\n" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # never split inside a character
    summary = str(_events(data)["DSR-2026-0042-due@dsr-desk"]["SUMMARY"])  # type: ignore[index]
    assert summary.startswith("DSR-2026-0042 due — marketing opt-out request — Éloïse")
    assert summary.endswith("Øvergård 🎓")


def test_scheduled_events_are_in_date_order() -> None:
    item = DeadlineItem("DSR-2026-0001", "erasure", "X", RECEIVED, DUE, DUE)
    events = scheduled_events(item)
    assert [e.kind for e in events] == ["reminder-7d", "reminder-2d", "due", "extension-notice"]
    assert events[0].summary == "DSR-2026-0001: due in 7 days — erasure request"


@settings(max_examples=150, deadline=None)
@given(
    requester=st.text(max_size=120),
    entity=st.text(min_size=1, max_size=80),
)
def test_any_text_survives_the_round_trip(requester: str, entity: str) -> None:
    item = DeadlineItem(
        "DSR-2026-0007", "access", entity, RECEIVED, DUE, DUE, requester=requester or None
    )
    data = build_calendar([item], stamp=datetime(2026, 3, 20, 9, tzinfo=UTC))
    events = _events(data)
    assert len(events) == 4
    due = events["DSR-2026-0007-due@dsr-desk"]
    expected_name = " ".join(requester.split())
    summary = str(due["SUMMARY"])  # type: ignore[index]
    for char in summary:
        assert char >= " " or char == "\t"  # no control character reaches the file
    if expected_name and expected_name.isprintable():
        assert summary.endswith(f"— {expected_name}")
    description = str(due["DESCRIPTION"])  # type: ignore[index]
    if entity.isprintable():
        assert f"to {entity}, received" in description
