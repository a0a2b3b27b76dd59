"""The portability / access bundle of one request (GDPR Art. 15 and 20): see what goes in, add
categories exported from other systems (CSV or JSON), choose an optional password, then save
the zip where the user chooses.

Every read, parse and export runs on the database worker (``Ops.run``); the GUI thread only
shows answers. The bundle is built in memory by the service and written straight to the
chosen file (atomically, owner-only); its manifest SHA-256 is shown at the end, and the audit
log keeps it too.

Opening it (the request file's button)::

    dialog = BundleDialog(session, ops, file.detail, file.today, parent)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()

Signals: ``plan_ready`` (the plan, or why no bundle can be made, is on screen), ``extras_changed``
(an added file was read or refused), ``exported(SavedBundle)`` (a bundle was written).

The worker side (what is sent to and read on the worker) is in ``bundle_jobs``; the password
fields and their check are a ``BundlePassword`` (``bundle_password``) the dialog holds as
``password_fields``. This module keeps the dialog itself: the plan, the added files, and
saving.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.limits import MAX_REASON
from dsr_desk.read_models import RequestDetail
from dsr_desk.services.extra_files import ExtraCategory, ExtraFile, check_category_names
from dsr_desk.services.portability import BundlePlan
from dsr_desk.ui.dialogs.bundle_jobs import (
    BundleChoice,
    SavedBundle,
    load_plan,
    read_added_file,
    save_bundle_to,
)
from dsr_desk.ui.dialogs.bundle_password import BundlePassword
from dsr_desk.ui.dialogs.request_action_dialog import ERROR_STYLE, HINT_STYLE, NOTE_STYLE
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.screen_fit import resize_to_screen
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.sizes import data_size
from dsr_desk.ui.text_limits import cap_plain_text
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

LANGUAGE_WORDS = {"fr": "Français", "en": "English"}  # each language named in itself
KIND_WORDS = {
    "email": QT_TRANSLATE_NOOP("BundleDialog", "e-mail"),
    "letter": QT_TRANSLATE_NOOP("BundleDialog", "letter"),
    "other": QT_TRANSLATE_NOOP("BundleDialog", "other document"),
}


@dataclass
class _Added:
    extra: ExtraFile = field(repr=False)
    parsed: ExtraCategory = field(repr=False)


def _records(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("BundleDialog", "1 record")
    return QCoreApplication.translate("BundleDialog", "{count} records").format(count=count)


class BundleDialog(QDialog):
    """Prepare and save the portability / access bundle of one request."""

    plan_ready = Signal()  # the plan (or why no bundle can be made) is on screen
    extras_changed = Signal()  # an added file was read (or refused)
    exported = Signal(object)  # SavedBundle

    def __init__(
        self,
        session: AppSession,
        ops: Ops,
        detail: RequestDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleDialog")
        self.setWindowTitle(
            QCoreApplication.translate(
                "BundleDialog", "Data bundle (portability / access) — {reference}"
            ).format(reference=detail.reference)
        )
        resize_to_screen(self, 820, 760)
        self._session, self._ops, self.detail, self._today = session, ops, detail, today
        self._plan_read = Latest(ops, self)  # the newest read of the plan wins
        self._saving = False
        self.plan: BundlePlan | None = None
        self.message_box: QMessageBox | None = None
        self._added: list[_Added] = []

        # the name comes from an e-mail: escaped, so no markup of it reaches the rich text
        intro = QLabel(
            QCoreApplication.translate(
                "BundleDialog",
                "<b>{reference}</b> — the data "
                "{requester} provided, as JSON and CSV per category, an "
                "HTML overview, the documents they sent and a manifest of SHA-256 fingerprints. "
                "ID-document copies and the office's letters are never included.",
            ).format(
                reference=html.escape(detail.reference),
                requester=html.escape(detail.requester_name),
            )
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)

        self.contents = QListWidget()
        self.contents.setObjectName("bundleContents")
        self.contents.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.contents.setMinimumHeight(120)
        self.excluded = QLabel()
        self.excluded.setObjectName("bundleExcluded")
        self.excluded.setWordWrap(True)
        self.excluded.setStyleSheet(NOTE_STYLE)
        self.identity = QLabel()
        self.identity.setObjectName("bundleIdentity")
        self.identity.setWordWrap(True)

        self.extras = QTableWidget(0, 3)
        self.extras.setObjectName("bundleExtras")
        self.extras.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("BundleDialog", "Category"),
                QCoreApplication.translate("BundleDialog", "File"),
                QCoreApplication.translate("BundleDialog", "Content"),
            ]
        )
        self.extras.verticalHeader().setVisible(False)
        self.extras.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.extras.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.extras.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.extras.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.extras.setColumnWidth(0, 180)
        self.extras.setMinimumHeight(110)
        self.add_button = QPushButton(
            QCoreApplication.translate("BundleDialog", "Add CSV or JSON file…")
        )
        self.add_button.setObjectName("bundleAddFile")
        self.remove_button = QPushButton(QCoreApplication.translate("BundleDialog", "Remove"))
        self.remove_button.setObjectName("bundleRemoveFile")
        self.remove_button.setEnabled(False)
        self.add_button.clicked.connect(self.choose_extra_file)
        self.remove_button.clicked.connect(self.remove_selected_extra)
        self.extras.itemSelectionChanged.connect(self._selection_changed)
        self.extras.itemChanged.connect(self._show_contents)  # a category renamed
        extras_buttons = QHBoxLayout()
        extras_buttons.addWidget(self.add_button)
        extras_buttons.addWidget(self.remove_button)
        extras_buttons.addStretch(1)
        extras_hint = QLabel(
            QCoreApplication.translate(
                "BundleDialog",
                "Data about this person from other systems (orders, newsletter, account…): each "
                "CSV (any separator, UTF-8 or Windows-1252) or JSON file (a list of objects) "
                "becomes one category; the category name can be edited in the table.",
            )
        )
        extras_hint.setWordWrap(True)
        extras_hint.setStyleSheet(NOTE_STYLE)

        self.lang = QComboBox()
        self.lang.setObjectName("bundleLang")
        for code, words in LANGUAGE_WORDS.items():
            self.lang.addItem(words, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(detail.requester_language)))
        self.password_fields = BundlePassword(self)
        self.override_reason = QPlainTextEdit()
        self.override_reason.setObjectName("bundleOverrideReason")
        self.override_reason.setPlaceholderText(
            QCoreApplication.translate(
                "BundleDialog",
                "Why the data may be disclosed although the identity is not verified (audited)…",
            )
        )
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setFixedHeight(70)
        cap_plain_text(self.override_reason, MAX_REASON)
        self.form = QFormLayout()
        self.form.addRow(
            QCoreApplication.translate("BundleDialog", "Overview language:"), self.lang
        )
        self.password_fields.add_rows(self.form)
        self.form.addRow(
            QCoreApplication.translate("BundleDialog", "Disclose anyway:"), self.override_reason
        )
        self.form.setRowVisible(self.override_reason, False)

        self.error = QLabel()
        self.error.setObjectName("bundleError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.status = QLabel(QCoreApplication.translate("BundleDialog", "Reading the request…"))
        self.status.setObjectName("bundleStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(NOTE_STYLE)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(QCoreApplication.translate("BundleDialog", "Save as…"))
        self.save_button.setObjectName("bundleSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_bundle)
        close = QPushButton(QCoreApplication.translate("BundleDialog", "Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        contents_heading = _heading(QCoreApplication.translate("BundleDialog", "What goes in"))
        contents_heading.setBuddy(self.contents)  # the heading names the list
        layout.addWidget(contents_heading)
        layout.addWidget(self.contents)
        layout.addWidget(self.excluded)
        layout.addWidget(self.identity)
        extras_heading = _heading(
            QCoreApplication.translate("BundleDialog", "Data from other systems")
        )
        extras_heading.setBuddy(self.extras)
        layout.addWidget(extras_heading)
        layout.addWidget(extras_hint)
        layout.addWidget(self.extras)
        layout.addLayout(extras_buttons)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.password_fields.changed.connect(self._update_ready)
        self.override_reason.textChanged.connect(self._update_ready)
        self.lang.currentIndexChanged.connect(self.refresh)
        self._update_ready()
        self.refresh()

    # -- the plan -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read what the bundle would hold, on the worker; the newest answer wins."""
        self._plan_read.run(
            load_plan,
            self._session,
            self.detail.reference,
            str(self.lang.currentData()),
            on_done=self._plan_ready,
            on_error=self._plan_failed,
        )

    def _plan_ready(self, plan: BundlePlan) -> None:
        self.plan = plan
        self._show_contents()
        excluded = []
        if plan.excluded_id_copies:
            count = plan.excluded_id_copies
            excluded.append(
                QCoreApplication.translate("BundleDialog", "1 ID-document copy")
                if count == 1
                else QCoreApplication.translate(
                    "BundleDialog", "{count} ID-document copies"
                ).format(count=count)
            )
        if plan.excluded_responses:
            count = plan.excluded_responses
            excluded.append(
                QCoreApplication.translate("BundleDialog", "1 letter sent by the office")
                if count == 1
                else QCoreApplication.translate(
                    "BundleDialog", "{count} letters sent by the office"
                ).format(count=count)
            )
        if plan.excluded_purged:
            count = plan.excluded_purged
            excluded.append(
                QCoreApplication.translate("BundleDialog", "1 purged document")
                if count == 1
                else QCoreApplication.translate("BundleDialog", "{count} purged documents").format(
                    count=count
                )
            )
        self.excluded.setText(
            QCoreApplication.translate("BundleDialog", "Never included: {items}.").format(
                items=", ".join(excluded)
            )
            if excluded
            else ""
        )
        self.excluded.setVisible(bool(excluded))
        if plan.identity_verified:
            self.identity.setText(QCoreApplication.translate("BundleDialog", "Identity verified."))
            self.identity.setStyleSheet(NOTE_STYLE)
        else:
            self.identity.setText(
                QCoreApplication.translate(
                    "BundleDialog",
                    "The requester's identity is not verified: no personal data may be disclosed. "
                    "Record an identity check first, or give a written reason below (it is kept "
                    "in the audit log).",
                )
            )
            self.identity.setStyleSheet(HINT_STYLE)
        self.form.setRowVisible(self.override_reason, plan.needs_override)
        if plan.blocked_reason is not None:
            self._show_error(plan.blocked_reason)
            self.status.setText(
                QCoreApplication.translate(
                    "BundleDialog", "No bundle can be made for this request."
                )
            )
        else:
            self.error.hide()
            self.status.setText(
                QCoreApplication.translate(
                    "BundleDialog", "Ready: choose where to save the bundle."
                )
            )
        self._update_ready()
        self.plan_ready.emit()

    def _plan_failed(self, error: DsrError) -> None:
        self.plan = None
        self._show_error(str(error))
        self.status.setText("")
        self._update_ready()
        self.plan_ready.emit()

    def _show_contents(self) -> None:
        self.contents.clear()
        plan = self.plan
        if plan is None:
            return
        for category in plan.categories:
            self.contents.addItem(
                QCoreApplication.translate("BundleDialog", "{title} — {records} (DSR Desk)").format(
                    title=category.title, records=_records(category.records)
                )
            )
        for extra, added in zip(self.added_files(), self._added, strict=True):
            self.contents.addItem(
                QCoreApplication.translate(
                    "BundleDialog", "{category} — {records} (from {source})"
                ).format(
                    category=extra.category,
                    records=_records(len(added.parsed.records)),
                    source=added.parsed.source,
                )
            )
        for document in plan.documents:
            kind = (
                QCoreApplication.translate("BundleDialog", KIND_WORDS[document.kind])
                if document.kind in KIND_WORDS
                else document.kind
            )
            self.contents.addItem(
                QCoreApplication.translate(
                    "BundleDialog",
                    "Document: {filename} — {kind}, {size}, added {added_on:%d/%m/%Y}",
                ).format(
                    filename=document.filename,
                    kind=kind,
                    size=data_size(document.size),
                    added_on=document.added_on,
                )
            )

    # -- added files ----------------------------------------------------------------------------

    def choose_extra_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("BundleDialog", "Add data from another system"),
            str(Path.home()),
            QCoreApplication.translate("BundleDialog", "CSV or JSON (*.csv *.json);;All files (*)"),
        )
        if path:
            self.add_extra_file(Path(path))

    def add_extra_file(self, path: Path, category: str | None = None) -> None:
        """Read and check a CSV or JSON file on the worker; on success it is listed (the
        category name defaults to the file name) and included in the bundle."""
        name = category or path.stem.replace("_", " ").strip() or "data"
        self.add_button.setEnabled(False)
        self._ops.run(
            read_added_file,
            name,
            path,
            on_done=self._extra_read,
            on_error=self._extra_refused,
        )

    def _extra_read(self, answer: tuple[ExtraFile, ExtraCategory]) -> None:
        extra, parsed = answer
        self._added.append(_Added(extra, parsed))
        row = self.extras.rowCount()
        self.extras.insertRow(row)
        self.extras.setItem(row, 0, QTableWidgetItem(parsed.name))
        for column, text in ((1, parsed.source), (2, parsed.description)):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.extras.setItem(row, column, item)
        self.add_button.setEnabled(True)
        self.error.hide()
        self._show_contents()
        self.extras_changed.emit()

    def _extra_refused(self, error: DsrError) -> None:
        self.add_button.setEnabled(True)
        self._show_error(str(error))
        self.extras_changed.emit()

    def remove_selected_extra(self) -> None:
        rows = sorted({index.row() for index in self.extras.selectedIndexes()}, reverse=True)
        for row in rows:
            self.extras.removeRow(row)
            del self._added[row]
        self._show_contents()
        self.extras_changed.emit()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.extras.selectedIndexes()))

    def added_files(self) -> tuple[ExtraFile, ...]:
        """The added files, under the category names as edited in the table."""
        files = []
        for row, added in enumerate(self._added):
            item = self.extras.item(row, 0)
            name = item.text() if item is not None else added.parsed.name
            files.append(ExtraFile(name, added.extra.content, added.extra.filename))
        return tuple(files)

    # -- saving ---------------------------------------------------------------------------------

    def _update_ready(self) -> None:
        plan = self.plan
        problem = self.password_fields.problem()
        missing_reason = (
            plan is not None
            and plan.needs_override
            and not self.override_reason.toPlainText().strip()
        )
        ready = (
            plan is not None
            and plan.can_export
            and problem is None
            and not missing_reason
            and not self._saving
        )
        self.save_button.setEnabled(ready)
        hint = problem or ""
        if not hint and missing_reason:
            hint = QCoreApplication.translate(
                "BundleDialog", "Give the reason for disclosing before saving."
            )
        self.save_button.setToolTip(hint)
        if plan is not None and plan.can_export and not self._saving:
            self.status.setText(
                hint
                or QCoreApplication.translate(
                    "BundleDialog", "Ready: choose where to save the bundle."
                )
            )

    def choice(self) -> BundleChoice:
        reason = self.override_reason.toPlainText().strip() or None
        return BundleChoice(
            extras=self.added_files(),
            password=self.password_fields.value(),
            override_reason=reason if self.override_reason.isVisibleTo(self) else None,
            lang=str(self.lang.currentData()),
        )

    def default_file_name(self) -> str:
        return f"{self.detail.reference}-portability.zip"

    def save_bundle(self) -> None:
        """Ask where (Save as…), then build and write the bundle."""
        if not self.save_button.isEnabled():
            return
        try:  # an edited category name may be empty or clash
            check_category_names([extra.category for extra in self.added_files()])
        except DsrError as problem:
            self._show_error(str(problem))
            return
        target, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("BundleDialog", "Save the data bundle"),
            str(Path.home() / self.default_file_name()),
            QCoreApplication.translate("BundleDialog", "Zip archive (*.zip)"),
        )
        if target:
            path = Path(target)
            self.save_to(
                path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")
            )

    def save_to(self, target: Path) -> None:
        """Build, audit and write the bundle at ``target`` on the worker."""
        problem = self.password_fields.problem()
        if problem is not None:
            self._show_error(problem)
            return
        self._saving = True
        self._update_ready()
        self.error.hide()
        self.status.setText(QCoreApplication.translate("BundleDialog", "Building the bundle…"))
        self._ops.run(
            save_bundle_to,
            self._session,
            self.detail.reference,
            self.choice(),
            target,
            on_done=self._saved,
            on_error=self._save_failed,
            busy_text=QCoreApplication.translate("BundleDialog", "Building the data bundle…"),
            parent=self,
        )

    def _saved(self, saved: SavedBundle) -> None:
        self._saving = False
        self._update_ready()
        encrypted = (
            QCoreApplication.translate("BundleDialog", " AES-256 encrypted;")
            if saved.encrypted
            else ""
        )
        self.status.setText(
            QCoreApplication.translate(
                "BundleDialog",
                "Saved as {path} ({file_count} files;{encrypted} manifest SHA-256 "
                "{manifest_sha256}).",
            ).format(
                path=saved.path,
                file_count=saved.file_count,
                encrypted=encrypted,
                manifest_sha256=saved.manifest_sha256,
            )
        )
        files = (
            QCoreApplication.translate("BundleDialog", "{count} files, AES-256 encrypted")
            if saved.encrypted
            else QCoreApplication.translate("BundleDialog", "{count} files")
        ).format(count=saved.file_count)
        text = QCoreApplication.translate(
            "BundleDialog",
            "The bundle of {reference} was saved as:\n{path}\n\n{files}.\n\n"
            "Manifest SHA-256 (kept in the audit log):\n{manifest_sha256}",
        ).format(
            reference=saved.reference,
            path=saved.path,
            files=files,
            manifest_sha256=saved.manifest_sha256,
        )
        if saved.encrypted:
            text += QCoreApplication.translate(
                "BundleDialog", "\n\nSend the password through another channel than the file."
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("BundleDialog", "Data bundle saved"),
            text,
            parent=self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = box.addButton(
            QCoreApplication.translate("BundleDialog", "Copy SHA-256"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        copy.clicked.connect(lambda: _copy(saved.manifest_sha256))
        box.finished.connect(box.deleteLater)
        self.message_box = box
        box.open()
        self.exported.emit(saved)

    def _save_failed(self, error: DsrError) -> None:
        self._saving = False
        self._show_error(str(error))
        self._update_ready()
        self.status.setText(QCoreApplication.translate("BundleDialog", "Nothing was saved."))

    # -- errors and closing ---------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def done(self, result: int) -> None:
        """Closing drops the added files and the password (personal data, secrets)."""
        self._plan_read.drop()
        self._added.clear()
        self.extras.setRowCount(0)
        self.password_fields.clear()
        super().done(result)


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _copy(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
