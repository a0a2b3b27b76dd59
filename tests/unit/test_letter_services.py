"""Letter services on the in-memory unit of work: the kind must suit the request, no
disclosure while the identity is unverified (unless a written reason, audited), and an
entity's own wording (audited) that can never drop the legal sentences."""

from __future__ import annotations

from datetime import date

import pytest

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.entities import Role
from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.register import ProcessingActivity
from dsr_desk.domain.requests import InformationKind, Outcome, RequestType
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.letters.render import render_letter
from dsr_desk.services import entities as entity_service
from dsr_desk.services import letters as svc
from dsr_desk.services import requests as requests_service
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import save_settings
from tests.fakes import FakeUnitOfWork
from tests.letters_support import flat, pdf_text

ENTITY = "Lycée Saint-Exemple"
PROCESSOR = "Formation Pro SAS"


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(date(2026, 3, 10)), user="claire")
    entity_service.create_entity(
        fake, name=ENTITY, address="3 place de l'Église\n69002 Lyon", dpo_contact="dpo@ex.fr"
    )
    entity_service.create_entity(
        fake, name=PROCESSOR, address="1 rue du Port\n13002 Marseille", role=Role.PROCESSOR
    )
    fake.entities.items[0].processing_activities.append(
        ProcessingActivity(
            name="Scolarité",
            purpose="Suivi de la scolarité",
            legal_basis="Mission d'intérêt public",
            data_categories="Identité, notes",
            retention="Scolarité + 10 ans",
            name_en="Schooling",
            purpose_en="Following the pupils' schooling",
            legal_basis_en="Public interest task",
            data_categories_en="Identity, marks",
            retention_en="Schooling + 10 years",
        )
    )
    save_settings(fake, AppSettings(display_name="Claire Dumoulin"))
    return fake


def _register(uow: FakeUnitOfWork, **changes: object) -> str:
    values: dict[str, object] = {
        "type": RequestType.ACCESS,
        "received_on": date(2026, 3, 2),
        "name": "Hélène Côté",
        "email": "helene@exemple.fr",
        "address": "8 allée des Tilleuls\n57000 Metz",
        "entity": ENTITY,
        "language": "en",
    }
    values.update(changes)
    return requests_service.register_request(uow, **values).reference  # type: ignore[arg-type]


def _actions(uow: FakeUnitOfWork) -> list[str]:
    return [entry.action for entry in uow.audit.items]


def test_the_letter_defaults_to_the_requesters_language_and_the_users_name(
    uow: FakeUnitOfWork,
) -> None:
    ref = _register(uow)
    save_settings(uow, AppSettings(display_name=""))
    # never signed with the OS login ("claire"): no display name, no letter
    with pytest.raises(ValidationError, match="display name"):
        svc.prepare_letter(uow, ref, "acknowledgement", None)
    save_settings(uow, AppSettings(display_name="Claire Dumoulin"))
    letter = svc.prepare_letter(uow, ref, "acknowledgement", None)
    assert (letter.lang, letter.signer, letter.kind) == (
        "en",
        "Claire Dumoulin",
        LetterKind.ACKNOWLEDGEMENT,
    )
    letter = svc.prepare_letter(uow, ref, LetterKind.ACKNOWLEDGEMENT, "fr")
    assert (letter.lang, letter.signer) == ("fr", "Claire Dumoulin")
    assert svc.prepare_letter(uow, ref, "acknowledgement", "fr", signer="M. Blanc").signer == (
        "M. Blanc"
    )
    assert "Lyon, le 10 mars 2026" in pdf_text(render_letter(letter))


def test_the_signers_title_is_the_users_else_the_entitys_else_the_default(
    uow: FakeUnitOfWork,
) -> None:
    ref = _register(uow)

    def signed(lang: str) -> str:
        letter = svc.prepare_letter(uow, ref, "acknowledgement", lang)
        return pdf_text(render_letter(letter))

    assert "Délégué(e) à la protection des données" in signed("fr")
    entity_service.update_entity(uow, ENTITY, signer_title="Le délégué à la protection des données")
    assert "Claire Dumoulin Le délégué à la protection des données" in signed("fr")
    save_settings(
        uow, AppSettings(display_name="Claire Dumoulin", signer_title="Juriste, service DPO")
    )
    text = signed("fr")
    assert "Claire Dumoulin Juriste, service DPO" in text
    assert "Le délégué à la protection des données" not in text
    assert "login" not in text and "claire " not in text


def test_kinds_that_do_not_suit_the_request_are_refused(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    with pytest.raises(RuleViolation, match="not refused"):
        svc.prepare_letter(uow, ref, "refusal", "fr")
    with pytest.raises(RuleViolation, match="not extended"):
        svc.prepare_letter(uow, ref, "extension", "fr")
    with pytest.raises(RuleViolation, match="only a processor forwards"):
        svc.prepare_letter(uow, ref, "forward", "fr", recipient="Client SA|1 rue A|75001 Paris")
    with pytest.raises(RuleViolation, match="request for identity"):
        svc.prepare_letter(uow, ref, "id-request", "fr")
    with pytest.raises(RuleViolation, match="not an objection"):
        svc.prepare_letter(uow, ref, "objection-outcome", "fr")
    with pytest.raises(RuleViolation, match=r"Art\. 19"):
        svc.prepare_letter(uow, ref, "recipient-notice", "fr", recipient="X|Y")
    with pytest.raises(ValidationError, match="Unknown letter kind"):
        svc.prepare_letter(uow, ref, "postcard", "fr")
    # a partial refusal: the reasons are given with the letter
    partial = svc.prepare_letter(uow, ref, "refusal", "fr", refusal_reasons="Secret des affaires.")
    assert "Secret des affaires." in pdf_text(render_letter(partial))


def test_letters_follow_the_requests_state(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    requests_service.extend(uow, ref, "Very many archives to search.")
    extension = svc.prepare_letter(uow, ref, "extension", "en")
    assert "Very many archives to search." in pdf_text(render_letter(extension))
    requests_service.ask_for_information(
        uow,
        ref,
        InformationKind.IDENTITY,
        "The name on the request differs from our file.",
        means=("id-copy-masked", "customer-number"),
    )
    asked = pdf_text(render_letter(svc.prepare_letter(uow, ref, "id-request", "en")))
    assert "The name on the request differs from our file." in asked
    assert "suspended since 10 March 2026" in asked and "Guidelines 01/2022" in asked
    # the means chosen, least intrusive first, and only those
    number, copy = asked.index("student number"), asked.index("copy of an identity document")
    assert number < copy and "e-mail address we already hold" not in asked
    with pytest.raises(RuleViolation, match="waiting for information"):
        svc.prepare_letter(uow, ref, "completion", "en")
    requests_service.close(uow, ref, Outcome.REFUSED, reason="Identity never confirmed.")
    refusal = pdf_text(render_letter(svc.prepare_letter(uow, ref, "refusal", "en")))
    assert "Identity never confirmed." in refusal and "judicial remedy" in refusal
    with pytest.raises(RuleViolation, match="already closed"):
        svc.prepare_letter(uow, ref, "acknowledgement", "en")


def test_no_disclosure_while_the_identity_is_unverified(uow: FakeUnitOfWork) -> None:
    ref = _register(uow)
    with pytest.raises(RuleViolation, match="identity is not verified"):
        svc.prepare_letter(uow, ref, "completion", "fr")
    assert "request.disclosure_override" not in _actions(uow)

    previewed = svc.prepare_letter(
        uow,
        ref,
        "completion",
        "fr",
        disclosure_override_reason="Vue en personne",
        activities=["Scolarité"],
        preview=True,
    )
    assert previewed.needs_disclosure_override
    assert "request.disclosure_override" not in _actions(uow)  # a preview discloses nothing

    letter = svc.prepare_letter(
        uow,
        ref,
        "completion",
        "fr",
        disclosure_override_reason="Reçue en personne au guichet",
        activities=["Scolarité"],
    )
    entry = uow.audit.items[-1]
    assert entry.action == "request.disclosure_override"
    assert entry.request_ref == ref
    assert entry.details == {
        "letter": "completion",
        "lang": "fr",
        "reason_no": 1,  # the text stays with the request (it may be erased), never in the log
        "reason_mac": entry.details["reason_mac"],
    }
    assert "Scolarité + 10 ans" in pdf_text(render_letter(letter))

    requests_service.record_identity_check(uow, ref, VerificationMethod.IN_PERSON)
    before = len(uow.audit.items)
    svc.prepare_letter(
        uow, ref, "completion", "fr", disclosure_override_reason="ignored", activities=["Scolarité"]
    )
    assert len(uow.audit.items) == before  # verified: nothing to override


def test_objection_letters(uow: FakeUnitOfWork) -> None:
    marketing = _register(uow, type=RequestType.MARKETING_OPT_OUT)
    text = pdf_text(render_letter(svc.prepare_letter(uow, marketing, "objection-outcome", "en")))
    assert "always granted" in text and "judicial remedy" not in text
    objection = _register(uow, type=RequestType.OBJECTION)
    with pytest.raises(ValidationError, match="balancing test"):
        svc.prepare_letter(uow, objection, "objection-outcome", "en")
    upheld = svc.prepare_letter(
        uow, objection, "objection-outcome", "en", objection_grounds="Your situation prevails."
    )
    assert "we uphold your objection" in pdf_text(render_letter(upheld))


def test_forward_and_recipient_notices(uow: FakeUnitOfWork) -> None:
    forwarded = _register(uow, entity=PROCESSOR)
    with pytest.raises(ValidationError, match="controller's name"):
        svc.prepare_letter(uow, forwarded, "forward", "fr")
    letter = svc.prepare_letter(
        uow, forwarded, "forward", "fr", recipient="Client SA|1 rue A|75001 Paris"
    )
    assert "Client SA" in pdf_text(render_letter(letter))
    erased = _register(uow, type=RequestType.ERASURE)
    notice = svc.prepare_letter(
        uow, erased, "recipient-notice", "en", recipient="Partner Ltd|2 Main St|London"
    )
    text = pdf_text(render_letter(notice))
    assert "Partner Ltd" in text and "carried out the erasure" in text


def test_an_entity_override_is_used_validated_audited_and_reset(uow: FakeUnitOfWork) -> None:
    wording = "Subject: Refus\n\nNous refusons pour ce motif : {refusal_reasons}\n"
    view = svc.save_letter_override(uow, ENTITY, "refusal", "fr", wording)
    assert view.is_override and view.text == wording and "refusal_reasons" in view.placeholders
    assert uow.audit.items[-1].action == "entity.letter_override_saved"
    assert uow.audit.items[-1].details == {
        "entity": ENTITY,
        "kind": "refusal",
        "lang": "fr",
        "length": len(wording),
    }
    before = len(uow.audit.items)
    svc.save_letter_override(uow, ENTITY, "refusal", "fr", wording)  # unchanged: no entry
    assert len(uow.audit.items) == before

    ref = _register(uow, language="fr")  # the reasons are typed in the request's language
    requests_service.close(uow, ref, Outcome.REFUSED, reason="Demande manifestement excessive.")
    text = pdf_text(render_letter(svc.prepare_letter(uow, ref, "refusal", "fr")))
    assert "Nous refusons pour ce motif : Demande manifestement excessive." in text
    assert flat("75334 Paris Cedex 07 (www.cnil.fr)") in text  # outside the override
    assert "recours juridictionnel" in text

    with pytest.raises(ValidationError, match=r"\{new_due_date\}"):
        svc.save_letter_override(uow, ENTITY, "refusal", "fr", "Subject: x\n\n{new_due_date}")
    with pytest.raises(ValidationError, match="Subject"):
        svc.save_letter_override(uow, ENTITY, "refusal", "fr", "no subject line")

    reset = svc.reset_letter_override(uow, ENTITY, "refusal", "fr")
    assert not reset.is_override and reset.text == reset.default_text
    assert uow.audit.items[-1].action == "entity.letter_override_reset"
    with pytest.raises(RuleViolation, match="default"):
        svc.reset_letter_override(uow, ENTITY, "refusal", "fr")
    assert svc.letter_wording(uow, ENTITY, "refusal", "en").text.startswith("Subject: Reply")


def test_the_wording_editor_reads_its_page_in_one_call(uow: FakeUnitOfWork) -> None:
    wording = "Subject: Refus\n\nNous refusons pour ce motif : {refusal_reasons}\n"
    svc.save_letter_override(uow, PROCESSOR, "refusal", "fr", wording)
    page = svc.letter_template(uow, "formation pro sas", "refusal", "fr")  # typed loosely
    assert page.wording == svc.letter_wording(uow, PROCESSOR, "refusal", "fr")
    assert page.wording.is_override and page.wording.text == wording
    assert page.entity == svc.entity_view(uow, PROCESSOR)
    assert (page.entity.name, page.entity.role) == (PROCESSOR, "processor")
    assert svc.letter_template(uow, ENTITY, "refusal", "en").wording.is_override is False


def test_recipient_notices_are_recorded_audited_and_checked(uow: FakeUnitOfWork) -> None:
    access = _register(uow)
    with pytest.raises(RuleViolation, match="follow a rectification, an erasure or a restriction"):
        requests_service.record_recipient_notice(uow, access, "Rectorat de Lyon")
    ref = _register(uow, type=RequestType.ERASURE)
    with pytest.raises(ValidationError, match="in the future"):
        requests_service.record_recipient_notice(uow, ref, "Rectorat de Lyon", date(2026, 3, 11))
    with pytest.raises(ValidationError, match="before the request was received"):
        requests_service.record_recipient_notice(uow, ref, "Rectorat de Lyon", date(2026, 3, 1))
    detail = requests_service.record_recipient_notice(
        uow, ref, "  Rectorat   de Lyon ", date(2026, 3, 9)
    )
    assert [(n.recipient, n.notified_on) for n in detail.recipient_notices] == [
        ("Rectorat de Lyon", date(2026, 3, 9))
    ]
    assert uow.audit.items[-1].action == "request.recipient_notified"
    assert uow.audit.items[-1].details == {
        "recipient": "Rectorat de Lyon",
        "notified_on": "2026-03-09",
    }
    with pytest.raises(RuleViolation, match="already recorded as notified"):
        requests_service.record_recipient_notice(uow, ref, "rectorat de lyon")
