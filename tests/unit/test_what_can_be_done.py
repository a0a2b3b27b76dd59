"""What can be done to a request on a given day, and why not: the domain's one answer
(``domain.request_actions``), and the ``Request`` methods refusing with exactly its reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from dsr_desk.domain.documents import Note
from dsr_desk.domain.entities import Entity, Role
from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.request_actions import ExtensionOutlook, ExtensionState
from dsr_desk.domain.request_actions import RequestAction as A
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import InformationKind, Outcome, Request, RequestType
from dsr_desk.domain.verification import (
    MAX_NUMBER_LAST_CHARS,
    IdentityCheck,
    VerificationMethod,
)

REF = "DSR-2026-0001"
RECEIVED = date(2026, 1, 15)  # due and extension notice by Mon 16/02/2026, extended due 15/04


def _request(rtype: RequestType = RequestType.ACCESS, role: Role = Role.CONTROLLER) -> Request:
    return Request.register(
        reference=REF,
        type=rtype,
        received_on=RECEIVED,
        requester=Requester(name="Louis Bernard"),
        entity=Entity(name="Groupe scolaire", role=role),
        today=RECEIVED,
    )


def received() -> Request:
    return _request()


def in_progress() -> Request:
    request = _request()
    request.start_processing(date(2026, 1, 16))
    return request


def awaiting() -> Request:
    request = _request(role=Role.PROCESSOR)
    request.ask_for_information(
        InformationKind.IDENTITY, "ID", date(2026, 1, 20), date(2026, 1, 20)
    )
    return request


def extended() -> Request:
    request = _request()
    request.extend("many archives", date(2026, 2, 10))
    return request


def refused() -> Request:
    request = _request()
    request.close(Outcome.REFUSED, date(2026, 2, 2), date(2026, 2, 2), "Manifestly excessive.")
    return request


def processor() -> Request:
    return _request(role=Role.PROCESSOR)


def erasure() -> Request:
    return _request(RequestType.ERASURE)


def archived_objection() -> Request:
    request = _request(RequestType.OBJECTION)
    request.close(Outcome.COMPLETED, date(2026, 2, 2), date(2026, 2, 2))
    return request


CLOSED = f"{REF} is already closed (refused): only notes can be added."
ARCHIVE = f"{REF} is a closed objection record kept as a read-only archive; cannot "
WAITING = f"{REF} is still waiting for information asked on 20/01/2026; "
ASK_LATE = (
    f"The deadline of {REF} ({{}}) has passed: asking for information now cannot suspend it. "
    "Answer, or refuse with reasons."
)
EXTEND_LATE = (
    f"Too late to extend {REF}: the requester had to be told of an extension by 16/02/2026 "
    "(end of the first month)."
)

# (state, day, action, expected): None = allowed; a string = the blocker's reason (a trailing
# "…" means "starts with").
TABLE: list[tuple[Callable[[], Request], date, A, str | None]] = [
    # a new request, before its due date: everything but "information received" and forwarding
    (received, date(2026, 2, 10), A.START, None),
    (received, date(2026, 2, 10), A.IDENTITY, None),
    (received, date(2026, 2, 10), A.ASK, None),
    (received, date(2026, 2, 10), A.RECEIVED, f"{REF} is not waiting for any information."),
    (received, date(2026, 2, 10), A.EXTEND, None),
    (received, date(2026, 2, 10), A.COMPLETE, None),
    (received, date(2026, 2, 10), A.REFUSE, None),
    (
        received,
        date(2026, 2, 10),
        A.FORWARD,
        "Groupe scolaire is the controller: only a processor forwards requests.",
    ),
    (received, date(2026, 2, 10), A.NOTE, None),
    (received, date(2026, 2, 10), A.LETTERS, None),
    (received, date(2026, 2, 10), A.BUNDLE, None),
    # the due date and the extension-notice date are the last days (inclusive) ...
    (received, date(2026, 2, 16), A.ASK, None),
    (received, date(2026, 2, 16), A.EXTEND, None),
    # ... the day after, asking for information or extending is refused
    (received, date(2026, 2, 17), A.ASK, ASK_LATE.format("16/02/2026")),
    (received, date(2026, 2, 17), A.EXTEND, EXTEND_LATE),
    (received, date(2026, 2, 17), A.COMPLETE, None),
    (received, date(2026, 2, 17), A.REFUSE, None),
    # started
    (in_progress, date(2026, 2, 10), A.START, f"{REF} is already being worked on."),
    (in_progress, date(2026, 2, 10), A.ASK, None),
    # waiting for the requester (a processor's request)
    (awaiting, date(2026, 2, 10), A.START, WAITING + "record its arrival: work resumes then."),
    (
        awaiting,
        date(2026, 2, 10),
        A.ASK,
        f"{REF} is already waiting for information asked on 20/01/2026; record its arrival first.",
    ),
    (awaiting, date(2026, 2, 10), A.RECEIVED, None),
    (
        awaiting,
        date(2026, 2, 10),
        A.COMPLETE,
        WAITING + "record its arrival first, or refuse the request.",
    ),
    (
        awaiting,
        date(2026, 2, 10),
        A.FORWARD,
        WAITING + "record its arrival first, or refuse the request.",
    ),
    (awaiting, date(2026, 2, 10), A.REFUSE, None),
    (awaiting, date(2026, 6, 1), A.RECEIVED, None),  # on hold: never too late to resume
    # extended: once only; asking is possible until the extended due date
    (
        extended,
        date(2026, 2, 12),
        A.EXTEND,
        f"{REF} was already extended on 10/02/2026; the GDPR allows one extension of two months.",
    ),
    (extended, date(2026, 3, 20), A.ASK, None),
    (extended, date(2026, 4, 16), A.ASK, ASK_LATE.format("15/04/2026")),
    # closed: only notes (and letters)
    (refused, date(2026, 2, 10), A.START, CLOSED),
    (refused, date(2026, 2, 10), A.IDENTITY, CLOSED),
    (refused, date(2026, 2, 10), A.ASK, CLOSED),
    (refused, date(2026, 2, 10), A.RECEIVED, CLOSED),
    (refused, date(2026, 2, 10), A.EXTEND, CLOSED),
    (refused, date(2026, 2, 10), A.COMPLETE, CLOSED),
    (refused, date(2026, 2, 10), A.REFUSE, CLOSED),
    (refused, date(2026, 2, 10), A.NOTE, None),
    (refused, date(2026, 2, 10), A.LETTERS, None),
    (
        refused,
        date(2026, 2, 10),
        A.BUNDLE,
        f"{REF} was refused: no data bundle can be made for it.",
    ),
    # a processor's request can be forwarded; an erasure has no data bundle
    (processor, date(2026, 2, 10), A.FORWARD, None),
    (
        erasure,
        date(2026, 2, 10),
        A.BUNDLE,
        f"{REF} is an erasure request: a data bundle answers access and portability requests only.",
    ),
    # Art. 19 notices follow a rectification, an erasure or a restriction only
    (erasure, date(2026, 2, 10), A.NOTIFY, None),
    (
        received,
        date(2026, 2, 10),
        A.NOTIFY,
        "Art. 19 notices follow a rectification, an erasure or a restriction; "
        f"{REF} is an access request.",
    ),
    # a closed objection record is a read-only archive: not even a note
    (archived_objection, date(2026, 2, 10), A.IDENTITY, ARCHIVE + "record an identity check."),
    (archived_objection, date(2026, 2, 10), A.NOTE, ARCHIVE + "add a note."),
    (archived_objection, date(2026, 2, 10), A.REFUSE, ARCHIVE + "close it."),
    (archived_objection, date(2026, 2, 10), A.LETTERS, None),
]


def _label(case: tuple[Callable[[], Request], date, A, str | None]) -> str:
    state, day, action, expected = case
    return f"{state.__name__}-{day:%d%m}-{action.value}-{'ok' if expected is None else 'no'}"


@pytest.mark.parametrize("case", TABLE, ids=[_label(case) for case in TABLE])
def test_what_can_be_done_on_a_day(case: tuple[Callable[[], Request], date, A, str | None]) -> None:
    state, day, action, expected = case
    request = state()
    found = request.allowed(action, day)
    assert (None if found is None else found.reason) == expected
    assert request.what_can_be_done(day)[action] == found


def test_every_action_has_an_answer() -> None:
    answers = received().what_can_be_done(date(2026, 2, 10))
    assert set(answers) == set(A)
    not_applicable = {a for a, b in answers.items() if b is not None and not b.applies}
    # a controller never forwards, an access request has no Art. 19 notice: buttons hidden
    assert not_applicable == {A.FORWARD, A.NOTIFY}
    assert not erasure().allowed(A.BUNDLE, date(2026, 2, 10)).applies  # type: ignore[union-attr]
    assert refused().allowed(A.BUNDLE, date(2026, 2, 10)).applies  # type: ignore[union-attr]


def _perform(request: Request, action: A, day: date) -> None:
    """Take ``action`` on ``day`` through the method that performs it (valid arguments)."""
    if action is A.START:
        request.start_processing(day)
    elif action is A.IDENTITY:
        request.record_identity_check(
            IdentityCheck(VerificationMethod.KNOWN_EMAIL, "dpo", day), day
        )
    elif action is A.ASK:
        request.ask_for_information(InformationKind.CLARIFICATION, "which data?", day, day)
    elif action is A.RECEIVED:
        request.information_received(day, day)
    elif action is A.EXTEND:
        request.extend("many archives", day)
    elif action in (A.COMPLETE, A.REFUSE, A.FORWARD):
        outcome = {A.COMPLETE: Outcome.COMPLETED, A.REFUSE: Outcome.REFUSED}.get(
            action, Outcome.FORWARDED
        )
        request.close(outcome, day, day, "Reasons given.")
    elif action is A.NOTE:
        request.add_note(Note(datetime(day.year, day.month, day.day, tzinfo=UTC), "dpo", "x"))
    elif action is A.NOTIFY:
        request.notify_recipient("Rectorat de Lyon", day, day)
    else:
        raise AssertionError(f"{action.value} is performed by a service, not by the request")


# Letters and the data bundle are made by services (which ask the same answer).
PERFORMED = [case for case in TABLE if case[2] not in (A.LETTERS, A.BUNDLE)]


@pytest.mark.parametrize("case", PERFORMED, ids=[_label(case) for case in PERFORMED])
def test_the_methods_follow_the_same_answer(
    case: tuple[Callable[[], Request], date, A, str | None],
) -> None:
    """The rule exists once: a method refuses exactly when the answer is a blocker, and with
    its sentence; it proceeds when the answer is None."""
    state, day, action, expected = case
    request = state()
    if expected is None:
        _perform(request, action, day)
        return
    with pytest.raises(RuleViolation) as refused_with:
        _perform(request, action, day)
    assert str(refused_with.value) == expected


def test_an_ask_is_judged_on_the_day_it_was_made() -> None:
    """Recorded late, an ask made before the due date still suspends it, with a late reason
    (today's rule is not escaped silently); one made after, not."""
    request = received()
    today = date(2026, 2, 20)
    assert request.allowed(A.ASK, today) is not None  # asking today is too late
    with pytest.raises(RuleViolation, match=r"\(16/02/2026\) has passed"):
        request.ask_for_information(InformationKind.IDENTITY, "ID", date(2026, 2, 17), today)
    with pytest.raises(RuleViolation, match="recorded only now"):
        request.ask_for_information(InformationKind.IDENTITY, "ID", date(2026, 2, 16), today)
    request.ask_for_information(
        InformationKind.IDENTITY, "ID", date(2026, 2, 16), today, late_reason="filed late"
    )
    assert request.open_suspension is not None


# -- the extension facts: one answer for the request file, the extend dialog, the CLI ---------


@pytest.mark.parametrize(
    ("day", "state", "days_left"),
    [
        (date(2026, 1, 15), ExtensionState.POSSIBLE, 32),
        (date(2026, 2, 15), ExtensionState.POSSIBLE, 1),
        (date(2026, 2, 16), ExtensionState.POSSIBLE, 0),  # the notice date: the last day
        (date(2026, 2, 17), ExtensionState.TOO_LATE, -1),
    ],
)
def test_the_extension_outlook_of_an_open_request(
    day: date, state: ExtensionState, days_left: int
) -> None:
    outlook = in_progress().extension_outlook(day)
    assert outlook == ExtensionOutlook(state, date(2026, 2, 16), date(2026, 4, 15), days_left)
    assert outlook.last_day is (days_left == 0)
    # The EXTEND rule reads the same answer: possible exactly when the outlook says so.
    assert (in_progress().allowed(A.EXTEND, day) is None) is outlook.possible


def test_the_extension_outlook_once_extended_or_closed() -> None:
    day = date(2026, 2, 12)
    assert extended().extension_outlook(day).state is ExtensionState.EXTENDED
    assert not extended().extension_outlook(day).possible
    assert refused().extension_outlook(day).state is ExtensionState.NOT_EXTENDED
    assert not refused().extension_outlook(day).possible
    assert refused().extension_outlook(day).days_left == 4  # a fact, not an offer


def test_at_most_the_last_characters_of_an_id_number_are_kept() -> None:
    tail = "7" * MAX_NUMBER_LAST_CHARS
    kept = IdentityCheck(
        VerificationMethod.ID_DOCUMENT, "Alice", RECEIVED, document_kind="passport",
        number_last_chars=tail,
    )  # fmt: skip
    assert kept.number_last_chars == tail
    with pytest.raises(ValidationError, match=f"at most the last {MAX_NUMBER_LAST_CHARS} "):
        IdentityCheck(
            VerificationMethod.ID_DOCUMENT, "Alice", RECEIVED, document_kind="passport",
            number_last_chars=tail + "8",
        )  # fmt: skip
