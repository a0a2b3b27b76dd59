"""A restore running after the lock: on a helper thread (``ui.dialogs.vault_jobs``), with a
progress dialog whose Cancel stops it while the backup is being checked and unpacked (nothing
is then changed); it hands the restored vault, opened, back to the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from dsr_desk import APP_NAME
from dsr_desk.domain.errors import Cancelled, DsrError
from dsr_desk.services.backup import RestoreOutcome, restore_backup
from dsr_desk.storage.vault import Unlock, Vault, open_vault
from dsr_desk.ui.dialogs.vault_jobs import run_vault_job
from dsr_desk.ui.ops import PROGRESS_TICK_MS, CancelToken
from dsr_desk.ui.session import AppSession


class RestoreJob(QObject):
    restored = Signal(object, str)  # the opened Vault, a summary for the message bar
    failed = Signal(str)  # why; the vault in place was not changed

    def __init__(
        self, session: AppSession, backup: Path, unlock: Unlock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._backup = backup
        self._unlock = unlock
        self._cancel = CancelToken()
        self._outcome: RestoreOutcome | None = None
        self.progress = QProgressDialog(self.tr("Restoring the backup…"), self.tr("Cancel"), 0, 0)
        self.progress.setObjectName("restoreProgress")
        self.progress.setWindowTitle(APP_NAME)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.disconnect()  # stays up, saying so, until the work stopped
        self.progress.canceled.connect(self._cancel_clicked)
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._tick)

    def start(self) -> None:
        self.progress.show()
        self._ticker.start(PROGRESS_TICK_MS)
        run_vault_job(self._work, self._done, self._error)

    def _work(self) -> Vault:
        """On the helper thread: restore, then open the restored vault."""
        session = self._session
        self._outcome = restore_backup(
            session.data_dir,
            self._backup,
            self._unlock,
            session.clock,
            session.user,
            progress=self._cancel,
        )
        return open_vault(session.data_dir, session.clock, self._unlock)

    def _tick(self) -> None:
        progress = self._cancel.progress
        if progress is not None and progress[1] > 0:
            done, total = progress
            if self.progress.maximum() != total:
                self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _cancel_clicked(self) -> None:
        self._cancel.cancel()
        self.progress.setLabelText(self.tr("Cancelling… nothing will be changed."))

    def _finish(self) -> None:
        self._ticker.stop()
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()

    def _done(self, vault: Vault) -> None:
        self._finish()
        outcome = self._outcome
        assert outcome is not None
        day = outcome.backup.created_on
        summary = self.tr("Restored the backup of {day}.").format(
            day=f"{day[8:10]}/{day[5:7]}/{day[0:4]}"
        )
        again = outcome.documents_purged_again + outcome.records_anonymised_again
        if again:
            summary += " " + self.tr(
                "Destroyed since the backup, and destroyed again: {documents}, {records}."
            ).format(
                documents=self.tr("1 document purged")
                if outcome.documents_purged_again == 1
                else self.tr("{count} documents purged").format(
                    count=outcome.documents_purged_again
                ),
                records=self.tr("1 record anonymised")
                if outcome.records_anonymised_again == 1
                else self.tr("{count} records anonymised").format(
                    count=outcome.records_anonymised_again
                ),
            )
        self.restored.emit(vault, summary)

    def _error(self, problem: DsrError) -> None:
        self._finish()
        if isinstance(problem, Cancelled):
            self.failed.emit(self.tr("Restore cancelled: nothing was changed."))
        else:
            self.failed.emit(str(problem))
