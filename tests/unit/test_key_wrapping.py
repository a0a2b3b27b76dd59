"""Wrapping the database key: passphrase (argon2id) and recovery key (HKDF), AES-256-GCM.

Passphrase tests share one wrap made with the real cost (64 MiB, t=3); each unwrap pays
that cost again (~0.3 s), so the number of tests that reach argon2 is kept small.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsr_desk.domain.errors import ValidationError, VaultError, VaultLocked
from dsr_desk.storage import key_wrapping as kw
from dsr_desk.storage.key_wrapping import (
    DB_KEY_BYTES,
    KdfParams,
    WrappedKey,
    format_recovery_key,
    new_database_key,
    new_recovery_key,
    parse_recovery_key,
    unwrap_with_passphrase,
    unwrap_with_recovery_key,
    wrap_with_passphrase,
    wrap_with_recovery_key,
)

PASSPHRASE = unicodedata.normalize("NFC", "Grüße aus Zürich, Kaffee bitte")
VAULT_A = "4f1c0f3a9d2b4c58a1e2b3c4d5e6f708"
VAULT_B = "0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f50"
NOT_A_KEY = "This is not a DSR Desk recovery key: check each group of four characters."
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_SHAPE = re.compile(r"^(?:[0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$")


@pytest.fixture(scope="module")
def db_key() -> bytes:
    return new_database_key()


@pytest.fixture(scope="module")
def passphrase_wrap(db_key: bytes) -> WrappedKey:
    """One wrap with the real default argon2id cost, shared by the passphrase tests."""
    return wrap_with_passphrase(db_key, PASSPHRASE, VAULT_A)


@pytest.fixture
def no_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any key derivation fail loudly: the check under test must come first."""

    import argon2.low_level  # key_wrapping imports it when deriving, from this module

    def refuse(**_: object) -> bytes:
        raise AssertionError("argon2 must not run for this input")

    monkeypatch.setattr(argon2.low_level, "hash_secret_raw", refuse)


def flip_first_bit(data: bytes) -> bytes:
    return bytes([data[0] ^ 0x01]) + data[1:]


def tamper(wrapped: WrappedKey, part: str) -> WrappedKey:
    """Flip one bit of the nonce, the ciphertext or the argon2 salt."""
    if part == "nonce":
        return dataclasses.replace(wrapped, nonce=flip_first_bit(wrapped.nonce))
    if part == "ciphertext":
        return dataclasses.replace(wrapped, ciphertext=flip_first_bit(wrapped.ciphertext))
    assert wrapped.kdf is not None
    kdf = dataclasses.replace(wrapped.kdf, salt=flip_first_bit(wrapped.kdf.salt))
    return dataclasses.replace(wrapped, kdf=kdf)


# --- database key ----------------------------------------------------------------------


def test_new_database_key_is_256_random_bits() -> None:
    keys = {new_database_key() for _ in range(8)}
    assert len(keys) == 8
    assert all(len(key) == DB_KEY_BYTES == 32 for key in keys)


def test_default_kdf_params_meet_the_floor_with_fresh_salts() -> None:
    first, second = KdfParams(), KdfParams()
    assert (first.memory_kib, first.time_cost, first.parallelism) == (65536, 3, 4)
    assert len(first.salt) == 16
    assert first.salt != second.salt


# --- passphrase ------------------------------------------------------------------------


def test_passphrase_round_trip_with_real_argon2_cost(
    db_key: bytes, passphrase_wrap: WrappedKey
) -> None:
    assert passphrase_wrap.kdf is not None
    assert passphrase_wrap.kdf.memory_kib == 65536
    assert passphrase_wrap.kdf.time_cost == 3
    assert db_key not in passphrase_wrap.ciphertext
    assert unwrap_with_passphrase(passphrase_wrap, PASSPHRASE, VAULT_A) == db_key


def test_passphrase_is_unicode_normalized(db_key: bytes, passphrase_wrap: WrappedKey) -> None:
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    assert unwrap_with_passphrase(passphrase_wrap, decomposed, VAULT_A) == db_key


def test_wrong_passphrase_keeps_the_vault_locked(passphrase_wrap: WrappedKey) -> None:
    with pytest.raises(VaultLocked, match=r"^Wrong passphrase: the vault stays locked\.$"):
        unwrap_with_passphrase(passphrase_wrap, PASSPHRASE + "!", VAULT_A)


def test_passphrase_wrap_is_bound_to_its_vault(passphrase_wrap: WrappedKey) -> None:
    with pytest.raises(VaultLocked):
        unwrap_with_passphrase(passphrase_wrap, PASSPHRASE, VAULT_B)


@pytest.mark.parametrize("part", ["nonce", "ciphertext", "salt"])
def test_tampered_passphrase_wrap_is_refused(passphrase_wrap: WrappedKey, part: str) -> None:
    with pytest.raises(VaultLocked):
        unwrap_with_passphrase(tamper(passphrase_wrap, part), PASSPHRASE, VAULT_A)


@pytest.mark.parametrize(
    "weak",
    [
        KdfParams(memory_kib=65535),
        KdfParams(memory_kib=1024, time_cost=1),
        KdfParams(time_cost=2),
        KdfParams(memory_kib=2**31),  # a tampered header must not make us allocate 2 TiB
        KdfParams(time_cost=10_000),
        KdfParams(parallelism=0),
        KdfParams(salt=b"short"),
    ],
)
@pytest.mark.usefixtures("no_argon2")
def test_unsafe_kdf_params_are_refused_before_deriving(
    passphrase_wrap: WrappedKey, weak: KdfParams
) -> None:
    weakened = dataclasses.replace(passphrase_wrap, kdf=weak)
    with pytest.raises(VaultError) as caught:
        unwrap_with_passphrase(weakened, PASSPHRASE, VAULT_A)
    assert not isinstance(caught.value, VaultLocked)


@pytest.mark.usefixtures("no_argon2")
def test_wrapping_with_weak_params_is_refused(db_key: bytes) -> None:
    with pytest.raises(VaultError):
        wrap_with_passphrase(db_key, PASSPHRASE, VAULT_A, KdfParams(memory_kib=8192, time_cost=1))


@pytest.mark.usefixtures("no_argon2")
def test_passphrase_unwrap_needs_kdf_settings(passphrase_wrap: WrappedKey) -> None:
    with pytest.raises(VaultError):
        unwrap_with_passphrase(dataclasses.replace(passphrase_wrap, kdf=None), PASSPHRASE, VAULT_A)


@pytest.mark.usefixtures("no_argon2")
def test_wrong_size_wrap_is_damage_not_a_wrong_passphrase(passphrase_wrap: WrappedKey) -> None:
    truncated = dataclasses.replace(passphrase_wrap, ciphertext=passphrase_wrap.ciphertext[:-1])
    with pytest.raises(VaultError, match="damaged") as caught:
        unwrap_with_passphrase(truncated, PASSPHRASE, VAULT_A)
    assert not isinstance(caught.value, VaultLocked)


@pytest.mark.parametrize("passphrase", ["", "   ", "\t\n "])
@pytest.mark.usefixtures("no_argon2")
def test_empty_passphrase_is_refused(db_key: bytes, passphrase: str) -> None:
    with pytest.raises(ValidationError, match="cannot be empty"):
        wrap_with_passphrase(db_key, passphrase, VAULT_A)


@pytest.mark.parametrize("passphrase", ["a", "secret", "nine char"])
@pytest.mark.usefixtures("no_argon2")
def test_short_passphrase_is_refused_with_advice(db_key: bytes, passphrase: str) -> None:
    with pytest.raises(ValidationError, match="at least 10 characters"):
        wrap_with_passphrase(db_key, passphrase, VAULT_A)


def test_ten_unguessable_characters_are_enough() -> None:
    kw.check_new_passphrase("Zq9!vLp2#k")


@pytest.mark.parametrize("passphrase", ["0123456789", "aaaaaaaaaa"])
@pytest.mark.usefixtures("no_argon2")
def test_long_but_guessable_passphrases_are_refused(db_key: bytes, passphrase: str) -> None:
    with pytest.raises(ValidationError, match="too easy to guess"):
        wrap_with_passphrase(db_key, passphrase, VAULT_A)


@pytest.mark.parametrize("key", [b"", b"\x00" * 31, b"\x00" * 33])
@pytest.mark.usefixtures("no_argon2")
def test_only_256_bit_keys_are_wrapped(key: bytes) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        wrap_with_passphrase(key, PASSPHRASE, VAULT_A)
    with pytest.raises(ValueError, match="32 bytes"):
        wrap_with_recovery_key(key, new_recovery_key(), VAULT_A)


def test_slots_are_bound_to_their_purpose(db_key: bytes) -> None:
    """Same KEK, other slot's associated data: still refused."""
    kek = new_database_key()
    sealed = kw._seal(kek, db_key, kw._aad(VAULT_A, kw.PURPOSE_PASSPHRASE), None)
    with pytest.raises(VaultLocked):
        kw._open(kek, sealed, kw._aad(VAULT_A, kw.PURPOSE_RECOVERY), "locked")
    assert kw._open(kek, sealed, kw._aad(VAULT_A, kw.PURPOSE_PASSPHRASE), "locked") == db_key


# --- recovery key ----------------------------------------------------------------------


def test_recovery_key_is_printable_groups_of_four_with_160_bits() -> None:
    keys = [new_recovery_key() for _ in range(20)]
    assert len(set(keys)) == 20
    for key in keys:
        assert RECOVERY_SHAPE.match(key), key
        assert len(parse_recovery_key(key)) == 20


def test_recovery_round_trip(db_key: bytes) -> None:
    recovery_key = new_recovery_key()
    wrapped = wrap_with_recovery_key(db_key, recovery_key, VAULT_A)
    assert wrapped.kdf is None
    assert unwrap_with_recovery_key(wrapped, recovery_key, VAULT_A) == db_key


def test_wrong_recovery_key_keeps_the_vault_locked(db_key: bytes) -> None:
    wrapped = wrap_with_recovery_key(db_key, new_recovery_key(), VAULT_A)
    with pytest.raises(VaultLocked, match=r"^That recovery key does not open this vault\.$"):
        unwrap_with_recovery_key(wrapped, new_recovery_key(), VAULT_A)


def test_recovery_wrap_is_bound_to_its_vault(db_key: bytes) -> None:
    recovery_key = new_recovery_key()
    wrapped = wrap_with_recovery_key(db_key, recovery_key, VAULT_A)
    with pytest.raises(VaultLocked):
        unwrap_with_recovery_key(wrapped, recovery_key, VAULT_B)


@pytest.mark.parametrize("part", ["nonce", "ciphertext"])
def test_tampered_recovery_wrap_is_refused(db_key: bytes, part: str) -> None:
    recovery_key = new_recovery_key()
    wrapped = wrap_with_recovery_key(db_key, recovery_key, VAULT_A)
    with pytest.raises(VaultLocked):
        unwrap_with_recovery_key(tamper(wrapped, part), recovery_key, VAULT_A)


def test_a_passphrase_slot_is_not_a_recovery_slot(passphrase_wrap: WrappedKey) -> None:
    with pytest.raises(VaultError):
        unwrap_with_recovery_key(passphrase_wrap, new_recovery_key(), VAULT_A)


def test_mistyped_recovery_key_is_reported_before_any_crypto(db_key: bytes) -> None:
    recovery_key = new_recovery_key()
    wrapped = wrap_with_recovery_key(db_key, recovery_key, VAULT_A)
    with pytest.raises(ValidationError, match=re.escape(NOT_A_KEY)):
        unwrap_with_recovery_key(wrapped, recovery_key[:-1], VAULT_A)


def raw_from_symbols(symbols: str) -> bytes:
    number = 0
    for symbol in symbols:
        number = number * 32 + CROCKFORD.index(symbol)
    return number.to_bytes(20, "big")


ALIASED = format_recovery_key(raw_from_symbols("0123456789ABCDEFGHJKMNPQRSTVWXYZ"))


def test_alias_example_contains_zeros_and_ones() -> None:
    assert "0" in ALIASED
    assert "1" in ALIASED


@pytest.mark.parametrize(
    "typed",
    [
        ALIASED.lower(),
        ALIASED.replace("-", ""),
        ALIASED.replace("-", " "),
        ALIASED.replace("-", "").lower(),
        f"  {ALIASED}\n",
        ALIASED.replace("-", "\u2013"),  # en dash, as word processors "correct" it
        ALIASED.replace("0", "O"),
        ALIASED.replace("0", "o"),
        ALIASED.replace("1", "I"),
        ALIASED.replace("1", "l"),
        ALIASED.replace("1", "L").replace("0", "O").lower().replace("-", " "),
    ],
)
def test_recovery_key_parsing_tolerates_how_people_type(typed: str) -> None:
    assert parse_recovery_key(typed) == parse_recovery_key(ALIASED)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "----",
        ALIASED[:-5],  # a group missing
        ALIASED + "-0000",  # a group too many
        ALIASED[:-1],
        ALIASED.replace(ALIASED[0], "U", 1),  # U is not Crockford
        ALIASED.replace(ALIASED[0], "*", 1),
        ALIASED[:-1] + ("0" if ALIASED[-1] != "0" else "1"),  # check group typo
    ],
)
def test_recovery_key_parsing_rejects_non_keys(typed: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(NOT_A_KEY)):
        parse_recovery_key(typed)


def test_every_single_substitution_and_neighbour_swap_fails_the_check_group() -> None:
    """The GF(32) check symbol guarantees this (a hash alone would only make it likely)."""
    recovery_key = new_recovery_key()
    chars = recovery_key.replace("-", "")
    for index, original in enumerate(chars):
        for replacement in CROCKFORD.replace(original, ""):
            with pytest.raises(ValidationError):
                parse_recovery_key(chars[:index] + replacement + chars[index + 1 :])
    for index in range(len(chars) - 1):
        if chars[index] != chars[index + 1]:
            swapped = chars[:index] + chars[index + 1] + chars[index] + chars[index + 2 :]
            with pytest.raises(ValidationError):
                parse_recovery_key(swapped)


RAW_KEYS = st.binary(min_size=20, max_size=20)
TYPED_CHARS = st.sampled_from(CROCKFORD + CROCKFORD.lower() + "IiLlOoUu-_ *#")


@settings(max_examples=300, deadline=None, database=None)
@given(
    raw=RAW_KEYS,
    db=st.binary(min_size=32, max_size=32),
    position=st.integers(min_value=0, max_value=43),
    replacement=TYPED_CHARS,
)
def test_a_single_typo_never_unlocks_with_a_different_key(
    raw: bytes, db: bytes, position: int, replacement: str
) -> None:
    recovery_key = format_recovery_key(raw)
    wrapped = wrap_with_recovery_key(db, recovery_key, VAULT_A)
    typo = recovery_key[:position] + replacement + recovery_key[position + 1 :]
    try:
        parsed = parse_recovery_key(typo)
    except ValidationError:
        return  # caught as a typo, before any crypto
    if parsed == raw:  # the same key spelled differently (case, O/0, I/L/1)
        assert unwrap_with_recovery_key(wrapped, typo, VAULT_A) == db
        return
    with pytest.raises(VaultLocked):  # pragma: no cover - the check group catches these
        unwrap_with_recovery_key(wrapped, typo, VAULT_A)


@settings(max_examples=100, deadline=None, database=None)
@given(raw=RAW_KEYS)
def test_recovery_key_formatting_round_trips(raw: bytes) -> None:
    printed = format_recovery_key(raw)
    assert RECOVERY_SHAPE.match(printed)
    assert parse_recovery_key(printed) == raw
    assert parse_recovery_key(printed.lower().replace("-", " ")) == raw
    aliased = printed.replace("0", "o").replace("1", "l")
    assert parse_recovery_key(aliased) == raw
