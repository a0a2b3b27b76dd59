"""Team mode on real widgets: a request a colleague (another client: another engine on the
same PostgreSQL database) registers appears in the open register within seconds, through the
server's notifications; and a write refused because a colleague changed the request first
shows the conflict and reloads that request's open file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import Conflict
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.entities import create_entity
from dsr_desk.storage.change_feed import change_source
from dsr_desk.storage.pg_engine import create_team_engine, install_team_cipher, team_session_factory
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.ui.colleagues import ColleaguesFeed
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.register_view import RegisterView
from dsr_desk.ui.views.request_view import RequestFileView
from tests.team_keys import with_team_key


@dataclass
class _TeamStore:
    """What ``AppSession`` needs of an open store, on a team database: sessions, and a
    connection of its own for the read side's plain SQL (``Vault.reader`` on a workstation)."""

    engine: Engine
    session_factory: sessionmaker[Session] = field(init=False)
    _raw: Any = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.session_factory = team_session_factory(self.engine)

    @property
    def reader(self) -> Any:
        if self._raw is None:
            self._raw = self.engine.raw_connection()
            self._raw.driver_connection.autocommit = True
        return self._raw.driver_connection

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
        self.engine.dispose()


@pytest.fixture
def two_clients(pg_url: str) -> Iterator[tuple[Engine, Engine]]:
    mine, colleagues = create_team_engine(pg_url), create_team_engine(pg_url)
    install_team_cipher(colleagues, with_team_key(mine))
    yield mine, colleagues
    colleagues.dispose()
    mine.dispose()


@pytest.mark.postgres
def test_a_request_a_colleague_registers_appears_in_the_open_register(
    qtbot: QtBot, ops: Ops, clock: FixedClock, data_dir: Path, two_clients: tuple[Engine, Engine]
) -> None:
    mine, colleagues = two_clients
    theirs = team_session_factory(colleagues)
    create_entity(SqlUnitOfWork(theirs, clock, "Paul Martin"), name="Lycée Exemple")
    session = AppSession(data_dir, clock, "Marie Dupont", _TeamStore(mine))  # type: ignore[arg-type]
    view = RegisterView(session, ops)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    qtbot.waitUntil(lambda: not ops.busy)
    assert view.model.rowCount() == 0
    feed = ColleaguesFeed(ops, change_source(mine))
    try:
        qtbot.wait(300)  # listening
        svc.register_request(
            SqlUnitOfWork(theirs, clock, "Paul Martin"),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 16),
            name="Hélène Curie",
        )
        qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
        assert view.model.row_at(0).reference == "DSR-2026-0001"
        assert view.model.row_at(0).requester == "Hélène Curie"
    finally:
        feed.stop()
        ops.call(session.lock)


def test_a_conflict_is_shown_and_the_request_file_reloads(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    reference = ops.call(
        lambda: (
            svc.register_request(
                app_session.uow(),
                type=RequestType.ACCESS,
                received_on=date(2026, 3, 16),
                name="Jeanne Martin",
            ).reference
        )
    )
    view = RequestFileView(app_session, ops, reference)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.reload()
    shown: list[str] = []
    ops.error.connect(shown.append)

    def refused() -> None:
        raise Conflict(
            "{ref} was changed by {user} at {when} — reload it and try again.",
            ref=reference,
            user="Paul Martin",
            when="14:32",
        )

    with qtbot.waitSignal(view.loaded, timeout=5000):  # reloaded: it shows the request as it is
        ops.run(refused)
    assert shown == [f"{reference} was changed by Paul Martin at 14:32 — reload it and try again."]
