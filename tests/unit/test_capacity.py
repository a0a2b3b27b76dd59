"""Who asks (issue 16 item 5): the requester's capacity, the data subject's name, the heirs'
limited rights (art. 85 II loi Informatique et Libertés), the proof of capacity before any
disclosure, linked requests, and the acknowledgement naming the data subject."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind, DocumentRecord
from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.record_retention import ANONYMISED_NAME, anonymise, record_retention
from dsr_desk.domain.request_actions import RequestAction, capacity_blocker
from dsr_desk.domain.requests import Capacity, Outcome, RequestType
from dsr_desk.domain.rights import HEIR_ACTIONS, heir_refusal
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.letters.compose import compose
from dsr_desk.letters.fit import check_fit
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.letters.render import render_letter
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import entities as entity_service
from dsr_desk.services import letters as letter_service
from dsr_desk.services import requests as svc
from tests.fakes import FakeUnitOfWork
from tests.letters_support import flat, make_detail, make_letter, pdf_text

TODAY = date(2026, 3, 10)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(TODAY))
    entity_service.create_entity(fake, name="Lycée Saint-Exemple", country="FR")
    return fake


def _register(uow: FakeUnitOfWork, **overrides: object) -> RequestDetail:
    values: dict[str, object] = {
        "type": RequestType.ACCESS,
        "received_on": date(2026, 3, 5),
        "name": "Marie Dupont",
        "email": "marie.dupont@example.fr",
    }
    values.update(overrides)
    return svc.register_request(uow, **values)  # type: ignore[arg-type]


# -- the domain's rules ------------------------------------------------------------------------


def test_heirs_have_only_the_art_85_ii_rights() -> None:
    allowed = {t for t in RequestType if heir_refusal(t) is None}
    assert (
        allowed
        == set(HEIR_ACTIONS)
        == {
            RequestType.RECTIFICATION,  # the data updated
            RequestType.ERASURE,  # the accounts closed
            RequestType.OBJECTION,  # further processing stopped
            RequestType.MARKETING_OPT_OUT,
        }
    )
    for refused in set(RequestType) - allowed:
        reason = heir_refusal(refused)
        assert reason is not None and "art. 85 II" in reason and "Recital 27" in reason
    assert "right of access is the data subject's own" in (heir_refusal(RequestType.ACCESS) or "")


@pytest.mark.parametrize(
    ("capacity", "subject", "type", "expected"),
    [
        (Capacity.SELF, None, RequestType.ACCESS, None),
        (Capacity.SELF, "Léo Dupont", RequestType.ACCESS, "names no other data subject"),
        (Capacity.REPRESENTATIVE, None, RequestType.ACCESS, "needs the name of the person"),
        (Capacity.GUARDIAN, "  ", RequestType.ERASURE, "needs the name of the person"),
        (Capacity.GUARDIAN, "Léo Dupont", RequestType.PORTABILITY, None),
        (Capacity.HEIR, "Jean Dupont", RequestType.ERASURE, None),
        (Capacity.HEIR, "Jean Dupont", RequestType.ACCESS, "An heir cannot make an access"),
        (Capacity.HEIR, "Jean Dupont", RequestType.PORTABILITY, "An heir cannot make a"),
    ],
)
def test_who_may_ask_what(
    capacity: Capacity, subject: str | None, type: RequestType, expected: str | None
) -> None:
    found = capacity_blocker(type, capacity, subject)
    if expected is None:
        assert found is None
    else:
        assert found is not None and expected in found.reason


def test_a_bad_combination_logs_nothing(uow: FakeUnitOfWork) -> None:
    before = len(uow.audit.items)
    with pytest.raises(ValidationError, match="An heir cannot make an access request"):
        _register(uow, capacity=Capacity.HEIR, subject_name="Jean Dupont")
    with pytest.raises(ValidationError, match="An heir cannot make an access request"):
        _register(
            uow,
            type=RequestType.ERASURE,
            also=[RequestType.ACCESS],
            capacity=Capacity.HEIR,
            subject_name="Jean Dupont",
        )
    with pytest.raises(ValidationError, match="needs the name of the person"):
        _register(uow, capacity=Capacity.REPRESENTATIVE)
    with pytest.raises(ValidationError, match="asked twice"):
        _register(uow, also=[RequestType.ERASURE, RequestType.ACCESS])
    assert len(uow.audit.items) == before and not uow.requests.items


# -- logged, shown, and the proof of capacity before disclosure ---------------------------------


def test_the_requester_stays_who_wrote_and_the_subject_is_named(uow: FakeUnitOfWork) -> None:
    detail = _register(uow, capacity=Capacity.GUARDIAN, subject_name=" Léo Dupont ")
    assert (detail.requester_name, detail.capacity, detail.subject_name) == (
        "Marie Dupont",
        "guardian",
        "Léo Dupont",
    )
    entry = uow.audit.items[-1]
    assert entry.action == "request.registered" and entry.details["capacity"] == "guardian"
    assert "Léo" not in str(entry.details)  # no personal data in the audit log
    plain = _register(uow)
    assert (plain.capacity, plain.subject_name, plain.capacity_proof_missing) == (
        "self",
        None,
        None,
    )
    assert "capacity" not in uow.audit.items[-1].details


def _mandate(number: int = 1) -> DocumentRecord:
    return DocumentRecord(
        document_id=f"doc{number}",
        kind=DocumentKind.MANDATE,
        filename="mandat.pdf",
        media_type="application/pdf",
        size=10,
        sha256="0" * 64,
        stored_name=f"stored{number}",
        added_at=datetime(2026, 3, 6, 9, tzinfo=UTC),
        added_by="alice",
        wrapped_key=b"k" * 40,
    )


@pytest.mark.parametrize("capacity", [Capacity.REPRESENTATIVE, Capacity.GUARDIAN])
def test_no_bundle_before_the_proof_of_capacity(uow: FakeUnitOfWork, capacity: Capacity) -> None:
    reference = _register(uow, capacity=capacity, subject_name="Léo Dupont").reference
    request = uow.requests.items[reference]
    blocked = request.allowed(RequestAction.BUNDLE, TODAY)
    assert blocked is not None and blocked.applies
    assert "attach the mandate or proof of capacity" in blocked.reason
    detail = svc.get_request(uow, reference)
    assert detail.capacity_proof_missing == blocked.reason
    assert detail.actions["bundle"] == blocked.reason
    with uow:
        request = uow.requests.items[reference]
        request.attach(_mandate(), TODAY)
        assert request.allowed(RequestAction.BUNDLE, TODAY) is None
        uow.commit()
    assert svc.get_request(uow, reference).capacity_proof_missing is None
    request = uow.requests.items[reference]
    request.documents[0].purge(datetime(2026, 3, 9, tzinfo=UTC), "test")  # a purged proof: none
    assert request.allowed(RequestAction.BUNDLE, TODAY) is not None


def test_the_person_concerned_needs_no_mandate(uow: FakeUnitOfWork) -> None:
    request = uow.requests.items[_register(uow).reference]
    assert request.allowed(RequestAction.BUNDLE, TODAY) is None


# -- several rights in one message ------------------------------------------------------------


def test_several_rights_in_one_message_are_linked_requests(uow: FakeUnitOfWork) -> None:
    first = _register(
        uow,
        also=[RequestType.ERASURE, RequestType.OBJECTION],
        capacity=Capacity.REPRESENTATIVE,
        subject_name="Léo Dupont",
    )
    assert first.reference == "DSR-2026-0001"
    assert [(r.reference, r.type) for r in first.linked] == [
        ("DSR-2026-0002", "erasure"),
        ("DSR-2026-0003", "objection"),
    ]
    second = svc.get_request(uow, "DSR-2026-0002")
    assert [r.reference for r in second.linked] == ["DSR-2026-0001", "DSR-2026-0003"]
    assert (second.requester_name, second.capacity, second.subject_name) == (
        "Marie Dupont",
        "representative",
        "Léo Dupont",
    )
    assert len(uow.requesters.items) == 1
    registered = [e for e in uow.audit.items if e.action == "request.registered"]
    assert [e.details.get("linked_to") for e in registered] == [
        None,
        "DSR-2026-0001",
        "DSR-2026-0001",
    ]
    alone = _register(uow)
    assert alone.linked == () and svc.get_request(uow, alone.reference).linked == ()


# -- storage limitation -----------------------------------------------------------------------


def test_anonymising_erases_the_subject_name(uow: FakeUnitOfWork) -> None:
    reference = _register(
        uow, type=RequestType.ERASURE, capacity=Capacity.HEIR, subject_name="Jean Dupont"
    ).reference
    svc.close(uow, reference, Outcome.COMPLETED)
    request = uow.requests.items[reference]
    decision = record_retention(request)
    assert decision is not None
    anonymise(request, decision, datetime(2032, 1, 1, tzinfo=UTC))
    assert request.subject_name == ANONYMISED_NAME and request.capacity is Capacity.HEIR


# -- letters: addressed to the requester, naming the data subject -------------------------------

ON_BEHALF = {
    ("fr", "representative"): "Vous formulez cette demande au nom de Léo O'Brien, en qualité "
    "de mandataire.",
    ("en", "guardian"): "You make this request on behalf of Léo O'Brien, as their parent or "
    "guardian.",
    ("fr", "heir"): "Vous formulez cette demande en qualité d'héritier de Léo O'Brien",
    ("en", "heir"): "You make this request as an heir of Léo O'Brien, under article 85 II",
}


@pytest.mark.parametrize(("lang", "capacity"), list(ON_BEHALF))
def test_the_acknowledgement_names_the_data_subject(lang: str, capacity: str) -> None:
    detail = make_detail(capacity=capacity, subject_name="Léo O'Brien")
    letter = make_letter(LetterKind.ACKNOWLEDGEMENT, lang, request=detail)
    text = pdf_text(render_letter(letter))
    assert flat(ON_BEHALF[lang, capacity]) in text
    part = compose(letter).parts[0]
    assert "Hélène Bœuf" in part.address_lines  # addressed to the requester
    assert any("O'Brien" in block for b in part.blocks for block in b.texts)  # name as typed


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_request_for_oneself_has_no_such_sentence(lang: str) -> None:
    text = pdf_text(render_letter(make_letter(LetterKind.ACKNOWLEDGEMENT, lang)))
    assert "Vous formulez cette demande" not in text and "You make this request" not in text


def test_no_access_answer_before_the_proof_of_capacity() -> None:
    missing = "DSR-2026-0042 is made by a representative …: attach the mandate"
    detail = make_detail(
        status="completed",
        capacity="representative",
        subject_name="Léo Dupont",
        capacity_proof_missing=missing,
    )
    with pytest.raises(RuleViolation, match="attach the mandate"):
        check_fit(make_letter(LetterKind.COMPLETION, request=detail))
    erased = replace(detail, type="erasure", outcome_reason="Dossier effacé le 2 mars 2026.")
    check_fit(make_letter(LetterKind.COMPLETION, request=erased))
    check_fit(
        make_letter(LetterKind.COMPLETION, request=replace(detail, capacity_proof_missing=None))
    )


def test_the_prepared_letter_names_who_asks_and_lists_the_linked_requests() -> None:
    fake = FakeUnitOfWork(FixedClock.on(TODAY))
    entity_service.create_entity(
        fake, name="Lycée Saint-Exemple", address="3 place de l'Église\n69002 Lyon"
    )
    first = svc.register_request(
        fake,
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 5),
        name="Marie Dupont",
        address="8 allée des Tilleuls\n57000 Metz",
        capacity=Capacity.REPRESENTATIVE,
        subject_name="Léo Dupont",
        also=[RequestType.ERASURE],
    )
    letter = letter_service.prepare_letter(
        fake,
        first.reference,
        LetterKind.ACKNOWLEDGEMENT,
        "en",
        signer="Claire Dumoulin",  # never the computer login
        preview=True,
    )
    d = letter.request
    assert (d.requester_name, d.capacity, d.subject_name) == (
        "Marie Dupont",
        "representative",
        "Léo Dupont",
    )
    assert [(r.reference, r.type) for r in d.linked] == [("DSR-2026-0002", "erasure")]
    assert "You make this request on behalf of Léo Dupont" in pdf_text(render_letter(letter))

    svc.record_identity_check(fake, first.reference, VerificationMethod.IN_PERSON)
    svc.close(fake, first.reference, Outcome.COMPLETED)
    with pytest.raises(RuleViolation, match="attach the mandate or proof of capacity"):
        letter_service.prepare_letter(fake, first.reference, LetterKind.COMPLETION, "en")
