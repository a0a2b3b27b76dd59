"""The letter's colours and paragraph styles, and plain text turned into paragraph markup."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from dsr_desk.letters.fonts import FontFamily
from dsr_desk.letters.page_layout import SIGNATURE_INDENT

INK: Final = colors.HexColor("#1a1a1a")
GREY: Final = colors.HexColor("#5f6368")
RULE: Final = colors.HexColor("#9aa0a6")
ACCENT: Final = colors.HexColor("#1f3a5f")

FINE_SPACE_SCALE: Final = 0.6  # a no-break space at 60 % size ≈ 1/6 em: the French "fine"


def markup(text: str, size: float) -> str:
    """Plain text to paragraph markup: escaped, narrow no-break spaces set as reduced-size
    no-break spaces (see ``fonts``), line breaks kept."""
    fine = f'<font size="{size * FINE_SPACE_SCALE:.2f}">\u00a0</font>'
    return escape(text).replace("\u202f", fine).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one letter, all set in its font family."""

    body: ParagraphStyle
    quote: ParagraphStyle
    bullet: ParagraphStyle
    subject: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle
    address: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead: ParagraphStyle
    place_date: ParagraphStyle
    signature: ParagraphStyle
    signature_name: ParagraphStyle
    footnote: ParagraphStyle
    annex_heading: ParagraphStyle
    annex_title: ParagraphStyle
    section_title: ParagraphStyle
    cell_label: ParagraphStyle
    cell: ParagraphStyle

    @classmethod
    def make(cls, font: FontFamily) -> Styles:
        body = ParagraphStyle(
            "body",
            fontName=font.name,
            fontSize=font.body_size,
            leading=round(font.body_size * 1.35, 1),
            alignment=TA_JUSTIFY,
            spaceAfter=7,
            textColor=INK,
        )
        small = ParagraphStyle(
            "small", parent=body, fontSize=8.6, leading=11.2, alignment=TA_LEFT, spaceAfter=0
        )
        return cls(
            body=body,
            quote=ParagraphStyle(
                "quote",
                parent=body,
                fontName=font.italic,
                leftIndent=8 * mm,
                rightIndent=8 * mm,
                alignment=TA_LEFT,
            ),
            bullet=ParagraphStyle("bullet", parent=body, spaceAfter=3),
            subject=ParagraphStyle(
                "subject", parent=body, fontName=font.bold, alignment=TA_LEFT, spaceAfter=12
            ),
            small=small,
            small_bold=ParagraphStyle("small_bold", parent=small, fontName=font.bold),
            address=ParagraphStyle(
                "address",
                parent=body,
                leading=font.body_size + 2.5,
                alignment=TA_LEFT,
                spaceAfter=0,
            ),
            letterhead_name=ParagraphStyle(
                "letterhead_name",
                parent=body,
                fontName=font.bold,
                fontSize=14,
                leading=17,
                alignment=TA_LEFT,
                textColor=ACCENT,
            ),
            letterhead=ParagraphStyle(
                "letterhead", parent=small, fontSize=8.4, leading=10.6, textColor=GREY
            ),
            place_date=ParagraphStyle("place_date", parent=body, alignment=TA_LEFT, spaceAfter=0),
            signature=ParagraphStyle(
                "signature",
                parent=body,
                alignment=TA_LEFT,
                leftIndent=SIGNATURE_INDENT,
                spaceAfter=0,
            ),
            signature_name=ParagraphStyle(
                "signature_name",
                parent=body,
                fontName=font.bold,
                alignment=TA_LEFT,
                leftIndent=SIGNATURE_INDENT,
                spaceAfter=0,
            ),
            footnote=ParagraphStyle(
                "footnote",
                parent=small,
                fontName=font.italic,
                fontSize=8,
                leading=10,
                textColor=GREY,
            ),
            annex_heading=ParagraphStyle(
                "annex_heading",
                parent=body,
                fontName=font.bold,
                fontSize=13,
                leading=16,
                alignment=TA_LEFT,
                textColor=ACCENT,
                spaceAfter=2,
            ),
            annex_title=ParagraphStyle(
                "annex_title",
                parent=body,
                fontName=font.bold,
                alignment=TA_LEFT,
                spaceAfter=8,
            ),
            section_title=ParagraphStyle(
                "section_title",
                parent=body,
                fontName=font.bold,
                alignment=TA_LEFT,
                textColor=ACCENT,
                spaceBefore=6,
                spaceAfter=4,
                keepWithNext=True,
            ),
            cell_label=ParagraphStyle(
                "cell_label", parent=small, fontName=font.bold, textColor=GREY
            ),
            cell=ParagraphStyle("cell", parent=small, fontSize=9, leading=11.6),
        )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph in ``style``."""
    return Paragraph(markup(text, style.fontSize), style)
