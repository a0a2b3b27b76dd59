"""Personal fields encrypted by the application on the team's PostgreSQL server, and the keyed
blind index that lets names and e-mails be searched there without plaintext.

Two keys are derived from the team key (``storage.team_keys``) with HKDF-SHA256, each under
its own label: the field key (AES-256-GCM, a random nonce per value, the column's name as
associated data, so a ciphertext moved to another column does not open) and the blind-index
key (HMAC-SHA256, truncated to 16 bytes).

A field is stored as text: ``t1:`` + base64(nonce ‖ ciphertext ‖ tag). On SQLite (a
workstation vault, whose whole file is encrypted by SQLCipher) values pass through unchanged.

The cipher of a team database is installed on its engine (``install_team_cipher``) once the
user has logged in: ``tables.PersonalText`` finds it on the engine's dialect; the read side's
plain SQL, which gets a bare psycopg connection, finds it through ``team_cipher_for``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import weakref
from typing import Any, Final

from dsr_desk.domain.errors import VaultError, VaultLocked
from dsr_desk.domain.text import fold
from dsr_desk.storage.key_wrapping import derive_subkey

_FIELDS_INFO: Final = b"DSR Desk team fields v1\x00"
_BLIND_INFO: Final = b"DSR Desk team blind index v1\x00"
_FIELD_AAD: Final = b"DSR Desk team field v1\x00"
PREFIX: Final = "t1:"
TOKEN_BYTES: Final = 16
_NONCE_BYTES: Final = 12
#: The attribute of an engine's dialect holding its team cipher.
DIALECT_ATTRIBUTE: Final = "dsr_team_cipher"

LOCKED: Final = "The team database's personal data is locked: log in first."
DAMAGED: Final = "A personal field on the team database cannot be decrypted: it is damaged."


class TeamCipher:
    """Encrypts and decrypts personal fields and computes blind-index tokens with the keys
    derived from one team key."""

    def __init__(self, team_key: bytes, generation: int) -> None:
        self.generation = generation
        self._team_key = team_key
        self._field_key = derive_subkey(team_key, _FIELDS_INFO)
        self._blind_key = derive_subkey(team_key, _BLIND_INFO)

    @property
    def team_key(self) -> bytes:
        return self._team_key

    def seal(self, label: str, value: str) -> str:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(_NONCE_BYTES)
        sealed = AESGCM(self._field_key).encrypt(
            nonce, value.encode("utf-8"), _FIELD_AAD + label.encode("ascii")
        )
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, label: str, stored: str) -> str:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not stored.startswith(PREFIX):
            raise VaultError(DAMAGED)
        try:
            raw = base64.b64decode(stored[len(PREFIX) :], validate=True)
            plain = AESGCM(self._field_key).decrypt(
                raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _FIELD_AAD + label.encode("ascii")
            )
        except (InvalidTag, ValueError):
            raise VaultError(DAMAGED) from None
        return plain.decode("utf-8")

    def token(self, kind: str, text: str) -> bytes:
        digest = hmac.new(self._blind_key, f"{kind}\x00{text}".encode(), hashlib.sha256)
        return digest.digest()[:TOKEN_BYTES]

    def requester_tokens(self, name: str, email: str | None) -> set[bytes]:
        """The blind index of one requester: each trigram of the folded "name email" (what a
        workstation's search matches), each whole folded word, and the whole e-mail."""
        haystack = fold(f"{name} {email or ''}".strip())
        tokens = {self.token("t", gram) for gram in trigrams(haystack)}
        tokens |= {self.token("w", word) for word in haystack.split()}
        if email:
            tokens.add(self.email_token(email))
        return tokens

    def email_token(self, email: str) -> bytes:
        return self.token("e", email.strip().lower())

    def search_tokens(self, term: str) -> set[bytes]:
        """What a requester must have for ``term`` to match: all of its trigrams (three
        characters or more), else the whole word (one or two characters)."""
        folded = fold(term.strip())
        grams = trigrams(folded)
        if grams:
            return {self.token("t", gram) for gram in grams}
        return {self.token("w", folded)} if folded else set()


def trigrams(text: str) -> set[str]:
    return {text[index : index + 3] for index in range(len(text) - 2)}


# -- where the cipher of a team database is found ---------------------------------------------

#: DB-API connection → the dialect of the team engine it was checked out of.
DIALECT_OF: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def cipher_of_dialect(dialect: Any) -> TeamCipher:
    cipher = getattr(dialect, DIALECT_ATTRIBUTE, None)
    if not isinstance(cipher, TeamCipher):
        raise VaultLocked(LOCKED)
    return cipher


def team_cipher_for(db: Any) -> TeamCipher:
    """The cipher of the team database that the DB-API connection ``db`` belongs to."""
    dialect = DIALECT_OF.get(db)
    if dialect is None:
        raise VaultLocked(LOCKED)
    return cipher_of_dialect(dialect)


#: The blind index's table (``storage.tables.requester_search_tokens``).
SEARCH_TOKENS_TABLE: Final = "requester_search_tokens"


def search_sql(cipher: TeamCipher, term: str) -> tuple[str, tuple[bytes, ...]]:
    """The plain-SQL subquery (``?`` placeholders) of the requester ids matching ``term``
    through the blind index (here, without SQLAlchemy: the read side asks it)."""
    tokens = tuple(sorted(cipher.search_tokens(term)))
    if not tokens:
        return "SELECT id FROM requesters", ()
    marks = ", ".join("?" for _token in tokens)
    sql = (
        f"SELECT requester_id FROM {SEARCH_TOKENS_TABLE} WHERE token IN ({marks}) "  # noqa: S608
        f"GROUP BY requester_id HAVING count(*) = {len(tokens)}"
    )
    return sql, tokens
