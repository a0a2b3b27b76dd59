"""Two clients editing one request: the second to write is refused with ``Conflict`` (who
changed it and when, from the audit log), nothing of its action is written, and the first's
change stands (no lost update). On a team database, the two clients are two engines on one
PostgreSQL database; on a workstation, two connections to one SQLCipher file (the GUI and a
CLI job)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import Note
from dsr_desk.domain.errors import Conflict
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as request_services
from dsr_desk.services.entities import create_entity
from dsr_desk.services.loading import as_seen
from dsr_desk.storage import tables
from dsr_desk.storage.pg_engine import create_team_engine, team_session_factory
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, create_vault, open_vault
from tests.integration.cli_helpers import PASSPHRASE
from tests.team_keys import with_team_key

CLOCK = FixedClock.on(date(2026, 3, 20))
REF = "DSR-2026-0001"
Client = Callable[[str], SqlUnitOfWork]  # a unit of work acting as the named user


@pytest.fixture(scope="module")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("concurrent") / "vault"
    vault, recovery_key = create_vault(folder, CLOCK, passphrase=PASSPHRASE)
    vault.close()
    return folder, recovery_key


@pytest.fixture(params=["sqlcipher", pytest.param("pg", marks=pytest.mark.postgres)])
def clients(
    request: pytest.FixtureRequest, data_dir: Path, template_vault: tuple[Path, str]
) -> Iterator[tuple[Client, Client]]:
    """Two clients of one store, each with its own connections."""
    if request.param == "pg":
        url = request.getfixturevalue("pg_url")
        engines = [create_team_engine(url), create_team_engine(url)]
        cipher = with_team_key(engines[0])
        from dsr_desk.storage.pg_engine import install_team_cipher

        install_team_cipher(engines[1], cipher)
        makers = [team_session_factory(engine) for engine in engines]
        yield (
            lambda user: SqlUnitOfWork(makers[0], CLOCK, user),
            lambda user: SqlUnitOfWork(makers[1], CLOCK, user),
        )
        for engine in engines:
            engine.dispose()
        return
    template, recovery_key = template_vault
    shutil.copytree(template, data_dir / "vault")
    vault = open_vault(data_dir / "vault", CLOCK, Unlock(recovery_key=recovery_key))
    yield (
        lambda user: SqlUnitOfWork(vault.session_factory, CLOCK, user),
        lambda user: SqlUnitOfWork(vault.session_factory, CLOCK, user),
    )
    vault.close()


def _register(client: Client) -> None:
    create_entity(client("Marie Dupont"), name="Lycée Exemple")
    request_services.register_request(
        client("Marie Dupont"),
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 16),
        name="Hélène Curie",
        email="helene@example.fr",
        entity="Lycée Exemple",
    )


def _actions(client: Client) -> list[tuple[str, str]]:
    with client("reader") as uow:
        return [(entry.user, entry.action) for entry in uow.audit.entries(REF)]


def test_the_second_writer_gets_a_conflict_naming_who_changed_it_and_nothing_is_lost(
    clients: tuple[Client, Client],
) -> None:
    first, second = clients
    _register(first)
    marie, paul = first("Marie Dupont"), second("Paul Martin")
    with marie, paul:
        hers = marie.requests.get(REF)
        his = paul.requests.get(REF)
        assert hers is not None and his is not None
        hers.extend("Many systems to search.", CLOCK.today())
        marie.record("request.extended", REF)
        marie.commit()

        his.add_note(Note(written_at=CLOCK.now(), author="Paul Martin", text="Called back."))
        with pytest.raises(Conflict) as refused:  # at the flush before its audit entry
            paul.record("request.note_added", REF)
    expected = (
        rf"^{REF} was changed by Marie Dupont at 2026-03-20 \d\d:\d\d — reload it and try again\.$"
    )
    assert re.match(expected, str(refused.value)), str(refused.value)

    with second("reader") as uow:
        now = uow.requests.get(REF)
        assert now is not None
        assert now.extension_reason == "Many systems to search."  # her change stands
        assert now.notes == []  # his action wrote nothing
    assert _actions(first) == [
        ("Marie Dupont", "request.registered"),
        ("Marie Dupont", "request.extended"),
    ]

    # reloaded, his action goes through, on top of hers
    request_services.add_note(second("Paul Martin"), REF, "Called back.")
    with first("reader") as uow:
        again = uow.requests.get(REF)
        assert again is not None
        assert [note.text for note in again.notes] == ["Called back."]
        assert again.extension_reason == "Many systems to search."


def test_the_same_column_changed_twice_keeps_the_first_and_refuses_the_second(
    clients: tuple[Client, Client],
) -> None:
    first, second = clients
    _register(first)
    marie, paul = first("Marie Dupont"), second("Paul Martin")
    with marie, paul:
        hers, his = marie.requests.get(REF), paul.requests.get(REF)
        assert hers is not None and his is not None
        hers.correct_requester(CLOCK.today(), name="Hélène Curie-Martin")
        marie.record("request.requester_corrected", REF, fields=["name"])
        marie.commit()
        his.correct_requester(CLOCK.today(), name="Helene Curie")
        with pytest.raises(Conflict, match="was changed by Marie Dupont"):
            paul.record("request.requester_corrected", REF, fields=["name"])
    with second("reader") as uow:
        now = uow.requests.get(REF)
        assert now is not None and now.requester.name == "Hélène Curie-Martin"


def test_every_change_raises_the_version_and_one_writer_alone_never_conflicts(
    clients: tuple[Client, Client],
) -> None:
    first, _second = clients
    _register(first)

    def version() -> int:
        with first("reader") as uow:
            found = uow.session.execute(
                select(tables.requests.c.version).where(tables.requests.c.reference == REF)
            ).scalar_one()
        return int(found)

    assert version() == 1
    request_services.add_note(first("Marie Dupont"), REF, "First.")  # a part added
    assert version() == 2
    request_services.extend(first("Marie Dupont"), REF, "Complex.")  # its own columns
    request_services.add_note(first("Marie Dupont"), REF, "Second.")
    assert version() == 4


def test_an_action_decided_on_an_older_page_is_refused_and_a_fresh_one_goes_through(
    clients: tuple[Client, Client],
) -> None:
    """The page showed version N; a colleague changed the request in between, in a unit of
    work that ended before the action started (so no overlapping write to catch): the action
    passes the version it was decided on and is refused, nothing written."""
    first, second = clients
    _register(first)
    page = request_services.request_file(second("Paul Martin"), REF)  # what Paul sees
    assert page.detail.version == (1, 1)
    request_services.edit_requester(first("Marie Dupont"), REF, name="Hélène Curie-Martin")

    paul = as_seen(second("Paul Martin"), REF, page.detail.version)
    with pytest.raises(Conflict, match=rf"^{REF} was changed by Marie Dupont at "):
        request_services.edit_requester(paul, REF, name="Helene Curie")
    with first("reader") as uow:
        now = uow.requests.get(REF)
        assert now is not None and now.requester.name == "Hélène Curie-Martin"
    assert _actions(first)[-1] == ("Marie Dupont", "request.requester_corrected")

    fresh = request_services.request_file(second("Paul Martin"), REF)  # reloaded
    assert fresh.detail.version == (1, 2)
    paul = as_seen(second("Paul Martin"), REF, fresh.detail.version)
    request_services.extend(paul, REF, "Many systems to search.")
    with first("reader") as uow:
        again = uow.requests.get(REF)
        assert again is not None and again.extension_reason == "Many systems to search."
        assert again.requester.name == "Hélène Curie-Martin"
