"""Settings → Vault → "Change passphrase or key…", typed like a user: a new passphrase with a
key rotation, run on the DB worker; afterwards the vault opens with the new passphrase and
the new recovery key, documents decrypt, and the old vault.json opens nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import VaultLocked
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.key_wrapping import parse_recovery_key
from dsr_desk.storage.vault import DB_FILE, Unlock, open_vault
from dsr_desk.storage.vault_header import HEADER_FILE
from dsr_desk.ui.dialogs.key_change_dialog import KeyChangeDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.settings_view import SettingsView
from tests.ui.conftest import UI_PASSPHRASE, UI_TODAY

NEW_PASSPHRASE = "lantern orchard quietly sixteen"
CONTENT = b"%PDF-1.4 scan of an ID card" * 100
TIMEOUT_MS = 60_000


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _attach(session: AppSession, ops: Ops) -> str:
    def work() -> str:
        ref = svc.register_request(
            session.uow(), type=RequestType.ACCESS, received_on=UI_TODAY, name="Zoé Exemple"
        ).reference
        view = attach_document(
            session.uow(),
            session.document_store(),
            ref,
            DocumentKind.ID,
            "id.pdf",
            "application/pdf",
            CONTENT,
        )
        return view.document_id

    return str(ops.call(work))


def test_new_passphrase_with_key_rotation(
    qtbot: QtBot, app_session: AppSession, ops: Ops, data_dir: Path, tmp_path: Path
) -> None:
    document_id = _attach(app_session, ops)
    old_header = (data_dir / HEADER_FILE).read_bytes()
    dialog = KeyChangeDialog(app_session, ops)
    qtbot.addWidget(dialog)
    dialog.show()

    # a weak new passphrase: the reason shows, Continue stays disabled
    qtbot.keyClicks(dialog.current_edit, UI_PASSPHRASE)
    _click(qtbot, dialog.new_check)
    qtbot.keyClicks(dialog.fields.first_edit, "1234567890")
    qtbot.keyClicks(dialog.fields.second_edit, "1234567890")
    assert dialog.fields.hint_label.text().startswith("This passphrase is too easy to guess.")
    assert not dialog.continue_button.isEnabled()
    dialog.fields.clear()
    qtbot.keyClicks(dialog.fields.first_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second_edit, NEW_PASSPHRASE)
    assert dialog.rotate_check.isChecked()  # offered, and on by default

    # the new recovery key is shown first; the rotation starts once it is stored
    _click(qtbot, dialog.continue_button)
    recovery_key = dialog.recovery_label.text()
    assert len(parse_recovery_key(recovery_key)) == 20
    assert not dialog.continue_button.isEnabled()
    _click(qtbot, dialog.stored_check)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT_MS) as changed:
        _click(qtbot, dialog.continue_button)
    assert changed.args == ["The vault key was rotated."]

    # the session goes on with the new key: the document still opens in the app
    def read_back() -> bytes:
        assert app_session.vault is not None
        row = (
            app_session.reader()
            .execute(
                "SELECT stored_name, wrapped_key FROM documents WHERE document_id = ?",
                (document_id,),
            )
            .fetchone()
        )
        return app_session.document_store().read_bytes((row[0], bytes(row[1])))

    assert ops.call(read_back) == CONTENT
    ops.call(app_session.lock)

    for unlock in (Unlock(passphrase=NEW_PASSPHRASE), Unlock(recovery_key=recovery_key)):
        vault = open_vault(data_dir, app_session.clock, unlock)
        row = vault.reader.execute("SELECT stored_name, wrapped_key FROM documents").fetchone()
        store = DocumentStore(vault.documents_dir, vault.database_key)
        assert store.read_bytes((row[0], bytes(row[1]))) == CONTENT
        vault.close()
    with pytest.raises(VaultLocked, match="Wrong passphrase"):
        open_vault(data_dir, app_session.clock, Unlock(passphrase=UI_PASSPHRASE))
    old_copy = tmp_path / "old"
    old_copy.mkdir()
    shutil.copy2(data_dir / DB_FILE, old_copy / DB_FILE)
    (old_copy / HEADER_FILE).write_bytes(old_header)
    with pytest.raises(VaultLocked, match="does not open this database"):
        open_vault(old_copy, app_session.clock, Unlock(passphrase=UI_PASSPHRASE))


def test_the_settings_button_opens_the_dialog_and_shows_what_was_done(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    view = SettingsView(app_session, ops)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    prefs = view.preferences_tab
    qtbot.waitUntil(lambda: prefs.vault_id_label.text() != "")
    view.tabs.setCurrentWidget(prefs)
    button = prefs.key_change_button
    assert button.objectName() == "changeVaultKey"
    assert button.text() == "Change passphrase or key…"  # the vault opens with a passphrase

    _click(qtbot, button)
    dialog = prefs.key_change_dialog
    assert isinstance(dialog, KeyChangeDialog) and dialog.isVisible()
    assert dialog.parent() is prefs
    dialog.changed.emit("The vault key was rotated.")  # what the dialog says when done
    assert prefs.vault_status.text() == "The vault key was rotated."
    dialog.reject()
