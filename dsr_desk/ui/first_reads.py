"""The first screen's reads, made in one go as soon as the vault is unlocked: the preferences
and the dashboard's figures (the register reads its own page once the dashboard is painted).

They run on the DB worker while the GUI thread waits: nothing is on screen yet, and a wait
costs less than running them beside the window being built (the two threads would take turns
with the interpreter, and the reads would finish last). The dashboard then takes its answer
instead of asking again. If the reads fail, every answer is ``None`` and the dashboard reloads
the usual way, which reports the error.
"""

from __future__ import annotations

from typing import Any, Final

from dsr_desk.domain.errors import DsrError
from dsr_desk.services.settings import AppSettings, read_settings
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.reads import load_summary
from dsr_desk.ui.session import AppSession

SETTINGS: Final = "settings"
DASHBOARD: Final = "dashboard"


def read_first_screen(session: AppSession) -> dict[str, Any]:
    """Runs on the DB worker: the preferences and the dashboard's figures."""
    return {SETTINGS: read_settings(session.reader()), DASHBOARD: load_summary(session, 0)}


class FirstReads:
    def __init__(self, ops: Ops, session: AppSession) -> None:
        try:
            self._answers: dict[str, Any] = ops.call(read_first_screen, session)
        except DsrError:
            self._answers = {}

    @property
    def settings(self) -> AppSettings:
        """The vault's preferences (the defaults if the reads failed)."""
        settings = self._answers.get(SETTINGS)
        return settings if isinstance(settings, AppSettings) else AppSettings()

    def take(self, key: str) -> Any:
        """The answer for ``key``, once (``None`` if the reads failed)."""
        return self._answers.pop(key, None)
