"""Issue 17 §3 on the command line, in a subprocess on a real vault: who the user is (init's
--user-name / --user-title, else DSR_DESK_USER, never the login name), correcting the
requester's details after saving and reassigning a request, both audited without the values."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dsr_desk.domain.clock import FixedClock
from dsr_desk.services.read.settings import read_settings
from dsr_desk.storage.vault import Unlock, open_vault
from tests.integration.cli_helpers import PASSPHRASE, init_vault, run_cli

TODAY = "2026-03-10"


def _add(data_dir: Path, *extra: str) -> str:
    added = run_cli(
        data_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-02",
        "--name",
        "Jean Martin",
        "--email",
        "jean.martin@exemple.fr",
        *extra,
        today=TODAY,
    )
    assert added.code == 0, added.err
    return added.out.strip()


def _show(data_dir: Path, reference: str) -> dict[str, object]:
    shown = run_cli(data_dir, "request", "show", reference, "--json", today=TODAY)
    assert shown.code == 0, shown.err
    detail: dict[str, object] = json.loads(shown.out)
    return detail


def _audit_rows(data_dir: Path) -> list[tuple[str, str, str]]:
    """(user, action, details) of every audit entry, read from the vault itself."""
    vault = open_vault(
        data_dir, FixedClock.on(date.fromisoformat(TODAY)), Unlock(passphrase=PASSPHRASE)
    )
    try:
        cursor = vault.reader.execute("SELECT user, action, details FROM audit_log ORDER BY seq")
        return [(str(u), str(a), str(d)) for u, a, d in cursor.fetchall()]
    finally:
        vault.close()


def test_init_keeps_the_users_name_and_title_and_every_command_acts_as_them(
    data_dir: Path,
) -> None:
    init_vault(
        data_dir, "--passphrase", "--user-name", "Camille  Dupont", "--user-title", "Juriste"
    )
    vault = open_vault(
        data_dir, FixedClock.on(date.fromisoformat(TODAY)), Unlock(passphrase=PASSPHRASE)
    )
    try:
        settings = read_settings(vault.reader)
    finally:
        vault.close()
    assert (settings.display_name, settings.signer_title) == ("Camille Dupont", "Juriste")
    # DSR_DESK_USER (test-user, tests/conftest.py) is only the fallback: the vault names who acts
    reference = _add(data_dir, "--assignee", "camille dupont")
    users = {user for user, _action, _details in _audit_rows(data_dir)}
    assert users == {"Camille Dupont"}
    listed = run_cli(data_dir, "request", "show", reference, today=TODAY)
    assert "Assigned:   camille dupont" in listed.out


def test_init_takes_the_name_from_dsr_desk_user_and_never_the_login(data_dir: Path) -> None:
    result = run_cli(
        data_dir, "init", "--passphrase", env={"DSR_DESK_USER": "Amélie Roux"}, today=TODAY
    )
    assert result.code == 0, result.err
    vault = open_vault(
        data_dir, FixedClock.on(date.fromisoformat(TODAY)), Unlock(passphrase=PASSPHRASE)
    )
    try:
        settings = read_settings(vault.reader)
    finally:
        vault.close()
    assert (settings.display_name, settings.signer_title) == ("Amélie Roux", "")


def test_init_without_any_name_leaves_it_to_settings(data_dir: Path) -> None:
    result = run_cli(data_dir, "init", "--passphrase", env={"DSR_DESK_USER": ""}, today=TODAY)
    assert result.code == 0, result.err
    vault = open_vault(
        data_dir, FixedClock.on(date.fromisoformat(TODAY)), Unlock(passphrase=PASSPHRASE)
    )
    try:
        assert read_settings(vault.reader).display_name == ""  # not the login name
    finally:
        vault.close()


def test_requester_details_are_corrected_and_audited_without_their_values(
    data_dir: Path,
) -> None:
    init_vault(data_dir, "--passphrase", "--user-name", "Camille Dupont")
    reference = _add(data_dir)
    other = _add(data_dir)  # the same person: one requester, two requests

    edited = run_cli(
        data_dir,
        "request",
        "edit-requester",
        reference,
        "--name",
        "Jeanne Martin",
        "--email",
        "jeanne.martin@exemple.fr",
        "--address",
        "3 rue des Lilas\\n57000 Metz",
        "--lang",
        "en",
        today=TODAY,
    )
    assert edited.code == 0, edited.err
    assert edited.out.strip() == (
        f"{reference}: requester Jeanne Martin <jeanne.martin@exemple.fr> (en)"
    )
    for ref in (reference, other):
        detail = _show(data_dir, ref)
        assert (
            detail["requester_name"],
            detail["requester_email"],
            detail["requester_address"],
            detail["requester_language"],
        ) == ("Jeanne Martin", "jeanne.martin@exemple.fr", "3 rue des Lilas\n57000 Metz", "en")

    (entry,) = [row for row in _audit_rows(data_dir) if row[1] == "request.requester_corrected"]
    user, _action, details = entry
    assert user == "Camille Dupont"
    assert json.loads(details) == {"fields": ["name", "email", "postal_address", "language"]}
    for value in ("Jeanne", "jeanne.martin", "Lilas", "Metz"):
        assert value not in details

    # only what changed is recorded; nothing changed, nothing recorded
    again = run_cli(data_dir, "request", "edit-requester", reference, "--lang", "en", today=TODAY)
    assert again.code == 0, again.err
    assert [a for _u, a, _d in _audit_rows(data_dir)].count("request.requester_corrected") == 1

    nothing = run_cli(data_dir, "request", "edit-requester", reference, today=TODAY)
    assert (nothing.code, nothing.err.strip()) == (
        2,
        "dsr-desk: error: Give what to correct: --name, --email, --address or --lang.",
    )
    bad = run_cli(
        data_dir, "request", "edit-requester", reference, "--email", "not-an-address", today=TODAY
    )
    assert bad.code == 2
    assert bad.err.startswith("dsr-desk: error: 'not-an-address' is not a valid e-mail address")


def test_a_request_is_reassigned_and_audited_without_the_name(data_dir: Path) -> None:
    init_vault(data_dir, "--passphrase", "--user-name", "Camille Dupont")
    reference = _add(data_dir, "--assignee", "Camille Dupont")

    moved = run_cli(data_dir, "request", "assign", reference, "--to", "Paul  Durand", today=TODAY)
    assert (moved.code, moved.out.strip()) == (0, f"{reference}: assigned to Paul Durand")
    assert _show(data_dir, reference)["assignee"] == "Paul Durand"
    (entry,) = [row for row in _audit_rows(data_dir) if row[1] == "request.assigned"]
    assert entry[0] == "Camille Dupont" and "Paul" not in entry[2]

    nobody = run_cli(data_dir, "request", "assign", reference, "--to", "", today=TODAY)
    assert nobody.out.strip() == f"{reference}: assigned to nobody"
    assert _show(data_dir, reference)["assignee"] is None

    closed = run_cli(data_dir, "request", "close", reference, "--outcome", "completed", today=TODAY)
    assert closed.code == 0, closed.err
    refused = run_cli(data_dir, "request", "assign", reference, "--to", "Paul", today=TODAY)
    assert refused.code == 2
    assert refused.err.strip() == (
        f"dsr-desk: error: {reference} is already closed (completed): no one handles it now."
    )
