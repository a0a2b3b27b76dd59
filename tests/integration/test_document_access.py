"""Opening, printing and exporting documents on the real vault and on a team database on
PostgreSQL (``read_stores``): exact bytes, audit entries without file names, the confirmation
rule, purged documents refused, and no plaintext (canary) anywhere under the data dir (nor, on
the server, in a dump of the database) after viewing and exporting."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from dsr_desk.domain.audit import AuditEntry
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import NotFound, RuleViolation, ValidationError
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.document_access import (
    export_document,
    open_document,
    record_document_printed,
)
from dsr_desk.services.documents import attach_document
from dsr_desk.services.retention import purge_due_documents
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.read_stores import Store

CANARY = b"CANARY-7f3a9c passport of Zebulon Canarywitz"
CONTENT = b"%PDF-1.4\n% fake scan\n" + CANARY + b"\n%%EOF\n"
FILENAME = "Passeport Zebulon Canarywitz.pdf"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(date(2026, 3, 20))


@pytest.fixture
def store_clock(clock: FixedClock) -> FixedClock:
    return clock


@pytest.fixture
def store_entities() -> list[dict[str, str]]:
    return [{"name": "Lycée Exemple"}]


@pytest.fixture
def vault(store: Store) -> Store:
    return store


@pytest.fixture
def data_dir(vault: Store) -> Path:
    return vault.data_dir


def _uow(vault: Store, clock: FixedClock) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, clock, "dpo")


def _store(vault: Store) -> DocumentStore:
    return vault.documents()


def _attach(vault: Store, clock: FixedClock) -> tuple[str, str]:
    ref = svc.register_request(
        _uow(vault, clock),
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 2),
        name="Zebulon Canarywitz",
    ).reference
    view = attach_document(
        _uow(vault, clock),
        _store(vault),
        ref,
        DocumentKind.ID,
        FILENAME,
        "application/pdf",
        CONTENT,
    )
    return ref, view.document_id


def _entries(vault: Store, clock: FixedClock, ref: str | None = None) -> list[AuditEntry]:
    with _uow(vault, clock) as uow:
        return list(uow.audit.entries(ref))


def _files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_open_returns_the_exact_bytes_and_is_audited(vault: Store, clock: FixedClock) -> None:
    ref, doc_id = _attach(vault, clock)
    opened = open_document(_uow(vault, clock), _store(vault), ref.lower(), doc_id)
    assert opened.content == CONTENT
    assert (opened.reference, opened.document_id, opened.kind) == (ref, doc_id, "id")
    assert (opened.filename, opened.media_type) == (FILENAME, "application/pdf")
    assert CANARY not in repr(opened).encode()  # content never in logs or tracebacks
    viewed = _entries(vault, clock, ref)[-1]
    assert viewed.action == "document.viewed"
    assert viewed.details == {"document_id": doc_id, "kind": "id"}
    assert "Zebulon" not in viewed.details_json and "Passeport" not in viewed.details_json


def test_unknown_documents_and_requests_are_not_found(vault: Store, clock: FixedClock) -> None:
    ref, _doc_id = _attach(vault, clock)
    with pytest.raises(NotFound, match="no document"):
        open_document(_uow(vault, clock), _store(vault), ref, "0123abcd")
    with pytest.raises(NotFound, match="No request"):
        open_document(_uow(vault, clock), _store(vault), "DSR-2026-0999", "0123abcd")


def test_export_without_confirmation_is_refused(
    vault: Store, clock: FixedClock, tmp_path: Path
) -> None:
    ref, doc_id = _attach(vault, clock)
    target = tmp_path / "outside" / "copy.pdf"
    target.parent.mkdir()
    before = len(_entries(vault, clock))
    for confirmed in (False, None, "yes"):
        with pytest.raises(RuleViolation, match="explicit confirmation"):
            export_document(
                _uow(vault, clock),
                _store(vault),
                ref,
                doc_id,
                target,
                confirmed,  # type: ignore[arg-type]
            )
    assert not target.exists()
    assert list(target.parent.iterdir()) == []
    assert len(_entries(vault, clock)) == before


def test_export_writes_exactly_the_plaintext_and_audits_the_folder_only(
    vault: Store, clock: FixedClock, tmp_path: Path
) -> None:
    ref, doc_id = _attach(vault, clock)
    folder = tmp_path / "outside"
    folder.mkdir()
    target = folder / "copie CNI Zebulon.pdf"
    written = export_document(_uow(vault, clock), _store(vault), ref, doc_id, target, True)
    assert written == target
    assert target.read_bytes() == CONTENT
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temp file left behind
    exported = _entries(vault, clock, ref)[-1]
    assert exported.action == "document.exported"
    assert exported.details == {
        "document_id": doc_id,
        "kind": "id",
        "size": len(CONTENT),
        "folder": str(folder.resolve()),
    }
    assert "Zebulon" not in exported.details_json and "copie" not in exported.details_json


def test_export_into_the_data_dir_is_refused(
    vault: Store, clock: FixedClock, data_dir: Path
) -> None:
    ref, doc_id = _attach(vault, clock)
    for target in (data_dir / "copy.pdf", data_dir / "backups" / "copy.pdf"):
        with pytest.raises(ValidationError, match="outside the DSR Desk data folder"):
            export_document(_uow(vault, clock), _store(vault), ref, doc_id, target, True)
        assert not target.exists()


def test_print_is_audited(vault: Store, clock: FixedClock) -> None:
    ref, doc_id = _attach(vault, clock)
    record_document_printed(_uow(vault, clock), ref, doc_id, 2)
    printed = _entries(vault, clock, ref)[-1]
    assert printed.action == "document.printed"
    assert printed.details == {"document_id": doc_id, "kind": "id", "pages": 2}


def test_a_purged_document_can_be_neither_opened_nor_exported(
    vault: Store, clock: FixedClock, tmp_path: Path
) -> None:
    ref, doc_id = _attach(vault, clock)
    svc.close(_uow(vault, clock), ref, Outcome.COMPLETED)
    clock.advance(timedelta(days=370))
    assert [
        i.document_id for i in purge_due_documents(_uow(vault, clock), _store(vault)).items
    ] == [doc_id]
    with pytest.raises(RuleViolation, match=r"was purged on \d\d/\d\d/\d{4} \(access"):
        open_document(_uow(vault, clock), _store(vault), ref, doc_id)
    target = tmp_path / "copy.pdf"
    with pytest.raises(RuleViolation, match="purged"):
        export_document(_uow(vault, clock), _store(vault), ref, doc_id, target, True)
    assert not target.exists()
    assert _entries(vault, clock, ref)[-1].action == "document.purged"  # nothing audited


def test_no_plaintext_under_the_data_dir_after_view_and_export(
    vault: Store, clock: FixedClock, data_dir: Path, tmp_path: Path
) -> None:
    ref, doc_id = _attach(vault, clock)
    for _ in range(2):
        assert open_document(_uow(vault, clock), _store(vault), ref, doc_id).content == CONTENT
    outside = tmp_path / "exports"
    outside.mkdir()
    export_document(_uow(vault, clock), _store(vault), ref, doc_id, outside / "copy.pdf", True)
    vault.close()  # flush and close every connection: what is on disk is final

    assert _files_containing(outside, CANARY) == [outside / "copy.pdf"]  # the control
    assert not outside.is_relative_to(data_dir)
    dump = vault.dump() if vault.is_team else b""
    assert not vault.is_team or doc_id.encode() in dump  # the control: the document is there
    for needle in (CANARY, b"Canarywitz", b"Passeport Zebulon"):
        assert _files_containing(data_dir, needle) == []
        assert needle not in dump
