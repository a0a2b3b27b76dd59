"""Issue 16: a recipient's notice letter (Art. 19) marked as sent records the notice — which
recipient, the sending date — as `request notify` does, through the real `dsr-desk` command;
once only."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.cli_helpers import init_vault, run_cli

SIGNER = ("--signer", "Claire Dumoulin")
RECIPIENT = "Routage Express|12 quai des Messageries|69002 Lyon"


def _erasure(data_dir: Path) -> str:
    init_vault(
        data_dir, "--passphrase", "--entity", "Collège Exemple", "--address",
        "4 rue des Écoles\n69007 Lyon", "--dpo", "dpo@college-exemple.fr", today="2026-03-10",
    )  # fmt: skip
    added = run_cli(
        data_dir, "request", "add", "--type", "erasure", "--received", "2026-03-10",
        "--name", "Zoé Martin", "--address", "8 allée des Tilleuls|57000 Metz",
        today="2026-03-10",
    )  # fmt: skip
    assert added.code == 0, added.err
    return added.out.strip()


def _show(data_dir: Path, ref: str) -> dict[str, object]:
    shown = run_cli(data_dir, "request", "show", ref, "--json", today="2026-03-20")
    assert shown.code == 0, shown.err
    detail: dict[str, object] = json.loads(shown.out)
    return detail


def test_marking_a_recipient_notice_sent_records_the_art19_notice(
    data_dir: Path, tmp_path: Path
) -> None:
    ref = _erasure(data_dir)
    made = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "recipient-notice", "--recipient", RECIPIENT,
        "--out", str(tmp_path / "notice.pdf"), today="2026-03-18",
    )  # fmt: skip
    assert made.code == 0, made.err
    assert _show(data_dir, ref)["recipient_notices"] == []  # written, not sent: no notice yet
    letters = _show(data_dir, ref)["letters"]
    assert isinstance(letters, list)
    document_id = letters[0]["document_id"]
    sent = run_cli(
        data_dir, "request", "sent", ref, document_id, "--on", "2026-03-19", today="2026-03-20"
    )
    assert sent.code == 0, sent.err
    assert _show(data_dir, ref)["recipient_notices"] == [
        {"recipient": "Routage Express", "notified_on": "2026-03-19"}
    ]
    # a second notice letter to the same recipient, sent at once: not recorded twice
    again = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "recipient-notice", "--recipient", RECIPIENT,
        "--out", str(tmp_path / "again.pdf"), "--sent", today="2026-03-20",
    )  # fmt: skip
    assert again.code == 0, again.err
    assert len(_show(data_dir, ref)["recipient_notices"]) == 1  # type: ignore[arg-type]


def test_a_notice_letter_sent_at_once_records_the_notice(data_dir: Path, tmp_path: Path) -> None:
    ref = _erasure(data_dir)
    made = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "recipient-notice", "--recipient", RECIPIENT,
        "--out", str(tmp_path / "notice.pdf"), "--sent", today="2026-03-18",
    )  # fmt: skip
    assert made.code == 0, made.err
    assert _show(data_dir, ref)["recipient_notices"] == [
        {"recipient": "Routage Express", "notified_on": "2026-03-18"}
    ]
