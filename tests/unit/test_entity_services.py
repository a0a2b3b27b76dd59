"""Entity services on a fake unit of work: read model, validated updates, audit, rollback."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from dsr_desk.domain.audit import verify_chain
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.entities import Entity, Role
from dsr_desk.domain.errors import NotFound, ValidationError
from dsr_desk.services import entities as svc
from dsr_desk.services.entities import EntityFields, create_entity, new_entity
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(date(2026, 3, 10)))
    svc.create_entity(
        fake, name="Lycée Saint-Exemple", address="1 rue Haute\n57000 Metz", country="FR"
    )
    svc.create_entity(fake, name="Clinique du Parc", role=Role.PROCESSOR)
    return fake


def _last_details(uow: FakeUnitOfWork) -> dict[str, object]:
    details: dict[str, object] = json.loads(uow.audit.items[-1].details_json)
    return details


def test_list_entities_returns_frozen_plain_views(uow: FakeUnitOfWork) -> None:
    views = svc.list_entities(uow)
    assert [v.name for v in views] == ["Lycée Saint-Exemple", "Clinique du Parc"]
    first = views[0]
    assert isinstance(first, svc.EntityView)
    assert first.address == "1 rue Haute\n57000 Metz"
    assert (first.country, first.subdivision, first.role) == ("FR", None, Role.CONTROLLER)
    assert first.suspension_policy is SuspensionPolicy.RESTART
    assert (first.retention_access_years, first.retention_objection_years) == (1, 3)
    assert views[1].role is Role.PROCESSOR
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.name = "x"  # type: ignore[misc]
    assert set(svc.ENTITY_FIELDS) == {f.name for f in dataclasses.fields(first)}


def test_update_changes_fields_and_audits_their_names_only(uow: FakeUnitOfWork) -> None:
    commits = uow.commits
    name = svc.update_entity(
        uow,
        "lycée saint-exemple",
        subdivision="6ae",
        suspension_policy="pause",
        retention_objection_years=6,
        minimisation=True,
        dpo_contact="  dpo@lycee.example  ",
    )
    assert name == "Lycée Saint-Exemple"
    view = svc.list_entities(uow)[0]
    assert view.subdivision == "6AE"  # canonical code from the holiday calendar
    assert view.suspension_policy is SuspensionPolicy.PAUSE
    assert view.retention_objection_years == 6
    assert view.minimisation is True
    assert view.dpo_contact == "dpo@lycee.example"
    assert uow.commits == commits + 1
    entry = uow.audit.items[-1]
    assert entry.action == "entity.updated"
    details = _last_details(uow)
    assert details == {
        "entity": "Lycée Saint-Exemple",
        "fields": [
            "dpo_contact",
            "subdivision",
            "suspension_policy",
            "retention_objection_years",
            "minimisation",
        ],
    }
    assert "dpo@lycee.example" not in entry.details_json
    assert verify_chain(uow.audit.items, uow.audit.head()).ok


def test_rename_keeps_the_entity_and_records_the_previous_name(uow: FakeUnitOfWork) -> None:
    assert svc.update_entity(uow, "Clinique du Parc", name=" Clinique des Tilleuls ") == (
        "Clinique des Tilleuls"
    )
    assert [v.name for v in svc.list_entities(uow)] == [
        "Lycée Saint-Exemple",
        "Clinique des Tilleuls",
    ]
    assert _last_details(uow) == {
        "entity": "Clinique des Tilleuls",
        "previous_name": "Clinique du Parc",
        "fields": ["name"],
    }


def test_renaming_onto_another_entity_is_refused(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        svc.update_entity(uow, "Clinique du Parc", name="LYCÉE SAINT-EXEMPLE")
    # a change of case of its own name is fine
    assert svc.update_entity(uow, "Clinique du Parc", name="Clinique Du Parc") == (
        "Clinique Du Parc"
    )


def test_no_change_means_no_audit_entry_and_no_commit(uow: FakeUnitOfWork) -> None:
    entries, commits = len(uow.audit.items), uow.commits
    assert svc.update_entity(uow, "Clinique du Parc", country="fr", role="processor") == (
        "Clinique du Parc"
    )
    assert (len(uow.audit.items), uow.commits) == (entries, commits)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"subdivision": "99"}, "Unknown subdivision '99'"),
        ({"country": "ZZ"}, "Unknown country"),
        ({"country": "France"}, "two-letter code"),
        ({"name": "   "}, "needs a name"),
        ({"retention_objection_years": 7}, "between 1 and 6"),
        ({"retention_objection_years": 0}, "between 1 and 6"),
        ({"retention_access_years": 11}, "access/rectification"),
        ({"retention_other_years": -1}, "other requests"),
        ({"retention_other_years": "2"}, "whole numbers"),
        ({"role": "owner"}, "Unknown choice"),
        ({"colour": "blue"}, "no field colour"),
    ],
)
def test_invalid_changes_are_refused_and_nothing_changes(
    uow: FakeUnitOfWork, changes: dict[str, object], message: str
) -> None:
    before = svc.list_entities(uow)
    entries, commits = len(uow.audit.items), uow.commits
    with pytest.raises(ValidationError, match=message):
        svc.update_entity(uow, "Lycée Saint-Exemple", **{"subdivision": "57", **changes})
    assert svc.list_entities(uow) == before
    assert (len(uow.audit.items), uow.commits) == (entries, commits)


def test_unknown_entity_is_not_found(uow: FakeUnitOfWork) -> None:
    with pytest.raises(NotFound, match="No entity named 'Nope'"):
        svc.update_entity(uow, "Nope", country="DE")


def test_new_and_created_entities_take_one_shape() -> None:
    """``new_entity`` and ``create_entity`` take the same keywords (``EntityFields``), trim
    the texts and upper-case the country the same way; a field left out is ``Entity``'s
    default."""
    fields: EntityFields = {
        "name": "  Lycée Exemple ",
        "address": " 1 rue X\n75001 Paris ",
        "country": " fr ",
        "subdivision": "57",
        "role": Role.PROCESSOR,
    }
    checked = new_entity(**fields)
    assert (checked.name, checked.address, checked.country) == (
        "Lycée Exemple",
        "1 rue X\n75001 Paris",
        "FR",
    )
    assert checked.suspension_policy is Entity(name="x").suspension_policy
    uow = FakeUnitOfWork(FixedClock.on(date(2026, 3, 20)))
    assert create_entity(uow, **fields) == "Lycée Exemple"
    with uow:
        stored = uow.entities.get("Lycée Exemple")
    assert dataclasses.asdict(stored) == dataclasses.asdict(checked)


def test_add_entity_stores_the_form_and_its_settings_in_one_transaction(
    uow: FakeUnitOfWork,
) -> None:
    """The settings form's "Add entity" (settings ran create then update: two transactions,
    two audit entries, and an entity left half-made when the second was refused)."""
    entries = len(uow.audit.items)
    name = svc.add_entity(
        uow,
        {
            "name": "  École Pilote ",
            "country": "fr",
            "retention_access_years": 2,
            "retention_objection_years": 5,
            "minimisation": True,
        },
    )
    assert name == "École Pilote"
    stored = uow.entities.get(name)
    assert stored is not None
    assert (stored.country, stored.retention_access_years) == ("FR", 2)
    assert (stored.retention_objection_years, stored.minimisation) == (5, True)
    assert [e.action for e in uow.audit.items[entries:]] == ["entity.created"]


@pytest.mark.parametrize(
    ("setting", "value"),
    [("retention_access_years", "two"), ("logo", b"not an image"), ("colour", "blue")],
)
def test_add_entity_refusing_a_setting_creates_nothing(
    uow: FakeUnitOfWork, setting: str, value: object
) -> None:
    entries = len(uow.audit.items)
    with pytest.raises(ValidationError):
        svc.add_entity(uow, {"name": "École Pilote", setting: value})
    assert uow.entities.get("École Pilote") is None
    assert len(uow.audit.items) == entries
