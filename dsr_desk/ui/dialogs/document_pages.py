"""The pages of the document viewer: an image, or a PDF's pages, decoded in memory, rendered
with the watermark, with page navigation, zoom and fit-to-width.

``PageNavigator`` is a part of ``DocumentViewer`` (``viewer.pages``): it owns the decoded
pages, the page area (``scroll_area`` showing ``page_label``) and the navigation tool buttons,
which the viewer places in its own layout. Pages are rendered to ``QImage``s in memory and
watermarked before they reach the screen; only the current page's render is kept, and it is
zeroed when replaced. ``release()`` drops every buffer (zeroed where Qt lets us).
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QToolButton, QWidget

from dsr_desk.ui.dialogs.document_rendering import bounded_size, on_white, paint_watermark
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.widgets.labels import plain_label

#: The viewer's keys: (standard key, the button it clicks, what it does). Help → Keyboard
#: shortcuts lists them from here too.
VIEWER_KEYS = (
    (
        QKeySequence.StandardKey.MoveToPreviousPage,
        "previous_button",
        QT_TRANSLATE_NOOP("DocumentPages", "Previous page"),
    ),
    (
        QKeySequence.StandardKey.MoveToNextPage,
        "next_button",
        QT_TRANSLATE_NOOP("DocumentPages", "Next page"),
    ),
    (
        QKeySequence.StandardKey.ZoomIn,
        "zoom_in_button",
        QT_TRANSLATE_NOOP("DocumentPages", "Zoom in"),
    ),
    (
        QKeySequence.StandardKey.ZoomOut,
        "zoom_out_button",
        QT_TRANSLATE_NOOP("DocumentPages", "Zoom out"),
    ),
)

NATURAL_DPI = 96  # a PDF at 100 % shows at this many pixels per inch
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


def _tool(text: str, name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    return button


class PageNavigator(QObject):
    """The watermarked pages of one document, the page area and its navigation and zoom."""

    def __init__(self, window: QWidget, watermark: str) -> None:
        super().__init__(window)  # the viewer: the page keys act anywhere in it
        self.watermark = watermark
        self.page_count = 0
        self.current_page = 0
        self.zoom = 1.0
        self.fit_width = True
        self._image: QImage | None = None  # the decoded image
        self._marked: dict[int, QImage] = {}  # watermarked renders: the current page only
        self._pdf: QPdfDocument | None = None
        self._pdf_bytes: QByteArray | None = None
        self._pdf_buffer: QBuffer | None = None

        self.page_label = QLabel()
        self.page_label.setObjectName("pageImage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("pageArea")
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setStyleSheet("QScrollArea#pageArea { background:#5f6368; }")
        self.scroll_area.setWidget(self.page_label)
        self.page_label.setStyleSheet("background:transparent;")

        self.previous_button = _tool(
            QCoreApplication.translate("DocumentPages", "‹ Previous"),
            "previousPage",
            QCoreApplication.translate("DocumentPages", "Previous page (Page Up)"),
        )
        self.next_button = _tool(
            QCoreApplication.translate("DocumentPages", "Next ›"),
            "nextPage",
            QCoreApplication.translate("DocumentPages", "Next page (Page Down)"),
        )
        self.page_status = plain_label(selectable=False, wrap=False)
        self.page_status.setObjectName("pageStatus")
        self.zoom_out_button = _tool(
            "−", "zoomOut", QCoreApplication.translate("DocumentPages", "Zoom out (Ctrl+-)")
        )
        self.zoom_in_button = _tool(
            "+", "zoomIn", QCoreApplication.translate("DocumentPages", "Zoom in (Ctrl++)")
        )
        self.zoom_status = plain_label(selectable=False, wrap=False)
        self.zoom_status.setMinimumWidth(48)
        self.zoom_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_button = _tool(
            QCoreApplication.translate("DocumentPages", "Fit width"),
            "fitWidth",
            QCoreApplication.translate("DocumentPages", "Fit the page to the window's width"),
        )
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.fit_button.toggled.connect(self.set_fit_width)
        for keys, button, label in VIEWER_KEYS:
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setWhatsThis(QCoreApplication.translate("DocumentPages", label))
            shortcut.activated.connect(getattr(self, button).click)

        self._rerender = QTimer(self, singleShot=True, interval=60)
        self._rerender.timeout.connect(self.show_page)

    def navigation_widgets(self) -> tuple[QWidget, ...]:
        """The page buttons and status, in toolbar order (previous, page, next)."""
        return (self.previous_button, self.page_status, self.next_button)

    def zoom_widgets(self) -> tuple[QWidget, ...]:
        """The zoom buttons and status, in toolbar order (out, zoom, in, fit width)."""
        return (self.zoom_out_button, self.zoom_status, self.zoom_in_button, self.fit_button)

    # -- loading and releasing --------------------------------------------------------------

    def load_pdf(self, content: bytes) -> bool:
        """Open a PDF from memory (a ``QBuffer``, never a file); False if it cannot be read.
        Nothing is shown before ``show_page()``."""
        self._pdf_bytes = QByteArray(content)
        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(self._pdf_bytes)
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf = QPdfDocument(self)
        self._pdf.load(self._pdf_buffer)
        if self._pdf.status() == QPdfDocument.Status.Ready and self._pdf.pageCount() > 0:
            self.page_count = self._pdf.pageCount()
            return True
        self._release_pdf()
        return False

    def load_image(self, content: bytes) -> bool:
        """Decode an image from memory; False if it cannot be read. Nothing is shown before
        ``show_page()``."""
        image = QImage.fromData(content)
        if image.isNull():
            return False
        self._image = image
        self.page_count = 1
        return True

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
        """Drop every decoded page and render; no page is left to show."""
        self._rerender.stop()
        self.page_label.clear()
        for image in self._marked.values():
            image.fill(0)
        self._marked.clear()
        if self._image is not None:
            self._image.fill(0)
            self._image = None
        self._release_pdf()
        self.page_count = 0
        self.update_controls()

    # -- rendering --------------------------------------------------------------------------

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

    def scale_for(self, dpi: int) -> float:
        """The render scale that gives ``dpi`` (a PDF); an image prints at its own pixels."""
        return dpi / NATURAL_DPI if self._pdf is not None else 1.0

    def source_image(self, index: int, scale: float = 1.0) -> QImage:
        """Page ``index`` rendered without the watermark (for rendering and tests only)."""
        if not 0 <= index < self.page_count:
            raise IndexError(index)
        if self._image is not None:
            if math.isclose(scale, 1.0):
                return self._image
            size = self._image.size() * scale
            return self._image.scaled(
                bounded_size(size),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        if self._pdf is not None:
            return on_white(self._pdf.render(index, bounded_size(self.natural_size(index) * scale)))
        return QImage()

    def page_image(self, index: int, scale: float = 1.0) -> QImage:
        """Page ``index`` as shown and printed: rendered, then watermarked."""
        return paint_watermark(self.source_image(index, scale), self.watermark)

    def shown_image(self) -> QImage | None:
        """The watermarked image on screen now (tests and screenshots)."""
        return self._marked.get(self.current_page)

    # -- navigation and zoom ----------------------------------------------------------------

    def go_to_page(self, index: int) -> None:
        if self.page_count and 0 <= index < self.page_count and index != self.current_page:
            self.current_page = index
            self.show_page()
            self.update_controls()

    def set_fit_width(self, on: bool) -> None:
        self.fit_width = on
        if self.fit_button.isChecked() != on:
            self.fit_button.setChecked(on)
        self.show_page()
        self.update_controls()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], zoom))
        self.fit_width = False
        self.fit_button.setChecked(False)
        self.show_page()
        self.update_controls()

    def step_zoom(self, direction: int) -> None:
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-6]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def refit(self) -> None:
        """The page area changed width (shown, resized): fit the page again, shortly."""
        if self.fit_width:
            self._rerender.start()

    def update_controls(self) -> None:
        """Show the navigation and zoom controls for paged documents only, with their state."""
        paged = self.page_count > 0
        for widget in (*self.navigation_widgets(), *self.zoom_widgets()):
            widget.setVisible(paged)
        self.page_status.setText(
            QCoreApplication.translate("DocumentPages", "Page {page} of {page_count}").format(
                page=self.current_page + 1, page_count=self.page_count
            )
        )
        self.previous_button.setEnabled(self.current_page > 0)
        self.next_button.setEnabled(self.current_page < self.page_count - 1)
        self.zoom_status.setText(f"{round(self.zoom * 100)} %")

    def _fit_zoom(self) -> float:
        natural = self.natural_size(self.current_page)
        room = self.scroll_area.viewport().width() - 24
        scroll_bar = self.scroll_area.verticalScrollBar()
        if not scroll_bar.isVisible():  # a tall page brings it: leave it room from the start
            room -= scroll_bar.sizeHint().width()
        if natural.width() <= 0 or room <= 0:
            return 1.0
        return min(ZOOM_STEPS[-1], max(0.1, room / natural.width()))

    def show_page(self) -> None:
        """Render the current page with the watermark and put it on screen."""
        if not self.page_count:
            return
        if self.fit_width:
            self.zoom = self._fit_zoom()
        ratio = self.page_label.devicePixelRatioF()  # the viewer's screen
        for image in self._marked.values():
            image.fill(0)
        self._marked.clear()
        if self._image is not None:
            # Watermark at the image's own resolution (same proportions at every zoom).
            marked = self.page_image(0)
            shown = marked.scaled(
                bounded_size(marked.size() * (self.zoom * ratio)),
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
        self.update_controls()
