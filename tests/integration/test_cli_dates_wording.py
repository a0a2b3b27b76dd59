"""Dates and wording through the real `dsr-desk` command: a back-dated ask that escapes
today's rule needs `--late-reason` (audited with both dates); `deadline --lang fr` has French
headings; English holiday names are in British spelling; Bas-Rhin (67) and Haut-Rhin (68)
count Alsace-Moselle's holidays; refusals say "an access request"."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dsr_desk.domain.clock import FixedClock
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, open_vault
from tests.integration.cli_helpers import PASSPHRASE, Result, init_vault, run_cli

CLOCK = FixedClock.on(date(2026, 4, 20))


def _one_line_error(result: Result, words: str) -> None:
    assert result.code == 2, result.out
    assert len(result.err.strip().splitlines()) == 1 and words in result.err, result.err


def _vault_with(data_dir: Path, *types: str) -> list[str]:
    init_vault(
        data_dir,
        "--passphrase",
        "--address",
        "4 rue des Écoles\n69007 Lyon",
        "--dpo",
        "dpo@college-exemple.fr",
        today="2026-03-10",
    )
    refs = []
    for request_type in types:
        added = run_cli(
            data_dir, "request", "add", "--type", request_type, "--received", "2026-03-10",
            "--name", "Louis Bernard", "--address", "8 allée des Tilleuls|57000 Metz",
            today="2026-03-10",
        )  # fmt: skip
        assert added.code == 0, added.err
        refs.append(added.out.strip())
    return refs


def test_a_closure_back_dated_to_look_on_time_needs_a_late_reason(data_dir: Path) -> None:
    (ref,) = _vault_with(data_dir, "access")  # due Friday 10/04/2026, overdue on 20/04
    close = ("request", "close", ref, "--outcome", "no-data", "--on", "2026-04-08")
    silent = run_cli(data_dir, *close, today="2026-04-20")
    _one_line_error(silent, "was due on 10/04/2026: closed today, it is answered late")
    assert "To record it as closed on 08/04/2026, on time, state why" in silent.err
    # dated after the due date, the closure is late anyway: no reason asked
    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today="2026-04-20").out)
    assert shown["late_closures"]["no-data"] == "2026-04-10" and shown["status"] != "completed"
    late = run_cli(
        data_dir, *close, "--late-reason", "Answer posted that day; filed on return.",
        today="2026-04-20",
    )  # fmt: skip
    assert late.code == 0, late.err
    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today="2026-04-20").out)
    assert shown["closed_on"] == "2026-04-08"
    entry = next(e for e in shown["timeline"] if e["action"] == "request.late_entry")
    assert entry["details"] == {
        "late_action": "no-data",
        "stated_on": "2026-04-08",
        "recorded_on": "2026-04-20",
        "reason": "Answer posted that day; filed on return.",
    }


def test_a_back_dated_ask_past_the_due_date_needs_a_late_reason(data_dir: Path) -> None:
    (ref,) = _vault_with(data_dir, "access")  # due Friday 10/04/2026
    before = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today="2026-04-20").out)
    assert before["late_entries"] == {"ask": "2026-04-10"}  # the last day an ask may be dated
    ask = ("request", "ask", ref, "--kind", "identity", "--reason", "Copy of an ID")
    silent = run_cli(data_dir, *ask, "--on", "2026-04-01", today="2026-04-20")
    _one_line_error(silent, "To record it as done on 01/04/2026, state why it is recorded only")
    assert "(10/04/2026) has passed" in silent.err

    late = run_cli(
        data_dir, *ask, "--on", "2026-04-01",
        "--late-reason", "Asked at the desk that day; entered on return from leave.",
        today="2026-04-20",
    )  # fmt: skip
    assert late.code == 0, late.err
    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today="2026-04-20").out)
    assert shown["on_hold_since"] == "2026-04-01" and shown["late_entries"] == {}
    entry = next(e for e in shown["timeline"] if e["action"] == "request.late_entry")
    assert entry["details"] == {
        "late_action": "ask",
        "stated_on": "2026-04-01",
        "recorded_on": "2026-04-20",
        "reason": "Asked at the desk that day; entered on return from leave.",
    }
    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    try:
        with SqlUnitOfWork(vault.session_factory, CLOCK, "tester") as uow:
            (stored,) = [e for e in uow.audit.entries(ref) if e.action == "request.late_entry"]
    finally:
        vault.close()
    assert "leave" not in stored.details_json  # the reason is kept with the request only
    assert {"reason_no", "reason_mac"} <= set(stored.details)


def test_deadline_headings_in_french_and_holidays_in_british_english(tmp_path: Path) -> None:
    args = ("deadline", "--received", "2026-04-01")  # +1 month: Friday 1 May, Labour Day
    french = run_cli(tmp_path, *args, "--lang", "fr", passphrase=None)
    assert french.code == 0, french.err
    lines = french.out.splitlines()
    assert lines[0].split() == ["Reçue", "le", ":", "01/04/2026"]
    assert lines[1].split() == ["Échéance", ":", "04/05/2026"]
    assert "Prolongation à notifier au plus tard le :" in lines[2]
    assert "Échéance en cas de prolongation :" in lines[3]
    assert "Received" not in french.out and "Due" not in french.out
    assert "(Fête du Travail)" in french.out

    english = run_cli(tmp_path, *args, passphrase=None)
    assert english.code == 0, english.err
    assert english.out.startswith("Received:              01/04/2026\nDue:")
    assert "public holiday (Labour Day)" in english.out and "Labor" not in english.out


def test_bas_rhin_and_haut_rhin_count_alsace_moselle_holidays(tmp_path: Path) -> None:
    # +1 month = Friday 03/04/2026, Good Friday: a holiday only in Alsace-Moselle
    args = ("deadline", "--received", "2026-03-03")
    bas_rhin = run_cli(tmp_path, *args, "--json", "--subdiv", "67", passphrase=None)
    assert bas_rhin.code == 0, bas_rhin.err
    assert json.loads(bas_rhin.out)["due"] == "2026-04-07"  # Easter Monday 06/04 too
    haut_rhin = run_cli(tmp_path, *args, "--subdiv", "68", passphrase=None)
    assert haut_rhin.code == 0, haut_rhin.err
    assert "Due:                   07/04/2026" in haut_rhin.out
    assert "public holiday (Good Friday)" in haut_rhin.out
    _one_line_error(
        run_cli(tmp_path, *args, "--subdiv", "69", passphrase=None), "Unknown subdivision '69'"
    )


def test_refusals_say_an_access_request_and_an_erasure_request(
    data_dir: Path, tmp_path: Path
) -> None:
    access, erasure = _vault_with(data_dir, "access", "erasure")
    notice = run_cli(
        data_dir, "letter", access, "--kind", "recipient-notice", "--recipient", "Rectorat|Lyon",
        "--out", str(tmp_path / "n.pdf"), today="2026-03-12",
    )  # fmt: skip
    _one_line_error(notice, f"{access} is an access request.")
    bundle = run_cli(data_dir, "bundle", erasure, "--out", str(tmp_path / "b.zip"))
    _one_line_error(bundle, f"{erasure} is an erasure request: a data bundle answers")
