"""Team mode's keys: one random 256-bit team key encrypts the personal fields on the team's
PostgreSQL server (``storage.team_crypto``); nothing stored on the server opens it.

Every holder of the team key — each user, and the printable recovery key — has an X25519 key
pair. The team key is sealed to the holder's public key (ephemeral X25519, HKDF-SHA256,
AES-256-GCM with associated data naming the holder), so that the DPO can re-seal a new team
key for every remaining user at a rotation without knowing their passwords. A user's private
key is wrapped (``key_wrapping.wrap_with_passphrase``) under an argon2id key of their
password, with its own random salt and a time cost (4) unlike the login hash's (argon2-cffi's
default, 3), bound to "team user NAME": the stored login hash is another argon2id output and
unwraps nothing. The recovery holder's private key is derived (HKDF, its own label) from the
printable recovery key (the workstation vault's format, ``key_wrapping``), and is never stored.

Removing a user deletes their holder row; ``rotate-team-key`` makes a new team key, re-encrypts
every personal field and the blind index with it (``storage.team_rotation``) and re-seals it to
every remaining holder: an old copy of a removed user's row, with their password, opens only
the old team key, which no longer decrypts anything on the server.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from dsr_desk.domain.errors import LoginRefused, VaultError, VaultLocked
from dsr_desk.storage import tables
from dsr_desk.storage.key_wrapping import (
    KdfParams,
    WrappedKey,
    derive_subkey,
    parse_recovery_key,
    unwrap_with_passphrase,
    wrap_with_passphrase,
)

TEAM_KEY_BYTES: Final = 32
RECOVERY_HOLDER: Final = "recovery"
USER_HOLDER_PREFIX: Final = "user:"
#: argon2id for the private-key wrap: a time cost the login hash (argon2-cffi's 3) does not use,
#: and its own salt (``KdfParams``' default factory).
USER_WRAP_TIME_COST: Final = 4

_SEAL_INFO: Final = b"DSR Desk team key seal v1\x00"
_SEAL_AAD: Final = b"DSR Desk team key v1\x00"
_RECOVERY_PRIVATE_INFO: Final = b"DSR Desk team recovery private key v1\x00"
_NONCE_BYTES: Final = 12

NO_TEAM_KEY: Final = (
    "This team database has no team key for {holder}: ask the DPO to add the account again."
)
WRONG_TEAM_RECOVERY_KEY: Final = "That recovery key does not open this team database."


def user_holder(name: str) -> str:
    return USER_HOLDER_PREFIX + name


def new_team_key() -> bytes:
    return os.urandom(TEAM_KEY_BYTES)


@dataclass(frozen=True)
class SealedKey:
    """The team key sealed to one holder's public key."""

    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeyHolder:
    """One row of ``team_keys``: a holder's public key, its wrapped private key (users only),
    and the team key of ``generation`` sealed to it."""

    holder: str
    public_key: bytes
    sealed: SealedKey
    generation: int
    private_wrap: WrappedKey | None = None


# -- X25519 sealing --------------------------------------------------------------------------


def _new_private_key() -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return X25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )


def _public_of(private_key: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return (
        X25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )


def _aad(holder: str, generation: int) -> bytes:
    return _SEAL_AAD + holder.encode("utf-8") + b"\x00" + str(generation).encode("ascii")


def _seal_kek(shared: bytes, ephemeral_public: bytes, public_key: bytes, holder: str) -> bytes:
    info = _SEAL_INFO + ephemeral_public + public_key + holder.encode("utf-8")
    return derive_subkey(shared, info)


def seal_team_key(team_key: bytes, public_key: bytes, holder: str, generation: int) -> SealedKey:
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    _check_team_key(team_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    kek = _seal_kek(shared, ephemeral_public, public_key, holder)
    nonce = os.urandom(_NONCE_BYTES)
    ciphertext = AESGCM(kek).encrypt(nonce, team_key, _aad(holder, generation))
    return SealedKey(ephemeral_public, nonce, ciphertext)


def open_sealed(holder: KeyHolder, private_key: bytes, locked_message: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = holder.sealed
    try:
        shared = X25519PrivateKey.from_private_bytes(private_key).exchange(
            X25519PublicKey.from_public_bytes(sealed.ephemeral_public)
        )
        kek = _seal_kek(shared, sealed.ephemeral_public, holder.public_key, holder.holder)
        team_key = AESGCM(kek).decrypt(
            sealed.nonce, sealed.ciphertext, _aad(holder.holder, holder.generation)
        )
    except (InvalidTag, ValueError):
        raise VaultLocked(locked_message) from None
    _check_team_key(team_key)
    return team_key


def _check_team_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != TEAM_KEY_BYTES:
        raise VaultError("The team key has the wrong size: the team database is damaged.")


# -- holders ---------------------------------------------------------------------------------


def holder_for_user(name: str, password: str, team_key: bytes, generation: int) -> KeyHolder:
    """A new key pair for ``name``: its private key wrapped under their password (argon2id,
    a salt and time cost of its own), the team key sealed to its public key."""
    private_key = _new_private_key()
    public_key = _public_of(private_key)
    holder = user_holder(name)
    wrap = wrap_with_passphrase(
        private_key, password, holder, KdfParams(time_cost=USER_WRAP_TIME_COST)
    )
    sealed = seal_team_key(team_key, public_key, holder, generation)
    return KeyHolder(holder, public_key, sealed, generation, wrap)


def _recovery_private_key(recovery_key: str) -> bytes:
    return derive_subkey(parse_recovery_key(recovery_key), _RECOVERY_PRIVATE_INFO)


def holder_for_recovery(recovery_key: str, team_key: bytes, generation: int) -> KeyHolder:
    public_key = _public_of(_recovery_private_key(recovery_key))
    sealed = seal_team_key(team_key, public_key, RECOVERY_HOLDER, generation)
    return KeyHolder(RECOVERY_HOLDER, public_key, sealed, generation)


def resealed(holder: KeyHolder, team_key: bytes, generation: int) -> KeyHolder:
    """The same holder (same key pair, same password wrap), with a new team key sealed."""
    sealed = seal_team_key(team_key, holder.public_key, holder.holder, generation)
    return KeyHolder(holder.holder, holder.public_key, sealed, generation, holder.private_wrap)


def open_as_user(holder: KeyHolder, password: str) -> bytes:
    """The team key, from a user's holder row and password (``VaultLocked`` if wrong)."""
    if holder.private_wrap is None:
        raise VaultError("This team key row has no password wrap: it is damaged.")
    private_key = unwrap_with_passphrase(holder.private_wrap, password, holder.holder)
    return open_sealed(holder, private_key, "The team key cannot be opened with this password.")


def open_with_recovery(holder: KeyHolder, recovery_key: str) -> bytes:
    return open_sealed(holder, _recovery_private_key(recovery_key), WRONG_TEAM_RECOVERY_KEY)


# -- the team_keys table ---------------------------------------------------------------------


def _row_values(holder: KeyHolder, now: datetime) -> dict[str, Any]:
    wrap = holder.private_wrap
    kdf = None if wrap is None else wrap.kdf
    return {
        "holder": holder.holder,
        "public_key": holder.public_key,
        "generation": holder.generation,
        "sealed_ephemeral": holder.sealed.ephemeral_public,
        "sealed_nonce": holder.sealed.nonce,
        "sealed_key": holder.sealed.ciphertext,
        "private_nonce": None if wrap is None else wrap.nonce,
        "private_wrapped": None if wrap is None else wrap.ciphertext,
        "kdf_salt": None if kdf is None else kdf.salt,
        "kdf_memory_kib": None if kdf is None else kdf.memory_kib,
        "kdf_time_cost": None if kdf is None else kdf.time_cost,
        "kdf_parallelism": None if kdf is None else kdf.parallelism,
        "created_at": now,
    }


def _holder_of(row: Any) -> KeyHolder:
    wrap = None
    if row.private_wrapped is not None:
        kdf = KdfParams(
            memory_kib=row.kdf_memory_kib,
            time_cost=row.kdf_time_cost,
            parallelism=row.kdf_parallelism,
            salt=bytes(row.kdf_salt),
        )
        wrap = WrappedKey(bytes(row.private_nonce), bytes(row.private_wrapped), kdf)
    sealed = SealedKey(bytes(row.sealed_ephemeral), bytes(row.sealed_nonce), bytes(row.sealed_key))
    return KeyHolder(row.holder, bytes(row.public_key), sealed, int(row.generation), wrap)


def load_holder(connection: Connection, holder: str) -> KeyHolder | None:
    row = connection.execute(
        select(tables.team_keys).where(tables.team_keys.c.holder == holder)
    ).one_or_none()
    return None if row is None else _holder_of(row)


def load_holders(connection: Connection) -> list[KeyHolder]:
    rows = connection.execute(select(tables.team_keys).order_by(tables.team_keys.c.id))
    return [_holder_of(row) for row in rows]


def save_holder(connection: Connection, holder: KeyHolder, now: datetime) -> None:
    """Insert ``holder``'s row, or replace the row of the same holder."""
    values = _row_values(holder, now)
    table = tables.team_keys
    done = connection.execute(update(table).where(table.c.holder == holder.holder).values(values))
    if not done.rowcount:
        connection.execute(insert(table).values(values))


def delete_holder(connection: Connection, holder: str) -> None:
    connection.execute(delete(tables.team_keys).where(tables.team_keys.c.holder == holder))


def unlock_team_key(connection: Connection, name: str, password: str) -> tuple[bytes, int]:
    """The team key (and its generation) for user ``name`` with their password: what a login
    on a team database opens, after the password hash was checked."""
    holder = load_holder(connection, user_holder(name))
    if holder is None:
        raise LoginRefused(NO_TEAM_KEY.format(holder=name))
    return open_as_user(holder, password), holder.generation
