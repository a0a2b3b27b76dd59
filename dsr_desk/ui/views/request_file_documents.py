"""Documents, letters, the data export and notes of the request file.

A mixin of ``RequestFileView`` (``dsr_desk.ui.views.request_view``): attached files are
decrypted on the DB worker (the viewing is audited) and shown in the watermarked viewer; the
letter and bundle dialogs are kept one at a time; notes are added through ``Ops.run``.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QPlainTextEdit,
    QPushButton,
)
from shiboken6 import isValid

from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.requests import ARCHIVE_ADDITIONS
from dsr_desk.services import requests as svc
from dsr_desk.services.document_access import OpenedDocument
from dsr_desk.services.views import DocumentView
from dsr_desk.ui.dialogs.document_ops import (
    ATTACH_KINDS,
    attach_from_path,
    guess_kind,
    open_for_view,
)
from dsr_desk.ui.dialogs.document_viewer import DocumentViewer
from dsr_desk.ui.dialogs.letter_dialog import LetterDialog
from dsr_desk.ui.views.request_file import RequestFileHost, run_service
from dsr_desk.ui.widgets.record_table import FittedTable, RecordTableModel


class RequestFileDocuments(RequestFileHost):
    """Attachments (open, attach), letters, the bundle export and notes."""

    # Set by RequestFileView.__init__.
    _generation: int
    viewer: DocumentViewer | None
    letter_dialog: LetterDialog | None
    bundle_dialog: QDialog | None
    # Built by RequestSections (_build_attachments, _build_notes).
    documents_model: RecordTableModel
    documents_table: FittedTable
    open_document_button: QPushButton
    attach_button: QPushButton
    note_edit: QPlainTextEdit
    add_note_button: QPushButton

    if TYPE_CHECKING:  # RequestFileView's

        def show_message(self, text: str) -> None: ...

    # -- documents --------------------------------------------------------------------------

    def _selected_document(self) -> DocumentView | None:
        rows = self.documents_table.selectionModel().selectedRows()
        if not rows or self.file is None:
            return None
        document: DocumentView = self.documents_model.row_at(rows[0].row())
        return document

    def _update_document_buttons(self) -> None:
        document = self._selected_document()
        self.attach_button.setEnabled(self.file is not None)
        self.open_document_button.setEnabled(document is not None and not document.purged)
        if document is not None and document.purged:
            tip = "This file was purged (its key destroyed): it can no longer be opened."
        else:
            tip = "Open the selected file (watermarked copy; the viewing is audited)."
        self.open_document_button.setToolTip(tip)

    def open_selected_document(self) -> None:
        rows = self.documents_table.selectionModel().selectedRows()
        if rows:
            self.open_document_at(rows[0].row())

    def open_document_at(self, row: int) -> None:
        """Decrypt on the DB worker (audited), then show it in the watermarked viewer."""
        if self.file is None or not 0 <= row < self.documents_model.rowCount():
            return
        document: DocumentView = self.documents_model.row_at(row)
        if document.purged:
            self.show_message(
                f"This {document.kind} document was purged under the retention rules: its key was "
                "destroyed, so it can no longer be opened."
            )
            return
        self.show_message("")
        generation = self._generation

        def show(opened: OpenedDocument) -> None:
            if not isValid(self) or generation != self._generation:
                return  # locked or closed meanwhile: the decrypted bytes are just dropped
            self._close_viewer()
            today = self.file.today if self.file is not None else self._session.clock.today()
            self.viewer = DocumentViewer(
                opened, today=today, session=self._session, ops=self._ops, parent=self
            )
            self.viewer.show()

        self._ops.run(
            partial(open_for_view, self._session, self.reference, document.document_id),
            on_done=show,
            on_error=lambda error: self.show_message(str(error)) if isValid(self) else None,
            kind="request.document_viewed",
        )

    def _close_viewer(self) -> None:
        viewer, self.viewer = self.viewer, None
        if viewer is not None and isValid(viewer):
            viewer.reject()

    def attach_file(self) -> None:
        """Choose a file and its kind, then keep it encrypted in this request's file."""
        if self.file is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(self, f"Attach a file to {self.reference}")
        if not chosen:
            return
        path = Path(chosen)
        kinds = [
            (label, kind)
            for label, kind in ATTACH_KINDS
            if not self.file.detail.archive_only or kind in ARCHIVE_ADDITIONS
        ]
        labels = [label for label, _kind in kinds]
        current = next(
            (i for i, (_label, kind) in enumerate(kinds) if kind is guess_kind(path.name)), 0
        )
        label, ok = QInputDialog.getItem(
            self, "Attach a file", f"What is {path.name}?", labels, current, False
        )
        if not ok:
            return
        kind = dict(kinds)[label]
        self.show_message("")
        self._ops.run(
            partial(attach_from_path, self._session, self.reference, path, kind),
            on_error=lambda error: self.show_message(str(error)) if isValid(self) else None,
            kind="request.document_added",
        )

    # -- letters ----------------------------------------------------------------------------

    def open_letters(self) -> None:
        """The letter dialog for this request (one at a time)."""
        if self.file is None:
            return
        if self.letter_dialog is not None and isValid(self.letter_dialog):
            self.letter_dialog.activateWindow()
            return
        dialog = LetterDialog(self._session, self._ops, self.file.detail, self.file.today, self)
        self.letter_dialog = dialog
        dialog.finished.connect(lambda _result: self._letters_closed(dialog))
        dialog.open()

    def open_bundle(self) -> None:
        """The portability / access bundle export of this request (one at a time)."""
        if self.file is None:
            return
        if self.bundle_dialog is not None and isValid(self.bundle_dialog):
            self.bundle_dialog.activateWindow()
            return
        from dsr_desk.ui.dialogs.bundle_dialog import BundleDialog

        dialog = BundleDialog(self._session, self._ops, self.file.detail, self.file.today, self)
        self.bundle_dialog = dialog
        dialog.finished.connect(lambda _result: self._bundle_closed(dialog))
        dialog.open()

    def _bundle_closed(self, dialog: QDialog) -> None:
        if self.bundle_dialog is dialog:
            self.bundle_dialog = None
        dialog.deleteLater()

    def _letters_closed(self, dialog: LetterDialog) -> None:
        if self.letter_dialog is dialog:
            self.letter_dialog = None
        dialog.deleteLater()

    def print_current(self) -> None:
        """Ctrl+P in the main window: the letters of this request."""
        self.open_letters()

    # -- notes ------------------------------------------------------------------------------

    def _note_changed(self) -> None:
        self.add_note_button.setEnabled(
            bool(self.note_edit.toPlainText().strip()) and self.file is not None
        )

    def add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text or self.file is None:
            return
        self.add_note_button.setEnabled(False)
        self.show_message("")

        def done(_result: object) -> None:
            if isValid(self) and self.note_edit.toPlainText().strip() == text:
                self.note_edit.clear()  # keep anything typed meanwhile

        def failed(error: DsrError) -> None:
            if isValid(self):
                self.show_message(str(error))
                self._note_changed()

        self._ops.run(
            partial(run_service, self._session, svc.add_note, self.reference, text),
            on_done=done,
            on_error=failed,
            kind="request.note_added",
        )
