"""Migration 0016 (who asks, linked requests) on the real SQLCipher file: a vault taken back to
0015 loses the three columns; brought up to the head again, every request logged before is
made by the person concerned ("self"), on its own, and a new one records who asks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import text

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import Capacity, RequestType
from dsr_desk.services import entities as entity_service
from dsr_desk.services import requests as request_service
from dsr_desk.storage import migrate
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, Vault, create_vault, open_vault
from tests.integration.cli_helpers import PASSPHRASE

CLOCK = FixedClock.on(date(2026, 3, 20))
NEW_COLUMNS = {"capacity", "subject_name", "linked_to"}


def _uow(vault: Vault) -> SqlUnitOfWork:
    return SqlUnitOfWork(vault.session_factory, CLOCK, "tester")


def _columns(vault: Vault) -> set[str]:
    with vault.engine.connect() as connection:
        return {row[1] for row in connection.execute(text("PRAGMA table_info(requests)"))}


def test_requests_logged_before_0016_are_made_by_the_person_concerned(data_dir: Path) -> None:
    vault, _ = create_vault(data_dir, CLOCK, passphrase=PASSPHRASE)
    entity_service.create_entity(_uow(vault), name="Lycée Exemple")
    first = request_service.register_request(
        _uow(vault),
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 2),
        name="Hélène Curie",
        also=[RequestType.ERASURE],
        capacity=Capacity.GUARDIAN,
        subject_name="Marie Curie",
    )
    assert _columns(vault) >= NEW_COLUMNS
    with vault.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0015")
    assert not NEW_COLUMNS & _columns(vault)
    vault.close()

    reopened = open_vault(data_dir, CLOCK, Unlock(passphrase=PASSPHRASE))
    try:
        assert migrate.current_revision(reopened.engine) == migrate.SCHEMA_HEAD
        assert _columns(reopened) >= NEW_COLUMNS
        for reference in (first.reference, first.linked[0].reference):
            detail = request_service.get_request(_uow(reopened), reference)
            assert (detail.capacity, detail.subject_name, detail.linked) == ("self", None, ())
        added = request_service.register_request(
            _uow(reopened),
            type=RequestType.ERASURE,
            received_on=date(2026, 3, 3),
            name="Paul Durand",
            capacity=Capacity.HEIR,
            subject_name="Jean Durand",
        )
        shown = request_service.get_request(_uow(reopened), added.reference)
        assert (shown.capacity, shown.subject_name) == ("heir", "Jean Durand")
    finally:
        reopened.close()
