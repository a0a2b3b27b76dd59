"""The flow of one letter: subject, salutation, body, signature block and the Art. 15 annex,
as ReportLab flowables."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dsr_desk.letters.context import Annex, ComposedPart, Composition
from dsr_desk.letters.page_layout import TEXT_WIDTH
from dsr_desk.letters.styles import ACCENT, RULE, Styles, markup, para


def part_story(composition: Composition, part: ComposedPart, s: Styles) -> list[Flowable]:
    """The flowables of one letter of the composition, its annex included."""
    size = s.body.fontSize
    story: list[Flowable] = [
        Paragraph(
            f'<font name="{s.subject.fontName}">{markup(part.subject_label, size)}</font>'
            f" {markup(part.subject, size)}",
            s.subject,
        ),
        para(part.salutation, s.body),
    ]
    body: list[Flowable] = []
    for block in part.blocks:
        if block.style == "bullets":
            items = [ListItem(para(text, s.bullet), leftIndent=6 * mm) for text in block.texts]
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
            body.append(para(block.texts[0], s.quote if block.style == "quote" else s.body))
    if part.recourse:
        body.append(para(" ".join(part.recourse), s.body))
    # The signature never stands alone on a page: the last paragraph comes along.
    story += body[:-1]
    signature: list[Flowable] = [
        *body[-1:],
        para(part.closing, s.body),
        Spacer(1, 14 * mm),
        para(composition.signer_name, s.signature_name),
        para(composition.signer_title, s.signature),
        para(composition.entity_name, s.signature),
    ]
    story.append(KeepTogether(signature))
    if part.annex is not None:
        story += _annex_story(part.annex, s)
    return story


def _annex_story(annex: Annex, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(),
        para(annex.heading, s.annex_heading),
        para(annex.title, s.annex_title),
        para(annex.intro, s.body),
    ]
    label_width = 46 * mm
    for section in annex.sections:
        rows = [[para(label, s.cell_label), para(value, s.cell)] for label, value in section.rows]
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
        story += [CondPageBreak(45 * mm), para(section.title, s.section_title), table]
    story += [
        Spacer(1, 4 * mm),
        para(annex.rights_title, s.section_title),
        para(annex.rights, s.body),
    ]
    return story
