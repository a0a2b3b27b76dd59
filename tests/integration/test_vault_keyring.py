"""Keyring-mode vaults on the real Secret Service (gnome-keyring), recovery, insecure backends."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import InsecureKeyring, VaultLocked
from dsr_desk.storage import keyring_store
from dsr_desk.storage.vault import create_vault, open_vault
from dsr_desk.storage.vault_header import KeyMode, read_header
from tests.integration.cli_helpers import PASSPHRASE, run_cli

pytestmark = pytest.mark.keyring
CLOCK = FixedClock.on(date(2026, 3, 20))
PLAINTEXT = {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}


def _recovery_key_from(init_output: str) -> str:
    lines = [line.strip() for line in init_output.splitlines()]
    return lines[lines.index(next(x for x in lines if x.startswith("RECOVERY KEY"))) + 2]


def test_keyring_vault_round_trip(data_dir: Path) -> None:
    vault, _ = create_vault(data_dir, CLOCK)
    header = vault.header
    vault.close()
    assert header.mode is KeyMode.KEYRING
    assert header.passphrase is None
    stored = keyring_store.load_key(header.vault_id)
    assert stored is not None and len(stored) == 32
    open_vault(data_dir, CLOCK).close()
    keyring_store.delete_key(header.vault_id)


def test_recovery_after_the_keyring_entry_is_lost(data_dir: Path) -> None:
    init = run_cli(data_dir, "init", passphrase=None)
    assert init.code == 0, init.err
    assert "keyring mode" in init.out
    recovery_key = _recovery_key_from(init.out)
    ref = run_cli(
        data_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-02",
        "--name",
        "Paul Recovery",
        passphrase=None,
        today="2026-03-20",
    ).out.strip()
    header = read_header(data_dir)
    assert header is not None

    keyring_store.delete_key(header.vault_id)
    with pytest.raises(VaultLocked, match="recovery key"):
        open_vault(data_dir, CLOCK)
    locked = run_cli(data_dir, "request", "list", passphrase=None)
    assert locked.code == 2 and "dsr-desk recover" in locked.err

    wrong = run_cli(
        data_dir, "recover", passphrase=None, env={"DSR_DESK_RECOVERY_KEY": "ABCD-" * 8 + "ABCD"}
    )
    assert wrong.code == 2

    recovered = run_cli(
        data_dir, "recover", passphrase=None, env={"DSR_DESK_RECOVERY_KEY": recovery_key}
    )
    assert recovered.code == 0, recovered.err
    shown = run_cli(data_dir, "request", "show", ref, "--json", passphrase=None)
    assert json.loads(shown.out)["requester_name"] == "Paul Recovery"
    actions = [e["action"] for e in json.loads(shown.out)["timeline"]]
    assert actions == ["request.registered"]
    assert run_cli(data_dir, "audit", "verify", passphrase=None).code == 0
    keyring_store.delete_key(header.vault_id)


def test_plaintext_keyring_is_refused_without_a_passphrase(data_dir: Path, tmp_path: Path) -> None:
    env = {**PLAINTEXT, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    result = run_cli(data_dir, "init", passphrase=None, env=env)
    assert result.code == 2
    assert "plaintext" in result.err and "DSR_DESK_PASSPHRASE" in result.err
    assert not (data_dir / "vault.json").exists()
    assert not list((tmp_path / "xdg").rglob("*.cfg"))  # nothing written to the plaintext store


def test_plaintext_keyring_falls_back_to_a_passphrase_vault(data_dir: Path, tmp_path: Path) -> None:
    env = {**PLAINTEXT, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    result = run_cli(data_dir, "init", passphrase=PASSPHRASE, env=env)
    assert result.code == 0, result.err
    assert "passphrase mode" in result.out
    assert not list((tmp_path / "xdg").rglob("*.cfg"))
    assert run_cli(data_dir, "request", "list", env=env).code == 0


def test_create_vault_raises_for_an_insecure_backend(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        with pytest.raises(InsecureKeyring, match="plaintext"):
            create_vault(data_dir, CLOCK)
    finally:
        keyring.set_keyring(previous)
    assert os.listdir(data_dir) == []


def test_recovering_into_passphrase_mode_removes_the_keyring_entry(data_dir: Path) -> None:
    init = run_cli(data_dir, "init", passphrase=None)
    assert init.code == 0, init.err
    header = read_header(data_dir)
    assert header is not None
    assert keyring_store.load_key(header.vault_id) is not None
    switched = run_cli(
        data_dir,
        "recover",
        "--new-passphrase",
        passphrase=PASSPHRASE,
        env={"DSR_DESK_RECOVERY_KEY": _recovery_key_from(init.out)},
    )
    assert switched.code == 0, switched.err
    assert keyring_store.load_key(header.vault_id) is None
    assert run_cli(data_dir, "request", "list", passphrase=PASSPHRASE).code == 0
    assert run_cli(data_dir, "request", "list", passphrase=None).code == 2
