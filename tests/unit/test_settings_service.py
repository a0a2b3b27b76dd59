"""Per-vault preferences: defaults, validation, audit of what changed."""

from __future__ import annotations

import pytest

from dsr_desk.domain.errors import ValidationError
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import load_settings, save_settings
from tests.fakes import FakeUnitOfWork


def test_defaults_then_round_trip_with_audit() -> None:
    uow = FakeUnitOfWork()
    assert load_settings(uow) == AppSettings()
    saved = AppSettings(
        idle_lock_minutes=5, language="fr", display_name="Claire", auto_purge_at_start=True
    )
    save_settings(uow, saved)
    assert load_settings(uow) == saved
    entry = uow.audit.items[-1]
    assert entry.action == "settings.changed"
    assert entry.details == {
        "idle_lock_minutes": "5",
        "language": "fr",
        "display_name": "Claire",
        "auto_purge_at_start": "1",
    }
    save_settings(uow, saved)  # nothing changed: nothing audited
    assert len(uow.audit.items) == 1


@pytest.mark.parametrize(
    "bad",
    [
        AppSettings(idle_lock_minutes=0),
        AppSettings(idle_lock_minutes=241),
        AppSettings(language="de"),
        AppSettings(display_name="x" * 201),  # signs letters: a name, at most MAX_NAME
    ],
)
def test_invalid_settings_are_refused(bad: AppSettings) -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(ValidationError):
        save_settings(uow, bad)
    assert uow.commits == 0
