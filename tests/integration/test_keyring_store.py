"""The database key in the OS keyring: only a secure backend, never a plaintext fallback.

Tests marked ``keyring`` need the throwaway gnome-keyring of ``tests/with-keyring.sh``;
the refusal tests run everywhere (they install the insecure backend themselves).
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer, fail, null
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from dsr_desk.domain.errors import InsecureKeyring, VaultError, VaultLocked
from dsr_desk.storage import keyring_store
from dsr_desk.storage.key_wrapping import new_database_key
from dsr_desk.storage.keyring_store import (
    KEYRING_SERVICE,
    delete_key,
    keyring_problem,
    load_key,
    secure_backend,
    store_key,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# keyring's backend constructors are untyped; typed aliases keep the tests mypy-clean.
FailKeyring: Callable[[], KeyringBackend] = fail.Keyring
SecretServiceKeyring: Callable[[], KeyringBackend] = SecretService.Keyring
Chainer: Callable[[], KeyringBackend] = chainer.ChainerBackend


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Tests may swap the process-wide keyring; put the previous one back afterwards."""
    previous = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def vault_id() -> Iterator[str]:
    """A vault id unique to this test; its keyring entry is removed afterwards."""
    value = f"test-{uuid.uuid4().hex}"
    yield value
    if secure_backend() is not None:
        delete_key(value)


def raw_entry(vault_id: str) -> str | None:
    backend = secure_backend()
    assert backend is not None
    return backend.get_password(KEYRING_SERVICE, vault_id)


# --- the real Secret Service -----------------------------------------------------------


@pytest.mark.keyring
def test_secure_backend_is_the_secret_service() -> None:
    backend = secure_backend()
    assert isinstance(backend, SecretService.Keyring)
    assert backend.priority >= 1
    assert keyring_problem() is None


@pytest.mark.keyring
def test_secure_backend_is_a_member_not_the_chainer() -> None:
    """The chainer would read through to the plaintext file when the entry is absent."""
    assert isinstance(keyring.get_keyring(), chainer.ChainerBackend)
    assert not isinstance(secure_backend(), chainer.ChainerBackend)


@pytest.mark.keyring
def test_store_load_delete_round_trip(vault_id: str) -> None:
    key = new_database_key()
    store_key(vault_id, key)
    assert load_key(vault_id) == key
    assert raw_entry(vault_id) == base64.b64encode(key).decode("ascii")
    delete_key(vault_id)
    assert load_key(vault_id) is None
    assert raw_entry(vault_id) is None


@pytest.mark.keyring
def test_store_replaces_the_previous_key(vault_id: str) -> None:
    store_key(vault_id, new_database_key())
    replacement = new_database_key()
    store_key(vault_id, replacement)
    assert load_key(vault_id) == replacement


@pytest.mark.keyring
def test_entries_are_per_vault(vault_id: str) -> None:
    other = f"{vault_id}-other"
    first, second = new_database_key(), new_database_key()
    try:
        store_key(vault_id, first)
        store_key(other, second)
        assert load_key(vault_id) == first
        assert load_key(other) == second
    finally:
        delete_key(other)


@pytest.mark.keyring
def test_missing_entry_loads_as_none(vault_id: str) -> None:
    assert load_key(vault_id) is None


@pytest.mark.keyring
def test_deleting_a_missing_entry_is_fine(vault_id: str) -> None:
    delete_key(vault_id)
    delete_key(vault_id)


@pytest.mark.keyring
@pytest.mark.parametrize(
    "stored",
    ["", "not base64!", base64.b64encode(b"\x01" * 16).decode(), "00" * 32, "Zm9v\n" * 9],
)
def test_malformed_entry_keeps_the_vault_locked(vault_id: str, stored: str) -> None:
    backend = secure_backend()
    assert backend is not None
    backend.set_password(KEYRING_SERVICE, vault_id, stored)
    with pytest.raises(VaultLocked, match="damaged") as caught:
        load_key(vault_id)
    if stored:
        assert stored not in str(caught.value)


@pytest.mark.keyring
def test_a_key_in_the_plaintext_fallback_is_never_read(vault_id: str) -> None:
    plaintext = PlaintextKeyring()
    plaintext.set_password(KEYRING_SERVICE, vault_id, base64.b64encode(b"\x02" * 32).decode())
    try:
        assert keyring.get_password(KEYRING_SERVICE, vault_id) is not None  # chainer reads it
        assert load_key(vault_id) is None
    finally:
        plaintext.delete_password(KEYRING_SERVICE, vault_id)


@pytest.mark.keyring
def test_store_refuses_a_wrong_size_key(vault_id: str) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        store_key(vault_id, b"\x00" * 16)
    assert load_key(vault_id) is None


@pytest.mark.keyring
def test_keyring_failures_become_vault_errors_without_the_key(
    vault_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = new_database_key()
    encoded = base64.b64encode(key).decode()

    def explode(self: object, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"D-Bus went away while storing {password}")

    monkeypatch.setattr(SecretService.Keyring, "set_password", explode)
    with pytest.raises(VaultError, match="could not save the vault key") as caught:
        store_key(vault_id, key)
    assert encoded not in str(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None  # the backend's exception is not kept around


# --- insecure backends are refused -----------------------------------------------------


def encrypted_file_keyring() -> KeyringBackend:
    """keyrings.alt's EncryptedKeyring; its __init__ needs pycryptodome, not installed here."""
    backend: KeyringBackend = EncryptedKeyring.__new__(EncryptedKeyring)
    return backend


INSECURE: dict[str, tuple[Callable[[], KeyringBackend], str]] = {
    "plaintext": (PlaintextKeyring, "plaintext"),
    "encrypted file": (encrypted_file_keyring, "keyrings.alt"),
    "fail": (fail.Keyring, "no Secret Service"),
    "null": (null.Keyring, "no Secret Service"),
}


@pytest.mark.usefixtures("restore_keyring")
@pytest.mark.parametrize(("make_backend", "wording"), INSECURE.values(), ids=INSECURE.keys())
def test_insecure_backend_is_refused(
    make_backend: Callable[[], KeyringBackend], wording: str
) -> None:
    backend = make_backend()
    keyring.set_keyring(backend)
    assert secure_backend() is None
    problem = keyring_problem()
    assert problem is not None
    assert wording in problem
    assert problem.endswith("DSR Desk will protect the vault with a passphrase instead.")
    vault_id = f"test-{uuid.uuid4().hex}"
    with pytest.raises(InsecureKeyring):
        store_key(vault_id, new_database_key())
    with pytest.raises(InsecureKeyring):
        load_key(vault_id)
    with pytest.raises(InsecureKeyring):
        delete_key(vault_id)
    file_path = getattr(backend, "file_path", None)
    if file_path is not None and Path(file_path).exists():
        assert vault_id not in Path(file_path).read_text()


@pytest.mark.usefixtures("restore_keyring")
def test_plaintext_keyring_problem_mentions_plaintext() -> None:
    keyring.set_keyring(PlaintextKeyring())
    problem = keyring_problem()
    assert problem is not None
    assert "plaintext" in problem
    assert "/" not in problem  # no file path: the sentence is for the user


@pytest.mark.usefixtures("restore_keyring")
def test_a_chain_of_insecure_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [PlaintextKeyring(), FailKeyring()])
    keyring.set_keyring(Chainer())
    assert secure_backend() is None
    problem = keyring_problem()
    assert problem is not None
    assert "plaintext" in problem


@pytest.mark.keyring
@pytest.mark.usefixtures("restore_keyring")
def test_the_secure_member_of_a_chain_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    members = [PlaintextKeyring(), SecretServiceKeyring(), FailKeyring()]
    monkeypatch.setattr(chainer.ChainerBackend, "backends", members)
    keyring.set_keyring(Chainer())
    assert secure_backend() is members[1]


class _Unusable:
    """Not an insecure class, but its priority lookup fails (e.g. D-Bus unreachable)."""

    @property
    def priority(self) -> float:
        raise RuntimeError("The Secret Service daemon is neither running nor activatable")


class _LowPriority:
    priority = 0.9


@pytest.mark.parametrize("backend", [_Unusable(), _LowPriority()], ids=["raises", "low"])
def test_backends_without_a_usable_priority_are_refused(
    monkeypatch: pytest.MonkeyPatch, backend: object
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    assert secure_backend() is None
    problem = keyring_problem()
    assert problem is not None
    assert "not known to be secure" in problem


def test_a_broken_keyring_configuration_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> KeyringBackend:
        raise RuntimeError("bad keyringrc.cfg")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert secure_backend() is None
    assert keyring_problem() is not None
    with pytest.raises(InsecureKeyring):
        store_key("test-broken", new_database_key())


def test_keyrings_alt_is_recognised_by_module_not_by_name() -> None:
    assert keyring_store._is_known_insecure(PlaintextKeyring())
    assert keyring_store._is_known_insecure(encrypted_file_keyring())
    assert not keyring_store._is_known_insecure(SecretServiceKeyring())


def test_environment_forced_plaintext_backend_is_refused() -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    code = "from dsr_desk.storage.keyring_store import secure_backend; print(secure_backend())"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "None"
