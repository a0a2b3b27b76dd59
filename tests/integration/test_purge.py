"""Retention purge on the real vault and on a team database on PostgreSQL (``read_stores``):
crypto-shred of due ID copies, nothing else touched; the key gone from every page of the
SQLCipher file and its WAL, or from the server's tables, VACUUMed right after the purge."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import Cancelled, DsrError, ValidationError
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document
from dsr_desk.services.entities import create_entity
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.retention import purge_due_documents, purge_plan, retention_overview
from dsr_desk.services.settings import save_settings
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import DB_FILE
from tests.integration.read_stores import Store
from tests.integration.sqlcipher_pages import decrypted_database, decrypted_wal

CANARY = b"%PDF-1.4 passport of Zebulon Canarywitz"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(date(2025, 2, 1))


@pytest.fixture
def store_clock(clock: FixedClock) -> FixedClock:
    return clock


@pytest.fixture
def store_entities() -> list[dict[str, str]]:
    return [{"name": "Lycée Exemple"}]


@pytest.fixture
def vault(store: Store) -> Store:
    return store


def _uow(vault: Store, clock: FixedClock) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, clock, "dpo")


def _documents(vault: Store) -> DocumentStore:
    return vault.documents()


def _stored_key(vault: Store) -> bytes:
    """Every byte where a purged key could linger: the decrypted pages of the SQLCipher file
    and its WAL; on the server, a dump of the database (its wrapped keys in hex)."""
    if vault.vault is None:
        return vault.dump()
    key, data_dir = vault.vault.database_key, vault.data_dir
    return decrypted_database(data_dir / DB_FILE, key) + decrypted_wal(
        data_dir / f"{DB_FILE}-wal", key
    )


def _as_stored(vault: Store, wrapped_key: bytes) -> bytes:
    return wrapped_key.hex().encode() if vault.is_team else wrapped_key


def _request_with_id(vault: Store, clock: FixedClock, rtype: RequestType, close: bool) -> str:
    store = _documents(vault)
    ref = svc.register_request(
        _uow(vault, clock), type=rtype, received_on=date(2025, 1, 10), name="Zebulon Canarywitz"
    ).reference
    attach_document(
        _uow(vault, clock), store, ref, DocumentKind.ID, "passport.pdf", "application/pdf", CANARY
    )
    if close:
        svc.close(_uow(vault, clock), ref, Outcome.COMPLETED)
    return ref


def _wrapped_keys(vault: Store, clock: FixedClock, ref: str) -> list[bytes]:
    with _uow(vault, clock) as uow:
        request = uow.requests.get(ref)
        assert request is not None
        return [d.wrapped_key for d in request.documents if d.wrapped_key is not None]


def test_purge_crypto_shreds_only_what_is_due(vault: Store, clock: FixedClock) -> None:
    access = _request_with_id(vault, clock, RequestType.ACCESS, close=True)
    still_open = _request_with_id(vault, clock, RequestType.ACCESS, close=False)
    objection = _request_with_id(vault, clock, RequestType.OBJECTION, close=True)
    (access_key,) = _wrapped_keys(vault, clock, access)
    assert _as_stored(vault, access_key) in _stored_key(vault)  # control
    assert vault.vault is not None or vault.vacuumed_tables() == set()  # control

    clock.advance(timedelta(days=400))  # 8 March 2026
    plan = purge_plan(_uow(vault, clock), date(2026, 2, 1))
    assert [(i.reference, i.purge_date) for i in plan] == [(access, date(2026, 2, 1))]
    assert plan[0].rule == "access/rectification: 1 year after closure (CPP art. 9)"
    assert purge_plan(_uow(vault, clock), date(2026, 1, 31)) == []
    later = purge_plan(_uow(vault, clock), date(2028, 2, 1))
    assert {i.reference for i in later} == {access, objection}

    with pytest.raises(ValidationError, match="anticipate"):
        purge_due_documents(_uow(vault, clock), _documents(vault), date(2028, 2, 1))
    stored_before = vault.stored_document_ids()
    (access_document,) = svc.get_request(_uow(vault, clock), access).documents
    purged = purge_due_documents(_uow(vault, clock), _documents(vault))
    assert [i.reference for i in purged.items] == [access] and purged.unfinished is None

    assert _wrapped_keys(vault, clock, access) == []
    assert len(_wrapped_keys(vault, clock, still_open)) == 1
    assert len(_wrapped_keys(vault, clock, objection)) == 1
    assert vault.stored_document_ids() == sorted(set(stored_before) - {access_document.document_id})
    if vault.vault is not None:  # the WAL folded into the file and truncated
        wal = vault.data_dir / f"{DB_FILE}-wal"
        assert not wal.exists() or wal.stat().st_size == 0
    else:  # the deleted rows do not linger as dead tuples
        assert {"documents", "team_documents"} <= vault.vacuumed_tables()
    assert _as_stored(vault, access_key) not in _stored_key(vault)
    detail = svc.get_request(_uow(vault, clock), access)
    assert [d.purged for d in detail.documents] == [True]
    purge_entry = detail.timeline[-1]
    assert purge_entry.action == "document.purged"
    assert purge_entry.details["rule"] == plan[0].rule
    assert "passport" not in str(purge_entry.details)
    again = purge_due_documents(_uow(vault, clock), _documents(vault))
    assert again.items == ()


def test_purged_document_cannot_be_read(vault: Store, clock: FixedClock) -> None:
    ref = _request_with_id(vault, clock, RequestType.RECTIFICATION, close=True)
    with _uow(vault, clock) as uow:
        request = uow.requests.get(ref)
        assert request is not None
        document = request.documents[0]
        stored_name, wrapped, doc_id = (
            document.stored_name,
            document.wrapped_key,
            document.document_id,
        )
    store = _documents(vault)
    assert wrapped is not None
    assert b"".join(store.iter_plaintext(stored_name, wrapped, doc_id)) == CANARY
    clock.advance(timedelta(days=370))
    purge_due_documents(_uow(vault, clock), store)
    with pytest.raises(DsrError):
        b"".join(store.iter_plaintext(stored_name, wrapped, doc_id))


class _CancelAfter:
    """A progress listener that cancels once ``steps`` items were reported."""

    def __init__(self, steps: int) -> None:
        self.steps, self.reports = steps, []

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    @property
    def cancelled(self) -> bool:
        return len(self.reports) > self.steps


def test_a_cancelled_purge_changes_nothing_and_a_full_one_reports_each_step(
    vault: Store, clock: FixedClock
) -> None:
    refs = [_request_with_id(vault, clock, RequestType.ACCESS, close=True) for _ in range(3)]
    clock.advance(timedelta(days=400))
    store = _documents(vault)
    files_before = vault.stored_document_ids()

    stopper = _CancelAfter(steps=1)
    with pytest.raises(Cancelled, match="The purge cancelled: nothing was changed"):
        purge_due_documents(_uow(vault, clock), store, progress=stopper)
    assert stopper.reports == [(0, 3), (1, 3)]
    assert all(len(_wrapped_keys(vault, clock, ref)) == 1 for ref in refs)
    assert vault.stored_document_ids() == files_before
    timeline = svc.get_request(_uow(vault, clock), refs[0]).timeline
    assert "document.purged" not in [event.action for event in timeline]

    listener = _CancelAfter(steps=99)
    assert len(purge_due_documents(_uow(vault, clock), store, progress=listener).items) == 3
    assert listener.reports == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert all(_wrapped_keys(vault, clock, ref) == [] for ref in refs)


def test_the_retention_page_is_read_in_one_call(vault: Store, clock: FixedClock) -> None:
    access = _request_with_id(vault, clock, RequestType.ACCESS, close=True)
    objection = _request_with_id(vault, clock, RequestType.OBJECTION, close=True)
    create_entity(_uow(vault, clock), name="Collège Exemple")
    save_settings(_uow(vault, clock), AppSettings(auto_purge_at_start=True))
    clock.advance(timedelta(days=400))  # 8 March 2026

    page = retention_overview(_uow(vault, clock), 365)
    assert page.today == date(2026, 3, 8)
    # Due a year ago; the objection's copy only in 2028, past the year ahead.
    assert [(i.reference, i.purge_date) for i in page.items] == [(access, date(2026, 2, 1))]
    assert page.entities == ("Lycée Exemple", "Collège Exemple")
    assert page.auto_purge is True
    further = retention_overview(_uow(vault, clock), 2 * 365)
    assert [i.reference for i in further.items] == [access, objection]
    assert further.items == tuple(purge_plan(_uow(vault, clock), date(2028, 3, 7)))
