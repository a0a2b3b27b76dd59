"""Finished dialogs are deleted by Qt from the event loop (``deleteLater``), never by Python
when the caller drops its last reference: a dialog deleted by the garbage collector while the
DB worker thread runs Python code crashed the process now and then (seen in the lock cycle).

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

_RETIRED: list[QDialog] = []
_AT_EXIT: list[bool] = []


def retire_dialog(dialog: QDialog) -> None:
    """Hand a finished dialog to Qt for deletion; its wrapper is kept until Qt is done
    (results read right after ``exec()`` stay readable: deletion waits for the event loop)."""
    if not _AT_EXIT:  # registered after QApplication exists: runs before PySide's clean-up
        atexit.register(_delete_retired)
        _AT_EXIT.append(True)
    _RETIRED[:] = [old for old in _RETIRED if shiboken6.isValid(old)]
    _RETIRED.append(dialog)
    dialog.deleteLater()


def _delete_retired() -> None:
    """At exit, dialogs still waiting (no event loop ran since) go before QApplication does."""
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _RETIRED.clear()
