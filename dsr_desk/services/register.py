"""The processing register (GDPR Art. 30) of each entity: list, edit, reorder, import from a
spreadsheet, and the demo register.

Access answers take the Art. 15(1) information (purposes, categories of data, recipients,
retention, source, automated decisions, Art. 15(2) transfers) from this register, so every
change is audited; the audit details name the entity and the activity, never other free text.

An activity is designated by its position in the entity's register (0-based, as listed by
:func:`list_activities`) or by its name (unique within an entity, case-insensitive).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Final

from dsr_desk.domain.entities import Entity
from dsr_desk.domain.errors import NotFound, ValidationError
from dsr_desk.domain.register import ProcessingActivity
from dsr_desk.domain.roles import Action
from dsr_desk.messages import N_, Text
from dsr_desk.services.entities import resolve_entity
from dsr_desk.storage.unit_of_work import UnitOfWork

__all__ = [
    "ACTIVITY_FIELDS",
    "FIELD_LABELS",
    "ActivityView",
    "add_activity",
    "list_activities",
    "list_all_activities",
    "move_activity",
    "remove_activity",
    "update_activity",
]

FRENCH_FIELDS: Final = (
    "name",
    "purpose",
    "legal_basis",
    "data_categories",
    "recipients",
    "retention",
    "source",
    "transfers",
    "automated_decisions",
)
# The same texts in English (letters in English print these, never the French ones).
ENGLISH_FIELDS: Final = tuple(f"{name}_en" for name in FRENCH_FIELDS)
ACTIVITY_FIELDS: Final = (*FRENCH_FIELDS, *ENGLISH_FIELDS)
REQUIRED_FIELDS: Final = ("name", "purpose", "legal_basis", "data_categories")
FIELD_LABELS: Final = {
    "name": N_("name"),
    "purpose": N_("purpose"),
    "legal_basis": N_("legal basis"),
    "data_categories": N_("data categories"),
    "recipients": N_("recipients"),
    "retention": N_("retention"),
    "source": N_("source"),
    "transfers": N_("transfers"),
    "automated_decisions": N_("automated decisions"),
    "name_en": N_("English name"),
    "purpose_en": N_("English purpose"),
    "legal_basis_en": N_("English legal basis"),
    "data_categories_en": N_("English data categories"),
    "recipients_en": N_("English recipients"),
    "retention_en": N_("English retention"),
    "source_en": N_("English source"),
    "transfers_en": N_("English transfers"),
    "automated_decisions_en": N_("English automated decisions"),
}
ONE_LINE_FIELDS: Final = ("name", "name_en")
NAME_MAX_CHARS: Final = 200  # the column is String(200)
TEXT_MAX_CHARS: Final = 5000

ActivityKey = int | str


# -- read model ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityView:
    """One processing activity as screens, the CLI and letters see it (a plain copy)."""

    entity: str
    position: int  # 0-based, the order of the register
    name: str
    purpose: str
    legal_basis: str
    data_categories: str
    recipients: str
    retention: str
    source: str
    transfers: str
    automated_decisions: str
    name_en: str = ""
    purpose_en: str = ""
    legal_basis_en: str = ""
    data_categories_en: str = ""
    recipients_en: str = ""
    retention_en: str = ""
    source_en: str = ""
    transfers_en: str = ""
    automated_decisions_en: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _view(entity: Entity, position: int, activity: ProcessingActivity) -> ActivityView:
    return ActivityView(
        entity.name, position, **{name: getattr(activity, name) for name in ACTIVITY_FIELDS}
    )


def _views(entity: Entity) -> list[ActivityView]:
    return [_view(entity, i, a) for i, a in enumerate(entity.processing_activities)]


def list_activities(uow: UnitOfWork, entity: str) -> list[ActivityView]:
    """The register of one entity, in its order."""
    with uow:
        return _views(resolve_entity(uow, entity))


def list_all_activities(uow: UnitOfWork) -> list[ActivityView]:
    """Every entity's register, entity by entity (creation order), each in its order."""
    with uow:
        return [view for entity in uow.entities.list() for view in _views(entity)]


# -- editing ---------------------------------------------------------------------------------


def _clean_text(value: object, label: str, limit: int = TEXT_MAX_CHARS) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError("The {label} must be text.", label=Text(label))
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\x00" in text:
        raise ValidationError("The {label} contains a NUL character.", label=Text(label))
    if len(text) > limit:
        raise ValidationError(
            "The {label} is too long ({count} characters; at most {limit}).",
            label=Text(label),
            count=len(text),
            limit=limit,
        )
    return text


def clean_activity_fields(fields: dict[str, object]) -> dict[str, str]:
    """Normalise edited values (trimmed text, one-line name); refuse unknown fields."""
    unknown = sorted(set(fields) - set(ACTIVITY_FIELDS))
    if unknown:
        raise ValidationError(
            "Processing activities have no field {unknown}.", unknown=", ".join(unknown)
        )
    clean = {}
    for name, value in fields.items():
        limit = NAME_MAX_CHARS if name in ONE_LINE_FIELDS else TEXT_MAX_CHARS
        text = _clean_text(value, FIELD_LABELS[name], limit)
        clean[name] = " ".join(text.split()) if name in ONE_LINE_FIELDS else text
    return clean


def activity_from_values(values: dict[str, str]) -> ProcessingActivity:
    """A new activity from complete values; the domain checks the required fields."""
    texts = {name: values.get(name, "") for name in ACTIVITY_FIELDS}
    activity = ProcessingActivity(
        name=texts["name"],
        purpose=texts["purpose"],
        legal_basis=texts["legal_basis"],
        data_categories=texts["data_categories"],
    )
    for name in ACTIVITY_FIELDS:
        setattr(activity, name, texts[name])
    return activity


def _index(entity: Entity, key: ActivityKey) -> int:
    activities = entity.processing_activities
    if isinstance(key, bool):
        raise ValidationError("Give an activity's position or its name.")
    if isinstance(key, int):
        if not 0 <= key < len(activities):
            raise NotFound(
                "The register of {name!r} has no activity at position {key} (it has {count}).",
                name=entity.name,
                key=key + 1,
                count=len(activities),
            )
        return key
    wanted = " ".join(key.split()).casefold()
    for index, activity in enumerate(activities):
        if activity.name.casefold() == wanted:
            return index
    raise NotFound(
        "The register of {name!r} has no activity named {key!r}.", name=entity.name, key=key
    )


def _check_unique_name(entity: Entity, name: str, ignore: int | None = None) -> None:
    for index, activity in enumerate(entity.processing_activities):
        if index != ignore and activity.name.casefold() == name.casefold():
            raise ValidationError(
                "The register of {name!r} already has an activity named {name2!r}; "
                "give this one another name.",
                name=entity.name,
                name2=activity.name,
            )


def renumber_activities(entity: Entity) -> None:
    for position, activity in enumerate(entity.processing_activities):
        activity.position = position


def add_activity(uow: UnitOfWork, entity: str, **fields: object) -> ActivityView:
    """Add an activity at the end of the entity's register."""
    uow.require(Action.EDIT_PROCESSING_REGISTER)
    clean = clean_activity_fields(fields)
    with uow:
        owner = resolve_entity(uow, entity)
        activity = activity_from_values(clean)
        _check_unique_name(owner, activity.name)
        owner.processing_activities.append(activity)
        renumber_activities(owner)
        position = len(owner.processing_activities) - 1
        uow.record(
            "register.activity_added",
            None,
            entity=owner.name,
            activity=activity.name,
            position=position + 1,
        )
        uow.commit()
        return _view(owner, position, activity)


def update_activity(
    uow: UnitOfWork, entity: str, key: ActivityKey, /, **fields: object
) -> ActivityView:
    """Change some fields of an activity; the audit lists the changed fields' names."""
    uow.require(Action.EDIT_PROCESSING_REGISTER)
    clean = clean_activity_fields(fields)
    with uow:
        owner = resolve_entity(uow, entity)
        index = _index(owner, key)
        activity = owner.processing_activities[index]
        before = {name: getattr(activity, name) for name in ACTIVITY_FIELDS}
        after = activity_from_values({**before, **clean})
        if after.name.casefold() != activity.name.casefold():
            _check_unique_name(owner, after.name, ignore=index)
        changed = [name for name in ACTIVITY_FIELDS if getattr(after, name) != before[name]]
        if changed:
            for name in changed:
                setattr(activity, name, getattr(after, name))
            uow.record(
                "register.activity_updated",
                None,
                entity=owner.name,
                activity=activity.name,
                previous_name=before["name"] if "name" in changed else None,
                fields=changed,
            )
            uow.commit()
        return _view(owner, index, activity)


def remove_activity(uow: UnitOfWork, entity: str, key: ActivityKey) -> ActivityView:
    """Delete an activity from the register; returns what was removed."""
    uow.require(Action.EDIT_PROCESSING_REGISTER)
    with uow:
        owner = resolve_entity(uow, entity)
        index = _index(owner, key)
        removed = _view(owner, index, owner.processing_activities[index])
        del owner.processing_activities[index]
        renumber_activities(owner)
        uow.record("register.activity_removed", None, entity=owner.name, activity=removed.name)
        uow.commit()
        return removed


def move_activity(uow: UnitOfWork, entity: str, key: ActivityKey, to: int) -> ActivityView:
    """Move an activity to position ``to`` (0-based) in the register's order."""
    uow.require(Action.EDIT_PROCESSING_REGISTER)
    with uow:
        owner = resolve_entity(uow, entity)
        index = _index(owner, key)
        activities = owner.processing_activities
        if isinstance(to, bool) or not isinstance(to, int) or not 0 <= to < len(activities):
            raise ValidationError(
                "An activity can move to a position between 1 and {count}.", count=len(activities)
            )
        activity = activities[index]
        if to != index:
            activities.insert(to, activities.pop(index))
            renumber_activities(owner)
            uow.record(
                "register.activity_moved",
                None,
                entity=owner.name,
                activity=activity.name,
                from_position=index + 1,
                to_position=to + 1,
            )
            uow.commit()
        return _view(owner, to, activity)
