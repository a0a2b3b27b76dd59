"""The worker side of the Settings page: what its tabs show and how a new entity is created.

These functions run on the DB worker thread (through ``Ops.run``); the tabs
(``dsr_desk.ui.views.settings_entities``, ``settings_preferences``) only ever see their results.
"""

from __future__ import annotations

from typing import Any, Final

from dsr_desk.services.entities import (
    EntityFields,
    EntityView,
    check_entity_logo,
    create_entity,
    list_entities,
    update_entity,
)
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import load_settings
from dsr_desk.ui.session import AppSession

_CREATE_FIELDS: Final = EntityFields.__required_keys__ | EntityFields.__optional_keys__


def load_entities(session: AppSession) -> list[EntityView]:
    """Runs on the DB worker: what the entities tab lists."""
    return list_entities(session.uow())


def load_preferences(session: AppSession) -> AppSettings:
    """Runs on the DB worker: the preferences the preferences tab shows."""
    return load_settings(session.uow())


def add_entity(session: AppSession, values: dict[str, Any]) -> str:
    """Runs on the DB worker: create the entity, then apply the retention settings and the
    logo (checked first: a refused logo creates nothing)."""
    check_entity_logo(values.get("logo"))
    name = create_entity(session.uow(), **{k: values[k] for k in _CREATE_FIELDS if k in values})
    extra = {k: v for k, v in values.items() if k not in _CREATE_FIELDS}
    return update_entity(session.uow(), name, **extra) if extra else name
