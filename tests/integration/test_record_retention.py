"""Anonymising request records at the end of their retention (real SQLCipher files, every page
and WAL frame of every file under the data dir decrypted): no trace of the requester's name,
e-mail, address, notes or reasons is left anywhere, the search index's shadow tables
included; the dashboard's figures and the audit chain survive; a dry run changes nothing; an
upheld objection keeps only its suppression entry. The same on a team database on PostgreSQL
(``read_stores``), where the equivalent of the pages is the server's live rows (no personal
field that decrypts to a trace), the blind index, a dump (none of the ciphertexts the
requester's data had) and a VACUUM of the tables right after."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from dsr_desk.domain.audit import AuditEntry
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
from dsr_desk.services.record_retention import (
    SERVER_NOT_VACUUMED,
    anonymise_due_records,
    records_attestation_pdf,
    records_plan,
)
from dsr_desk.services.settings import load_settings, save_settings
from dsr_desk.storage import tables
from dsr_desk.storage.pg_engine import purged_tables
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.cli_helpers import all_bytes_under
from tests.integration.read_stores import TEAM_ONLY, Store
from tests.integration.sqlcipher_pages import decrypted_database, decrypted_wal, every_byte_under

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


@pytest.fixture
def store_clock(clock: FixedClock) -> FixedClock:
    return clock


@pytest.fixture
def store_entities() -> list[dict[str, str]]:
    return [{"name": "Lycée Exemple"}]


def _uow(vault: Store, clock: FixedClock) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, clock, "dpo")


def _full_record(vault: Store, clock: FixedClock, kind: RequestType = RequestType.ACCESS) -> str:
    """A closed request with every personal field filled (the canaries) and two documents."""
    store = vault.documents()
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


def _traces(vault: Store, secrets: tuple[str, ...]) -> dict[str, list[str]]:
    """Where each secret is found: in every decrypted page of every file under the vault's
    data dir; on a team database in its live personal fields (decrypted) or anywhere in a
    dump of it or under the client's data dir (in clear)."""
    if vault.vault is None:
        return _server_traces(vault, secrets)
    data_dir = vault.data_dir
    files = every_byte_under(data_dir, vault.database_key)
    found: dict[str, list[str]] = {}
    for secret in secrets:
        for variant in {secret.encode(), secret.lower().encode()}:
            for path, content in files.items():
                if variant in content:
                    found.setdefault(secret, []).append(str(path.relative_to(data_dir)))
    return found


def _sealed(vault: Store) -> dict[str, str]:
    """A team database's live personal fields: each stored value (a ciphertext) → its clear
    text, through the team key."""
    assert vault.cipher is not None
    opened = {}
    for table_name, column in tables.PERSONAL_COLUMNS:
        label = tables.metadata.tables[table_name].c[column].type.label
        for (value,) in vault.sql(
            f'SELECT "{column}" FROM "{table_name}" WHERE "{column}" <> \'\''
        ):
            if value is not None:
                opened[value] = f"{table_name}.{column}\0" + vault.cipher.open(label, value)
    return opened


def _server_traces(vault: Store, secrets: tuple[str, ...]) -> dict[str, list[str]]:
    fields = _sealed(vault)
    dump = vault.dump()
    files = all_bytes_under(vault.data_dir)
    found: dict[str, list[str]] = {}
    for secret in secrets:
        for variant in {secret, secret.lower()}:
            for located in fields.values():
                where, _, text = located.partition("\0")
                if variant in text:
                    found.setdefault(secret, []).append(where)
            for path, content in {"pg_dump": dump, **{str(p): c for p, c in files.items()}}.items():
                if variant.encode() in content:
                    found.setdefault(secret, []).append(path)
    return found


def _index_trigrams(vault: Store) -> list[bytes]:
    """The name's rare trigrams found in the decrypted pages of the database and its WAL (the
    FTS5 shadow tables keep a deleted row's trigrams unless its secure-delete is on); on a team
    database, in its blind index (the trigrams' keyed tokens)."""
    if vault.vault is None:
        assert vault.cipher is not None
        stored = {bytes(row[0]) for row in vault.sql("SELECT token FROM requester_search_tokens")}
        return [t for t in TRIGRAMS if vault.cipher.token("t", t.decode()) in stored]
    data_dir, key = vault.data_dir, vault.database_key
    pages = decrypted_database(data_dir / "dsr-desk.db", key)
    pages += decrypted_wal(data_dir / "dsr-desk.db-wal", key)
    return [trigram for trigram in TRIGRAMS if trigram in pages]


def _found(vault: Store, clock: FixedClock, text: str) -> list[str]:
    with _uow(vault, clock) as uow:
        rows = list_requests(uow.dbapi_connection, clock.today(), RequestFilter(search=text))
    return [row.reference for row in rows]


def _summary(vault: Store, clock: FixedClock) -> object:
    with _uow(vault, clock) as uow:
        return dashboard_summary(uow.dbapi_connection, clock.today())


def _anonymise(vault: Store, clock: FixedClock) -> list[str]:
    store = vault.documents()
    outcome = anonymise_due_records(_uow(vault, clock), store)
    assert outcome.unfinished is None
    return [item.reference for item in outcome.items]


def test_anonymising_leaves_no_trace_in_any_page_and_keeps_the_statistics(
    store: Store, clock: FixedClock
) -> None:
    vault = store
    ref = _full_record(vault, clock)
    assert set(_traces(vault, CANARIES)) == set(CANARIES)  # control: the scan finds them
    assert _index_trigrams(vault) == list(TRIGRAMS)
    assert _found(vault, clock, "canarywitz")  # and so does the search
    sealed = set(_sealed(vault)) if vault.is_team else set()  # the ciphertexts on the server
    assert not vault.is_team or vault.vacuumed_tables() == set()  # control

    clock.advance(timedelta(days=5 * 366))
    before = _summary(vault, clock)
    plan = records_plan(_uow(vault, clock), clock.today())
    assert [(i.reference, i.fate, i.documents) for i in plan] == [(ref, "anonymised", 2)]
    assert _anonymise(vault, clock) == [ref]

    assert _traces(vault, CANARIES) == {}
    assert _index_trigrams(vault) == []
    assert vault.stored_document_ids() == []
    if vault.is_team:  # none of the old ciphertexts readable on the server; no dead rows left
        dump = vault.dump().decode()
        assert [value for value in sealed if value in dump] == []
        assert set(purged_tables()) <= vault.vacuumed_tables()
    assert _found(vault, clock, "canarywitz") == []
    assert _summary(vault, clock) == before
    assert verify_audit_log(_uow(vault, clock)).ok
    detail = svc.get_request(_uow(vault, clock), ref)
    assert (detail.type, detail.status, detail.received_on) == (
        "access",
        "completed",
        date(2025, 1, 6),
    )
    assert detail.requester_name == "Anonymised"
    assert all(d.purged for d in detail.documents)
    assert vault.sql("SELECT count(*) FROM requesters") == [(1,)]
    assert vault.sql("SELECT count(*) FROM notes") == [(0,)]
    assert vault.sql("SELECT count(*) FROM request_reasons") == [(0,)]
    assert records_plan(_uow(vault, clock), clock.today()) == []  # done once
    vault.close()
    assert _traces(vault, CANARIES) == {}


def test_a_dry_run_changes_nothing_and_a_later_date_cannot_be_anticipated(
    store: Store, clock: FixedClock
) -> None:
    vault = store
    ref = _full_record(vault, clock)
    assert records_plan(_uow(vault, clock), date(2030, 1, 9)) == []  # closed 10/01/2025
    (item,) = records_plan(_uow(vault, clock), date(2030, 1, 10))
    assert (item.reference, item.due_on) == (ref, date(2030, 1, 10))
    with pytest.raises(ValidationError, match="cannot anticipate"):
        anonymise_due_records(_uow(vault, clock), vault.documents(), date(2030, 1, 10))
    assert svc.get_request(_uow(vault, clock), ref).requester_name == NAME
    assert len(vault.stored_document_ids()) == 2


def test_the_requester_stays_while_another_request_needs_it(
    store: Store, clock: FixedClock
) -> None:
    vault = store
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
    assert _traces(vault, (SUMMARY, NOTE, ASK, ID_NOTE, FILENAME)) == {}


def test_an_upheld_objection_keeps_only_its_suppression_entry(
    store: Store, clock: FixedClock
) -> None:
    vault = store
    ref = _full_record(vault, clock, RequestType.MARKETING_OPT_OUT)
    clock.advance(timedelta(days=5 * 366))
    (item,) = records_plan(_uow(vault, clock), clock.today())
    assert item.fate == "suppression"
    assert _anonymise(vault, clock) == [ref]
    erased = tuple(c for c in CANARIES if c != EMAIL)
    assert _traces(vault, erased) == {}
    detail = svc.get_request(_uow(vault, clock), ref, consult_reason="a new mailing list")
    assert (detail.requester_name, detail.requester_email) == ("Objection on file", EMAIL)
    assert _found(vault, clock, EMAIL)  # found again at the next contact


# What the records attestation says was erased and what may remain: on a workstation the
# vault's pages are overwritten and its data folder's copies are out of reach; on a team
# database VACUUM frees the space without overwriting it, and the server's WAL, archives,
# replicas and backups may keep the old rows for the period the DBA gave (a setting).
WORKSTATION_RECORDS = (
    "The database space they used was overwritten, the search index included.",
    "Outside DSR Desk's reach: copies of its data folder made by a user or an IT backup",
    "Backups: No backup folder is set in DSR Desk",
)
TEAM_RECORDS = (
    "Erased by DSR Desk from the team's database on its PostgreSQL server: the requester's name",
    "its encryption key and its encrypted content deleted.",
    "Outside DSR Desk's reach: decrypted copies or exports a user saved. Server: On the "
    "team's PostgreSQL server, DSR Desk deleted the rows and ran VACUUM",
    "may still hold the deleted rows (personal fields and document keys encrypted with the "
    "team key) for up to 45 days, the retention of the server's backups",
)


def test_the_records_attestation_says_what_the_store_erased_and_may_still_hold(
    store: Store, clock: FixedClock
) -> None:
    vault = store
    ref = _full_record(vault, clock)
    clock.advance(timedelta(days=5 * 366))
    assert _anonymise(vault, clock) == [ref]
    uow = _uow(vault, clock)
    save_settings(uow, replace(load_settings(uow), server_backup_days=45))

    pdf = records_attestation_pdf(_uow(vault, clock), date(2030, 1, 1), date(2030, 12, 31))
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Attestation of anonymised request records" in text and "1 request record" in text
    assert ref not in text and NAME not in text
    assert "Kept: type, dates, outcome and entity" in text  # the same in both modes
    ours, theirs = (
        (TEAM_RECORDS, WORKSTATION_RECORDS)
        if vault.is_team
        else (WORKSTATION_RECORDS, TEAM_RECORDS)
    )
    assert [statement for statement in ours if statement not in text] == []
    assert [statement for statement in theirs if statement in text] == []
    for word in ("overwritten", "data folder") if vault.is_team else ("VACUUM", "PostgreSQL"):
        assert word not in text


# The VACUUM after an anonymisation on a team database is a recorded fact (``server.vacuumed``),
# and the attestation states it only as far as the log shows it.
def _records_text(vault: Store, clock: FixedClock) -> str:
    pdf = records_attestation_pdf(_uow(vault, clock), date(2030, 1, 1), date(2030, 12, 31))
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _log(vault: Store, clock: FixedClock) -> list[AuditEntry]:
    with _uow(vault, clock) as uow:
        return list(uow.audit.entries())


def test_the_vacuum_after_an_anonymisation_is_recorded(store: Store, clock: FixedClock) -> None:
    vault = store
    _full_record(vault, clock)
    clock.advance(timedelta(days=5 * 366))
    _anonymise(vault, clock)
    entries = _log(vault, clock)
    vacuumed = [entry for entry in entries if entry.action == "server.vacuumed"]
    assert verify_audit_log(_uow(vault, clock)).ok
    if not vault.is_team:  # a workstation's checkpoint is another fact, not recorded
        assert vacuumed == []
        return
    (anonymised,) = [entry.seq for entry in entries if entry.action == "request.anonymised"]
    (entry,) = vacuumed
    assert entry.seq == anonymised + 1
    assert entry.details == {
        "tables": list(purged_tables()),
        "done": True,
        "from_entry": anonymised,
        "to_entry": anonymised,
    }
    assert "Server: On the team's PostgreSQL server, DSR Desk deleted the rows and ran VACUUM" in (
        _records_text(vault, clock)
    )


@pytest.mark.parametrize("store", TEAM_ONLY, indirect=True)
def test_a_refused_vacuum_after_an_anonymisation_is_recorded_and_not_claimed(
    store: Store, clock: FixedClock
) -> None:
    vault = store
    ref = _full_record(vault, clock)
    clock.advance(timedelta(days=5 * 366))
    vault.connect_as_non_owner()  # the server skips the VACUUM of tables the role does not own
    outcome = anonymise_due_records(_uow(vault, clock), vault.documents())
    assert [item.reference for item in outcome.items] == [ref]
    assert outcome.unfinished == SERVER_NOT_VACUUMED
    assert vault.vacuumed_tables() == set()  # it really did not run
    assert _traces(vault, CANARIES) == {}  # the anonymisation stands

    entries = _log(vault, clock)
    (anonymised,) = [entry.seq for entry in entries if entry.action == "request.anonymised"]
    assert entries[-1].action == "server.vacuumed" and entries[-1].seq == anonymised + 1
    assert entries[-1].details["done"] is False
    assert verify_audit_log(_uow(vault, clock)).ok

    text = _records_text(vault, clock)
    assert "1 request record" in text
    assert "ran VACUUM" not in text
    assert (
        "Server: On the team's PostgreSQL server, DSR Desk deleted the rows. DSR Desk's audit "
        "log shows no VACUUM of the tables concerned right after these purges: the server "
        "refused it. The rows those purges deleted may linger as dead tuples in the server's "
        "table files until its autovacuum reclaims them. The server's write-ahead log (WAL)"
    ) in text
    assert verify_audit_log(_uow(vault, clock)).ok
