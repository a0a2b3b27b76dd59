"""The vault header: strict JSON, no secret in clear, atomic owner-only writes."""

from __future__ import annotations

import base64
import errno
import json
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dsr_desk.domain.errors import VaultError
from dsr_desk.storage.key_wrapping import (
    KdfParams,
    WrappedKey,
    new_database_key,
    new_recovery_key,
    parse_recovery_key,
    wrap_with_recovery_key,
)
from dsr_desk.storage.vault_header import (
    FORMAT_VERSION,
    HEADER_FILE,
    KeyMode,
    VaultHeader,
    header_from_json,
    header_to_json,
    read_header,
    write_header,
)

CREATED_AT = "2026-01-15T09:00:00+00:00"


def fake_wrap(kdf: KdfParams | None = None) -> WrappedKey:
    """Shape-correct random bytes: the header does not care what the ciphertext opens to."""
    return WrappedKey(nonce=os.urandom(12), ciphertext=os.urandom(48), kdf=kdf)


def keyring_header(vault_id: str = "vault-1") -> VaultHeader:
    return VaultHeader(
        vault_id=vault_id, mode=KeyMode.KEYRING, created_at=CREATED_AT, recovery=fake_wrap()
    )


def passphrase_header() -> VaultHeader:
    return VaultHeader(
        vault_id="vault-2",
        mode=KeyMode.PASSPHRASE,
        created_at=CREATED_AT,
        recovery=fake_wrap(),
        passphrase=fake_wrap(KdfParams()),
    )


def header_path(data_dir: Path) -> Path:
    return data_dir / HEADER_FILE


def leftovers(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if p.name != HEADER_FILE)


# --- round trips -----------------------------------------------------------------------


@pytest.mark.parametrize("make", [keyring_header, passphrase_header])
def test_header_file_round_trip(data_dir: Path, make: Callable[[], VaultHeader]) -> None:
    header = make()
    write_header(data_dir, header)
    assert read_header(data_dir) == header
    assert leftovers(data_dir) == []


def test_json_shape_uses_base64_and_names_the_kdf() -> None:
    header = passphrase_header()
    document = json.loads(header_to_json(header))
    assert document["format_version"] == FORMAT_VERSION == 1
    assert document["mode"] == "passphrase"
    assert base64.b64decode(document["recovery"]["nonce"]) == header.recovery.nonce
    assert "kdf" not in document["recovery"]
    kdf = document["passphrase"]["kdf"]
    assert kdf["algorithm"] == "argon2id"
    assert (kdf["memory_kib"], kdf["time_cost"], kdf["parallelism"]) == (65536, 3, 4)
    assert header_from_json(header_to_json(header)) == header


def test_keyring_header_has_a_null_passphrase_slot() -> None:
    document = json.loads(header_to_json(keyring_header()))
    assert document["passphrase"] is None
    assert document["mode"] == "keyring"


def test_header_file_holds_no_secret_in_clear(data_dir: Path) -> None:
    db_key, recovery_key = new_database_key(), new_recovery_key()
    header = VaultHeader(
        vault_id="vault-3",
        mode=KeyMode.KEYRING,
        created_at=CREATED_AT,
        recovery=wrap_with_recovery_key(db_key, recovery_key, "vault-3"),
    )
    write_header(data_dir, header)
    raw = header_path(data_dir).read_bytes()
    text = raw.decode().upper()
    for secret in (db_key, parse_recovery_key(recovery_key)):
        assert secret not in raw
        assert secret.hex().upper() not in text
        assert base64.b64encode(secret).decode().upper() not in text
    assert recovery_key.replace("-", "") not in text.replace("-", "")


def test_missing_header_reads_as_none(data_dir: Path) -> None:
    assert read_header(data_dir) is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_header_is_owner_only(data_dir: Path) -> None:
    old = os.umask(0)  # even with a permissive umask
    try:
        write_header(data_dir, keyring_header())
    finally:
        os.umask(old)
    assert stat.S_IMODE(header_path(data_dir).stat().st_mode) == 0o600


def test_rewrite_replaces_the_header(data_dir: Path) -> None:
    write_header(data_dir, keyring_header())
    replacement = passphrase_header()
    write_header(data_dir, replacement)
    assert read_header(data_dir) == replacement
    assert leftovers(data_dir) == []


# --- invariants ------------------------------------------------------------------------


def test_passphrase_mode_requires_a_passphrase_slot() -> None:
    with pytest.raises(VaultError, match="passphrase"):
        VaultHeader(
            vault_id="v", mode=KeyMode.PASSPHRASE, created_at=CREATED_AT, recovery=fake_wrap()
        )


def test_keyring_mode_forbids_a_passphrase_slot() -> None:
    with pytest.raises(VaultError, match="passphrase"):
        VaultHeader(
            vault_id="v",
            mode=KeyMode.KEYRING,
            created_at=CREATED_AT,
            recovery=fake_wrap(),
            passphrase=fake_wrap(KdfParams()),
        )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"vault_id": " "},
        {"created_at": "yesterday"},
        {"recovery": fake_wrap(KdfParams())},
    ],
)
def test_other_header_invariants(kwargs: dict[str, object]) -> None:
    fields: dict[str, object] = {
        "vault_id": "v",
        "mode": KeyMode.KEYRING,
        "created_at": CREATED_AT,
        "recovery": fake_wrap(),
    }
    with pytest.raises(VaultError):
        VaultHeader(**{**fields, **kwargs})  # type: ignore[arg-type]


# --- damaged and foreign files ---------------------------------------------------------


def valid_document() -> dict[str, object]:
    document: dict[str, object] = json.loads(header_to_json(passphrase_header()))
    return document


def mutate(change: Callable[[dict[str, object]], object]) -> bytes:
    document = valid_document()
    change(document)
    return json.dumps(document).encode()


def passphrase_kdf(document: dict[str, object]) -> dict[str, object]:
    slot = document["passphrase"]
    assert isinstance(slot, dict)
    kdf: dict[str, object] = slot["kdf"]
    return kdf


def recovery_slot(document: dict[str, object]) -> dict[str, object]:
    slot = document["recovery"]
    assert isinstance(slot, dict)
    return slot


DAMAGED = {
    "empty": b"",
    "truncated": header_to_json(keyring_header()).encode()[:40],
    "not json": b"vault, please open",
    "not utf-8": b"\xff\xfe{}",
    "a list": b"[]",
    "null": b"null",
    "huge": b" " * (65 * 1024) + b"{}",
    "duplicate field": header_to_json(keyring_header())
    .replace('"mode": "keyring"', '"mode": "keyring", "mode": "passphrase"')
    .encode(),
    "no format version": mutate(lambda d: d.pop("format_version")),
    "format version as text": mutate(lambda d: d.update(format_version="1")),
    "format version zero": mutate(lambda d: d.update(format_version=0)),
    "format version true": mutate(lambda d: d.update(format_version=True)),
    "no vault id": mutate(lambda d: d.pop("vault_id")),
    "numeric vault id": mutate(lambda d: d.update(vault_id=7)),
    "unknown mode": mutate(lambda d: d.update(mode="plaintext")),
    "bad timestamp": mutate(lambda d: d.update(created_at="soon")),
    "unknown field": mutate(lambda d: d.update(db_key="00" * 32)),
    "no recovery slot": mutate(lambda d: d.pop("recovery")),
    "bad base64": mutate(lambda d: recovery_slot(d).update(nonce="***")),
    "short nonce": mutate(lambda d: recovery_slot(d).update(nonce="AAAA")),
    "short ciphertext": mutate(lambda d: recovery_slot(d).update(ciphertext="AAAA")),
    "kdf in recovery slot": mutate(lambda d: recovery_slot(d).update(kdf={})),
    "passphrase mode without slot": mutate(lambda d: d.update(passphrase=None)),
    "keyring mode with passphrase slot": mutate(lambda d: d.update(mode="keyring")),
    "unknown kdf": mutate(lambda d: passphrase_kdf(d).update(algorithm="scrypt")),
    "kdf cost as text": mutate(lambda d: passphrase_kdf(d).update(time_cost="3")),
    "kdf cost negative": mutate(lambda d: passphrase_kdf(d).update(memory_kib=-1)),
    "no salt": mutate(lambda d: passphrase_kdf(d).pop("salt")),
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_damaged_header_is_reported_naming_the_file(data_dir: Path, content: bytes) -> None:
    header_path(data_dir).write_bytes(content)
    with pytest.raises(VaultError) as caught:
        read_header(data_dir)
    message = str(caught.value)
    assert str(header_path(data_dir)) in message
    assert "damaged" in message
    assert caught.value.__cause__ is None  # one clear message, no parser traceback


@pytest.mark.parametrize("version", [FORMAT_VERSION + 1, 99])
def test_newer_format_asks_for_a_newer_dsr_desk(data_dir: Path, version: int) -> None:
    header_path(data_dir).write_bytes(mutate(lambda d: d.update(format_version=version)))
    with pytest.raises(VaultError, match="written by a newer DSR Desk") as caught:
        read_header(data_dir)
    assert str(header_path(data_dir)) in str(caught.value)
    assert "damaged" not in str(caught.value)


def test_newer_format_wins_over_unknown_fields(data_dir: Path) -> None:
    """A newer header may well have fields we do not know: say "update", not "damaged"."""
    content = mutate(lambda d: d.update(format_version=FORMAT_VERSION + 1, shiny_new_field=1))
    header_path(data_dir).write_bytes(content)
    with pytest.raises(VaultError, match="newer DSR Desk"):
        read_header(data_dir)


def test_unreadable_header_is_a_vault_error(data_dir: Path) -> None:
    header_path(data_dir).mkdir()  # a directory where the file should be
    with pytest.raises(VaultError, match=HEADER_FILE):
        read_header(data_dir)


# --- atomic writes ---------------------------------------------------------------------


def fail_with(error: BaseException) -> Callable[..., None]:
    def fail(*_: object, **__: object) -> None:
        raise error

    return fail


@pytest.mark.parametrize("step", ["replace", "fsync"])
def test_failed_write_keeps_the_old_header_and_no_temp_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    old = keyring_header()
    write_header(data_dir, old)
    before = header_path(data_dir).read_bytes()
    error = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, step, fail_with(error))
    with pytest.raises(VaultError, match=r"could not be written \(No space left on device\)"):
        write_header(data_dir, passphrase_header())
    monkeypatch.undo()
    assert header_path(data_dir).read_bytes() == before
    assert read_header(data_dir) == old
    assert leftovers(data_dir) == []


def test_interrupted_write_removes_the_temp_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "replace", fail_with(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_header(data_dir, keyring_header())
    monkeypatch.undo()
    assert list(data_dir.iterdir()) == []


def test_first_write_failure_leaves_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "replace", fail_with(OSError(errno.EIO, "I/O error")))
    with pytest.raises(VaultError):
        write_header(data_dir, keyring_header())
    monkeypatch.undo()
    assert list(data_dir.iterdir()) == []
    assert read_header(data_dir) is None


def test_writing_into_a_missing_folder_is_a_vault_error(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="could not be written"):
        write_header(tmp_path / "nowhere", keyring_header())
