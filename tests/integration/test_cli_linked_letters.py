"""Several rights asked in one message (`request add --also`), answered in one mailing through
the real `dsr-desk` command (issue 16): `letter REF --with-linked` writes one PDF holding the
letter of each linked request, keeps it in every one of their files and audits it in each; the
letters name the other rights, and say whether they are answered in the same mailing."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.integration.cli_helpers import init_vault, run_cli

SIGNER = ("--signer", "Claire Dumoulin")
TODAY = "2026-03-20"


def _linked(data_dir: Path) -> list[str]:
    init_vault(
        data_dir, "--passphrase", "--entity", "Collège Exemple", "--address",
        "4 rue des Écoles\n69007 Lyon", "--dpo", "dpo@college-exemple.fr", today="2026-03-10",
    )  # fmt: skip
    added = run_cli(
        data_dir, "request", "add", "--type", "rectification", "--also", "erasure",
        "--received", "2026-03-10", "--name", "Zoé Martin",
        "--address", "8 allée des Tilleuls|57000 Metz", today="2026-03-10",
    )  # fmt: skip
    assert added.code == 0, added.err
    return added.out.split()


def _show(data_dir: Path, ref: str) -> dict[str, object]:
    shown = run_cli(data_dir, "request", "show", ref, "--json", today=TODAY)
    assert shown.code == 0, shown.err
    detail: dict[str, object] = json.loads(shown.out)
    return detail


def _text(pdf: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)


def test_linked_requests_are_answered_in_one_mailing(data_dir: Path, tmp_path: Path) -> None:
    first, second = _linked(data_dir)
    for ref in (first, second):
        closed = run_cli(
            data_dir, "request", "close", ref, "--outcome", "completed", "--reason",
            "Adresse corrigée et données effacées.", today=TODAY,
        )  # fmt: skip
        assert closed.code == 0, closed.err
    out = tmp_path / "both.pdf"
    made = run_cli(
        data_dir, "letter", first, *SIGNER, "--kind", "completion", "--lang", "en",
        "--translation", "reasons=Address corrected and data erased.", "--with-linked",
        "--out", str(out), "--sent", today=TODAY,
    )  # fmt: skip
    assert made.code == 0, made.err
    text = _text(out)
    assert "registered under reference " + second + ". We answer it in the same mailing." in text
    assert "registered under reference " + first + ". We answer it in the same mailing." in text
    assert text.count("Yours sincerely") == 2  # one letter for each request, in one PDF
    for ref, other in ((first, second), (second, first)):
        shown = _show(data_dir, ref)
        (letter,) = shown["letters"]  # type: ignore[misc]
        assert (letter["kind"], letter["sent_on"]) == ("completion", TODAY)
        created = [e for e in shown["timeline"] if e["action"] == "letter.created"]  # type: ignore[attr-defined]
        assert created[0]["details"]["answered_with"] == other


def test_alone_the_letter_says_the_others_are_answered_separately(
    data_dir: Path, tmp_path: Path
) -> None:
    first, second = _linked(data_dir)
    out = tmp_path / "ack.pdf"
    made = run_cli(
        data_dir, "letter", first, *SIGNER, "--kind", "acknowledgement", "--lang", "fr",
        "--out", str(out), today=TODAY,
    )  # fmt: skip
    assert made.code == 0, made.err
    text = _text(out)
    assert f"enregistrée sous la référence {second}." in text
    assert "Nous en accusons réception par un courrier séparé." in text
    assert _show(data_dir, second)["letters"] == []  # kept in its own file only
    # a request with no linked one: --with-linked is refused, one line, exit 2
    alone = run_cli(
        data_dir, "request", "add", "--type", "access", "--received", "2026-03-12",
        "--name", "Paul Roux", "--address", "1 rue Haute|69001 Lyon", today=TODAY,
    )  # fmt: skip
    refused = run_cli(
        data_dir, "letter", alone.out.strip(), *SIGNER, "--kind", "acknowledgement",
        "--with-linked", "--out", str(tmp_path / "x.pdf"), today=TODAY,
    )  # fmt: skip
    assert refused.code == 2 and "has no linked request" in refused.err
    assert refused.err.count("\n") == 1
