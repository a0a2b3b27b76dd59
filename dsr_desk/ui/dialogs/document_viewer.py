"""View a document of a request's file: images and PDFs with a watermark on every page, e-mails
and text as plain text, print (watermarked) and "save a decrypted copy" (confirmed, audited).

Nothing decrypted is ever written to a temp file: PDFs load from a ``QBuffer`` over the bytes
in memory, images decode with ``QImage.fromData``, pages are rendered to ``QImage``s and the
watermark is painted on them before they reach the screen or the printer. The document bytes
are dropped once decoded, and every buffer is dropped (zeroed where Qt lets us) when the
dialog closes, which it also does when DSR Desk locks (``close_open_dialogs``).

The module also holds the worker-side calls the request file uses for documents (open, save
a copy, record a print, attach a file): they run on the DB worker through ``Ops.run``.
"""

from __future__ import annotations

import math
import mimetypes
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from functools import partial
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QPointF,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import DsrError, ValidationError
from dsr_desk.services.document_access import (
    OpenedDocument,
    export_document,
    open_document,
    record_document_printed,
)
from dsr_desk.services.documents import attach_document
from dsr_desk.services.views import DocumentView
from dsr_desk.ui.dialogs.request_action_dialog import ERROR_STYLE, fmt_date
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.labels import MUTED, plain_label

WATERMARK_TEMPLATE = "COPY – identity verification only – {reference} – {day}"
WATERMARK_COLOUR = QColor(190, 20, 20, 85)  # semi-transparent red: unmissable, text readable
WATERMARK_HALO = QColor(255, 255, 255, 90)
NATURAL_DPI = 96  # a PDF at 100 % shows at this many pixels per inch
PRINT_DPI = 200  # enough for paper; bounded memory (an A4 page is ~15 MB at 200 dpi)
MAX_RENDER_SIDE = 8000
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
MAX_ATTACH_BYTES = 512 * 1024 * 1024
INFO_STYLE = (
    "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6cde6; border-radius:4px; padding:6px;"
)
BANNER_STYLE = (
    "background:#fbe9e7; color:#8c1d18; border:1px solid #e6b3ad; border-radius:4px;"
    " padding:6px 10px; font-weight:600;"
)

IMAGE, PDF, TEXT, NONE = "image", "pdf", "text", "none"
TEXT_SUFFIXES = (".txt", ".text", ".csv", ".log", ".md")


# -- worker side (run through Ops.run) -----------------------------------------------------


def open_for_view(session: AppSession, reference: str, document_id: str) -> OpenedDocument:
    return open_document(session.uow(), session.document_store(), reference, document_id)


def export_copy(session: AppSession, reference: str, document_id: str, target: Path) -> Path:
    """Called only after the user confirmed the warning (hence ``confirmed=True``)."""
    return export_document(
        session.uow(), session.document_store(), reference, document_id, target, confirmed=True
    )


def record_printed(session: AppSession, reference: str, document_id: str, pages: int) -> None:
    record_document_printed(session.uow(), reference, document_id, pages)


ATTACH_KINDS: tuple[tuple[str, DocumentKind], ...] = (
    ("Identity document copy (retention rules apply)", DocumentKind.ID),
    ("Letter from the requester, or its scan", DocumentKind.LETTER),
    ("E-mail (.eml)", DocumentKind.EMAIL),
    ("Other", DocumentKind.OTHER),
)


def guess_kind(filename: str) -> DocumentKind:
    return DocumentKind.EMAIL if filename.lower().endswith(".eml") else DocumentKind.ID


def guess_media_type(filename: str, head: bytes) -> str:
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    guessed, _encoding = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def attach_from_path(
    session: AppSession, reference: str, path: Path, kind: DocumentKind
) -> DocumentView:
    """Read the chosen file and keep it, encrypted, in the request's file."""
    try:
        if not path.is_file():
            raise ValidationError(f"{path.name} is not a readable file.")
        if path.stat().st_size > MAX_ATTACH_BYTES:
            raise ValidationError(f"{path.name} is larger than 512 MB.")
        content = path.read_bytes()
    except OSError as problem:
        raise ValidationError(
            f"{path.name} could not be read ({problem.strerror or 'error'})."
        ) from None
    media_type = guess_media_type(path.name, content[:8])
    return attach_document(
        session.uow(), session.document_store(), reference, kind, path.name, media_type, content
    )


# -- the watermark -------------------------------------------------------------------------


def watermark_text(reference: str, day: date) -> str:
    return WATERMARK_TEMPLATE.format(reference=reference, day=fmt_date(day))


def paint_watermark(image: QImage, text: str) -> QImage:
    """A copy of ``image`` with ``text`` repeated diagonally over all of it.

    Large (about 1/22 of the shorter side), semi-transparent red with a light halo so it
    shows on dark and light areas alike, in rows spaced widely enough to keep the document
    legible between them. Transparent images are put on white first.
    """
    marked = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    marked.fill(QColor("white"))
    width, height = marked.width(), marked.height()
    if width == 0 or height == 0:
        return marked
    painter = QPainter(marked)
    try:
        painter.drawImage(0, 0, image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setBold(True)
        size = max(10, round(min(width, height) / 22))
        font.setPixelSize(size)
        path = QPainterPath()
        path.addText(0, 0, font, text)
        text_width = path.boundingRect().width()
        step_x = text_width + 3 * size
        step_y = 5 * size
        diagonal = math.hypot(width, height)
        angle = -min(45.0, max(25.0, math.degrees(math.atan2(height, width))))
        painter.translate(width / 2, height / 2)
        painter.rotate(angle)
        halo = QPen(WATERMARK_HALO, max(1.0, size / 10))
        rows = math.ceil(diagonal / (2 * step_y)) + 1
        columns = math.ceil(diagonal / (2 * step_x)) + 1
        for row in range(-rows, rows + 1):
            offset = (row % 2) * step_x / 2 - text_width / 2
            for column in range(-columns, columns + 1):
                painter.save()
                painter.translate(QPointF(column * step_x + offset, row * step_y + size / 2))
                painter.strokePath(path, halo)
                painter.fillPath(path, WATERMARK_COLOUR)
                painter.restore()
    finally:
        painter.end()
    return marked


# -- reading the content -------------------------------------------------------------------


class _TextOnly(HTMLParser):
    """HTML to plain text without loading anything (no images, no styles, no scripts)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in {"script", "style", "head"}:
            self._skip += 1
        elif tag in {"br", "p", "div", "tr", "li", "h1", "h2", "h3"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def decode_text(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def email_text(content: bytes) -> str:
    """Headers, body (plain text preferred) and the names of attachments of an ``.eml``."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(content)
        if not isinstance(message, EmailMessage):
            return decode_text(content)
        lines = [
            f"{name}: {message[name]}"
            for name in ("From", "To", "Cc", "Date", "Subject")
            if message[name] is not None
        ]
        body = message.get_body(preferencelist=("plain", "html"))
        text = ""
        if body is not None:
            text = str(body.get_content())
            if body.get_content_type() == "text/html":
                text = html_to_text(text)
        attached = [
            f"  • {part.get_filename() or 'unnamed'} ({part.get_content_type()})"
            for part in message.iter_attachments()
        ]
        parts = ["\n".join(lines), text.strip()]
        if attached:
            parts.append("Attachments (not shown):\n" + "\n".join(attached))
        return "\n\n".join(part for part in parts if part)
    except Exception:  # hostile or broken e-mails: show the raw text rather than fail
        return decode_text(content)


def content_mode(document: OpenedDocument) -> str:
    media = document.media_type.lower()
    name = document.filename.lower()
    if document.content.startswith(b"%PDF-") or media == "application/pdf":
        return PDF
    if media.startswith("image/"):
        return IMAGE
    if media == "message/rfc822" or name.endswith(".eml"):
        return TEXT
    if media.startswith("text/") or name.endswith(TEXT_SUFFIXES):
        return TEXT
    return NONE


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
        self.setWindowTitle(f"{document.reference} · {document.kind} document (copy)")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(980, 860)
        self._session, self._ops = session, ops
        self.reference = document.reference
        self.document_id = document.document_id
        self.filename = document.filename
        self.media_type = document.media_type
        self.kind = document.kind
        self.watermark = watermark_text(document.reference, today)
        self.mode = content_mode(document)
        self.page_count = 0
        self.current_page = 0
        self.zoom = 1.0
        self.fit_width = True
        self._image: QImage | None = None  # the decoded image (IMAGE mode)
        self._marked: dict[int, QImage] = {}  # watermarked renders: the current page only
        self._pdf: QPdfDocument | None = None
        self._pdf_bytes: QByteArray | None = None
        self._pdf_buffer: QBuffer | None = None
        self._released = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.banner = plain_label(self.watermark, selectable=False)
        self.banner.setObjectName("watermarkBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.details = plain_label(
            f"{self.filename} · {self.media_type} · decrypted in memory only", selectable=False
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
        self.page_label = QLabel()
        self.page_label.setObjectName("pageImage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("pageArea")
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setStyleSheet("QScrollArea#pageArea { background:#5f6368; }")
        self.scroll_area.setWidget(self.page_label)
        self.page_label.setStyleSheet("background:transparent;")
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("documentText")
        self.text_view.setReadOnly(True)
        self.no_preview = plain_label(selectable=False)
        self.no_preview.setObjectName("noPreview")
        self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.scroll_area, self.text_view, self.no_preview):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton("Close")
        self.close_button.setObjectName("closeViewerButton")
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self._rerender = QTimer(self, singleShot=True, interval=60)
        self._rerender.timeout.connect(self._show_page)
        self.finished.connect(lambda _result: self.release())
        self._load(document)
        self._update_controls()

    # -- building ---------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        def tool(text: str, name: str, tip: str) -> QToolButton:
            button = QToolButton()
            button.setText(text)
            button.setObjectName(name)
            button.setToolTip(tip)
            return button

        self.previous_button = tool("‹ Previous", "previousPage", "Previous page (Page Up)")
        self.next_button = tool("Next ›", "nextPage", "Next page (Page Down)")
        self.page_status = plain_label(selectable=False, wrap=False)
        self.page_status.setObjectName("pageStatus")
        self.zoom_out_button = tool("−", "zoomOut", "Zoom out (Ctrl+-)")
        self.zoom_in_button = tool("+", "zoomIn", "Zoom in (Ctrl++)")
        self.zoom_status = plain_label(selectable=False, wrap=False)
        self.zoom_status.setMinimumWidth(48)
        self.zoom_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_button = tool("Fit width", "fitWidth", "Fit the page to the window's width")
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.print_button = QPushButton("Print…")
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip("Print the watermarked pages (the print is audited).")
        self.save_button = QPushButton("Save decrypted copy…")
        self.save_button.setObjectName("saveCopyButton")
        self.save_button.setToolTip(
            "Write an unencrypted copy outside DSR Desk (asks first; the export is audited)."
        )
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.fit_button.toggled.connect(self.set_fit_width)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_decrypted_copy)
        for keys, slot in (
            (QKeySequence.StandardKey.MoveToPreviousPage, self.previous_button.click),
            (QKeySequence.StandardKey.MoveToNextPage, self.next_button.click),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in_button.click),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out_button.click),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        for widget in (self.previous_button, self.page_status, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (
            self.zoom_out_button,
            self.zoom_status,
            self.zoom_in_button,
            self.fit_button,
        ):
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
            self._pdf_bytes = QByteArray(document.content)
            self._pdf_buffer = QBuffer(self)
            self._pdf_buffer.setData(self._pdf_bytes)
            self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._pdf = QPdfDocument(self)
            self._pdf.load(self._pdf_buffer)
            if self._pdf.status() == QPdfDocument.Status.Ready and self._pdf.pageCount() > 0:
                self.page_count = self._pdf.pageCount()
            else:
                self._release_pdf()
                mode = NONE
                self._no_preview("This PDF could not be read (damaged or password-protected).")
        elif mode == IMAGE:
            image = QImage.fromData(document.content)
            if image.isNull():
                mode = NONE
                self._no_preview("This image could not be read (unknown or damaged format).")
            else:
                self._image = image
                self.page_count = 1
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
                f"No preview for this type ({self.media_type}); you can save a decrypted copy."
            )
        self.mode = mode
        if mode in (IMAGE, PDF):
            self.stack.setCurrentWidget(self.scroll_area)
            self._show_page()

    def _no_preview(self, text: str) -> None:
        self.no_preview.setText(text)
        self.stack.setCurrentWidget(self.no_preview)

    # -- pages ------------------------------------------------------------------------------

    def natural_size(self, index: int) -> QSize:
        """A page's size at 100 %: image pixels, or the PDF page at 96 dpi."""
        if self._image is not None:
            return self._image.size()
        if self._pdf is not None:
            points = self._pdf.pagePointSize(index)
            return QSize(
                max(1, round(points.width() * NATURAL_DPI / 72)),
                max(1, round(points.height() * NATURAL_DPI / 72)),
            )
        return QSize()

    def source_image(self, index: int, scale: float = 1.0) -> QImage:
        """Page ``index`` rendered without the watermark (for rendering and tests only)."""
        if not 0 <= index < self.page_count:
            raise IndexError(index)
        if self._image is not None:
            if math.isclose(scale, 1.0):
                return self._image
            size = self._image.size() * scale
            return self._image.scaled(
                _bounded(size),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        if self._pdf is not None:
            return _on_white(self._pdf.render(index, _bounded(self.natural_size(index) * scale)))
        return QImage()

    def page_image(self, index: int, scale: float = 1.0) -> QImage:
        """Page ``index`` as shown and printed: rendered, then watermarked."""
        return paint_watermark(self.source_image(index, scale), self.watermark)

    def go_to_page(self, index: int) -> None:
        if self.page_count and 0 <= index < self.page_count and index != self.current_page:
            self.current_page = index
            self._show_page()
            self._update_controls()

    def set_fit_width(self, on: bool) -> None:
        self.fit_width = on
        if self.fit_button.isChecked() != on:
            self.fit_button.setChecked(on)
        self._show_page()
        self._update_controls()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], zoom))
        self.fit_width = False
        self.fit_button.setChecked(False)
        self._show_page()
        self._update_controls()

    def step_zoom(self, direction: int) -> None:
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-6]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _fit_zoom(self) -> float:
        natural = self.natural_size(self.current_page)
        room = self.scroll_area.viewport().width() - 24
        scroll_bar = self.scroll_area.verticalScrollBar()
        if not scroll_bar.isVisible():  # a tall page brings it: leave it room from the start
            room -= scroll_bar.sizeHint().width()
        if natural.width() <= 0 or room <= 0:
            return 1.0
        return min(ZOOM_STEPS[-1], max(0.1, room / natural.width()))

    def _show_page(self) -> None:
        if self._released or self.mode not in (IMAGE, PDF) or not self.page_count:
            return
        if self.fit_width:
            self.zoom = self._fit_zoom()
        ratio = self.devicePixelRatioF()
        for image in self._marked.values():
            image.fill(0)
        self._marked.clear()
        if self._image is not None:
            # Watermark at the image's own resolution (same proportions at every zoom).
            marked = self.page_image(0)
            shown = marked.scaled(
                _bounded(marked.size() * (self.zoom * ratio)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            marked.fill(0)
        else:
            shown = self.page_image(self.current_page, self.zoom * ratio)
        self._marked[self.current_page] = shown
        pixmap = QPixmap.fromImage(shown)
        pixmap.setDevicePixelRatio(ratio)
        self.page_label.setPixmap(pixmap)
        self.page_label.resize(pixmap.deviceIndependentSize().toSize())
        self._update_controls()

    def shown_image(self) -> QImage | None:
        """The watermarked image on screen now (tests and screenshots)."""
        return self._marked.get(self.current_page)

    def _update_controls(self) -> None:
        paged = self.mode in (IMAGE, PDF) and self.page_count > 0
        for widget in (
            self.previous_button,
            self.next_button,
            self.page_status,
            self.zoom_out_button,
            self.zoom_in_button,
            self.zoom_status,
            self.fit_button,
        ):
            widget.setVisible(paged)
        self.page_status.setText(f"Page {self.current_page + 1} of {self.page_count}")
        self.previous_button.setEnabled(self.current_page > 0)
        self.next_button.setEnabled(self.current_page < self.page_count - 1)
        self.zoom_status.setText(f"{round(self.zoom * 100)} %")
        self.print_button.setEnabled(paged and not self._released)
        self.print_button.setToolTip(
            "Print the watermarked pages (the print is audited)."
            if paged
            else "Only images and PDFs can be printed from the viewer."
        )
        self.save_button.setEnabled(not self._released and self._session is not None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.fit_width:
            self._rerender.start()  # the page area has its real width only now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_width and event.size().width() != event.oldSize().width():
            self._rerender.start()

    # -- printing ---------------------------------------------------------------------------

    def print_document(self) -> None:
        """Ask for a printer, print every (watermarked) page, audit the print."""
        if self.mode not in (IMAGE, PDF):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{self.reference} copy")  # print queues show it: no file name
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(f"Print {self.reference} ({self.kind} document)")
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages (the printer's range, else all) with the watermark; returns the
        number of pages printed, and records the print in the audit log."""
        if self.mode not in (IMAGE, PDF) or not self.page_count:
            return 0
        first = max(1, printer.fromPage() or 1) - 1
        last = min(self.page_count, printer.toPage() or self.page_count) - 1
        painter = QPainter()
        if not painter.begin(printer):
            self.show_message("The printer could not be started.", error=True)
            return 0
        printed = 0
        try:
            for index in range(first, last + 1):
                if printed:
                    printer.newPage()
                area = painter.viewport()
                scale = PRINT_DPI / NATURAL_DPI if self._pdf is not None else 1.0
                image = self.page_image(index, scale)
                target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = area.x() + (area.width() - target.width()) // 2
                y = area.y() + (area.height() - target.height()) // 2
                painter.drawImage(QRect(QPoint(x, y), target), image)
                image.fill(0)
                printed += 1
        finally:
            painter.end()
        self._audit_print(printed)
        self.show_message(f"{printed} watermarked page{'s' if printed != 1 else ''} printed.")
        return printed

    def _audit_print(self, pages: int) -> None:
        if self._ops is None or self._session is None or not pages:
            return
        self._ops.run(
            partial(record_printed, self._session, self.reference, self.document_id, pages),
            on_error=lambda error: (
                self.show_message(str(error), error=True) if isValid(self) else None
            ),
            kind="request.document_printed",
        )

    # -- saving a decrypted copy ------------------------------------------------------------

    def save_decrypted_copy(self) -> None:
        """Choose where, confirm the warning, then export through the DB worker."""
        if self._ops is None or self._session is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save a decrypted copy", str(Path(folder) / self.filename)
        )
        if not chosen:
            return
        target = Path(chosen)
        answer = QMessageBox.question(
            self,
            "Save a decrypted copy?",
            f"DSR Desk will write an UNENCRYPTED copy of this {self.kind} document of "
            f"{self.reference}, without the watermark, to:\n\n{target}\n\n"
            "The copy is not protected by the vault and will not be purged when the retention "
            "period ends: anyone with access to that folder can read it. Delete it as soon as "
            "you no longer need it. The export is recorded in the audit log.\n\n"
            "Save the decrypted copy?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.show_message("Nothing was saved.")
            return
        self.save_button.setEnabled(False)

        def done(path: Path) -> None:
            if isValid(self):
                self.show_message(f"Decrypted copy saved to {path}. Delete it after use.")
                self._update_controls()

        def failed(error: DsrError) -> None:
            if isValid(self):
                self.show_message(str(error), error=True)
                self._update_controls()

        self._ops.run(
            partial(export_copy, self._session, self.reference, self.document_id, target),
            on_done=done,
            on_error=failed,
            kind="request.document_exported",
        )

    # -- messages and closing ---------------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setVisible(bool(text))

    def _release_pdf(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf.deleteLater()
            self._pdf = None
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.setData(QByteArray())
            self._pdf_buffer.deleteLater()
            self._pdf_buffer = None
        if self._pdf_bytes is not None:
            self._pdf_bytes.fill(0)  # best effort: overwrite the plaintext Qt held
            self._pdf_bytes = None

    def release(self) -> None:
        """Drop every decrypted buffer (on close, and so on lock)."""
        if self._released:
            return
        self._released = True
        self._rerender.stop()
        self.page_label.clear()
        for image in self._marked.values():
            image.fill(0)
        self._marked.clear()
        if self._image is not None:
            self._image.fill(0)
            self._image = None
        self._release_pdf()
        self.text_view.clear()
        self.page_count = 0
        self._update_controls()


def _on_white(image: QImage) -> QImage:
    """PDF pages render on a transparent background: put them on paper-white."""
    page = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    image.fill(0)
    return page


def _bounded(size: QSize) -> QSize:
    """At least 1×1 and at most MAX_RENDER_SIDE on the longer side (memory stays bounded)."""
    width, height = max(1, size.width()), max(1, size.height())
    longest = max(width, height)
    if longest > MAX_RENDER_SIDE:
        width = max(1, width * MAX_RENDER_SIDE // longest)
        height = max(1, height * MAX_RENDER_SIDE // longest)
    return QSize(width, height)
