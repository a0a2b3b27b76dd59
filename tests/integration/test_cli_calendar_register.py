"""CLI on a real vault: import a processing register from CSV, list it as JSON, and export
deadline calendars (one request, every open one) that parse back with ``icalendar``."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.integration.cli_helpers import init_vault, run_cli

TODAY = "2026-03-20"
ENTITY = "Groupe Horizon Éducation"  # a capital É: SQLite's lower() does not fold it
REGISTER_FR = (
    "Nom;Finalité;Base légale;Catégories de données;Destinataires;Durée de conservation;"
    "Source;Transferts;Décisions automatisées\r\n"
    "Scolarité;Gérer la scolarité;Contrat (art. 6(1)(b));Identité, notes;Enseignants;"
    "Durée des études;;Aucun;\r\n"
    "Cantine;Repas et allergies;Consentement;Allergies;Prestataire;1 an;Familles;;\r\n"
)


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-register") / "data"
    init_vault(folder, "--entity", ENTITY, today=TODAY)
    return folder


def _csv(tmp_path: Path, text: str, name: str = "register.csv", encoding: str = "cp1252") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_register_import_and_list_json(vault_dir: Path, tmp_path: Path) -> None:
    imported = run_cli(
        vault_dir, "register", "import", "--entity", ENTITY, str(_csv(tmp_path, REGISTER_FR))
    )
    assert imported.code == 0, imported.err
    assert "Imported 2 activities" in imported.out and "Windows-1252" in imported.out

    listed = run_cli(vault_dir, "register", "list", "--entity", ENTITY, "--json")
    assert listed.code == 0, listed.err
    rows = json.loads(listed.out)
    assert [(r["entity"], r["position"], r["name"]) for r in rows] == [
        (ENTITY, 0, "Scolarité"),
        (ENTITY, 1, "Cantine"),
    ]
    texts = {
        "name",
        "purpose",
        "legal_basis",
        "data_categories",
        "recipients",
        "retention",
        "source",
        "transfers",
        "automated_decisions",
    }
    # each text in French and in English (``*_en``: empty until someone writes it)
    assert set(rows[0]) == {"entity", "position"} | texts | {f"{t}_en" for t in texts}
    assert rows[0]["name_en"] == ""
    assert rows[0]["data_categories"] == "Identité, notes"
    assert rows[1]["source"] == "Familles"

    text = run_cli(vault_dir, "register", "list")
    assert text.code == 0
    assert ENTITY in text.out and " 2. Cantine — Consentement" in text.out

    # Append refuses names already in the register; --replace swaps it whole.
    again = run_cli(
        vault_dir, "register", "import", "--entity", ENTITY, str(_csv(tmp_path, REGISTER_FR))
    )
    assert again.code == 2
    assert again.err.count("\n") == 1 and "row 2: the register already has" in again.err
    replaced = run_cli(
        vault_dir,
        "register",
        "import",
        "--entity",
        ENTITY,
        str(_csv(tmp_path, REGISTER_FR, encoding="utf-8-sig")),
        "--replace",
    )
    assert replaced.code == 0, replaced.err
    assert "replacing the 2 it had" in replaced.out
    assert len(json.loads(run_cli(vault_dir, "register", "list", "--json").out)) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["register", "import", "--entity", ENTITY, "missing.csv"], "not a readable file"),
        (["register", "import", "--entity", "Nobody", "{csv}"], "No entity named 'Nobody'"),
        (["register", "import", "{bad}", "--entity", ENTITY], "Nothing was imported"),
        (["register", "list", "--entity", "Nobody"], "No entity named"),
        (["calendar", "--out", "{out}", "DSR-2026-0999"], "No request DSR-2026-0999"),
        (["calendar", "--out", "/nonexistent-folder/x.ics"], "does not exist"),
        (["calendar"], "--out"),
    ],
)
def test_errors_are_one_line_with_exit_2(
    vault_dir: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    good = _csv(tmp_path, REGISTER_FR)
    bad = _csv(tmp_path, "name;purpose;legal_basis;data_categories\nA;;b;c\n", "bad.csv")
    filled = [
        a.format(csv=good, bad=bad, out=tmp_path / "out.ics") if "{" in a else a for a in args
    ]
    result = run_cli(vault_dir, *filled, today=TODAY)
    assert result.code == 2
    assert message in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def _add(vault_dir: Path, received: str, name: str) -> str:
    result = run_cli(
        vault_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        received,
        "--name",
        name,
        today=TODAY,
    )
    assert result.code == 0, result.err
    return result.out.strip()


def _parsed(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_calendar_for_one_request_and_for_all_open(vault_dir: Path, tmp_path: Path) -> None:
    first = _add(vault_dir, "2026-03-10", "Zebulon Canarywitz")
    second = _add(vault_dir, "2026-02-25", "Amina Benali")
    closed = _add(vault_dir, "2026-03-02", "Paul Durand")
    assert run_cli(vault_dir, "request", "close", closed, "--outcome", "completed").code == 0
    assert (
        run_cli(vault_dir, "request", "extend", second, "--reason", "Complex", today=TODAY).code
        == 0
    )

    one = tmp_path / "one.ics"
    result = run_cli(vault_dir, "calendar", "--out", str(one), first, today=TODAY)
    assert result.code == 0, result.err
    assert result.out.strip() == f"Wrote 4 events to {one}."
    assert stat.S_IMODE(one.stat().st_mode) == 0o600
    assert b"Zebulon" not in one.read_bytes()
    events = _parsed(one)
    due_uid = next(uid for uid in events if uid.startswith(f"{first}-due@"))
    assert due_uid.endswith(".dsr-desk")  # the vault id keeps vaults apart
    by_kind = {uid.split("@")[0][len(first) + 1 :]: e for uid, e in events.items()}
    assert {k: e.decoded("DTSTART") for k, e in by_kind.items()} == {  # type: ignore[attr-defined]
        "due": date(2026, 4, 10),
        "extension-notice": date(2026, 4, 10),
        "reminder-7d": date(2026, 4, 3),
        "reminder-2d": date(2026, 4, 8),
    }

    everything = tmp_path / "all.ics"
    result = run_cli(vault_dir, "calendar", "--out", str(everything), today=TODAY)
    assert result.code == 0, result.err
    events = _parsed(everything)
    references = {uid.split("-due@")[0] for uid in events if "-due@" in uid}
    assert references == {first, second}  # the closed request is not in the list
    assert due_uid in events  # same UID as in the single-request file
    extended_due = next(e for u, e in events.items() if u.startswith(f"{second}-due@"))
    assert extended_due.decoded("DTSTART") == date(2026, 5, 26)  # type: ignore[attr-defined]
    assert not any(u.startswith(f"{second}-extension-notice@") for u in events)
    assert len(events) == 4 + 3
    assert b"Zebulon" not in everything.read_bytes()

    named = tmp_path / "named.ics"
    assert run_cli(vault_dir, "calendar", "--out", str(named), "--with-names").code == 0
    assert "Zebulon Canarywitz" in named.read_bytes().decode()

    audit = run_cli(vault_dir, "request", "show", first, "--json")
    actions = [event["action"] for event in json.loads(audit.out)["timeline"]]
    assert "calendar.exported" in actions
