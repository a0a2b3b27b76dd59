"""Use cases for the entities (legal entities / brands) the office answers for."""

from __future__ import annotations

from dsr_desk.domain.calendar import calendar_for
from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.entities import Entity, Role
from dsr_desk.domain.errors import NotFound, ValidationError
from dsr_desk.storage.unit_of_work import UnitOfWork

DEFAULT_ENTITY_NAME = "My organisation"


def create_entity(
    uow: UnitOfWork,
    *,
    name: str,
    address: str = "",
    dpo_contact: str = "",
    country: str = "FR",
    subdivision: str | None = None,
    role: Role = Role.CONTROLLER,
    suspension_policy: SuspensionPolicy = SuspensionPolicy.RESTART,
) -> str:
    """Add an entity; the country/subdivision must be known to the holiday calendar."""
    country = country.strip().upper()
    calendar_for(country, subdivision)  # validates the holiday calendar exists
    with uow:
        if uow.entities.get(name.strip()) is not None:
            raise ValidationError(f"An entity named {name.strip()!r} already exists.")
        entity = Entity(
            name=name.strip(),
            address=address.strip(),
            dpo_contact=dpo_contact.strip(),
            country=country,
            subdivision=subdivision,
            role=role,
            suspension_policy=suspension_policy,
        )
        uow.entities.add(entity)
        uow.record(
            "entity.created",
            None,
            entity=entity.name,
            country=country,
            subdivision=subdivision,
            role=role.value,
            policy=suspension_policy.value,
        )
        uow.commit()
        return entity.name


def resolve_entity(uow: UnitOfWork, name: str | None) -> Entity:
    """The named entity, or the only/first one when no name is given (inside a unit of work)."""
    if name:
        entity = uow.entities.get(name.strip())
        if entity is None:
            known = ", ".join(e.name for e in uow.entities.list()) or "none yet"
            raise NotFound(f"No entity named {name!r} (known: {known}).")
        return entity
    entities = uow.entities.list()
    if not entities:
        raise NotFound("No entity is set up yet: create one first (Settings → Entities).")
    return entities[0]


def entity_names(uow: UnitOfWork) -> list[str]:
    with uow:
        return [e.name for e in uow.entities.list()]
