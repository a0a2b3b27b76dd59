"""One path for every letter, through the real `dsr-desk` command: a letter written by the CLI
is kept encrypted in the request's file, audited (kind, language, date, never its content),
listed by `request show --json` under `letters`; its sending is recorded (`letter --sent`,
`request sent`) with the channel and the registered-mail number, and moves the last contact
(the objection record's retention clock)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dsr_desk.domain.audit import AuditEntry
from dsr_desk.domain.clock import FixedClock
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, open_vault
from tests.integration.cli_helpers import PASSPHRASE, Result, all_bytes_under, init_vault, run_cli

NAME = "Zébulon Canarywitz"
CLOCK = FixedClock.on(date(2026, 3, 20))
SIGNER = ("--signer", "Claire Dumoulin")  # letters are never signed with the OS login
LETTER_KEYS = {"kind", "lang", "created_on", "sent_on", "channel", "document_id"}


def _vault(data_dir: Path, request_type: str = "objection") -> str:
    init_vault(
        data_dir,
        "--passphrase",
        "--entity",
        "Collège Exemple",
        "--address",
        "4 rue des Écoles\n69007 Lyon",
        "--dpo",
        "dpo@college-exemple.fr",
        today="2026-03-10",
    )
    added = run_cli(
        data_dir, "request", "add", "--type", request_type, "--received", "2026-03-10",
        "--name", NAME, "--address", "8 allée des Tilleuls|57000 Metz", today="2026-03-10",
    )  # fmt: skip
    assert added.code == 0, added.err
    return added.out.strip()


def _show(data_dir: Path, ref: str, today: str) -> dict[str, object]:
    shown = run_cli(data_dir, "request", "show", ref, "--json", today=today)
    assert shown.code == 0, shown.err
    detail: dict[str, object] = json.loads(shown.out)
    return detail


def _letters(data_dir: Path, ref: str, today: str) -> list[dict[str, object]]:
    letters = _show(data_dir, ref, today)["letters"]
    assert isinstance(letters, list)
    return letters


def _audit(data_dir: Path, action: str) -> list[AuditEntry]:
    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    try:
        with SqlUnitOfWork(vault.session_factory, CLOCK, "tester") as uow:
            return [e for e in uow.audit.entries() if e.action == action]
    finally:
        vault.close()


def _one_line_error(result: Result, words: str) -> None:
    assert result.code == 2, result.out
    assert len(result.err.strip().splitlines()) == 1 and words in result.err, result.err


def test_a_cli_letter_is_kept_encrypted_audited_and_listed(data_dir: Path, tmp_path: Path) -> None:
    ref = _vault(data_dir)
    out = tmp_path / "accuse.pdf"
    made = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "acknowledgement", "--lang", "en",
        "--out", str(out),
        today="2026-03-12",
    )  # fmt: skip
    assert made.code == 0, made.err
    pdf = out.read_bytes()

    detail = _show(data_dir, ref, "2026-03-12")
    letters = detail["letters"]
    assert isinstance(letters, list) and len(letters) == 1
    letter = letters[0]
    assert set(letter) == LETTER_KEYS
    assert letter == {
        "kind": "acknowledgement",
        "lang": "en",
        "created_on": "2026-03-12",
        "sent_on": None,
        "channel": None,
        "document_id": letter["document_id"],
    }
    documents = detail["documents"]
    assert isinstance(documents, list)
    assert [(d["document_id"], d["kind"], d["size"]) for d in documents] == [
        (letter["document_id"], "response", len(pdf))
    ]
    (created,) = _audit(data_dir, "letter.created")
    assert created.request_ref == ref
    assert created.details == {  # kind, language and date: never the content
        "kind": "acknowledgement",
        "lang": "en",
        "created_on": "2026-03-12",
        "document_id": letter["document_id"],
    }
    stored = all_bytes_under(data_dir)
    assert not [p for p, content in stored.items() if content == pdf]  # ciphertext only
    assert not [p for p, content in stored.items() if NAME.encode() in content]
    assert run_cli(data_dir, "audit", "verify").code == 0


def test_request_sent_records_channel_number_and_moves_the_last_contact(
    data_dir: Path, tmp_path: Path
) -> None:
    ref = _vault(data_dir)
    made = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "acknowledgement",
        "--out", str(tmp_path / "a.pdf"),
        today="2026-03-12",
    )  # fmt: skip
    assert made.code == 0, made.err
    (letter,) = _letters(data_dir, ref, "2026-03-20")
    document_id = str(letter["document_id"])
    assert _show(data_dir, ref, "2026-03-20")["last_contact_on"] == "2026-03-12"
    early = run_cli(
        data_dir, "request", "sent", ref, document_id, "--on", "2026-03-11", today="2026-03-20"
    )
    _one_line_error(early, "before the letter was written (12/03/2026)")
    email_number = run_cli(
        data_dir, "request", "sent", ref, document_id, "--channel", "email",
        "--registered", "1A 2", today="2026-03-20",
    )  # fmt: skip
    _one_line_error(email_number, "registered-mail number goes with a letter sent by registered")

    sent = run_cli(
        data_dir, "request", "sent", ref, document_id, "--registered", "1A 234 567 8901 2",
        "--on", "2026-03-16", today="2026-03-20",
    )  # fmt: skip
    assert sent.code == 0, sent.err
    assert "sent on 16/03/2026 by registered-post" in sent.out
    detail = _show(data_dir, ref, "2026-03-20")
    assert detail["letters"] == [{**letter, "sent_on": "2026-03-16", "channel": "registered-post"}]
    assert detail["last_contact_on"] == "2026-03-16"  # the objection record's retention clock
    (entry,) = _audit(data_dir, "letter.sent")
    assert entry.details == {
        "kind": "acknowledgement",
        "lang": "fr",
        "channel": "registered-post",
        "sent_on": "2026-03-16",
        "document_id": document_id,
        "registered_number": "1A 234 567 8901 2",
    }

    _one_line_error(
        run_cli(data_dir, "request", "sent", ref, document_id, today="2026-03-20"),
        "already recorded as sent on 16/03/2026",
    )
    _one_line_error(
        run_cli(data_dir, "request", "sent", ref, "0" * 32, today="2026-03-20"),
        "no letter kept as document",
    )


def test_letter_sent_records_the_sending_at_once_and_keeps_the_old_flags(
    data_dir: Path, tmp_path: Path
) -> None:
    ref = _vault(data_dir, "access")
    out = tmp_path / "a.pdf"
    made = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "acknowledgement", "--out", str(out), "--sent",
        "--channel", "email", today="2026-03-13",
    )  # fmt: skip
    assert made.code == 0, made.err
    assert out.read_bytes().startswith(b"%PDF-")
    (letter,) = _letters(data_dir, ref, "2026-03-13")
    assert (letter["created_on"], letter["sent_on"], letter["channel"]) == (
        "2026-03-13",
        "2026-03-13",
        "email",
    )
    registered = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "acknowledgement", "--out", str(out), "--sent",
        "--registered", "1A 9", today="2026-03-13",
    )  # fmt: skip
    assert registered.code == 0, registered.err
    assert [x["channel"] for x in _letters(data_dir, ref, "2026-03-13")] == [
        "email",
        "registered-post",
    ]

    no_sent = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "acknowledgement",
        "--out", str(tmp_path / "b.pdf"),
        "--channel", "post", today="2026-03-13",
    )  # fmt: skip
    _one_line_error(no_sent, "add --sent")
    refused = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "completion", "--out", str(tmp_path / "c.pdf"),
        today="2026-03-13",
    )  # fmt: skip
    _one_line_error(refused, "identity is not verified")
    assert len(_letters(data_dir, ref, "2026-03-13")) == 2  # nothing kept for either
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / "c.pdf").exists()
