"""File → Back up now… and File → Restore…: the main window holds one ``BackupActions``.

Backing up runs on the DB worker (the vault stays open and usable; the copy is a snapshot),
with progress and cancel. Restoring only asks here — which file, the summary of its manifest,
the key — then hands over to the app (``restore_requested``), which locks the vault before
anything is replaced.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from dsr_desk.domain.errors import Cancelled, DsrError
from dsr_desk.services.backup import backup_summary
from dsr_desk.services.backup_schedule import FolderBackup, back_up_to
from dsr_desk.storage.backup import BACKUP_SUFFIX
from dsr_desk.ui.dialog_lifetime import retire_dialog
from dsr_desk.ui.message_bar import MessageBar
from dsr_desk.ui.ops import CancelToken, Ops
from dsr_desk.ui.session import AppSession


def back_up_job(
    session: AppSession, target: Path, cancel: CancelToken | None = None
) -> FolderBackup:
    """Runs on the DB worker: write the backup (``cancel``: the progress dialog's token); in
    the backup folder of the settings, the rotation follows."""
    assert session.vault is not None
    return back_up_to(session.vault, session.uow(), target, progress=cancel)


def rotation_text(count: int) -> str:
    """What the rotation deleted."""
    if count == 1:
        return QCoreApplication.translate(
            "BackupActions", "1 older backup of this vault deleted (rotation)."
        )
    return QCoreApplication.translate(
        "BackupActions", "{count} older backups of this vault deleted (rotation)."
    ).format(count=count)


def backup_written_text(done: FolderBackup) -> str:
    """The message bar's line once a backup is written (and rotated)."""
    info = done.info
    opens_with = (
        QCoreApplication.translate("BackupActions", "its recovery key or its passphrase")
        if info.key_mode == "passphrase"
        else QCoreApplication.translate("BackupActions", "its recovery key")
    )
    text = QCoreApplication.translate(
        "BackupActions",
        "Backup written: {path}. Keep it away from this computer; it opens with {opens_with}.",
    ).format(path=info.path, opens_with=opens_with)
    if done.removed:
        text += " " + rotation_text(len(done.removed))
    return text


def default_backup_name(today: date) -> str:
    return f"dsr-desk-{today.isoformat()}{BACKUP_SUFFIX}"


class BackupActions(QObject):
    """What the File menu's backup entries do, for one main window."""

    restore_requested = Signal(object, object)  # the backup's Path, the Unlock to open it

    def __init__(
        self, window: QWidget, session: AppSession, ops: Ops, message_bar: MessageBar
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._ops = ops
        self._message_bar = message_bar

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def back_up_now(self) -> None:
        """Ask where, then write the backup with progress and cancel."""
        name = default_backup_name(self._session.clock.today())
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Back up the vault"),
            str(Path(self._folder()) / name),
            self.tr("DSR Desk backups (*{suffix})").format(suffix=BACKUP_SUFFIX),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != BACKUP_SUFFIX:
            target = target.with_name(target.name + BACKUP_SUFFIX)
        self.write_backup(target)

    def write_backup(self, target: Path) -> None:
        self._ops.run(
            partial(back_up_job, self._session, target),
            receiver=self,
            on_done=self._backed_up,
            on_error=self._backup_failed,
            busy_text=self.tr("Backing up the vault…"),
            parent=self._window,
            cancel=CancelToken(),
        )

    def _backed_up(self, done: FolderBackup) -> None:
        self._message_bar.show_info(backup_written_text(done))

    def _backup_failed(self, error: DsrError) -> None:
        if isinstance(error, Cancelled):
            self._message_bar.show_info(self.tr("Backup cancelled: no file was written."))
        else:
            self._message_bar.show_error(str(error))

    def choose_restore(self) -> None:
        """Ask which backup, show what it is and what is lost, take its key; then ask the app
        to restore it."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Restore a backup"),
            self._folder(),
            self.tr("DSR Desk backups (*{suffix})").format(suffix=BACKUP_SUFFIX),
        )
        if chosen:
            self.confirm_restore(Path(chosen))

    def confirm_restore(self, path: Path) -> None:
        from dsr_desk.ui.dialogs.restore_dialog import RestoreDialog

        try:
            info = backup_summary(path)
        except DsrError as problem:
            self._message_bar.show_error(str(problem))
            return
        dialog = RestoreDialog(info, self._session.data_dir, self._window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        unlock = dialog.unlock
        retire_dialog(dialog)
        if accepted and unlock is not None:
            self.restore_requested.emit(path, unlock)
