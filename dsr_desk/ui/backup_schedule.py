"""Automatic backups while the app runs: into the backup folder of the settings when the newest
backup of the vault there is a day old, checked once the first screen is loaded and quiet after
each unlock, then hourly (``services.backup_schedule``).

The backup runs on the DB worker without a dialog (the GUI stays free). A folder that is
missing or not writable (a USB disk unplugged) gives one line in the message bar; the hourly
checks that fail for the same reason say nothing more until a backup works again.
"""

from __future__ import annotations

from functools import partial
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from dsr_desk.domain.errors import Cancelled, DsrError
from dsr_desk.services.backup_schedule import FolderBackup, scheduled_backup
from dsr_desk.ui.backup_actions import backup_written_text, rotation_text
from dsr_desk.ui.message_bar import MessageBar
from dsr_desk.ui.ops import CancelToken, Ops
from dsr_desk.ui.session import AppSession

CHECK_EVERY_MS: Final = 60 * 60 * 1000


def scheduled_backup_job(
    session: AppSession, when_due: bool, cancel: CancelToken | None = None
) -> FolderBackup | None:
    """Runs on the DB worker: the backup into the folder, if due (or now: ``when_due``
    false), then the rotation."""
    if session.vault is None:
        return None
    return scheduled_backup(session.vault, session.uow(), when_due=when_due, progress=cancel)


class BackupScheduler(QObject):
    """Checks whether a backup is due, and makes it, for one main window."""

    backed_up = Signal(object)  # FolderBackup

    def __init__(
        self,
        session: AppSession,
        ops: Ops,
        message_bar: MessageBar,
        parent: QObject | None = None,
        *,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._session, self._ops, self._message_bar = session, ops, message_bar
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)
        self._running = False
        self._reported: str | None = None  # the failure already in the message bar

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Check now, then every hour (after each unlock)."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        """On lock: no backup is started behind the lock."""
        self._timer.stop()

    def check(self) -> None:
        """Back up if the newest backup in the folder is a day old (on the DB worker)."""
        if self._running or not self._session.is_unlocked:
            return
        self._running = True
        self._ops.run(
            partial(scheduled_backup_job, self._session, True),
            on_done=self._done,
            on_error=self._failed,
        )

    def back_up_now(self, parent: QWidget | None = None) -> None:
        """Into the backup folder now, whatever the last one (with progress and cancel)."""
        if self._running or not self._session.is_unlocked:
            return
        self._running = True
        self._reported = None  # asked for: a failure is said again
        self._ops.run(
            partial(scheduled_backup_job, self._session, False),
            on_done=self._asked_done,
            on_error=self._asked_failed,
            busy_text=self.tr("Backing up the vault…"),
            parent=parent,
            cancel=CancelToken(),
        )

    def _done(self, done: FolderBackup | None) -> None:
        self._running = False
        if done is None:
            return
        self._reported = None
        text = self.tr("Automatic backup written: {path}.").format(path=done.info.path)
        if done.removed:
            text += " " + rotation_text(len(done.removed))
        self._message_bar.show_info(text)
        self.backed_up.emit(done)

    def _asked_done(self, done: FolderBackup | None) -> None:
        self._running = False
        if done is None:
            return
        self._reported = None
        self._message_bar.show_info(backup_written_text(done))
        self.backed_up.emit(done)

    def _asked_failed(self, error: DsrError) -> None:
        self._running = False
        if isinstance(error, Cancelled):
            self._message_bar.show_info(self.tr("Backup cancelled: no file was written."))
        else:
            self._message_bar.show_error(str(error))

    def _failed(self, error: DsrError) -> None:
        self._running = False
        text = str(error)
        if text == self._reported:
            return  # said once already: no message each hour
        self._reported = text
        self._message_bar.show_error(self.tr("Automatic backup: {problem}").format(problem=text))
