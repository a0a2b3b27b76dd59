"""Database operations off the GUI thread (one worker thread owns every connection).

``ops.run(fn, *args, receiver=..., on_done=..., on_error=...)`` queues ``fn(*args)`` on the
worker; the result or the error comes back on the GUI thread, to ``receiver`` (a QObject: the
answer is dropped once it is deleted, whatever the callbacks are). The writes the job committed
come back with it as a ``Changes`` value (``domain.changes``, from their audit entries), which
``Ops.changed`` hands to every open view (``ui.freshness``), instead of polling. ``Latest``
keeps only the answer of a view's latest query. A busy indicator appears only when an
operation lasts longer than a moment.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

from dsr_desk.domain.changes import Changes, collect_changes
from dsr_desk.domain.errors import Conflict, DsrError
from dsr_desk.ui.enum_properties import set_enum_property

log = logging.getLogger(__name__)
BUSY_DELAY_MS = 400
PROGRESS_TICK_MS = 100


def _show_progress(dialog: QProgressDialog, cancel: CancelToken) -> None:
    progress = cancel.progress
    if progress is not None and progress[1] > 0:
        done, total = progress
        if dialog.maximum() != total:
            dialog.setRange(0, total)
        dialog.setValue(min(done, total))


def _receivers(
    receiver: QObject | None, *callbacks: Callable[..., Any] | None
) -> tuple[QObject, ...]:
    """Whose deletion drops the answer: ``receiver`` and the QObjects whose bound methods the
    callbacks are. Callbacks that are neither (a lambda, a closure) need ``receiver``."""
    owners = [receiver] if receiver is not None else []
    for callback in callbacks:
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject) and owner not in owners:
            owners.append(owner)
    if not owners and any(callback is not None for callback in callbacks):
        raise TypeError("Ops.run: pass receiver=, the QObject whose deletion must drop the answer")
    return tuple(owners)


class CancelToken:
    """Handed to long operations that accept a ``cancel`` keyword: they report their progress
    and check for a cancellation between steps (``services.progress.Progress``).
    ``can_cancel=False``: progress only (an operation that cannot stop half-way)."""

    def __init__(self, *, can_cancel: bool = True) -> None:
        self.can_cancel = can_cancel
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int] | None = None

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread; the progress dialog reads it on the GUI thread."""
        with self._lock:
            self._progress = (done, total)

    @property
    def progress(self) -> tuple[int, int] | None:
        with self._lock:
            return self._progress


@dataclass
class _Job:
    job_id: int
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)


def _as_user_error(job: _Job, problem: Exception) -> DsrError:
    """What the view that asked is told. The system failing under the operation (full disk,
    damaged page...) is said in one line; anything else is an error nobody expected: the
    error dialog (with "Copy details") and the log, neither holding its message."""
    from dsr_desk.services.failures import describe_failure

    message = describe_failure(problem)
    if message is not None:
        log.warning("operation %s failed: %s", _name(job), type(problem).__name__)
        return DsrError(message)
    from dsr_desk.ui.error_reporting import report_unexpected

    if not report_unexpected(problem):
        log.exception("operation %s failed", _name(job))
    return DsrError(
        QCoreApplication.translate("Ops", "Unexpected error: {name}.").format(
            name=type(problem).__name__
        )
    )


def _name(job: _Job) -> str:
    return str(getattr(job.fn, "__name__", None) or type(job.fn).__name__)


class _Worker(QObject):
    finished = Signal(int, object, object)  # job id, result, Changes
    failed = Signal(int, object, object)  # job id, DsrError, Changes (committed before)

    @Slot(object)
    def execute(self, job: _Job) -> None:
        problem: DsrError | None = None
        with collect_changes() as collected:
            try:
                result = job.fn(*job.args, **job.kwargs)
            except DsrError as error:
                problem = error
            except Exception as error:
                problem = _as_user_error(job, error)
        if problem is not None:
            changes = collected.changes
            if isinstance(problem, Conflict) and problem.reference:
                # a colleague changed the request: the views showing it reload it
                changes |= Changes(requests=frozenset((problem.reference,)))
            self.failed.emit(job.job_id, problem, changes)
        else:
            self.finished.emit(job.job_id, result, collected.changes)


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[DsrError], None] | None
    receivers: tuple[QObject, ...]
    busy: QProgressDialog | None = None
    timer: QTimer | None = None
    ticker: QTimer | None = None  # refreshes the progress bar from the CancelToken


class Ops(QObject):
    """The app's single gateway to the database worker thread."""

    changed = Signal(object)  # the Changes a job committed (after its answer)
    error = Signal(str)  # message for the message bar, when the caller gave no on_error
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("dsr-desk-db")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        # Queued, each way: every emission crosses threads (jobs are submitted from the GUI
        # thread, answered from the worker), which an automatic connection queues. (Naming
        # the connection type would build PySide's Qt namespace at start: ui.enum_properties.)
        self._submit.connect(self._worker.execute)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def waited_on(self) -> bool:
        """Whether the user waits on a job run with ``busy_text`` (a copy to a team server, a
        bundle, a backup asked for...): the idle lock waits for it to end."""
        return any(p.timer is not None or p.busy is not None for p in self._pending.values())

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        receiver: QObject | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[DsrError], None] | None = None,
        busy_text: str | None = None,
        parent: QWidget | None = None,
        cancel: CancelToken | None = None,
    ) -> int:
        """Queue ``fn(*args)``. Its answer goes to ``on_done`` or ``on_error`` unless
        ``receiver`` (or the QObject of a callback that is its bound method) was deleted by
        then; ``receiver`` is required when a callback is not such a method. Without
        ``on_error`` an error goes to the message bar (``error``)."""
        job_id = next(self._ids)
        pending = _Pending(on_done, on_error, _receivers(receiver, on_done, on_error))
        self._pending[job_id] = pending
        kwargs: dict[str, Any] = {"cancel": cancel} if cancel is not None else {}
        if busy_text is not None:
            pending.timer = QTimer(self)
            pending.timer.setSingleShot(True)
            pending.timer.timeout.connect(
                lambda: self._show_busy(job_id, busy_text, parent, cancel)
            )
            pending.timer.start(BUSY_DELAY_MS)
        self._submit.emit(_Job(job_id, fn, args, kwargs))
        return job_id

    def _show_busy(
        self, job_id: int, text: str, parent: QWidget | None, cancel: CancelToken | None
    ) -> None:
        pending = self._pending.get(job_id)
        if pending is None:
            return
        can_cancel = cancel is not None and cancel.can_cancel
        dialog = QProgressDialog(
            text, QCoreApplication.translate("Ops", "Cancel") if can_cancel else "", 0, 0, parent
        )
        dialog.setWindowTitle("DSR Desk")
        set_enum_property(dialog, "windowModality", "WindowModal")
        dialog.setMinimumDuration(0)
        if not can_cancel:
            dialog.setCancelButton(None)
        if cancel is not None:
            dialog.setAutoReset(False)
            dialog.setAutoClose(False)
            if cancel.can_cancel:
                dialog.canceled.disconnect()  # stays up, saying so, until the worker stopped
                dialog.canceled.connect(lambda: self._cancel(dialog, cancel))
            pending.ticker = QTimer(dialog)
            pending.ticker.timeout.connect(lambda: _show_progress(dialog, cancel))
            pending.ticker.start(PROGRESS_TICK_MS)
        pending.busy = dialog
        dialog.show()

    @staticmethod
    def _cancel(dialog: QProgressDialog, cancel: CancelToken) -> None:
        cancel.cancel()
        dialog.setLabelText(
            QCoreApplication.translate("Ops", "Cancelling… nothing will be changed.")
        )
        button = dialog.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)

    def _close(self, job_id: int) -> _Pending | None:
        pending = self._pending.pop(job_id, None)
        if pending is not None:
            if pending.timer is not None:
                pending.timer.stop()
                pending.timer.deleteLater()
            if pending.ticker is not None:
                pending.ticker.stop()
            if pending.busy is not None:
                pending.busy.reset()
                pending.busy.hide()
                pending.busy.deleteLater()
        return pending

    @Slot(int, object, object)
    def _on_finished(self, job_id: int, result: object, changes: Changes) -> None:
        pending = self._close(job_id)
        if pending is not None and pending.on_done is not None and _alive(pending):
            pending.on_done(result)
        if changes:
            self.changed.emit(changes)

    @Slot(int, object, object)
    def _on_failed(self, job_id: int, problem: object, changes: Changes) -> None:
        pending = self._close(job_id)
        error = problem if isinstance(problem, DsrError) else DsrError(str(problem))
        if pending is not None:
            if pending.on_error is None:
                self.error.emit(str(error))
            elif _alive(pending):
                pending.on_error(error)
        if changes:
            self.changed.emit(changes)

    def call(self, fn: Callable[..., Any], *args: Any, timeout_ms: int = 30000) -> Any:
        """Run on the worker and wait (processing events): for start-up and tests only."""
        box: dict[str, Any] = {}
        done = threading.Event()

        def finish(result: Any) -> None:
            box["result"] = result
            done.set()

        def fail(error: DsrError) -> None:
            box["error"] = error
            done.set()

        self.run(fn, *args, receiver=self, on_done=finish, on_error=fail)
        answered = self.wait_until(done.is_set, timeout_ms)
        if "error" in box:
            raise box["error"]
        if not answered:
            raise DsrError(
                QCoreApplication.translate("Ops", "The database did not answer in time.")
            )
        return box.get("result")

    @staticmethod
    def wait_until(done: Callable[[], bool], timeout_ms: int) -> bool:
        """Process events until ``done()`` (answers come back as queued signals) or the time
        is up; for start-up and tests only. Returns whether ``done()`` came true."""
        app = QApplication.instance()
        deadline = time.monotonic() + timeout_ms / 1000
        while not done():
            if app is not None:
                app.processEvents()
            if done():
                break
            if time.monotonic() > deadline:
                return False
            time.sleep(0.001)
        return True

    def shutdown(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)


def _alive(pending: _Pending) -> bool:
    """A view closed while its query ran must not receive the answer (its C++ side is gone)."""
    return all(isValid(receiver) for receiver in pending.receivers)


class Latest:
    """Only the answer of the latest run reaches the view: ``run()`` drops the answers of the
    earlier runs still under way (a search typed on, a file reloaded twice), ``follow()``
    runs a follow-up of the latest run (its next page), dropped with it, and ``drop()`` drops
    whatever is under way (the view was cleared). Answers go to ``receiver`` as ``Ops.run``
    sends them; an error of a dropped run is not shown either."""

    def __init__(self, ops: Ops, receiver: QObject) -> None:
        self._ops, self._receiver = ops, receiver
        self._run = 0

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[DsrError], None] | None = None,
        **options: Any,
    ) -> int:
        self._run += 1
        return self.follow(fn, *args, on_done=on_done, on_error=on_error, **options)

    def follow(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[DsrError], None] | None = None,
        **options: Any,
    ) -> int:
        run = self._run

        def done(result: Any) -> None:
            if run == self._run and on_done is not None:
                on_done(result)

        def failed(error: DsrError) -> None:
            if run != self._run:
                return
            if on_error is not None:
                on_error(error)
            else:
                self._ops.error.emit(str(error))

        return self._ops.run(
            fn, *args, receiver=self._receiver, on_done=done, on_error=failed, **options
        )

    def drop(self) -> None:
        self._run += 1
