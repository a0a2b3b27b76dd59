"""Which request-file actions are possible, and the reason given when one is not."""

from __future__ import annotations

from datetime import date

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.entities import Role
from dsr_desk.domain.requests import InformationKind, Outcome, RequestType
from dsr_desk.services import entities as entity_service
from dsr_desk.services import requests as svc
from dsr_desk.ui.views.request_actions import action_states
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 3, 20)


def _uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(TODAY))
    entity_service.create_entity(fake, name="Lycée Exemple")
    entity_service.create_entity(fake, name="Formavia", role=Role.PROCESSOR)
    return fake


def _states(uow: FakeUnitOfWork, ref: str) -> dict[str, tuple[bool, str, bool]]:
    detail = svc.get_request(uow, ref, consulted=True)
    return {
        name: (state.enabled, state.tooltip, state.visible)
        for name, state in action_states(detail, TODAY, "restart").items()
    }


def test_a_new_access_request() -> None:
    uow = _uow()
    ref = svc.register_request(
        uow, type=RequestType.ACCESS, received_on=date(2026, 3, 10), name="Jeanne"
    ).reference
    states = _states(uow, ref)
    assert {n for n, (enabled, _t, _v) in states.items() if not enabled} == {"received"}
    assert states["received"][1] == "Nothing is awaited."
    assert "counts again from that day" in states["ask"][1]  # the entity's policy, explained
    assert states["bundle"][2] and "identity not verified" in states["bundle"][1]
    assert not states["forward"][2]  # a controller entity: no forwarding


def test_waiting_for_information_blocks_closing_and_asking_again() -> None:
    uow = _uow()
    ref = svc.register_request(
        uow, type=RequestType.ERASURE, received_on=date(2026, 3, 10), name="Paul", entity="Formavia"
    ).reference
    svc.ask_for_information(uow, ref, InformationKind.IDENTITY, "ID card")
    states = _states(uow, ref)
    for name in ("ask", "complete", "forward"):
        assert not states[name][0]
        assert states[name][1].startswith("Still waiting for information asked on 20/03/2026")
    assert states["received"][0] and states["forward"][2]
    assert not states["bundle"][2]  # erasure: no data bundle


def test_too_late_to_extend_and_closed_requests() -> None:
    uow = _uow()
    ref = svc.register_request(
        uow, type=RequestType.ACCESS, received_on=date(2026, 2, 10), name="Léa"
    ).reference
    assert _states(uow, ref)["extend"][1].startswith("Too late to extend")
    svc.close(uow, ref, Outcome.REFUSED, reason="Manifestly excessive.")
    states = _states(uow, ref)
    assert [n for n, (enabled, _t, _v) in states.items() if enabled] == ["letters"]
    assert states["identity"][1] == f"{ref} is closed (refused): only notes can be added."
    assert states["bundle"][1] == f"{ref} is refused: no data is disclosed."


def test_a_closed_objection_says_it_is_an_archive() -> None:
    uow = _uow()
    ref = svc.register_request(
        uow, type=RequestType.OBJECTION, received_on=date(2026, 3, 2), name="Inès"
    ).reference
    svc.close(uow, ref, Outcome.COMPLETED)
    assert (
        _states(uow, ref)["refuse"][1] == f"{ref} is a closed objection record (read-only archive)."
    )
