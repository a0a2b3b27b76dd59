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

The sheet's geometry and the window envelope are described in ``page_layout``; the styles
are in ``styles``, the flow of a letter in ``story``, what is drawn on the page outside the
flow in ``page_drawing``.
"""

from __future__ import annotations

from functools import partial
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from dsr_desk.letters.compose import compose
from dsr_desk.letters.context import Composition, LetterData
from dsr_desk.letters.fonts import letter_font
from dsr_desk.letters.page_drawing import draw_first_page, draw_later_page, make_canvas
from dsr_desk.letters.page_layout import (
    BOTTOM_MARGIN,
    FIRST_BODY_TOP,
    FOOTNOTE_ROOM,
    LATER_BODY_TOP,
    LEFT_MARGIN,
    PAGE_HEIGHT,
    RIGHT_MARGIN,
    TEXT_WIDTH,
)
from dsr_desk.letters.story import part_story
from dsr_desk.letters.styles import Styles


def render_letter(letter: LetterData) -> bytes:
    """The letter as PDF bytes. ``ValidationError`` (missing values…) before any rendering."""
    return render_composition(compose(letter))


def render_composition(composition: Composition) -> bytes:
    font = letter_font()
    styles = Styles.make(font)
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
        first = partial(draw_first_page, composition, part, index, styles, font)
        later = partial(draw_later_page, composition, part, index, styles)
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
        story += part_story(composition, part, styles)
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=make_canvas(font))
    return buffer.getvalue()


def _has_footnote(composition: Composition) -> bool:
    return any(part.footnote for part in composition.parts)


__all__ = ["render_composition", "render_letter"]
