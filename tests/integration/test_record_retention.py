"""Anonymising request records at the end of their retention (real SQLCipher files, every page
and WAL frame of every file under the data dir decrypted): no trace of the requester's name,
e-mail, address, notes or reasons is left anywhere, the search index's shadow tables
included; the dashboard's figures and the audit chain survive; a dry run changes nothing; an
upheld objection keeps only its suppression entry."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requests import InformationKind, Outcome, RequestType
from dsr_desk.domain.rights import right_of
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.services import requests as svc
from dsr_desk.services.audit import verify_audit_log
from dsr_desk.services.documents import attach_document
from dsr_desk.services.read.dashboard import dashboard_summary
from dsr_desk.services.read.queries import RequestFilter, list_requests
from dsr_desk.services.record_retention import anonymise_due_records, records_plan
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Vault
from tests.integration.cli_helpers import PASSPHRASE
from tests.integration.sqlcipher_pages import decrypted_database, decrypted_wal, every_byte_under
from tests.vault_templates import open_copy

NAME = "Zebulon Qxjvqzw Canarywitz"
# The search index keeps trigrams, not names: these are the rare ones of the name.
TRIGRAMS = (b"qxj", b"xjv", b"jvq", b"vqz", b"qzw")
EMAIL = "zebulon.canarywitz@example.org"
ADDRESS = "17 rue du Canariwitz-Pelican"
SUMMARY = "summary-canary-7731 about my school file"
NOTE = "note-canary-4412 called the requester back"
EXTENSION = "extension-canary-9904 complex file"
ASK = "ask-canary-5520 which school year"
ID_KIND = "passport-canary-3318"
ID_NOTE = "idcheck-canary-6650 matched photo"
FILENAME = "letter-canary-2211.pdf"
CONTENT = b"%PDF-1.4 scan-canary-8080"
CANARIES = (NAME, EMAIL, ADDRESS, SUMMARY, NOTE, EXTENSION, ASK, ID_KIND, ID_NOTE, FILENAME)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(date(2025, 1, 10))


def _uow(vault: Vault, clock: FixedClock) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, clock, "dpo")


def _vault(data_dir: Path, clock: FixedClock) -> Vault:
    return open_copy(
        data_dir, clock, user="dpo", passphrase=PASSPHRASE, entities=[{"name": "Lycée Exemple"}]
    )[0]


def _full_record(vault: Vault, clock: FixedClock, kind: RequestType = RequestType.ACCESS) -> str:
    """A closed request with every personal field filled (the canaries) and two documents."""
    store = DocumentStore(vault.documents_dir, vault.database_key)
    ref = svc.register_request(
        _uow(vault, clock),
        type=kind,
        received_on=date(2025, 1, 6),
        name=NAME,
        email=EMAIL,
        address=ADDRESS,
        summary=SUMMARY,
    ).reference
    svc.ask_for_information(_uow(vault, clock), ref, InformationKind.CLARIFICATION, ASK)
    svc.information_received(_uow(vault, clock), ref)
    svc.record_identity_check(
        _uow(vault, clock),
        ref,
        VerificationMethod.ID_DOCUMENT,
        document_kind=ID_KIND,
        number_last_chars="7Q9Z",
        note=ID_NOTE,
    )
    svc.add_note(_uow(vault, clock), ref, NOTE)
    if right_of(kind).may_extend:  # an opt-out is acted on without delay, never extended
        svc.extend(_uow(vault, clock), ref, EXTENSION)
    for kind_, name in ((DocumentKind.LETTER, FILENAME), (DocumentKind.RESPONSE, "answer.pdf")):
        attach_document(_uow(vault, clock), store, ref, kind_, name, "application/pdf", CONTENT)
    svc.close(_uow(vault, clock), ref, Outcome.COMPLETED)
    return ref


def _traces(data_dir: Path, key: bytes, secrets: tuple[str, ...]) -> dict[str, list[str]]:
    files = every_byte_under(data_dir, key)
    found: dict[str, list[str]] = {}
    for secret in secrets:
        for variant in {secret.encode(), secret.lower().encode()}:
            for path, content in files.items():
                if variant in content:
                    found.setdefault(secret, []).append(str(path.relative_to(data_dir)))
    return found


def _index_trigrams(data_dir: Path, key: bytes) -> list[bytes]:
    """The name's rare trigrams found in the decrypted pages of the database and its WAL (the
    FTS5 shadow tables keep a deleted row's trigrams unless its secure-delete is on)."""
    pages = decrypted_database(data_dir / "dsr-desk.db", key)
    pages += decrypted_wal(data_dir / "dsr-desk.db-wal", key)
    return [trigram for trigram in TRIGRAMS if trigram in pages]


def _found(vault: Vault, clock: FixedClock, text: str) -> list[str]:
    rows = list_requests(vault.reader, clock.today(), RequestFilter(search=text))
    return [row.reference for row in rows]


def _anonymise(vault: Vault, clock: FixedClock) -> list[str]:
    store = DocumentStore(vault.documents_dir, vault.database_key)
    outcome = anonymise_due_records(_uow(vault, clock), store)
    assert outcome.unfinished is None
    return [item.reference for item in outcome.items]


def test_anonymising_leaves_no_trace_in_any_page_and_keeps_the_statistics(
    data_dir: Path, clock: FixedClock
) -> None:
    vault = _vault(data_dir, clock)
    ref = _full_record(vault, clock)
    key = vault.database_key
    assert set(_traces(data_dir, key, CANARIES)) == set(CANARIES)  # control: the scan finds them
    assert _index_trigrams(data_dir, key) == list(TRIGRAMS)
    assert _found(vault, clock, "canarywitz")  # and so does the search

    clock.advance(timedelta(days=5 * 366))
    before = dashboard_summary(vault.reader, clock.today())
    plan = records_plan(_uow(vault, clock), clock.today())
    assert [(i.reference, i.fate, i.documents) for i in plan] == [(ref, "anonymised", 2)]
    assert _anonymise(vault, clock) == [ref]

    assert _traces(data_dir, key, CANARIES) == {}
    assert _index_trigrams(data_dir, key) == []
    assert list(vault.documents_dir.iterdir()) == []
    assert _found(vault, clock, "canarywitz") == []
    assert dashboard_summary(vault.reader, clock.today()) == before
    assert verify_audit_log(_uow(vault, clock)).ok
    detail = svc.get_request(_uow(vault, clock), ref)
    assert (detail.type, detail.status, detail.received_on) == (
        "access",
        "completed",
        date(2025, 1, 6),
    )
    assert detail.requester_name == "Anonymised"
    assert all(d.purged for d in detail.documents)
    with vault.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM requesters").scalar() == 1
        assert connection.exec_driver_sql("SELECT count(*) FROM notes").scalar() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM request_reasons").scalar() == 0
    assert records_plan(_uow(vault, clock), clock.today()) == []  # done once
    vault.close()
    assert _traces(data_dir, key, CANARIES) == {}


def test_a_dry_run_changes_nothing_and_a_later_date_cannot_be_anticipated(
    data_dir: Path, clock: FixedClock
) -> None:
    vault = _vault(data_dir, clock)
    ref = _full_record(vault, clock)
    assert records_plan(_uow(vault, clock), date(2030, 1, 9)) == []  # closed 10/01/2025
    (item,) = records_plan(_uow(vault, clock), date(2030, 1, 10))
    assert (item.reference, item.due_on) == (ref, date(2030, 1, 10))
    store = DocumentStore(vault.documents_dir, vault.database_key)
    with pytest.raises(ValidationError, match="cannot anticipate"):
        anonymise_due_records(_uow(vault, clock), store, date(2030, 1, 10))
    assert svc.get_request(_uow(vault, clock), ref).requester_name == NAME
    assert len(list(vault.documents_dir.iterdir())) == 2
    vault.close()


def test_the_requester_stays_while_another_request_needs_it(
    data_dir: Path, clock: FixedClock
) -> None:
    vault = _vault(data_dir, clock)
    old = _full_record(vault, clock)
    clock.advance(timedelta(days=4 * 366))
    recent = svc.register_request(
        _uow(vault, clock),
        type=RequestType.ERASURE,
        received_on=clock.today(),
        name=NAME,
        email=EMAIL,
    ).reference
    clock.advance(timedelta(days=366))
    assert _anonymise(vault, clock) == [old]
    assert svc.get_request(_uow(vault, clock), recent).requester_name == NAME
    assert svc.get_request(_uow(vault, clock), old).requester_name == "Anonymised"
    # what only the old request held is gone
    assert _traces(data_dir, vault.database_key, (SUMMARY, NOTE, ASK, ID_NOTE, FILENAME)) == {}
    vault.close()


def test_an_upheld_objection_keeps_only_its_suppression_entry(
    data_dir: Path, clock: FixedClock
) -> None:
    vault = _vault(data_dir, clock)
    ref = _full_record(vault, clock, RequestType.MARKETING_OPT_OUT)
    clock.advance(timedelta(days=5 * 366))
    (item,) = records_plan(_uow(vault, clock), clock.today())
    assert item.fate == "suppression"
    assert _anonymise(vault, clock) == [ref]
    erased = tuple(c for c in CANARIES if c != EMAIL)
    assert _traces(data_dir, vault.database_key, erased) == {}
    detail = svc.get_request(_uow(vault, clock), ref, consult_reason="a new mailing list")
    assert (detail.requester_name, detail.requester_email) == ("Objection on file", EMAIL)
    assert _found(vault, clock, EMAIL)  # found again at the next contact
    vault.close()
