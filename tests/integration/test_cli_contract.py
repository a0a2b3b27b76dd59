"""The CLI contract scripts rely on: flags, JSON keys, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.cli_helpers import init_vault, run_cli

TODAY = "2026-03-20"


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    init_vault(folder, "--entity", "Groupe Scolaire Exemple", today=TODAY)
    return folder


def test_init_prints_the_recovery_key_once(vault_dir: Path) -> None:
    again = run_cli(vault_dir, "init", today=TODAY)
    assert again.code == 2
    assert "already exists" in again.err
    assert "Traceback" not in again.err


def test_deadline_json_contract(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "deadline", "--received", "2026-01-15", "--json", passphrase=None)
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "received": "2026-01-15",
        "due": "2026-02-16",
        "extended_due": "2026-04-15",
        "extension_notice_by": "2026-02-16",
    }
    # +1 month = Friday 03/04/2026, Good Friday: a holiday only in Alsace-Moselle, where the
    # next working day is Tuesday 07/04 (Easter Monday is a holiday everywhere in France).
    args = ("deadline", "--received", "2026-03-03", "--json")
    plain = json.loads(run_cli(tmp_path, *args, passphrase=None).out)
    moselle = json.loads(run_cli(tmp_path, *args, "--subdiv", "57", passphrase=None).out)
    assert (plain["due"], moselle["due"]) == ("2026-04-03", "2026-04-07")


def test_deadline_text_explains_the_roll(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "deadline", "--received", "2026-01-15", passphrase=None)
    assert (
        "received 15/01/2026; +1 month → 15/02/2026 is a Sunday → Monday 16/02/2026" in result.out
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["deadline", "--received", "2026-02-30"], "not a date"),
        (["deadline", "--received", "15/01/2026"], "YYYY-MM-DD"),
        (
            ["request", "add", "--type", "complaint", "--received", "2026-03-01", "--name", "X"],
            "Unknown request type",
        ),
        (
            ["request", "add", "--type", "access", "--received", "2026-03-21", "--name", "X"],
            "future",
        ),
        (
            [
                "request",
                "add",
                "--type",
                "access",
                "--received",
                "2026-03-01",
                "--name",
                "X",
                "--email",
                "nope",
            ],
            "e-mail",
        ),
        (["request", "show", "DSR-2026-9999"], "No request DSR-2026-9999"),
        (["request", "close", "DSR-2026-0001", "--outcome", "refused"], "reasons"),
        (["request", "list", "--bogus"], "unrecognized arguments"),
    ],
)
def test_invalid_input_gives_one_line_and_exit_2(
    vault_dir: Path, args: list[str], message: str
) -> None:
    run_cli(
        vault_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-02",
        "--name",
        "Setup Person",
        today=TODAY,
    )
    result = run_cli(vault_dir, *args, today=TODAY)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_request_lifecycle_through_the_cli(vault_dir: Path) -> None:
    added = run_cli(
        vault_dir,
        "request",
        "add",
        "--type",
        "erasure",
        "--received",
        "2026-02-10",
        "--name",
        "Camille Dupont",
        "--email",
        "camille@example.fr",
        "--address",
        "3 rue des Lilas\n75011 Paris",
        today=TODAY,
    )
    assert added.code == 0, added.err
    ref = added.out.strip()
    assert ref.startswith("DSR-2026-")

    shown = json.loads(run_cli(vault_dir, "request", "show", ref, "--json", today=TODAY).out)
    assert shown["reference"] == ref
    assert shown["due"] == "2026-03-10"
    assert shown["requester_name"] == "Camille Dupont"
    assert shown["overdue"] is True
    assert shown["timeline"][0]["action"] == "request.registered"
    # what can be done today, and why not: the domain's answer, the same sentence as the refusal
    actions = shown["actions"]
    assert set(actions) == {
        "start", "identity", "ask", "received", "extend", "complete", "refuse", "forward",
        "note", "letters", "bundle", "partial", "no-data", "withdrawn", "unanswered",
        "excessive", "close", "notify", "requester", "assign",
    }  # fmt: skip
    assert actions["complete"] is None and actions["refuse"] is None and actions["note"] is None
    assert actions["notify"] is None  # an erasure's recipients may be told (Art. 19)
    assert actions["requester"] is None and actions["assign"] is None  # corrected, reassigned
    assert actions["ask"] == (
        f"The deadline of {ref} (10/03/2026) has passed: asking for information now cannot "
        "suspend it. Answer, or refuse with reasons."
    )
    assert actions["extend"].startswith(f"Too late to extend {ref}")
    assert shown["inapplicable_actions"] == ["forward", "bundle"]
    asked = run_cli(
        vault_dir, "request", "ask", ref, "--kind", "identity", "--reason", "ID", today=TODAY
    )
    assert (asked.code, asked.err.strip()) == (2, f"dsr-desk: error: {actions['ask']}")

    overdue = json.loads(
        run_cli(vault_dir, "request", "list", "--json", "--overdue", today=TODAY).out
    )
    assert ref in [row["reference"] for row in overdue]
    assert all(row["overdue"] for row in overdue)

    late = run_cli(vault_dir, "request", "extend", ref, "--reason", "complex", today=TODAY)
    assert late.code == 2 and "Too late to extend" in late.err

    closed = run_cli(
        vault_dir,
        "request",
        "close",
        ref,
        "--outcome",
        "refused",
        "--reason",
        "Data must be kept by law",
        "--on",
        "2026-03-19",
        today=TODAY,
    )
    assert closed.code == 0, closed.err
    after = json.loads(run_cli(vault_dir, "request", "show", ref, "--json", today=TODAY).out)
    assert (after["status"], after["closed_on"]) == ("refused", "2026-03-19")
    assert after["outcome_reason"] == "Data must be kept by law"
    listed = json.loads(
        run_cli(vault_dir, "request", "list", "--json", "--overdue", today=TODAY).out
    )
    assert ref not in [row["reference"] for row in listed]


def test_extend_within_the_first_month(vault_dir: Path) -> None:
    ref = run_cli(
        vault_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-10",
        "--name",
        "Ana Silva",
        today=TODAY,
    ).out.strip()
    # The extension facts of the day are the domain's (``ExtensionOutlook``), in JSON and text.
    before = json.loads(run_cli(vault_dir, "request", "show", ref, "--json", today=TODAY).out)
    assert before["extension"] == {
        "state": "possible",
        "notice_by": "2026-04-10",
        "extended_due": "2026-06-10",
        "days_left": 21,
    }
    text = run_cli(vault_dir, "request", "show", ref, today=TODAY).out
    assert (
        "Extension:  possible until 10/04/2026 (21 days left); due 10/06/2026 if extended" in text
    )
    result = run_cli(vault_dir, "request", "extend", ref, "--reason", "Many archives", today=TODAY)
    assert result.code == 0, result.err
    shown = json.loads(run_cli(vault_dir, "request", "show", ref, "--json", today=TODAY).out)
    assert shown["extension_reason"] == "Many archives"
    assert shown["extension"]["state"] == "extended"
    text = run_cli(vault_dir, "request", "show", ref, today=TODAY).out
    assert "Extension:  extended to 10/06/2026 — reasons: Many archives" in text
    assert shown["effective_due"] == shown["extended_due"] == "2026-06-10"
    assert run_cli(vault_dir, "audit", "verify", today=TODAY).code == 0


def test_demo_data(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    init_vault(folder, today=TODAY)
    result = run_cli(folder, "demo", "--count", "300", today=TODAY)
    assert result.code == 0, result.err
    rows = json.loads(run_cli(folder, "request", "list", "--json", today=TODAY).out)
    assert len(rows) == 300
    assert {row["type"] for row in rows} >= {"access", "erasure", "objection"}
    assert run_cli(folder, "audit", "verify", today=TODAY).code == 0


def test_a_closed_objection_is_shown_only_with_a_reason(vault_dir: Path) -> None:
    ref = run_cli(
        vault_dir,
        "request",
        "add",
        "--type",
        "objection",
        "--received",
        "2026-03-02",
        "--name",
        "Inès Faure",
        today=TODAY,
    ).out.strip()
    closed = run_cli(vault_dir, "request", "close", ref, "--outcome", "completed", today=TODAY)
    assert closed.code == 0, closed.err
    refused = run_cli(vault_dir, "request", "show", ref, today=TODAY)
    assert refused.code == 2
    assert "restricted archive" in refused.err and len(refused.err.strip().splitlines()) == 1
    assert "Inès" not in refused.out + refused.err
    shown = run_cli(
        vault_dir,
        "request",
        "show",
        ref,
        "--json",
        "--reason",
        "complaint to the CNIL",
        today=TODAY,
    )
    assert shown.code == 0, shown.err
    detail = json.loads(shown.out)
    assert detail["archive_only"] is True
    assert detail["timeline"][-1]["action"] == "request.archive_consulted"


def test_an_entity_typed_without_capitals_or_accents_lists_its_requests(tmp_path: Path) -> None:
    # SQLite's lower() leaves "É" alone: `request add` and `request list` must resolve the
    # typed name the same way (domain.entities.entity_named).
    folder = tmp_path / "entity"
    init_vault(folder, "--entity", "École Pilote", today=TODAY)
    added = run_cli(
        folder,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-02",
        "--name",
        "Łukasz Wałęsa",
        "--entity",
        "école pilote",
        today=TODAY,
    )
    assert added.code == 0, added.err
    ref = added.out.strip()
    listed = run_cli(folder, "request", "list", "--entity", "école pilote", "--json", today=TODAY)
    assert listed.code == 0, listed.err
    rows = json.loads(listed.out)
    assert [(row["reference"], row["entity"]) for row in rows] == [(ref, "École Pilote")]
