"""Wrapping of the vault's database key with a passphrase or a printable recovery key.

The SQLCipher database is opened with a random 256-bit raw key. That key never lands on
disk in clear: the vault header only holds copies of it encrypted ("wrapped") with
AES-256-GCM under key-encryption keys (KEKs) derived from

* a passphrase, through argon2id (memory-hard, so offline guessing is expensive), and
* a recovery key of 160 random bits, through HKDF-SHA256 (a high-entropy secret needs no
  slow KDF).

The GCM associated data binds every wrapped copy to its vault id and purpose, so a wrapped
key copied from another vault, or from the other slot of the same vault, never unwraps.
No function here logs anything or puts secret material in an exception message.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from typing import Final

from dsr_desk.domain.errors import ValidationError, VaultError, VaultLocked
from dsr_desk.domain.passphrase_policy import passphrase_problem
from dsr_desk.messages import N_

# cryptography (and argon2) are imported by the functions that use them: a keyring-mode start,
# which has the raw key already, needs neither. Nor does it load OpenSSL through hashlib, hmac
# or secrets (a few milliseconds): random bytes come from os.urandom, the CSPRNG secrets uses.

DB_KEY_BYTES: Final = 32
NONCE_BYTES: Final = 12
TAG_BYTES: Final = 16
WRAPPED_KEY_BYTES: Final = DB_KEY_BYTES + TAG_BYTES

# argon2id floor (downgrade protection) and ceiling (a tampered header must not make us
# allocate gigabytes or spin for minutes before the passphrase is even checked).
MIN_MEMORY_KIB: Final = 65536
MAX_MEMORY_KIB: Final = 1024 * 1024
MIN_TIME_COST: Final = 3
MAX_TIME_COST: Final = 20
MAX_PARALLELISM: Final = 16
SALT_BYTES: Final = 16
MAX_SALT_BYTES: Final = 64


RECOVERY_KEY_BYTES: Final = 20  # 160 random bits = 32 Crockford base32 characters
RECOVERY_GROUP_CHARS: Final = 4

PURPOSE_PASSPHRASE: Final = "passphrase"  # noqa: S105 - a slot label, not a secret
PURPOSE_RECOVERY: Final = "recovery"

WRONG_PASSPHRASE: Final = N_("Wrong passphrase: the vault stays locked.")
WRONG_RECOVERY_KEY: Final = N_("That recovery key does not open this vault.")
NOT_A_RECOVERY_KEY: Final = N_(
    "This is not a DSR Desk recovery key: check each group of four characters."
)

_AAD_PREFIX: Final = b"DSR Desk key wrap v1\x00"
_RECOVERY_HKDF_INFO: Final = b"DSR Desk recovery KEK v1\x00"
_RECOVERY_CHECK_TAG: Final = b"DSR Desk recovery check v1\x00"

_CROCKFORD: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_VALUE: Final = {char: value for value, char in enumerate(_CROCKFORD)}
_CROCKFORD_ALIASES: Final = str.maketrans({"O": "0", "I": "1", "L": "1"})
_RECOVERY_DATA_CHARS: Final = RECOVERY_KEY_BYTES * 8 // 5
_RECOVERY_TOTAL_CHARS: Final = _RECOVERY_DATA_CHARS + RECOVERY_GROUP_CHARS
# Hyphen look-alikes that word processors substitute for "-" when a key is pasted around.
_SEPARATORS: Final = frozenset("-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def _random_salt() -> bytes:
    return os.urandom(SALT_BYTES)


@dataclass(frozen=True)
class KdfParams:
    """argon2id settings stored (in clear, they are not secret) beside a passphrase wrap."""

    memory_kib: int = MIN_MEMORY_KIB
    time_cost: int = MIN_TIME_COST
    parallelism: int = 4
    salt: bytes = field(default_factory=_random_salt)


@dataclass(frozen=True)
class WrappedKey:
    """A database key encrypted with AES-256-GCM; ``kdf`` is set for passphrase wraps only."""

    nonce: bytes
    ciphertext: bytes
    kdf: KdfParams | None = None


def new_database_key() -> bytes:
    """A fresh random 256-bit SQLCipher raw key from the OS CSPRNG."""
    return os.urandom(DB_KEY_BYTES)


# --- passphrase ------------------------------------------------------------------------


def wrap_with_passphrase(
    key: bytes, passphrase: str, vault_id: str, params: KdfParams | None = None
) -> WrappedKey:
    """Encrypt ``key`` under an argon2id KEK of ``passphrase``, bound to ``vault_id``.

    Weak passphrases are refused here (the only place we see one being chosen); the KDF
    settings must pass the same floor that unwrapping enforces, so we never write a header
    that we would later refuse to open.
    """
    _check_database_key(key)
    check_new_passphrase(passphrase)
    kdf = params if params is not None else KdfParams()
    _check_kdf_params(kdf)
    kek = _passphrase_kek(passphrase, kdf)
    return _seal(kek, key, _aad(vault_id, PURPOSE_PASSPHRASE), kdf)


def unwrap_with_passphrase(wrapped: WrappedKey, passphrase: str, vault_id: str) -> bytes:
    """Recover the database key, or raise ``VaultLocked`` for a wrong passphrase.

    The KDF settings come from the (attacker-writable) header, so they are checked against
    the floor *before* deriving: otherwise lowering them would make guessing cheap.
    """
    if wrapped.kdf is None:
        raise VaultError("The vault header has no passphrase settings: it is damaged.")
    _check_kdf_params(wrapped.kdf)
    _check_wrapped_shape(wrapped)
    kek = _passphrase_kek(passphrase, wrapped.kdf)
    return _open(kek, wrapped, _aad(vault_id, PURPOSE_PASSPHRASE), WRONG_PASSPHRASE)


def check_new_passphrase(passphrase: str) -> None:
    """Refuse empty, short or easily guessed passphrases (``domain.passphrase_policy``), with a
    message the user can act on."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise ValidationError(problem)


def _normalize_passphrase(passphrase: str) -> str:
    """NFC, so the same passphrase typed on macOS (NFD input) and Windows gives one key."""
    return unicodedata.normalize("NFC", passphrase)


def _passphrase_kek(passphrase: str, kdf: KdfParams) -> bytes:
    """argon2id: memory-hard, so an attacker holding the header pays per guess."""
    from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw  # passphrase mode only

    return hash_secret_raw(
        secret=_normalize_passphrase(passphrase).encode("utf-8"),
        salt=kdf.salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=DB_KEY_BYTES,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


def _check_kdf_params(kdf: KdfParams) -> None:
    """Downgrade (and resource-exhaustion) protection for header-supplied KDF settings."""
    if not _int_in(kdf.memory_kib, MIN_MEMORY_KIB, MAX_MEMORY_KIB):
        raise VaultError(
            "The vault header asks for an unsafe passphrase memory cost; "
            "it may have been tampered with."
        )
    if not _int_in(kdf.time_cost, MIN_TIME_COST, MAX_TIME_COST):
        raise VaultError(
            "The vault header asks for an unsafe passphrase time cost; "
            "it may have been tampered with."
        )
    if not _int_in(kdf.parallelism, 1, MAX_PARALLELISM) or kdf.memory_kib < 8 * kdf.parallelism:
        raise VaultError("The vault header has invalid passphrase settings: it is damaged.")
    if not isinstance(kdf.salt, bytes) or not SALT_BYTES <= len(kdf.salt) <= MAX_SALT_BYTES:
        raise VaultError("The vault header has an invalid passphrase salt: it is damaged.")


def _int_in(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


# --- recovery key ----------------------------------------------------------------------


def new_recovery_key() -> str:
    """A fresh printable recovery key: 160 random bits plus a check group."""
    return format_recovery_key(os.urandom(RECOVERY_KEY_BYTES))


def format_recovery_key(raw: bytes) -> str:
    """Print 20 raw bytes as ``XXXX-XXXX-…-XXXX-CCCC`` (Crockford base32, check group last).

    Crockford base32 has no I, L, O or U, so the printed key cannot be misread; the check
    group lets typos be reported as typos instead of as a wrong key.
    """
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValueError(f"A recovery key holds exactly {RECOVERY_KEY_BYTES} bytes.")
    data = _crockford_encode(raw)
    chars = data + _check_group(data, raw)
    step = RECOVERY_GROUP_CHARS
    return "-".join(chars[i : i + step] for i in range(0, len(chars), step))


def parse_recovery_key(text: str) -> bytes:
    """Read a typed recovery key back to its 20 raw bytes, or raise ``ValidationError``.

    Tolerates what people do when typing: lower case, spaces or missing dashes, and the
    Crockford look-alikes (O for 0, I and L for 1). Every single-character substitution
    and every swap of two neighbouring characters is caught by the check group, before
    any cryptography runs.
    """
    chars = _normalize_recovery_text(text)
    if len(chars) != _RECOVERY_TOTAL_CHARS or any(c not in _CROCKFORD_VALUE for c in chars):
        raise ValidationError(NOT_A_RECOVERY_KEY)
    data, check = chars[:_RECOVERY_DATA_CHARS], chars[_RECOVERY_DATA_CHARS:]
    raw = _crockford_decode(data)
    # A plain comparison: the check group is computed from what was typed, not a secret.
    if check != _check_group(data, raw):
        raise ValidationError(NOT_A_RECOVERY_KEY)
    return raw


def wrap_with_recovery_key(key: bytes, recovery_key: str, vault_id: str) -> WrappedKey:
    """Encrypt ``key`` under an HKDF-SHA256 KEK of the recovery key, bound to ``vault_id``."""
    _check_database_key(key)
    kek = _recovery_kek(parse_recovery_key(recovery_key), vault_id)
    return _seal(kek, key, _aad(vault_id, PURPOSE_RECOVERY), None)


def unwrap_with_recovery_key(wrapped: WrappedKey, recovery_key: str, vault_id: str) -> bytes:
    """Recover the database key; a mistyped key raises ``ValidationError``, a wrong one
    ``VaultLocked``."""
    if wrapped.kdf is not None:
        raise VaultError("The vault header's recovery slot is damaged.")
    _check_wrapped_shape(wrapped)
    kek = _recovery_kek(parse_recovery_key(recovery_key), vault_id)
    return _open(kek, wrapped, _aad(vault_id, PURPOSE_RECOVERY), WRONG_RECOVERY_KEY)


def derive_subkey(key: bytes, info: bytes) -> bytes:
    """A 256-bit key derived from ``key`` (HKDF-SHA256, no salt) under the label ``info``: each
    use has its own label, so the keys derived from one secret are independent. HKDF suffices
    for uniformly random secrets (database key, recovery key), never for a passphrase."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=DB_KEY_BYTES, salt=None, info=info).derive(key)


def _recovery_kek(raw: bytes, vault_id: str) -> bytes:
    """HKDF suffices: the recovery key is 160 uniformly random bits, not a guessable secret."""
    return derive_subkey(raw, _RECOVERY_HKDF_INFO + vault_id.encode("utf-8"))


def _normalize_recovery_text(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).upper()
    kept = "".join(c for c in folded if not (c.isspace() or c in _SEPARATORS))
    return kept.translate(_CROCKFORD_ALIASES)


def _crockford_encode(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    count = len(raw) * 8 // 5
    return "".join(_CROCKFORD[(number >> (5 * (count - 1 - i))) & 31] for i in range(count))


def _crockford_decode(chars: str) -> bytes:
    number = 0
    for char in chars:
        number = (number << 5) | _CROCKFORD_VALUE[char]
    return number.to_bytes(len(chars) * 5 // 8, "big")


def _check_group(data: str, raw: bytes) -> str:
    """One GF(32) weighted-sum symbol plus three symbols of a SHA-256 digest.

    The weighted sum *guarantees* that any single substitution or neighbour swap changes
    the check; the digest catches other mistakes with probability 1 - 2**-15.
    """
    from cryptography.hazmat.primitives import hashes

    sha256 = hashes.Hash(hashes.SHA256())
    sha256.update(_RECOVERY_CHECK_TAG + raw)
    digest = sha256.finalize()
    extra = int.from_bytes(digest[:2], "big") >> 1  # 15 bits = 3 symbols
    tail = "".join(_CROCKFORD[(extra >> shift) & 31] for shift in (10, 5, 0))
    return _CROCKFORD[_gf32_weighted_sum(data)] + tail


def _gf32_exp_table() -> tuple[int, ...]:
    """Powers of the primitive element x in GF(2**5) modulo x**5 + x**2 + 1."""
    powers, value = [], 1
    for _ in range(31):
        powers.append(value)
        value <<= 1
        if value & 0b100000:
            value ^= 0b100101
    return tuple(powers)


_GF32_EXP: Final = _gf32_exp_table()
_GF32_LOG: Final = {value: power for power, value in enumerate(_GF32_EXP)}


def _gf32_weighted_sum(data: str) -> int:
    """XOR-sum of symbol_i * x**i in GF(32); distinct neighbouring weights catch swaps."""
    total = 0
    for index, char in enumerate(data):
        symbol = _CROCKFORD_VALUE[char]
        if symbol:
            total ^= _GF32_EXP[(_GF32_LOG[symbol] + index) % 31]
    return total


# --- AES-256-GCM -----------------------------------------------------------------------


def _aad(vault_id: str, purpose: str) -> bytes:
    """Associated data binding a wrap to one vault and one slot (passphrase or recovery)."""
    if not vault_id:
        raise ValueError("A vault id is required to wrap or unwrap a key.")
    return _AAD_PREFIX + purpose.encode("ascii") + b"\x00" + vault_id.encode("utf-8")


def _seal(kek: bytes, key: bytes, aad: bytes, kdf: KdfParams | None) -> WrappedKey:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return WrappedKey(nonce=nonce, ciphertext=AESGCM(kek).encrypt(nonce, key, aad), kdf=kdf)


def _open(kek: bytes, wrapped: WrappedKey, aad: bytes, locked_message: str) -> bytes:
    """Authenticated decryption: any wrong secret or tampered byte raises ``VaultLocked``."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        raise VaultLocked(locked_message) from None
    if len(key) != DB_KEY_BYTES:
        raise VaultError("The vault header holds a key of the wrong size: it is damaged.")
    return key


def _check_wrapped_shape(wrapped: WrappedKey) -> None:
    if len(wrapped.nonce) != NONCE_BYTES or len(wrapped.ciphertext) != WRAPPED_KEY_BYTES:
        raise VaultError("The vault header holds a wrapped key of the wrong size: it is damaged.")


def _check_database_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != DB_KEY_BYTES:
        raise ValueError(f"A database key is exactly {DB_KEY_BYTES} bytes.")
