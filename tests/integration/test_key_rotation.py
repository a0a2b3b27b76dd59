"""Key rotation on the real SQLCipher file: after `dsr-desk rekey` everything still opens and
decrypts, an old copy of vault.json no longer does, and an interrupted rotation (an exception,
or the process killed at each step) leaves a vault that opens with the old or the new key
material and completes the rotation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import ValidationError, VaultError, VaultLocked
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document
from dsr_desk.services.entities import create_entity
from dsr_desk.storage import cipher, key_rotation, keyring_store
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.key_wrapping import new_recovery_key
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import (
    DB_FILE,
    HEADER_COPY_DIR,
    Unlock,
    Vault,
    create_vault,
    open_vault,
)
from dsr_desk.storage.vault_header import HEADER_FILE
from tests.integration.cli_helpers import PASSPHRASE, run_cli

CLOCK = FixedClock.on(date(2026, 3, 20))
NEW_PASSPHRASE = "lantern orchard quietly sixteen"
REQUESTS = 3


def _uow(vault: Vault) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, CLOCK, "dpo")


def _seed(vault: Vault) -> dict[str, bytes]:
    """Requests with a document each; returns document id -> plaintext."""
    create_entity(_uow(vault), name="Lycée Exemple")
    store = DocumentStore(vault.documents_dir, vault.database_key)
    contents: dict[str, bytes] = {}
    for number in range(REQUESTS):
        ref = svc.register_request(
            _uow(vault), type=RequestType.ACCESS, received_on=date(2026, 3, 2), name=f"P {number}"
        ).reference
        content = f"scan of ID card {number}".encode() * 50
        view = attach_document(
            _uow(vault), store, ref, DocumentKind.ID, f"id{number}.pdf", "application/pdf", content
        )
        contents[view.document_id] = content
    return contents


def _check_all_open(data_dir: Path, unlock: Unlock, contents: dict[str, bytes]) -> Vault:
    """Open, count the requests, decrypt every document; returns the open vault."""
    vault = open_vault(data_dir, CLOCK, unlock)
    assert vault.reader.execute("SELECT count(*) FROM requests").fetchone()[0] == REQUESTS
    rows = vault.reader.execute(
        "SELECT document_id, stored_name, wrapped_key FROM documents"
    ).fetchall()
    store = DocumentStore(vault.documents_dir, vault.database_key)
    decrypted = {doc_id: store.read_bytes((name, bytes(key))) for doc_id, name, key in rows}
    assert decrypted == contents
    assert not (data_dir / key_rotation.JOURNAL_FILE).exists()
    return vault


def _old_copy(data_dir: Path, old_header: bytes, where: Path) -> Path:
    """The current database with the vault.json copied before the rotation."""
    where.mkdir()
    shutil.copy2(data_dir / DB_FILE, where / DB_FILE)
    (where / HEADER_FILE).write_bytes(old_header)
    return where


def _new_passphrase_vault(data_dir: Path) -> tuple[dict[str, bytes], bytes, str]:
    vault, recovery_key = create_vault(data_dir, CLOCK, passphrase=PASSPHRASE)
    contents = _seed(vault)
    vault.close()
    return contents, (data_dir / HEADER_FILE).read_bytes(), recovery_key


# --- the CLI ----------------------------------------------------------------------------


@pytest.mark.parametrize("weak", ["1234567890", "aaaaaaaaaa"])
def test_cli_init_refuses_a_weak_passphrase_and_creates_nothing(tmp_path: Path, weak: str) -> None:
    data_dir = tmp_path / "data"
    result = run_cli(data_dir, "init", passphrase=weak)
    assert result.code == 2
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("dsr-desk: error: This passphrase is too easy to guess.")
    assert not data_dir.exists()


def test_cli_recover_refuses_a_weak_new_passphrase(data_dir: Path) -> None:
    _, old_header, recovery_key = _new_passphrase_vault(data_dir)
    env = {"DSR_DESK_RECOVERY_KEY": recovery_key}
    result = run_cli(data_dir, "recover", "--new-passphrase", passphrase="aaaaaaaaaa", env=env)
    assert result.code == 2
    assert result.err.startswith("dsr-desk: error: This passphrase is too easy to guess.")
    assert len(result.err.splitlines()) == 1
    assert (data_dir / HEADER_FILE).read_bytes() == old_header


def test_cli_rekey_in_passphrase_mode(data_dir: Path, tmp_path: Path) -> None:
    contents, old_header, old_recovery = _new_passphrase_vault(data_dir)

    result = run_cli(data_dir, "rekey")
    assert result.code == 0, result.err
    new_recovery = next(word for word in result.out.split() if word.count("-") == 8)
    assert new_recovery != old_recovery
    assert (data_dir / HEADER_FILE).read_bytes() != old_header
    assert (data_dir / HEADER_COPY_DIR / HEADER_FILE).read_bytes() == (
        data_dir / HEADER_FILE
    ).read_bytes()

    # the vault opens with the kept passphrase and with the new recovery key; all decrypts
    _check_all_open(data_dir, Unlock(passphrase=PASSPHRASE), contents).close()
    _check_all_open(data_dir, Unlock(recovery_key=new_recovery), contents).close()
    assert run_cli(data_dir, "audit", "verify").code == 0

    # an old copy of vault.json opens nothing any more, with the passphrase or the old
    # recovery key; the old recovery key does not open the current header either
    old_copy = _old_copy(data_dir, old_header, tmp_path / "before")
    with pytest.raises(VaultLocked, match="does not open this database"):
        open_vault(old_copy, CLOCK, Unlock(passphrase=PASSPHRASE))
    with pytest.raises(VaultLocked, match="does not open this database"):
        open_vault(old_copy, CLOCK, Unlock(recovery_key=old_recovery))
    with pytest.raises(VaultLocked):
        open_vault(data_dir, CLOCK, Unlock(recovery_key=old_recovery))


def test_cli_rekey_with_a_new_passphrase_refuses_a_weak_one(data_dir: Path) -> None:
    contents, old_header, _ = _new_passphrase_vault(data_dir)
    weak = run_cli(
        data_dir, "rekey", "--new-passphrase", env={"DSR_DESK_NEW_PASSPHRASE": "aaaaaaaaaa"}
    )
    assert weak.code == 2
    assert weak.err.startswith("dsr-desk: error: This passphrase is too easy to guess.")
    assert (data_dir / HEADER_FILE).read_bytes() == old_header  # nothing changed

    env = {"DSR_DESK_NEW_PASSPHRASE": NEW_PASSPHRASE}
    assert run_cli(data_dir, "rekey", "--new-passphrase", env=env).code == 0
    with pytest.raises(VaultLocked, match="Wrong passphrase"):
        open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    _check_all_open(data_dir, Unlock(passphrase=NEW_PASSPHRASE), contents).close()


def _recovery_key_in(output: str) -> str:
    return next(word for word in output.split() if word.count("-") == 8)


@pytest.mark.keyring
def test_cli_rekey_in_keyring_mode(data_dir: Path, tmp_path: Path) -> None:
    init = run_cli(data_dir, "init", passphrase=None)
    assert init.code == 0, init.err
    old_recovery = _recovery_key_in(init.out)
    old_header = (data_dir / HEADER_FILE).read_bytes()
    vault = open_vault(data_dir, CLOCK)
    vault_id, old_key = vault.header.vault_id, vault.database_key
    store = DocumentStore(vault.documents_dir, vault.database_key)
    contents: dict[str, bytes] = {}
    for number in range(REQUESTS):  # the entity was made by `init`
        ref = svc.register_request(
            _uow(vault), type=RequestType.ERASURE, received_on=date(2026, 3, 2), name=f"K {number}"
        ).reference
        content = f"letter {number}".encode()
        view = attach_document(
            _uow(vault), store, ref, DocumentKind.LETTER, "a.txt", "text/plain", content
        )
        contents[view.document_id] = content
    vault.close()
    try:
        result = run_cli(data_dir, "rekey", passphrase=None)
        assert result.code == 0, result.err
        new_recovery = _recovery_key_in(result.out)
        new_key = keyring_store.load_key(vault_id)
        assert new_key is not None and new_key != old_key
        _check_all_open(data_dir, Unlock(), contents).close()
        _check_all_open(data_dir, Unlock(recovery_key=new_recovery), contents).close()
        # neither the key the keyring held before nor the old vault.json's recovery slot
        # opens the database any more
        with pytest.raises(VaultLocked, match="does not open this database"):
            cipher.connect(data_dir / DB_FILE, old_key)
        old_copy = _old_copy(data_dir, old_header, tmp_path / "before")
        with pytest.raises(VaultLocked, match="does not open this database"):
            open_vault(old_copy, CLOCK, Unlock(recovery_key=old_recovery))
    finally:
        keyring_store.delete_key(vault_id)


# --- interrupted rotations --------------------------------------------------------------


def test_exception_between_rekey_and_rewrap_leaves_a_vault_that_opens(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contents, old_header, _ = _new_passphrase_vault(data_dir)
    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))

    def crash(*_args: object, **_kwargs: object) -> int:
        raise OSError("simulated crash")

    monkeypatch.setattr(key_rotation, "rewrap_document_keys", crash)
    with pytest.raises(VaultError, match="interrupted") as caught:
        key_rotation.rotate_key(
            vault, CLOCK, recovery_key=new_recovery_key(), passphrase=NEW_PASSPHRASE
        )
    assert isinstance(caught.value.__cause__, OSError)
    assert (data_dir / key_rotation.JOURNAL_FILE).exists()
    with pytest.raises(VaultLocked):
        _ = vault.database_key  # the vault object is locked, not half-usable
    monkeypatch.undo()

    # the database is rekeyed but the header is the old one: the OLD passphrase opens it,
    # completes the rotation (documents re-wrapped) and everything decrypts
    _check_all_open(data_dir, Unlock(passphrase=PASSPHRASE), contents).close()
    _check_all_open(data_dir, Unlock(passphrase=NEW_PASSPHRASE), contents).close()
    old_copy = _old_copy(data_dir, old_header, tmp_path / "before")
    with pytest.raises(VaultLocked, match="does not open this database"):
        open_vault(old_copy, CLOCK, Unlock(passphrase=PASSPHRASE))


def test_a_failure_before_the_rekey_changes_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contents, old_header, old_recovery = _new_passphrase_vault(data_dir)
    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))

    def full_disk(*_args: object) -> None:
        raise VaultError("The disk is full.")

    monkeypatch.setattr(key_rotation, "rekey_database", full_disk)
    with pytest.raises(VaultError, match="disk is full"):
        key_rotation.rotate_key(
            vault, CLOCK, recovery_key=new_recovery_key(), passphrase=PASSPHRASE
        )
    # the same vault object goes on with the old key
    assert vault.reader.execute("SELECT count(*) FROM requests").fetchone()[0] == REQUESTS
    vault.close()
    assert (data_dir / HEADER_FILE).read_bytes() == old_header
    assert not (data_dir / key_rotation.JOURNAL_FILE).exists()
    _check_all_open(data_dir, Unlock(recovery_key=old_recovery), contents).close()


def test_a_weak_kept_passphrase_is_refused_before_anything_changes(data_dir: Path) -> None:
    _new_passphrase_vault(data_dir)
    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    with pytest.raises(ValidationError, match="too easy to guess"):
        key_rotation.rotate_key(
            vault, CLOCK, recovery_key=new_recovery_key(), passphrase="1234567890"
        )
    vault.close()
    assert not (data_dir / key_rotation.JOURNAL_FILE).exists()


_CHILD = textwrap.dedent(
    """
    import os, sys
    from datetime import date
    from pathlib import Path
    from dsr_desk.domain.clock import FixedClock
    from dsr_desk.storage import key_rotation
    from dsr_desk.storage.vault import Unlock, open_vault

    data_dir, step, passphrase, new_passphrase, recovery = sys.argv[1:6]
    clock = FixedClock.on(date(2026, 3, 20))
    vault = open_vault(Path(data_dir), clock, Unlock(passphrase=passphrase))

    def die(*args, **kwargs):
        os._exit(9)  # no clean-up of any kind: as if the power went off here

    setattr(key_rotation, step, die)
    key_rotation.rotate_key(vault, clock, recovery_key=recovery, passphrase=new_passphrase)
    sys.exit("the rotation went through although a step killed the process")
    """
)

# The process is killed when it reaches each step: before the rekey (journal written), between
# the rekey and the re-wrap, after the re-wrap (documents under the new key, header old), and
# after the new header was saved (journal not yet removed).
_STEPS = ["rekey_database", "rewrap_document_keys", "after_key_change", "discard_journal"]


@pytest.mark.parametrize("step", _STEPS)
def test_a_killed_rotation_opens_with_old_or_new_key_material(
    data_dir: Path, tmp_path: Path, step: str
) -> None:
    contents, old_header, old_recovery = _new_passphrase_vault(data_dir)
    new_recovery = new_recovery_key()
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            str(data_dir),
            step,
            PASSPHRASE,
            NEW_PASSPHRASE,
            new_recovery,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == 9, child.stderr
    assert (data_dir / key_rotation.JOURNAL_FILE).exists()

    # every piece of key material, old and new, opens the interrupted vault (each open
    # completes the rotation; the first one does the work, later ones find it done)
    first = [
        Unlock(passphrase=PASSPHRASE),
        Unlock(passphrase=NEW_PASSPHRASE),
        Unlock(recovery_key=old_recovery),
        Unlock(recovery_key=new_recovery),
    ][_STEPS.index(step)]
    _check_all_open(data_dir, first, contents).close()
    _check_all_open(data_dir, Unlock(passphrase=NEW_PASSPHRASE), contents).close()
    _check_all_open(data_dir, Unlock(recovery_key=new_recovery), contents).close()
    with pytest.raises(VaultLocked):
        open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    old_copy = _old_copy(data_dir, old_header, tmp_path / "before")
    with pytest.raises(VaultLocked, match="does not open this database"):
        open_vault(old_copy, CLOCK, Unlock(passphrase=PASSPHRASE))
