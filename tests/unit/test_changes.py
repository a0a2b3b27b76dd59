"""Changes as values: every audit action maps to what it changed, explicitly; the unit of work
publishes them on commit only, to whoever collects on this thread."""

from __future__ import annotations

import ast
import threading
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.changes import (
    ACTION_CHANGES,
    NO_CHANGES,
    Changes,
    collect_changes,
    publish_changes,
)
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import entities as entity_service
from dsr_desk.services import requests as request_service
from tests.fakes import FakeUnitOfWork

PACKAGE = Path(__file__).resolve().parents[2] / "dsr_desk"
# Calls that pass on an action named by their caller (whose call is scanned in turn).
PASS_THROUGH = {("services/audit.py", "action")}


def _constants(tree: ast.Module) -> dict[str, str]:
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }


def recorded_actions() -> tuple[set[str], set[tuple[str, str]]]:
    """Every action passed to ``uow.record(action, ...)`` or ``record_event(uow, action)`` in
    dsr_desk, and the arguments that are not a string (file, source) left to explain."""
    actions: set[str] = set()
    unresolved: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        constants = _constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            position = {"record": 0, "record_event": 1}.get(str(name))
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                actions.add(arg.value)
            elif isinstance(arg, ast.Name) and arg.id in constants:
                actions.add(constants[arg.id])
            else:
                unresolved.add((str(path.relative_to(PACKAGE)), ast.unparse(arg)))
    return actions, unresolved


def test_every_recorded_action_is_mapped_explicitly() -> None:
    actions, unresolved = recorded_actions()
    assert len(actions) > 30  # the scan finds them (35 today)
    assert unresolved == PASS_THROUGH
    assert sorted(actions - ACTION_CHANGES.keys()) == [], "add them to ACTION_CHANGES"
    assert sorted(ACTION_CHANGES.keys() - actions) == [], "no longer recorded anywhere"


def test_an_action_maps_to_what_it_changed() -> None:
    extended = Changes.from_audit("request.extended", "DSR-2026-0001")
    assert extended == Changes(requests=frozenset({"DSR-2026-0001"}), audit=True)
    assert extended.touches_request("DSR-2026-0001")
    assert not extended.touches_request("DSR-2026-0002")
    assert not extended.entities and not extended.documents
    assert Changes.from_audit("entity.updated") == Changes(entities=True, audit=True)
    assert Changes.from_audit("register.activity_moved").register
    assert Changes.from_audit("settings.changed").settings
    assert Changes.from_audit("entity.letter_override_saved").letters
    assert Changes.from_audit("document.purged", "DSR-2026-0003").documents
    assert Changes.from_audit("calendar.exported") == Changes(audit=True)


def test_bulk_and_unknown_actions_change_everything() -> None:
    for changes in (Changes.from_audit("demo.seeded"), Changes.from_audit("not.an.action")):
        assert changes.everything and changes.entities and changes.settings and changes.audit
        assert changes.any_request and changes.touches_request("DSR-2026-0042")


def test_changes_add_up_and_nothing_is_false() -> None:
    assert not NO_CHANGES and not Changes()
    both = Changes.from_audit("request.started", "DSR-2026-0001") | Changes.from_audit(
        "entity.created"
    )
    assert both.requests == {"DSR-2026-0001"} and both.entities and both.audit
    assert not both.everything and bool(both)
    assert (both | NO_CHANGES) == both


def test_publishing_reaches_the_innermost_collector_of_this_thread_only() -> None:
    publish_changes(Changes(settings=True))  # nobody collects: nothing happens
    elsewhere: list[Changes] = []
    with collect_changes() as outer:
        with collect_changes() as inner:
            publish_changes(Changes(settings=True))
            thread = threading.Thread(target=lambda: elsewhere.append(_collect_in_thread()))
            thread.start()
            thread.join()
        assert inner.changes == Changes(settings=True)
        publish_changes(Changes(entities=True))
    assert outer.changes == Changes(settings=True, entities=True)
    assert elsewhere == [Changes(register=True)]


def _collect_in_thread() -> Changes:
    with collect_changes() as collected:
        publish_changes(Changes(register=True))
    return collected.changes


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(date(2026, 3, 10)))
    entity_service.create_entity(fake, name="Lycée Saint-Exemple", country="FR")
    return fake


def test_the_fake_unit_of_work_publishes_on_commit_only(uow: FakeUnitOfWork) -> None:
    with collect_changes() as collected:
        detail = request_service.register_request(
            uow, type=RequestType.ACCESS, received_on=date(2026, 3, 5), name="Jeanne Martin"
        )
    assert collected.changes == Changes(requests=frozenset({detail.reference}), audit=True)
    with collect_changes() as refused, pytest.raises(ValidationError):
        request_service.register_request(
            uow, type=RequestType.ACCESS, received_on=date(2026, 3, 11), name="Future"
        )
    assert refused.changes == NO_CHANGES
