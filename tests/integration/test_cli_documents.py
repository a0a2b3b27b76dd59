"""CLI: identity checks, encrypted documents and the retention purge."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.cli_helpers import all_bytes_under, init_vault, run_cli

CANARY = b"Passeport de Zebulon Canarywitz, numero 12AB34567"


def test_verify_document_add_and_purge(data_dir: Path, tmp_path: Path) -> None:
    init_vault(data_dir)
    ref = run_cli(
        data_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2025-01-10",
        "--name",
        "Zebulon Canarywitz",
        today="2025-03-01",
    ).out.strip()
    checked = run_cli(
        data_dir,
        "verify",
        ref,
        "--method",
        "id-document",
        "--document-kind",
        "passport",
        "--number-ending",
        "4567",
        "--by",
        "Claire",
        today="2025-03-01",
    )
    assert checked.code == 0, checked.err
    bad_method = run_cli(data_dir, "verify", ref, "--method", "telepathy", today="2025-03-01")
    assert bad_method.code == 2 and "Unknown verification method" in bad_method.err

    scan = tmp_path / "passport scan.pdf"
    scan.write_bytes(CANARY)
    added = run_cli(data_dir, "document", "add", ref, str(scan), "--kind", "id", today="2025-03-01")
    assert added.code == 0, added.err
    document_id = added.out.strip()
    for content in all_bytes_under(data_dir).values():
        assert CANARY not in content and b"Canarywitz" not in content
    missing = run_cli(data_dir, "document", "add", ref, str(tmp_path / "nope.pdf"), "--kind", "id")
    assert missing.code == 2 and "not a readable file" in missing.err

    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today="2025-03-01").out)
    assert shown["identity_verified"] is True
    assert [d["document_id"] for d in shown["documents"]] == [document_id]

    open_plan = run_cli(data_dir, "purge", "--as-of", "2030-01-01", "--dry-run", "--json")
    assert json.loads(open_plan.out) == []  # an open request is never purged

    assert (
        run_cli(
            data_dir, "request", "close", ref, "--outcome", "completed", today="2025-03-01"
        ).code
        == 0
    )
    plan = run_cli(data_dir, "purge", "--as-of", "2026-03-05", "--dry-run", "--json")
    assert json.loads(plan.out) == [
        {
            "reference": ref,
            "document": document_id,
            "filename": "passport scan.pdf",
            "kind": "id",
            "rule": "access/rectification: 1 year after closure (CPP art. 9)",
            "purge_date": "2026-03-01",
        }
    ]
    early = run_cli(data_dir, "purge", today="2026-02-27")
    assert early.code == 0 and "Nothing is due" in early.out
    assert len(list((data_dir / "documents").iterdir())) == 1

    done = run_cli(data_dir, "purge", today="2026-03-05")
    assert done.code == 0, done.err
    assert "1 document purged" in done.out
    assert list((data_dir / "documents").iterdir()) == []
    after = json.loads(run_cli(data_dir, "request", "show", ref, "--json").out)
    assert after["documents"][0]["purged"] is True
    assert after["timeline"][-1]["action"] == "document.purged"
    assert run_cli(data_dir, "audit", "verify").code == 0
