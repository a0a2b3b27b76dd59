"""Per-vault preferences (stored encrypted in the vault; QSettings keeps window geometry only).
At start-up the GUI reads them in plain SQL: ``services.read.settings``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.limits import MAX_NAME, check_length

if TYPE_CHECKING:
    from dsr_desk.storage.unit_of_work import UnitOfWork

IDLE_LOCK_RANGE = (1, 240)
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class AppSettings:
    idle_lock_minutes: int = 10
    language: str = "en"  # interface and default letter language
    display_name: str = ""  # how the user signs letters and appears in the audit log
    auto_purge_at_start: bool = False

    def validate(self) -> None:
        low, high = IDLE_LOCK_RANGE
        if not low <= self.idle_lock_minutes <= high:
            raise ValidationError(f"Idle lock must be between {low} and {high} minutes.")
        if self.language not in LANGUAGES:
            raise ValidationError(f"Language must be one of {', '.join(LANGUAGES)}.")
        check_length(self.display_name, MAX_NAME, "The display name")


def settings_from(raw: Mapping[str, str]) -> AppSettings:
    """The preferences from their stored ``key → text`` pairs (absent keys: the defaults)."""
    values: dict[str, object] = {}
    for spec in fields(AppSettings):
        if spec.name not in raw:
            continue
        text = raw[spec.name]
        if spec.type == "int":
            values[spec.name] = int(text)
        elif spec.type == "bool":
            values[spec.name] = text == "1"
        else:
            values[spec.name] = text
    return AppSettings(**values)  # type: ignore[arg-type]


def _encode(settings: AppSettings) -> dict[str, str]:
    encoded = {}
    for key, value in asdict(settings).items():
        encoded[key] = ("1" if value else "0") if isinstance(value, bool) else str(value)
    return encoded


def load_settings(uow: UnitOfWork) -> AppSettings:
    with uow:
        return settings_from(uow.settings.all())


def save_settings(uow: UnitOfWork, settings: AppSettings) -> AppSettings:
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
