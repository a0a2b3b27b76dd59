"""`dsr-desk audit verify` on the real database names the first tampered entry, exit 1."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from dsr_desk.domain.clock import FixedClock
from dsr_desk.storage.vault import Unlock, open_vault
from tests.integration.cli_helpers import PASSPHRASE, init_vault, run_cli
from tests.vault_templates import copy_files

TODAY = "2026-03-20"


@pytest.fixture(scope="module")
def populated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("audit") / "data"
    init_vault(data_dir)  # entry 1: entity.created
    for day in ("2026-03-02", "2026-03-03", "2026-03-04"):  # entries 2-4
        assert (
            run_cli(
                data_dir,
                "request",
                "add",
                "--type",
                "access",
                "--received",
                day,
                "--name",
                "Hélène Audit",
                today=TODAY,
            ).code
            == 0
        )
    assert (
        run_cli(
            data_dir, "request", "extend", "DSR-2026-0002", "--reason", "complex", today=TODAY
        ).code
        == 0
    )  # entry 5
    assert (
        run_cli(
            data_dir, "request", "close", "DSR-2026-0001", "--outcome", "completed", today=TODAY
        ).code
        == 0
    )  # entry 6
    return data_dir


@pytest.fixture
def populated(populated_template: Path, tmp_path: Path) -> Path:
    """A private copy of the six-entry vault, for one test to tamper with."""
    copy_files(populated_template, tmp_path / "data")
    return tmp_path / "data"


def _tamper(data_dir: Path, change: Callable[[Connection], None]) -> None:
    vault = open_vault(data_dir, FixedClock.on(date(2026, 3, 20)), Unlock(passphrase=PASSPHRASE))
    with vault.engine.begin() as connection:
        change(connection)
    vault.close()


def _verify(data_dir: Path) -> tuple[int, dict[str, object]]:
    result = run_cli(data_dir, "audit", "verify", "--json")
    return result.code, json.loads(result.out)


def test_intact_log_verifies(populated: Path) -> None:
    result = run_cli(populated, "audit", "verify")
    assert result.code == 0
    intact, head = result.out.strip().splitlines()
    assert intact == "audit log intact: 6 entries verified"
    assert re.fullmatch(r"head: entry #6, hash [0-9a-f]{64}", head)  # to note on paper


def test_altered_entry(populated: Path) -> None:
    _tamper(
        populated,
        lambda c: c.execute(
            text(
                'UPDATE audit_log SET details = replace(details, \'"new_due_on":"2026-\', '
                '\'"new_due_on":"2027-\') WHERE seq = 5'
            )
        ),
    )
    code, report = _verify(populated)
    assert code == 1
    assert (report["problem"], report["entry"]) == ("altered", 5)
    text_result = run_cli(populated, "audit", "verify")
    assert "AUDIT LOG BROKEN: audit entry #5 was altered" in text_result.out


def test_deleted_entry(populated: Path) -> None:
    _tamper(populated, lambda c: c.execute(text("DELETE FROM audit_log WHERE seq = 3")))
    code, report = _verify(populated)
    assert (code, report["problem"], report["entry"]) == (1, "deleted", 3)


def test_deleted_last_entry(populated: Path) -> None:
    _tamper(populated, lambda c: c.execute(text("DELETE FROM audit_log WHERE seq = 6")))
    code, report = _verify(populated)
    assert (code, report["problem"], report["entry"]) == (1, "deleted", 6)


def test_reordered_entries(populated: Path) -> None:
    def swap(connection: Connection) -> None:
        connection.execute(text("UPDATE audit_log SET seq = -3 WHERE seq = 3"))
        connection.execute(text("UPDATE audit_log SET seq = 3 WHERE seq = 4"))
        connection.execute(text("UPDATE audit_log SET seq = 4 WHERE seq = -3"))

    _tamper(populated, swap)
    code, report = _verify(populated)
    assert (code, report["problem"], report["entry"]) == (1, "reordered", 3)
