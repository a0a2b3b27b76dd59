"""A4 letters in the French business layout, as PDF bytes in memory (nothing touches disk).

First page, top to bottom: the entity's letterhead (its logo at the top left when it has
one, at most 18 × 50 mm, with name, address and DPO contact beside it); at the height of the
envelope window the sender block on the left ("Affaire suivie par", references,
registered-mail number) and the addressee on the right;
place and date; subject; salutation; body; the legal recourse sentences where required;
closing; signature block; on English letters a note that the French version prevails; for
an access answer an annex with the Art. 15(1) information, one section per activity of the
register. Following pages carry a short reminder line at the top. Pages are numbered "1/2"
at the bottom right when a letter has more than one page. Fold marks are printed in the left
margin.

Window envelope. The French standard DL envelope (110 × 220 mm) has its window on the right:
100 × 45 mm, 20 mm from the right edge and 15 mm from the bottom edge. A4 folded in three
(panels of 99 mm) slides up to 11 mm vertically and 10 mm sideways inside it, so the area
that always shows through is about 100–190 mm from the left edge and 50–84 mm from the top of
the sheet. French mail processors (and La Poste's guide for window envelopes) place the
address frame 110 mm from the left edge and 55 mm from the top, 85 mm wide and at most
33 mm high: that is where the address block goes (``ADDRESS_*`` below), at most six lines
(``context.MAX_ADDRESS_LINES``), and nothing else is printed in that frame. The letterhead
(logo included) ends above 52 mm, so it never reaches the frame: the sender and address
blocks are placed from the top of the sheet, whatever the letterhead holds.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dsr_desk.letters.compose import compose
from dsr_desk.letters.context import Annex, ComposedPart, Composition, LetterData
from dsr_desk.letters.fonts import FontFamily, letter_font
from dsr_desk.letters.logo import logo_reader

log = logging.getLogger(__name__)

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN: Final = 25 * mm
RIGHT_MARGIN: Final = 20 * mm
TEXT_WIDTH: Final = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
BOTTOM_MARGIN: Final = 24 * mm
# The address frame seen through the window of a French DL envelope (see the module doc).
ADDRESS_LEFT: Final = 110 * mm
ADDRESS_TOP: Final = 55 * mm  # from the top edge of the sheet
ADDRESS_WIDTH: Final = 85 * mm
ADDRESS_HEIGHT: Final = 33 * mm
SENDER_WIDTH: Final = ADDRESS_LEFT - LEFT_MARGIN - 8 * mm
PLACE_DATE_TOP: Final = 93 * mm
FIRST_BODY_TOP: Final = 103 * mm
LATER_BODY_TOP: Final = 24 * mm
FOLD_MARKS: Final = (99 * mm, 198 * mm)  # tri-fold for the DL envelope
SIGNATURE_INDENT: Final = ADDRESS_LEFT - LEFT_MARGIN
FOOTNOTE_ROOM: Final = 9 * mm
LETTERHEAD_TOP: Final = 16 * mm
LETTERHEAD_BOTTOM_MAX: Final = 52 * mm  # clear of the sender and address blocks (55 mm)
LOGO_GAP: Final = 6 * mm  # between the logo and the letterhead text beside it

INK: Final = colors.HexColor("#1a1a1a")
GREY: Final = colors.HexColor("#5f6368")
RULE: Final = colors.HexColor("#9aa0a6")
ACCENT: Final = colors.HexColor("#1f3a5f")

FINE_SPACE_SCALE: Final = 0.6  # a no-break space at 60 % size ≈ 1/6 em: the French "fine"


def render_letter(letter: LetterData) -> bytes:
    """The letter as PDF bytes. ``ValidationError`` (missing values…) before any rendering."""
    return render_composition(compose(letter))


def render_composition(composition: Composition) -> bytes:
    font = letter_font()
    styles = _Styles.make(font)
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=LATER_BODY_TOP,
        bottomMargin=BOTTOM_MARGIN,
        title=composition.title,
        author=composition.entity_name,
        subject=composition.parts[0].subject if composition.parts else "",
        creator="DSR Desk",
        lang="fr-FR" if composition.lang == "fr" else "en-GB",
    )
    # English letters keep room at the foot of their first page for the note that the French
    # version prevails (printed there, outside the flow, so it can never be pushed away).
    first_bottom = BOTTOM_MARGIN + (FOOTNOTE_ROOM if _has_footnote(composition) else 0)
    first_frame = Frame(
        LEFT_MARGIN,
        first_bottom,
        TEXT_WIDTH,
        PAGE_HEIGHT - FIRST_BODY_TOP - first_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="first",
    )
    later_frame = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        TEXT_WIDTH,
        PAGE_HEIGHT - LATER_BODY_TOP - 6 * mm - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="later",
    )
    templates = []
    story: list[Flowable] = []
    for index, part in enumerate(composition.parts):
        first = partial(_draw_first_page, composition, part, index, styles, font)
        later = partial(_draw_later_page, composition, part, index, styles)
        templates += [
            PageTemplate(
                id=f"first-{index}",
                frames=[first_frame],
                onPage=first,
                autoNextPageTemplate=f"later-{index}",
            ),
            PageTemplate(id=f"later-{index}", frames=[later_frame], onPage=later),
        ]
        if index:
            story += [NextPageTemplate(f"first-{index}"), PageBreak()]
        story += _part_story(composition, part, styles)
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=_make_canvas(font))
    return buffer.getvalue()


# -- text -------------------------------------------------------------------------------------


def _markup(text: str, size: float) -> str:
    """Plain text to paragraph markup: escaped, narrow no-break spaces set as reduced-size
    no-break spaces (see ``fonts``), line breaks kept."""
    fine = f'<font size="{size * FINE_SPACE_SCALE:.2f}">\u00a0</font>'
    return escape(text).replace("\u202f", fine).replace("\n", "<br/>")


@dataclass(frozen=True)
class _Styles:
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
    def make(cls, font: FontFamily) -> _Styles:
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


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_markup(text, style.fontSize), style)


# -- the flow of one letter ----------------------------------------------------------------


def _part_story(composition: Composition, part: ComposedPart, s: _Styles) -> list[Flowable]:
    size = s.body.fontSize
    story: list[Flowable] = [
        Paragraph(
            f'<font name="{s.subject.fontName}">{_markup(part.subject_label, size)}</font>'
            f" {_markup(part.subject, size)}",
            s.subject,
        ),
        _para(part.salutation, s.body),
    ]
    body: list[Flowable] = []
    for block in part.blocks:
        if block.style == "bullets":
            items = [ListItem(_para(text, s.bullet), leftIndent=6 * mm) for text in block.texts]
            body.append(
                ListFlowable(
                    items,
                    bulletType="bullet",
                    start="–",
                    leftIndent=6 * mm,
                    bulletFontName=s.body.fontName,
                    bulletFontSize=size,
                    spaceAfter=7,
                )
            )
        else:
            body.append(_para(block.texts[0], s.quote if block.style == "quote" else s.body))
    if part.recourse:
        body.append(_para(" ".join(part.recourse), s.body))
    # The signature never stands alone on a page: the last paragraph comes along.
    story += body[:-1]
    signature: list[Flowable] = [
        *body[-1:],
        _para(part.closing, s.body),
        Spacer(1, 14 * mm),
        _para(composition.signer_name, s.signature_name),
        _para(composition.signer_title, s.signature),
        _para(composition.entity_name, s.signature),
    ]
    story.append(KeepTogether(signature))
    if part.annex is not None:
        story += _annex_story(part.annex, s)
    return story


def _annex_story(annex: Annex, s: _Styles) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(),
        _para(annex.heading, s.annex_heading),
        _para(annex.title, s.annex_title),
        _para(annex.intro, s.body),
    ]
    label_width = 46 * mm
    for section in annex.sections:
        rows = [[_para(label, s.cell_label), _para(value, s.cell)] for label, value in section.rows]
        table = Table(rows, colWidths=[label_width, TEXT_WIDTH - label_width])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), s.cell.fontName),  # no default Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story += [CondPageBreak(45 * mm), _para(section.title, s.section_title), table]
    story += [
        Spacer(1, 4 * mm),
        _para(annex.rights_title, s.section_title),
        _para(annex.rights, s.body),
    ]
    return story


# -- what is drawn on the page itself --------------------------------------------------------


def _draw_block(
    canvas: Canvas, lines: list[tuple[str, ParagraphStyle]], x: float, top: float, width: float
) -> float:
    """Draw paragraphs downwards from ``top`` (distance from the top edge); return the
    distance of their bottom from the top edge."""
    y = PAGE_HEIGHT - top
    for text, style in lines:
        paragraph = _para(text, style)
        _w, height = paragraph.wrapOn(canvas, width, PAGE_HEIGHT)
        y -= height
        paragraph.drawOn(canvas, x, y)
        y -= style.spaceAfter
    return float(PAGE_HEIGHT - y)


def _draw_first_page(
    composition: Composition,
    part: ComposedPart,
    index: int,
    s: _Styles,
    font: FontFamily,
    canvas: Canvas,
    _doc: BaseDocTemplate,
) -> None:
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
        note = _para(part.footnote, s.footnote)
        note.wrapOn(canvas, TEXT_WIDTH, FOOTNOTE_ROOM)
        note.drawOn(canvas, LEFT_MARGIN, BOTTOM_MARGIN - 2 * mm)
    _draw_fold_marks(canvas)
    _draw_footer(canvas, composition, s)
    canvas.restoreState()


def _has_footnote(composition: Composition) -> bool:
    return any(part.footnote for part in composition.parts)


def _draw_later_page(
    composition: Composition,
    part: ComposedPart,
    index: int,
    s: _Styles,
    canvas: Canvas,
    _doc: BaseDocTemplate,
) -> None:
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


def _draw_footer(canvas: Canvas, composition: Composition, s: _Styles) -> None:
    style = ParagraphStyle("footer", parent=s.letterhead, fontSize=7, leading=9)
    footer = Paragraph(_markup(composition.footer, 7), style)
    _w, height = footer.wrapOn(canvas, TEXT_WIDTH - 25 * mm, 30 * mm)
    footer.drawOn(canvas, LEFT_MARGIN, 11 * mm)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(LEFT_MARGIN, 11 * mm + height + 2, PAGE_WIDTH - RIGHT_MARGIN, 11 * mm + height + 2)


# -- page numbers "1/2", per letter ----------------------------------------------------------


def _make_canvas(font: FontFamily) -> Callable[..., Canvas]:
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


__all__ = ["render_composition", "render_letter"]
