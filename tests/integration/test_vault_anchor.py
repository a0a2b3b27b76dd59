"""The vault refuses to be silently emptied, truncated or rolled back: a missing, empty or
damaged database, or one whose audit log does not match the anchor kept beside vault.json, is
refused (CLI: one line, exit 2; `audit verify`: exit 1 for tampering); the anchor follows each
commit, a lagging anchor is caught up, two processes update it under a file lock."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from dsr_desk.domain.audit import ChainHead
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import IntegrityError, VaultRefused
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as request_service
from dsr_desk.storage.audit_anchor import ANCHOR_FILE, AuditAnchor, reanchor
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import DB_FILE, Unlock, open_vault, reanchor_deliberately
from tests.integration.cli_helpers import PASSPHRASE, Result, init_vault, run_cli
from tests.vault_templates import copy_files

TODAY = "2026-03-20"
CLOCK = FixedClock.on(date(2026, 3, 20))
CANARY = "Canary-Zebulon-Quartz"  # a requester's detail, typed by the staff


def _add(data_dir: Path, day: str = "2026-03-02") -> None:
    result = run_cli(
        data_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        day,
        "--name",
        "Hélène Anchor",
        today=TODAY,
    )
    assert result.code == 0, result.err


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("anchor") / "data"
    init_vault(data_dir)  # entry 1
    _add(data_dir)  # entry 2
    _add(data_dir, "2026-03-03")  # entry 3
    return data_dir


@pytest.fixture
def vault_dir(template: Path, tmp_path: Path) -> Path:
    copy_files(template, tmp_path / "data")
    return tmp_path / "data"


def _anchor_of(data_dir: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((data_dir / ANCHOR_FILE).read_text())
    return loaded


def _open(data_dir: Path, *, check: bool = True):  # type: ignore[no-untyped-def]
    return open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE), check_audit_anchor=check)


def _sql(data_dir: Path, *statements: str) -> None:
    vault = _open(data_dir, check=False)
    with vault.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    vault.close()


def _refused(result: Result, *words: str) -> None:
    assert result.code == 2, result
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dsr-desk: error: "), result.err
    assert "Traceback" not in result.err
    for word in words:
        assert word in lines[0]


def _verify(data_dir: Path) -> tuple[int, dict[str, object]]:
    result = run_cli(data_dir, "audit", "verify", "--json")
    return result.code, json.loads(result.out) if result.out else {}


# --- missing, empty, truncated ----------------------------------------------------------


def test_an_empty_database_is_refused_not_recreated(vault_dir: Path) -> None:
    (vault_dir / DB_FILE).write_bytes(b"")
    _refused(run_cli(vault_dir, "request", "list"), "empty", "backup")
    _refused(run_cli(vault_dir, "audit", "verify"), "empty")  # cannot read: exit 2
    assert (vault_dir / DB_FILE).stat().st_size == 0  # nothing was made over it


def test_a_missing_database_is_refused(vault_dir: Path) -> None:
    (vault_dir / DB_FILE).unlink()
    _refused(run_cli(vault_dir, "request", "list"), "missing", "backup")
    assert not (vault_dir / DB_FILE).exists()


def test_a_truncated_database_is_refused(vault_dir: Path) -> None:
    db = vault_dir / DB_FILE
    size = db.stat().st_size
    with db.open("r+b") as stream:
        stream.truncate(size // 2 // 4096 * 4096)
    _refused(run_cli(vault_dir, "request", "list"), "damaged", "backup")
    _refused(run_cli(vault_dir, "audit", "verify"), "damaged")


def test_a_database_without_a_register_is_refused(vault_dir: Path) -> None:
    _sql(vault_dir, "DELETE FROM alembic_version")
    _refused(run_cli(vault_dir, "request", "list"), "no DSR Desk register")


# --- rolled back, dropped tail, deleted head ---------------------------------------------


def test_an_older_copy_swapped_in_is_refused_and_reported(vault_dir: Path) -> None:
    older = (vault_dir / DB_FILE).read_bytes()
    _add(vault_dir, "2026-03-04")  # entry 4, anchored
    assert _anchor_of(vault_dir)["seq"] == 4
    (vault_dir / DB_FILE).write_bytes(older)
    _refused(run_cli(vault_dir, "request", "list"), "older copy", "#3", "#4")
    code, report = _verify(vault_dir)
    assert (code, report["problem"], report["entry"]) == (1, "deleted", 4)
    assert "older copy" in str(report["message"])
    with pytest.raises(VaultRefused):
        _open(vault_dir)


def test_a_dropped_tail_is_refused_and_reported(vault_dir: Path) -> None:
    _sql(  # a careful forger keeps the stored head consistent with what is left
        vault_dir,
        "DELETE FROM audit_log WHERE seq = 3",
        "UPDATE audit_head SET seq = 2, hash = (SELECT hash FROM audit_log WHERE seq = 2)",
    )
    _refused(run_cli(vault_dir, "request", "list"), "ends at entry #2", "anchored at entry #3")
    code, report = _verify(vault_dir)
    assert (code, report["problem"], report["entry"]) == (1, "deleted", 3)


def test_a_deleted_stored_head_is_refused_and_reported(vault_dir: Path) -> None:
    _sql(vault_dir, "DELETE FROM audit_head")
    _refused(run_cli(vault_dir, "request", "list"), "recorded end", "missing")
    code, report = _verify(vault_dir)
    assert (code, report["problem"]) == (1, "deleted")
    assert "recorded end" in str(report["message"])


def test_an_altered_or_missing_anchor_is_refused(vault_dir: Path) -> None:
    anchor = _anchor_of(vault_dir)
    (vault_dir / ANCHOR_FILE).write_text(json.dumps({**anchor, "seq": 2}))
    _refused(run_cli(vault_dir, "request", "list"), "altered")
    code, report = _verify(vault_dir)
    assert (code, report["problem"]) == (1, "unanchored")
    (vault_dir / ANCHOR_FILE).unlink()
    _refused(run_cli(vault_dir, "request", "list"), "anchor", "missing")


def test_writes_after_tampering_fail_with_one_clear_message(vault_dir: Path) -> None:
    vault = _open(vault_dir)  # opened before the tampering (the GUI, say)
    try:
        with vault.engine.begin() as connection:
            connection.execute(text("DELETE FROM audit_head"))
        with pytest.raises(IntegrityError, match="nothing was saved"):
            request_service.start_processing(
                SqlUnitOfWork(vault.session_factory, CLOCK, "tester"), "DSR-2026-0001"
            )
    finally:
        vault.close()
    _refused(run_cli(vault_dir, "request", "start", "DSR-2026-0001", today=TODAY), "recorded end")


# --- the anchor follows the log ---------------------------------------------------------


def test_the_anchor_follows_each_commit(vault_dir: Path) -> None:
    vault = _open(vault_dir)
    try:
        anchor = vault.audit_anchor
        assert anchor.read() is not None and anchor.read().seq == 3  # type: ignore[union-attr]
        request_service.start_processing(
            SqlUnitOfWork(vault.session_factory, CLOCK, "tester"), "DSR-2026-0001"
        )
        with vault.engine.connect() as connection:
            last = connection.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC"))
            seq, digest = last.first()  # type: ignore[misc]
        assert anchor.read() == ChainHead(seq, digest) and seq == 4
    finally:
        vault.close()
    assert (vault_dir / ANCHOR_FILE).stat().st_mode & 0o077 == 0  # owner-only


def test_a_lagging_anchor_is_caught_up_if_the_log_chains_forward(vault_dir: Path) -> None:
    lagging = (vault_dir / ANCHOR_FILE).read_bytes()
    _add(vault_dir, "2026-03-04")
    _add(vault_dir, "2026-03-05")
    (vault_dir / ANCHOR_FILE).write_bytes(lagging)  # as if both crashed before the anchor
    result = run_cli(vault_dir, "request", "list")
    assert result.code == 0, result.err
    assert _anchor_of(vault_dir)["seq"] == 5  # advanced at open
    assert _verify(vault_dir)[0] == 0


def test_a_lagging_anchor_on_another_branch_is_refused(vault_dir: Path, tmp_path: Path) -> None:
    other = Path(shutil.copytree(vault_dir, tmp_path / "other"))
    _add(vault_dir, "2026-03-04")  # entry 4 here ...
    _add(other, "2026-03-05")  # ... and another entry 4 there
    _add(other, "2026-03-06")
    shutil.copy2(vault_dir / ANCHOR_FILE, other / ANCHOR_FILE)  # anchor at this entry 4
    _refused(run_cli(other, "request", "list"), "#4", "not the one anchored")
    code, report = _verify(other)
    assert (code, report["problem"], report["entry"]) == (1, "altered", 4)


# --- deliberate re-anchoring, key rotation ----------------------------------------------


def test_a_deliberate_reanchoring_is_said_in_the_log(vault_dir: Path) -> None:
    older = (vault_dir / DB_FILE).read_bytes()
    _add(vault_dir, "2026-03-04")
    (vault_dir / DB_FILE).write_bytes(older)  # a restore from a backup
    with pytest.raises(VaultRefused):
        _open(vault_dir)
    vault = _open(vault_dir, check=False)
    head = reanchor_deliberately(vault, CLOCK, "restorer")
    vault.close()
    assert head.seq == 4
    vault = _open(vault_dir)  # accepted now
    with SqlUnitOfWork(vault.session_factory, CLOCK, "tester") as uow:
        last = list(uow.audit.entries())[-1]
    vault.close()
    assert (last.action, last.user) == ("audit.reanchored", "restorer")
    assert last.details["previous_anchor_seq"] == 4 and last.details["database_seq"] == 3
    assert _verify(vault_dir)[0] == 0


def test_reanchor_under_a_new_key(vault_dir: Path) -> None:
    vault = _open(vault_dir)
    head = vault.audit_anchor.read()
    vault.close()
    assert head is not None
    new_key = bytes(range(32))
    reanchor(vault_dir, new_key, head)
    assert AuditAnchor.for_key(vault_dir, new_key).read() == head
    with pytest.raises(VaultRefused, match="altered"):
        _open(vault_dir)  # the old key no longer authenticates it


# --- two writers ------------------------------------------------------------------------

_ADVANCER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from dsr_desk.domain.audit import ChainHead
    from dsr_desk.storage.audit_anchor import AuditAnchor
    anchor = AuditAnchor(Path(sys.argv[1]), b"k" * 32)
    start = int(sys.argv[2])
    for seq in range(start, 401, 2):
        anchor.advance(ChainHead(seq, f"{seq:064x}"))
    """
)


def test_two_processes_advance_the_anchor_under_the_lock(tmp_path: Path) -> None:
    anchor = AuditAnchor(tmp_path, b"k" * 32)
    anchor.write(ChainHead(0, "0" * 64))
    children = [
        subprocess.Popen([sys.executable, "-c", _ADVANCER, str(tmp_path), str(start)])
        for start in (1, 2)
    ]
    assert [child.wait(timeout=60) for child in children] == [0, 0]
    assert anchor.read() == ChainHead(400, f"{400:064x}")  # never moved back, never torn
    assert not list(tmp_path.glob(".*.tmp"))


_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from dsr_desk.storage.file_lock import exclusive_lock
    with exclusive_lock(Path(sys.argv[1])):
        print("held", flush=True)
        sys.stdin.readline()  # holds the lock until told to let go
    """
)


def test_the_lock_holds_across_processes(tmp_path: Path) -> None:
    import threading

    lock = tmp_path / "audit-anchor.lock"
    anchor = AuditAnchor(tmp_path, b"k" * 32)
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(lock)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        writer = threading.Thread(target=anchor.write, args=(ChainHead(1, "1" * 64),))
        writer.start()
        writer.join(timeout=0.5)
        waiting = writer.is_alive()  # the write waits for the other process...
        holder.stdin.write("go\n")
        holder.stdin.flush()
        writer.join(timeout=30)  # ...and goes on once it lets go
        assert holder.wait(timeout=30) == 0
    assert waiting
    assert not writer.is_alive()
    assert anchor.read() == ChainHead(1, "1" * 64)


_WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path
    from dsr_desk.domain.clock import FixedClock
    from dsr_desk.domain.requests import RequestType
    from dsr_desk.services import requests as svc
    from dsr_desk.storage.unit_of_work import SqlUnitOfWork
    from dsr_desk.storage.vault import Unlock, open_vault
    clock = FixedClock.on(date(2026, 3, 20))
    vault = open_vault(Path(sys.argv[1]), clock, Unlock(passphrase=sys.argv[2]))
    for _ in range(8):
        svc.register_request(
            SqlUnitOfWork(vault.session_factory, clock, sys.argv[3]),
            type=RequestType.ACCESS, received_on=date(2026, 3, 2), name="Writer",
        )
    vault.close()
    """
)


def test_two_writing_processes_keep_log_and_anchor_in_step(vault_dir: Path) -> None:
    assert RequestType.ACCESS  # the child registers access requests
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(vault_dir), PASSPHRASE, user])
        for user in ("gui", "cli-job")
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    assert _anchor_of(vault_dir)["seq"] == 3 + 16
    code, report = _verify(vault_dir)
    assert (code, report["checked"]) == (0, 19)


# --- no requester data in the audit log ------------------------------------------------


def test_the_audit_log_holds_no_free_text_reason_nor_id_kind(vault_dir: Path) -> None:
    for args in (
        ("request", "ask", "DSR-2026-0001", "--kind", "identity", "--reason"),
        ("request", "extend", "DSR-2026-0002", "--reason"),
    ):
        result = run_cli(vault_dir, *args, f"{CANARY} {args[1]}", today=TODAY)
        assert result.code == 0, result.err
    vault = _open(vault_dir)
    try:
        uow = SqlUnitOfWork(vault.session_factory, CLOCK, "tester")
        request_service.record_identity_check(
            uow, "DSR-2026-0002", _method("id-document"), document_kind=f"{CANARY} card"
        )
        request_service.close(
            SqlUnitOfWork(vault.session_factory, CLOCK, "tester"),
            "DSR-2026-0002",
            _outcome("refused"),
            reason=f"{CANARY} refusal",
        )
        with vault.engine.connect() as connection:
            audit_text = " ".join(
                f"{row.action} {row.details}"
                for row in connection.execute(text("SELECT action, details FROM audit_log"))
            )
            kept = connection.execute(text("SELECT text FROM request_reasons")).scalars().all()
        detail = request_service.get_request(
            SqlUnitOfWork(vault.session_factory, CLOCK, "tester"), "DSR-2026-0002"
        )
    finally:
        vault.close()
    assert "request.extended" in audit_text and "request.identity_checked" in audit_text
    assert CANARY not in audit_text
    assert sum(CANARY in t for t in kept) == 3  # kept with the request instead
    reasons = [e.details.get("reason") for e in detail.timeline]
    assert f"{CANARY} extend" in reasons and f"{CANARY} refusal" in reasons


def _method(value: str):  # type: ignore[no-untyped-def]
    from dsr_desk.domain.verification import VerificationMethod

    return VerificationMethod(value)


def _outcome(value: str):  # type: ignore[no-untyped-def]
    from dsr_desk.domain.requests import Outcome

    return Outcome(value)
