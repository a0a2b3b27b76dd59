"""The vault header ``vault.json``: how to find the database key, with no secret in clear.

It holds only the vault id, key mode, creation time, format version and the *wrapped*
copies of the database key (nonces, ciphertexts, argon2id salt and cost). Losing or
damaging it makes the vault unopenable, so it is written atomically (a crash leaves either
the old or the new header, never a torn one), readable by its owner only, and parsed
strictly: anything unexpected is reported as damage rather than guessed around.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Final

from dsr_desk.domain.errors import VaultError
from dsr_desk.storage.key_wrapping import NONCE_BYTES, WRAPPED_KEY_BYTES, KdfParams, WrappedKey

HEADER_FILE: Final = "vault.json"
FORMAT_VERSION: Final = 1
KDF_ALGORITHM: Final = "argon2id"
MAX_HEADER_BYTES: Final = 64 * 1024  # a real header is < 1 KiB; refuse to slurp anything big

_TOP_KEYS: Final = frozenset(
    {"format_version", "vault_id", "mode", "created_at", "recovery", "passphrase"}
)
_WRAP_KEYS: Final = frozenset({"nonce", "ciphertext"})
_KDF_KEYS: Final = frozenset({"algorithm", "memory_kib", "time_cost", "parallelism", "salt"})


class _HeaderDamage(VaultError):
    """A header that is not what DSR Desk writes; ``detail`` says what is wrong."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"Invalid vault header: {detail}.")
        self.detail = detail


class _NewerFormat(VaultError):
    """A header from a newer DSR Desk: the advice is to update, not to restore a backup."""

    def __init__(self, version: int) -> None:
        super().__init__(
            f"This vault header was written by a newer DSR Desk (format version {version}; "
            f"this one reads version {FORMAT_VERSION}). Update DSR Desk to open this vault."
        )
        self.version = version


class KeyMode(StrEnum):
    """Where the everyday copy of the database key lives."""

    KEYRING = "keyring"
    PASSPHRASE = "passphrase"  # noqa: S105 - a mode name, not a secret


@dataclass(frozen=True)
class VaultHeader:
    """Contents of ``vault.json``; the recovery wrap is always present."""

    vault_id: str
    mode: KeyMode
    created_at: str
    recovery: WrappedKey
    passphrase: WrappedKey | None = None
    format_version: int = FORMAT_VERSION

    def __post_init__(self) -> None:
        """Refuse inconsistent headers: a passphrase slot in keyring mode (or none in
        passphrase mode) would leave the vault unopenable or advertise the wrong unlock."""
        if not isinstance(self.mode, KeyMode):
            raise _HeaderDamage(f"key mode {self.mode!r} is unknown")
        if not self.vault_id.strip():
            raise _HeaderDamage("the vault id is empty")
        if (self.passphrase is not None) != (self.mode is KeyMode.PASSPHRASE):
            raise _HeaderDamage(
                "a passphrase-wrapped key must be present exactly when the mode is passphrase"
            )
        if self.recovery.kdf is not None:
            raise _HeaderDamage("the recovery slot carries passphrase settings")
        if self.passphrase is not None and self.passphrase.kdf is None:
            raise _HeaderDamage("the passphrase slot has no key-derivation settings")
        _check_timestamp(self.created_at)


# --- JSON ------------------------------------------------------------------------------


def header_to_json(header: VaultHeader) -> str:
    """Serialize a header; bytes become standard base64 strings."""
    document: dict[str, object] = {
        "format_version": header.format_version,
        "vault_id": header.vault_id,
        "mode": header.mode.value,
        "created_at": header.created_at,
        "recovery": _wrap_to_dict(header.recovery),
        "passphrase": None if header.passphrase is None else _wrap_to_dict(header.passphrase),
    }
    return json.dumps(document, indent=2) + "\n"


def header_from_json(text: str) -> VaultHeader:
    """Parse a header strictly; any damage or a newer format raises ``VaultError``."""
    document = _as_object(_load_json(text), "the header")
    _check_format_version(document.get("format_version"))
    _check_keys(document, _TOP_KEYS, "the header")
    return VaultHeader(
        vault_id=_get_str(document, "vault_id"),
        mode=_get_mode(document),
        created_at=_get_str(document, "created_at"),
        recovery=_wrap_from_dict(document.get("recovery"), "recovery", with_kdf=False),
        passphrase=_optional_passphrase(document.get("passphrase")),
        format_version=FORMAT_VERSION,
    )


def _wrap_to_dict(wrapped: WrappedKey) -> dict[str, object]:
    result: dict[str, object] = {
        "nonce": _b64(wrapped.nonce),
        "ciphertext": _b64(wrapped.ciphertext),
    }
    if wrapped.kdf is not None:
        result["kdf"] = {
            "algorithm": KDF_ALGORITHM,
            "memory_kib": wrapped.kdf.memory_kib,
            "time_cost": wrapped.kdf.time_cost,
            "parallelism": wrapped.kdf.parallelism,
            "salt": _b64(wrapped.kdf.salt),
        }
    return result


def _load_json(text: str) -> object:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except ValueError as exc:  # JSONDecodeError, duplicate keys
        raise _HeaderDamage(f"it is not valid JSON ({exc})") from None


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A repeated field is ambiguous (which one wins?), so it counts as damage."""
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"field {key!r} appears twice")
        result[key] = value
    return result


def _check_format_version(value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise _HeaderDamage("its format version is missing or invalid")
    if value > FORMAT_VERSION:
        raise _NewerFormat(value)


def _check_keys(document: dict[str, object], allowed: frozenset[str], where: str) -> None:
    """Unknown fields mean the file is not what this version wrote: report, don't ignore."""
    unknown = sorted(set(document) - allowed)
    if unknown:
        raise _HeaderDamage(f"{where} has unexpected fields {', '.join(unknown)}")


def _optional_passphrase(value: object) -> WrappedKey | None:
    return None if value is None else _wrap_from_dict(value, "passphrase", with_kdf=True)


def _wrap_from_dict(value: object, where: str, *, with_kdf: bool) -> WrappedKey:
    document = _as_object(value, f"the {where} slot")
    allowed = (_WRAP_KEYS | {"kdf"}) if with_kdf else _WRAP_KEYS
    _check_keys(document, allowed, f"the {where} slot")
    nonce = _get_bytes(document, "nonce", NONCE_BYTES, NONCE_BYTES)
    ciphertext = _get_bytes(document, "ciphertext", WRAPPED_KEY_BYTES, WRAPPED_KEY_BYTES)
    kdf = _kdf_from_dict(document.get("kdf")) if with_kdf else None
    return WrappedKey(nonce=nonce, ciphertext=ciphertext, kdf=kdf)


def _kdf_from_dict(value: object) -> KdfParams:
    """Read argon2id settings; their safety floor is enforced when unwrapping."""
    document = _as_object(value, "the passphrase settings")
    _check_keys(document, _KDF_KEYS, "the passphrase settings")
    if document.get("algorithm") != KDF_ALGORITHM:
        raise _HeaderDamage("its passphrase settings name an unknown key-derivation algorithm")
    return KdfParams(
        memory_kib=_get_int(document, "memory_kib"),
        time_cost=_get_int(document, "time_cost"),
        parallelism=_get_int(document, "parallelism"),
        salt=_get_bytes(document, "salt", 8, 1024),
    )


def _as_object(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _HeaderDamage(f"{where} is not a JSON object")
    return value


def _get_str(document: dict[str, object], name: str) -> str:
    value = document.get(name)
    if not isinstance(value, str):
        raise _HeaderDamage(f"field {name!r} is missing or not text")
    return value


def _get_int(document: dict[str, object], name: str) -> int:
    value = document.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise _HeaderDamage(f"field {name!r} is missing or not a positive whole number")
    return value


def _get_mode(document: dict[str, object]) -> KeyMode:
    value = _get_str(document, "mode")
    try:
        return KeyMode(value)
    except ValueError:
        raise _HeaderDamage(f"key mode {value!r} is unknown") from None


def _get_bytes(document: dict[str, object], name: str, low: int, high: int) -> bytes:
    value = _get_str(document, name)
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _HeaderDamage(f"field {name!r} is not valid base64") from None
    if not low <= len(raw) <= high:
        raise _HeaderDamage(f"field {name!r} has the wrong length")
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _check_timestamp(value: str) -> None:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise _HeaderDamage("the creation time is not an ISO 8601 timestamp") from None


# --- files -----------------------------------------------------------------------------


def read_header(data_dir: Path) -> VaultHeader | None:
    """The header of the vault in ``data_dir``, or None when there is no header file."""
    path = data_dir / HEADER_FILE
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise VaultError(
            "The vault header {path} cannot be read: {reason}.",
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    return _parse_file(path, raw)


def _parse_file(path: Path, raw: bytes) -> VaultHeader:
    """Parse file content, naming the file in every error so support can find it."""
    try:
        if len(raw) > MAX_HEADER_BYTES:
            raise _HeaderDamage("it is far too large")
        return header_from_json(raw.decode("utf-8"))
    except _NewerFormat as exc:
        raise VaultError(
            "The vault header {path} was written by a newer DSR Desk (format "
            "version {version}; this one reads version {format_version}). Update "
            "DSR Desk to open this vault.",
            path=path,
            version=exc.version,
            format_version=FORMAT_VERSION,
        ) from None
    except UnicodeDecodeError:
        detail = "it is not UTF-8 text"
    except _HeaderDamage as exc:
        detail = exc.detail
    raise VaultError(
        "The vault header {path} is damaged ({detail}). Restore it from a "
        "backup of the data folder: the vault cannot be opened without it.",
        path=path,
        detail=detail,
    )


def write_header(data_dir: Path, header: VaultHeader) -> None:
    """Replace ``data_dir/vault.json`` atomically with owner-only permissions.

    Write a temp file in the same directory, fsync it, ``os.replace`` it over the header
    and fsync the directory: a crash or error at any point leaves the previous header
    intact (and the temp file removed), because a torn header would lock the vault.
    """
    payload = header_to_json(header).encode("utf-8")
    target = data_dir / HEADER_FILE
    try:
        fd, temp_name = tempfile.mkstemp(dir=data_dir, prefix=f".{HEADER_FILE}.", suffix=".tmp")
    except OSError as exc:
        raise _write_error(target, exc) from exc
    temp = Path(temp_name)
    try:
        _write_synced(fd, payload)
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise _write_error(target, exc) from exc
    except BaseException:
        _discard(temp)
        raise
    _fsync_directory(data_dir, target)


def _write_synced(fd: int, payload: bytes) -> None:
    """Owner-only mode (the header is not secret, but nobody else needs it), data on disk."""
    with open(fd, "wb", closefd=True) as handle:
        if hasattr(os, "fchmod"):
            os.fchmod(handle.fileno(), 0o600)
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_directory(directory: Path, target: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open directories for this."""
    if os.name == "nt":
        return
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        raise VaultError(
            "The vault header {target} was written but could not be flushed to disk: {reason}.",
            target=target,
            reason=exc.strerror or exc,
        ) from exc


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()


def _write_error(target: Path, exc: OSError) -> VaultError:
    return VaultError(
        "The vault header {target} could not be written ({reason}); the "
        "previous header, if any, is unchanged.",
        target=target,
        reason=exc.strerror or exc,
    )
