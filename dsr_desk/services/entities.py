"""Use cases for the entities (legal entities / brands) the office answers for."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Final, Required, TypedDict, Unpack

from dsr_desk.domain.calendar import calendar_for
from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.entities import RECORD_RETENTION_DEFAULT_YEARS, Entity, Role
from dsr_desk.domain.errors import NotFound, ValidationError
from dsr_desk.domain.rights import DEFAULT_ON_HOLD_MONTHS, DEFAULT_WITHOUT_DELAY_DAYS
from dsr_desk.domain.roles import Action
from dsr_desk.storage.unit_of_work import UnitOfWork


class EntityFields(TypedDict, total=False):
    """The fields a new entity is made of, by keyword (``new_entity``, ``create_entity``): the
    one list; what is left out takes ``Entity``'s default."""

    name: Required[str]
    address: str
    dpo_contact: str
    country: str
    subdivision: str | None
    role: Role
    suspension_policy: SuspensionPolicy


def new_entity(**fields: Unpack[EntityFields]) -> Entity:
    """A new entity, checked (name, sizes, and a country/subdivision known to the holiday
    calendar) but not stored: ``init`` checks everything before it creates the vault. Texts
    are trimmed and the country upper-cased; a field not given takes the entity's default."""
    given: dict[str, Any] = dict(fields)
    for key in ("name", "address", "dpo_contact"):
        if key in given:
            given[key] = given[key].strip()
    if "country" in given:
        given["country"] = given["country"].strip().upper()
    entity = Entity(**given)
    calendar_for(entity.country, entity.subdivision)  # validates the holiday calendar exists
    return entity


def create_entity(uow: UnitOfWork, **fields: Unpack[EntityFields]) -> str:
    """Add an entity (the fields of ``new_entity``); the country/subdivision must be known to
    the holiday calendar."""
    return _store_new(uow, new_entity(**fields))


#: The fields ``new_entity`` takes; the entity form's other fields are its settings.
NEW_ENTITY_FIELDS: Final = EntityFields.__required_keys__ | EntityFields.__optional_keys__


def add_entity(uow: UnitOfWork, values: dict[str, Any]) -> str:
    """The settings form's "Add entity": the entity with every setting of its form (retention
    periods, minimisation, logo) in one transaction, all checked first: a refused value (a
    logo that is not an image, a retention of "two") creates nothing."""
    settings = _clean_changes({k: v for k, v in values.items() if k not in NEW_ENTITY_FIELDS})
    if "logo" in settings:
        settings["logo"] = _clean_logo(settings["logo"])
        check_entity_logo(settings["logo"])
    entity = new_entity(**{k: v for k, v in values.items() if k in NEW_ENTITY_FIELDS})
    return _store_new(uow, replace(entity, **settings))


def _store_new(uow: UnitOfWork, entity: Entity) -> str:
    uow.require(Action.CHANGE_SETTINGS)
    with uow:
        if uow.entities.get(entity.name) is not None:
            raise ValidationError("An entity named {name!r} already exists.", name=entity.name)
        uow.entities.add(entity)
        uow.record(
            "entity.created",
            None,
            entity=entity.name,
            country=entity.country,
            subdivision=entity.subdivision,
            role=entity.role.value,
            policy=entity.suspension_policy.value,
        )
        uow.commit()
        return entity.name


def resolve_entity(uow: UnitOfWork, name: str | None) -> Entity:
    """The named entity, or the only/first one when no name is given (inside a unit of work)."""
    if name:
        entity = uow.entities.get(name.strip())
        if entity is None:
            known = ", ".join(e.name for e in uow.entities.list()) or "none yet"
            raise NotFound("No entity named {name!r} (known: {known}).", name=name, known=known)
        return entity
    entities = uow.entities.list()
    if not entities:
        raise NotFound("No entity is set up yet: create one first (Settings → Entities).")
    return entities[0]


# -- read model and editing ---------------------------------------------------------------


@dataclass(frozen=True)
class EntityView:
    """An entity as screens see it (a plain copy: the GUI never holds ORM objects)."""

    name: str
    address: str
    dpo_contact: str
    country: str
    subdivision: str | None
    role: Role
    suspension_policy: SuspensionPolicy
    retention_access_years: int
    retention_objection_years: int
    retention_other_years: int
    minimisation: bool
    retention_records_years: int = RECORD_RETENTION_DEFAULT_YEARS  # request records
    logo: bytes | None = field(default=None, repr=False)  # PNG or JPEG for the letterhead
    without_delay_days: int = DEFAULT_WITHOUT_DELAY_DAYS  # a marketing opt-out's due date
    on_hold_months: int = DEFAULT_ON_HOLD_MONTHS  # on hold longer: flagged in the register
    signer_title: str = ""  # under the signature of letters, unless the user set their own


ENTITY_FIELDS: Final = tuple(spec.name for spec in fields(EntityView))


def _entity_view(entity: Entity) -> EntityView:
    return EntityView(**{name: getattr(entity, name) for name in ENTITY_FIELDS})


def list_entities(uow: UnitOfWork) -> list[EntityView]:
    """Every entity, in creation order."""
    with uow:
        return [_entity_view(e) for e in uow.entities.list()]


def _clean_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Normalise edited values the way ``create_entity`` does; refuse unknown fields."""
    unknown = sorted(set(changes) - set(ENTITY_FIELDS))
    if unknown:
        raise ValidationError("Entities have no field {unknown}.", unknown=", ".join(unknown))
    clean = dict(changes)
    for text_field in ("name", "address", "dpo_contact", "signer_title"):
        if text_field in clean:
            clean[text_field] = str(clean[text_field] or "").strip()
    if "country" in clean:
        clean["country"] = str(clean["country"] or "").strip().upper()
    if "subdivision" in clean:
        clean["subdivision"] = str(clean["subdivision"] or "").strip() or None
    try:
        if "role" in clean:
            clean["role"] = Role(clean["role"])
        if "suspension_policy" in clean:
            clean["suspension_policy"] = SuspensionPolicy(clean["suspension_policy"])
    except ValueError as problem:
        raise ValidationError("Unknown choice: {problem}.", problem=problem) from None
    _check_whole_numbers(clean)
    if "minimisation" in clean:
        clean["minimisation"] = bool(clean["minimisation"])
    return clean


def _check_whole_numbers(clean: dict[str, Any]) -> None:
    for number_field, problem in (
        ("retention_access_years", "Retention periods are whole numbers of years."),
        ("retention_objection_years", "Retention periods are whole numbers of years."),
        ("retention_other_years", "Retention periods are whole numbers of years."),
        ("retention_records_years", "Retention periods are whole numbers of years."),
        ("without_delay_days", "'Without delay' is a whole number of working days."),
        ("on_hold_months", "The months on hold are a whole number."),
    ):
        value = clean.get(number_field, 0)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(problem)


def _clean_logo(logo: object) -> bytes | None:
    """Bytes, or None for "no logo"; its content is checked only when it changes."""
    if logo is not None and not isinstance(logo, bytes | bytearray | memoryview):
        raise ValidationError("A logo is the content of a PNG or JPEG file.")
    return bytes(logo) if logo else None


def check_entity_logo(logo: bytes | None) -> None:
    """``ValidationError`` unless the logo is a real PNG or JPEG of at most 1 MiB that letters
    can print (ReportLab decodes it). ``None`` means no logo."""
    if logo is not None:
        from dsr_desk.letters.logo import check_logo  # ReportLab: only when there is a logo

        check_logo(logo)


def _reschedule_open_requests(
    uow: UnitOfWork, entity: Entity
) -> list[tuple[str, str | None, str | None]]:
    """Open requests follow their entity's holidays: recompute the stored due dates after a
    change of country or subdivision; returns (reference, old due, new due) for each change."""
    changes = []
    for request in uow.requests.open_for_entity(entity.name):
        old_due = request.due_on
        request.refresh_schedule()
        if request.due_on != old_due:
            changes.append(
                (
                    request.reference,
                    old_due.isoformat() if old_due else None,
                    request.due_on.isoformat() if request.due_on else None,
                )
            )
    return changes


def update_entity(uow: UnitOfWork, name: str, /, **changes: Any) -> str:
    """Change an entity's settings; returns its name after the change.

    ``name`` (positional) finds the entity; ``name=`` among the changes renames it, so the
    entity form's ``values()`` can be passed as they are.

    The whole result is validated by the domain and the holiday calendar before anything is
    touched; the audit entry lists the names of the changed fields, not their values.
    """
    uow.require(Action.CHANGE_SETTINGS)
    clean = _clean_changes(changes)
    if "logo" in clean:
        clean["logo"] = _clean_logo(clean["logo"])
    with uow:
        entity = uow.entities.get(name.strip())
        if entity is None:
            raise NotFound("No entity named {name!r}.", name=name)
        before = _entity_view(entity)
        after = replace(before, **clean)
        Entity(**{field_name: getattr(after, field_name) for field_name in ENTITY_FIELDS})
        calendar = calendar_for(after.country, after.subdivision)
        after = replace(after, subdivision=calendar.subdivision)  # canonical code ("6AE")
        namesake = uow.entities.get(after.name)  # ignoring case and accents
        if namesake is not None and namesake is not entity:
            raise ValidationError("An entity named {name!r} already exists.", name=after.name)
        changed = [f for f in ENTITY_FIELDS if getattr(after, f) != getattr(before, f)]
        if not changed:
            return before.name
        if "logo" in changed:
            check_entity_logo(after.logo)  # the audit entry names the field, never the bytes
        for field_name in changed:
            setattr(entity, field_name, getattr(after, field_name))
        rescheduled = (
            _reschedule_open_requests(uow, entity)
            if {"country", "subdivision", "without_delay_days"} & set(changed)
            else []
        )
        uow.record(
            "entity.updated",
            None,
            entity=after.name,
            previous_name=before.name if "name" in changed else None,
            fields=changed,
            due_dates_changed=len(rescheduled) or None,
        )
        for reference, old_due, new_due in rescheduled:
            uow.record(
                "request.rescheduled",
                reference,
                reason="entity holiday calendar changed",
                previous_due_on=old_due,
                due_on=new_due,
            )
        uow.commit()
        return after.name
