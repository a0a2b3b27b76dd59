"""An action decided on a page a colleague's change has made stale is refused: the dialog says
who changed the request and when, nothing of the action is written, the page reloads; done
again on the reloaded page, it goes through. (Here the colleague is a second unit of work on the
same vault, as a CLI job would be; on a team server it is another client: the same check,
``tests/integration/test_concurrent_edits.py`` runs it on both stores.)"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.ui.dialogs.request_people_dialogs import RequesterDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_view import RequestFileView


def _colleague(session: AppSession) -> SqlUnitOfWork:
    """A unit of work of another person on the same vault, on this thread: its change is not
    announced to the open page (no notification reaches it), as a stale page's would not."""
    vault = session.vault
    assert vault is not None
    return SqlUnitOfWork(vault.session_factory, session.clock, "Paul Martin")


def test_a_stale_requester_correction_is_refused_then_goes_through_once_reloaded(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    detail = ops.call(
        lambda: svc.register_request(
            app_session.uow(),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 2),
            name="Jeanne Martin",
            email="jeanne@exemple.fr",
        )
    )
    ref = detail.reference
    view = RequestFileView(app_session, ops, ref)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.reload()

    view.request_actions.people_buttons["requester"].click()
    dialog = view.request_actions.active_dialog
    assert isinstance(dialog, RequesterDialog)
    svc.edit_requester(_colleague(app_session), ref, email="j.martin@exemple.fr")

    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Jeanne Martin-Weber")
    with qtbot.waitSignal(view.loaded):  # refused: the page reloads
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert re.match(
        rf"^{ref} was changed by Paul Martin at (\d{{4}}-\d\d-\d\d )?\d\d:\d\d"
        r" — reload it and try again\.$",
        dialog.error.text(),
    ), dialog.error.text()
    now = ops.call(lambda: svc.get_request(app_session.uow(), ref))
    assert (now.requester_name, now.requester_email) == ("Jeanne Martin", "j.martin@exemple.fr")
    assert view.sections.requester_email.text() == "j.martin@exemple.fr"  # reloaded
    dialog.finish()  # the user leaves it (the discard question is tested elsewhere)

    view.request_actions.people_buttons["requester"].click()  # on the page as it is now
    again = view.request_actions.active_dialog
    assert isinstance(again, RequesterDialog) and again is not dialog
    assert again.email.text() == "j.martin@exemple.fr"
    again.name.selectAll()
    qtbot.keyClicks(again.name, "Jeanne Martin-Weber")
    with qtbot.waitSignal(view.loaded):
        qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    now = ops.call(lambda: svc.get_request(app_session.uow(), ref))
    assert (now.requester_name, now.requester_email) == (
        "Jeanne Martin-Weber",
        "j.martin@exemple.fr",
    )
