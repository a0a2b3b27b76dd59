"""Changing the per-vault preferences (stored encrypted in the vault; QSettings keeps window
geometry only). What they are (``AppSettings``) and how they are read in plain SQL, as the GUI
does at start-up: ``services.read.settings``."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from dsr_desk.domain.errors import RuleViolation
from dsr_desk.domain.roles import Action
from dsr_desk.services.read.settings import AppSettings, settings_from

if TYPE_CHECKING:
    from dsr_desk.storage.unit_of_work import UnitOfWork


def _encode(settings: AppSettings) -> dict[str, str]:
    encoded = {}
    for key, value in asdict(settings).items():
        encoded[key] = ("1" if value else "0") if isinstance(value, bool) else str(value)
    return encoded


def load_settings(uow: UnitOfWork) -> AppSettings:
    with uow:
        return settings_from(uow.settings.all())


def first_settings(uow: UnitOfWork, settings: AppSettings) -> AppSettings:
    """The preferences a new vault starts with (``init --user-name``, the first-run wizard:
    who uses it and their title). They are its initial state, as the defaults are, not a
    change: no audit entry (the entity's ``entity.created`` already names that user). Refused
    once the vault holds preferences: changing them is ``save_settings``, audited."""
    uow.require(Action.CHANGE_SETTINGS)
    settings.validate()
    with uow:
        if uow.settings.all():
            raise RuleViolation("This vault already has its preferences: change them in Settings.")
        defaults = _encode(AppSettings())
        for key, value in _encode(settings).items():
            if defaults.get(key) != value:
                uow.settings.set(key, value)
        uow.commit()
    return settings


def save_settings(uow: UnitOfWork, settings: AppSettings) -> AppSettings:
    uow.require(Action.CHANGE_SETTINGS)
    settings.validate()
    with uow:
        before = settings_from(uow.settings.all())
        changed = {k: v for k, v in _encode(settings).items() if _encode(before).get(k) != v}
        for key, value in changed.items():
            uow.settings.set(key, value)
        if changed:
            uow.record("settings.changed", None, **changed)
        uow.commit()
    return settings
