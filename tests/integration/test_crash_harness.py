"""40 kill -9 cycles of a child committing in a loop (``tests.crash_harness``): after each,
the vault opens, passes ``cipher_integrity_check`` and the audit chain, and holds every commit
the child reported. ``make soak`` runs 1000."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crash_harness import CycleResult, soak

pytestmark = [pytest.mark.keyring, pytest.mark.slow]


def test_forty_kills_lose_no_reported_commit(tmp_path: Path) -> None:
    seen: list[CycleResult] = []
    report = soak(
        40, data_dir=tmp_path / "vault", on_cycle=lambda _cycle, result: seen.append(result)
    )
    assert report.problems == []
    assert report.cycles == 40
    # The kills land among commits (each after the first one): the harness can fail.
    assert all(result.requests for result in seen)
    assert report.commits >= 80
    assert report.documents >= 10
