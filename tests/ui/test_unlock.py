"""The unlock dialog, typed like a user: wrong passphrase and retry delay, right passphrase,
recovery key (typo, wrong key, new passphrase), and the keyring mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import VaultLocked
from dsr_desk.storage import keyring_store
from dsr_desk.storage.key_wrapping import format_recovery_key, parse_recovery_key
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, Vault, create_vault, open_vault
from dsr_desk.storage.vault_header import HEADER_FILE, KeyMode, read_header
from dsr_desk.ui.dialogs.unlock_dialog import UnlockDialog
from dsr_desk.ui.silent_unlock import open_without_prompt, remember_unlocked, was_unlocked_here
from dsr_desk.ui.widgets.passphrase_fields import passphrase_strength
from tests.ui.conftest import UI_PASSPHRASE
from tests.vault_templates import copy_vault

OPEN_TIMEOUT_MS = 20_000
NEW_PASSPHRASE = "a brand new vault phrase"


@pytest.fixture
def recovery_key(data_dir: Path, clock: FixedClock) -> str:
    """A closed passphrase-mode vault in ``data_dir`` (a copy of a template); returns its
    recovery key."""
    return copy_vault(data_dir, clock, passphrase=UI_PASSPHRASE)


def _dialog(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> UnlockDialog:
    dialog = UnlockDialog(data_dir, clock)
    dialog.retry_base_ms = 30  # 30 ms, 60 ms, 120 ms … instead of 1 s, 2 s, 4 s
    qtbot.addWidget(dialog, before_close_func=_close_vault)
    dialog.open()  # modal, but does not block the test
    qtbot.waitExposed(dialog)
    return dialog


def _close_vault(dialog: UnlockDialog) -> None:
    vault, dialog.vault = dialog.vault, None
    if vault is not None:
        vault.close()


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _opened(dialog: UnlockDialog) -> Vault:
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None
    return dialog.vault


def test_wrong_passphrase_says_so_waits_longer_each_time_and_changes_nothing(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, recovery_key: str
) -> None:
    header_before = (data_dir / HEADER_FILE).read_bytes()
    dialog = _dialog(qtbot, data_dir, clock)
    assert dialog.mode is KeyMode.PASSPHRASE
    assert dialog.passphrase_edit.isVisible()
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password

    qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase")
    _click(qtbot, dialog.unlock_button)
    qtbot.waitUntil(lambda: dialog.failures == 1, timeout=OPEN_TIMEOUT_MS)
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text().startswith("Wrong passphrase: the vault stays locked.")
    assert "attempt 1" in dialog.message_label.text()
    assert dialog.passphrase_edit.text() == ""  # cleared at once
    assert dialog.retry_delay_ms() == 30
    assert dialog.is_waiting
    assert not dialog.unlock_button.isEnabled()
    assert "try again in 1 s" in dialog.countdown_label.text()

    # Return while waiting does nothing (and keeps what was typed)
    qtbot.keyClicks(dialog.passphrase_edit, UI_PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.vault is None
    assert dialog.passphrase_edit.text() == UI_PASSPHRASE
    dialog.passphrase_edit.clear()

    qtbot.waitUntil(lambda: not dialog.is_waiting, timeout=2000)
    assert dialog.unlock_button.isEnabled()
    assert dialog.unlock_button.text() == "Unlock"
    qtbot.keyClicks(dialog.passphrase_edit, "still wrong")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.failures == 2, timeout=OPEN_TIMEOUT_MS)
    assert dialog.retry_delay_ms() == 60
    assert "attempt 2" in dialog.message_label.text()

    assert dialog.vault is None
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert (data_dir / HEADER_FILE).read_bytes() == header_before


def test_retry_delay_doubles_up_to_its_cap(data_dir: Path, clock: FixedClock, qtbot: QtBot) -> None:
    dialog = UnlockDialog(data_dir, clock)  # no vault here: only the arithmetic
    qtbot.addWidget(dialog)
    assert (dialog.retry_base_ms, dialog.retry_max_ms) == (1000, 30_000)
    delays = []
    for failures in range(1, 8):
        dialog.failures = failures
        delays.append(dialog.retry_delay_ms())
    assert delays == [1000, 2000, 4000, 8000, 16000, 30000, 30000]
    assert dialog.message_label.text() == f"There is no DSR Desk vault in {data_dir}."
    assert not dialog.unlock_button.isEnabled()


def test_right_passphrase_opens_the_vault(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, recovery_key: str
) -> None:
    dialog = _dialog(qtbot, data_dir, clock)
    assert open_without_prompt(data_dir, clock) == (None, None)  # passphrase mode always asks
    assert dialog.title_label.text() == "Open DSR Desk"
    qtbot.keyClicks(dialog.passphrase_edit, UI_PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.passphrase_edit.text() == ""
    assert not dialog.unlock_button.isEnabled()  # busy while the key is derived
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=OPEN_TIMEOUT_MS)
    vault = _opened(dialog)
    assert vault.mode is KeyMode.PASSPHRASE
    assert not dialog.isVisible()
    assert was_unlocked_here(data_dir)
    # handed over without connections: another thread (the app's DB worker) can use it
    assert vault.engine.pool.checkedin() == 0
    # after a lock the title says so
    again = UnlockDialog(data_dir, clock)
    qtbot.addWidget(again)
    assert again.title_label.text() == "DSR Desk is locked"


def test_recovery_key_with_a_typo_then_a_new_passphrase(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, recovery_key: str
) -> None:
    dialog = _dialog(qtbot, data_dir, clock)
    _click(qtbot, dialog.recovery_link)
    assert dialog.pages.currentIndex() == 1
    assert dialog.focusWidget() is dialog.recovery_edit
    assert not dialog.switch_check.isVisible()  # passphrase mode: a new one is required
    assert dialog.new_passphrase.isVisible()

    # one character wrong: the check group catches it, no delay
    typo = ("1" if recovery_key[0] != "1" else "2") + recovery_key[1:]
    qtbot.keyClicks(dialog.recovery_edit, typo)
    qtbot.keyClicks(dialog.new_passphrase.first_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.second_edit, NEW_PASSPHRASE)
    _click(qtbot, dialog.recover_button)
    qtbot.waitUntil(dialog.recovery_message.isVisible, timeout=OPEN_TIMEOUT_MS)
    assert dialog.recovery_message.text().startswith("This is not a DSR Desk recovery key")
    assert dialog.failures == 0 and not dialog.is_waiting
    assert dialog.new_passphrase.first_edit.text() == ""  # secrets are not kept around

    # the right key typed the lazy way, but the two new passphrases differ
    dialog.recovery_edit.clear()
    qtbot.keyClicks(dialog.recovery_edit, recovery_key.replace("-", "").lower())
    qtbot.keyClicks(dialog.new_passphrase.first_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.second_edit, NEW_PASSPHRASE + "!")
    assert dialog.new_passphrase.match_label.isVisible()
    _click(qtbot, dialog.recover_button)
    assert dialog.recovery_message.text() == "The two passphrases differ."
    assert dialog.vault is None

    qtbot.keyClick(dialog.new_passphrase.second_edit, Qt.Key.Key_Backspace)
    _click(qtbot, dialog.recover_button)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=OPEN_TIMEOUT_MS)
    vault = _opened(dialog)
    assert dialog.recovery_edit.text() == ""
    with SqlUnitOfWork(vault.session_factory, clock, "check") as uow:
        last = list(uow.audit.entries())[-1]
        assert (last.action, last.details) == ("vault.recovered", {"mode": "passphrase"})
    _close_vault(dialog)

    # the new passphrase opens the vault, the old one no longer does
    open_vault(data_dir, clock, Unlock(passphrase=NEW_PASSPHRASE)).close()
    with pytest.raises(VaultLocked):
        open_vault(data_dir, clock, Unlock(passphrase=UI_PASSPHRASE))


def test_a_wrong_recovery_key_also_waits(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, recovery_key: str
) -> None:
    other = format_recovery_key(bytes(20))  # well-formed, but not this vault's
    assert parse_recovery_key(other) != parse_recovery_key(recovery_key)
    dialog = _dialog(qtbot, data_dir, clock)
    _click(qtbot, dialog.recovery_link)
    qtbot.keyClicks(dialog.recovery_edit, other)
    qtbot.keyClicks(dialog.new_passphrase.first_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.second_edit, NEW_PASSPHRASE)
    _click(qtbot, dialog.recover_button)
    qtbot.waitUntil(lambda: dialog.failures == 1, timeout=OPEN_TIMEOUT_MS)
    assert dialog.recovery_message.text().startswith("That recovery key does not open this vault.")
    assert not dialog.recover_button.isEnabled()
    header = read_header(data_dir)
    assert header is not None and header.mode is KeyMode.PASSPHRASE
    _click(qtbot, dialog.back_link)
    assert dialog.pages.currentIndex() == 0


def test_passphrase_strength_hints() -> None:
    assert passphrase_strength("")[1] is False
    assert passphrase_strength("abc") == ("Too short: 7 more characters needed.", False)
    weak, accepted = passphrase_strength("1234567890")
    assert weak.startswith("This passphrase is too easy to guess.")
    assert not accepted
    assert passphrase_strength("correct horse battery staple glue") == (
        "Strength: hard to guess.",
        True,
    )


@pytest.mark.keyring
def test_keyring_vault_opens_silently_at_start_then_waits_for_a_click_after_a_lock(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    vault, recovery_key = create_vault(data_dir, clock)
    vault_id = vault.header.vault_id
    vault.close()
    try:
        opened, problem = open_without_prompt(data_dir, clock)
        assert problem is None
        assert opened is not None and opened.mode is KeyMode.KEYRING
        opened.close()

        # after a lock: no silent unlock, an Unlock button and no passphrase field
        after_lock = _dialog(qtbot, data_dir, clock)
        assert open_without_prompt(data_dir, clock) == (None, None)
        assert after_lock.title_label.text() == "DSR Desk is locked"
        assert not after_lock.passphrase_edit.isVisible()
        _click(qtbot, after_lock.unlock_button)
        qtbot.waitUntil(lambda: after_lock.vault is not None, timeout=OPEN_TIMEOUT_MS)
        _close_vault(after_lock)

        # the keyring entry is lost: the dialog says so; the recovery key puts it back
        keyring_store.delete_key(vault_id)
        lost = _dialog(qtbot, data_dir, clock)
        _click(qtbot, lost.unlock_button)
        qtbot.waitUntil(lost.message_label.isVisible, timeout=OPEN_TIMEOUT_MS)
        assert "not in this computer's keyring" in lost.message_label.text()
        assert lost.failures == 0
        _click(qtbot, lost.recovery_link)
        assert lost.switch_check.isVisible() and not lost.switch_check.isChecked()
        assert not lost.new_passphrase.isVisible()
        qtbot.keyClicks(lost.recovery_edit, recovery_key)
        qtbot.keyClick(lost.recovery_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: lost.vault is not None, timeout=OPEN_TIMEOUT_MS)
        assert lost.vault is not None and lost.vault.mode is KeyMode.KEYRING
        _close_vault(lost)
        assert keyring_store.load_key(vault_id) is not None
    finally:
        keyring_store.delete_key(vault_id)


def test_silent_unlock_is_only_for_keyring_vaults(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, recovery_key: str
) -> None:
    remember_unlocked(data_dir)
    assert open_without_prompt(data_dir, clock) == (None, None)
