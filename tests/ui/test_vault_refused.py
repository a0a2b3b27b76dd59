"""A refused vault (database emptied, or an older copy swapped in) gets a dialog that says why
and names the recovery options; the app then quits, having changed nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.services.entities import create_entity
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import DB_FILE, Unlock, create_vault, open_vault
from dsr_desk.ui.app import AppController
from dsr_desk.ui.dialogs.unlock_dialog import UnlockDialog
from dsr_desk.ui.dialogs.vault_refused_dialog import VaultRefusedDialog
from tests.ui.conftest import UI_ENTITY, UI_PASSPHRASE
from tests.vault_templates import copy_vault

OPEN_TIMEOUT_MS = 20_000


@pytest.fixture
def refused_seen(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """Drive the modal dialogs as a user would: type the passphrase, read the refusal, quit."""
    seen: list[tuple[str, str]] = []

    def drive(dialog: QDialog) -> int:
        dialog.open()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, UnlockDialog):
            qtbot.keyClicks(dialog.passphrase_edit, UI_PASSPHRASE)
            qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=OPEN_TIMEOUT_MS)
        elif isinstance(dialog, VaultRefusedDialog):
            seen.append((dialog.problem_label.text(), dialog.options_label.text()))
            qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", drive)  # the dialogs' own exec() stays in the loop
    yield seen
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _vault(data_dir: Path, clock: FixedClock, *, new: bool = True) -> None:
    """A passphrase-mode vault (made if ``new``) with one entity."""
    if new:  # a copy of a template vault (tests.vault_templates)
        copy_vault(data_dir, clock, passphrase=UI_PASSPHRASE, entities=[UI_ENTITY])
        return
    vault = open_vault(data_dir, clock, Unlock(passphrase=UI_PASSPHRASE))
    create_entity(
        SqlUnitOfWork(vault.session_factory, clock, "ui-tester"),
        name="Groupe Scolaire Exemple",
        address="12 rue de l'École\n75006 Paris",
        dpo_contact="dpo@exemple.fr",
    )
    vault.close()


def _start(data_dir: Path, clock: FixedClock) -> bool:
    controller = AppController(data_dir, clock, "ui-tester")
    try:
        return controller.start()
    finally:
        controller.shutdown()


def _names_the_recovery_options(options: str) -> None:
    assert "Nothing was changed" in options
    assert "Restore the whole data folder from your latest backup" in options
    assert "audit-anchor.json" in options
    assert "moved or renamed" in options
    assert "Do not create a new vault" in options


def test_an_emptied_database_is_refused_before_any_passphrase_is_asked(
    refused_seen: list[tuple[str, str]], data_dir: Path, clock: FixedClock
) -> None:
    _vault(data_dir, clock)
    (data_dir / DB_FILE).write_bytes(b"")
    assert _start(data_dir, clock) is False
    [(problem, options)] = refused_seen
    assert "is empty (0 bytes)" in problem
    _names_the_recovery_options(options)
    assert (data_dir / DB_FILE).stat().st_size == 0


def test_an_older_copy_is_refused_after_the_passphrase(
    refused_seen: list[tuple[str, str]], data_dir: Path, clock: FixedClock
) -> None:
    vault, _ = create_vault(data_dir, clock, passphrase=UI_PASSPHRASE)
    vault.close()
    older = (data_dir / DB_FILE).read_bytes()  # the log is empty: taken before the entity
    _vault(data_dir, clock, new=False)  # one audited change after the copy
    (data_dir / DB_FILE).write_bytes(older)
    assert _start(data_dir, clock) is False
    [(problem, options)] = refused_seen
    assert "older copy" in problem
    _names_the_recovery_options(options)
