"""Letters on the real vault and on a team database on PostgreSQL (``read_stores``): the copy
sent is kept encrypted as a RESPONSE document with its audit entries; and on a workstation
vault `dsr-desk letter` writes a PDF (errors: one line, exit 2)."""

from __future__ import annotations

import io
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dsr_desk.domain.audit import verify_chain
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.register import ProcessingActivity
from dsr_desk.domain.requests import RequestType
from dsr_desk.letters.render import render_letter
from dsr_desk.services import requests as svc
from dsr_desk.services.letters import prepare_letter, record_letter_sent
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import save_settings
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.cli_helpers import Result, all_bytes_under, run_cli
from tests.integration.read_stores import SQLCIPHER, Store
from tests.letters_support import pdf_text

TODAY = date(2026, 3, 20)
CLOCK = FixedClock.on(TODAY)
NAME = "Zébulon Canarywitz"


@pytest.fixture
def store_clock() -> FixedClock:
    return CLOCK


@pytest.fixture
def store_user() -> str:
    return "tester"


@pytest.fixture
def store_entities() -> list[dict[str, str]]:
    return [
        {
            "name": "Collège Exemple",
            "address": "4 rue des Écoles\n69007 Lyon",
            "dpo_contact": "dpo@college-exemple.fr",
        }
    ]


@pytest.fixture
def vault(store: Store) -> Store:
    created = store
    with _uow(created) as uow:
        entity = uow.entities.get("Collège Exemple")
        assert entity is not None
        entity.processing_activities.append(
            ProcessingActivity(
                name="Vie scolaire",
                purpose="Suivi de la scolarité",
                legal_basis="Mission d'intérêt public",
                data_categories="Identité, résultats",
                retention="Scolarité, puis dix ans",
            )
        )
        uow.commit()
    save_settings(_uow(created), AppSettings(display_name="Claire Dumoulin"))
    return created


def _uow(vault: Store) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, CLOCK, "tester")


def _register(vault: Store, received: date = date(2026, 3, 10)) -> str:
    return svc.register_request(
        _uow(vault),
        type=RequestType.ACCESS,
        received_on=received,
        name=NAME,
        address="8 allée des Tilleuls\n57000 Metz",
    ).reference


def test_a_sent_letter_is_kept_encrypted_and_audited(vault: Store) -> None:
    store = vault.documents()
    ref = _register(vault)
    svc.extend(_uow(vault), ref, "Archives de quinze ans à rechercher.")
    pdf = render_letter(prepare_letter(_uow(vault), ref, "extension", "fr"))

    view = record_letter_sent(
        _uow(vault), store, ref, "extension", "fr", pdf, "registered-post", date(2026, 3, 19)
    )
    assert view.kind == "response" and view.media_type == "application/pdf"
    assert view.filename == f"{ref} extension fr 2026-03-19.pdf"
    assert view.size == len(pdf)
    assert vault.stored_document_ids() == [view.document_id]
    stored = vault.ciphertext(view.document_id)
    assert b"%PDF" not in stored and NAME.encode() not in stored  # ciphertext only

    detail = svc.get_request(_uow(vault), ref)
    assert [d.document_id for d in detail.documents] == [view.document_id]
    actions = [event.action for event in detail.timeline]
    assert actions[-3:] == ["request.document_added", "letter.created", "letter.sent"]
    sent = detail.timeline[-1].details
    assert sent == {
        "kind": "extension",
        "lang": "fr",
        "channel": "registered-post",
        "sent_on": "2026-03-19",
        "document_id": view.document_id,
        "document": f"{ref} extension fr 2026-03-19.pdf",  # from the document's own record
        "notice": "extension notice sent (Art. 12(3))",
        "in_time": True,
    }
    with _uow(vault) as uow:
        record = uow.requests.get(ref).documents[0]  # type: ignore[union-attr]
        assert store.read_bytes((record.document_id, record.wrapped_key)) == pdf
        assert verify_chain(list(uow.audit.entries()), uow.audit.head()).ok


def test_a_refused_sending_keeps_nothing(vault: Store) -> None:
    store = vault.documents()
    ref = _register(vault)
    pdf = render_letter(prepare_letter(_uow(vault), ref, "acknowledgement", "fr"))
    with pytest.raises(ValidationError, match="future"):
        record_letter_sent(
            _uow(vault), store, ref, "acknowledgement", "fr", pdf, "post", date(2026, 3, 21)
        )
    with pytest.raises(ValidationError, match="Unknown channel"):
        record_letter_sent(_uow(vault), store, ref, "acknowledgement", "fr", pdf, "pigeon", TODAY)
    with pytest.raises(ValidationError, match="not a PDF"):
        record_letter_sent(
            _uow(vault), store, ref, "acknowledgement", "fr", b"hello", "post", TODAY
        )
    assert vault.stored_document_ids() == []
    assert svc.get_request(_uow(vault), ref).documents == ()


# The CLI on a workstation vault: on a team database (--db) see test_team_documents.
@pytest.mark.parametrize("store", [SQLCIPHER], indirect=True)
def test_cli_letter_writes_a_pdf_and_refuses_in_one_line(vault: Store, tmp_path: Path) -> None:
    ref = _register(vault)
    vault.close()
    data_dir = vault.data_dir
    out = tmp_path / "accuse.pdf"
    result = run_cli(
        data_dir, "letter", ref, "--kind", "acknowledgement", "--lang", "fr", "--out", str(out),
        "--registered", "1A 234 567 8901 2", "--signer", "Claire Dumoulin", today="2026-03-20",
    )  # fmt: skip
    assert result.code == 0, result.err
    pdf = out.read_bytes()
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    text = pdf_text(pdf)
    assert NAME in text and "Claire Dumoulin" in text and "n° 1A 234 567 8901 2" in text
    assert "au plus tard le 10 avril 2026" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

    bad_kind = run_cli(
        data_dir, "letter", ref, "--kind", "postcard", "--lang", "fr", "--out", str(out)
    )
    assert bad_kind.code == 2 and len(bad_kind.err.strip().splitlines()) == 1
    assert "invalid choice: 'postcard'" in bad_kind.err

    unverified = run_cli(
        data_dir, "letter", ref, "--kind", "completion", "--out", str(tmp_path / "c.pdf"),
        today="2026-03-20",
    )  # fmt: skip
    assert unverified.code == 2 and len(unverified.err.strip().splitlines()) == 1
    assert "identity is not verified" in unverified.err
    assert not (tmp_path / "c.pdf").exists()

    def answer(*more: str) -> Result:
        return run_cli(
            data_dir, "letter", ref, "--kind", "completion", "--out", str(tmp_path / "c.pdf"),
            "--override-reason", "Seen in person at the desk", *more, today="2026-03-20",
        )  # fmt: skip

    # the register activities are chosen by staff, none for them; an English answer never
    # prints the register's French text
    unchosen = answer("--lang", "en")
    assert unchosen.code == 2 and "Choose the processing activities" in unchosen.err
    untranslated = answer("--lang", "en", "--activity", "Vie scolaire")
    assert untranslated.code == 2 and len(untranslated.err.strip().splitlines()) == 1
    assert "no English text for Vie scolaire" in untranslated.err
    assert not (tmp_path / "c.pdf").exists()
    overridden = answer("--lang", "fr", "--activity", "vie scolaire")
    assert overridden.code == 0, overridden.err
    assert "Annexe" in pdf_text((tmp_path / "c.pdf").read_bytes())
    shown = run_cli(data_dir, "request", "show", ref, "--json", today="2026-03-20")
    assert '"request.disclosure_override"' in shown.out
    # the vault itself never holds the letter in clear
    for content in all_bytes_under(data_dir).values():
        assert NAME.encode() not in content
    assert run_cli(data_dir, "audit", "verify").code == 0
