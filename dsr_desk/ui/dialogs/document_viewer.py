"""View a document of a request's file: images and PDFs with a watermark on every page, e-mails
and text as plain text, print (watermarked) and "save a decrypted copy" (confirmed, audited).

Nothing decrypted is ever written to a temp file: PDFs load from a ``QBuffer`` over the bytes
in memory, images decode with ``QImage.fromData``, pages are rendered to ``QImage``s and the
watermark is painted on them before they reach the screen or the printer. The document bytes
are dropped once decoded, and every buffer is dropped (zeroed where Qt lets us) when the
dialog closes, which it also does when DSR Desk locks (``close_open_dialogs``).

The worker-side calls the request file uses for documents (open, save a copy, record a print,
attach a file) are in ``document_ops`` and the rendering helpers (watermark, text decoding) in
``document_rendering``. The pages themselves (decoded in memory, rendered with the watermark,
navigation, zoom) are a ``PageNavigator`` (``document_pages``) the viewer holds as ``pages``.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QStandardPaths, Qt
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.errors import DsrError
from dsr_desk.services.document_access import OpenedDocument
from dsr_desk.ui.dialogs.document_ops import (
    export_copy,
    record_printed,
)
from dsr_desk.ui.dialogs.document_pages import PageNavigator
from dsr_desk.ui.dialogs.document_rendering import (
    IMAGE,
    NONE,
    PDF,
    TEXT,
    content_mode,
    decode_text,
    email_text,
    watermark_text,
)
from dsr_desk.ui.dialogs.request_action_dialog import ERROR_STYLE
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.screen_fit import resize_to_screen
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.labels import MUTED, plain_label

PRINT_DPI = 200  # enough for paper; bounded memory (an A4 page is ~15 MB at 200 dpi)
INFO_STYLE = (
    "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6cde6; border-radius:4px; padding:6px;"
)
BANNER_STYLE = (
    "background:#fbe9e7; color:#8c1d18; border:1px solid #e6b3ad; border-radius:4px;"
    " padding:6px 10px; font-weight:600;"
)


# -- the dialog ----------------------------------------------------------------------------


class DocumentViewer(QDialog):
    """A read-only, watermarked view of one decrypted document."""

    def __init__(
        self,
        document: OpenedDocument,
        *,
        today: date,
        session: AppSession | None = None,
        ops: Ops | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewer")
        self.setWindowTitle(
            QCoreApplication.translate(
                "DocumentViewer", "{reference} · {kind} document (copy)"
            ).format(reference=document.reference, kind=document.kind)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        resize_to_screen(self, 980, 860)  # fits a 1366×768 screen: shrinks to it
        self._session, self._ops = session, ops
        self.reference = document.reference
        self.document_id = document.document_id
        self.filename = document.filename
        self.media_type = document.media_type
        self.kind = document.kind
        self.watermark = watermark_text(document.reference, today)
        self.mode = content_mode(document)
        self._released = False
        self.pages = PageNavigator(self, self.watermark)  # images and PDFs

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.banner = plain_label(self.watermark, selectable=False)
        self.banner.setObjectName("watermarkBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.details = plain_label(
            QCoreApplication.translate(
                "DocumentViewer", "{filename} · {media_type} · decrypted in memory only"
            ).format(filename=self.filename, media_type=self.media_type),
            selectable=False,
        )
        self.details.setStyleSheet(MUTED)
        layout.addWidget(self.banner)
        layout.addWidget(self.details)
        layout.addLayout(self._build_toolbar())
        self.message = plain_label()
        self.message.setObjectName("viewerMessage")
        self.message.hide()
        layout.addWidget(self.message)

        self.stack = QStackedWidget()
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("documentText")
        self.text_view.setReadOnly(True)
        self.no_preview = plain_label(selectable=False)
        self.no_preview.setObjectName("noPreview")
        self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.pages.scroll_area, self.text_view, self.no_preview):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(QCoreApplication.translate("DocumentViewer", "Close"))
        self.close_button.setObjectName("closeViewerButton")
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.finished.connect(lambda _result: self.release())
        self._load(document)
        self._update_controls()

    # -- building ---------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        self.print_button = QPushButton(QCoreApplication.translate("DocumentViewer", "Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(
            QCoreApplication.translate(
                "DocumentViewer", "Print the watermarked pages (the print is audited)."
            )
        )
        self.save_button = QPushButton(
            QCoreApplication.translate("DocumentViewer", "Save decrypted copy…")
        )
        self.save_button.setObjectName("saveCopyButton")
        self.save_button.setToolTip(
            QCoreApplication.translate(
                "DocumentViewer",
                "Write an unencrypted copy outside DSR Desk (asks first; the export is audited).",
            )
        )
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_decrypted_copy)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        for widget in self.pages.navigation_widgets():
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in self.pages.zoom_widgets():
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        return bar

    # -- loading ----------------------------------------------------------------------------

    def _load(self, document: OpenedDocument) -> None:
        """Decode the bytes into what the view needs; the bytes themselves are not kept."""
        mode = self.mode
        if mode == PDF:
            if not self.pages.load_pdf(document.content):
                mode = NONE
                self._no_preview(
                    QCoreApplication.translate(
                        "DocumentViewer",
                        "This PDF could not be read (damaged or password-protected).",
                    )
                )
        elif mode == IMAGE:
            if not self.pages.load_image(document.content):
                mode = NONE
                self._no_preview(
                    QCoreApplication.translate(
                        "DocumentViewer",
                        "This image could not be read (unknown or damaged format).",
                    )
                )
        elif mode == TEXT:
            if document.filename.lower().endswith(".eml") or document.media_type.lower() == (
                "message/rfc822"
            ):
                text = email_text(document.content)
            else:
                text = decode_text(document.content)
            self.text_view.setPlainText(text)
            self.stack.setCurrentWidget(self.text_view)
        else:
            self._no_preview(
                QCoreApplication.translate(
                    "DocumentViewer",
                    "No preview for this type ({media_type}); you can save a decrypted copy.",
                ).format(media_type=self.media_type)
            )
        self.mode = mode
        if mode in (IMAGE, PDF):
            self.stack.setCurrentWidget(self.pages.scroll_area)
            self.pages.show_page()

    def _no_preview(self, text: str) -> None:
        self.no_preview.setText(text)
        self.stack.setCurrentWidget(self.no_preview)

    def _update_controls(self) -> None:
        paged = self.mode in (IMAGE, PDF) and self.pages.page_count > 0
        self.pages.update_controls()
        self.print_button.setEnabled(paged and not self._released)
        self.print_button.setToolTip(
            QCoreApplication.translate(
                "DocumentViewer", "Print the watermarked pages (the print is audited)."
            )
            if paged
            else QCoreApplication.translate(
                "DocumentViewer", "Only images and PDFs can be printed from the viewer."
            )
        )
        self.save_button.setEnabled(not self._released and self._session is not None)

    # -- printing ---------------------------------------------------------------------------

    def print_document(self) -> None:
        """Ask for a printer, print every (watermarked) page, audit the print."""
        if self.mode not in (IMAGE, PDF):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(
            QCoreApplication.translate("DocumentViewer", "{reference} copy").format(
                reference=self.reference
            )
        )  # print queues show it: no file name
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(
            QCoreApplication.translate(
                "DocumentViewer", "Print {reference} ({kind} document)"
            ).format(reference=self.reference, kind=self.kind)
        )
        dialog.setMinMax(1, self.pages.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages (the printer's range, else all) with the watermark; returns the
        number of pages printed, and records the print in the audit log."""
        pages = self.pages
        if self.mode not in (IMAGE, PDF) or not pages.page_count:
            return 0
        first = max(1, printer.fromPage() or 1) - 1
        last = min(pages.page_count, printer.toPage() or pages.page_count) - 1
        painter = QPainter()
        if not painter.begin(printer):
            self.show_message(
                QCoreApplication.translate("DocumentViewer", "The printer could not be started."),
                error=True,
            )
            return 0
        printed = 0
        try:
            for index in range(first, last + 1):
                if printed:
                    printer.newPage()
                area = painter.viewport()
                image = pages.page_image(index, pages.scale_for(PRINT_DPI))
                target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = area.x() + (area.width() - target.width()) // 2
                y = area.y() + (area.height() - target.height()) // 2
                painter.drawImage(QRect(QPoint(x, y), target), image)
                image.fill(0)
                printed += 1
        finally:
            painter.end()
        self._audit_print(printed)
        self.show_message(
            QCoreApplication.translate("DocumentViewer", "1 watermarked page printed.")
            if printed == 1
            else QCoreApplication.translate(
                "DocumentViewer", "{printed} watermarked pages printed."
            ).format(printed=printed)
        )
        return printed

    def _audit_print(self, pages: int) -> None:
        if self._ops is None or self._session is None or not pages:
            return
        self._ops.run(
            partial(record_printed, self._session, self.reference, self.document_id, pages),
            receiver=self,
            on_error=lambda error: self.show_message(str(error), error=True),
        )

    # -- saving a decrypted copy ------------------------------------------------------------

    def save_decrypted_copy(self) -> None:
        """Choose where, confirm the warning, then export through the DB worker."""
        if self._ops is None or self._session is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("DocumentViewer", "Save a decrypted copy"),
            str(Path(folder) / self.filename),
        )
        if not chosen:
            return
        target = Path(chosen)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("DocumentViewer", "Save a decrypted copy?"),
            QCoreApplication.translate(
                "DocumentViewer",
                "DSR Desk will write an UNENCRYPTED copy of this {kind} document of "
                "{reference}, without the watermark, to:\n\n{target}\n\n"
                "The copy is not protected by the vault and will not be purged when the retention "
                "period ends: anyone with access to that folder can read it. Delete it as soon as "
                "you no longer need it. The export is recorded in the audit log.\n\n"
                "Save the decrypted copy?",
            ).format(kind=self.kind, reference=self.reference, target=target),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.show_message(QCoreApplication.translate("DocumentViewer", "Nothing was saved."))
            return
        self.save_button.setEnabled(False)

        def done(path: Path) -> None:
            self.show_message(
                QCoreApplication.translate(
                    "DocumentViewer", "Decrypted copy saved to {path}. Delete it after use."
                ).format(path=path)
            )
            self._update_controls()

        def failed(error: DsrError) -> None:
            self.show_message(str(error), error=True)
            self._update_controls()

        self._ops.run(
            partial(export_copy, self._session, self.reference, self.document_id, target),
            receiver=self,
            on_done=done,
            on_error=failed,
        )

    # -- messages and closing ---------------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.pages.refit()  # the page area has its real width only now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.pages.refit()

    def release(self) -> None:
        """Drop every decrypted buffer (on close, and so on lock)."""
        if self._released:
            return
        self._released = True
        self.pages.release()
        self.text_view.clear()
        self._update_controls()
