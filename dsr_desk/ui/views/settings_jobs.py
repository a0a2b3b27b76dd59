"""The worker side of the Settings page: what its tabs show.

These functions run on the DB worker thread (through ``Ops.run``); the tabs
(``dsr_desk.ui.views.settings_entities``, ``settings_preferences``) only ever see their results.
"""

from __future__ import annotations

from dsr_desk.services.entities import EntityView, list_entities
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import load_settings
from dsr_desk.ui.session import AppSession


def load_entities(session: AppSession) -> list[EntityView]:
    """Runs on the DB worker: what the entities tab lists."""
    return list_entities(session.uow())


def load_preferences(session: AppSession) -> AppSettings:
    """Runs on the DB worker: the preferences the preferences tab shows."""
    return load_settings(session.uow())
