"""A view's freshness: reload after the writes that change what it shows, when it is seen.

``Freshness(view, ops, wants, reload)`` listens to ``Ops.changed``: on a ``Changes`` that
``wants`` accepts, ``reload()`` runs now if the view is visible, else the view is marked stale
and reloads when it is next shown (a hidden request file or page costs nothing until then).
Whoever reloads the view for another reason (the main window reloads the page it shows) calls
``mark_fresh()`` from the view's ``reload``, so a stale view shown that way is read once.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from dsr_desk.domain.changes import Changes
from dsr_desk.ui.ops import Ops


class Freshness(QObject):
    """Held by the view it keeps fresh (a child QObject: it goes with the view)."""

    def __init__(
        self,
        view: QWidget,
        ops: Ops,
        wants: Callable[[Changes], bool],
        reload: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._view, self._wants, self._reload = view, wants, reload
        self.stale = False
        ops.changed.connect(self._changed)

    def mark_fresh(self) -> None:
        """The view is being reloaded: no reload is owed any more."""
        if self.stale:
            self._view.removeEventFilter(self)
        self.stale = False

    def _changed(self, changes: Changes) -> None:
        if not self._wants(changes):
            return
        if self._view.isVisible():
            self.mark_fresh()
            self._reload()
        elif not self.stale:
            # Watched only while a reload is owed: a filter on the view hands every event it
            # receives to Python (at start too, where each new kind of event loads its class).
            self._view.installEventFilter(self)
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            # At the next pass of the event loop: whoever is showing the view may reload it
            # right after (and mark it fresh), which makes this reload unnecessary.
            QTimer.singleShot(0, self, self._reload_if_stale)
        return False

    def _reload_if_stale(self) -> None:
        if self.stale and self._view.isVisible():
            self.mark_fresh()
            self._reload()
