"""The first screen's reads, made in one go as soon as the vault is unlocked.

They run on the DB worker while the GUI thread waits: nothing is on screen yet, and a wait
costs less than running them beside the window being built (the two threads would take turns
with the interpreter, and the reads would finish last). The register and the dashboard then
take the answers instead of asking again. If the reads fail, every answer is ``None`` and
the views reload the usual way, which reports the error.
"""

from __future__ import annotations

from typing import Any, Final

from dsr_desk.domain.errors import DsrError
from dsr_desk.services.queries import RequestFilter
from dsr_desk.services.settings import AppSettings, read_settings
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.reads import fetch_entity_names, fetch_page, load_summary
from dsr_desk.ui.session import AppSession

SETTINGS: Final = "settings"
ENTITY_NAMES: Final = "entity names"
REGISTER_PAGE: Final = "register page"
DASHBOARD: Final = "dashboard"


def read_first_screen(session: AppSession) -> dict[str, Any]:
    """Runs on the DB worker: the preferences, the entity filter, the register's default
    first page (no filter, most urgent first) and the dashboard's figures."""
    return {
        SETTINGS: read_settings(session.reader()),
        ENTITY_NAMES: fetch_entity_names(session),
        REGISTER_PAGE: fetch_page(session, RequestFilter(), 0, None, False, 0),
        DASHBOARD: load_summary(session, 0),
    }


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
