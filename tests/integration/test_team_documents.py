"""Team mode's documents, purge and migration on a real PostgreSQL server (the throwaway
cluster), through the real CLI in a subprocess: a document stored with ``--db`` is read back by
another user (also after a key rotation); a purge deletes its wrapped key and ciphertext rows
and VACUUMs the tables; ``migrate-to-team`` keeps every row and one valid audit chain, and
leaves nothing on the server when it fails."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import psycopg
import pytest

from dsr_desk.domain.audit import verify_chain
from dsr_desk.domain.clock import FixedClock
from dsr_desk.services import team
from dsr_desk.storage.pg_engine import TeamDatabase, create_team_engine
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, open_vault
from tests.integration.cli_helpers import PASSPHRASE, Result, init_vault, run_cli
from tests.postgres_cluster import find_binary

pytestmark = pytest.mark.postgres

ADMIN, ADMIN_PASSWORD = "camille", "orchard velvet compass harbour"
ASSISTANT, ASSISTANT_PASSWORD = "noah", "lantern meadow pebble violin"
CANARY = b"Passeport de Zebulon Canarywitz, numero 12AB34567"
TODAY = "2025-03-01"


def _team(data_dir: Path, url: str, user: str, password: str, *args: str, **kw: str) -> Result:
    env = {"DSR_DESK_USER": user, "DSR_DESK_PASSWORD": password}
    return run_cli(data_dir, "--db", url, *args, passphrase=None, env=env, today=kw.get("today"))


def _dump(url: str) -> bytes:
    import subprocess

    return subprocess.run(
        [find_binary("pg_dump"), "--no-owner", "--inserts", url],
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout


def _query(url: str, sql: str, *params: object) -> list[tuple[object, ...]]:
    with psycopg.connect(url, autocommit=True) as connection:
        return list(connection.execute(sql.encode(), params).fetchall())


def test_a_document_stored_with_db_is_read_by_another_user_then_purged_with_vacuum(
    pg_empty_url: str, data_dir: Path, tmp_path: Path
) -> None:
    made = run_cli(
        data_dir,
        "--db",
        pg_empty_url,
        "init",
        "--entity",
        "Lycée Exemple",
        "--admin",
        ADMIN,
        passphrase=None,
        env={"DSR_DESK_PASSWORD": ADMIN_PASSWORD},
    )
    assert made.code == 0, made.err
    added = run_cli(
        data_dir,
        "--db",
        pg_empty_url,
        "user",
        "add",
        ASSISTANT,
        "--role",
        "assistant",
        passphrase=None,
        env={
            "DSR_DESK_USER": ADMIN,
            "DSR_DESK_PASSWORD": ADMIN_PASSWORD,
            "DSR_DESK_NEW_PASSWORD": ASSISTANT_PASSWORD,
        },
    )
    assert added.code == 0, added.err
    assistant = (data_dir, pg_empty_url, ASSISTANT, ASSISTANT_PASSWORD)
    dpo = (data_dir, pg_empty_url, ADMIN, ADMIN_PASSWORD)
    ref = _team(
        *assistant,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2025-01-10",
        "--name",
        "Zebulon Canarywitz",
        today=TODAY,
    ).out.strip()
    scan = tmp_path / "passport scan.pdf"
    scan.write_bytes(CANARY)
    stored = _team(*assistant, "document", "add", ref, str(scan), "--kind", "id", today=TODAY)
    assert stored.code == 0, stored.err
    document_id = stored.out.strip()
    assert _query(
        pg_empty_url, "SELECT count(*) FROM team_documents WHERE document_id = %s", document_id
    ) == [(2,)]  # the header and one segment, on the server
    assert CANARY not in _dump(pg_empty_url)

    copy = tmp_path / "copy.pdf"
    read = _team(
        *dpo, "document", "export", ref, document_id, "--out", str(copy), "--reason", "check"
    )
    assert read.code == 0, read.err
    assert copy.read_bytes() == CANARY  # another user, another login: the same document
    rotated = _team(*dpo, "rotate-team-key")
    assert rotated.code == 0, rotated.err
    again = tmp_path / "again.pdf"
    reread = _team(
        *assistant, "document", "export", ref, document_id, "--out", str(again), "--reason", "x"
    )
    assert reread.code == 0, reread.err
    assert again.read_bytes() == CANARY  # its key was wrapped again under the new team key

    closed = _team(*assistant, "request", "close", ref, "--outcome", "completed", today=TODAY)
    assert closed.code == 0, closed.err
    refused = _team(*assistant, "purge", today="2026-03-05")
    assert refused.code == 2 and "does not allow purging" in refused.err
    assert _query(pg_empty_url, "SELECT last_vacuum FROM pg_stat_user_tables") == [(None,)] * len(
        _query(pg_empty_url, "SELECT 1 FROM pg_stat_user_tables")
    )
    purged = _team(*dpo, "purge", today="2026-03-05")
    assert purged.code == 0, purged.err
    assert "1 document purged" in purged.out and purged.err == ""
    assert _query(
        pg_empty_url, "SELECT count(*) FROM team_documents WHERE document_id = %s", document_id
    ) == [(0,)]
    assert _query(
        pg_empty_url, "SELECT wrapped_key FROM documents WHERE document_id = %s", document_id
    ) == [(None,)]
    vacuumed = dict(
        _query(
            pg_empty_url,
            "SELECT relname, last_vacuum IS NOT NULL FROM pg_stat_user_tables "
            "WHERE relname IN ('documents', 'team_documents')",
        )
    )
    assert vacuumed == {"documents": True, "team_documents": True}
    gone = _team(
        *dpo, "document", "export", ref, document_id, "--out", str(tmp_path / "g"), "--reason", "x"
    )
    assert gone.code == 2 and "purged" in gone.err

    attestation = tmp_path / "attestation.pdf"
    made_pdf = _team(
        *dpo,
        "records",
        "attestation",
        "--start",
        "2026-01-01",
        "--end",
        "2026-12-31",
        "--out",
        str(attestation),
        today="2026-03-05",
    )
    assert made_pdf.code == 0, made_pdf.err


def _workstation_with_documents(data_dir: Path, tmp_path: Path) -> tuple[str, str]:
    init_vault(data_dir, "--address", "1 rue de la Paix\n75002 Paris", "--dpo", "dpo@example.org")
    refs = []
    for name in ("Zebulon Canarywitz", "Éloïse Martin"):
        logged = run_cli(
            data_dir,
            "request",
            "add",
            "--type",
            "access",
            "--received",
            "2025-01-10",
            "--name",
            name,
            "--email",
            "zebulon@example.org" if name.startswith("Z") else "eloise@example.org",
            today=TODAY,
        )
        assert logged.code == 0, logged.err
        refs.append(logged.out.strip())
    scan = tmp_path / "passport scan.pdf"
    scan.write_bytes(CANARY)
    added = run_cli(data_dir, "document", "add", refs[0], str(scan), "--kind", "id", today=TODAY)
    assert added.code == 0, added.err
    letter = run_cli(
        data_dir, "letter", refs[1], "--kind", "acknowledgement", "--out", str(tmp_path / "ack.pdf")
    )
    assert letter.code == 0, letter.err
    return refs[0], added.out.strip()


def test_migrate_to_team_keeps_every_row_and_one_valid_chain(
    pg_empty_url: str, data_dir: Path, tmp_path: Path
) -> None:
    ref, document_id = _workstation_with_documents(data_dir, tmp_path)
    moved = run_cli(
        data_dir,
        "--db",
        pg_empty_url,
        "migrate-to-team",
        "--admin",
        ADMIN,
        "--server-backup-days",
        "45",
        "--json",
        env={"DSR_DESK_PASSWORD": ADMIN_PASSWORD},
    )
    assert moved.code == 0, moved.err
    report = json.loads(moved.out)
    source, target = report["source"], report["target"]
    assert source["requests"] == target["requests"] == 2
    assert source["requesters"] == target["requesters"] == 2
    assert source["documents"] == target["documents"] == 2  # the ID copy and the letter
    assert source["stored_documents"] == target["stored_documents"] == 2
    assert target["audit_entries"] == source["audit_entries"] + 1  # + team.migrated
    assert report["recovery_key"]

    clock = FixedClock.on(date(2025, 3, 2))
    vault = open_vault(data_dir, clock, Unlock(passphrase=PASSPHRASE))
    try:
        with SqlUnitOfWork(vault.session_factory, clock, "x") as uow:
            vault_entries = list(uow.audit.entries())
            vault_request = uow.requests.get(ref)
            assert vault_request is not None
            vault_name = vault_request.requester.name
    finally:
        vault.close()
    database = TeamDatabase(create_team_engine(pg_empty_url))
    try:
        team.log_in(database, clock, ADMIN, ADMIN_PASSWORD)
        with SqlUnitOfWork(database.session_factory, clock, ADMIN) as uow:
            server_entries = list(uow.audit.entries())
            chain = verify_chain(server_entries, uow.audit.head())
            server_request = uow.requests.get(ref)
            assert server_request is not None
            server_name = server_request.requester.name
            server_documents = [d.document_id for d in server_request.documents]
            settings = uow.settings.all()
    finally:
        database.close()
    assert chain.ok, chain.message
    copied = len(vault_entries)
    assert [(e.seq, e.hash) for e in server_entries[:copied]] == [
        (e.seq, e.hash) for e in vault_entries
    ]
    migrated, changed = server_entries[copied:]  # the chain continued on the server
    assert migrated.action == "team.migrated" and migrated.prev_hash == vault_entries[-1].hash
    assert changed.action == "settings.changed" and changed.user == ADMIN
    assert server_name == vault_name == "Zebulon Canarywitz"
    assert server_documents == [document_id]
    assert settings.get("server_backup_days") == "45"

    dpo = (data_dir, pg_empty_url, ADMIN, ADMIN_PASSWORD)
    found = _team(*dpo, "request", "list", "--search", "zebul")
    assert found.code == 0 and ref in found.out, found.err  # through the blind index
    copy = tmp_path / "copy.pdf"
    read = _team(*dpo, "document", "export", ref, document_id, "--out", str(copy), "--reason", "x")
    assert read.code == 0, read.err
    assert copy.read_bytes() == CANARY
    dump = _dump(pg_empty_url)
    assert CANARY not in dump and b"Canarywitz" not in dump and b"Zebulon" not in dump
    added = _team(*dpo, "request", "add", "--type", "erasure", "--received", "2025-03-01",
                  "--name", "New Person")  # fmt: skip
    assert added.code == 0, added.err  # the ids' sequences moved past the copied rows

    twice = run_cli(
        data_dir,
        "--db",
        pg_empty_url,
        "migrate-to-team",
        "--admin",
        ADMIN,
        env={"DSR_DESK_PASSWORD": ADMIN_PASSWORD},
    )
    assert twice.code == 2 and twice.err.count("\n") == 1 and "not empty" in twice.err


def test_a_failed_migration_leaves_nothing_on_the_server(
    pg_empty_url: str, data_dir: Path, tmp_path: Path
) -> None:
    _ref, document_id = _workstation_with_documents(data_dir, tmp_path)
    (data_dir / "documents" / f"{document_id}.dsrdoc").unlink()
    moved = run_cli(
        data_dir,
        "--db",
        pg_empty_url,
        "migrate-to-team",
        "--admin",
        ADMIN,
        env={"DSR_DESK_PASSWORD": ADMIN_PASSWORD},
    )
    assert moved.code == 2 and moved.err.count("\n") == 1, moved.err
    assert document_id in moved.err and "nothing was copied" in moved.err
    assert _query(pg_empty_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [
        (0,)
    ]
