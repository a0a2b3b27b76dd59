"""Key rotation ("rekey"): a new database key, so that an old copy of ``vault.json`` stops
opening the vault.

What changes: the SQLCipher key (``PRAGMA rekey``, one statement that rewrites every page),
the wrapped file key of every document (their key-encryption key derives from the database
key), the header (new passphrase wrap or keyring entry, and a NEW recovery key: the old one
unwrapped the old key only), and whatever else derives from the database key
(``after_key_change``).

These cannot all change in one atomic step, so a *rotation journal* (``key-rotation.json``,
written atomically before anything else changes) makes every intermediate state openable:
it holds the new header, the new key sealed under the old one and the old key sealed under
the new one. Whichever key material the user has at hand — the old header's passphrase,
keyring entry or recovery key, or the new ones — gives both keys, and opening the vault
completes the rotation (``complete_rotation``; every step is idempotent). The order:

1. write the journal (atomic: temp file, fsync, rename, fsync of the folder);
2. checkpoint the WAL and ``PRAGMA rekey`` with every other connection closed: SQLite
   commits the rewritten pages at once or not at all;
3. re-wrap the document keys under the new key-encryption key, in one transaction (rows
   already re-wrapped by an interrupted attempt are recognised and left alone);
4. ``after_key_change`` (keys derived elsewhere from the database key);
5. keyring mode: the new key into the keyring;
6. the new header: ``vault.json`` and its copy in ``backups/`` (atomic each);
7. remove the journal: from now on only the new key material opens the vault.

A crash anywhere leaves a vault that opens with the old or the new key material; the only
window in which both work is while the journal exists.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final, Protocol

import sqlcipher3

from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import IntegrityError, ValidationError, VaultError, VaultLocked
from dsr_desk.storage import cipher, keyring_store
from dsr_desk.storage.atomic import atomic_replace, fsync_folder
from dsr_desk.storage.document_crypto import derive_document_kek, unwrap_file_key, wrap_file_key
from dsr_desk.storage.key_wrapping import (
    DB_KEY_BYTES,
    NONCE_BYTES,
    derive_subkey,
    new_database_key,
    unwrap_with_passphrase,
    wrap_with_passphrase,
    wrap_with_recovery_key,
)
from dsr_desk.storage.vault import DB_FILE, ROTATION_JOURNAL, Vault, save_header
from dsr_desk.storage.vault_header import KeyMode, VaultHeader, header_from_json, header_to_json

JOURNAL_FILE: Final = ROTATION_JOURNAL
JOURNAL_VERSION: Final = 1
_SEAL_INFO: Final = b"DSR Desk key rotation v1\x00"
_OLD_TO_NEW: Final = b"new key under old\x00"
_NEW_TO_OLD: Final = b"old key under new\x00"
_PROGRESS_EVERY: Final = 200


class Progress(Protocol):
    """What the GUI's progress token offers (``services.progress.Progress``); the rotation
    cannot be cancelled once started, so only ``report`` is used."""

    def report(self, done: int, total: int) -> None: ...


@dataclass(frozen=True)
class RotationJournal:
    """What ``key-rotation.json`` holds while a rotation is under way (no key in clear)."""

    vault_id: str
    new_header: VaultHeader
    new_key_under_old: bytes  # nonce ‖ AES-256-GCM(KEK(old key), new key)
    old_key_under_new: bytes  # nonce ‖ AES-256-GCM(KEK(new key), old key)

    def keys_from(self, key: bytes) -> tuple[bytes, bytes] | None:
        """(old key, new key) from either of them; None if ``key`` is neither."""
        new_key = _unseal(key, self.new_key_under_old, _OLD_TO_NEW, self.vault_id)
        if new_key is not None:
            return key, new_key
        old_key = _unseal(key, self.old_key_under_new, _NEW_TO_OLD, self.vault_id)
        if old_key is not None:
            return old_key, key
        return None


# --- the rotation ------------------------------------------------------------------------


def after_key_change(data_dir: Path, old_key: bytes, new_key: bytes) -> None:
    """Step 4: the audit anchor (``storage.audit_anchor``) is authenticated with a key derived
    from the database key: the head it anchors is authenticated anew under the new key.
    Idempotent: a resumed rotation finds the anchor already under the new key (reading it
    then checks it). The anchored head is carried over, never taken from the database, so a
    rotation cannot launder a log that was tampered with."""
    from dsr_desk.storage.audit_anchor import AuditAnchor

    new_anchor = AuditAnchor.for_key(data_dir, new_key)
    try:
        head = AuditAnchor.for_key(data_dir, old_key).read()
    except IntegrityError:  # not under the old key: already moved (or altered, then refused)
        new_anchor.read()
        return
    if head is not None:
        new_anchor.write(head)


def rotate_key(
    vault: Vault,
    clock: Clock,
    *,
    recovery_key: str,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> None:
    """Give ``vault`` a new random database key (see the module docstring for the order).

    ``recovery_key`` is the NEW recovery key (``key_wrapping.new_recovery_key``): the caller
    must have shown or printed it before calling, since the old one stops working.
    ``passphrase`` is the one to keep using (passphrase mode: the current one or a new one;
    keyring mode: None). On success ``vault`` goes on with the new key. If the database was
    not rekeyed yet when something failed, nothing changed and the vault goes on with the old
    key; after that point the vault is locked and the error says that opening it again
    completes the rotation.
    """
    header = vault.header
    if header.mode is KeyMode.PASSPHRASE and passphrase is None:
        raise ValidationError("Enter the passphrase to keep, or a new one.")
    if header.mode is KeyMode.KEYRING and passphrase is not None:
        raise ValidationError(
            "This vault opens with the computer's keyring: a new key is stored there, "
            "no passphrase is needed."
        )
    vault_id, data_dir = header.vault_id, vault.data_dir
    old_key, new_key = vault.database_key, new_database_key()
    new_header = replace(
        header,
        recovery=wrap_with_recovery_key(new_key, recovery_key, vault_id),
        passphrase=None
        if passphrase is None
        else wrap_with_passphrase(new_key, passphrase, vault_id),
    )
    journal = RotationJournal(
        vault_id=vault_id,
        new_header=new_header,
        new_key_under_old=_seal(old_key, new_key, _OLD_TO_NEW, vault_id),
        old_key_under_new=_seal(new_key, old_key, _NEW_TO_OLD, vault_id),
    )
    vault.release_connections()  # PRAGMA rekey must have the file to itself
    try:
        write_journal(data_dir, journal)
        complete_rotation(data_dir, journal, old_key, new_key, progress)
    except BaseException as problem:
        if _opens_with(data_dir / DB_FILE, old_key):  # not rekeyed: nothing changed
            discard_journal(data_dir)
            raise
        vault.use_key(header, None)
        raise VaultError(
            "The key change was interrupted ({problem}). The vault is safe: open "
            "it again (with the old or the new passphrase or recovery key) and the "
            "change is completed.",
            problem=problem or type(problem).__name__,
        ) from problem
    vault.use_key(new_header, new_key)


def complete_rotation(
    data_dir: Path,
    journal: RotationJournal,
    old_key: bytes,
    new_key: bytes,
    progress: Progress | None = None,
) -> None:
    """Steps 2-7; each is idempotent, so an interrupted rotation is completed by running
    this again (``vault.open_vault`` does, when it finds the journal)."""
    db_path = data_dir / DB_FILE
    rekey_database(db_path, old_key, new_key)
    rewrap_document_keys(db_path, old_key, new_key, progress)
    after_key_change(data_dir, old_key, new_key)
    if journal.new_header.mode is KeyMode.KEYRING:
        keyring_store.store_key(journal.vault_id, new_key)
    save_header(data_dir, journal.new_header)
    discard_journal(data_dir)


def rekey_database(db_path: Path, old_key: bytes, new_key: bytes) -> None:
    """Step 2: ``PRAGMA rekey`` (SQLCipher rewrites and commits every page at once).

    The WAL is folded in first and again after, so that the file holds one key only and no
    page under the old key stays in the log. Already done: nothing to do.
    """
    if not _opens_with(db_path, old_key):
        if not _opens_with(db_path, new_key):
            raise VaultLocked("Neither the old nor the new key opens the vault database.")
        return
    connection = cipher.connect(db_path, old_key)
    try:
        cipher.checkpoint(connection)  # raises if another connection holds the database
        connection.execute(cipher.key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        cipher.checkpoint(connection)
    finally:
        connection.close()


def rewrap_document_keys(
    db_path: Path, old_key: bytes, new_key: bytes, progress: Progress | None = None
) -> int:
    """Step 3: every document's file key wrapped under the new key-encryption key, in one
    transaction (all rows or none). Returns how many rows were re-wrapped.

    A row that already opens with the new key (an interrupted attempt) is left alone; one
    that opens with neither was damaged before and stays as it is (its document could not be
    read before either), rather than making the rotation impossible to complete.
    """
    old_kek, new_kek = derive_document_kek(old_key), derive_document_kek(new_key)
    connection = cipher.connect(db_path, new_key)
    try:
        rows = connection.execute(
            "SELECT id, document_id, wrapped_key FROM documents WHERE wrapped_key IS NOT NULL"
        ).fetchall()
        total = len(rows)
        if progress is not None:
            progress.report(0, total)
        changes: list[tuple[bytes, int]] = []
        for done, (row_id, document_id, wrapped) in enumerate(rows, start=1):
            rewrapped = _rewrapped(old_kek, new_kek, bytes(wrapped), str(document_id))
            if rewrapped is not None:
                changes.append((rewrapped, int(row_id)))
            if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
                progress.report(done, total)
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.executemany("UPDATE documents SET wrapped_key = ? WHERE id = ?", changes)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        cipher.checkpoint(connection)
    finally:
        connection.close()
    return len(changes)


def _rewrapped(old_kek: bytes, new_kek: bytes, wrapped: bytes, document_id: str) -> bytes | None:
    try:
        file_key = unwrap_file_key(old_kek, wrapped, document_id)
    except IntegrityError:
        return None  # already under the new KEK, or damaged before the rotation
    return wrap_file_key(new_kek, file_key, document_id)


def change_passphrase(vault: Vault, current: str, new: str) -> None:
    """A new passphrase for the same key (no rotation): only the header changes, so an old
    copy of ``vault.json`` still opens the vault with the old passphrase — the GUI offers
    ``rotate_key`` alongside for that reason."""
    check_passphrase(vault.header, vault.database_key, current)
    header = replace(
        vault.header,
        passphrase=wrap_with_passphrase(vault.database_key, new, vault.header.vault_id),
    )
    save_header(vault.data_dir, header)
    vault.use_key(header, vault.database_key)


def check_passphrase(header: VaultHeader, key: bytes, passphrase: str) -> None:
    """Refuse (``VaultLocked``) a passphrase that is not the one of this unlocked vault."""
    if header.passphrase is None:
        raise ValidationError("This vault is not protected by a passphrase.")
    if unwrap_with_passphrase(header.passphrase, passphrase, header.vault_id) != key:
        raise VaultLocked("Wrong passphrase: nothing was changed.")


# --- the journal -------------------------------------------------------------------------


def read_journal(data_dir: Path, vault_id: str) -> RotationJournal | None:
    """The journal of an interrupted rotation of this vault, or None."""
    path = data_dir / JOURNAL_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise VaultError(
            "The key-rotation journal {path} cannot be read ({exc}).", path=path, exc=exc
        ) from exc
    try:
        document = json.loads(text)
        journal = RotationJournal(
            vault_id=str(document["vault_id"]),
            new_header=header_from_json(json.dumps(document["new_header"])),
            new_key_under_old=base64.b64decode(document["new_key_under_old"], validate=True),
            old_key_under_new=base64.b64decode(document["old_key_under_new"], validate=True),
        )
        if document["version"] != JOURNAL_VERSION:
            raise ValueError("unknown version")
    except (ValueError, KeyError, TypeError, binascii.Error, VaultError) as exc:
        raise VaultError(
            "The key-rotation journal {path} is damaged ({exc}); the vault cannot "
            "finish its key change. Restore the data folder from a backup.",
            path=path,
            exc=exc,
        ) from None
    if journal.vault_id != vault_id or journal.new_header.vault_id != vault_id:
        raise VaultError("The key-rotation journal {path} belongs to another vault.", path=path)
    return journal


def write_journal(data_dir: Path, journal: RotationJournal) -> None:
    document = {
        "version": JOURNAL_VERSION,
        "vault_id": journal.vault_id,
        "new_header": json.loads(header_to_json(journal.new_header)),
        "new_key_under_old": base64.b64encode(journal.new_key_under_old).decode("ascii"),
        "old_key_under_new": base64.b64encode(journal.old_key_under_new).decode("ascii"),
    }
    _write_atomically(data_dir / JOURNAL_FILE, json.dumps(document, indent=2) + "\n")


def discard_journal(data_dir: Path) -> None:
    path = data_dir / JOURNAL_FILE
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise VaultError(
            "The key-rotation journal {path} could not be removed ({exc}).", path=path, exc=exc
        ) from exc
    with contextlib.suppress(OSError):
        fsync_folder(data_dir)


# --- helpers -----------------------------------------------------------------------------


def _opens_with(db_path: Path, key: bytes) -> bool:
    """Whether ``key`` opens the database; SQLCipher's own log of the failed page check is
    silenced meanwhile (a wrong key is an expected answer here, not an error)."""
    probe = sqlcipher3.dbapi2.connect(":memory:")
    try:
        level = probe.execute("PRAGMA cipher_log_level").fetchone()
        probe.execute("PRAGMA cipher_log_level = NONE")
        try:
            cipher.connect(db_path, key).close()
        except VaultLocked:
            return False
        finally:
            probe.execute(f"PRAGMA cipher_log_level = {(level or ['WARN'])[0]}")
        return True
    finally:
        probe.close()


def _rotation_kek(key: bytes, vault_id: str) -> bytes:
    return derive_subkey(key, _SEAL_INFO + vault_id.encode("utf-8"))


def _seal(kek_source: bytes, secret: bytes, purpose: bytes, vault_id: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    aad = _SEAL_INFO + purpose + vault_id.encode("utf-8")
    return nonce + AESGCM(_rotation_kek(kek_source, vault_id)).encrypt(nonce, secret, aad)


def _unseal(kek_source: bytes, sealed: bytes, purpose: bytes, vault_id: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aad = _SEAL_INFO + purpose + vault_id.encode("utf-8")
    nonce, body = sealed[:NONCE_BYTES], sealed[NONCE_BYTES:]
    try:
        secret = AESGCM(_rotation_kek(kek_source, vault_id)).decrypt(nonce, body, aad)
    except (InvalidTag, ValueError):
        return None
    return secret if len(secret) == DB_KEY_BYTES else None


def _write_atomically(target: Path, text: str) -> None:
    """``storage.atomic``'s replace, its failure said for the staff."""
    try:
        atomic_replace(target, text.encode("utf-8"))
    except OSError as exc:
        raise VaultError(
            "{target} could not be written ({reason}).", target=target, reason=exc.strerror or exc
        ) from exc
