"""How a long use case reports progress and hears a cancellation (the GUI's progress dialog
hands in a token; the CLI passes nothing). A cancelled operation raises ``Cancelled`` before
its commit, so the unit of work rolls everything back."""

from __future__ import annotations

from typing import Protocol

from dsr_desk.domain.errors import Cancelled
from dsr_desk.messages import Text


class Progress(Protocol):
    @property
    def cancelled(self) -> bool: ...

    def report(self, done: int, total: int) -> None: ...


def step(progress: Progress | None, done: int, total: int, what: str) -> None:
    """Report ``done`` of ``total``; stop here (``Cancelled``) if the user asked to."""
    if progress is None:
        return
    progress.report(done, total)
    if progress.cancelled:
        raise Cancelled("{what} cancelled: nothing was changed.", what=Text(what))
