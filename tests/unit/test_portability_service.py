"""The bundle use case on a fake unit of work: the rules (type, status, identity gate, audit)
and the requester's other requests, without a database."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import RuleViolation
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.services import entities as entity_service
from dsr_desk.services import requests as svc
from dsr_desk.services.portability import bundle_preview, export_bundle
from dsr_desk.storage.document_store import DocumentStore
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(date(2026, 3, 20)))
    entity_service.create_entity(fake, name="Boutique Exemple")
    entity_service.create_entity(fake, name="Autre Société")
    return fake


def _register(uow: FakeUnitOfWork, rtype: RequestType, received: date, entity: str) -> str:
    detail = svc.register_request(
        uow,
        type=rtype,
        received_on=received,
        name="Éloïse Çağlar",
        email="eloise@exemple.fr",
        entity=entity,
    )
    return str(detail.reference)


def test_the_gate_the_audit_and_the_requests_to_the_same_entity_only(
    uow: FakeUnitOfWork, tmp_path: Path
) -> None:
    store = DocumentStore(tmp_path, b"k" * 32)
    earlier = _register(uow, RequestType.OBJECTION, date(2026, 1, 5), "Boutique Exemple")
    _register(uow, RequestType.ACCESS, date(2026, 2, 1), "Autre Société")  # another controller
    ref = _register(uow, RequestType.PORTABILITY, date(2026, 3, 2), "Boutique Exemple")

    plan = bundle_preview(uow, ref)
    assert plan.needs_override and not plan.identity_verified
    with pytest.raises(RuleViolation, match="identity is not verified"):
        export_bundle(uow, store, ref)
    assert [e.action for e in uow.audit.items].count("request.bundle_exported") == 0

    svc.record_identity_check(uow, ref, method=VerificationMethod.KNOWN_EMAIL)
    result = export_bundle(uow, store, ref, lang="en")
    archive = zipfile.ZipFile(io.BytesIO(result.zip_bytes))
    requests = json.loads(archive.read("data/requests.json"))
    assert [row["reference"] for row in requests] == [earlier, ref]
    exported = uow.audit.items[-1]
    assert (exported.action, exported.request_ref) == ("request.bundle_exported", ref)
    assert "Éloïse" not in exported.details_json
    assert result.manifest_sha256 in exported.details_json


@pytest.mark.parametrize(
    ("rtype", "outcome", "message"),
    [
        (RequestType.ERASURE, None, "access and portability requests only"),
        (RequestType.ACCESS, Outcome.REFUSED, "was refused"),
    ],
)
def test_no_bundle_for_other_types_or_refused_requests(
    uow: FakeUnitOfWork, tmp_path: Path, rtype: RequestType, outcome: Outcome | None, message: str
) -> None:
    ref = _register(uow, rtype, date(2026, 3, 2), "Boutique Exemple")
    if outcome is not None:
        svc.close(uow, ref, outcome, reason="Manifestly unfounded.")
    with pytest.raises(RuleViolation, match=message):
        export_bundle(uow, DocumentStore(tmp_path, b"k" * 32), ref, override_reason="test")
