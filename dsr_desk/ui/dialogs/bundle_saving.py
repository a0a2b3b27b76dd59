"""Saving the bundle: the password fields, when the dialog is ready to save, Save as… and
the export on the worker, and the answer shown at the end (the manifest SHA-256, copyable).

A mixin of ``BundleDialog`` (``dsr_desk.ui.dialogs.bundle_dialog``), which sets every
attribute it uses (see ``BundleSaving``). The bundle is built and written on the worker
(``bundle_jobs.save_bundle_to``); nothing plaintext is written here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from shiboken6 import isValid

from dsr_desk.domain.errors import DsrError
from dsr_desk.export.bundle import MIN_PASSWORD_CHARS
from dsr_desk.services.extra_files import ExtraFile, check_category_names
from dsr_desk.services.portability import BundlePlan
from dsr_desk.services.views import RequestDetail
from dsr_desk.ui.dialogs.bundle_jobs import BundleChoice, SavedBundle, save_bundle_to
from dsr_desk.ui.mixin_bases import DialogMixin
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession

if TYPE_CHECKING:
    from PySide6.QtCore import Signal


class BundleSaving(DialogMixin):
    """What saving uses of the dialog, all set by ``BundleDialog.__init__``; a QDialog for the
    type checker only."""

    detail: RequestDetail
    plan: BundlePlan | None
    last_saved: SavedBundle | None
    message_box: QMessageBox | None
    lang: QComboBox
    password: QLineEdit
    password_again: QLineEdit
    override_reason: QPlainTextEdit
    error: QLabel
    status: QLabel
    save_button: QPushButton
    _session: AppSession
    _ops: Ops
    _saving: bool

    if TYPE_CHECKING:  # BundleDialog's
        exported = Signal(object)  # SavedBundle

        def added_files(self) -> tuple[ExtraFile, ...]: ...
        def _show_error(self, text: str) -> None: ...

    def _toggle_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.password_again.setEchoMode(mode)

    def _password_problem(self) -> str | None:
        password, again = self.password.text(), self.password_again.text()
        if not password and not again:
            return None
        if len(password) < MIN_PASSWORD_CHARS:
            return f"The password needs at least {MIN_PASSWORD_CHARS} characters."
        if password != again:
            return "The two passwords differ."
        return None

    def _update_ready(self) -> None:
        plan = self.plan
        problem = self._password_problem()
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
            hint = "Give the reason for disclosing before saving."
        self.save_button.setToolTip(hint)
        if plan is not None and plan.can_export and not self._saving:
            self.status.setText(hint or "Ready: choose where to save the bundle.")

    def choice(self) -> BundleChoice:
        reason = self.override_reason.toPlainText().strip() or None
        return BundleChoice(
            extras=self.added_files(),
            password=self.password.text() or None,
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
            "Save the data bundle",
            str(Path.home() / self.default_file_name()),
            "Zip archive (*.zip)",
        )
        if target:
            path = Path(target)
            self.save_to(
                path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")
            )

    def save_to(self, target: Path) -> None:
        """Build, audit and write the bundle at ``target`` on the worker."""
        problem = self._password_problem()
        if problem is not None:
            self._show_error(problem)
            return
        self._saving = True
        self._update_ready()
        self.error.hide()
        self.status.setText("Building the bundle…")
        self._ops.run(
            save_bundle_to,
            self._session,
            self.detail.reference,
            self.choice(),
            target,
            on_done=self._saved,
            on_error=self._save_failed,
            kind="request.bundle_exported",
            busy_text="Building the data bundle…",
            parent=self,
        )

    def _saved(self, saved: SavedBundle) -> None:
        if not isValid(self):
            return
        self._saving = False
        self.last_saved = saved
        self._update_ready()
        encrypted = " AES-256 encrypted;" if saved.encrypted else ""
        self.status.setText(
            f"Saved as {saved.path} ({saved.file_count} files;{encrypted} manifest SHA-256 "
            f"{saved.manifest_sha256})."
        )
        text = (
            f"The bundle of {saved.reference} was saved as:\n{saved.path}\n\n"
            f"{saved.file_count} files{', AES-256 encrypted' if saved.encrypted else ''}.\n\n"
            f"Manifest SHA-256 (kept in the audit log):\n{saved.manifest_sha256}"
        )
        if saved.encrypted:
            text += "\n\nSend the password through another channel than the file."
        box = QMessageBox(QMessageBox.Icon.Information, "Data bundle saved", text, parent=self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = box.addButton("Copy SHA-256", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        copy.clicked.connect(lambda: _copy(saved.manifest_sha256))
        box.finished.connect(box.deleteLater)
        self.message_box = box
        box.open()
        self.exported.emit(saved)

    def _save_failed(self, error: DsrError) -> None:
        if not isValid(self):
            return
        self._saving = False
        self._show_error(str(error))
        self._update_ready()
        self.status.setText("Nothing was saved.")


def _copy(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
