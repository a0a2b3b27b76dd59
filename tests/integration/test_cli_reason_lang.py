"""The language of each typed reason is recorded where it is typed (issue 16): `request close
--reason-lang en` on a French request, through the real `dsr-desk` command — its English
letter prints the reasons as typed, its French letter asks for their translation; without the
flag, the request's language is assumed (and recorded), as before."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.cli_helpers import init_vault, run_cli

SIGNER = ("--signer", "Claire Dumoulin")
TODAY = "2026-03-20"
NOTE = "Postal address corrected in the pupils' file on 18 March."


def _request(data_dir: Path) -> str:
    init_vault(
        data_dir, "--passphrase", "--entity", "Collège Exemple", "--address",
        "4 rue des Écoles\n69007 Lyon", "--dpo", "dpo@college-exemple.fr", today="2026-03-10",
    )  # fmt: skip
    added = run_cli(
        data_dir, "request", "add", "--type", "rectification", "--received", "2026-03-10",
        "--name", "Zoé Martin", "--address", "8 allée des Tilleuls|57000 Metz", "--lang", "fr",
        today="2026-03-10",
    )  # fmt: skip
    assert added.code == 0, added.err
    return added.out.strip()


def test_reasons_typed_in_english_on_a_french_request(data_dir: Path, tmp_path: Path) -> None:
    ref = _request(data_dir)
    closed = run_cli(
        data_dir, "request", "close", ref, "--outcome", "completed", "--reason", NOTE,
        "--reason-lang", "en", today=TODAY,
    )  # fmt: skip
    assert closed.code == 0, closed.err
    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today=TODAY).out)
    assert (shown["requester_language"], shown["outcome_lang"]) == ("fr", "en")
    english = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "completion", "--lang", "en",
        "--out", str(tmp_path / "en.pdf"), today=TODAY,
    )  # fmt: skip
    assert english.code == 0, english.err  # no translation asked: typed in English
    french = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "completion", "--lang", "fr",
        "--out", str(tmp_path / "fr.pdf"), today=TODAY,
    )  # fmt: skip
    assert french.code == 2 and "give the French translation of" in french.err, french.err
    assert "--translation reasons=TEXT" in french.err
    translated = run_cli(
        data_dir, "letter", ref, *SIGNER, "--kind", "completion", "--lang", "fr",
        "--translation", "reasons=Adresse postale corrigée le 18 mars.",
        "--out", str(tmp_path / "fr.pdf"), today=TODAY,
    )  # fmt: skip
    assert translated.code == 0, translated.err


def test_without_the_flag_the_request_language_is_recorded(data_dir: Path) -> None:
    ref = _request(data_dir)
    extended = run_cli(
        data_dir, "request", "extend", ref, "--reason", "Archives sur trois sites.", today=TODAY
    )
    assert extended.code == 0, extended.err
    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today=TODAY).out)
    assert shown["extension_reason_lang"] == "fr"
    bad = run_cli(
        data_dir, "request", "ask", ref, "--kind", "clarification", "--reason", "Which file?",
        "--reason-lang", "de", today=TODAY,
    )  # fmt: skip
    assert bad.code == 2 and "invalid choice: 'de'" in bad.err
