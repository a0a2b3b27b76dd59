"""Size limits through the CLI, exports that refuse the data folder, and `document export`
(the command-line twin of the GUI's confirmed, audited "Save a copy")."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.storage.vault import Unlock, open_vault
from tests.integration.cli_helpers import PASSPHRASE, all_bytes_under, init_vault, run_cli

TODAY = "2026-03-20"
SCAN = b"%PDF-1.4 scan of a letter from Zoe Exportova"


def one_line(result_err: str, code: int) -> str:
    assert code == 2, result_err
    lines = result_err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result_err, result_err
    return lines[0]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A vault with one access request (identity verified) holding one letter document."""
    root = tmp_path_factory.mktemp("exports")
    data_dir = root / "data"
    init_vault(data_dir, today=TODAY)
    ref = run_cli(
        data_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-02",
        "--name",
        "Zoe Exportova",
        "--email",
        "zoe@example.org",
        "--address",
        "1 rue Haute\n75001 Paris",
        today=TODAY,
    ).out.strip()
    verified = run_cli(data_dir, "verify", ref, "--method", "known-email", today=TODAY)
    assert verified.code == 0, verified.err
    scan = root / "scan.pdf"
    scan.write_bytes(SCAN)
    added = run_cli(data_dir, "document", "add", ref, str(scan), "--kind", "id", today=TODAY)
    assert added.code == 0, added.err
    return data_dir, ref, added.out.strip()


def test_oversized_text_is_refused_with_one_line(vault: tuple[Path, str, str]) -> None:
    data_dir, ref, _ = vault
    add = ["request", "add", "--type", "access", "--received", "2026-03-02"]
    huge = "a" * 131_000  # about the 128 KiB a single argument may hold
    cases = [
        ([*add, "--name", huge], "name is too long"),
        ([*add, "--name", "X", "--email", "x" * 250 + "@example.org"], "e-mail address is too"),
        ([*add, "--name", "X", "--summary", huge], "summary is too long"),
        ([*add, "--name", "X", "--address", huge], "address is too long"),
        (["request", "list", "--search", huge], "search text is too long"),
        (["request", "extend", ref, "--reason", huge], "too long"),
        (["request", "add", "--type", "access", "--received", "1899-12-31", "--name", "X"], "1900"),
        (["deadline", "--received", "2101-01-01"], "2100"),
    ]
    for args, message in cases:
        result = run_cli(data_dir, *args, today=TODAY)
        assert message in one_line(result.err, result.code), args[:3]
    listed = json.loads(run_cli(data_dir, "request", "list", "--json", today=TODAY).out)
    assert [row["reference"] for row in listed] == [ref]


def test_every_export_refuses_the_data_folder(vault: tuple[Path, str, str]) -> None:
    data_dir, ref, document_id = vault
    before = all_bytes_under(data_dir)
    inside = data_dir / "backups"
    cases = [
        ["letter", ref, "--kind", "acknowledgement", "--out", str(data_dir / "letter.pdf")],
        ["calendar", "--out", str(inside / "deadlines.ics")],
        ["calendar", ref, "--out", str(data_dir / "one.ics")],
        ["bundle", ref, "--out", str(data_dir / "bundle.zip")],
        [
            "document",
            "export",
            ref,
            document_id,
            "--out",
            str(inside / "copy.pdf"),
            "--reason",
            "x",
        ],
    ]
    for args in cases:
        result = run_cli(data_dir, *args, today=TODAY)
        assert "outside the DSR Desk data folder" in one_line(result.err, result.code), args[0]
    assert all_bytes_under(data_dir).keys() == before.keys()


def test_document_export_saves_an_audited_copy(
    vault: tuple[Path, str, str], tmp_path: Path
) -> None:
    data_dir, ref, document_id = vault
    target = tmp_path / "copy.pdf"
    args = ["document", "export", ref, document_id, "--out", str(target)]
    missing_reason = run_cli(data_dir, *args, today=TODAY)
    assert "--reason" in one_line(missing_reason.err, missing_reason.code)
    assert not target.exists()
    blank = run_cli(data_dir, *args, "--reason", "  ", today=TODAY)
    assert "Say why" in one_line(blank.err, blank.code)

    saved = run_cli(data_dir, *args, "--reason", "asked by the requester's lawyer", today=TODAY)
    assert saved.code == 0, saved.err
    assert saved.out.strip() == str(target)
    assert target.read_bytes() == SCAN
    assert target.stat().st_mode & 0o077 == 0
    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today=TODAY).out)
    assert shown["timeline"][-1]["action"] == "document.exported"
    assert run_cli(data_dir, "audit", "verify", today=TODAY).code == 0
    vault = open_vault(data_dir, FixedClock.on(date(2026, 3, 20)), Unlock(passphrase=PASSPHRASE))
    try:
        details = [str(row[0]) for row in vault.reader.execute("SELECT details FROM audit_log")]
        reasons = [str(row[0]) for row in vault.reader.execute("SELECT text FROM request_reasons")]
    finally:
        vault.close()
    assert not any("lawyer" in entry for entry in details)  # free text stays out of the log
    assert '"reason_no"' in details[-1]
    assert "asked by the requester's lawyer" in reasons

    unknown = run_cli(data_dir, "document", "export", ref, "0" * 32, "--out", str(tmp_path / "n"))
    assert unknown.code == 2 and "Traceback" not in unknown.err


def test_document_export_is_refused_once_purged(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    init_vault(data_dir, today="2025-03-01")
    ref = run_cli(
        data_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2025-01-10",
        "--name",
        "Paul Purgé",
        today="2025-03-01",
    ).out.strip()
    scan = tmp_path / "id.pdf"
    scan.write_bytes(SCAN)
    added = run_cli(data_dir, "document", "add", ref, str(scan), "--kind", "id", today="2025-03-01")
    assert added.code == 0, added.err
    closed = run_cli(
        data_dir, "request", "close", ref, "--outcome", "completed", today="2025-03-01"
    )
    assert closed.code == 0, closed.err
    assert run_cli(data_dir, "purge", today="2026-03-05").code == 0
    target = tmp_path / "copy.pdf"
    refused = run_cli(
        data_dir,
        "document",
        "export",
        ref,
        added.out.strip(),
        "--out",
        str(target),
        "--reason",
        "audit",
        today="2026-03-05",
    )
    assert "purged" in one_line(refused.err, refused.code)
    assert not target.exists()
