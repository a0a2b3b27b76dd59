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

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from dsr_desk.domain.errors import DsrError
from dsr_desk.storage.vault import Vault

log = logging.getLogger(__name__)


@dataclass
class _Job:
    work: Callable[[], Vault]
    on_done: Callable[[Vault], None]
    on_error: Callable[[DsrError], None]


class _VaultRelay(QObject):
    """Brings vault jobs' results back to the GUI thread. One long-lived instance: a QObject
    per job would be freed by Python inside its own slot, which Qt does not survive."""

    _report = Signal(int, object)  # job id, Vault or DsrError

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

    def _run(self, job_id: int, work: Callable[[], Vault]) -> None:
        result: Vault | DsrError
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
        assert isinstance(result, Vault)
        try:
            job.on_done(result)
        except RuntimeError:  # the dialog went away meanwhile: do not leave the vault open
            log.warning("an opened vault had nobody to receive it; closed")
            result.close()


_relay: _VaultRelay | None = None


def run_vault_job(
    work: Callable[[], Vault],
    on_done: Callable[[Vault], None],
    on_error: Callable[[DsrError], None],
) -> None:
    """Run ``work`` (create/open/recover a vault) on a helper thread; key derivation takes a
    noticeable moment and must not freeze the window. Call from the GUI thread."""
    global _relay  # noqa: PLW0603 - one relay for the process, made on the GUI thread
    if _relay is None:
        _relay = _VaultRelay()
    _relay.start(_Job(work, on_done, on_error))
