"""A request for identity recorded without its means (asked before schema 0017 recorded them)
is not a dead end (issue 16): `letter REF --kind id-request --means …` records the means on
that ask (audited) and prints the letter — on a vault written by the 0016 release
(tests/fixtures/vaults/0016), opened and upgraded by today's code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pypdf import PdfReader

from tests.integration.cli_helpers import Result, run_cli

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "vaults" / "0016"
TODAY = "2026-03-20"
REF = "DSR-2026-0001"  # access, received 2 March 2026, Hélène Curie
SIGNER = ("--signer", "Claire Dumoulin")


def _stored_vault(data_dir: Path) -> Path:
    target = data_dir / "vault"
    shutil.copytree(FIXTURE, target, ignore=shutil.ignore_patterns("COMMIT"))
    target.chmod(0o700)
    for path in target.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)
    return target


def _one_line_error(result: Result, words: str) -> None:
    assert result.code == 2, result.out
    assert len(result.err.strip().splitlines()) == 1 and words in result.err, result.err


def test_the_means_are_recorded_when_the_letter_is_written(data_dir: Path, tmp_path: Path) -> None:
    vault = _stored_vault(data_dir)
    # an ask with no means, as every ask recorded before 0017 is
    asked = run_cli(
        vault, "request", "ask", REF, "--kind", "identity", "--on", "2026-03-18",
        "--reason", "Le nom de la demande diffère de celui de notre dossier.", today=TODAY,
    )  # fmt: skip
    assert asked.code == 0, asked.err
    letter = ("letter", REF, *SIGNER, "--kind", "id-request", "--lang", "fr")
    refused = run_cli(vault, *letter, "--out", str(tmp_path / "a.pdf"), today=TODAY)
    _one_line_error(refused, "does not say what the requester may send")

    out = tmp_path / "id.pdf"
    made = run_cli(
        vault, *letter, "--means", "id-copy-masked", "--means", "known-email", "--out", str(out),
        today=TODAY,
    )  # fmt: skip
    assert made.code == 0, made.err
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    known = text.index("adresse électronique que nous connaissons")
    assert known < text.index("pièce d")  # least intrusive first (an ID copy last)

    shown = json.loads(run_cli(vault, "request", "show", REF, "--json", today=TODAY).out)
    (recorded,) = [e for e in shown["timeline"] if e["action"] == "request.id_means_recorded"]
    assert recorded["details"] == {"asked_on": "2026-03-18", "means": "known-email,id-copy-masked"}
    # the means recorded are kept: the same again is fine, others are refused
    again = run_cli(
        vault, *letter, "--means", "known-email", "--means", "id-copy-masked",
        "--out", str(tmp_path / "b.pdf"), today=TODAY,
    )  # fmt: skip
    assert again.code == 0, again.err
    other = run_cli(
        vault, *letter, "--means", "customer-number", "--out", str(tmp_path / "c.pdf"), today=TODAY
    )
    _one_line_error(other, "already offers known-email, id-copy-masked")
    shown = json.loads(run_cli(vault, "request", "show", REF, "--json", today=TODAY).out)
    assert [e["action"] for e in shown["timeline"]].count("request.id_means_recorded") == 1
