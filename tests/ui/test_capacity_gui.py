"""Who asks, on real widgets offscreen (issue 16 item 5): the new-request dialog's "Made by"
and the data subject's name (shown only when the requester acts for someone else, the heirs'
limits from the domain), and the request file saying who asks, for whom, whether the proof of
capacity is in the file, and the linked requests; the data export disabled with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import Capacity, RequestType
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import requests as svc
from dsr_desk.ui.dialogs.new_request_dialog import NewRequestDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_view import RequestFileView


@pytest.fixture
def dialog(qtbot: QtBot, app_session: AppSession, ops: Ops) -> Iterator[NewRequestDialog]:
    widget = NewRequestDialog(app_session, ops)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.entity_combo.count() == 1)
    yield widget
    widget.close()


def _choose(combo: object, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def test_the_subject_is_asked_only_when_someone_else_asks(
    qtbot: QtBot, dialog: NewRequestDialog, app_session: AppSession, ops: Ops
) -> None:
    labels = [dialog.capacity_combo.itemText(i) for i in range(dialog.capacity_combo.count())]
    assert labels == [
        "the person concerned",
        "a representative",
        "a parent or guardian",
        "an heir",
    ]
    assert not dialog.subject_edit.isVisible()
    _choose(dialog.type_combo, "access")
    qtbot.keyClicks(dialog.name_edit, "Marie Dupont")
    assert dialog.save_button.isEnabled()

    _choose(dialog.capacity_combo, "guardian")
    assert dialog.subject_edit.isVisible()
    assert not dialog.save_button.isEnabled()
    assert "enter the name of the person the request concerns" in dialog.reason_label.text()
    dialog.subject_edit.setText("Léo Dupont")  # keyClicks types ASCII only
    assert dialog.save_button.isEnabled()

    _choose(dialog.capacity_combo, "heir")  # an heir has no right of access: the domain says why
    assert not dialog.save_button.isEnabled()
    assert "An heir cannot make an access request" in dialog.reason_label.text()
    _choose(dialog.type_combo, "erasure")
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    reference = dialog.created_reference
    assert reference is not None
    detail: RequestDetail = ops.call(lambda: svc.get_request(app_session.uow(), reference))
    assert (detail.requester_name, detail.capacity, detail.subject_name) == (
        "Marie Dupont",
        "heir",
        "Léo Dupont",
    )


def test_back_to_the_person_concerned_forgets_the_subject(
    qtbot: QtBot, dialog: NewRequestDialog
) -> None:
    _choose(dialog.capacity_combo, "representative")
    dialog.subject_edit.setText("Léo Dupont")  # keyClicks types ASCII only
    _choose(dialog.capacity_combo, "self")
    assert not dialog.subject_edit.isVisible()
    _choose(dialog.type_combo, "access")
    qtbot.keyClicks(dialog.name_edit, "Marie Dupont")
    form = dialog.form_data()
    assert (form.capacity, form.subject_name) == (Capacity.SELF, None)


def _open(qtbot: QtBot, session: AppSession, ops: Ops, ref: str) -> RequestFileView:
    view = RequestFileView(session, ops, ref)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.reload()
    return view


def test_the_request_file_shows_who_asks_for_whom_and_the_linked_requests(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    first = ops.call(
        lambda: svc.register_request(
            app_session.uow(),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 16),
            name="Marie Dupont",
            capacity=Capacity.REPRESENTATIVE,
            subject_name="Léo Dupont",
            also=[RequestType.ERASURE],
        )
    )
    view = _open(qtbot, app_session, ops, first.reference)
    sections = view.sections
    assert sections.requester_name.text() == "Marie Dupont"
    assert sections.capacity_label.text() == "A representative, on behalf of Léo Dupont"
    assert sections.linked_label.isVisible()
    assert sections.linked_label.text() == "DSR-2026-0002 (erasure, received)"
    assert sections.capacity_proof_label.isVisible()
    assert "attach the mandate or proof of capacity" in sections.capacity_proof_label.text()
    bundle = view.request_actions.buttons["bundle"]
    assert bundle.isVisible() and not bundle.isEnabled()
    assert "attach the mandate or proof of capacity" in bundle.toolTip()

    mine = ops.call(
        lambda: svc.register_request(
            app_session.uow(),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 16),
            name="Paul Durand",
        )
    )
    other = _open(qtbot, app_session, ops, mine.reference)
    assert other.sections.capacity_label.text() == "The person concerned"
    assert not other.sections.linked_label.isVisible()
    assert not other.sections.capacity_proof_label.isVisible()
    assert other.request_actions.buttons["bundle"].isEnabled()


def test_other_rights_asked_in_the_same_message_are_logged_linked(
    qtbot: QtBot, dialog: NewRequestDialog, app_session: AppSession, ops: Ops
) -> None:
    assert dialog.also_button.text() == "Nothing else"
    _choose(dialog.type_combo, "access")
    assert not dialog.also_actions[RequestType.ACCESS].isVisible()  # not offered twice
    dialog.also_actions[RequestType.ERASURE].trigger()
    dialog.also_actions[RequestType.PORTABILITY].trigger()
    assert dialog.also_button.text() == "Erasure, Portability"
    qtbot.keyClicks(dialog.name_edit, "Marie Dupont")
    _choose(dialog.capacity_combo, "heir")  # an heir: neither access nor portability
    dialog.subject_edit.setText("Léo Dupont")
    _choose(dialog.type_combo, "erasure")  # erasure is open to an heir; portability is not
    assert dialog.also_button.text() == "Portability"  # the main type is not "also" any more
    assert not dialog.save_button.isEnabled()
    assert "An heir cannot make a portability request" in dialog.reason_label.text()
    dialog.also_actions[RequestType.PORTABILITY].trigger()
    dialog.also_actions[RequestType.RECTIFICATION].trigger()
    _choose(dialog.capacity_combo, "self")
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    reference = dialog.created_reference
    assert reference is not None
    detail: RequestDetail = ops.call(lambda: svc.get_request(app_session.uow(), reference))
    assert detail.type == "erasure"
    # erasure became the request's own type; access was never ticked; portability unticked
    assert [(link.type, link.status) for link in detail.linked] == [("rectification", "received")]
