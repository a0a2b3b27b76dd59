"""Migrations 0004 (entity logo) and 0005 (folded requester search key) on the real SQLCipher
file: a vault at 0003 with entities, requests, a processing register and a wording override
opens at the head with everything kept, no logo and its requests found by the new search
index, without accents;
a logo then round-trips; going back to 0003 keeps the data too."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from alembic import command
from PIL import Image
from sqlalchemy import text

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import entities as entity_service
from dsr_desk.services import letters as letter_service
from dsr_desk.services import register as register_service
from dsr_desk.services import requests as request_service
from dsr_desk.services.read.queries import RequestFilter, list_requests_page
from dsr_desk.storage import migrate
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, Vault, create_vault, open_vault
from tests.integration.cli_helpers import PASSPHRASE

CLOCK = FixedClock.on(date(2026, 3, 20))
ENTITY = "Lycée Exemple"
WORDING = "Subject: Bien reçu\n\nNous avons bien reçu votre demande {reference}.\n"


def _uow(vault: Vault) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, CLOCK, "tester")


def _columns(vault: Vault) -> list[str]:
    with vault.engine.connect() as connection:
        return [row[1] for row in connection.execute(text("PRAGMA table_info(entities)"))]


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 40), (31, 58, 95)).save(out, "PNG")
    return out.getvalue()


def _vault_at_0003(data_dir: Path) -> str:
    """A vault with data, taken back to schema 0003 (as written by the previous release)."""
    vault, _ = create_vault(data_dir, CLOCK, passphrase=PASSPHRASE)
    entity_service.create_entity(
        _uow(vault), name=ENTITY, address="1 rue Haute\n57000 Metz", dpo_contact="dpo@lycee.fr"
    )
    entity_service.update_entity(_uow(vault), ENTITY, retention_objection_years=5)
    register_service.add_activity(
        _uow(vault),
        ENTITY,
        name="Scolarité",
        purpose="Suivre la scolarité",
        legal_basis="Contrat",
        data_categories="Identité, notes",
    )
    letter_service.save_letter_override(_uow(vault), ENTITY, "acknowledgement", "fr", WORDING)
    reference = request_service.register_request(
        _uow(vault),
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 2),
        name="Hélène Curie",
        address="36 quai de Béthune\n75004 Paris",
    ).reference
    with vault.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0003")
    assert migrate.current_revision(vault.engine) == "0003"
    assert "logo" not in _columns(vault)
    vault.close()
    return str(reference)


def test_a_vault_at_0003_upgrades_to_the_head_keeping_its_data(data_dir: Path) -> None:
    reference = _vault_at_0003(data_dir)

    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    assert vault.backup_made is not None and "-0003-" in vault.backup_made.name
    assert not vault.backup_made.exists()  # removed once the upgraded database was checked
    assert migrate.current_revision(vault.engine) == "0024" == migrate.SCHEMA_HEAD
    assert "logo" in _columns(vault)
    with vault.engine.connect() as connection:
        keys = connection.execute(text("SELECT name, search_key FROM requesters")).all()
    assert [tuple(row) for row in keys] == [("Hélène Curie", "helene curie\n")]
    with _uow(vault) as uow:  # the search index was filled from the tables
        rows, _total = list_requests_page(
            uow.dbapi_connection, CLOCK.today(), RequestFilter(search="hélène")
        )
    assert [row.reference for row in rows] == [reference]

    (entity,) = entity_service.list_entities(_uow(vault))
    assert (entity.name, entity.address, entity.dpo_contact) == (
        ENTITY,
        "1 rue Haute\n57000 Metz",
        "dpo@lycee.fr",
    )
    assert entity.retention_objection_years == 5
    assert entity.logo is None
    activities = register_service.list_activities(_uow(vault), ENTITY)
    assert [a.name for a in activities] == ["Scolarité"]
    wording = letter_service.letter_wording(_uow(vault), ENTITY, "acknowledgement", "fr")
    assert wording.is_override and wording.text == WORDING
    detail = request_service.get_request(_uow(vault), reference)
    assert (detail.requester_name, detail.entity) == ("Hélène Curie", ENTITY)

    # the new column works, and the request still loads with its entity (deferred logo)
    logo = _png()
    entity_service.update_entity(_uow(vault), ENTITY, logo=logo)
    vault.close()
    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    assert vault.backup_made is None  # already at head
    assert entity_service.list_entities(_uow(vault))[0].logo == logo
    letter = letter_service.prepare_letter(
        _uow(vault), reference, "acknowledgement", "fr", signer="Claire Dumoulin"
    )
    assert letter.entity.logo == logo
    assert request_service.get_request(_uow(vault), reference).entity == ENTITY

    # and back to 0003 (ALTER TABLE … DROP COLUMN): the rest is kept
    with vault.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0003")
    assert "logo" not in _columns(vault)
    with vault.engine.connect() as connection:
        counts = [
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in ("entities", "requests", "processing_activities", "letter_overrides")
        ]
    assert counts == [1, 1, 1, 1]
    vault.close()


def test_0013_refolds_the_stored_search_keys_and_the_index_follows(data_dir: Path) -> None:
    """A vault at 0012 keeps "Łukasz" folded the old way ("łukasz"): after the upgrade the key
    is "lukasz" and the register's search (its trigram index) finds it by "Lukasz"."""
    vault, _ = create_vault(data_dir, CLOCK, passphrase=PASSPHRASE)
    entity_service.create_entity(_uow(vault), name=ENTITY)
    reference = request_service.register_request(
        _uow(vault),
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 2),
        name="Łukasz Wałęsa",
        email="Lukasz@Example.PL",
    ).reference
    with vault.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0012")
    with vault.engine.connect() as connection:
        assert connection.execute(text("SELECT search_key FROM requesters")).scalar() == (
            "łukasz wałesa\nlukasz@example.pl"  # as 0012's fold wrote it
        )
    vault.close()

    vault = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    assert migrate.current_revision(vault.engine) == migrate.SCHEMA_HEAD
    with vault.engine.connect() as connection:
        assert connection.execute(text("SELECT search_key FROM requesters")).scalar() == (
            "lukasz walesa\nlukasz@example.pl"
        )
    for typed in ("Lukasz Walesa", "łukasz", "Lu"):  # the index (3+ characters) and the scan
        with _uow(vault) as uow:
            rows, _total = list_requests_page(
                uow.dbapi_connection, CLOCK.today(), RequestFilter(search=typed)
            )
        assert [row.reference for row in rows] == [reference], typed
    vault.close()
