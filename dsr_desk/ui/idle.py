"""Idle detection for the auto-lock: no key, click, mouse move or wheel for N minutes.

Activity is read from an application-wide event filter and timed with the injected clock,
so tests move a ``FixedClock`` forward and call ``check()`` instead of waiting.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer, Signal

from dsr_desk.domain.clock import Clock

CHECK_INTERVAL_MS: Final = 15_000
DEFAULT_MINUTES: Final = 10

_ACTIVITY: Final = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once when the user has done nothing for ``minutes`` while started."""

    idle = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = DEFAULT_MINUTES
        self._last_activity: datetime = clock.now()
        self._fired = False
        self._running = False
        self._since_input = QElapsedTimer()  # real time, for "is the user busy right now?"
        self._since_input.start()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._filtering = False
        self._filter_later = QTimer(self, singleShot=True)
        self._filter_later.timeout.connect(self._install_filter)

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def last_activity(self) -> datetime:
        return self._last_activity

    def set_minutes(self, minutes: int) -> None:
        if minutes < 1:
            raise ValueError(
                QCoreApplication.translate("Idle", "The idle lock needs at least one minute.")
            )
        self._minutes = int(minutes)

    def start(self, input_after_ms: int = 0) -> None:
        """Watch from now on (the idle time starts at zero). Input is watched after
        ``input_after_ms``: the app's start passes the time its first frame takes, since the
        first events handed to Python make PySide load every Qt class of the window's
        modules (tens of milliseconds). The idle limit is minutes: nothing is missed."""
        self._last_activity = self._clock.now()
        self._since_input.restart()
        self._fired = False
        self._running = True
        if input_after_ms <= 0:
            self._install_filter()
        elif not self._filtering:
            self._filter_later.start(input_after_ms)
        self._timer.start()

    def _install_filter(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._running and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def stop(self) -> None:
        self._timer.stop()
        self._filter_later.stop()
        if self._filtering:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._filtering = False
        self._running = False

    @property
    def watching_input(self) -> bool:
        return self._filtering

    def quiet_ms(self) -> int:
        """Milliseconds since the last key, click or mouse move (real time, while started)."""
        return int(self._since_input.elapsed())

    def idle_for(self) -> timedelta:
        return self._clock.now() - self._last_activity

    def touch(self) -> None:
        """Count as activity now (the end of a job the user waited on)."""
        self._last_activity = self._clock.now()
        self._fired = False

    def check(self) -> None:
        """Emit ``idle`` if the limit is reached (once, until there is activity again)."""
        if not self._running or self._fired:
            return
        if self.idle_for() >= timedelta(minutes=self._minutes):
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the application: keep it to one set lookup.
        if event.type() in _ACTIVITY:
            self._last_activity = self._clock.now()
            self._fired = False
            self._since_input.restart()
        return False
