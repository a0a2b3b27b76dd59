"""Pure rendering helpers of the document viewer: the watermark painted on every page, the
decoding of e-mails and text into plain text (HTML read without loading anything), the choice
of how a document is shown, and the bounds that keep rendered pages in memory small.

Everything works on bytes and ``QImage``s in memory: nothing here writes to disk.
"""

from __future__ import annotations

import math
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from PySide6.QtCore import QCoreApplication, QPointF, QSize
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from dsr_desk.services.document_access import OpenedDocument
from dsr_desk.services.mail_text import html_to_text
from dsr_desk.ui.dialogs.request_action_dialog import fmt_date
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

WATERMARK_TEMPLATE = QT_TRANSLATE_NOOP(
    "DocumentRendering", "COPY – identity verification only – {reference} – {day}"
)
WATERMARK_COLOUR = QColor(190, 20, 20, 85)  # semi-transparent red: unmissable, text readable
WATERMARK_HALO = QColor(255, 255, 255, 90)
MAX_RENDER_SIDE = 8000

IMAGE, PDF, TEXT, NONE = "image", "pdf", "text", "none"
TEXT_SUFFIXES = (".txt", ".text", ".csv", ".log", ".md")


# -- the watermark -------------------------------------------------------------------------


def watermark_text(reference: str, day: date) -> str:
    return QCoreApplication.translate("DocumentRendering", WATERMARK_TEMPLATE).format(
        reference=reference, day=fmt_date(day)
    )


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
            for name in (
                QCoreApplication.translate("DocumentRendering", "From"),
                QCoreApplication.translate("DocumentRendering", "To"),
                QCoreApplication.translate("DocumentRendering", "Cc"),
                QCoreApplication.translate("DocumentRendering", "Date"),
                QCoreApplication.translate("DocumentRendering", "Subject"),
            )
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
            parts.append(
                QCoreApplication.translate("DocumentRendering", "Attachments (not shown):\n")
                + "\n".join(attached)
            )
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


# -- page images ---------------------------------------------------------------------------


def on_white(image: QImage) -> QImage:
    """PDF pages render on a transparent background: put them on paper-white."""
    page = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    image.fill(0)
    return page


def bounded_size(size: QSize) -> QSize:
    """At least 1×1 and at most MAX_RENDER_SIDE on the longer side (memory stays bounded)."""
    width, height = max(1, size.width()), max(1, size.height())
    longest = max(width, height)
    if longest > MAX_RENDER_SIDE:
        width = max(1, width * MAX_RENDER_SIDE // longest)
        height = max(1, height * MAX_RENDER_SIDE // longest)
    return QSize(width, height)
