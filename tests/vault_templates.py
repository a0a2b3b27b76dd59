"""Template vaults: each kind of test vault is made once per test process, then copied.

Creating a passphrase-mode vault pays argon2id (a quarter to half a second, by design) and runs
every migration; most tests only need a vault to exist. ``open_copy`` copies a template's files
(database, header and its backup copy, audit anchor) into the test's data dir and opens the copy
with the recovery key, whose key-encryption key is HKDF-derived: no argon2id. For CLI tests,
``tests.integration.cli_helpers.init_vault`` copies a template made once by the real
``dsr-desk init``.

A copy is a real vault: the same files the product wrote, opened by the product's code. Copies
share their template's vault id, database key and recovery key; they are passphrase-mode vaults,
so no keyring entry is shared. Templates live for one test process (each pytest-xdist worker
makes its own). Tests about creating a vault, the KDF or the keyring still create their own.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from dsr_desk.domain.clock import Clock
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, Vault, create_vault, open_vault, vault_exists

TEMPLATE_PASSPHRASE = "correct horse battery staple"

_ROOT = Path(tempfile.mkdtemp(prefix="dsr-desk-templates-"))
atexit.register(shutil.rmtree, _ROOT, ignore_errors=True)
_made: dict[tuple[object, ...], tuple[Path, str]] = {}


def template(key: tuple[object, ...], make: Callable[[Path], str]) -> tuple[Path, str]:
    """The template for ``key`` (its folder and recovery key), made on first use."""
    if key not in _made:
        folder = _ROOT / f"t{len(_made)}" / "data"
        folder.parent.mkdir()
        _made[key] = folder, make(folder)
    return _made[key]


def copy_files(folder: Path, data_dir: Path) -> None:
    """Copy a closed vault's files into ``data_dir`` (made if missing; it must hold no vault)."""
    if vault_exists(data_dir):
        raise AssertionError(f"{data_dir} already holds a vault")
    shutil.copytree(folder, data_dir, dirs_exist_ok=True)


def copy_vault(
    data_dir: Path,
    clock: Clock,
    *,
    user: str = "ui-tester",
    passphrase: str = TEMPLATE_PASSPHRASE,
    entities: Sequence[Mapping[str, Any]] = (),
) -> str:
    """Put a closed passphrase-mode vault in ``data_dir``, as ``create_vault(data_dir, clock,
    passphrase=passphrase)`` then ``create_entity(uow, **fields)`` by ``user`` for each of
    ``entities`` in turn would leave it; returns its recovery key."""
    listed = tuple(tuple(sorted(fields.items())) for fields in entities)
    key = ("vault", clock.now(), user, passphrase, listed)

    def make(folder: Path) -> str:
        from dsr_desk.services.entities import create_entity

        vault, recovery_key = create_vault(folder, clock, passphrase=passphrase)
        try:
            for fields in entities:
                create_entity(SqlUnitOfWork(vault.session_factory, clock, user), **fields)
        finally:
            vault.close()
        return recovery_key

    folder, recovery_key = template(key, make)
    copy_files(folder, data_dir)
    return recovery_key


def open_copy(
    data_dir: Path,
    clock: Clock,
    *,
    user: str = "ui-tester",
    passphrase: str = TEMPLATE_PASSPHRASE,
    entities: Sequence[Mapping[str, Any]] = (),
) -> tuple[Vault, str]:
    """``copy_vault``, then the copy opened with its recovery key (no argon2id): stands for
    ``create_vault(data_dir, clock, passphrase=passphrase)`` in tests not about creating."""
    recovery_key = copy_vault(data_dir, clock, user=user, passphrase=passphrase, entities=entities)
    return open_vault(data_dir, clock, Unlock(recovery_key=recovery_key)), recovery_key
