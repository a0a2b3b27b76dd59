"""One bootstrap for the CLI and the GUI: the data dir, the clock (``DSR_DESK_TODAY``) and the
user are read in one place."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dsr_desk.bootstrap import ENV_TODAY, start_up
from dsr_desk.cli.context import CliContext
from dsr_desk.domain.clock import FixedClock, SystemClock
from dsr_desk.domain.errors import ValidationError


def test_a_simulated_day_gives_a_fixed_clock_at_noon(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setenv(ENV_TODAY, "2026-03-20")
    monkeypatch.setenv("DSR_DESK_USER", "amelie")
    start = start_up(str(data_dir))
    assert isinstance(start.clock, FixedClock)
    assert start.clock.today() == date(2026, 3, 20)
    assert start.clock.now() == datetime(2026, 3, 20, 12, tzinfo=UTC)
    assert start.user == "amelie"
    assert start.data_dir == data_dir.resolve()


def test_without_a_simulated_day_the_clock_is_the_real_one(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.delenv(ENV_TODAY, raising=False)
    monkeypatch.setenv("DSR_DESK_DATA_DIR", str(data_dir))
    start = start_up()
    assert isinstance(start.clock, SystemClock)
    assert start.data_dir == data_dir.resolve()  # the environment, when no --data-dir


@pytest.mark.parametrize("text", ["20/03/2026", "1850-01-01"])
def test_a_bad_simulated_day_is_refused(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setenv(ENV_TODAY, text)
    with pytest.raises(ValidationError, match="date"):
        start_up()


def test_the_cli_context_is_the_bootstrap(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    monkeypatch.setenv(ENV_TODAY, "2026-03-20")
    start = start_up(str(data_dir))
    ctx = CliContext.from_args(str(data_dir))
    assert (ctx.data_dir, ctx.clock, ctx.user) == (start.data_dir, start.clock, start.user)
