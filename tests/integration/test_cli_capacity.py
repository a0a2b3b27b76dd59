"""Who asks, through the real CLI on a real vault (issue 16 item 5): `request add --capacity
--subject-name`, the bad combinations (exit 2, one line), `--also` (linked requests, shown in
`request show`), `request show --json`'s keys, and no data bundle for someone acting for the
data subject before the mandate is in the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.cli_helpers import init_vault, run_cli

TODAY = "2026-03-20"
PASSWORD = {"BUNDLE_PASSWORD": "a long bundle password"}


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("capacity") / "data"
    init_vault(folder, "--entity", "Collège Exemple", today=TODAY)
    return folder


def _add(vault_dir: Path, *args: str) -> list[str]:
    added = run_cli(
        vault_dir,
        "request",
        "add",
        "--received",
        "2026-03-16",
        "--name",
        "Marie Dupont",
        "--email",
        "marie.dupont@example.fr",
        *args,
        today=TODAY,
    )
    assert added.code == 0, added.err
    return added.out.split()


def _show(vault_dir: Path, ref: str) -> dict[str, object]:
    shown = run_cli(vault_dir, "request", "show", ref, "--json", today=TODAY)
    assert shown.code == 0, shown.err
    result: dict[str, object] = json.loads(shown.out)
    return result


BAD_COMBINATIONS = [
    (("--type", "access", "--capacity", "representative"), "needs the name of the person"),
    (("--type", "access", "--subject-name", "Léo Dupont"), "names no other data subject"),
    (
        ("--type", "access", "--capacity", "heir", "--subject-name", "Jean Dupont"),
        "An heir cannot make an access request",
    ),
    (
        ("--type", "erasure", "--also", "portability", "--capacity", "heir", "--subject-name", "J"),
        "An heir cannot make a portability request",
    ),
    (("--type", "access", "--also", "access"), "asked twice"),
    (("--type", "access", "--capacity", "friend"), "invalid choice: 'friend'"),
]


def test_a_bad_combination_exits_2_with_one_line_and_logs_nothing(tmp_path: Path) -> None:
    init_vault(tmp_path, "--entity", "Collège Exemple", today=TODAY)
    for args, message in BAD_COMBINATIONS:
        result = run_cli(
            tmp_path, "request", "add", "--received", "2026-03-16", "--name", "X Y", *args
        )
        assert result.code == 2 and result.out == "", args
        assert result.err.count("\n") == 1 and result.err.startswith("dsr-desk"), result.err
        assert message in result.err and "Traceback" not in result.err
    listed = run_cli(tmp_path, "request", "list", "--json", today=TODAY)
    assert json.loads(listed.out) == []


def test_who_asks_is_in_request_show(vault_dir: Path) -> None:
    (mine,) = _add(vault_dir, "--type", "rectification")
    shown = _show(vault_dir, mine)
    assert (shown["capacity"], shown["subject_name"], shown["linked"]) == ("self", None, [])

    (heir,) = _add(
        vault_dir, "--type", "erasure", "--capacity", "heir", "--subject-name", "Jean Dupont"
    )
    shown = _show(vault_dir, heir)
    assert (shown["requester_name"], shown["capacity"], shown["subject_name"]) == (
        "Marie Dupont",
        "heir",
        "Jean Dupont",
    )
    text = run_cli(vault_dir, "request", "show", heir, today=TODAY).out
    assert "Made by:    heir, for Jean Dupont" in text


def test_several_rights_in_one_message_are_linked(vault_dir: Path) -> None:
    refs = _add(
        vault_dir,
        "--type",
        "access",
        "--also",
        "erasure",
        "--capacity",
        "guardian",
        "--subject-name",
        "Léo Dupont",
    )
    assert len(refs) == 2
    first, second = refs
    assert [(r["reference"], r["type"]) for r in _show(vault_dir, first)["linked"]] == [  # type: ignore[attr-defined]
        (second, "erasure")
    ]
    other = _show(vault_dir, second)
    assert [r["reference"] for r in other["linked"]] == [first]  # type: ignore[attr-defined]
    assert (other["capacity"], other["subject_name"]) == ("guardian", "Léo Dupont")
    text = run_cli(vault_dir, "request", "show", second, today=TODAY).out
    assert f"Linked:     {first} (access, received)" in text


def test_no_bundle_before_the_mandate(vault_dir: Path, tmp_path: Path) -> None:
    (ref,) = _add(
        vault_dir,
        "--type",
        "access",
        "--capacity",
        "representative",
        "--subject-name",
        "Léo Dupont",
    )
    assert run_cli(vault_dir, "verify", ref, "--method", "in-person", today=TODAY).code == 0
    shown = _show(vault_dir, ref)
    assert shown["identity_verified"] is True
    assert "attach the mandate" in str(shown["capacity_proof_missing"])
    out = tmp_path / "bundle.zip"
    args = ("bundle", ref, "--out", str(out), "--password-env", "BUNDLE_PASSWORD")
    refused = run_cli(vault_dir, *args, env=PASSWORD, today=TODAY)
    assert refused.code == 2 and "attach the mandate or proof of capacity" in refused.err
    assert not out.exists()

    mandate = tmp_path / "mandat.pdf"
    mandate.write_bytes(b"%PDF-1.4 mandat de Marie Dupont pour Leo Dupont")
    attached = run_cli(
        vault_dir, "document", "add", ref, str(mandate), "--kind", "mandate", today=TODAY
    )
    assert attached.code == 0, attached.err
    assert _show(vault_dir, ref)["capacity_proof_missing"] is None
    made = run_cli(vault_dir, *args, env=PASSWORD, today=TODAY)
    assert made.code == 0, made.err
    assert out.exists()


def test_request_list_has_a_capacity_column(tmp_path: Path) -> None:
    init_vault(tmp_path, "--entity", "Collège Exemple", today=TODAY)
    (mine,) = _add(tmp_path, "--type", "rectification")
    (theirs,) = _add(
        tmp_path, "--type", "erasure", "--capacity", "guardian", "--subject-name", "Léo Dupont"
    )
    rows = json.loads(run_cli(tmp_path, "request", "list", "--json", today=TODAY).out)
    assert {r["reference"]: r["capacity"] for r in rows} == {mine: "self", theirs: "guardian"}
    text = run_cli(tmp_path, "request", "list", today=TODAY).out.splitlines()
    (line,) = [line for line in text if line.startswith(theirs)]
    assert line.split()[-1] == "guardian"
    (line,) = [line for line in text if line.startswith(mine)]
    assert line.split()[-1] == "self"
