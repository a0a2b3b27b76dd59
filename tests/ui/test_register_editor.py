"""The processing-register editor on real widgets, driven like a user: select, edit and save,
add with the common legal bases, reorder, remove, import a spreadsheet (report and errors),
unsaved edits guarded; and “Export calendar…”."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import RequestType
from dsr_desk.services import register as register_service
from dsr_desk.services import requests as request_service
from dsr_desk.services.entities import create_entity
from dsr_desk.ui.dialogs.calendar_export import CalendarExport, export_calendar
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.register_activity_form import ActivityForm
from dsr_desk.ui.widgets.register_activity_list import ActivityList
from dsr_desk.ui.widgets.register_editor import RegisterEditor

ENTITY = "Groupe Scolaire Exemple"  # created by the app_session fixture


def _seed(session: AppSession, ops: Ops, *names: str, entity: str = ENTITY) -> None:
    for name in names:
        ops.call(
            lambda name=name: register_service.add_activity(
                session.uow(),
                entity,
                name=name,
                purpose=f"Purpose of {name}",
                legal_basis="Contract (Art. 6(1)(b))",
                data_categories="Identity",
            )
        )


def _stored(session: AppSession, ops: Ops, entity: str = ENTITY) -> list[Any]:
    views: list[Any] = ops.call(lambda: register_service.list_activities(session.uow(), entity))
    return views


def _editor(qtbot: QtBot, session: AppSession, ops: Ops, entity: str = ENTITY) -> RegisterEditor:
    editor = RegisterEditor(session, ops, entity)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    editor.reload()
    return editor


def _rows(editor: RegisterEditor) -> list[str]:
    model = editor.activity_list.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def _type(qtbot: QtBot, editor: RegisterEditor, field: str, text: str) -> None:
    """Click into the field, select everything and type over it."""
    widget = editor.activity_form.fields[field]
    qtbot.mouseClick(
        widget.viewport() if hasattr(widget, "viewport") else widget, Qt.MouseButton.LeftButton
    )
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _answer(monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    queue = list(answers)

    def question(parent: object, title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_select_edit_add_move_and_remove(
    qtbot: QtBot, app_session: AppSession, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(app_session, ops, "Enrolment", "Canteen")
    editor = _editor(qtbot, app_session, ops)
    activities, form = editor.activity_list, editor.activity_form
    qtbot.waitUntil(lambda: _rows(editor) == ["Enrolment", "Canteen"])
    assert editor.title.text() == f"Processing register — {ENTITY}"
    assert editor.count_label.text() == "2 activities"
    assert form.form_title.text() == "Activity 1 of 2"
    assert form.fields["purpose"].toPlainText() == "Purpose of Enrolment"  # type: ignore[union-attr]
    assert not form.save_button.isEnabled() and not activities.up_button.isEnabled()

    # Select the second row and change its purpose and retention.
    activities.table.selectRow(1)
    assert form.form_title.text() == "Activity 2 of 2"
    _type(qtbot, editor, "purpose", "Serve school meals")
    _type(qtbot, editor, "retention", "1 year after leaving")
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.status.text() == "Activity saved.")
    qtbot.waitUntil(lambda: not form.save_button.isEnabled())
    canteen = _stored(app_session, ops)[1]
    assert (canteen.purpose, canteen.retention) == ("Serve school meals", "1 year after leaving")
    assert activities.selected_position() == 1

    # Add: an empty form, required fields checked before anything is sent.
    qtbot.mouseClick(activities.add_button, Qt.MouseButton.LeftButton)
    assert form.form_title.text() == "New activity" and activities.selected_position() is None
    _type(qtbot, editor, "name", "Digital workspace")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text() == "Fill in the purpose, legal basis, data categories."
    _type(qtbot, editor, "purpose", "Accounts on the e-learning platform")
    _type(qtbot, editor, "data_categories", "Login, connection logs")
    contract = next(
        a for a in form.bases_button.menu().actions() if a.text().startswith("Contract")
    )
    contract.trigger()
    assert form.fields["legal_basis"].toPlainText() == "Contract (Art. 6(1)(b))"  # type: ignore[union-attr]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(editor) == ["Enrolment", "Canteen", "Digital workspace"])
    qtbot.waitUntil(lambda: form.form_title.text() == "Activity 3 of 3")
    assert activities.selected_position() == 2
    assert form.status.text() == "Activity added."

    # Move it up twice: the selection follows it; at the top, "Move up" is disabled.
    qtbot.mouseClick(activities.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(editor) == ["Enrolment", "Digital workspace", "Canteen"])
    qtbot.waitUntil(activities.up_button.isEnabled)
    qtbot.mouseClick(activities.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(editor) == ["Digital workspace", "Enrolment", "Canteen"])
    qtbot.waitUntil(
        lambda: activities.selected_position() == 0 and activities.down_button.isEnabled()
    )
    assert not activities.up_button.isEnabled()
    assert [v.name for v in _stored(app_session, ops)] == _rows(editor)

    # Remove asks first; Cancel keeps it, Yes removes it.
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(activities.remove_button, Qt.MouseButton.LeftButton)
    assert "Remove “Digital workspace”" in asked[0]
    assert len(_stored(app_session, ops)) == 3
    qtbot.mouseClick(activities.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(editor) == ["Enrolment", "Canteen"])
    assert form.status.text() == "“Digital workspace” removed."
    assert editor.count_label.text() == "2 activities"


def test_unsaved_edits_are_never_dropped_silently(
    qtbot: QtBot, app_session: AppSession, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(app_session, ops, "Enrolment", "Canteen")
    editor = _editor(qtbot, app_session, ops)
    activities, form = editor.activity_list, editor.activity_form
    qtbot.waitUntil(lambda: activities.model.rowCount() == 2)
    asked = _answer(
        monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard
    )
    _type(qtbot, editor, "name", "Enrolment and exams")
    activities.table.selectRow(1)  # Cancel: stay on the edited activity, edits kept
    assert "not saved" in asked[0]
    assert activities.selected_position() == 0
    assert form.fields["name"].text() == "Enrolment and exams"  # type: ignore[union-attr]

    # A change made elsewhere (its changes come back from the worker) reloads the table but
    # keeps what the user typed.
    _seed(app_session, ops, "Library")
    qtbot.waitUntil(lambda: activities.model.rowCount() == 3)
    assert form.fields["name"].text() == "Enrolment and exams"  # type: ignore[union-attr]
    assert form.form_title.text() == "Activity 1 of 3"

    activities.table.selectRow(1)  # Discard: the other activity is shown
    assert form.form_title.text() == "Activity 2 of 3"
    assert form.fields["name"].text() == "Canteen"  # type: ignore[union-attr]
    assert [v.name for v in _stored(app_session, ops)] == ["Enrolment", "Canteen", "Library"]

    _type(qtbot, editor, "name", "Canteen!")
    qtbot.mouseClick(form.revert_button, Qt.MouseButton.LeftButton)
    assert form.fields["name"].text() == "Canteen"  # type: ignore[union-attr]
    assert not editor.is_dirty()


def _click_when_asked(button_text: str, seen: list[str]) -> None:
    """Click a button of the message box about to open (it runs its own event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        button.click()

    QTimer.singleShot(0, click)


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(path), ""))
    )


def test_import_csv_shows_the_report_or_every_problem(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    good = tmp_path / "registre.csv"
    good.write_bytes(
        (
            "Nom;Finalité;Base légale;Catégories de données;Destinataires\r\n"
            "Scolarité;Suivre les élèves;Contrat;Identité, notes;Enseignants\r\n"
            "Cantine;Repas;Consentement;Allergies;Prestataire\r\n"
        ).encode("cp1252")
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("name,purpose,legal_basis,data_categories\nA,p,,d\nB,p,b,\n", "utf-8")
    editor = _editor(qtbot, app_session, ops)
    activities, form = editor.activity_list, editor.activity_form
    qtbot.waitUntil(lambda: "No activity yet" in form.status.text())
    assert form.form_title.text() == "New activity"

    # An empty register: nothing to replace, so no question.
    _choose_file(monkeypatch, good)
    qtbot.mouseClick(activities.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(editor) == ["Scolarité", "Cantine"])
    qtbot.waitUntil(activities.report.isVisible)
    assert activities.report.text().startswith("Imported 2 activities into the register of")
    assert form.fields["name"].text() == "Scolarité"  # type: ignore[union-attr]

    # Every problem, with its row number; nothing imported.
    _choose_file(monkeypatch, bad)
    seen: list[str] = []
    _click_when_asked("Add after them", seen)
    qtbot.mouseClick(activities.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was imported" in activities.report.text())
    assert "has 2 activities" in seen[0]
    assert "• row 2: missing legal basis" in activities.report.text()
    assert "• row 3: missing data categories" in activities.report.text()
    assert _rows(editor) == ["Scolarité", "Cantine"]

    # Replace: the file's activities take the register's place.
    _choose_file(monkeypatch, good)
    _click_when_asked("Replace them all", seen)
    qtbot.mouseClick(activities.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "replacing the 2 it had" in activities.report.text())
    assert [v.name for v in _stored(app_session, ops)] == ["Scolarité", "Cantine"]

    # Cancel at the question: nothing happens.
    _click_when_asked("Cancel", seen)
    qtbot.mouseClick(activities.import_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 3 and not ops.busy


def test_set_entity_and_clear(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    ops.call(lambda: create_entity(app_session.uow(), name="École Élémentaire Éole"))
    _seed(app_session, ops, "Enrolment")
    _seed(app_session, ops, "Pupils", "Parents", entity="École Élémentaire Éole")
    editor = _editor(qtbot, app_session, ops)
    activities, form = editor.activity_list, editor.activity_form
    qtbot.waitUntil(lambda: _rows(editor) == ["Enrolment"])
    editor.set_entity("École Élémentaire Éole")
    qtbot.waitUntil(lambda: _rows(editor) == ["Pupils", "Parents"])
    assert editor.title.text() == "Processing register — École Élémentaire Éole"
    editor.clear()
    assert activities.model.rowCount() == 0
    assert form.fields["name"].text() == "" and editor.count_label.text() == ""  # type: ignore[union-attr]


def _export(
    qtbot: QtBot,
    session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
    target: Path,
    reference: str | None,
) -> CalendarExport:
    suggested: list[str] = []

    def save_name(parent: object, caption: str, proposed: str, *args: object) -> tuple[str, str]:
        suggested.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    results: list[CalendarExport] = []
    done: Callable[[CalendarExport], None] = results.append
    assert export_calendar(None, session, ops, reference, on_done=done) is not None
    qtbot.waitUntil(lambda: bool(results))
    assert suggested[0].endswith(f"{reference}.ics" if reference else "dsr-desk-deadlines.ics")
    return results[0]


def test_export_calendar_writes_an_ics_file_on_the_worker(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    detail = ops.call(
        lambda: request_service.register_request(
            app_session.uow(),
            type=RequestType.ERASURE,
            received_on=date(2026, 3, 10),
            name="Zebulon Canarywitz",
        )
    )
    one = _export(qtbot, app_session, ops, monkeypatch, tmp_path / "one", detail.reference)
    assert one.path == tmp_path / "one.ics" and one.events == 4
    assert "4 events" in one.message()
    events = Calendar.from_ical(one.path.read_bytes()).walk("VEVENT")
    due = next(e for e in events if str(e["UID"]).startswith(f"{detail.reference}-due@"))
    assert due.decoded("DTSTART") == date(2026, 4, 10)
    assert str(due["SUMMARY"]) == f"{detail.reference} due — erasure request"
    assert b"Zebulon" not in one.path.read_bytes()

    everything = _export(qtbot, app_session, ops, monkeypatch, tmp_path / "all.ics", None)
    assert everything.events == 4
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert export_calendar(None, app_session, ops, None) is None  # cancelled


def test_the_list_and_the_form_work_alone_joined_only_by_signals(
    qtbot: QtBot, app_session: AppSession, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(app_session, ops, "Enrolment", "Canteen")

    # The list loads the register and says which activity the form is to show.
    activities = ActivityList(app_session, ops)
    qtbot.addWidget(activities)
    activities.set_entity(ENTITY)
    with qtbot.waitSignal(activities.current_changed) as shown:
        activities.reload()
    position, enrolment, count = shown.args
    assert (position, enrolment.name, count) == (0, "Enrolment", 2)
    with qtbot.waitSignal(activities.current_changed) as shown:
        activities.table.selectRow(1)
    assert [shown.args[0], shown.args[1].name, shown.args[2]] == [1, "Canteen", 2]
    canteen = shown.args[1]

    # Told the form holds unsaved edits, it asks before moving away; Cancel stays.
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    activities.set_form_dirty(True)
    with qtbot.assertNotEmitted(activities.current_changed):
        activities.table.selectRow(0)
    assert len(asked) == 1 and activities.selected_position() == 1

    # The form shows what it is given, says when it holds edits, and which one it saved.
    form = ActivityForm(app_session, ops)
    qtbot.addWidget(form)
    form.set_entity(ENTITY)
    form.show_activity(1, canteen, 2)
    assert form.form_title.text() == "Activity 2 of 2"
    assert form.values()["name"] == "Canteen"
    with qtbot.waitSignal(form.dirty_changed) as dirty:
        form.fields["purpose"].setPlainText("Serve school meals")  # type: ignore[union-attr]
    assert dirty.args == [True]
    with qtbot.waitSignal(form.saved, timeout=15000) as saved:
        form.save()
    assert saved.args == [1]
    assert _stored(app_session, ops)[1].purpose == "Serve school meals"
    assert form.status.text() == "Activity saved."


def test_the_english_tab_edits_the_texts_english_letters_print(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    _seed(app_session, ops, "Cantine")
    editor = _editor(qtbot, app_session, ops)
    form = editor.activity_form
    qtbot.waitUntil(lambda: _rows(editor) == ["Cantine"])
    tabs = form.language_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Français", "English (letters)"]
    tabs.setCurrentIndex(1)
    _type(qtbot, editor, "name_en", "School canteen")
    _type(qtbot, editor, "purpose_en", "Serving school meals")
    _type(qtbot, editor, "retention_en", "One year after leaving")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.status.text() == "Activity saved.")
    (stored,) = _stored(app_session, ops)
    # the French texts are kept as they were, the English ones stored beside them
    assert (stored.name, stored.purpose) == ("Cantine", "Purpose of Cantine")
    assert (stored.name_en, stored.purpose_en, stored.retention_en) == (
        "School canteen",
        "Serving school meals",
        "One year after leaving",
    )
