"""Attachments, letters, the data export and notes of the request file.

A part of ``RequestFileView`` (``dsr_desk.ui.views.request_view``), which places the two
sections built here (attachments, notes): attached files are decrypted on the DB worker (the
viewing is audited) and shown in the watermarked viewer; the letter and bundle dialogs are kept
one at a time (the action buttons that open them are declared in ``request_file_actions``);
notes are added through ``Ops.run``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.limits import MAX_NOTE
from dsr_desk.domain.requests import ARCHIVE_ADDITIONS
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.read_models import DocumentView, RequestDetail, RequestFile
from dsr_desk.services import requests as svc
from dsr_desk.services.document_access import OpenedDocument
from dsr_desk.ui.dialogs.document_ops import (
    ATTACH_KINDS,
    attach_from_path,
    guess_kind,
    open_for_view,
)
from dsr_desk.ui.dialogs.document_viewer import DocumentViewer
from dsr_desk.ui.dialogs.letter_dialog import LetterDialog
from dsr_desk.ui.kind_words import document_kind_label
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.sizes import data_size
from dsr_desk.ui.text_limits import cap_plain_text
from dsr_desk.ui.views.request_file import run_service
from dsr_desk.ui.views.request_wording import local_time
from dsr_desk.ui.widgets.file_drop_box import FileDropBox
from dsr_desk.ui.widgets.labels import MUTED, empty_label, plain_label, section
from dsr_desk.ui.widgets.record_table import FittedTable, RecordTableModel


class RequestDocuments:
    """Attachments (open, attach), letters, the bundle export and notes of one request file.

    ``page`` is the request file: the parent of the dialogs, and the widget whose life bounds
    every answer from the worker; ``show_message`` writes on its message line."""

    def __init__(
        self,
        session: AppSession,
        ops: Ops,
        reference: str,
        page: QWidget,
        show_message: Callable[[str], None],
    ) -> None:
        self._session, self._ops, self._reference = session, ops, reference
        self._page, self._show_message = page, show_message
        self._file: RequestFile | None = None
        self._opening = Latest(ops, page)  # dropped at every clear: late answers too
        self.viewer: DocumentViewer | None = None
        self.letter_dialog: LetterDialog | None = None
        self.bundle_dialog: QDialog | None = None
        self.notes_box = self._build_notes()
        self.attachments_box = self._build_attachments()

    # -- building ---------------------------------------------------------------------------

    def _build_attachments(self) -> QGroupBox:
        box = FileDropBox(QCoreApplication.translate("RequestDocuments", "Attachments"))
        box.setObjectName("attachmentsBox")
        box.setToolTip(
            QCoreApplication.translate(
                "RequestDocuments",
                "Drop files here to keep them, encrypted, in the request's file.",
            )
        )
        box.files_dropped.connect(self.attach_dropped)
        box.accepting = False  # until a request is shown
        self._drop_box = box
        layout = box.body
        purged = QCoreApplication.translate("RequestDocuments", "{kind} (purged)")
        self.documents_model = RecordTableModel(
            [
                (
                    QCoreApplication.translate("RequestDocuments", "File"),
                    lambda d: "—" if d.filename is None else d.filename,
                ),
                (
                    QCoreApplication.translate("RequestDocuments", "Kind"),
                    lambda d: (
                        purged.format(kind=document_kind_label(d.kind))
                        if d.purged
                        else document_kind_label(d.kind)
                    ),
                ),
                (
                    QCoreApplication.translate("RequestDocuments", "Size"),
                    lambda d: "—" if d.size is None else data_size(d.size),
                ),
                (
                    QCoreApplication.translate("RequestDocuments", "Added"),
                    lambda d: local_time(d.added_at)[:10],
                ),
            ],
            self._page,
        )
        self.documents_table = FittedTable(self.documents_model, stretch_column=0)
        self.documents_table.setToolTip(
            QCoreApplication.translate(
                "RequestDocuments", "Double-click a file to open it (watermarked copy)."
            )
        )
        self.documents_table.doubleClicked.connect(lambda index: self.open_document_at(index.row()))
        self.documents_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_document_buttons()
        )
        self.documents_empty = empty_label(
            QCoreApplication.translate("RequestDocuments", "No file attached.")
        )
        self.open_document_button = QPushButton(
            QCoreApplication.translate("RequestDocuments", "Open")
        )
        self.open_document_button.setObjectName("openDocumentButton")
        self.open_document_button.clicked.connect(self.open_selected_document)
        self.attach_button = QPushButton(
            QCoreApplication.translate("RequestDocuments", "Attach file…")
        )
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(
            QCoreApplication.translate(
                "RequestDocuments", "Keep a file (ID copy, letter, e-mail...) encrypted here."
            )
        )
        self.attach_button.clicked.connect(self.attach_file)
        row = QHBoxLayout()
        row.addWidget(self.open_document_button)
        row.addStretch(1)
        row.addWidget(self.attach_button)
        layout.addWidget(self.documents_table)
        layout.addWidget(self.documents_empty)
        layout.addLayout(row)
        self._update_document_buttons()
        return box

    def _build_notes(self) -> QGroupBox:
        box, layout = section(QCoreApplication.translate("RequestDocuments", "Notes"))
        self.notes_area = QVBoxLayout()
        self.notes_area.setSpacing(8)
        self.notes_empty = empty_label(
            QCoreApplication.translate("RequestDocuments", "No notes yet.")
        )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(QCoreApplication.translate("RequestDocuments", "Note"))
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate("RequestDocuments", "Write a note for the file…")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)
        cap_plain_text(self.note_edit, MAX_NOTE)
        self.add_note_button = QPushButton(
            QCoreApplication.translate("RequestDocuments", "Add note")
        )
        self.add_note_button.setObjectName("addNoteButton")
        self.add_note_button.setEnabled(False)
        self.note_edit.textChanged.connect(self._note_changed)
        self.add_note_button.clicked.connect(self.add_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_note_button)
        layout.addLayout(self.notes_area)
        layout.addWidget(self.notes_empty)
        layout.addWidget(self.note_edit)
        layout.addLayout(row)
        self.note_texts: list[QLabel] = []
        return box

    # -- showing and lock -------------------------------------------------------------------

    def show(self, file: RequestFile) -> None:
        self._file = file
        self._drop_box.accepting = True
        d = file.detail
        notes = d.actions.get("note") is None  # the domain's answer (none in the archive)
        self.note_edit.setVisible(notes)
        self.add_note_button.setVisible(notes)
        self.documents_model.set_rows(d.documents)
        self.documents_table.setVisible(bool(d.documents))
        self.documents_empty.setVisible(not d.documents)
        self._update_document_buttons()
        self._show_notes(d)

    def clear(self) -> None:
        """Close the viewer and the letter and bundle dialogs (they hold personal data, the
        bundle's also its added files and zip password) and empty the sections (on lock)."""
        self._opening.drop()
        self._close_viewer()
        if self.letter_dialog is not None and isValid(self.letter_dialog):
            self.letter_dialog.reject()
        if self.bundle_dialog is not None and isValid(self.bundle_dialog):
            self.bundle_dialog.reject()
        self._file = None
        self._drop_box.accepting = False
        self.documents_model.clear()
        self._remove_notes()
        self.note_edit.clear()
        self._update_document_buttons()

    # -- documents --------------------------------------------------------------------------

    def _selected_document(self) -> DocumentView | None:
        rows = self.documents_table.selectionModel().selectedRows()
        if not rows or self._file is None:
            return None
        document: DocumentView = self.documents_model.row_at(rows[0].row())
        return document

    def _update_document_buttons(self) -> None:
        document = self._selected_document()
        self.attach_button.setEnabled(self._file is not None)
        self.open_document_button.setEnabled(document is not None and not document.purged)
        if document is not None and document.purged:
            tip = QCoreApplication.translate(
                "RequestDocuments",
                "This file was purged (its key destroyed): it can no longer be opened.",
            )
        else:
            tip = QCoreApplication.translate(
                "RequestDocuments",
                "Open the selected file (watermarked copy; the viewing is audited).",
            )
        self.open_document_button.setToolTip(tip)

    def open_selected_document(self) -> None:
        rows = self.documents_table.selectionModel().selectedRows()
        if rows:
            self.open_document_at(rows[0].row())

    def open_document_at(self, row: int) -> None:
        """Decrypt on the DB worker (audited), then show it in the watermarked viewer."""
        if self._file is None or not 0 <= row < self.documents_model.rowCount():
            return
        document: DocumentView = self.documents_model.row_at(row)
        if document.purged:
            self._show_message(
                QCoreApplication.translate(
                    "RequestDocuments",
                    "This {kind} document was purged under the retention rules: its key was "
                    "destroyed, so it can no longer be opened.",
                ).format(kind=document.kind)
            )
            return
        self._show_message("")

        def show(opened: OpenedDocument) -> None:  # not when locked or closed meanwhile
            self._close_viewer()
            today = self._file.today if self._file is not None else self._session.clock.today()
            self.viewer = DocumentViewer(
                opened, today=today, session=self._session, ops=self._ops, parent=self._page
            )
            self.viewer.show()

        self._opening.run(
            partial(open_for_view, self._session, self._reference, document.document_id),
            on_done=show,
            on_error=self._error_on_page,
        )

    def _close_viewer(self) -> None:
        viewer, self.viewer = self.viewer, None
        if viewer is not None and isValid(viewer):
            viewer.reject()

    def attach_file(self) -> None:
        """Choose a file and its kind, then keep it encrypted in this request's file."""
        if self._file is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self._page,
            QCoreApplication.translate("RequestDocuments", "Attach a file to {reference}").format(
                reference=self._reference
            ),
        )
        if chosen:
            self.attach_path(Path(chosen))

    def attach_dropped(self, paths: list[Path]) -> None:
        """Files dropped on the attachments: each kept as the chosen one is (its kind asked)."""
        for path in paths:
            if self._file is None:
                return  # locked meanwhile
            if not path.is_file():
                self._show_message(
                    QCoreApplication.translate(
                        "RequestDocuments", "{name} is not a file: drop files, not folders."
                    ).format(name=path.name)
                )
                continue
            self.attach_path(path)

    def attach_path(self, path: Path) -> None:
        """Ask what the file is, then keep it encrypted in this request's file."""
        if self._file is None:
            return
        kinds = [
            (QCoreApplication.translate("DocumentOps", label), kind)
            for label, kind in ATTACH_KINDS
            if not self._file.detail.archive_only or kind in ARCHIVE_ADDITIONS
        ]
        labels = [label for label, _kind in kinds]
        current = next(
            (i for i, (_label, kind) in enumerate(kinds) if kind is guess_kind(path.name)), 0
        )
        label, ok = QInputDialog.getItem(
            self._page,
            QCoreApplication.translate("RequestDocuments", "Attach a file"),
            QCoreApplication.translate("RequestDocuments", "What is {name}?").format(
                name=path.name
            ),
            labels,
            current,
            False,
        )
        if not ok:
            return
        kind = dict(kinds)[label]
        self._show_message("")
        self._ops.run(
            partial(attach_from_path, self._session, self._reference, path, kind),
            receiver=self._page,
            on_error=self._error_on_page,
        )

    def _error_on_page(self, error: DsrError) -> None:
        self._show_message(str(error))

    # -- letters and the data export --------------------------------------------------------

    def open_letters(
        self, kind: LetterKind | None = None, detail: RequestDetail | None = None
    ) -> None:
        """The letter dialog for this request (one at a time); ``kind``: the letter to start
        with (the one an outcome just recorded calls for), ``detail``: the request as that
        action left it (the page reloads after)."""
        if self._file is None:
            return
        if self.letter_dialog is not None and isValid(self.letter_dialog):
            self.letter_dialog.activateWindow()
            return
        dialog = LetterDialog(
            self._session, self._ops, detail or self._file.detail, self._file.today, self._page
        )
        if kind is not None:
            dialog.kind.setCurrentIndex(max(dialog.kind.findData(kind.value), 0))
        self.letter_dialog = dialog
        dialog.finished.connect(lambda _result: self._letters_closed(dialog))
        dialog.open()

    def open_bundle(self) -> None:
        """The portability / access bundle export of this request (one at a time)."""
        if self._file is None:
            return
        if self.bundle_dialog is not None and isValid(self.bundle_dialog):
            self.bundle_dialog.activateWindow()
            return
        from dsr_desk.ui.dialogs.bundle_dialog import BundleDialog

        dialog = BundleDialog(
            self._session, self._ops, self._file.detail, self._file.today, self._page
        )
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

    # -- notes ------------------------------------------------------------------------------

    def _show_notes(self, d: RequestDetail) -> None:
        self._remove_notes()
        for note in d.notes:
            card = QFrame()
            card.setObjectName("noteCard")
            card.setStyleSheet(
                "#noteCard { background:#f8f9fa; border:1px solid #e0e3e6; border-radius:4px; }"
            )
            inner = QVBoxLayout(card)
            inner.setContentsMargins(10, 6, 10, 8)
            inner.setSpacing(2)
            meta = plain_label(f"{note.author} · {local_time(note.written_at)}", selectable=False)
            meta.setStyleSheet(MUTED)
            text = plain_label(note.text)
            inner.addWidget(meta)
            inner.addWidget(text)
            self.notes_area.addWidget(card)
            self.note_texts.append(text)
        self.notes_empty.setVisible(not d.notes)

    def _remove_notes(self) -> None:
        while self.notes_area.count():
            item = self.notes_area.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.note_texts = []

    def _note_changed(self) -> None:
        self.add_note_button.setEnabled(
            bool(self.note_edit.toPlainText().strip()) and self._file is not None
        )

    def add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text or self._file is None:
            return
        self.add_note_button.setEnabled(False)
        self._show_message("")

        def done(_result: object) -> None:
            if self.note_edit.toPlainText().strip() == text:
                self.note_edit.clear()  # keep anything typed meanwhile

        def failed(error: DsrError) -> None:
            self._show_message(str(error))
            self._note_changed()

        self._ops.run(
            partial(run_service, self._session, svc.add_note, self._reference, text),
            receiver=self._page,
            on_done=done,
            on_error=failed,
        )
