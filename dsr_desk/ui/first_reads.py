"""The first screen's reads, made in one go as soon as the vault is unlocked: the preferences
and the dashboard's figures (the register reads its own page once the dashboard is painted).

They run on the DB worker while the GUI thread imports and builds the main window, and the
window waits for them only when it needs the answers. The dashboard then takes its answer
instead of asking again. If the reads fail, every answer is ``None`` and the dashboard reloads
the usual way, which reports the error.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from typing import Any, Final

from dsr_desk.domain.errors import DsrError
from dsr_desk.services.read.settings import AppSettings, read_settings
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.reads import load_summary
from dsr_desk.ui.session import AppSession

SETTINGS: Final = "settings"
DASHBOARD: Final = "dashboard"
WAIT_SECONDS: Final = 30  # then the dashboard reads again, and says what went wrong


def read_first_screen(session: AppSession) -> dict[str, Any]:
    """Runs on the DB worker: the preferences and the dashboard's figures."""
    return {SETTINGS: read_settings(session.reader()), DASHBOARD: load_summary(session)}


class FirstReads:
    """Started on the DB worker when made; the first question waits for the answers (the
    main window is imported and built meanwhile: the reads spend their time in SQLCipher's
    C code, which lets the GUI thread run)."""

    def __init__(self, ops: Ops, session: AppSession) -> None:
        self._answers: dict[str, Any] | None = None
        self._ops = ops
        ops.run(
            read_first_screen,
            session,
            receiver=ops,  # answers this object, alive as long as whoever waits for it
            on_done=self._arrived,
            on_error=self._failed,
        )

    def _arrived(self, answers: dict[str, Any]) -> None:
        self._answers = answers

    def _failed(self, _error: DsrError) -> None:
        self._answers = {}  # the dashboard reloads, and that read reports the error

    def _wait(self) -> dict[str, Any]:
        if not self._ops.wait_until(lambda: self._answers is not None, WAIT_SECONDS * 1000):
            self._answers = {}
        assert self._answers is not None
        return self._answers

    @property
    def settings(self) -> AppSettings:
        """The vault's preferences (the defaults if the reads failed)."""
        settings = self._wait().get(SETTINGS)
        return settings if isinstance(settings, AppSettings) else AppSettings()

    def take(self, key: str) -> Any:
        """The answer for ``key``, once (``None`` if the reads failed)."""
        return self._wait().pop(key, None)
