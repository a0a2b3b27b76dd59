"""Vault work off the GUI thread, for both vault dialogs (unlock and first run).

Creating, opening or recovering a vault derives the key (argon2), which takes a noticeable
moment: ``run_vault_job`` does it on a helper thread so the window does not freeze, and hands
the vault back on the GUI thread with no connection attached.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from dsr_desk.domain.errors import DsrError

log = logging.getLogger(__name__)


class Opened(Protocol):
    """What a job opens: a ``Vault``, or a team database with an account logged in
    (``ui.team_mode.TeamLogin``)."""

    def hand_over(self) -> None: ...
    def close(self) -> None: ...


OpenedT = TypeVar("OpenedT", bound=Opened)


@dataclass
class _Job:
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[DsrError], None]


class _VaultRelay(QObject):
    """Brings vault jobs' results back to the GUI thread. One long-lived instance: a QObject
    per job would be freed by Python inside its own slot, which Qt does not survive."""

    _report = Signal(int, object)  # job id, the opened Vault (or team login) or DsrError

    def __init__(self) -> None:
        super().__init__()
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._report.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self, job: _Job) -> None:
        job_id = next(self._ids)
        self._jobs[job_id] = job
        thread = threading.Thread(
            target=self._run, args=(job_id, job.work), name="dsr-desk-vault", daemon=True
        )
        thread.start()

    def _run(self, job_id: int, work: Callable[[], Opened]) -> None:
        result: Opened | DsrError
        try:
            result = work()
        except DsrError as problem:
            result = problem
        except Exception as problem:  # the log gets the type only (never secrets)
            log.error("vault operation failed: %s", type(problem).__name__)
            result = DsrError(
                QCoreApplication.translate("VaultJobs", "Unexpected error: {name}.").format(
                    name=type(problem).__name__
                )
            )
        else:
            result.hand_over()  # to the app's DB worker
        self._report.emit(job_id, result)

    @Slot(int, object)
    def _deliver(self, job_id: int, result: object) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        if isinstance(result, DsrError):
            with contextlib.suppress(RuntimeError):  # the dialog went away meanwhile
                job.on_error(result)
            return
        assert not isinstance(result, BaseException)
        opened = cast(Opened, result)
        try:
            job.on_done(result)
        except RuntimeError:  # the dialog went away meanwhile: do not leave the vault open
            log.warning("an opened vault had nobody to receive it; closed")
            opened.close()


_relay: _VaultRelay | None = None


def run_vault_job(
    work: Callable[[], OpenedT],
    on_done: Callable[[OpenedT], None],
    on_error: Callable[[DsrError], None],
) -> None:
    """Run ``work`` (create/open/recover a vault) on a helper thread; key derivation takes a
    noticeable moment and must not freeze the window. Call from the GUI thread."""
    global _relay  # noqa: PLW0603 - one relay for the process, made on the GUI thread
    if _relay is None:
        _relay = _VaultRelay()
    _relay.start(_Job(work, on_done, on_error))
