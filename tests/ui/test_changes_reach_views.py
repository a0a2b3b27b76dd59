"""Changes as values from the worker to the views: ``Ops.changed`` carries what a real write
changed; answers go to their receiver only while it lives, and to the latest run only; a
request file reloads for its own request, and only once seen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from dsr_desk.domain.changes import Changes
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.entities import update_entity
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_view import RequestFileView

ENTITY = "Groupe Scolaire Exemple"


def _register(session: AppSession, received: date = date(2026, 3, 16)) -> str:
    return svc.register_request(
        session.uow(), type=RequestType.ACCESS, received_on=received, name="Jeanne Martin"
    ).reference


def _changes_of(qtbot: QtBot, ops: Ops, job: Callable[[], object]) -> Changes:
    with qtbot.waitSignal(ops.changed, timeout=10000) as blocker:
        ops.run(job)
    changes = blocker.args[0]
    assert isinstance(changes, Changes)
    return changes


def test_ops_sends_what_a_real_write_changed(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    assert _changes_of(qtbot, ops, lambda: _register(app_session)) == Changes(
        requests=frozenset({"DSR-2026-0001"}), audit=True
    )
    assert _changes_of(
        qtbot, ops, lambda: update_entity(app_session.uow(), ENTITY, subdivision="6AE")
    ) == Changes(entities=True, audit=True)
    seen: list[Changes] = []
    ops.changed.connect(seen.append)
    ops.call(lambda: svc.get_request(app_session.uow(), "DSR-2026-0001"))  # a read
    with pytest.raises(ValidationError):  # a refused write: rolled back
        ops.call(lambda: _register(app_session, received=date(2026, 3, 21)))
    assert seen == []


def test_an_answer_to_a_deleted_receiver_is_dropped_even_for_a_lambda(
    qtbot: QtBot, ops: Ops
) -> None:
    answers: list[str] = []
    kept, deleted = QObject(), QObject()
    ops.run(lambda: "done", receiver=deleted, on_done=lambda _r: answers.append("deleted"))
    ops.run(_fail, receiver=deleted, on_error=lambda _e: answers.append("deleted error"))
    ops.run(lambda: "done", receiver=kept, on_done=lambda _r: answers.append("kept"))
    ops.run(_fail, receiver=kept, on_error=lambda _e: answers.append("kept error"))
    shiboken6.delete(deleted)  # the view closed while its queries ran
    qtbot.waitUntil(lambda: not ops.busy)
    assert answers == ["kept", "kept error"]


def _fail() -> None:
    raise ValidationError("Refused.")


def test_callbacks_need_a_receiver_unless_they_are_a_qobjects_methods(ops: Ops) -> None:
    with pytest.raises(TypeError, match="receiver="):
        ops.run(lambda: None, on_done=lambda _r: None)
    with pytest.raises(TypeError, match="receiver="):
        ops.run(lambda: None, on_error=[].append)  # a method, but not of a QObject
    holder = QObject()
    holder.setObjectName("holder")
    ops.run(lambda: "holder", on_done=holder.setObjectName)  # the receiver is the method's
    ops.call(lambda: None)
    assert holder.objectName() == "holder"


def test_only_the_latest_run_is_answered(qtbot: QtBot, ops: Ops) -> None:
    receiver = QObject()
    latest = Latest(ops, receiver)
    answers: list[str] = []
    errors: list[str] = []
    ops.error.connect(errors.append)
    latest.run(lambda: "first search", on_done=answers.append)
    latest.run(_fail)  # an error of a run overtaken by the next: not shown either
    latest.run(lambda: "second search", on_done=answers.append)
    latest.follow(lambda: "its next page", on_done=answers.append)
    qtbot.waitUntil(lambda: not ops.busy)
    assert answers == ["second search", "its next page"]
    latest.run(lambda: "cleared meanwhile", on_done=answers.append)
    latest.drop()  # the view was cleared (locked)
    qtbot.waitUntil(lambda: not ops.busy)
    assert answers == ["second search", "its next page"] and errors == []


# -- request files --------------------------------------------------------------------------


class _Loads:
    """How many times a request file loaded (its ``loaded`` signal)."""

    def __init__(self, view: RequestFileView) -> None:
        self.count = 0
        view.loaded.connect(self._loaded)

    def _loaded(self) -> None:
        self.count += 1


def _two_files(
    qtbot: QtBot, session: AppSession, ops: Ops
) -> tuple[QTabWidget, RequestFileView, RequestFileView]:
    first, second = ops.call(lambda: (_register(session), _register(session)))
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.resize(1200, 800)
    views = RequestFileView(session, ops, first), RequestFileView(session, ops, second)
    for view in views:
        tabs.addTab(view, view.reference)
        with qtbot.waitSignal(view.loaded):
            view.reload()
    tabs.show()
    tabs.setCurrentWidget(views[1])
    return tabs, views[0], views[1]


def _write(qtbot: QtBot, ops: Ops, session: AppSession, reference: str) -> None:
    """Start processing ``reference`` as another window (or a colleague) would, then let every
    answer and reload that follows arrive."""
    with qtbot.waitSignal(ops.changed):
        ops.run(lambda: svc.start_processing(session.uow(), reference))
    qtbot.waitUntil(lambda: not ops.busy)


def test_a_hidden_request_file_reloads_when_shown_not_before(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    tabs, hidden, _shown = _two_files(qtbot, app_session, ops)
    loads = _Loads(hidden)
    assert hidden.detail is not None and hidden.detail.status == "received"
    _write(qtbot, ops, app_session, hidden.reference)
    assert loads.count == 0  # hidden behind the other tab: nothing read yet
    assert hidden.detail.status == "received"

    with qtbot.waitSignal(hidden.loaded):
        tabs.setCurrentWidget(hidden)
    assert hidden.detail is not None and hidden.detail.status == "in-progress"
    qtbot.waitUntil(lambda: not ops.busy)
    assert loads.count == 1  # once


def test_an_open_request_file_reloads_for_its_own_request_only(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    _tabs, other, shown = _two_files(qtbot, app_session, ops)
    loads = _Loads(shown)
    _write(qtbot, ops, app_session, other.reference)
    assert loads.count == 0  # another request's write
    assert shown.detail is not None and shown.detail.status == "received"

    with qtbot.waitSignal(shown.loaded):
        _write(qtbot, ops, app_session, shown.reference)
    assert shown.detail is not None and shown.detail.status == "in-progress"
    assert loads.count == 1


def test_a_request_file_follows_its_entity(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    _tabs, _other, shown = _two_files(qtbot, app_session, ops)
    renamed = "Groupe Scolaire Saint-Exemple"
    with qtbot.waitSignal(shown.loaded):
        ops.run(lambda: update_entity(app_session.uow(), ENTITY, name=renamed))
    assert shown.detail is not None and shown.detail.entity == renamed
