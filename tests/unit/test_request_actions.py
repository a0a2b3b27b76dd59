"""The request file's buttons from the domain's answer: which actions are possible, the reason
given when one is not, and no rule restated in the UI."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.entities import Role
from dsr_desk.domain.errors import RuleViolation
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
        for name, state in action_states(detail, "restart").items()
    }


def test_a_new_access_request() -> None:
    uow = _uow()
    ref = svc.register_request(
        uow, type=RequestType.ACCESS, received_on=date(2026, 3, 10), name="Jeanne"
    ).reference
    states = _states(uow, ref)
    assert {n for n, (enabled, _t, _v) in states.items() if not enabled} == {
        "received",
        "forward",
        "unanswered",
        "notify",
    }
    assert not states["notify"][2]  # an access request has no Art. 19 notice (hidden)
    # closing for lack of reply: not possible (not waiting), and not proposed (hidden)
    assert "not waiting for any information" in states["unanswered"][1]
    assert not states["unanswered"][2]
    assert states["close"][0] and states["close"][2]
    assert states["received"][1] == f"{ref} is not waiting for any information."
    assert "counts again from that day" in states["ask"][1]  # the entity's policy, explained
    assert states["bundle"][2] and "identity not verified" in states["bundle"][1]
    assert not states["forward"][2]  # a controller entity: no forwarding (hidden)
    assert (
        states["forward"][1]
        == "Lycée Exemple is the controller: only a processor forwards requests."
    )


def test_waiting_for_information_blocks_closing_and_asking_again() -> None:
    uow = _uow()
    ref = svc.register_request(
        uow, type=RequestType.ERASURE, received_on=date(2026, 3, 10), name="Paul", entity="Formavia"
    ).reference
    svc.ask_for_information(uow, ref, InformationKind.IDENTITY, "ID card")
    states = _states(uow, ref)
    for name in ("ask", "complete", "forward"):
        assert not states[name][0]
        assert states[name][1].startswith(f"{ref} is ")
        assert "waiting for information asked on 20/03/2026; record its arrival" in states[name][1]
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
    assert states["identity"][1] == f"{ref} is already closed (refused): only notes can be added."
    assert states["bundle"][1] == f"{ref} was refused: no data bundle can be made for it."


def test_a_closed_objection_says_it_is_an_archive() -> None:
    uow = _uow()
    ref = svc.register_request(
        uow, type=RequestType.OBJECTION, received_on=date(2026, 3, 2), name="Inès"
    ).reference
    svc.close(uow, ref, Outcome.COMPLETED)
    assert _states(uow, ref)["refuse"][1] == (
        f"{ref} is a closed objection record kept as a read-only archive; cannot close it."
    )


def test_the_buttons_show_the_domains_answer_asking_after_the_due_date_is_refused() -> None:
    uow = _uow()
    ref = svc.register_request(
        uow, type=RequestType.ACCESS, received_on=date(2026, 2, 10), name="Léa"
    ).reference  # due 10/03/2026: asking for information on 20/03 cannot suspend it any more
    detail = svc.get_request(uow, ref)
    states = action_states(detail, "restart")
    reason = (
        f"The deadline of {ref} (10/03/2026) has passed: asking for information now cannot "
        "suspend it. Answer, or refuse with reasons."
    )
    assert detail.actions["ask"] == reason
    # an ask made by the due date may still be recorded late: the button opens for that only
    assert detail.late_entries == {"ask": date(2026, 3, 10)}
    assert states["ask"].enabled and states["ask"].late_until == date(2026, 3, 10)
    assert states["ask"].tooltip == (
        f"{reason} If it was done on or before 10/03/2026, you can still record it with that "
        "date and the reason it is recorded only now."
    )
    for name, state in states.items():  # every button says what the domain says
        assert state.blocker == detail.actions[name]
        assert state.late_until == detail.late_entries.get(name)
    with pytest.raises(RuleViolation) as refused:  # the service refuses with the same sentence
        svc.ask_for_information(uow, ref, InformationKind.IDENTITY, "ID card")
    assert str(refused.value) == reason
    with pytest.raises(RuleViolation, match="state why it is recorded only now"):
        svc.ask_for_information(
            uow, ref, InformationKind.IDENTITY, "ID card", asked_on=date(2026, 3, 10)
        )


UI = Path(__file__).resolve().parents[2] / "dsr_desk" / "ui"
# The facts of a request that its rules are made of: the UI may show them, never compare them.
RULE_FACTS = frozenset(
    {
        "status",
        "type",
        "entity_role",
        "today",
        "due",
        "effective_due",
        "extended_due",
        "extension_notice_by",
        "extended_on",
        "received_on",
        "suspensions",
        "archive_only",
        "identity_verified",
    }
)


def _names(node: ast.AST) -> set[str]:
    return {
        n.attr if isinstance(n, ast.Attribute) else n.id
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute | ast.Name)
    }


def test_no_rule_of_the_actions_is_restated_in_the_ui() -> None:
    """The buttons' modules and the extension's words map the domain's answer: they import
    no rule (deadlines, the bundle's types and statuses, the statuses' words) and compare no
    fact of the request."""
    for module in (
        "views/request_actions.py",
        "views/request_file_actions.py",
        "views/request_wording.py",  # the extension's state in words: the domain's facts
        "dialogs/extend_dialog.py",
    ):
        tree = ast.parse((UI / module).read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)} | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        assert not imported & {
            "dsr_desk.domain.deadlines",
            "dsr_desk.services.portability",
            "dsr_desk.ui.views.request_wording",
        }, module
        compared = set().union(*(_names(n) for n in ast.walk(tree) if isinstance(n, ast.Compare)))
        assert not compared & RULE_FACTS, (module, compared & RULE_FACTS)
    for path in UI.rglob("*.py"):
        assert "can_still_extend" not in path.read_text(encoding="utf-8"), path
