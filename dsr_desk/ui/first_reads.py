"""The first screen's reads, started the moment the vault is unlocked.

The DB worker runs them (mostly inside SQLite, which lets the GUI thread run meanwhile) while
the GUI thread imports and builds the main window; the register and the dashboard then take
the answers instead of asking again. A read that failed is answered with ``None``: the view
then reloads the usual way, which reports the error.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Final

from dsr_desk.domain.errors import DsrError
from dsr_desk.services.queries import RequestFilter
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.reads import fetch_entity_names, fetch_page, load_summary
from dsr_desk.ui.session import AppSession

ENTITY_NAMES: Final = "entity names"
REGISTER_PAGE: Final = "register page"
DASHBOARD: Final = "dashboard"


class FirstReads:
    def __init__(self, ops: Ops, session: AppSession) -> None:
        self._answers: dict[str, Any] = {}
        self._takers: dict[str, Callable[[Any], None]] = {}
        # The register's default view: no filter, most urgent first.
        reads: tuple[tuple[str, Callable[..., Any], tuple[Any, ...]], ...] = (
            (ENTITY_NAMES, fetch_entity_names, ()),
            (REGISTER_PAGE, fetch_page, (RequestFilter(), 0, None, False, 0)),
            (DASHBOARD, load_summary, (0,)),
        )
        for key, fn, args in reads:
            ops.run(
                fn,
                session,
                *args,
                on_done=partial(self._arrived, key),
                on_error=partial(self._failed, key),
            )

    def take(self, key: str, taker: Callable[[Any], None]) -> None:
        """Hand the answer for ``key`` to ``taker``, now or when it arrives (once)."""
        if key in self._answers:
            taker(self._answers.pop(key))
        else:
            self._takers[key] = taker

    def _failed(self, key: str, _error: DsrError) -> None:
        self._arrived(key, None)

    def _arrived(self, key: str, answer: Any) -> None:
        taker = self._takers.pop(key, None)
        if taker is None:
            self._answers[key] = answer
        else:
            taker(answer)
