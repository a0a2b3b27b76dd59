"""Attaching a document on the real SQLCipher vault and its encrypted document folder, and on a
team database on PostgreSQL, whose documents are stored on the server (``read_stores``)."""

from __future__ import annotations

import json
from datetime import date
from email.message import EmailMessage

import pytest
from sqlalchemy.exc import OperationalError

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import NotFound, ValidationError
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document, clean_filename, clean_media_type
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.read_stores import Store

CLOCK = FixedClock.on(date(2026, 3, 20))
BODY = "Je demande l'effacement de toutes mes données. Hélène Côté, 12 rue des Lilas."


@pytest.fixture
def store_clock() -> FixedClock:
    return CLOCK


@pytest.fixture
def store_entities() -> list[dict[str, str]]:
    return [{"name": "Collège Exemple"}]


@pytest.fixture
def store_user() -> str:
    return "tester"


@pytest.fixture
def vault(store: Store) -> Store:
    return store


@pytest.fixture
def documents(vault: Store) -> DocumentStore:
    return vault.documents()


def _uow(vault: Store) -> SqlUnitOfWork:
    return vault.uow("tester")


def _register(vault: Store) -> str:
    detail = svc.register_request(
        _uow(vault),
        type=RequestType.ERASURE,
        received_on=date(2026, 3, 18),
        name="Hélène Côté",
        email="helene@exemple.fr",
    )
    return detail.reference


def _eml() -> bytes:
    message = EmailMessage()
    message["From"] = "Hélène Côté <helene@exemple.fr>"
    message["Subject"] = "Demande d'effacement"
    message.set_content(BODY, cte="8bit")
    return bytes(message)


def _stored_files(vault: Store) -> list[str]:
    """The documents whose ciphertext is stored (files in the folder, rows on the server)."""
    return vault.stored_document_ids()


def test_an_attached_eml_is_listed_and_stored_only_as_ciphertext(
    vault: Store, documents: DocumentStore
) -> None:
    reference = _register(vault)
    raw = _eml()
    view = attach_document(
        _uow(vault),
        documents,
        reference,
        DocumentKind.EMAIL,
        "Demande Hélène Côté.eml",
        "message/rfc822",
        raw,
    )
    assert (view.kind, view.filename, view.media_type, view.size) == (
        "email",
        "Demande Hélène Côté.eml",
        "message/rfc822",
        len(raw),
    )
    assert (view.added_by, view.added_at, view.purged) == (
        "tester",
        "2026-03-20T09:00:00+00:00",
        False,
    )

    detail = svc.get_request(_uow(vault), reference)
    assert detail.documents == (view,)
    assert detail.last_contact_on == date(2026, 3, 20)  # a document is a contact

    assert _stored_files(vault) == [view.document_id]
    if vault.vault is not None:  # a file of the vault's document folder
        file = vault.vault.documents_dir / f"{view.document_id}.dsrdoc"
        assert file.stat().st_mode & 0o077 == 0  # owner-only
    ciphertext = vault.ciphertext(view.document_id)
    assert len(ciphertext) > len(raw)  # the whole document, sealed
    secrets = (b"effacement", "Côté".encode(), b"helene@exemple.fr", b"Lilas")
    for secret in secrets:
        assert secret not in ciphertext
    if vault.is_team:  # nor anywhere in what the server's operator can read
        dump = vault.dump()
        assert f"{view.document_id}".encode() in dump  # the control: the rows are there
        for secret in secrets:
            assert secret not in dump

    with _uow(vault) as uow:
        [record] = uow.requests.get(reference).documents  # type: ignore[union-attr]
        assert record.wrapped_key is not None
        assert documents.read_bytes((record.document_id, record.wrapped_key)) == raw


def test_the_audit_entry_has_no_file_name(vault: Store, documents: DocumentStore) -> None:
    reference = _register(vault)
    view = attach_document(
        _uow(vault),
        documents,
        reference,
        DocumentKind.ID,
        "CNI Hélène Côté.pdf",
        "Application/PDF",
        b"%PDF-1.7 scan",
    )
    [event] = [
        e
        for e in svc.get_request(_uow(vault), reference).timeline
        if e.action == "request.document_added"
    ]
    # the timeline names the file from the document's own record (shown to staff) …
    assert event.details == {
        "document_id": view.document_id,
        "kind": "id",
        "media_type": "application/pdf",
        "size": 13,
        "document": "CNI Hélène Côté.pdf",
    }
    # … the audit log itself keeps no file name (it holds no personal data)
    [stored] = vault.sql("SELECT details FROM audit_log WHERE action = 'request.document_added'")
    assert json.loads(stored[0]) == {
        "document_id": view.document_id,
        "kind": "id",
        "media_type": "application/pdf",
        "size": 13,
    }
    assert "Côté" not in stored[0] and "CNI" not in stored[0]


def test_an_unknown_request_leaves_no_file_behind(vault: Store, documents: DocumentStore) -> None:
    with pytest.raises(NotFound):
        attach_document(
            _uow(vault),
            documents,
            "DSR-2026-0042",
            DocumentKind.EMAIL,
            "x.eml",
            "message/rfc822",
            _eml(),
        )
    assert _stored_files(vault) == []


def test_a_failed_commit_deletes_the_ciphertext(
    vault: Store, documents: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = _register(vault)

    def refuse(self: SqlUnitOfWork) -> None:
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(SqlUnitOfWork, "commit", refuse)
    with pytest.raises(OperationalError):
        attach_document(
            _uow(vault), documents, reference, DocumentKind.EMAIL, "x.eml", "message/rfc822", _eml()
        )
    monkeypatch.undo()
    assert _stored_files(vault) == []
    assert svc.get_request(_uow(vault), reference).documents == ()


def test_bad_metadata_is_refused_before_anything_is_stored(
    vault: Store, documents: DocumentStore
) -> None:
    reference = _register(vault)
    with pytest.raises(ValidationError, match="media type"):
        attach_document(
            _uow(vault), documents, reference, DocumentKind.OTHER, "a.bin", "nonsense", b"x"
        )
    with pytest.raises(ValidationError, match="file name"):
        attach_document(
            _uow(vault), documents, reference, DocumentKind.OTHER, "../", "text/plain", b"x"
        )
    assert _stored_files(vault) == []


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("C:\\Users\\dpo\\Downloads\\demande.eml", "demande.eml"),
        ("/tmp/../etc/passwd", "passwd"),
        ("re\x00port\n.pdf", "re port .pdf"),
        ("x" * 300 + ".pdf", "x" * 250 + "….pdf"),
    ],
)
def test_file_names_are_reduced_to_a_safe_name(given: str, kept: str) -> None:
    assert clean_filename(given) == kept
    assert len(clean_filename(given)) <= 255


def test_media_types_are_normalised() -> None:
    assert clean_media_type(" Message/RFC822 ") == "message/rfc822"
    with pytest.raises(ValidationError):
        clean_media_type("text/plain; charset=utf-8")
