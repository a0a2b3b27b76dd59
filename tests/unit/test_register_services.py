"""Processing-register services on a fake unit of work: add, update, move, remove, audit,
and the demo register."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from dsr_desk.demo import register as demo_svc
from dsr_desk.demo.entities import demo_entities
from dsr_desk.domain.audit import verify_chain
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import NotFound, ValidationError
from dsr_desk.services import entities as entity_service
from dsr_desk.services import register as svc
from tests.fakes import FakeUnitOfWork

ENTITY = "Lycée Saint-Exemple"
SECRET = "Canary free text about Zebulon"


def _activity(title: str, **overrides: str) -> dict[str, str]:
    values = {
        "name": title,
        "purpose": f"Purpose of {title}",
        "legal_basis": "Contract (Art. 6(1)(b))",
        "data_categories": "Identity, contact details",
    }
    values.update(overrides)
    return values


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(date(2026, 3, 10)))
    entity_service.create_entity(fake, name=ENTITY)
    entity_service.create_entity(fake, name="Clinique du Parc")
    return fake


def _names(uow: FakeUnitOfWork, entity: str = ENTITY) -> list[str]:
    return [view.name for view in svc.list_activities(uow, entity)]


def _last(uow: FakeUnitOfWork) -> tuple[str, dict[str, object]]:
    entry = uow.audit.items[-1]
    details: dict[str, object] = json.loads(entry.details_json)
    return entry.action, details


def test_add_lists_plain_frozen_views_in_order(uow: FakeUnitOfWork) -> None:
    first = svc.add_activity(uow, ENTITY, **_activity("Enrolment"))
    second = svc.add_activity(
        uow, ENTITY, **_activity("  Canteen   and\nmeals ", recipients="  Caterer \r\n Nurse ")
    )
    assert (first.position, second.position) == (0, 1)
    assert second.name == "Canteen and meals"  # one line, single spaces
    assert second.recipients == "Caterer \n Nurse"  # trimmed, newlines kept
    views = svc.list_activities(uow, "lycée saint-exemple")
    assert [v.name for v in views] == ["Enrolment", "Canteen and meals"]
    assert all(isinstance(v, svc.ActivityView) and v.entity == ENTITY for v in views)
    with pytest.raises(dataclasses.FrozenInstanceError):
        views[0].name = "x"  # type: ignore[misc]
    assert views[0].to_json()["legal_basis"] == "Contract (Art. 6(1)(b))"
    assert {f.name for f in dataclasses.fields(views[0])} == {
        "entity",
        "position",
        *svc.ACTIVITY_FIELDS,
    }
    assert _names(uow, "Clinique du Parc") == []
    action, details = _last(uow)
    assert action == "register.activity_added"
    assert details == {"entity": ENTITY, "activity": "Canteen and meals", "position": 2}


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"purpose": "   "}, "purpose"),
        ({"legal_basis": ""}, "legal basis"),
        ({"data_categories": "\n"}, "data categories"),
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "too long"),
        ({"retention": "y" * 5001}, "too long"),
    ],
)
def test_add_refuses_incomplete_or_oversized_activities(
    uow: FakeUnitOfWork, overrides: dict[str, str], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        svc.add_activity(uow, ENTITY, **_activity("Enrolment", **overrides))
    assert _names(uow) == []
    assert uow.audit.items[-1].action == "entity.created"


def test_unknown_fields_duplicate_names_and_unknown_entities_are_refused(
    uow: FakeUnitOfWork,
) -> None:
    svc.add_activity(uow, ENTITY, **_activity("Enrolment"))
    with pytest.raises(ValidationError, match="no field colour"):
        svc.add_activity(uow, ENTITY, colour="blue", **_activity("Other"))
    with pytest.raises(ValidationError, match="already has an activity named 'Enrolment'"):
        svc.add_activity(uow, ENTITY, **_activity("ENROLMENT"))
    with pytest.raises(NotFound, match="No entity named 'Nowhere'"):
        svc.add_activity(uow, "Nowhere", **_activity("Other"))
    svc.add_activity(uow, "Clinique du Parc", **_activity("Enrolment"))  # other entity: fine
    assert _names(uow) == ["Enrolment"]


def test_update_changes_only_given_fields_and_audits_their_names(uow: FakeUnitOfWork) -> None:
    svc.add_activity(uow, ENTITY, **_activity("Enrolment"))
    svc.add_activity(uow, ENTITY, **_activity("Canteen"))
    commits = uow.commits
    view = svc.update_activity(uow, ENTITY, 1, purpose=SECRET, transfers="None")
    assert (view.position, view.name, view.purpose, view.transfers) == (
        1,
        "Canteen",
        SECRET,
        "None",
    )
    assert view.legal_basis == "Contract (Art. 6(1)(b))"
    assert uow.commits == commits + 1
    action, details = _last(uow)
    assert action == "register.activity_updated"
    assert details == {"entity": ENTITY, "activity": "Canteen", "fields": ["purpose", "transfers"]}
    assert SECRET not in uow.audit.items[-1].details_json

    renamed = svc.update_activity(uow, ENTITY, "canteen", name="School meals")
    assert renamed.name == "School meals"
    assert _last(uow)[1]["previous_name"] == "Canteen"
    assert _names(uow) == ["Enrolment", "School meals"]


def test_update_without_change_neither_commits_nor_audits(uow: FakeUnitOfWork) -> None:
    svc.add_activity(uow, ENTITY, **_activity("Enrolment"))
    commits, entries = uow.commits, len(uow.audit.items)
    view = svc.update_activity(uow, ENTITY, 0, purpose="  Purpose of Enrolment ")
    assert view.purpose == "Purpose of Enrolment"
    assert (uow.commits, len(uow.audit.items)) == (commits, entries)


def test_update_refuses_bad_values_and_changes_nothing(uow: FakeUnitOfWork) -> None:
    svc.add_activity(uow, ENTITY, **_activity("Enrolment"))
    svc.add_activity(uow, ENTITY, **_activity("Canteen"))
    with pytest.raises(ValidationError, match="needs its purpose"):
        svc.update_activity(uow, ENTITY, 0, purpose=" ", name="Renamed")
    with pytest.raises(ValidationError, match="already has an activity named 'Enrolment'"):
        svc.update_activity(uow, ENTITY, "Canteen", name="enrolment")
    with pytest.raises(NotFound, match="no activity at position 3"):
        svc.update_activity(uow, ENTITY, 2, purpose="x")
    with pytest.raises(NotFound, match="no activity named 'Payroll'"):
        svc.update_activity(uow, ENTITY, "Payroll", purpose="x")
    with pytest.raises(ValidationError, match="position or its name"):
        svc.update_activity(uow, ENTITY, True, purpose="x")
    views = svc.list_activities(uow, ENTITY)
    assert [(v.name, v.purpose) for v in views] == [
        ("Enrolment", "Purpose of Enrolment"),
        ("Canteen", "Purpose of Canteen"),
    ]


def test_move_reorders_and_keeps_positions_contiguous(uow: FakeUnitOfWork) -> None:
    for name in ("A", "B", "C", "D"):
        svc.add_activity(uow, ENTITY, **_activity(name))
    moved = svc.move_activity(uow, ENTITY, 3, 0)
    assert (moved.name, moved.position) == ("D", 0)
    assert _names(uow) == ["D", "A", "B", "C"]
    action, details = _last(uow)
    assert action == "register.activity_moved"
    assert details == {"entity": ENTITY, "activity": "D", "from_position": 4, "to_position": 1}
    svc.move_activity(uow, ENTITY, "a", 2)
    assert _names(uow) == ["D", "B", "A", "C"]
    entity = uow.entities.get(ENTITY)
    assert entity is not None
    assert [a.position for a in entity.processing_activities] == [0, 1, 2, 3]

    entries = len(uow.audit.items)
    svc.move_activity(uow, ENTITY, 1, 1)  # no move: nothing audited
    assert len(uow.audit.items) == entries
    with pytest.raises(ValidationError, match="between 1 and 4"):
        svc.move_activity(uow, ENTITY, 0, 4)
    with pytest.raises(ValidationError, match="between 1 and 4"):
        svc.move_activity(uow, ENTITY, 0, -1)
    assert _names(uow) == ["D", "B", "A", "C"]


def test_remove_deletes_renumbers_and_audits(uow: FakeUnitOfWork) -> None:
    for name in ("A", "B", "C"):
        svc.add_activity(uow, ENTITY, **_activity(name, purpose=SECRET))
    removed = svc.remove_activity(uow, ENTITY, "b")
    assert (removed.name, removed.position) == ("B", 1)
    assert [(v.name, v.position) for v in svc.list_activities(uow, ENTITY)] == [
        ("A", 0),
        ("C", 1),
    ]
    action, details = _last(uow)
    assert (action, details) == ("register.activity_removed", {"entity": ENTITY, "activity": "B"})
    with pytest.raises(NotFound):
        svc.remove_activity(uow, ENTITY, 5)
    assert _names(uow) == ["A", "C"]


def test_audit_chain_stays_valid_and_free_of_register_text(uow: FakeUnitOfWork) -> None:
    svc.add_activity(uow, ENTITY, **_activity("A", purpose=SECRET, recipients=SECRET))
    svc.add_activity(uow, ENTITY, **_activity("B"))
    svc.update_activity(uow, ENTITY, 1, retention=SECRET)
    svc.move_activity(uow, ENTITY, 1, 0)
    svc.remove_activity(uow, ENTITY, 0)
    report = verify_chain(uow.audit.entries(), uow.audit.head())
    assert report.ok
    actions = [e.action for e in uow.audit.items if e.action.startswith("register.")]
    assert actions == [
        "register.activity_added",
        "register.activity_added",
        "register.activity_updated",
        "register.activity_moved",
        "register.activity_removed",
    ]
    assert all(SECRET not in e.details_json for e in uow.audit.items)


def test_list_all_activities_groups_by_entity(uow: FakeUnitOfWork) -> None:
    svc.add_activity(uow, "Clinique du Parc", **_activity("Patients"))
    svc.add_activity(uow, ENTITY, **_activity("Enrolment"))
    svc.add_activity(uow, ENTITY, **_activity("Canteen"))
    views = svc.list_all_activities(uow)
    assert [(v.entity, v.position, v.name) for v in views] == [
        (ENTITY, 0, "Enrolment"),
        (ENTITY, 1, "Canteen"),
        ("Clinique du Parc", 0, "Patients"),
    ]


def test_demo_registers_are_complete_and_distinct() -> None:
    for entity in demo_entities():
        activities = demo_svc.demo_register(entity.name)
        assert 4 <= len(activities) <= 6, entity.name
        assert [a.position for a in activities] == list(range(len(activities)))
        names = [a.name.casefold() for a in activities]
        assert len(set(names)) == len(names)
        for activity in activities:
            assert activity.recipients and activity.retention, activity.name
            assert len(activity.name) <= svc.NAME_MAX_CHARS
            assert "Art. 6" in activity.legal_basis or "Art. 28" in activity.legal_basis
        assert demo_svc.demo_register(entity.name) is not activities  # fresh objects each time
        assert demo_svc.demo_register(entity.name)[0] is not activities[0]
    assert demo_svc.demo_register("Unknown entity") == []
    processor = demo_svc.demo_register("Formavia Entreprises – Metz")
    assert any("processor" in a.name for a in processor)
    assert any(a.transfers for a in demo_svc.demo_register("Groupe Horizon Éducation"))


def test_demo_register_goes_through_the_services(uow: FakeUnitOfWork) -> None:
    entity = uow.entities.get(ENTITY)
    assert entity is not None
    entity.processing_activities.extend(demo_svc.demo_register("Formavia"))
    views = svc.list_activities(uow, ENTITY)
    assert len(views) == 6
    svc.update_activity(uow, ENTITY, views[0].name, retention="5 years")
    assert svc.list_activities(uow, ENTITY)[0].retention == "5 years"
