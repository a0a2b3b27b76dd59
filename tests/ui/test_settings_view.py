"""Settings page on a real vault: edit, rename and add entities, preferences, vault box."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QSpinBox
from pytestqt.qtbot import QtBot

from dsr_desk.domain.changes import Changes
from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.entities import Role
from dsr_desk.services.entities import EntityView, list_entities
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import load_settings
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.settings_view import SettingsView

FIRST = "Groupe Scolaire Exemple"


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _retype(qtbot: QtBot, widget: object, text: str) -> None:
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)  # type: ignore[arg-type]


def _set_spin(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def _entities(session: AppSession, ops: Ops) -> list[EntityView]:
    result: list[EntityView] = ops.call(lambda: list_entities(session.uow()))
    return result


def _audit_actions(session: AppSession, ops: Ops) -> list[tuple[str, dict[str, object]]]:
    def read() -> list[tuple[str, dict[str, object]]]:
        with session.uow() as uow:
            return [(e.action, json.loads(e.details_json)) for e in uow.audit.entries()]

    result: list[tuple[str, dict[str, object]]] = ops.call(read)
    return result


@pytest.fixture
def view(qtbot: QtBot, app_session: AppSession, ops: Ops) -> SettingsView:
    page = SettingsView(app_session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.entities_tab.entity_list.count() == 1)
    return page


def test_shows_the_entity_preferences_and_vault(
    view: SettingsView, app_session: AppSession
) -> None:
    tab = view.entities_tab
    prefs = view.preferences_tab
    assert tab.entity_list.currentItem().text() == FIRST
    assert tab.form_title.text() == f"Editing “{FIRST}”"
    values = tab.entity_form.values()
    assert values["name"] == FIRST
    assert values["address"] == "12 rue de l'École\n75006 Paris"
    assert values["retention_objection_years"] == 3
    assert prefs.idle_spin.value() == 10
    assert prefs.language_combo.currentData() == "system"  # none chosen: follow the computer's
    assert prefs.vault_mode_label.text().startswith("Passphrase")
    assert prefs.vault_folder_label.text() == str(app_session.data_dir)
    assert app_session.vault is not None
    assert prefs.vault_id_label.text() == app_session.vault.header.vault_id


def test_edit_an_entity_inline_validation_then_save(
    qtbot: QtBot, view: SettingsView, app_session: AppSession, ops: Ops
) -> None:
    tab = view.entities_tab
    form = tab.entity_form
    _retype(qtbot, form.subdivision_edit, "99")
    _click(qtbot, tab.save_entity_button)
    assert "Unknown subdivision '99'" in form.calendar_label.text()
    assert tab.entity_status.text() == ""
    assert _entities(app_session, ops)[0].subdivision is None  # nothing saved

    _retype(qtbot, form.subdivision_edit, "6ae")
    form.policy_combo.setFocus()
    qtbot.keyClick(form.policy_combo, Qt.Key.Key_Down)
    _set_spin(qtbot, form.objection_years, 6)
    _click(qtbot, form.minimisation_check)
    _click(qtbot, tab.save_entity_button)
    qtbot.waitUntil(lambda: tab.entity_status.text() == f"“{FIRST}” saved.")

    (entity,) = _entities(app_session, ops)
    assert entity.subdivision == "6AE"
    assert entity.suspension_policy is SuspensionPolicy.PAUSE
    assert entity.retention_objection_years == 6
    assert entity.minimisation is True
    action, details = _audit_actions(app_session, ops)[-1]
    assert action == "entity.updated"
    assert details["fields"] == [
        "subdivision",
        "suspension_policy",
        "retention_objection_years",
        "minimisation",
    ]
    # the page reloaded after the write and still shows the saved entity
    qtbot.waitUntil(lambda: tab.entity_form.values()["subdivision"] == "6AE")
    assert tab.entity_list.currentItem().text() == FIRST
    assert tab.entity_status.text() == f"“{FIRST}” saved."  # the reload keeps the message


def test_rename_then_add_a_second_entity(
    qtbot: QtBot, view: SettingsView, app_session: AppSession, ops: Ops
) -> None:
    tab = view.entities_tab
    done: list[Changes] = []
    ops.changed.connect(done.append)
    _retype(qtbot, tab.entity_form.name_edit, "Groupe Scolaire Saint-Exemple")
    _click(qtbot, tab.save_entity_button)
    qtbot.waitUntil(lambda: tab.entity_list.item(0).text() == "Groupe Scolaire Saint-Exemple")
    assert done == [Changes(entities=True, audit=True)]
    assert tab.form_title.text() == "Editing “Groupe Scolaire Saint-Exemple”"

    _click(qtbot, tab.add_entity_button)
    assert tab.form_title.text() == "New entity"
    assert tab.save_entity_button.text() == "Create entity"
    assert tab.entity_form.values()["name"] == ""
    _click(qtbot, tab.save_entity_button)
    assert tab.entity_form.error_label.text() == "An entity needs a name."

    form = tab.entity_form
    qtbot.keyClicks(form.name_edit, "Clinique du Parc")
    form.role_combo.setFocus()
    qtbot.keyClick(form.role_combo, Qt.Key.Key_Down)
    _set_spin(qtbot, form.other_years, 2)
    _click(qtbot, tab.save_entity_button)
    qtbot.waitUntil(lambda: tab.entity_list.count() == 2)
    qtbot.waitUntil(lambda: tab.entity_list.currentItem().text() == "Clinique du Parc")
    assert done[-1] == Changes(entities=True, audit=True)

    created = _entities(app_session, ops)[1]
    assert created.name == "Clinique du Parc"
    assert created.role is Role.PROCESSOR
    assert created.retention_other_years == 2  # applied right after creation

    # a duplicate name is refused inline
    _click(qtbot, tab.add_entity_button)
    qtbot.keyClicks(tab.entity_form.name_edit, "clinique du parc")
    _click(qtbot, tab.save_entity_button)
    qtbot.waitUntil(lambda: "already exists" in tab.entity_form.error_label.text())
    assert len(_entities(app_session, ops)) == 2


def test_preferences_are_saved_in_the_vault(
    qtbot: QtBot, view: SettingsView, app_session: AppSession, ops: Ops
) -> None:
    prefs = view.preferences_tab
    _set_spin(qtbot, prefs.idle_spin, 5)
    prefs.language_combo.setFocus()
    qtbot.keyClick(prefs.language_combo, Qt.Key.Key_Down)  # system → English
    qtbot.keyClick(prefs.language_combo, Qt.Key.Key_Down)  # → Français
    qtbot.keyClicks(prefs.display_name_edit, "Camille Dupont")
    _click(qtbot, prefs.auto_purge_check)
    with qtbot.waitSignal(view.preferences_saved, timeout=5000) as saved:
        _click(qtbot, prefs.save_preferences_button)
    expected = AppSettings(
        idle_lock_minutes=5, language="fr", display_name="Camille Dupont", auto_purge_at_start=True
    )
    assert saved.args == [expected]
    assert prefs.preferences_status.text() == "Preferences saved."
    assert ops.call(lambda: load_settings(app_session.uow())) == expected
    assert _audit_actions(app_session, ops)[-1][0] == "settings.changed"


def test_clear_empties_the_page(view: SettingsView) -> None:
    tab = view.entities_tab
    prefs = view.preferences_tab
    view.clear()
    assert tab.entity_list.count() == 0
    assert tab.entity_form.values()["name"] == ""
    assert prefs.vault_id_label.text() == ""
    assert prefs.vault_folder_label.text() == ""
    assert prefs.display_name_edit.text() == ""


def test_saving_preferences_keeps_those_the_page_does_not_show(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    """The team server's backup retention is not on the page: saving the page's preferences
    keeps it as stored (it was reset to its default of 30 days)."""
    from dsr_desk.services.settings import save_settings

    ops.call(lambda: save_settings(app_session.uow(), AppSettings(server_backup_days=45)))
    page = SettingsView(app_session, ops)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    prefs = page.preferences_tab
    qtbot.waitUntil(lambda: prefs._loaded_settings is not None)
    _set_spin(qtbot, prefs.idle_spin, 7)
    with qtbot.waitSignal(page.preferences_saved, timeout=5000):
        _click(qtbot, prefs.save_preferences_button)
    stored = ops.call(lambda: load_settings(app_session.uow()))
    assert (stored.idle_lock_minutes, stored.server_backup_days) == (7, 45)
