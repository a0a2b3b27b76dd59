"""Opening a keyring-mode vault at start-up without showing anything.

No widgets here: when the keyring holds the key, DSR Desk opens straight onto the main window
and the unlock dialog (its module and its widgets) is never built. After a lock in this
process the user asks to unlock instead (``was_unlocked_here``).

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import DsrError, InsecureKeyring, VaultLocked, VaultRefused
from dsr_desk.storage.vault import Vault, load_header, open_vault
from dsr_desk.storage.vault_header import KeyMode

# Data dirs unlocked in this process: after a lock, unlocking is always asked for.
_UNLOCKED_HERE: set[Path] = set()


def remember_unlocked(data_dir: Path) -> None:
    _UNLOCKED_HERE.add(data_dir.resolve())


def was_unlocked_here(data_dir: Path) -> bool:
    return data_dir.resolve() in _UNLOCKED_HERE


def keyring_message(problem: DsrError) -> str:
    """What to tell the user when the keyring did not give the key."""
    if isinstance(problem, VaultLocked) and not isinstance(problem, InsecureKeyring):
        if "damaged" in str(problem):
            return str(problem)
        return QCoreApplication.translate(
            "SilentUnlock",
            "The vault key is not in this computer's keyring (was it deleted, or is this "
            "another user account?). Unlock with the recovery key.",
        )
    return str(problem)


def open_without_prompt(data_dir: Path, clock: Clock) -> tuple[Vault | None, str | None]:
    """The vault opened with the keyring's key, or ``(None, None)`` when it must be asked for
    (passphrase mode, after a lock, no or damaged header: the dialog says why), or
    ``(None, message)`` when the keyring failed. ``VaultRefused`` (the database missing,
    empty, damaged or not matching the audit anchor) is raised: no unlocking helps."""
    try:
        header = load_header(data_dir)
    except DsrError:
        return None, None
    if header is None or header.mode is not KeyMode.KEYRING or was_unlocked_here(data_dir):
        return None, None
    try:
        vault = open_vault(data_dir, clock)
    except VaultRefused:
        raise
    except DsrError as problem:
        return None, keyring_message(problem)
    vault.hand_over()  # to the app's DB worker
    remember_unlocked(data_dir)
    return vault, None
