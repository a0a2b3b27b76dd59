"""CLI: ``dsr-desk records purge [--dry-run] [--as-of DATE] [--json]`` and ``records
attestation`` — the contract (exit codes, JSON keys), in child processes on a real vault."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.integration.cli_helpers import init_vault, run_cli

NAME = "Zebulon Canarywitz"


def _closed_request(data_dir: Path) -> str:
    ref = run_cli(
        data_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2025-01-10",
        "--name",
        NAME,
        "--email",
        "zebulon@example.org",
        "--summary",
        "my school file",
        today="2025-01-20",
    ).out.strip()
    closed = run_cli(
        data_dir, "request", "close", ref, "--outcome", "completed", today="2025-01-20"
    )
    assert closed.code == 0, closed.err
    return ref


def test_records_purge_dry_run_then_purge_and_attestation(data_dir: Path, tmp_path: Path) -> None:
    init_vault(data_dir, "--entity", "Lycée Exemple")
    ref = _closed_request(data_dir)
    plan = run_cli(
        data_dir,
        "records",
        "purge",
        "--dry-run",
        "--as-of",
        "2030-01-20",
        "--json",
        today="2026-01-01",
    )
    assert plan.code == 0, plan.err
    assert json.loads(plan.out) == [
        {
            "reference": ref,
            "entity": "Lycée Exemple",
            "type": "access",
            "outcome": "completed",
            "closed_on": "2025-01-20",
            "fate": "anonymised",
            "rule": "request record: 5 years after closure (civil limitation, Code civil art. "
            "2224)",
            "due_on": "2030-01-20",
            "documents": 0,
        }
    ]
    anticipated = run_cli(data_dir, "records", "purge", "--as-of", "2030-01-20", today="2026-01-01")
    assert anticipated.code == 2 and "cannot anticipate" in anticipated.err
    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today="2026-01-01").out)
    assert shown["requester_name"] == NAME  # neither the dry run nor the refusal changed it

    done = run_cli(data_dir, "records", "purge", "--json", today="2030-01-20")
    assert done.code == 0, done.err
    assert [item["reference"] for item in json.loads(done.out)] == [ref]
    again = run_cli(data_dir, "records", "purge", "--dry-run", today="2030-01-20")
    assert again.code == 0 and "No request record is due" in again.out
    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today="2030-01-20").out)
    assert shown["requester_name"] == "Anonymised" and shown["summary"] == ""
    assert run_cli(data_dir, "audit", "verify", today="2030-01-20").code == 0

    out = tmp_path / "records.pdf"
    made = run_cli(
        data_dir,
        "records",
        "attestation",
        "--start",
        "2030-01-01",
        "--end",
        "2030-12-31",
        "--out",
        str(out),
        today="2030-01-20",
    )
    assert made.code == 0, made.err
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Attestation of anonymised request records" in text
    assert "1 request record" in text and "2030-01" in text
    assert ref not in text and NAME not in text
    words = " ".join(text.split())  # what backups may still hold: no folder set here
    assert "Backups: No backup folder is set in DSR Desk, so no rotation deletes old" in words
    bad = run_cli(
        data_dir,
        "records",
        "attestation",
        "--start",
        "2030-12-31",
        "--end",
        "2030-01-01",
        "--out",
        str(out),
        today="2030-01-20",
    )
    assert bad.code == 2 and bad.err.startswith("dsr-desk: error: ")
    usage = run_cli(data_dir, "records", "purge", "--as-of", "someday")
    assert usage.code == 2
