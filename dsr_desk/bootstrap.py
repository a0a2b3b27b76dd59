"""What the CLI and the GUI both start from, read in one place so that they never disagree: the
data dir (``--data-dir``, else ``DSR_DESK_DATA_DIR``, else the platform's), the clock
(``DSR_DESK_TODAY`` simulates another day, for demos, training and tests) and the user the
audit log names (``DSR_DESK_USER``, else the login name)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dsr_desk.domain.clock import Clock, FixedClock, SystemClock
from dsr_desk.domain.limits import parse_date
from dsr_desk.paths import resolve_data_dir
from dsr_desk.user import current_user

ENV_TODAY = "DSR_DESK_TODAY"


@dataclass(frozen=True)
class StartUp:
    data_dir: Path
    clock: Clock
    user: str


def make_clock() -> Clock:
    """The real clock, or a fixed one at noon on ``DSR_DESK_TODAY`` (refused unless a date)."""
    simulated = os.environ.get(ENV_TODAY)
    return FixedClock.on(parse_date(simulated), hour=12) if simulated else SystemClock()


def start_up(data_dir: str | os.PathLike[str] | None = None) -> StartUp:
    """The data dir, clock and user of this run; ``data_dir`` is ``--data-dir`` if given."""
    return StartUp(resolve_data_dir(data_dir), make_clock(), current_user())
