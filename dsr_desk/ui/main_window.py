"""The main window: navigation on the left, pages on the right, a message bar on top.
Request files open as tabs beside the register.

After an unlock the dashboard's figures are drawn first (``first_screen_shown``); once that
frame is painted the dashboard adds its charts and the register is made and reads its first
page (``fully_loaded``). Every other page is made the first time it is shown.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dsr_desk import APP_NAME
from dsr_desk.domain.roles import Action
from dsr_desk.ui.enum_properties import set_enum_property
from dsr_desk.ui.first_reads import FirstReads
from dsr_desk.ui.message_bar import MessageBar
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.style import NAV_FONT_PX, NAV_ITEM_SIDES
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.views.dashboard_view import DashboardView

if TYPE_CHECKING:  # the other pages are built (and imported) when first needed: fast start
    from PySide6.QtWidgets import QDialog, QTabWidget

    from dsr_desk.ui.backup_actions import BackupActions
    from dsr_desk.ui.backup_schedule import BackupScheduler
    from dsr_desk.ui.views.audit_view import AuditView
    from dsr_desk.ui.views.documents_view import DocumentsView
    from dsr_desk.ui.views.register_view import RegisterView
    from dsr_desk.ui.views.request_view import RequestFileView
    from dsr_desk.ui.views.requesters_view import RequestersView
    from dsr_desk.ui.views.settings_view import SettingsView


class Page(Protocol):
    def reload(self) -> None: ...
    def clear(self) -> None: ...


PAGES = (
    QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    QT_TRANSLATE_NOOP("MainWindow", "Requests"),
    QT_TRANSLATE_NOOP("MainWindow", "Requesters"),
    QT_TRANSLATE_NOOP("MainWindow", "Documents & retention"),
    QT_TRANSLATE_NOOP("MainWindow", "Audit log"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
)
DASHBOARD, REQUESTS, REQUESTERS, DOCUMENTS, AUDIT, SETTINGS = range(len(PAGES))
NAV_MIN_WIDTH = 180
NAV_SLACK = 12  # the border and rounding of the text's advance
TAB_NAME_PX = 150  # a request file's tab shows this much of the requester's name


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closed = Signal()  # the user closed the window: the app ends (``ui.app.run``)
    new_request_requested = Signal()
    preferences_saved = Signal(object)  # AppSettings, from the Settings page
    first_screen_shown = Signal()  # after start(): the dashboard's figures are in
    fully_loaded = Signal()  # then: its charts are drawn and the register holds its first page
    restore_requested = Signal(object, object)  # File → Restore…: the backup's Path, its Unlock
    # Settings (or File, in team mode): the register moved to a team server (its TeamChoice)
    # or back to this workstation (None): the app locks and opens it there.
    register_moved = Signal(object)

    def __init__(self, session: AppSession, ops: Ops) -> None:
        super().__init__()
        self.session, self.ops = session, ops
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        # The frame and its layouts first, each widget then made inside its parent: moving a
        # built widget into the window re-resolves fonts, palettes and styles over its tree.
        central = QWidget()
        self.setCentralWidget(central)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 8, 0)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)

        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_property(self.nav, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.nav.addItems([self.tr(page) for page in PAGES])
        self.nav.setFixedWidth(self._navigation_width())
        self.nav.item(SETTINGS).setHidden(not self.can(Action.CHANGE_SETTINGS))
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.message_bar = MessageBar(central)
        self.pages = QStackedWidget(central)
        right.addWidget(self.message_bar)
        right.addWidget(self.pages, 1)

        self.dashboard = DashboardView(session, ops, self.pages)
        # The Requests page (the register's tab, then the request files) is made with the
        # register: after the first screen, or when needed.
        self._request_tabs: QTabWidget | None = None
        self._register: RegisterView | None = None
        self._built: dict[int, QWidget] = {}
        self._starting = False  # from start() until fully_loaded
        self._backup_actions: BackupActions | None = None
        self._backup_scheduler: BackupScheduler | None = None
        self._help_dialogs: dict[str, QDialog] = {}

        self.pages.addWidget(self.dashboard)
        for _index in range(REQUESTS, len(PAGES)):
            self.pages.addWidget(QWidget(self.pages))  # a placeholder until first shown

        self.nav.currentRowChanged.connect(self._show_page)
        self.dashboard.open_request.connect(self.open_request)
        self.dashboard.show_requests.connect(self.show_register_filter)
        self.dashboard.figures_shown.connect(self._dashboard_figures_shown)
        self.dashboard.loaded.connect(self._dashboard_loaded)
        self.dashboard.back_up_requested.connect(self._back_up_from_dashboard)
        self.dashboard.backup_folder_wanted.connect(self.show_backup_settings)
        ops.error.connect(self.message_bar.show_error)
        self._add_actions()
        self.show_user()
        self._restore_geometry()

    def can(self, action: Action) -> bool:
        """Whether the acting user's role allows ``action`` (what the window shows)."""
        return self.session.can(action)

    # -- actions and shortcuts --------------------------------------------------------------

    def _navigation_width(self) -> int:
        """Wide enough for the longest page name in the UI's language ("Documents et
        conservation") at the navigation's font (``style.STYLESHEET``), and no wider."""
        font = self.nav.font()
        font.setPixelSize(NAV_FONT_PX)
        metrics = QFontMetrics(font)
        texts = [self.nav.item(row).text() for row in range(self.nav.count())]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        return max(widest + NAV_ITEM_SIDES + NAV_SLACK, NAV_MIN_WIDTH)

    def _add_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence.StandardKey | str, slot: object) -> QAction:
            # QAction(text, parent) would load QIcon's classes to choose. ``setShortcuts``: a
            # standard key brings all of the platform's bindings (F5 and the Refresh key), and
            # ``setShortcut``'s overloads would build PySide's Qt namespace (see
            # ui.enum_properties). The context is a QAction's default, the window.
            act = QAction(self)
            act.setText(text)
            if isinstance(shortcut, str):
                act.setShortcuts([QKeySequence(shortcut)])
            else:
                act.setShortcuts(shortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("New request"), QKeySequence.StandardKey.New, self.new_request_requested.emit
        )
        self.find_action = action(self.tr("Find"), QKeySequence.StandardKey.Find, self.focus_search)
        self.lock_action = action(self.tr("Lock"), "Ctrl+L", self.lock_requested.emit)
        self.refresh_action = action(
            self.tr("Refresh"), QKeySequence.StandardKey.Refresh, self.refresh
        )
        self.print_action = action(
            self.tr("Print"), QKeySequence.StandardKey.Print, self.print_current
        )
        self.close_tab_action = action(
            self.tr("Close the request file"), "Ctrl+W", self.close_current_request
        )
        self.quit_action = action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        if not self.quit_action.shortcuts():  # Windows has no standard Quit key
            self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.guide_action = action(
            self.tr("User guide"), QKeySequence.StandardKey.HelpContents, self.show_guide
        )
        # Ctrl+1… shows each page the navigation lists (listed in Help → Keyboard shortcuts).
        self.page_actions = [
            action(
                self.tr("Go to {page}").format(page=self.tr(page).replace("&", "&&")),
                f"Ctrl+{index + 1}",
                lambda _checked=False, index=index: self.go_to_page(index),
            )
            for index, page in enumerate(PAGES)
            if not self.nav.item(index).isHidden()
        ]
        menu = self.menuBar().addMenu(self.tr("&File"))
        for act in (
            self.new_action,
            self.find_action,
            self.refresh_action,
            self.print_action,
            self.close_tab_action,
        ):
            menu.addAction(act)
        menu.addSeparator()
        self.export_register_action = menu.addAction(self.tr("Export the register…"))
        self.export_register_action.setObjectName("exportRegister")
        self.export_register_action.triggered.connect(self.export_register)
        self.export_calendar_action = menu.addAction(self.tr("Export the deadline calendar…"))
        self.export_calendar_action.setObjectName("exportCalendar")
        self.export_calendar_action.triggered.connect(self.export_calendar)
        menu.addSeparator()
        self.backup_action = menu.addAction(self.tr("Back up now…"))
        self.backup_action.setObjectName("backUpNow")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = menu.addAction(self.tr("Restore a backup…"))
        self.restore_action.setObjectName("restoreBackup")
        self.restore_action.triggered.connect(self.choose_restore)
        for backup_act in (self.backup_action, self.restore_action):  # the DBA's, on a server
            backup_act.setVisible(not self.session.is_team)
        menu.addSeparator()
        # any role, in team mode (Settings, which has the same button, is a DPO's)
        self.work_here_action = menu.addAction(self.tr("Work on this workstation instead…"))
        self.work_here_action.setObjectName("workOnWorkstation")
        self.work_here_action.triggered.connect(self.work_on_workstation)
        self.work_here_action.setVisible(self.session.is_team)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = help_menu.addAction(self.tr("Keyboard shortcuts"))
        self.shortcuts_action.setObjectName("keyboardShortcuts")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = help_menu.addAction(self.tr("About DSR Desk"))
        self.about_action.setObjectName("aboutDsrDesk")
        self.about_action.triggered.connect(self.show_about)

    # -- Help menu and exports (their modules imported when first used) ----------------------

    def show_guide(self) -> QDialog:
        from dsr_desk.ui.dialogs.help_dialogs import GuideDialog

        return self._show_dialog("guide", lambda: GuideDialog(self))

    def show_shortcuts(self) -> QDialog:
        from dsr_desk.ui.dialogs.help_dialogs import ShortcutsDialog

        return self._show_dialog("shortcuts", lambda: ShortcutsDialog(self))

    def show_about(self) -> QDialog:
        from dsr_desk.ui.dialogs.help_dialogs import AboutDialog

        return self._show_dialog("about", lambda: AboutDialog(self.session, self))

    def _show_dialog(self, key: str, make: Callable[[], QDialog]) -> QDialog:
        """One dialog of each kind, modeless, raised again when asked again."""
        dialog = self._help_dialogs.get(key)
        if dialog is None:
            dialog = make()
            self._help_dialogs[key] = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    def export_register(self) -> int | None:
        """The register of requests, with the register's current filters (CSV or XLSX)."""
        from dsr_desk.ui.dialogs.register_export import export_register

        return export_register(self, self.session, self.ops, self.register.current_filter())

    def export_calendar(self) -> int | None:
        """The deadlines as an .ics calendar: of the request file shown, else of every open
        request."""
        from dsr_desk.ui.dialogs.calendar_export import export_calendar

        return export_calendar(self, self.session, self.ops, self.current_request_reference())

    def current_request_reference(self) -> str | None:
        """The reference of the request file on screen, if one is."""
        if self.pages.currentIndex() != REQUESTS or self._request_tabs is None:
            return None
        if self._request_tabs.currentIndex() <= 0:
            return None
        reference = getattr(self._request_tabs.currentWidget(), "reference", None)
        return reference if isinstance(reference, str) else None

    def close_current_request(self) -> None:
        """Ctrl+W: close the request file on screen (never the register or another page)."""
        if self.pages.currentIndex() == REQUESTS and self._request_tabs is not None:
            self._close_tab(self._request_tabs.currentIndex())

    def back_up_now(self) -> None:
        self.backup_actions.back_up_now()

    def work_on_workstation(self) -> None:
        """File → "Work on this workstation instead…" (team mode): asked, then the server is
        forgotten for this data folder and the app locks (``register_moved`` with None)."""
        from dsr_desk.ui.dialogs.team_switch_dialog import confirm_work_on_workstation

        if self.session.is_team and confirm_work_on_workstation(self, self.session.data_dir):
            self.register_moved.emit(None)

    def choose_restore(self) -> None:
        self.backup_actions.choose_restore()

    @property
    def backup_actions(self) -> BackupActions:
        """Made on first use: backing up is not part of the first screen's imports."""
        if self._backup_actions is None:
            from dsr_desk.ui.backup_actions import BackupActions

            self._backup_actions = BackupActions(self, self.session, self.ops, self.message_bar)
            self._backup_actions.restore_requested.connect(self.restore_requested)
        return self._backup_actions

    @property
    def backup_scheduler(self) -> BackupScheduler:
        """The automatic backups into the backup folder (``ui.backup_schedule``)."""
        if self._backup_scheduler is None:
            from dsr_desk.ui.backup_schedule import BackupScheduler

            self._backup_scheduler = BackupScheduler(self.session, self.ops, self.message_bar, self)
        return self._backup_scheduler

    def _back_up_from_dashboard(self, into_folder: bool) -> None:
        """The dashboard's warning: into the backup folder if one is set, else ask where."""
        if into_folder:
            self.backup_scheduler.back_up_now(self)
        else:
            self.back_up_now()

    def show_backup_settings(self) -> None:
        """The Settings page's preferences, where the backup folder is chosen."""
        self.show_page(SETTINGS)
        self.settings.show_preferences()

    def focus_search(self) -> None:
        self.show_page(REQUESTS)
        self.request_tabs.setCurrentIndex(0)
        self.register.focus_search()

    def refresh(self) -> None:
        page = self.current_page()
        if page is not None:
            page.reload()

    def print_current(self) -> None:
        on_requests = self.pages.currentIndex() == REQUESTS
        printer = (
            getattr(self.request_tabs.currentWidget(), "print_current", None)
            if on_requests
            else None
        )
        if callable(printer):
            printer()
        else:
            self.message_bar.show_info(self.tr("Open a request file to print its letters."))

    # -- pages ------------------------------------------------------------------------------

    @property
    def register(self) -> RegisterView:
        return self._ensure_register()

    @property
    def request_tabs(self) -> QTabWidget:
        """The Requests page: the register's tab, then one tab per open request file."""
        self._ensure_register()
        assert self._request_tabs is not None
        return self._request_tabs

    def _ensure_register(self) -> RegisterView:
        """The Requests page and its register, made on first use (without a read: whoever
        shows the register reloads it)."""
        if self._register is None:
            from PySide6.QtWidgets import QTabWidget

            from dsr_desk.ui.views.register_view import RegisterView

            tabs = QTabWidget(self.pages)
            tabs.setObjectName("requestTabs")
            tabs.setTabsClosable(True)
            tabs.setDocumentMode(True)
            tabs.tabCloseRequested.connect(self._close_tab)
            register = RegisterView(self.session, self.ops)
            register.open_request.connect(self.open_request)
            register.first_page_shown.connect(self._register_page_shown)
            tabs.insertTab(0, register, self.tr("Register"))
            tab_bar = tabs.tabBar()
            tab_bar.setTabButton(0, tab_bar.ButtonPosition.RightSide, None)  # it stays
            self._request_tabs, self._register = tabs, register
            self._replace_placeholder(REQUESTS, tabs)
        return self._register

    def _page(self, index: int) -> Any:
        """The page at ``index``, built (and its module imported) the first time it is needed."""
        built = self._built.get(index)
        if built is not None:
            return built
        widget: QWidget
        if index == REQUESTERS:
            from dsr_desk.ui.views.requesters_view import RequestersView

            requesters = RequestersView(self.session, self.ops)
            requesters.search_requests.connect(self.show_register_search)
            widget = requesters
        elif index == DOCUMENTS:
            from dsr_desk.ui.views.documents_view import DocumentsView

            documents = DocumentsView(self.session, self.ops)
            documents.open_request.connect(self.open_request)
            widget = documents
        elif index == AUDIT:
            from dsr_desk.ui.views.audit_view import AuditView

            audit = AuditView(self.session, self.ops)
            audit.open_request.connect(self.open_request)
            widget = audit
        elif index == SETTINGS:
            from dsr_desk.ui.views.settings_view import SettingsView

            settings = SettingsView(self.session, self.ops)
            settings.preferences_saved.connect(self.preferences_saved)
            settings.register_moved.connect(self.register_moved)
            widget = settings
        elif index == REQUESTS:
            return self.request_tabs
        else:
            return self.pages.widget(index)
        self._replace_placeholder(index, widget)
        self._built[index] = widget
        return widget

    def _replace_placeholder(self, index: int, widget: QWidget) -> None:
        placeholder = self.pages.widget(index)
        assert placeholder is not None
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, widget)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)

    @property
    def requesters(self) -> RequestersView:
        page: RequestersView = self._page(REQUESTERS)
        return page

    @property
    def documents(self) -> DocumentsView:
        page: DocumentsView = self._page(DOCUMENTS)
        return page

    @property
    def audit(self) -> AuditView:
        page: AuditView = self._page(AUDIT)
        return page

    @property
    def settings(self) -> SettingsView:
        page: SettingsView = self._page(SETTINGS)
        return page

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def go_to_page(self, index: int) -> None:
        """Ctrl+1…: the page, with the focus on the navigation (Tab goes on into the page)."""
        self.show_page(index)
        self.nav.setFocus()

    def _show_page(self, index: int) -> None:
        self._page(index)
        self.pages.setCurrentIndex(index)
        page = self.current_page()
        if page is not None:
            page.reload()

    def current_page(self) -> Page | None:
        widget = self.pages.currentWidget()
        if self.pages.currentIndex() == REQUESTS:
            widget = self.request_tabs.currentWidget()
        return widget if hasattr(widget, "reload") else None  # type: ignore[return-value]

    def _show_register(self) -> None:
        self._ensure_register()
        self.nav.blockSignals(True)  # the register is reloaded by the filter change itself
        self.nav.setCurrentRow(REQUESTS)
        self.nav.blockSignals(False)
        self.pages.setCurrentIndex(REQUESTS)
        self.request_tabs.setCurrentIndex(0)

    def show_register_filter(self, key: str) -> None:
        self._show_register()
        self.register.show_filter(key)

    def show_register_search(self, text: str) -> None:
        self._show_register()
        self.register.search_for(text)

    def open_request(self, reference: str) -> RequestFileView:
        from dsr_desk.ui.views.request_view import RequestFileView

        self.show_page(REQUESTS)
        for index in range(1, self.request_tabs.count()):
            view = self.request_tabs.widget(index)
            if isinstance(view, RequestFileView) and view.reference == reference:
                self.request_tabs.setCurrentIndex(index)
                return view
        view = RequestFileView(self.session, self.ops, reference)
        index = self.request_tabs.addTab(view, reference)
        view.loaded.connect(lambda: self._title_tab(view))
        self.request_tabs.setCurrentIndex(index)
        view.reload()
        return view

    def _title_tab(self, view: RequestFileView) -> None:
        """The tab of a request file: its reference and the requester's name (elided; in full
        in the tooltip)."""
        index = self.request_tabs.indexOf(view)
        texts = view.tab_texts(self.request_tabs.tabBar().font(), TAB_NAME_PX)
        if index >= 0 and texts is not None:
            self.request_tabs.setTabText(index, texts[0])
            self.request_tabs.setTabToolTip(index, texts[1])

    def _close_tab(self, index: int) -> None:
        if index > 0:  # the register (tab 0) stays
            widget = self.request_tabs.widget(index)
            self.request_tabs.removeTab(index)
            if widget is not None:
                widget.deleteLater()

    def show_user(self) -> None:
        """Who acts (the vault's display name once read) and the data folder, in the status
        bar; in team mode the account and the server."""
        team = self.session.team
        where = team.server if team is not None else str(self.session.data_dir)
        self.statusBar().showMessage(f"{self.session.user} · {where}")

    def start(self, reads: FirstReads | None = None) -> None:
        """First load after unlocking, on the dashboard: from ``reads`` (made at unlock, see
        ``ui.first_reads``), or by reading now. The rest follows the first paint."""
        self._starting = True
        self.show_user()
        self.nav.blockSignals(True)  # showing the page would read the dashboard a second time
        self.nav.setCurrentRow(DASHBOARD)
        self.nav.blockSignals(False)
        self.pages.setCurrentIndex(DASHBOARD)
        self.dashboard.start_with(reads or FirstReads(self.ops, self.session))

    def _dashboard_figures_shown(self) -> None:
        if self._starting:
            self.first_screen_shown.emit()

    def _dashboard_loaded(self) -> None:
        """The charts are in (after the first paint): the register's turn, at the next pass of
        the event loop (input waiting meanwhile is handled first)."""
        if self._starting:
            QTimer.singleShot(0, self, self._load_register)

    def _load_register(self) -> None:
        if self._starting:
            self.register.reload()

    def _register_page_shown(self) -> None:
        if self._starting and self.dashboard.charts is not None:
            self._starting = False
            self.fully_loaded.emit()

    def stop_background_work(self) -> None:
        """On lock, restore or quit: no automatic backup starts any more."""
        if self._backup_scheduler is not None:
            self._backup_scheduler.stop()

    def clear_personal_data(self) -> None:
        """On lock: close request files and empty every page's widgets."""
        self._starting = False
        while self._request_tabs is not None and self._request_tabs.count() > 1:
            self._close_tab(self._request_tabs.count() - 1)
        pages: list[Page] = [self.dashboard]
        if self._register is not None:
            pages.append(self._register)
        pages += [page for _index, page in sorted(self._built.items())]  # type: ignore[misc]
        for page in pages:
            page.clear()
        self.message_bar.hide()

    # -- window state (QSettings holds geometry only) ----------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
