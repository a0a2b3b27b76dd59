"""The CLI speaks LANG's language throughout, through the real `dsr-desk` command: its own
output and help, argparse's words, the `error:` prefix, the domain's errors, the deadline's
headings and explanation (holiday names included). French for fr_FR, English for en_GB and
for C; the exit codes are the same in every language, and JSON stays English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.cli_helpers import Result, init_vault, run_cli

FRENCH = {"LANG": "fr_FR.UTF-8"}
ENGLISH = {"LANG": "en_GB.UTF-8"}
C_LOCALE = {"LANG": "C"}
NBSP = "\N{NO-BREAK SPACE}"


def _fr(text: str) -> str:
    """French typography: a no-break space before the colon and the semicolon."""
    return text.replace(" :", NBSP + ":").replace(" ;", NBSP + ";")


@pytest.fixture
def vault_dir(data_dir: Path) -> Path:
    init_vault(data_dir, "--passphrase", today="2026-04-20")
    return data_dir


def _in(env: dict[str, str], data_dir: Path, *args: str) -> Result:
    return run_cli(data_dir, *args, env=env, today="2026-04-20")


def test_help_and_argparse_errors_follow_lang(data_dir: Path) -> None:
    french = _in(FRENCH, data_dir, "request", "add", "--help")
    assert french.code == 0
    assert french.out.startswith(_fr("utilisation : dsr-desk request add"))
    assert "afficher cette aide et quitter" in french.out
    assert "nom complet du demandeur" in french.out
    for env in (ENGLISH, C_LOCALE):
        english = _in(env, data_dir, "request", "add", "--help")
        assert english.code == 0
        assert english.out.startswith("usage: dsr-desk request add")
        assert "show this help message and exit" in english.out
        assert "requester's full name" in english.out

    missing = _in(FRENCH, data_dir, "request", "add", "--type", "access")
    assert missing.code == 2
    assert missing.err.strip() == _fr(
        "dsr-desk request add : erreur : les arguments suivants sont obligatoires : "
        "--received, --name"
    )
    for env in (ENGLISH, C_LOCALE):
        missing = _in(env, data_dir, "request", "add", "--type", "access")
        assert missing.code == 2
        assert missing.err.strip() == (
            "dsr-desk request add: error: the following arguments are required: --received, --name"
        )
    wrong = _in(FRENCH, data_dir, "frobnicate")
    assert wrong.code == 2
    assert _fr("choix non valide : 'frobnicate' (choisissez parmi") in wrong.err


def test_domain_errors_and_output_follow_lang(vault_dir: Path) -> None:
    nameless = ("request", "add", "--type", "access", "--received", "2026-04-01", "--name", " ")
    french = _in(FRENCH, vault_dir, *nameless)
    assert french.code == 2
    assert french.err.strip() == _fr("dsr-desk : erreur : Le nom du demandeur est obligatoire.")
    for env in (ENGLISH, C_LOCALE):
        english = _in(env, vault_dir, *nameless)
        assert english.code == 2
        assert english.err.strip() == "dsr-desk: error: The requester's name is required."

    assert _in(FRENCH, vault_dir, "request", "list").out.strip() == "Aucune demande ne correspond."
    assert _in(C_LOCALE, vault_dir, "request", "list").out.strip() == "No requests match."
    added = _in(FRENCH, vault_dir, *nameless[:-1], "Jeanne Martin")
    assert added.code == 0
    ref = added.out.strip()
    listed = _in(FRENCH, vault_dir, "request", "list")
    assert f"{ref} " in listed.out and "échéance 04/05/2026" in listed.out
    assert "j restants" in listed.out
    assert "due 04/05/2026" in _in(ENGLISH, vault_dir, "request", "list").out

    shown = _in(FRENCH, vault_dir, "request", "show", ref)
    assert _fr("Demandeur :") in shown.out and _fr("Historique :") in shown.out
    assert "Demande enregistrée" in shown.out  # the audit action in words
    assert "reçue le 01/04/2026" in shown.out  # the deadline explained in French
    shown = _in(ENGLISH, vault_dir, "request", "show", ref)
    assert "Requester:" in shown.out and "Request registered" in shown.out
    assert "received 01/04/2026" in shown.out

    as_json = json.loads(_in(FRENCH, vault_dir, "request", "list", "--json").out)
    assert as_json[0]["status"] == "received" and "due_on" in as_json[0]  # English keys


def test_deadline_follows_lang(data_dir: Path) -> None:
    args = ("deadline", "--received", "2026-04-30")
    french = _in(FRENCH, data_dir, *args)
    assert french.code == 0
    assert "Échéance" in french.out and "samedi" in french.out
    english = _in(C_LOCALE, data_dir, *args)
    assert english.code == 0
    assert "Due:" in english.out and "Saturday" in english.out
    assert "Échéance" not in english.out
    # --lang still chooses, whatever LANG says; holiday names in that language.
    labour_day = ("deadline", "--received", "2026-04-01")
    assert "(Fête du Travail)" in _in(ENGLISH, data_dir, *labour_day, "--lang", "fr").out
    assert "(Fête du Travail)" in _in(FRENCH, data_dir, *labour_day).out
    assert "(Labour Day)" in _in(ENGLISH, data_dir, *labour_day).out


def test_errors_of_every_layer_follow_lang(vault_dir: Path) -> None:
    """Storage (a wrong passphrase), services (a rule refusal, a missing request), letters
    (a letter that does not fit the request) and the audit report: French under fr_FR, the
    same English as before under C; the exit code is the same."""
    wrong = run_cli(
        vault_dir, "request", "list", env=FRENCH, passphrase="wrong horse battery staple"
    )
    assert wrong.code == 2
    assert wrong.err.strip() == _fr(
        "dsr-desk : erreur : Phrase de passe erronée : le coffre reste verrouillé."
    )
    wrong = run_cli(
        vault_dir, "request", "list", env=C_LOCALE, passphrase="wrong horse battery staple"
    )
    assert wrong.err.strip() == "dsr-desk: error: Wrong passphrase: the vault stays locked."

    missing = _in(FRENCH, vault_dir, "request", "show", "DSR-2026-0099")
    assert (missing.code, missing.err.strip()) == (
        2,
        _fr("dsr-desk : erreur : Aucune demande DSR-2026-0099."),
    )
    ref = _in(
        C_LOCALE, vault_dir, "request", "add", "--type", "access", "--received", "2026-04-01",
        "--name", "Jeanne Martin",
    ).out.strip()  # fmt: skip
    new_user = {"DSR_DESK_NEW_PASSWORD": "a long enough password 1"}
    added = _in(C_LOCALE | new_user, vault_dir, "user", "add", "paul", "--role", "assistant")
    assert added.code == 0
    again = _in(FRENCH | new_user, vault_dir, "user", "add", "paul", "--role", "assistant")
    assert (again.code, again.err.strip()) == (
        2,
        _fr("dsr-desk : erreur : Il existe déjà un utilisateur nommé paul ; rien n'a été modifié."),
    )

    letter = ("letter", ref, "--kind", "extension", "--signer", "Claire Dumoulin")
    unfit = _in(FRENCH, vault_dir, *letter, "--out", str(vault_dir.parent / "x.pdf"))
    assert (unfit.code, unfit.err.strip()) == (
        2,
        _fr(
            f"dsr-desk : erreur : {ref} n'a pas été prolongée : prolongez-la d'abord, avec ses "
            "motifs."
        ),
    )
    unfit = _in(C_LOCALE, vault_dir, *letter, "--out", str(vault_dir.parent / "x.pdf"))
    assert unfit.err.strip() == (
        f"dsr-desk: error: {ref} was not extended: extend it first, with its reasons."
    )

    verified = _in(FRENCH, vault_dir, "audit", "verify")
    assert verified.code == 0
    assert verified.out.startswith(_fr("journal d'audit intact : 3 entrées vérifiées"))
