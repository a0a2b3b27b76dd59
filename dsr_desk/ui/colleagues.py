"""Team mode: colleagues' changes reach the open views without a restart.

``ColleaguesFeed(ops, change_source(engine))`` (the team database's) runs a
``storage.change_feed.ChangeListener`` on a thread of its own (a ``QThread``: the listener
blocks on its connection, never on the database worker's) that wakes on the server's
notifications, or every ``POLL_SECONDS`` to see whether it must stop. What the other clients
committed comes back on the GUI thread and goes out through ``Ops.changed``, exactly as the
app's own writes do: each view reloads what it shows if it is among the changes
(``ui.freshness``). A lost connection is retried every ``RETRY_SECONDS``, and then everything
is reloaded once (what was missed meanwhile is unknown).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QThread, Signal, Slot

from dsr_desk.domain.changes import Changes
from dsr_desk.ui.ops import Ops

log = logging.getLogger(__name__)
POLL_SECONDS: Final = 0.5
RETRY_SECONDS: Final = 5.0


class _Listening(QThread):
    arrived = Signal(object)  # Changes, emitted on this thread, received on the GUI thread

    def __init__(self, conninfo: str, origin: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dsr-desk-colleagues")
        self._conninfo, self._origin = conninfo, origin

    def run(self) -> None:
        from dsr_desk.storage.change_feed import ChangeListener

        missed = False
        while not self.isInterruptionRequested():
            try:
                listener = ChangeListener(self._conninfo, self._origin)
            except Exception:  # the server is away: try again later
                log.warning("cannot listen to the team database's changes", exc_info=True)
                missed = True
                self._pause(RETRY_SECONDS)
                continue
            if missed:  # listening again: what happened meanwhile is unknown
                self.arrived.emit(Changes(everything=True))
                missed = False
            try:
                self._listen(listener.wait)
            except Exception:  # connection lost: reconnect
                log.warning("lost the team database's change notifications", exc_info=True)
                missed = True
            finally:
                listener.close()

    def _listen(self, wait: Callable[[float], Changes]) -> None:
        while not self.isInterruptionRequested():
            changes = wait(POLL_SECONDS)
            if changes:
                self.arrived.emit(changes)

    def _pause(self, seconds: float) -> None:
        for _tick in range(int(seconds / POLL_SECONDS)):
            if self.isInterruptionRequested():
                return
            self.msleep(int(POLL_SECONDS * 1000))


class ColleaguesFeed(QObject):
    """Listens while it lives (until ``stop``); owned by whoever opened the team database."""

    def __init__(self, ops: Ops, source: tuple[str, str], parent: QObject | None = None) -> None:
        """``source``: the team database's connection string and this client's origin
        (``storage.change_feed.change_source``)."""
        super().__init__(parent)
        self._ops = ops
        conninfo, origin = source
        self._thread = _Listening(conninfo, origin, self)
        self._thread.arrived.connect(self._arrived)
        self._thread.start()

    @Slot(object)
    def _arrived(self, changes: Changes) -> None:
        self._ops.changed.emit(changes)

    def stop(self) -> None:
        self._thread.requestInterruption()
        self._thread.wait(5000)
