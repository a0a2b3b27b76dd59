"""The GUI hides what the acting user's role does not allow (the services refuse it anyway):
an assistant or an auditor sees no Settings page and no purge or anonymise button, a DPO
(the workstation's owner, unlocking the vault) sees them all."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from dsr_desk.domain.roles import Action, UserRole
from dsr_desk.ui.main_window import SETTINGS, MainWindow
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.documents_view import DocumentsView


@pytest.mark.parametrize("role", [UserRole.DPO, UserRole.ASSISTANT, UserRole.AUDITOR])
def test_what_the_role_cannot_do_is_hidden(
    qtbot: QtBot, app_session: AppSession, ops: Ops, role: UserRole
) -> None:
    app_session.role = role
    dpo = role is UserRole.DPO
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    assert window.can(Action.CHANGE_SETTINGS) is dpo
    assert window.nav.item(SETTINGS).isHidden() is not dpo

    page = DocumentsView(app_session, ops)
    qtbot.addWidget(page)
    page.show()
    assert page.purge_button.isVisible() is dpo
    assert page.records.anonymise_button.isVisible() is dpo
    assert page.attestation_button.isVisible()  # reports: every role
