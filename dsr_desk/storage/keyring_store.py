"""The vault's database key in the OS keyring, and only in a keyring we trust.

``keyring`` silently falls back to whatever backend it finds: with ``keyrings.alt``
installed that is a *plaintext file*, which would leave the database key next to the
encrypted database. So every operation goes through ``secure_backend()``, which accepts
only real OS keyrings (Secret Service, KWallet, macOS Keychain, Windows Credential
Manager...) and talks to that backend directly, never through the chainer, whose reads
fall through to every other backend.

The key is stored as base64 text under service ``KEYRING_SERVICE``, username = vault id.
Errors never include the key or the stored value.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, TypeVar

if TYPE_CHECKING:  # keyring is imported when first used: passphrase vaults never pay for it
    from keyring.backend import KeyringBackend

from dsr_desk.domain.errors import InsecureKeyring, VaultError, VaultLocked
from dsr_desk.messages import N_, Text, _
from dsr_desk.storage.key_wrapping import DB_KEY_BYTES

KEYRING_SERVICE: Final = "DSR Desk vault"
MIN_PRIORITY: Final = 1.0
_INSECURE_PACKAGE: Final = "keyrings.alt"
_DELETE_ATTEMPTS: Final = 5

_T = TypeVar("_T")


# --- choosing a backend ----------------------------------------------------------------


def secure_backend() -> KeyringBackend | None:
    """The keyring backend DSR Desk may keep the database key in, or None.

    Honours the user's keyring configuration (``keyring.get_keyring()``): when that is the
    chainer, its members are considered in priority order. A backend qualifies only if it
    is not known to be insecure and reports a priority of at least 1 (keyring's own
    threshold for "recommended"); a priority that cannot be computed means "unusable".
    """
    for candidate in _candidates():
        if _is_secure(candidate):
            return candidate
    return None


def keyring_problem() -> str | None:
    """None when a secure keyring is usable, else one sentence for the user."""
    if secure_backend() is not None:
        return None
    return _(
        "No secure keyring is available ({why}); "
        "DSR Desk will protect the vault with a passphrase instead."
    ).format(why=_why_insecure())


def _candidates() -> list[KeyringBackend]:
    """The configured backend, or the chainer's members (highest priority first)."""
    try:
        import keyring
        from keyring.backends import chainer

        configured = keyring.get_keyring()
        if isinstance(configured, chainer.ChainerBackend):
            return list(configured.backends)
    except Exception:  # a broken keyring configuration or plugin: nothing is usable
        return []
    return [configured]


def _is_secure(backend: KeyringBackend) -> bool:
    if _is_known_insecure(backend):
        return False
    priority = _priority(backend)
    return priority is not None and priority >= MIN_PRIORITY


def _is_known_insecure(backend: KeyringBackend) -> bool:
    """Refuse backends that fail, forget, or keep secrets in files (all of keyrings.alt)."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring | chainer.ChainerBackend):
        return True
    return _is_keyrings_alt(backend)


def _is_keyrings_alt(backend: KeyringBackend) -> bool:
    """Matched by module (subclasses included), so renamed or new file backends are caught."""
    return any(_from_insecure_package(cls) for cls in type(backend).__mro__)


def _from_insecure_package(cls: type) -> bool:
    module = getattr(cls, "__module__", "") or ""
    return module == _INSECURE_PACKAGE or module.startswith(_INSECURE_PACKAGE + ".")


def _priority(backend: KeyringBackend) -> float | None:
    """The backend's priority; lookups probe D-Bus etc. and may raise, meaning unusable."""
    try:
        value: object = backend.priority
    except Exception:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if math.isnan(value) else float(value)


def _why_insecure() -> str:
    """Name the reason without the backend's repr (which may contain file paths)."""
    from keyring.backends import fail, null

    candidates = _candidates()
    if any("plaintext" in type(c).__name__.lower() for c in candidates):
        return _("only a plaintext file keyring was found")
    if any(_is_keyrings_alt(c) for c in candidates):
        return _("only a file-based keyring from keyrings.alt was found")
    if not candidates or all(isinstance(c, fail.Keyring | null.Keyring) for c in candidates):
        return _(
            "no Secret Service, KWallet, macOS Keychain or Windows Credential Manager was found"
        )
    names = ", ".join(sorted({f"{type(c).__module__}.{type(c).__qualname__}" for c in candidates}))
    return _("the keyring found ({names}) is not known to be secure or is not working").format(
        names=names
    )


def _require_backend(consequence: str) -> KeyringBackend:
    backend = secure_backend()
    if backend is None:
        raise InsecureKeyring(
            "No secure keyring is available ({why}): {consequence}",
            why=_why_insecure(),
            consequence=Text(consequence),
        )
    return backend


# --- the key entry ---------------------------------------------------------------------


def store_key(vault_id: str, key: bytes) -> None:
    """Keep the database key in the secure keyring, then read it back to be sure.

    The read-back catches backends that accept a write but do not keep it; finding out at
    the next start would leave only the recovery key.
    """
    _check_vault_id(vault_id)
    if len(key) != DB_KEY_BYTES:
        raise ValueError(f"A database key is exactly {DB_KEY_BYTES} bytes.")
    backend = _require_backend(N_("the vault key cannot be stored in the keyring."))
    encoded = base64.b64encode(key).decode("ascii")
    _guarded(
        N_("save the vault key"), lambda: backend.set_password(KEYRING_SERVICE, vault_id, encoded)
    )
    stored = _guarded(N_("read the vault key back"), lambda: _get(backend, vault_id))
    import hmac  # here only: importing it at start-up would load OpenSSL through hashlib

    if stored is None or not hmac.compare_digest(stored.encode(), encoded.encode()):
        raise VaultError("The system keyring did not keep the vault key: it was not saved.")


def load_key(vault_id: str) -> bytes | None:
    """The database key from the secure keyring; None if there is no entry for this vault.

    Raises ``InsecureKeyring`` when no secure keyring is reachable (so the caller can say
    "use the recovery key" rather than "the entry was deleted") and ``VaultLocked`` when the
    stored value is not a valid key.
    """
    _check_vault_id(vault_id)
    backend = _require_backend(N_("unlock the vault with its recovery key instead."))
    stored = _guarded(N_("read the vault key"), lambda: _get(backend, vault_id))
    return None if stored is None else _decode(stored)


def delete_key(vault_id: str) -> None:
    """Remove every keyring entry for this vault; an absent entry is not an error.

    Deletion is verified: a key believed gone but still in the keyring would outlive the
    vault it opens.
    """
    _check_vault_id(vault_id)
    backend = _require_backend(N_("the vault key entry cannot be removed."))
    for _attempt in range(_DELETE_ATTEMPTS):
        if _guarded(N_("look up the vault key"), lambda: _get(backend, vault_id)) is None:
            return
        _guarded(N_("remove the vault key"), lambda: _delete_if_present(backend, vault_id))
    raise VaultError("The system keyring still holds the vault key after trying to remove it.")


def _get(backend: KeyringBackend, vault_id: str) -> str | None:
    return backend.get_password(KEYRING_SERVICE, vault_id)


def _delete_if_present(backend: KeyringBackend, vault_id: str) -> None:
    """Backends raise PasswordDeleteError for a missing entry; the caller re-checks."""
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        backend.delete_password(KEYRING_SERVICE, vault_id)


def _decode(stored: str) -> bytes:
    """Strictly decode the stored value; anything else is a damaged (or foreign) entry."""
    try:
        key = base64.b64decode(stored.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        key = b""
    if len(key) != DB_KEY_BYTES:
        raise VaultLocked(
            "The vault key stored in the system keyring is damaged: "
            "unlock the vault with its recovery key."
        )
    return key


def _guarded(action: str, call: Callable[[], _T]) -> _T:
    """Run a keyring call; turn any failure into a ``VaultError`` that names only the action.

    The original exception is dropped on purpose (not chained): backend exceptions can
    carry the secret (e.g. a ``UnicodeDecodeError`` holds the raw bytes), and chained
    exceptions end up in logs and crash reports.
    """
    try:
        return call()
    except Exception as exc:
        kind = type(exc).__name__
    raise VaultError(
        "The system keyring could not {action} ({kind}). Check that the "
        "keyring is unlocked, then try again.",
        action=Text(action),
        kind=kind,
    )


def _check_vault_id(vault_id: str) -> None:
    if not vault_id or not vault_id.strip():
        raise ValueError("A vault id is required for the keyring entry.")
