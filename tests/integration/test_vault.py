"""The vault on the real SQLCipher file: round trip, wrong secrets, canary, migrations."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import ValidationError, VaultError, VaultLocked
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import entities as entity_service
from dsr_desk.services import requests as svc
from dsr_desk.storage import derived_tables, migrate
from dsr_desk.storage.engine import cipher_version
from dsr_desk.storage.tables import metadata
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import DB_FILE, Unlock, Vault, create_vault, open_vault
from tests.integration.cli_helpers import PASSPHRASE, all_bytes_under, init_vault, run_cli

CLOCK = FixedClock.on(date(2026, 3, 20))
CANARY = "Zébulon Canarywitz"
CANARY_EMAIL = "zebulon.canarywitz@example.org"


def _new_vault(data_dir: Path) -> Vault:
    vault, recovery_key = create_vault(data_dir, CLOCK, passphrase=PASSPHRASE)
    assert len(recovery_key.replace("-", "")) >= 32
    entity_service.create_entity(_uow(vault), name="Lycée Exemple")
    return vault


def _uow(vault: Vault) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, CLOCK, "tester")


def _fingerprint(folder: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(b).hexdigest() for p, b in all_bytes_under(folder).items()}


def test_round_trip_on_the_sqlcipher_file(data_dir: Path) -> None:
    vault = _new_vault(data_dir)
    assert cipher_version(vault.engine).startswith("4.")
    ref = svc.register_request(
        _uow(vault), type=RequestType.ACCESS, received_on=date(2026, 3, 2), name="Marie Curie"
    ).reference
    vault.close()

    raw = (data_dir / DB_FILE).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / DB_FILE).execute("select * from sqlite_master").fetchall()

    reopened = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    detail = svc.get_request(_uow(reopened), ref)
    assert (detail.requester_name, detail.due) == ("Marie Curie", date(2026, 4, 2))
    with reopened.engine.connect() as connection:
        pragmas = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "secure_delete", "foreign_keys")
        }
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "secure_delete": 1,
        "foreign_keys": 1,
    }
    reopened.close()


def test_files_are_private(data_dir: Path) -> None:
    _new_vault(data_dir).close()
    for path in data_dir.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path


def test_wrong_passphrase_changes_nothing(data_dir: Path) -> None:
    _new_vault(data_dir).close()
    before = _fingerprint(data_dir)
    with pytest.raises(VaultLocked, match="Wrong passphrase"):
        open_vault(data_dir, CLOCK, Unlock(passphrase="not the passphrase"))
    with pytest.raises(VaultLocked, match="passphrase"):
        open_vault(data_dir, CLOCK, Unlock())
    assert _fingerprint(data_dir) == before


def test_recovery_key_opens_and_a_wrong_one_does_not(data_dir: Path) -> None:
    vault, recovery_key = create_vault(data_dir, CLOCK, passphrase=PASSPHRASE)
    vault.close()
    open_vault(data_dir, CLOCK, Unlock(recovery_key=recovery_key.lower())).close()
    with pytest.raises((VaultLocked, ValidationError)):
        open_vault(data_dir, CLOCK, Unlock(recovery_key="0" * 36))


def test_wrong_passphrase_through_the_cli(data_dir: Path) -> None:
    init_vault(data_dir)
    before = _fingerprint(data_dir)
    result = run_cli(data_dir, "request", "list", passphrase="wrong wrong wrong")
    assert result.code == 2
    assert result.err.strip() == "dsr-desk: error: Wrong passphrase: the vault stays locked."
    assert _fingerprint(data_dir) == before


def test_no_vault_gives_a_clear_message(data_dir: Path) -> None:
    result = run_cli(data_dir / "missing", "request", "list")
    assert result.code == 2
    assert "run `dsr-desk init` first" in result.err


def _assert_canary_absent(folder: Path) -> None:
    needles = [CANARY, CANARY_EMAIL, "Canarywitz", "canarywitz"]
    files = all_bytes_under(folder)
    assert files, "no files to check"
    for path, content in files.items():
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "latin-1"):
                try:
                    encoded = needle.encode(encoding)
                except UnicodeEncodeError:
                    continue
                assert encoded not in content, f"{needle!r} ({encoding}) found in {path.name}"


def test_canary_never_reaches_any_file(data_dir: Path) -> None:
    init_vault(data_dir)
    for day in ("2026-03-02", "2026-03-03"):
        added = run_cli(
            data_dir,
            "request",
            "add",
            "--type",
            "access",
            "--received",
            day,
            "--name",
            CANARY,
            "--email",
            CANARY_EMAIL,
            "--summary",
            f"{CANARY} asks for a copy of the file",
            today="2026-03-20",
        )
        assert added.code == 0, added.err
    assert (
        run_cli(
            data_dir,
            "request",
            "extend",
            "DSR-2026-0001",
            "--reason",
            f"complex request of {CANARY}",
            today="2026-03-20",
        ).code
        == 0
    )
    _assert_canary_absent(data_dir)

    # also while the write-ahead log still holds fresh pages (no checkpoint yet)
    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    svc.register_request(
        _uow(vault),
        type=RequestType.OBJECTION,
        received_on=date(2026, 3, 4),
        name=CANARY,
        email=CANARY_EMAIL,
    )
    wal = data_dir / f"{DB_FILE}-wal"
    assert wal.exists() and wal.stat().st_size > 0
    _assert_canary_absent(data_dir)
    vault.close()
    _assert_canary_absent(data_dir)


def test_migration_from_an_empty_database_reaches_head(data_dir: Path) -> None:
    vault = _new_vault(data_dir)
    assert migrate.current_revision(vault.engine) == migrate.SCHEMA_HEAD == migrate.alembic_head()
    with vault.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": derived_tables.alembic_include_name}
        )
        differences = compare_metadata(context, metadata)
    assert differences == [], "tables.py and the migrations have drifted apart"
    vault.close()


def test_upgrade_backs_the_database_up_first(data_dir: Path) -> None:
    _new_vault(data_dir).close()
    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    assert vault.backup_made is None  # already at head: nothing to do
    with vault.engine.begin() as connection:  # an older schema: undo all but the first
        command.downgrade(migrate.alembic_config(connection), "0001")
    vault.close()

    copies: list[bytes] = []
    real_backup = migrate.backup_database

    def backup_and_look(*args: Any) -> Path:
        made = real_backup(*args)
        copies.append(made.read_bytes())
        return made

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(migrate, "backup_database", backup_and_look)
        reopened = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    assert reopened.backup_made is not None
    assert reopened.backup_made.parent == data_dir / "backups"
    assert len(copies) == 1 and not copies[0].startswith(b"SQLite format 3")  # encrypted
    # the copy holds every document's key: gone once the upgraded database passed its check
    assert not reopened.backup_made.exists()
    assert migrate.current_revision(reopened.engine) == migrate.SCHEMA_HEAD
    reopened.close()


def test_newer_schema_is_refused_untouched(data_dir: Path) -> None:
    vault = _new_vault(data_dir)
    with vault.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    vault.close()
    before = _fingerprint(data_dir)
    with pytest.raises(VaultError, match="newer version of DSR Desk"):
        open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    assert _fingerprint(data_dir) == before
    assert not list((data_dir / "backups").glob("*.db"))


def test_creating_over_an_existing_vault_is_refused(data_dir: Path) -> None:
    _new_vault(data_dir).close()
    before = _fingerprint(data_dir)
    with pytest.raises(VaultError, match="already exists"):
        create_vault(data_dir, CLOCK, passphrase=PASSPHRASE)
    assert _fingerprint(data_dir) == before


def test_a_lost_or_damaged_header_is_restored_from_its_copy(data_dir: Path) -> None:
    _new_vault(data_dir).close()
    (data_dir / "vault.json").unlink()
    open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE)).close()
    assert (data_dir / "vault.json").exists()
    (data_dir / "vault.json").write_text("{ damaged")
    open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE)).close()
    (data_dir / "vault.json").write_text("{ damaged")
    (data_dir / "backups" / "vault.json").unlink()
    with pytest.raises(VaultError, match=r"vault\.json"):
        open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
