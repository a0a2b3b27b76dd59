"""Start-up and the lock cycle: first-run wizard or unlock, main window, idle auto-lock.

In team mode (``--db URL``, ``DSR_DESK_DB_URL``, or the server the first-run wizard remembered
for the data folder: ``ui.team_mode``) the login dialog stands where the unlock dialog stands,
the session runs on the team database with the account's role, and a ``ColleaguesFeed``
brings colleagues' changes to the open views until the next lock.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

import contextlib
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from dsr_desk import APP_NAME, __version__
from dsr_desk.bootstrap import start_up
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import DsrError, VaultRefused
from dsr_desk.storage.vault import Unlock, Vault, check_database_file, vault_exists
from dsr_desk.ui.dialog_lifetime import retire_dialog
from dsr_desk.ui.error_reporting import install_error_reporting
from dsr_desk.ui.first_reads import FirstReads
from dsr_desk.ui.gc_guard import GuiThreadGarbageCollector
from dsr_desk.ui.idle import IdleWatcher
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.silent_unlock import open_without_prompt
from dsr_desk.ui.style import apply_style, create_application, set_window_icon
from dsr_desk.ui.translation import apply_language, remember_language, restart_notice

if TYPE_CHECKING:
    from dsr_desk.domain.roles import UserRole
    from dsr_desk.services.read.settings import AppSettings
    from dsr_desk.ui.colleagues import ColleaguesFeed
    from dsr_desk.ui.main_window import MainWindow
    from dsr_desk.ui.restore_job import RestoreJob
    from dsr_desk.ui.team_mode import TeamChoice, TeamLogin

# The main window's modules are imported after the unlock; the unlock dialog, the first-run
# wizard, the new-request dialog and the purge when used: the first screen needs none of them
# (nor SQLAlchemy, which some of them load).


def close_open_dialogs() -> None:
    """On lock, every open dialog goes (a half-typed request, a letter preview...): nothing
    with personal data may stay on screen or in memory behind the lock."""
    from dsr_desk.ui.discard_guard import discarding_without_asking  # not on the first screen

    with discarding_without_asking():  # typed content included: nobody is asked
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()


WARM_UP_QUIET_MS = 1000  # the ORM is loaded after this long without user input
WATCH_INPUT_AFTER_MS = 300  # the idle watch's input filter, once the first frame is up
IDLE_WAIT_POLL_MS = 1000  # idle during a job the user waits on: checked again this often


class AppController(QObject):
    """Owns the session, the DB worker, the main window and the idle watcher."""

    first_screen_shown = Signal()  # after each unlock, once the first screen holds its data
    fully_loaded = Signal()  # then, once the dashboard's charts and the register are in too
    window_closed = Signal()  # the user closed the main window: the app ends (``run``)

    def __init__(
        self, data_dir: Path, clock: Clock, user: str, team_url: str | None = None
    ) -> None:
        super().__init__()
        self.session = AppSession(data_dir, clock, user)
        # The team server: ``--db`` for this run, else the one remembered for this data folder.
        self.team_url = team_url
        self.team_account = ""  # the account last logged in (the login dialog offers it)
        if team_url is None:
            from dsr_desk.ui.team_mode import remembered_team

            remembered = remembered_team(data_dir)
            if remembered is not None:
                self.team_url, self.team_account = remembered.url, remembered.account
        self.ops = Ops(self)
        self.window: MainWindow | None = None
        self._window_role: UserRole | None = None  # the role the window was built for
        self._window_team = False  # and whether for a team server (no backups there)
        self.colleagues: ColleaguesFeed | None = None
        self.idle = IdleWatcher(clock, parent=self)
        self.idle.idle.connect(self._lock_when_idle)
        # idle while a job the user waits on runs: the lock waits for its end (polled)
        self._idle_wait = QTimer(self, singleShot=True, interval=IDLE_WAIT_POLL_MS)
        self._idle_wait.timeout.connect(self._lock_when_idle)
        self._waited = False  # the idle lock was held back by such a job
        self._auto_purge_done = False  # the "purge at start" setting runs once per start
        self._warm_up_timer = QTimer(self, singleShot=True)
        self._warm_up_timer.timeout.connect(self._warm_up_when_quiet)
        self._restore_job: RestoreJob | None = None

    # -- start and unlock -------------------------------------------------------------------

    def start(self) -> bool:
        """Show the wizard, log in or unlock; returns False if the user gave up."""
        if self.team_url is None and not vault_exists(self.session.data_dir):
            from dsr_desk.ui.dialogs.first_run_wizard import FirstRunWizard

            wizard = FirstRunWizard(self.session.data_dir, self.session.clock, self.session.user)
            accepted = wizard.exec() == QDialog.DialogCode.Accepted
            if accepted and wizard.team_login is not None:
                self.team_url = wizard.team_login.url
                return self.show_logged_in(wizard.team_login)
            if not accepted or wizard.vault is None:
                return False
            return self.show_unlocked(wizard.vault)
        return self.unlock()

    def unlock(self) -> bool:
        """Team mode: the login dialog. Else open with the keyring's key without a word if
        possible, else ask (the dialog's module is imported only then). A refused vault
        (database missing, empty, damaged or not matching the audit anchor) gets a dialog
        naming the recovery options instead."""
        if self.team_url is not None:
            return self.log_in()
        try:
            check_database_file(self.session.data_dir)  # before asking for any passphrase
            vault, problem = open_without_prompt(self.session.data_dir, self.session.clock)
        except VaultRefused as refused:
            self.show_refused(refused)
            return False
        if vault is None:
            from dsr_desk.ui.dialogs.unlock_dialog import UnlockDialog

            dialog = UnlockDialog(self.session.data_dir, self.session.clock)
            if problem is not None:
                dialog.show_error(problem)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
                if dialog.refused is not None:
                    self.show_refused(dialog.refused)
                return False
            vault = dialog.vault
        return self.show_unlocked(vault)

    def log_in(self) -> bool:
        """Team mode: the login dialog (again after each lock); False if the user gave up."""
        from dsr_desk.ui.dialogs.login_dialog import LoginDialog

        assert self.team_url is not None
        dialog = LoginDialog(
            self.session.data_dir,
            self.session.clock,
            self.team_url,
            self.team_account,
            after_lock=self.window is not None,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.login is None:
            return False
        return self.show_logged_in(dialog.login)

    def show_logged_in(self, login: TeamLogin) -> bool:
        """The main window on the team database, as the account logged in (its role), and
        colleagues' changes listened to."""
        from dsr_desk.ui.colleagues import ColleaguesFeed

        self.team_account = login.account.name
        self.session.attach_team(login.team, login.account)
        from dsr_desk.storage.change_feed import change_source

        self.colleagues = ColleaguesFeed(self.ops, change_source(login.team.engine), self)
        return self.show_unlocked(None)

    def _stop_colleagues(self) -> None:
        feed, self.colleagues = self.colleagues, None
        if feed is not None:
            feed.stop()
            feed.deleteLater()

    def show_refused(self, refused: VaultRefused) -> None:
        from dsr_desk.ui.dialogs.vault_refused_dialog import show_vault_refused

        show_vault_refused(refused, self.session.data_dir)

    def show_unlocked(self, vault: Vault | None) -> bool:
        """The main window on the unlocked vault (None: the team database the session was
        attached to): settings, first reads, idle watch."""
        if vault is not None:
            self.session.attach(vault)
        reads = FirstReads(self.ops, self.session)  # settings and the first screen's data
        if self.window is not None and (
            self._window_role is not self.session.role or self._window_team != self.session.is_team
        ):
            self._retire_window()  # another account, or place: what its role and place show
        if self.window is None:
            from dsr_desk.ui.main_window import MainWindow

            self.window = MainWindow(self.session, self.ops)
            self._window_role = self.session.role
            self._window_team = self.session.is_team
            self.window.closed.connect(self.window_closed)
            self.window.lock_requested.connect(self.lock)
            self.window.new_request_requested.connect(self.new_request)
            self.window.preferences_saved.connect(self._preferences_saved)
            self.window.first_screen_shown.connect(self._first_screen_shown)
            self.window.fully_loaded.connect(self.fully_loaded)
            self.window.restore_requested.connect(self.restore)
            self.window.register_moved.connect(self.switch_register)
        settings = reads.settings  # waits for the reads, if they are not in yet
        self.session.use_display_name(settings.display_name)
        self.idle.set_minutes(settings.idle_lock_minutes)
        self.window.start(reads)
        self.window.show()
        self.idle.start(input_after_ms=WATCH_INPUT_AFTER_MS)
        self._check_language(settings.language)
        if settings.auto_purge_at_start and not self._auto_purge_done:
            self._auto_purge_done = True
            self.auto_purge()
        return True

    def _preferences_saved(self, saved: AppSettings) -> None:
        self.session.use_display_name(saved.display_name)
        if self.window is not None:
            self.window.show_user()
        self.idle.set_minutes(saved.idle_lock_minutes)
        if self.window is not None and self.window.backup_scheduler.active:
            self.window.backup_scheduler.check()  # a folder just chosen: backed up at once
        self._check_language(saved.language)

    def _check_language(self, preference: str) -> None:
        """The vault's language preference, kept for the next start (the unlock dialog comes
        before the vault is read); if it asks for another language than the one running, the
        message bar says that a restart applies it."""
        if remember_language(preference) and self.window is not None:
            self.window.message_bar.show_info(restart_notice())

    def _first_screen_shown(self) -> None:
        self.first_screen_shown.emit()
        self._warm_up_timer.start(WARM_UP_QUIET_MS)

    def _warm_up_when_quiet(self) -> None:
        """Load what opening a request file and writing need (SQLAlchemy and the mappings: a
        few tenths of a second) on the DB worker, at a moment when the user is not clicking
        or typing: meanwhile the GUI thread shares the interpreter with that import, so a
        page drawn then would be slow. An action that needs it earlier loads it itself."""
        if not self.session.is_unlocked:
            return
        quiet = self.idle.quiet_ms()
        if quiet < WARM_UP_QUIET_MS:
            self._warm_up_timer.start(WARM_UP_QUIET_MS - quiet)
            return
        self.ops.run(self.session.warm_up)
        if self.window is not None and not self.session.is_team:  # a server's are the DBA's
            self.window.backup_scheduler.start()  # a backup if due, then hourly checks

    def auto_purge(self) -> None:
        """Crypto-shred the ID copies due today; the count goes to the message bar."""
        from dsr_desk.ui.views.documents_view import purge_now, purge_result_text

        window = self.window
        if window is None:
            return
        self.ops.run(
            partial(purge_now, self.session),
            receiver=window.message_bar,
            on_done=lambda items: window.message_bar.show_info(
                purge_result_text(items, automatic=True)
            ),
            on_error=lambda error: window.message_bar.show_error(
                QCoreApplication.translate("App", "Automatic purge failed: {error}").format(
                    error=error
                )
            ),
        )

    # -- lock -------------------------------------------------------------------------------

    def _lock_when_idle(self) -> None:
        """The idle minutes are up: lock, unless a job the user waits on runs (a copy to a team
        server is one transaction that ends with a recovery key shown once; a bundle being
        written). Then the lock waits, and once the job has ended the idle minutes count again
        from its end, so that its result is seen before the lock takes it away."""
        if not self.session.is_unlocked:
            return
        if self.ops.waited_on:
            self._waited = True
            self._idle_wait.start()
            return
        if self._waited:
            self._waited = False
            self.idle.touch()
            return
        self.lock()

    def lock(self) -> None:
        """Hide all personal data, close the database, then ask to unlock again."""
        if not self.session.is_unlocked:
            return
        self._close_session()
        if not self.unlock():
            QApplication.quit()

    def _close_session(self) -> None:
        self.idle.stop()
        self._idle_wait.stop()
        self._waited = False
        self._warm_up_timer.stop()
        self._stop_colleagues()
        close_open_dialogs()
        if self.window is not None:
            self.window.stop_background_work()
            self.window.clear_personal_data()
            self.window.hide()
        self.ops.call(self.session.lock)  # connections belong to the worker thread

    def switch_register(self, choice: TeamChoice | None) -> None:
        """Settings moved the register to the team server ``choice`` (already remembered for
        the data folder), or back to this workstation (None: the server forgotten): from now
        on the app opens there; once the dialog that asked has closed, it locks, then logs in
        there, or opens the folder's vault (the first-run wizard if it has none)."""
        self.team_url = choice.url if choice is not None else None
        self.team_account = choice.account if choice is not None else ""
        QTimer.singleShot(0, self, self._reopen_elsewhere)

    def _reopen_elsewhere(self) -> None:
        if not self.session.is_unlocked:
            return  # a lock came first: its unlock already asked there
        self._close_session()
        if not self.start():
            QApplication.quit()

    def _retire_window(self) -> None:
        """Drop the main window (built for another role): the next one shows what the role
        of the account now logged in allows."""
        window, self.window = self.window, None
        if window is not None:
            window.closed.disconnect(self.window_closed)
            window.stop_background_work()
            window.hide()
            window.deleteLater()

    # -- restore ----------------------------------------------------------------------------

    def restore(self, backup: Path, unlock: Unlock) -> None:
        """Replace the vault with ``backup``: lock first (nothing of the replaced vault stays
        on screen or open), restore on a helper thread with progress and cancel, then open the
        restored vault; if it failed, say why and unlock the vault as it was (untouched)."""
        from dsr_desk.ui.restore_job import RestoreJob

        if not self.session.is_unlocked or self.window is None:
            return
        self.idle.stop()
        self._warm_up_timer.stop()
        close_open_dialogs()
        self.window.stop_background_work()
        self.window.clear_personal_data()
        self.window.hide()
        self.ops.call(self.session.lock)  # connections belong to the worker thread
        self._restore_job = RestoreJob(self.session, backup, unlock, parent=self)
        self._restore_job.restored.connect(self._restored)
        self._restore_job.failed.connect(self._restore_failed)
        self._restore_job.start()

    def _restored(self, vault: Vault, summary: str) -> None:
        self._restore_job = None
        self.show_unlocked(vault)
        if self.window is not None:
            self.window.message_bar.show_info(summary)

    def _restore_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._restore_job = None
        QMessageBox.warning(None, APP_NAME, message)
        if not self.unlock():
            QApplication.quit()

    def new_request(self) -> None:
        from dsr_desk.ui.dialogs.new_request_dialog import NewRequestDialog

        if self.window is None:
            return
        dialog = NewRequestDialog(self.session, self.ops, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reference = dialog.created_reference
        retire_dialog(dialog)  # not left to Python's garbage collector (nor kept by the window)
        if accepted and reference:
            self.window.open_request(reference)

    def shutdown(self) -> None:
        self.idle.stop()
        self._stop_colleagues()
        if self.window is not None:
            self.window.stop_background_work()
        if self.session.is_unlocked:
            with contextlib.suppress(DsrError):
                self.ops.call(self.session.lock)
        self.ops.shutdown()


def prepare_application(app: QApplication) -> GuiThreadGarbageCollector:
    """Names (QSettings files), the look, and garbage collection on the GUI thread only: keep
    the collector returned as long as the application runs."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("DSR Desk")
    app.setApplicationVersion(__version__)
    apply_language(app)  # before the first window: the unlock dialog speaks it too
    apply_style(app)
    set_window_icon(app)
    return GuiThreadGarbageCollector(app)


def run(data_dir: str | None = None, db_url: str | None = None) -> int:
    """The desktop app: the same data dir, clock (``DSR_DESK_TODAY``) and user as the CLI's;
    on the team database ``db_url`` (``--db``, ``DSR_DESK_DB_URL``) if given."""
    start = start_up(data_dir)  # before any window: a bad DSR_DESK_TODAY is one line
    app = QApplication.instance() or create_application(sys.argv)
    assert isinstance(app, QApplication)
    collector = prepare_application(app)  # noqa: F841 - lives as long as the app
    reporting = install_error_reporting(start.data_dir)  # uncaught errors: dialog and log
    controller = AppController(start.data_dir, start.clock, start.user, db_url or None)
    # Behind a lock the main window is hidden and the unlock dialog is the last window shown:
    # Qt's "quit on last window closed" would end the app when it closes after a successful
    # unlock. The app ends when the main window is closed, or when unlocking is given up.
    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        if not controller.start():
            controller.shutdown()
            return 0
        assert controller.window is not None
        controller.window_closed.connect(app.quit)
        app.aboutToQuit.connect(controller.shutdown)
        return app.exec()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_last)
        reporting.uninstall()
