"""``dsr-desk request export``: the register of requests (accountability file) as CSV and
XLSX from a real vault, filtered as ``request list`` is, audited, written owner-only."""

from __future__ import annotations

import csv
import io
import stat
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dsr_desk.domain.clock import FixedClock
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, open_vault
from tests.integration.cli_helpers import PASSPHRASE, init_vault, run_cli

TODAY = "2026-03-20"
ENTITY = "Groupe Scolaire Exemple"
HEADER = [
    "Reference",
    "Type",
    "Entity",
    "Requester",
    "Received",
    "Due",
    "Status",
    "Outcome",
    "Closed on",
    "Capacity",
]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Three requests: an open access (overdue), an erasure closed as refused, and an open
    objection made by a representative whose name starts with '='."""
    folder = tmp_path_factory.mktemp("cli-export") / "data"
    init_vault(folder, "--entity", ENTITY, today=TODAY)
    refs = []
    for args in (
        ("--type", "access", "--received", "2026-01-05", "--name", "Élodie Martin"),
        ("--type", "erasure", "--received", "2026-02-10", "--name", "Paul Durand"),
        (
            "--type",
            "objection",
            "--received",
            "2026-03-02",
            "--name",
            "=HYPERLINK(1)",
            "--capacity",
            "representative",
            "--subject-name",
            "Jeanne Petit",
        ),
    ):
        added = run_cli(folder, "request", "add", *args, "--email", "x@example.org", today=TODAY)
        assert added.code == 0, added.err
        refs.append(added.out.split()[0] if added.out.startswith("DSR-") else _ref(added.out))
    closed = run_cli(
        folder,
        "request",
        "close",
        refs[1],
        "--outcome",
        "refused",
        "--reason",
        "Legal obligation to keep the records (Art. 17(3)(b)).",
        "--on",
        "2026-03-01",
        "--late-reason",
        "recorded after the fact",
        today=TODAY,
    )
    assert closed.code == 0, closed.err
    return folder, refs


def _ref(out: str) -> str:
    return next(word.strip(":,.") for word in out.split() if word.startswith("DSR-"))


def test_csv_export_has_every_request_in_order_with_bom_and_semicolons(
    vault: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, refs = vault
    out = tmp_path / "register.csv"
    result = run_cli(folder, "request", "export", "--format", "csv", "--out", str(out), today=TODAY)
    assert result.code == 0, result.err
    assert f"Wrote 3 requests to {out}." in result.out
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents right
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert table[0] == HEADER
    assert [row[0] for row in table[1:]] == refs  # in the order received
    access, erasure, objection = table[1:]
    assert access == [
        refs[0], "Access", ENTITY, "Élodie Martin", "2026-01-05", "2026-02-05", "Received",
        "", "", "The person concerned",
    ]  # fmt: skip
    assert erasure[6:9] == ["Refused", "Refused", "2026-03-01"]
    assert objection[3] == "'=HYPERLINK(1)"  # never run as a formula
    assert objection[9] == "Representative"
    assert "x@example.org" not in data.decode("utf-8-sig")  # no more than the register shows


def test_xlsx_export_follows_the_list_filters(
    vault: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, refs = vault
    out = tmp_path / "open.xlsx"  # the format from the extension
    result = run_cli(folder, "request", "export", "--open", "--out", str(out), today=TODAY)
    assert result.code == 0, result.err
    assert "Wrote 2 requests" in result.out
    sheet = load_workbook(out).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == HEADER
    assert [row[0] for row in values[1:]] == [refs[0], refs[2]]
    assert values[1][4] is not None and values[1][4].date() == date(2026, 1, 5)  # a real date
    assert values[2][3] == "=HYPERLINK(1)" and sheet["D3"].data_type == "s"  # text, not formula

    overdue = tmp_path / "overdue.csv"
    only = run_cli(
        folder, "request", "export", "--overdue", "--type", "access", "--out", str(overdue),
        today=TODAY,
    )  # fmt: skip
    assert only.code == 0, only.err
    assert "Wrote 1 request to" in only.out

    vault = open_vault(folder, FixedClock.on(date(2026, 3, 20)), Unlock(passphrase=PASSPHRASE))
    try:
        uow = SqlUnitOfWork(vault.session_factory, FixedClock.on(date(2026, 3, 20)), "tester")
        with uow:
            exports = [e for e in uow.audit.entries() if e.action == "request.register_exported"]
    finally:
        vault.close()
    assert [(e.details["requests"], e.details["format"]) for e in exports][-2:] == [
        (2, "xlsx"),
        (1, "csv"),
    ]


def test_export_refuses_a_bad_target_in_one_line(
    vault: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, _refs = vault
    inside = run_cli(folder, "request", "export", "--out", str(folder / "r.csv"), today=TODAY)
    assert inside.code == 2
    assert inside.err.startswith("dsr-desk: error:") and inside.err.count("\n") == 1
    missing = run_cli(
        folder, "request", "export", "--out", str(tmp_path / "no" / "r.xlsx"), today=TODAY
    )
    assert missing.code == 2 and "does not exist" in missing.err
    assert not (tmp_path / "no").exists()
