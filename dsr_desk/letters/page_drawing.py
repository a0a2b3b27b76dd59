"""What is drawn on the page itself, outside the flow: the letterhead with its logo, the
sender and address blocks, place and date, the footnote, the reminder line of following
pages, fold marks, the footer, and the "1/2" page numbers."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Paragraph

from dsr_desk.letters.context import ComposedPart, Composition
from dsr_desk.letters.fonts import FontFamily
from dsr_desk.letters.logo import logo_reader
from dsr_desk.letters.page_layout import (
    ADDRESS_LEFT,
    ADDRESS_TOP,
    ADDRESS_WIDTH,
    BOTTOM_MARGIN,
    FOLD_MARKS,
    FOOTNOTE_ROOM,
    LEFT_MARGIN,
    LETTERHEAD_BOTTOM_MAX,
    LETTERHEAD_TOP,
    LOGO_GAP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PLACE_DATE_TOP,
    RIGHT_MARGIN,
    SENDER_WIDTH,
    TEXT_WIDTH,
)
from dsr_desk.letters.styles import GREY, RULE, Styles, markup, para

log = logging.getLogger(__name__)


def _draw_block(
    canvas: Canvas, lines: list[tuple[str, ParagraphStyle]], x: float, top: float, width: float
) -> float:
    """Draw paragraphs downwards from ``top`` (distance from the top edge); return the
    distance of their bottom from the top edge."""
    y = PAGE_HEIGHT - top
    for text, style in lines:
        paragraph = para(text, style)
        _w, height = paragraph.wrapOn(canvas, width, PAGE_HEIGHT)
        y -= height
        paragraph.drawOn(canvas, x, y)
        y -= style.spaceAfter
    return float(PAGE_HEIGHT - y)


def draw_first_page(
    composition: Composition,
    part: ComposedPart,
    index: int,
    s: Styles,
    font: FontFamily,
    canvas: Canvas,
    _doc: BaseDocTemplate,
) -> None:
    """Draw what the first page of a letter carries outside the flow (``onPage`` callback)."""
    canvas.saveState()
    canvas.dsr_part = index
    letterhead = [(composition.entity_name, s.letterhead_name)] + [
        (line, s.letterhead) for line in composition.letterhead_lines
    ]
    text_left, text_width = LEFT_MARGIN, TEXT_WIDTH - 45 * mm
    logo_width, logo_height = _draw_logo(canvas, composition.logo)
    if logo_width:
        text_left = LEFT_MARGIN + logo_width + LOGO_GAP
        text_width = PAGE_WIDTH - RIGHT_MARGIN - text_left
    bottom = _draw_block(canvas, letterhead, text_left, LETTERHEAD_TOP, text_width)
    bottom = max(bottom, LETTERHEAD_TOP + logo_height)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    rule_y = PAGE_HEIGHT - min(max(bottom + 3 * mm, 40 * mm), LETTERHEAD_BOTTOM_MAX)
    canvas.line(LEFT_MARGIN, rule_y, PAGE_WIDTH - RIGHT_MARGIN, rule_y)

    sender = [(composition.handled_by[0], s.small)]
    sender += [(line, s.small_bold) for line in composition.handled_by[1:]]
    sender += [(composition.signer_title, s.small), ("", s.small)]
    sender += [(line, s.small) for line in part.references]
    if part.registered:
        sender += [("", s.small), (part.registered, s.small_bold)]
    _draw_block(canvas, sender, LEFT_MARGIN, ADDRESS_TOP, SENDER_WIDTH)

    address = [(line, s.address) for line in part.address_lines]
    _draw_block(canvas, address, ADDRESS_LEFT, ADDRESS_TOP, ADDRESS_WIDTH)

    _draw_block(canvas, [(part.place_date, s.place_date)], ADDRESS_LEFT, PLACE_DATE_TOP, 85 * mm)
    if part.footnote:
        note = para(part.footnote, s.footnote)
        note.wrapOn(canvas, TEXT_WIDTH, FOOTNOTE_ROOM)
        note.drawOn(canvas, LEFT_MARGIN, BOTTOM_MARGIN - 2 * mm)
    _draw_fold_marks(canvas)
    _draw_footer(canvas, composition, s)
    canvas.restoreState()


def draw_later_page(
    composition: Composition,
    part: ComposedPart,
    index: int,
    s: Styles,
    canvas: Canvas,
    _doc: BaseDocTemplate,
) -> None:
    """Draw what a following page of a letter carries outside the flow (``onPage`` callback)."""
    canvas.saveState()
    canvas.dsr_part = index
    bottom = _draw_block(
        canvas, [(part.continuation, s.letterhead)], LEFT_MARGIN, 13 * mm, TEXT_WIDTH
    )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    rule_y = PAGE_HEIGHT - bottom - 2 * mm
    canvas.line(LEFT_MARGIN, rule_y, PAGE_WIDTH - RIGHT_MARGIN, rule_y)
    _draw_fold_marks(canvas)
    _draw_footer(canvas, composition, s)
    canvas.restoreState()


def _draw_logo(canvas: Canvas, logo: bytes | None) -> tuple[float, float]:
    """Draw the logo at the top left of the letterhead; return its printed width and height
    (0, 0 without a logo)."""
    if not logo:
        return 0.0, 0.0
    try:
        image, width, height = logo_reader(logo)
        canvas.drawImage(
            image,
            LEFT_MARGIN,
            PAGE_HEIGHT - LETTERHEAD_TOP - height,
            width=width,
            height=height,
            mask="auto",
        )
    except Exception:  # checked when saved; still, an unreadable image must not stop a letter
        log.warning("letter logo could not be read; the letterhead is printed without it")
        return 0.0, 0.0
    return width, height


def _draw_fold_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    for from_top in FOLD_MARKS:
        y = PAGE_HEIGHT - from_top
        canvas.line(6 * mm, y, 10 * mm, y)


def _draw_footer(canvas: Canvas, composition: Composition, s: Styles) -> None:
    style = ParagraphStyle("footer", parent=s.letterhead, fontSize=7, leading=9)
    footer = Paragraph(markup(composition.footer, 7), style)
    _w, height = footer.wrapOn(canvas, TEXT_WIDTH - 25 * mm, 30 * mm)
    footer.drawOn(canvas, LEFT_MARGIN, 11 * mm)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(LEFT_MARGIN, 11 * mm + height + 2, PAGE_WIDTH - RIGHT_MARGIN, 11 * mm + height + 2)


# -- page numbers "1/2", per letter ----------------------------------------------------------


def make_canvas(font: FontFamily) -> Callable[..., Canvas]:
    """A canvas that keeps its pages until the end, then numbers them within each letter
    ("2/3"), only when that letter has more than one page."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font.name  # no stray, unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.dsr_part = 0

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(page["dsr_part"] for page in self._pages)
            seen: Counter[int] = Counter()
            for page in self._pages:
                self.__dict__.update(page)
                part = page["dsr_part"]
                seen[part] += 1
                if totals[part] > 1:
                    self.setFont(font.name, 8.5)
                    self.setFillColor(GREY)
                    self.drawRightString(
                        PAGE_WIDTH - RIGHT_MARGIN, 11 * mm, f"{seen[part]}/{totals[part]}"
                    )
                super().showPage()
            super().save()

    return NumberedCanvas
