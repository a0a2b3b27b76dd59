"""`dsr-desk backup --out/--verify` and `dsr-desk restore`, through the real command: exit codes,
JSON keys, one-line refusals, no prompt without a terminal, and a keyring vault restored on
"another computer" (its keyring entry gone) with its recovery key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dsr_desk.storage import keyring_store
from dsr_desk.storage.vault_header import read_header
from tests.integration.cli_helpers import init_vault, run_cli

TODAY = "2026-03-20"


def _add(data_dir: Path, name: str, passphrase: str | None = "default") -> str:
    args = ["request", "add", "--type", "access", "--received", "2026-03-02", "--name", name]
    if passphrase == "default":
        result = run_cli(data_dir, *args, today=TODAY)
    else:
        result = run_cli(data_dir, *args, today=TODAY, passphrase=passphrase)
    assert result.code == 0, result.err
    return result.out.strip()


def _names(data_dir: Path, passphrase: str | None = "default") -> list[str]:
    if passphrase == "default":
        result = run_cli(data_dir, "request", "list", "--json", today=TODAY)
    else:
        result = run_cli(data_dir, "request", "list", "--json", today=TODAY, passphrase=passphrase)
    assert result.code == 0, result.err
    return sorted(row["requester"] for row in json.loads(result.out))


def test_backup_verify_and_restore_contract(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    recovery_key = init_vault(data_dir, today=TODAY)
    _add(data_dir, "Anne Avant")
    out = tmp_path / "b.dsrbackup"

    made = run_cli(data_dir, "backup", "--out", str(out), "--json", today=TODAY)
    assert made.code == 0, made.err
    info = json.loads(made.out)
    assert set(info) == {
        "path",
        "created_at",
        "vault_id",
        "key_mode",
        "schema_revision",
        "app_version",
        "documents",
        "size",
    }
    assert (info["key_mode"], info["documents"], info["size"]) == (
        "passphrase",
        0,
        out.stat().st_size,
    )
    checked = run_cli(tmp_path / "nowhere", "backup", "--verify", str(out))
    assert checked.code == 0 and "is intact" in checked.out  # no vault needed
    assert run_cli(data_dir, "backup").code == 2  # --out or --verify

    _add(data_dir, "Bruno Après")
    assert _names(data_dir) == ["Anne Avant", "Bruno Après"]
    # no terminal: no prompt; the passphrase (DSR_DESK_PASSPHRASE) of a passphrase vault opens it
    restored = run_cli(data_dir, "restore", str(out), "--json", today=TODAY)
    assert restored.code == 0, restored.err
    outcome = json.loads(restored.out)
    assert outcome["replaced"] is True
    assert outcome["restored"]["vault_id"] == info["vault_id"]
    assert (outcome["documents_purged_again"], outcome["records_anonymised_again"]) == (0, 0)
    assert _names(data_dir) == ["Anne Avant"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    audit = run_cli(data_dir, "audit", "verify", today=TODAY)
    assert audit.code == 0, audit.err

    # the recovery key opens it too, with no passphrase at all
    other = tmp_path / "other"
    by_key = run_cli(
        other, "restore", str(out), passphrase=None, env={"DSR_DESK_RECOVERY_KEY": recovery_key}
    )
    assert by_key.code == 0, by_key.err
    assert "Restored the backup of" in by_key.out
    assert _names(other) == ["Anne Avant"]


def test_a_damaged_backup_or_a_missing_key_exits_2_with_one_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    init_vault(data_dir, today=TODAY)
    _add(data_dir, "Anne Avant")
    out = tmp_path / "b.dsrbackup"
    assert run_cli(data_dir, "backup", "--out", str(out), today=TODAY).code == 0
    cut = tmp_path / "cut.dsrbackup"
    cut.write_bytes(out.read_bytes()[:-300])
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}

    for args, why in (
        (("backup", "--verify", str(cut)), "cannot be restored"),
        (("restore", str(cut)), "Nothing was changed"),
        (("restore", str(tmp_path / "absent.dsrbackup")), "There is no backup file"),
    ):
        result = run_cli(data_dir, *args, today=TODAY)
        assert result.code == 2
        assert why in result.err and len(result.err.strip().splitlines()) == 1, result.err
    without_key = run_cli(tmp_path / "new", "restore", str(out), passphrase=None)
    assert without_key.code == 2
    assert "DSR_DESK_RECOVERY_KEY" in without_key.err
    wrong = run_cli(tmp_path / "new", "restore", str(out), passphrase="not the right words")
    assert wrong.code == 2 and len(wrong.err.strip().splitlines()) == 1
    assert not (tmp_path / "new").exists()
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == before


@pytest.mark.keyring
def test_a_keyring_vault_is_restored_on_another_computer_with_its_recovery_key(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    init = run_cli(data_dir, "init", passphrase=None, today=TODAY)
    assert init.code == 0, init.err
    lines = [line.strip() for line in init.out.splitlines()]
    recovery_key = next(
        line
        for line in lines[lines.index(next(x for x in lines if x.startswith("RECOVERY KEY"))) + 1 :]
        if line
    )
    _add(data_dir, "Kim Keyring", passphrase=None)
    out = tmp_path / "k.dsrbackup"
    made = run_cli(data_dir, "backup", "--out", str(out), "--json", passphrase=None, today=TODAY)
    assert made.code == 0, made.err
    assert json.loads(made.out)["key_mode"] == "keyring"
    header = read_header(data_dir)
    assert header is not None
    keyring_store.delete_key(header.vault_id)  # "another computer": no entry in its keyring

    elsewhere = tmp_path / "elsewhere"
    refused = run_cli(elsewhere, "restore", str(out), passphrase=None)
    assert refused.code == 2 and "recovery key" in refused.err
    restored = run_cli(
        elsewhere,
        "restore",
        str(out),
        passphrase=None,
        env={"DSR_DESK_RECOVERY_KEY": recovery_key},
    )
    assert restored.code == 0, restored.err
    # the key is back in this computer's keyring: daily unlocking needs nothing typed
    assert _names(elsewhere, passphrase=None) == ["Kim Keyring"]
    keyring_store.delete_key(header.vault_id)
