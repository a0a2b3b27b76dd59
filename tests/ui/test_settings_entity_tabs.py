"""Settings → Entities, the three tabs of an entity on a real vault, driven like a user: the
processing register (add an activity, CSV import all or nothing), the letter wording (save an
override, the preview and the letters use it, reset), the letterhead logo (choose, save,
shown, removed; a file that is not an image refused), and unsaved changes guarded when moving
to another entity."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import RequestType
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.letters.render import render_letter
from dsr_desk.services import letters as letter_service
from dsr_desk.services import register as register_service
from dsr_desk.services import requests as request_service
from dsr_desk.services.entities import EntityView, create_entity, list_entities
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.settings_entities import GENERAL_TAB, REGISTER_TAB, WORDING_TAB
from dsr_desk.ui.views.settings_view import SettingsView
from tests.letters_support import pdf_text

FIRST = "Groupe Scolaire Exemple"  # created by the app_session fixture
SECOND = "Clinique du Parc"
OWN_WORDING = "Subject: Bien reçu\n\nNous avons bien reçu votre demande {reference}, merci.\n"


# -- helpers ----------------------------------------------------------------------------------


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _open_tab(qtbot: QtBot, tabs: QTabWidget, index: int) -> None:
    """Click the tab like a user (on the tab bar)."""
    bar = tabs.tabBar()
    assert bar.isTabEnabled(index)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def _call(ops: Ops, fn: Callable[[], Any]) -> Any:
    return ops.call(fn)


def _entities(session: AppSession, ops: Ops) -> list[EntityView]:
    result: list[EntityView] = _call(ops, lambda: list_entities(session.uow()))
    return result


def _audit(session: AppSession, ops: Ops) -> list[tuple[str, str]]:
    def read() -> list[tuple[str, str]]:
        with session.uow() as uow:
            return [(e.action, e.details_json) for e in uow.audit.entries()]

    result: list[tuple[str, str]] = _call(ops, read)
    return result


def _wording_in_force(session: AppSession, ops: Ops) -> Any:
    return _call(
        ops, lambda: letter_service.letter_wording(session.uow(), FIRST, "acknowledgement", "fr")
    )


def _answer(monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    queue = list(answers)

    def question(_parent: object, _title: str, text: str, *_args: object) -> Any:
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(path), ""))
    )


def _png(path: Path, width: int = 240, height: int = 80) -> bytes:
    """A small real PNG written by Qt: a blue band with a white square."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f3a5f"))
    for x in range(20, 60):
        for y in range(20, 60):
            image.setPixelColor(x, y, QColor("white"))
    assert image.save(str(path), "PNG")
    return path.read_bytes()


@pytest.fixture
def view(qtbot: QtBot, app_session: AppSession, ops: Ops) -> SettingsView:
    page = SettingsView(app_session, ops)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.entities_tab.entity_list.count() == 1)
    return page


# -- the three tabs ---------------------------------------------------------------------------


def test_an_entity_has_general_register_and_wording_tabs(
    qtbot: QtBot, view: SettingsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = view.entities_tab
    tabs = tab.entity_tabs
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == [
        "General",
        "Processing register",
        "Letter wording",
    ]
    assert tabs.currentIndex() == GENERAL_TAB
    assert tab.register_editor.entity_name == FIRST  # the register follows the selection
    assert tab.wording_editor.entity_name is None  # loaded when its tab opens

    # a new entity has no register or wording yet
    _click(qtbot, tab.add_entity_button)
    assert not tabs.isTabEnabled(REGISTER_TAB) and not tabs.isTabEnabled(WORDING_TAB)
    assert tabs.tabToolTip(REGISTER_TAB) == "Create the entity first"
    assert tab.register_editor.entity_name == ""

    # a new entity being typed is not dropped silently either
    qtbot.keyClicks(tab.entity_form.name_edit, "Clinique")
    asked = _answer(
        monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard
    )
    _click(qtbot, tab.add_entity_button)
    assert tab.entity_form.values()["name"] == "Clinique"
    assert asked == ["The new entity has changes that are not saved (General). Discard them?"]
    tab.entity_list.setCurrentRow(0)
    assert len(asked) == 2 and tab.form_title.text() == f"Editing “{FIRST}”"
    assert tabs.isTabEnabled(REGISTER_TAB) and tabs.isTabEnabled(WORDING_TAB)
    assert tabs.tabToolTip(REGISTER_TAB).startswith("The processing activities")


def test_the_register_tab_adds_an_activity_saved_in_the_vault(
    qtbot: QtBot, view: SettingsView, app_session: AppSession, ops: Ops
) -> None:
    tab = view.entities_tab
    _open_tab(qtbot, tab.entity_tabs, REGISTER_TAB)
    editor = tab.register_editor
    qtbot.waitUntil(lambda: "No activity yet" in editor.activity_form.status.text())
    assert editor.title.text() == f"Processing register — {FIRST}"
    for field, text in (
        ("name", "School records"),
        ("purpose", "Follow the pupils' schooling"),
        ("legal_basis", "Contract (Art. 6(1)(b))"),
        ("data_categories", "Identity, marks"),
        ("retention", "Schooling, then 10 years"),
    ):  # (QTest types ASCII only)
        widget = editor.activity_form.fields[field]
        widget.setFocus()
        qtbot.keyClicks(widget, text)
    _click(qtbot, editor.activity_form.save_button)
    qtbot.waitUntil(lambda: editor.activity_form.status.text() == "Activity added.")

    stored = _call(ops, lambda: register_service.list_activities(app_session.uow(), FIRST))
    assert [(a.name, a.purpose, a.retention) for a in stored] == [
        ("School records", "Follow the pupils' schooling", "Schooling, then 10 years")
    ]
    qtbot.waitUntil(lambda: editor.count_label.text() == "1 activity")
    assert editor.activity_list.model.index(0, 1).data() == "School records"


def test_the_register_tab_imports_a_csv_all_or_nothing(
    qtbot: QtBot,
    view: SettingsView,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = view.entities_tab
    _open_tab(qtbot, tab.entity_tabs, REGISTER_TAB)
    editor = tab.register_editor
    qtbot.waitUntil(lambda: "No activity yet" in editor.activity_form.status.text())
    bad = tmp_path / "registre.csv"
    bad.write_text(
        "name,purpose,legal_basis,data_categories\nCantine,Repas,Contrat,Allergies\nB,p,,d\n",
        "utf-8",
    )
    _choose_file(monkeypatch, bad)
    _click(qtbot, editor.activity_list.import_button)
    qtbot.waitUntil(editor.activity_list.report_area.isVisible)
    assert "row 3: missing legal basis" in editor.activity_list.report.text()
    assert _call(ops, lambda: register_service.list_activities(app_session.uow(), FIRST)) == []

    bad.write_text(
        "name,purpose,legal_basis,data_categories\nCantine,Repas,Contrat,Allergies\n", "utf-8"
    )
    _click(qtbot, editor.activity_list.import_button)
    qtbot.waitUntil(lambda: editor.activity_list.report.text().startswith("Imported 1 activity"))
    qtbot.waitUntil(lambda: editor.activity_list.model.rowCount() == 1)


def test_the_wording_tab_saves_an_override_the_letters_use_then_resets_it(
    qtbot: QtBot, view: SettingsView, app_session: AppSession, ops: Ops
) -> None:
    tab = view.entities_tab
    editor = tab.wording_editor
    with qtbot.waitSignal(editor.preview_ready, timeout=15000):
        _open_tab(qtbot, tab.entity_tabs, WORDING_TAB)
    assert editor.entity_name == FIRST
    assert editor.origin.text() == "DSR Desk's wording"
    default_text = editor.editor.toPlainText()
    assert default_text.startswith("Subject: Accusé de réception")

    with qtbot.waitSignal(editor.preview_ready, timeout=15000):
        editor.editor.setPlainText(OWN_WORDING)
    assert "edited, not saved" in editor.origin.text()
    preview = editor.document.getAllText(0).text()
    assert "Nous avons bien reçu votre demande" in preview and "merci" in preview

    with qtbot.waitSignal(editor.saved, timeout=15000):
        _click(qtbot, editor.save_button)
    assert editor.origin.text() == f"{FIRST}'s wording"
    wording = _wording_in_force(app_session, ops)
    assert wording.is_override and wording.text == OWN_WORDING

    # a real request's letter now uses the entity's wording
    ref = _call(
        ops,
        lambda: request_service.register_request(
            app_session.uow(),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 2),
            name="Jeanne Lefèvre",
            address="8 allée des Tilleuls\n57000 Metz",
        ),
    ).reference
    letter = _call(
        ops,
        lambda: letter_service.prepare_letter(
            app_session.uow(), ref, LetterKind.ACKNOWLEDGEMENT, "fr", signer="Claire Dumoulin"
        ),
    )
    assert f"Nous avons bien reçu votre demande {ref}, merci." in pdf_text(render_letter(letter))

    with qtbot.waitSignal(editor.saved, timeout=15000):
        _click(qtbot, editor.reset_button)
    assert editor.origin.text() == "DSR Desk's wording"
    assert editor.editor.toPlainText() == default_text
    wording = _wording_in_force(app_session, ops)
    assert not wording.is_override
    actions = [action for action, _details in _audit(app_session, ops)]
    assert actions.count("entity.letter_override_saved") == 1
    assert actions.count("entity.letter_override_reset") == 1


def test_another_letter_kind_asks_before_dropping_typed_wording(
    qtbot: QtBot, view: SettingsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = view.entities_tab
    editor = tab.wording_editor
    with qtbot.waitSignal(editor.preview_ready, timeout=15000):
        _open_tab(qtbot, tab.entity_tabs, WORDING_TAB)
    editor.editor.setPlainText(OWN_WORDING)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.EXTENSION.value))
    assert len(asked) == 1 and "not saved" in asked[0]
    assert editor.current_kind() is LetterKind.ACKNOWLEDGEMENT  # put back
    assert editor.editor.toPlainText() == OWN_WORDING

    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(editor.loaded, timeout=15000):
        editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.EXTENSION.value))
    assert "{new_due_date}" in editor.editor.toPlainText()
    assert not editor.is_dirty()


# -- unsaved changes when moving to another entity -----------------------------------------


def test_moving_to_another_entity_asks_before_dropping_unsaved_changes(
    qtbot: QtBot,
    view: SettingsView,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = view.entities_tab
    _call(ops, lambda: create_entity(app_session.uow(), name=SECOND))
    view.reload()
    qtbot.waitUntil(lambda: tab.entity_list.count() == 2)

    # unsaved text in the General tab and in the register
    tab.entity_form.dpo_edit.setFocus()
    qtbot.keyClicks(tab.entity_form.dpo_edit, " (bureau 12)")
    _open_tab(qtbot, tab.entity_tabs, REGISTER_TAB)
    qtbot.waitUntil(lambda: "No activity yet" in tab.register_editor.activity_form.status.text())
    tab.register_editor.activity_form.fields["name"].setFocus()
    qtbot.keyClicks(tab.register_editor.activity_form.fields["name"], "Cantine")
    assert tab.unsaved_parts() == ["General", "Processing register"]

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    tab.entity_list.setCurrentRow(1)
    assert asked == [
        f"“{FIRST}” has changes that are not saved (General, Processing register). Discard them?"
    ]
    assert tab.entity_list.currentItem().text() == FIRST  # still there, edits kept
    assert tab.entity_form.values()["dpo_contact"] == "dpo@exemple.fr (bureau 12)"
    assert tab.register_editor.activity_form.values()["name"] == "Cantine"

    # switching tabs keeps the edits, and asks nothing
    _open_tab(qtbot, tab.entity_tabs, GENERAL_TAB)
    _open_tab(qtbot, tab.entity_tabs, REGISTER_TAB)
    assert tab.register_editor.activity_form.values()["name"] == "Cantine"
    assert len(asked) == 1

    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    tab.entity_list.setCurrentRow(1)
    assert tab.form_title.text() == f"Editing “{SECOND}”"
    assert tab.register_editor.entity_name == SECOND
    assert tab.register_editor.activity_form.values()["name"] == ""
    assert tab.entity_form.values()["dpo_contact"] == ""
    assert _entities(app_session, ops)[0].dpo_contact == "dpo@exemple.fr"  # nothing saved

    # nothing unsaved: no question
    no_question = _answer(monkeypatch)
    tab.entity_list.setCurrentRow(0)
    assert tab.form_title.text() == f"Editing “{FIRST}”" and no_question == []


def test_a_write_elsewhere_does_not_drop_the_form_being_edited(
    qtbot: QtBot, view: SettingsView, app_session: AppSession, ops: Ops
) -> None:
    tab = view.entities_tab
    tab.entity_form.dpo_edit.setFocus()
    qtbot.keyClicks(tab.entity_form.dpo_edit, " (bureau 12)")
    with qtbot.waitSignal(tab.wording_editor.preview_ready, timeout=15000):
        _open_tab(qtbot, tab.entity_tabs, WORDING_TAB)
    tab.wording_editor.editor.setPlainText(OWN_WORDING)
    with qtbot.waitSignal(tab.wording_editor.saved, timeout=15000):
        tab.wording_editor.save()  # an "entity.…" write: the page reloads its entities
    qtbot.waitUntil(lambda: not ops.busy)  # the reload it set off has answered
    assert tab.entity_form.values()["dpo_contact"] == "dpo@exemple.fr (bureau 12)"
    assert tab.unsaved_parts() == ["General"]


# -- the letterhead logo ----------------------------------------------------------------------


def test_a_logo_is_chosen_saved_shown_and_removed(
    qtbot: QtBot,
    view: SettingsView,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = view.entities_tab
    form = tab.entity_form
    assert form.logo_preview.text() == "No logo"
    assert not form.logo_remove_button.isEnabled()
    logo = _png(tmp_path / "logo.png")

    _choose_file(monkeypatch, tmp_path / "logo.png")
    _click(qtbot, form.logo_choose_button)
    assert form.logo == logo
    assert not form.logo_preview.pixmap().isNull()
    assert form.logo_preview.pixmap().height() <= form.logo_preview.height()
    assert not form.logo_error.isVisible()
    assert tab.unsaved_parts() == ["General"]

    _click(qtbot, tab.save_entity_button)
    qtbot.waitUntil(lambda: tab.entity_status.text() == f"“{FIRST}” saved.")
    assert _entities(app_session, ops)[0].logo == logo
    action, details = _audit(app_session, ops)[-1]
    assert action == "entity.updated"
    assert json.loads(details) == {"entity": FIRST, "fields": ["logo"]}  # the name only

    # shown again after the page reloads from the vault
    view.clear()
    view.reload()
    qtbot.waitUntil(lambda: tab.entity_list.count() == 1)
    qtbot.waitUntil(lambda: form.logo == logo)
    assert not form.logo_preview.pixmap().isNull() and form.logo_remove_button.isEnabled()
    assert tab.unsaved_parts() == []

    # the wording preview prints it on the letterhead
    with qtbot.waitSignal(tab.wording_editor.preview_ready, timeout=15000):
        _open_tab(qtbot, tab.entity_tabs, WORDING_TAB)
    assert tab.wording_editor._entity is not None
    assert tab.wording_editor._entity.logo == logo
    _open_tab(qtbot, tab.entity_tabs, GENERAL_TAB)

    _click(qtbot, form.logo_remove_button)
    assert form.logo is None and form.logo_preview.text() == "No logo"
    _click(qtbot, tab.save_entity_button)
    qtbot.waitUntil(lambda: _entities(app_session, ops)[0].logo is None)


def test_a_file_that_is_not_a_png_or_jpeg_is_refused_with_the_reason(
    qtbot: QtBot,
    view: SettingsView,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = view.entities_tab
    form = tab.entity_form
    fake = tmp_path / "logo.png"
    fake.write_text("This is a text file, not an image.\n", "utf-8")
    _choose_file(monkeypatch, fake)
    _click(qtbot, form.logo_choose_button)
    assert form.logo_error.isVisible()
    assert form.logo_error.text() == (
        "logo.png: The logo must be a PNG or JPEG image; this file is neither (whatever its name)."
    )
    assert form.logo is None and form.logo_preview.text() == "No logo"
    assert tab.unsaved_parts() == []

    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(_png(tmp_path / "good.png")[:60])  # a PNG cut short
    _choose_file(monkeypatch, damaged)
    _click(qtbot, form.logo_choose_button)
    assert "cannot be read" in form.logo_error.text()

    huge = tmp_path / "huge.jpg"
    huge.write_bytes(b"\xff\xd8\xff" + b"\0" * (1024 * 1024 + 10))
    _choose_file(monkeypatch, huge)
    _click(qtbot, form.logo_choose_button)
    assert "at most 1.0 MB" in form.logo_error.text()
    assert form.logo is None

    # a good file afterwards clears the message
    _choose_file(monkeypatch, tmp_path / "good.png")
    _click(qtbot, form.logo_choose_button)
    assert not form.logo_error.isVisible() and form.logo is not None
    assert _entities(app_session, ops)[0].logo is None  # nothing saved until "Save entity"


def test_a_new_entity_is_created_with_its_logo(
    qtbot: QtBot,
    view: SettingsView,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = view.entities_tab
    _click(qtbot, tab.add_entity_button)
    qtbot.keyClicks(tab.entity_form.name_edit, SECOND)
    logo = _png(tmp_path / "clinique.png", 100, 100)
    _choose_file(monkeypatch, tmp_path / "clinique.png")
    _click(qtbot, tab.entity_form.logo_choose_button)
    _click(qtbot, tab.save_entity_button)
    qtbot.waitUntil(lambda: tab.entity_list.count() == 2)
    qtbot.waitUntil(lambda: tab.form_title.text() == f"Editing “{SECOND}”")
    assert [(e.name, e.logo) for e in _entities(app_session, ops)] == [
        (FIRST, None),
        (SECOND, logo),
    ]
    assert tab.entity_form.logo == logo and tab.unsaved_parts() == []
    assert tab.entity_tabs.isTabEnabled(REGISTER_TAB)
    qtbot.waitUntil(lambda: tab.register_editor.entity_name == SECOND)
