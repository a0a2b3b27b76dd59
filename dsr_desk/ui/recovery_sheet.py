"""The printable recovery sheet: the recovery key with what it is for, in French and English.

``render_recovery_sheet_pdf`` makes a one-page A4 PDF (ReportLab) to save and print later;
``print_recovery_key`` sends the same text to a printer through Qt. Neither writes anything
to disk by itself nor logs the key. A vault's sheet names the vault; a team database's
(``team=True``: its recovery key opens the team key) names the server and says what that key
is for instead.
"""

from __future__ import annotations

import html
import io
from datetime import datetime
from typing import Final

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from dsr_desk import APP_NAME

SHEET_TITLE: Final = "Recovery key · Clé de secours"
SHEET_FILE_NAME: Final = "DSR Desk recovery key.pdf"

INSTRUCTIONS_EN: Final = (
    "This key opens your DSR Desk vault when its passphrase is forgotten or its entry in the "
    "computer's keyring is lost (new computer, reinstalled system, other user account).",
    "Keep this sheet in a locked place (safe, locked drawer), away from the computer. Do not "
    "photograph it, e-mail it or keep an unencrypted copy on the computer or in the cloud.",
    "Anyone holding this key and a copy of the data folder can read every request in the "
    "vault: look after it like the key to the archive room.",
    "To use it: in the unlock window of DSR Desk, click “Use recovery key…” and type the key "
    "(upper or lower case, dashes optional). From a terminal: dsr-desk recover.",
    "If this sheet is lost, or someone else may have seen it, tell your DPO at once.",
)

INSTRUCTIONS_FR: Final = (
    "Cette clé ouvre votre coffre DSR Desk si sa phrase de passe est oubliée ou si son entrée "
    "dans le trousseau de l'ordinateur est perdue (nouvel ordinateur, système réinstallé, "
    "autre compte).",
    "Rangez cette feuille sous clé (coffre, tiroir fermé), loin de l'ordinateur. Ne la "
    "photographiez pas, ne l'envoyez pas par courriel et n'en gardez aucune copie non "
    "chiffrée sur l'ordinateur ou dans le cloud.",
    "Toute personne disposant de cette clé et d'une copie du dossier de données peut lire "
    "toutes les demandes du coffre : protégez-la comme la clé de la salle des archives.",
    "Pour l'utiliser : dans la fenêtre de déverrouillage de DSR Desk, cliquez sur « Use "
    "recovery key… » (clé de secours) et saisissez la clé (majuscules ou minuscules, tirets "
    "facultatifs). En ligne de commande : dsr-desk recover.",
    "Si cette feuille est perdue ou a pu être vue par quelqu'un d'autre, prévenez "
    "immédiatement votre DPO.",
)

TEAM_INSTRUCTIONS_EN: Final = (
    "This key opens the team key of your DSR Desk team database (on the server named above) "
    "if the password of every DPO account is lost.",
    INSTRUCTIONS_EN[1],
    "Anyone holding this key and a copy of the team database can read every request in it: "
    "look after it like the key to the archive room.",
    "If this sheet is lost, or someone else may have seen it, tell your DPO at once.",
)

TEAM_INSTRUCTIONS_FR: Final = (
    "Cette clé ouvre la clé d'équipe de votre base d'équipe DSR Desk (sur le serveur nommé "
    "ci-dessus) si le mot de passe de tous les comptes DPO est perdu.",
    INSTRUCTIONS_FR[1],
    "Toute personne disposant de cette clé et d'une copie de la base d'équipe peut lire "
    "toutes les demandes qu'elle contient : protégez-la comme la clé de la salle des archives.",
    "Si cette feuille est perdue ou a pu être vue par quelqu'un d'autre, prévenez "
    "immédiatement votre DPO.",
)

RECORD_LINES: Final = (
    "Stored at · Rangée à",
    "By · Par",
    "On · Le",
)


def created_label(created: str) -> str:
    """The vault's creation time for people: ``2026-03-20T09:00:00+00:00`` → ``20/03/2026``."""
    try:
        moment = datetime.fromisoformat(created)
    except ValueError:
        return created
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%d/%m/%Y %H:%M}"


# --- PDF (ReportLab) -------------------------------------------------------------------


def _sheet_words(team: bool) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """What the sheet's first fact is called, and its instructions in English and French."""
    if team:
        return "Team server · Serveur d'équipe", TEAM_INSTRUCTIONS_EN, TEAM_INSTRUCTIONS_FR
    return "Vault · Coffre", INSTRUCTIONS_EN, INSTRUCTIONS_FR


def render_recovery_sheet_pdf(
    recovery_key: str, vault_id: str, created: str, *, team: bool = False
) -> bytes:
    """A one-page A4 recovery sheet as PDF bytes (``team``: ``vault_id`` names the server)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    ink = colors.HexColor("#1f2933")
    muted = colors.HexColor("#5f6b7a")
    base = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13.5, textColor=ink)
    brand = ParagraphStyle("brand", parent=base, fontSize=9, textColor=muted)
    title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=22, leading=27)
    heading = ParagraphStyle(
        "heading", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=4
    )
    key_style = ParagraphStyle(
        "key", parent=base, fontName="Courier-Bold", fontSize=17, leading=22, alignment=TA_CENTER
    )
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=muted)

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(html.escape(text), style)

    def numbered(items: tuple[str, ...]) -> ListFlowable:
        return ListFlowable(
            [para(item, base) for item in items],
            bulletType="1",
            bulletFontName="Helvetica-Bold",
            bulletFontSize=10,
            leftIndent=14,
            spaceBefore=2,
        )

    holder, instructions_en, instructions_fr = _sheet_words(team)
    facts = Table(
        [
            [para(holder, brand), para(vault_id, base)],
            [para("Created · Créé le", brand), para(created_label(created), base)],
        ],
        colWidths=[40 * mm, None],
        hAlign="LEFT",
    )
    facts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    key_box = Table([[para(recovery_key, key_style)]], colWidths=[None], rowHeights=[22 * mm])
    key_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, ink),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f6f8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    record = Table(
        [[para(label, brand), ""] for label in RECORD_LINES],
        colWidths=[52 * mm, None],
        rowHeights=[10 * mm] * len(RECORD_LINES),
    )
    record.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.5, muted),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    story = [
        para(APP_NAME, brand),
        para(SHEET_TITLE, title),
        Spacer(1, 4 * mm),
        facts,
        Spacer(1, 6 * mm),
        key_box,
        Spacer(1, 2 * mm),
        para(
            "Groups of four characters; the last group is a check that catches typing "
            "mistakes. · Groupes de quatre caractères ; le dernier sert à détecter les fautes "
            "de frappe.",
            small,
        ),
        Spacer(1, 8 * mm),
        para("What this key is for", heading),
        numbered(instructions_en),
        Spacer(1, 6 * mm),
        para("À quoi sert cette clé", heading),
        numbered(instructions_fr),
        Spacer(1, 10 * mm),
        record,
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"{APP_NAME} recovery key",  # metadata never carries the key itself
        author=APP_NAME,
        subject=f"Team server {vault_id}" if team else f"Vault {vault_id}",
    )
    document.build(story)
    return buffer.getvalue()


# --- printing (Qt) ---------------------------------------------------------------------


def recovery_sheet_html(
    recovery_key: str, vault_id: str, created: str, *, team: bool = False
) -> str:
    """The sheet as rich text for QTextDocument (same wording as the PDF)."""
    holder, instructions_en, instructions_fr = _sheet_words(team)

    def items(texts: tuple[str, ...]) -> str:
        return "".join(f"<li>{html.escape(text)}</li>" for text in texts)

    return (
        "<div style='font-family: sans-serif; font-size: 10pt; color: #1f2933;'>"
        f"<p style='color:#5f6b7a; font-size:9pt;'>{html.escape(APP_NAME)}</p>"
        f"<h1 style='font-size:20pt;'>{html.escape(SHEET_TITLE)}</h1>"
        "<table cellpadding='2'>"
        f"<tr><td style='color:#5f6b7a;'>{html.escape(holder)}</td>"
        f"<td>{html.escape(vault_id)}</td></tr>"
        "<tr><td style='color:#5f6b7a;'>Created · Créé le</td>"
        f"<td>{html.escape(created_label(created))}</td></tr></table>"
        "<table width='100%' border='1' cellpadding='14' cellspacing='0' "
        "style='margin-top:14px; border-color:#1f2933; background:#f4f6f8;'><tr>"
        "<td align='center' style='font-family: monospace; font-size:16pt; font-weight:bold;'>"
        f"{html.escape(recovery_key)}</td></tr></table>"
        "<h3>What this key is for</h3>"
        f"<ol>{items(instructions_en)}</ol>"
        "<h3>À quoi sert cette clé</h3>"
        f"<ol>{items(instructions_fr)}</ol>"
        "</div>"
    )


def print_recovery_key(
    parent: QWidget | None,
    recovery_key: str,
    vault_id: str,
    created: str,
    printer: QPrinter | None = None,
    *,
    team: bool = False,
) -> bool:
    """Print the recovery sheet; asks for the printer unless one is given. True if printed."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(f"{APP_NAME} recovery key")
        printer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("Print the recovery key")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    document = QTextDocument()
    document.setDefaultFont(QFont("sans-serif", 10))
    document.setHtml(recovery_sheet_html(recovery_key, vault_id, created, team=team))
    # A page size makes the document paginated: printed at true size, no page number added.
    paint = printer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    document.setPageSize(QSizeF(paint.width() * dpi, paint.height() * dpi))
    document.print_(printer)
    return True
