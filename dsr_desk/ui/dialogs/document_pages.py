"""The page area of the document viewer: rendering pages (an image, or a PDF's pages) with the
watermark, page navigation, zoom and fit-to-width. A mixin of ``DocumentViewer``, which sets
every attribute it uses (see ``DocumentPages``).

Pages are rendered to ``QImage``s in memory and watermarked before they reach the screen; only
the current page's render is kept, and it is zeroed when replaced.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QToolButton

from dsr_desk.ui.dialogs.document_rendering import (
    IMAGE,
    PDF,
    bounded_size,
    on_white,
    paint_watermark,
)
from dsr_desk.ui.mixin_bases import DialogMixin

NATURAL_DPI = 96  # a PDF at 100 % shows at this many pixels per inch
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


class DocumentPages(DialogMixin):
    """What the page area uses of the viewer, all set by ``DocumentViewer.__init__``; a
    QDialog for the type checker only."""

    watermark: str
    mode: str
    page_count: int
    current_page: int
    zoom: float
    fit_width: bool
    _image: QImage | None
    _marked: dict[int, QImage]
    _pdf: QPdfDocument | None
    _released: bool
    _rerender: QTimer
    page_label: QLabel
    scroll_area: QScrollArea
    fit_button: QToolButton

    if TYPE_CHECKING:  # DocumentViewer's

        def _update_controls(self) -> None: ...

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
        self._update_controls()

    def shown_image(self) -> QImage | None:
        """The watermarked image on screen now (tests and screenshots)."""
        return self._marked.get(self.current_page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.fit_width:
            self._rerender.start()  # the page area has its real width only now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_width and event.size().width() != event.oldSize().width():
            self._rerender.start()
