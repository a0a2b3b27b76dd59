"""Errors nobody expected: a dialog the user can act on, and a line in the log file.

``install_error_reporting`` sets ``sys.excepthook`` (an exception escaping a slot or an event
handler), ``threading.excepthook`` (a thread's uncaught exception, shown on the GUI thread) and
a Qt message handler (Qt's own warnings go to the log). The log holds no personal data
(``dsr_desk.logs``); the dialog (``ui.dialogs.error_dialog``, imported when first needed) shows
the error's type and offers "Copy details".

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from dsr_desk.logs import RotatingLogFile, configure_logging, remove_logging

if TYPE_CHECKING:
    from dsr_desk.ui.dialogs.error_dialog import ErrorDialog

log = logging.getLogger("dsr_desk.errors")
qt_log = logging.getLogger("dsr_desk.qt")

# QtMsgType's values (ints: naming PySide's enum here would build the Qt namespace at start).
_QT_LEVELS = {0: logging.DEBUG, 4: logging.INFO, 1: logging.WARNING, 2: logging.ERROR}


class ErrorReporter(QObject):
    """Receives uncaught errors from any thread and shows them on the GUI thread, one dialog
    at a time (an error repeated by every repaint must not stack up dialogs)."""

    _reported = Signal(object)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: ErrorDialog | None = None
        self.shown = 0
        self._reported.connect(self._show)  # queued when emitted from another thread

    def report(self, error: BaseException) -> None:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        self._reported.emit(error)

    def _show(self, error: BaseException) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        from dsr_desk.ui.dialogs.error_dialog import ErrorDialog  # built only when needed

        parent = QApplication.activeWindow()
        self.dialog = ErrorDialog(error, self.log_file, parent)
        self.shown += 1
        self.dialog.open()


_active: ErrorReporter | None = None  # the running app's, between install and uninstall


def report_unexpected(error: BaseException) -> bool:
    """Log ``error`` and show the error dialog, from any thread; False when error reporting
    is not installed (the caller logs it itself)."""
    reporter = _active
    if reporter is None:
        return False
    reporter.report(error)
    return True


class ErrorReporting:
    """What ``install_error_reporting`` changed, to undo it (tests, a second ``run()``)."""

    def __init__(self, data_dir: Path) -> None:
        self.handler: RotatingLogFile = configure_logging(data_dir)
        self.reporter = ErrorReporter(self.handler.path)
        global _active  # noqa: PLW0603 - one application, one reporter
        _active = self.reporter
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        self._previous_qt_handler: Callable[..., Any] | None = qInstallMessageHandler(_qt_message)

    def _excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, trace)
            return
        if error.__traceback__ is None:
            error.__traceback__ = trace
        self.reporter.report(error)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.reporter.report(args.exc_value)

    def uninstall(self) -> None:
        global _active  # noqa: PLW0603
        if _active is self.reporter:
            _active = None
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt_handler)
        remove_logging(self.handler)


def _qt_message(kind: Any, _context: Any, message: str) -> None:
    level = _QT_LEVELS.get(int(getattr(kind, "value", kind)), logging.CRITICAL)
    qt_log.log(level, "%s", message)


def install_error_reporting(data_dir: Path) -> ErrorReporting:
    """Call on the GUI thread, once the application exists."""
    assert QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]
    return ErrorReporting(data_dir)
