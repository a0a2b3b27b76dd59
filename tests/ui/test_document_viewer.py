"""The document viewer on real widgets and a real vault: watermark on every rendered page (PNG
and PDF), navigation and zoom, print to PDF, the confirmed "save a decrypted copy", e-mail and
text previews, buffers dropped on close, the request file's Open / Attach hooks, and no
plaintext (canary) under the data dir after viewing and printing."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zlib
from array import array
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import requests as svc
from dsr_desk.services.document_access import OpenedDocument
from dsr_desk.services.documents import attach_document
from dsr_desk.services.entities import update_entity
from dsr_desk.services.retention import purge_due_documents
from dsr_desk.ui.dialogs import document_viewer as viewer_module
from dsr_desk.ui.dialogs.document_ops import open_for_view
from dsr_desk.ui.dialogs.document_rendering import paint_watermark, watermark_text
from dsr_desk.ui.dialogs.document_viewer import DocumentViewer
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_view import RequestFileView
from tests.ui.conftest import UI_TODAY

CANARY = b"CANARY-b41d passport of Zebulon Canarywitz"
WATERMARK = "COPY – identity verification only – DSR-2026-0001 – 20/03/2026"


# -- sample documents ----------------------------------------------------------------------


def id_card_png(canary: bytes = CANARY) -> bytes:
    """A fake ID card drawn with QPainter, with ``canary`` in a PNG text chunk."""
    image = QImage(900, 570, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 900, 80, QColor("#2b5ea7"))
    painter.fillRect(30, 120, 230, 300, QColor("#9aa0a6"))
    font = QFont("DejaVu Sans")
    font.setPixelSize(28)
    painter.setFont(font)
    painter.setPen(QColor("#111111"))
    for row, text in enumerate(("MARTIN", "Jeanne", "14/07/1985", "X4RTBPFW4")):
        painter.drawText(300, 160 + 60 * row, text)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data = bytes(buffer.data())
    chunk = b"tEXt" + b"Comment\x00" + canary
    text_chunk = struct.pack(">I", len(chunk) - 4) + chunk + struct.pack(">I", zlib.crc32(chunk))
    return data[:-12] + text_chunk + data[-12:]  # before IEND


def letter_pdf(pages: int = 3, canary: bytes = CANARY) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    for number in range(pages):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 760, f"Demande d'accès, page {number + 1}")
        pdf.drawString(72, 730, canary.decode())
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def eml_bytes() -> bytes:
    message = EmailMessage()
    message["From"] = "Jeanne Martin <jeanne@exemple.fr>"
    message["To"] = "dpo@exemple.fr"
    message["Subject"] = "Demande d'accès à mes données"
    message.set_content("Bonjour,\nje souhaite accéder à mes données.\nJeanne")
    message.add_attachment(b"\x89PNG...", maintype="image", subtype="png", filename="cni.png")
    return bytes(message)


# -- helpers -------------------------------------------------------------------------------


def _request(session: AppSession, ops: Ops) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 2),
            name="Zebulon Canarywitz",
        )
    )
    return str(detail.reference)


def _attach(session: AppSession, ops: Ops, ref: str, name: str, media: str, content: bytes) -> str:
    view = ops.call(
        lambda: attach_document(
            session.uow(), session.document_store(), ref, DocumentKind.ID, name, media, content
        )
    )
    return str(view.document_id)


def _viewer(qtbot: QtBot, session: AppSession, ops: Ops, ref: str, doc_id: str) -> DocumentViewer:
    opened: OpenedDocument = ops.call(lambda: open_for_view(session, ref, doc_id))
    viewer = DocumentViewer(opened, today=UI_TODAY, session=session, ops=ops)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.pages.shown_image() is not None)
    return viewer


def _argb(image: QImage) -> array[int]:
    converted = image.convertToFormat(QImage.Format.Format_ARGB32)
    return array("I", bytes(converted.constBits())[: converted.sizeInBytes()])


def _is_watermark_red(pixel: int) -> bool:
    red, green, blue = (pixel >> 16) & 0xFF, (pixel >> 8) & 0xFF, pixel & 0xFF
    return red > green + 40 and red > blue + 40


def _compare(marked: QImage, source: QImage) -> tuple[float, int]:
    """(fraction of pixels changed, pixels that turned watermark-red)."""
    assert marked.size() == source.size()
    after, before = _argb(marked), _argb(source)
    changed = red = 0
    for new, old in zip(after, before, strict=True):
        if new != old:
            changed += 1
            if _is_watermark_red(new) and not _is_watermark_red(old):
                red += 1
    return changed / len(after), red


def _audit_actions(session: AppSession, ops: Ops, ref: str) -> list[tuple[str, dict[str, Any]]]:
    def fetch() -> list[tuple[str, dict[str, Any]]]:
        with session.uow() as uow:
            return [(e.action, e.details) for e in uow.audit.entries(ref)]

    result: list[tuple[str, dict[str, Any]]] = ops.call(fetch)
    return result


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


# -- the watermark -------------------------------------------------------------------------


def test_the_watermark_text_names_the_request_and_the_day() -> None:
    assert watermark_text("DSR-2026-0001", date(2026, 3, 20)) == WATERMARK


def test_the_watermark_covers_the_page_without_hiding_it(qapp: object) -> None:
    blank = QImage(800, 1100, QImage.Format.Format_ARGB32)
    blank.fill(QColor("white"))
    marked = paint_watermark(blank, WATERMARK)
    changed, red = _compare(marked, blank)
    assert 0.04 < changed < 0.5  # visible all over, yet most of the page stays as it was
    assert red > 10_000
    quarters = [marked.copy(x, y, 400, 550) for x in (0, 400) for y in (0, 550)]
    assert all(_compare(q, blank.copy(0, 0, 400, 550))[1] > 1000 for q in quarters)


# -- PNG and PDF in the viewer -------------------------------------------------------------


def test_a_png_id_copy_is_shown_watermarked_and_the_view_is_audited(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _request(app_session, ops)
    doc_id = _attach(app_session, ops, ref, "CNI Zebulon.png", "image/png", id_card_png())
    viewer = _viewer(qtbot, app_session, ops, ref, doc_id)

    assert viewer.mode == "image" and viewer.pages.page_count == 1
    assert viewer.watermark == WATERMARK
    assert viewer.banner.text() == WATERMARK
    changed, red = _compare(viewer.pages.page_image(0), viewer.pages.source_image(0))
    assert 0.03 < changed < 0.6 and red > 2000
    shown = viewer.pages.shown_image()
    assert shown is not None
    plain = viewer.pages.source_image(0, shown.width() / viewer.pages.source_image(0).width())
    assert plain.size() == shown.size()
    assert _compare(shown, plain)[1] > 500  # what is on screen carries the watermark
    assert viewer.print_button.isEnabled() and viewer.save_button.isEnabled()
    assert (
        "document.viewed",
        {"document_id": doc_id, "kind": "id"},
    ) in _audit_actions(app_session, ops, ref)


def test_a_pdf_has_every_page_watermarked_with_navigation_and_zoom(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _request(app_session, ops)
    doc_id = _attach(app_session, ops, ref, "lettre.pdf", "application/pdf", letter_pdf(3))
    viewer = _viewer(qtbot, app_session, ops, ref, doc_id)

    assert viewer.mode == "pdf" and viewer.pages.page_count == 3
    assert viewer.pages.page_status.text() == "Page 1 of 3"
    assert not viewer.pages.previous_button.isEnabled()
    for page in range(3):
        changed, red = _compare(viewer.pages.page_image(page), viewer.pages.source_image(page))
        assert 0.03 < changed < 0.6 and red > 2000, page
    viewer.pages.next_button.click()
    viewer.pages.next_button.click()
    assert viewer.pages.current_page == 2 and viewer.pages.page_status.text() == "Page 3 of 3"
    assert not viewer.pages.next_button.isEnabled()
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)  # the page keys act anywhere in the viewer
    assert viewer.pages.current_page == 1 and viewer.pages.previous_button.isEnabled()

    assert viewer.pages.fit_width
    viewer.pages.set_zoom(1.0)
    first = viewer.pages.shown_image()
    assert first is not None
    viewer.pages.zoom_in_button.click()
    assert viewer.pages.zoom == 1.25 and viewer.pages.zoom_status.text() == "125 %"
    assert not viewer.pages.fit_button.isChecked()
    bigger = viewer.pages.shown_image()
    assert bigger is not None and bigger.width() > first.width()
    viewer.pages.fit_button.click()
    assert viewer.pages.fit_width
    fitted = viewer.pages.zoom
    viewer.resize(viewer.width() + 300, viewer.height())  # a wider window: the page follows
    qtbot.waitUntil(lambda: viewer.pages.zoom > fitted)
    shown = viewer.pages.shown_image()
    assert shown is not None and shown.width() > first.width() * fitted


def test_printing_to_pdf_gives_one_watermarked_page_per_page(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    ref = _request(app_session, ops)
    doc_id = _attach(app_session, ops, ref, "lettre.pdf", "application/pdf", letter_pdf(3))
    viewer = _viewer(qtbot, app_session, ops, ref, doc_id)
    target = tmp_path / "printed.pdf"

    assert viewer.print_to(_pdf_printer(target)) == 3
    assert len(PdfReader(str(target)).pages) == 3
    qtbot.waitUntil(
        lambda: (
            ("document.printed", {"document_id": doc_id, "kind": "id", "pages": 3})
            in _audit_actions(app_session, ops, ref)
        )
    )
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "40",
                "-f",
                "2",
                "-l",
                "2",
                str(target),
                str(tmp_path / "p"),
            ],
            check=True,
        )
        (page,) = tmp_path.glob("p*.png")
        image = QImage(str(page))
        red = sum(1 for pixel in _argb(image) if _is_watermark_red(pixel))
        assert red > 500  # the printed page carries the watermark


def test_the_print_button_asks_for_a_printer_then_prints(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref = _request(app_session, ops)
    doc_id = _attach(app_session, ops, ref, "CNI.png", "image/png", id_card_png())
    viewer = _viewer(qtbot, app_session, ops, ref, doc_id)
    target = tmp_path / "printed.pdf"
    answers = [QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted]

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            assert "DSR-2026-0001" in title

        def setMinMax(self, low: int, high: int) -> None:
            assert (low, high) == (1, 1)

        def setOption(self, *args: object) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            assert self.printer.docName() == "DSR-2026-0001 copy"  # no file name in queues
            return answers.pop(0)

    monkeypatch.setattr(viewer_module, "QPrintDialog", FakePrintDialog)
    viewer.print_button.click()
    assert not target.exists()  # cancelled
    viewer.print_button.click()
    assert len(PdfReader(str(target)).pages) == 1
    assert viewer.message.text() == "1 watermarked page printed."


# -- save a decrypted copy -----------------------------------------------------------------


def test_saving_a_decrypted_copy_needs_the_confirmation(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    content = id_card_png()
    ref = _request(app_session, ops)
    doc_id = _attach(app_session, ops, ref, "CNI Zebulon.png", "image/png", content)
    viewer = _viewer(qtbot, app_session, ops, ref, doc_id)
    target = tmp_path / "outside" / "copie.png"
    target.parent.mkdir()
    proposed: list[str] = []
    warnings: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def save_name(parent: object, caption: str, suggested: str, *args: object) -> tuple[str, str]:
        proposed.append(suggested)
        return str(target), ""

    def question(parent: object, title: str, text: str, *args: object) -> Any:
        warnings.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    viewer.save_button.click()
    assert not target.exists()
    assert viewer.message.text() == "Nothing was saved."
    assert "document.exported" not in [a for a, _ in _audit_actions(app_session, ops, ref)]
    assert "UNENCRYPTED" in warnings[0] and str(target) in warnings[0]
    assert "will not be purged" in warnings[0]
    assert proposed[0].endswith("CNI Zebulon.png")

    viewer.save_button.click()
    qtbot.waitUntil(lambda: "Decrypted copy saved" in viewer.message.text())
    assert target.read_bytes() == content
    exported = [d for a, d in _audit_actions(app_session, ops, ref) if a == "document.exported"]
    assert exported == [
        {"document_id": doc_id, "kind": "id", "size": len(content), "folder": str(target.parent)}
    ]


# -- other types ---------------------------------------------------------------------------


def test_emails_and_text_are_shown_as_text_and_other_types_are_not_previewed(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    def opened(name: str, media: str, content: bytes) -> DocumentViewer:
        document = OpenedDocument("DSR-2026-0001", "d1", name, media, "letter", content)
        viewer = DocumentViewer(document, today=UI_TODAY, session=app_session, ops=ops)
        qtbot.addWidget(viewer)
        viewer.show()
        return viewer

    email = opened("demande.eml", "message/rfc822", eml_bytes())
    assert email.mode == "text" and email.stack.currentWidget() is email.text_view
    text = email.text_view.toPlainText()
    assert "Subject: Demande d'accès à mes données" in text
    assert "je souhaite accéder à mes données." in text
    assert "cni.png (image/png)" in text
    assert not email.print_button.isEnabled() and not email.pages.page_status.isVisibleTo(email)

    note = opened("note.txt", "text/plain", "Appel reçu le 3 mars".encode("cp1252"))
    assert note.text_view.toPlainText() == "Appel reçu le 3 mars"

    archive = opened("pièces.zip", "application/zip", b"PK\x03\x04...")
    assert archive.mode == "none" and archive.stack.currentWidget() is archive.no_preview
    assert archive.no_preview.text() == (
        "No preview for this type (application/zip); you can save a decrypted copy."
    )
    assert not archive.print_button.isEnabled() and archive.save_button.isEnabled()

    broken = opened("scan.png", "image/png", b"\x89PNG\r\n\x1a\nnot really")
    assert broken.mode == "none" and "could not be read" in broken.no_preview.text()


def test_closing_drops_the_decrypted_buffers(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _request(app_session, ops)
    doc_id = _attach(app_session, ops, ref, "lettre.pdf", "application/pdf", letter_pdf(2))
    viewer = _viewer(qtbot, app_session, ops, ref, doc_id)
    assert (
        viewer.pages.page_label.pixmap() is not None
        and not viewer.pages.page_label.pixmap().isNull()
    )
    viewer.reject()
    assert viewer.pages.shown_image() is None and viewer.pages.page_count == 0
    assert viewer.pages.page_label.pixmap().isNull()
    assert (
        viewer.pages._pdf is None
        and viewer.pages._pdf_bytes is None
        and viewer.pages._image is None
    )
    assert not viewer.print_button.isEnabled() and not viewer.save_button.isEnabled()


# -- the request file's hooks --------------------------------------------------------------


def _request_file(qtbot: QtBot, session: AppSession, ops: Ops, ref: str) -> RequestFileView:
    view = RequestFileView(session, ops, ref)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.reload()
    return view


def _double_click_row(qtbot: QtBot, view: RequestFileView, row: int) -> None:
    table = view.documents.documents_table
    spot = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)  # as a user does
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def test_double_clicking_an_attachment_opens_the_viewer(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    ref = _request(app_session, ops)
    _attach(app_session, ops, ref, "CNI Zebulon.png", "image/png", id_card_png())
    view = _request_file(qtbot, app_session, ops, ref)
    assert not view.documents.open_document_button.isEnabled()  # nothing selected yet

    _double_click_row(qtbot, view, 0)
    qtbot.waitUntil(lambda: view.documents.viewer is not None and view.documents.viewer.isVisible())
    assert view.documents.viewer is not None
    assert view.documents.viewer.watermark == WATERMARK
    qtbot.waitUntil(lambda: view.sections.timeline_model.index(0, 2).data() == "Document viewed")

    first = view.documents.viewer
    view.documents.documents_table.selectRow(0)
    assert view.documents.open_document_button.isEnabled()
    view.documents.open_document_button.click()  # the button does the same; one viewer at a time
    qtbot.waitUntil(
        lambda: view.documents.viewer is not first and view.documents.viewer is not None
    )

    view.clear()  # lock: the viewer goes with the rest
    assert view.documents.viewer is None


def test_a_purged_attachment_says_so_and_does_not_open(
    qtbot: QtBot, app_session: AppSession, ops: Ops, clock: FixedClock
) -> None:
    clock.current = datetime(2025, 1, 10, 9, tzinfo=clock.current.tzinfo)
    ref = str(
        ops.call(
            lambda: svc.register_request(
                app_session.uow(), type=RequestType.ACCESS, received_on=date(2025, 1, 6), name="Zoé"
            )
        ).reference
    )
    _attach(app_session, ops, ref, "CNI.png", "image/png", id_card_png())
    ops.call(lambda: svc.close(app_session.uow(), ref, Outcome.COMPLETED))
    clock.current += timedelta(days=400)
    ops.call(lambda: purge_due_documents(app_session.uow(), app_session.document_store()))
    view = _request_file(qtbot, app_session, ops, ref)

    assert view.documents.documents_model.index(0, 1).data() == "ID copy (purged)"
    view.documents.documents_table.selectRow(0)
    assert not view.documents.open_document_button.isEnabled()
    assert "purged" in view.documents.open_document_button.toolTip()
    _double_click_row(qtbot, view, 0)
    assert "was purged under the retention rules" in view.message.text()
    assert view.documents.viewer is None


def test_attach_file_keeps_it_with_the_chosen_kind(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref = _request(app_session, ops)
    scan = tmp_path / "courrier.pdf"
    scan.write_bytes(letter_pdf(1))
    offered: list[tuple[list[str], int]] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(scan), ""))
    )

    def pick(parent: object, title: str, label: str, items: list[str], current: int, *a: object):
        offered.append((items, current))
        return items[1], True  # a letter

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    view = _request_file(qtbot, app_session, ops, ref)
    view.documents.attach_button.click()
    qtbot.waitUntil(lambda: view.documents.documents_model.rowCount() == 1)
    document = view.documents.documents_model.row_at(0)
    assert (document.filename, document.kind, document.media_type) == (
        "courrier.pdf",
        "letter",
        "application/pdf",
    )
    assert offered[0][1] == 0  # an ID copy is proposed first, except for .eml files
    assert len(offered[0][0]) == 5  # ID copy, letter, e-mail, mandate or proof of capacity, other


def test_a_minimisation_entity_refuses_id_copies_with_the_rule(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ops.call(lambda: update_entity(app_session.uow(), "Groupe Scolaire Exemple", minimisation=True))
    ref = _request(app_session, ops)
    scan = tmp_path / "cni.png"
    scan.write_bytes(id_card_png())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(scan), ""))
    )
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *args, **kw: (args[3][0], True))
    )
    view = _request_file(qtbot, app_session, ops, ref)
    view.documents.attach_button.click()
    qtbot.waitUntil(view.message.isVisible)
    assert view.message.text() == (
        "Groupe Scolaire Exemple keeps no copy of identity documents (minimisation): "
        "record the identity check instead."
    )
    detail: RequestDetail = ops.call(lambda: svc.get_request(app_session.uow(), ref))
    assert detail.documents == ()
    assert list(app_session.document_store().folder.iterdir()) == []


# -- canary --------------------------------------------------------------------------------


def test_no_plaintext_under_the_data_dir_after_viewing_and_printing(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))  # Qt's temp folder for anything it spools
    ref = _request(app_session, ops)
    png_id = _attach(app_session, ops, ref, "CNI Canarywitz.png", "image/png", id_card_png())
    pdf_id = _attach(app_session, ops, ref, "lettre.pdf", "application/pdf", letter_pdf(2))
    printed = tmp_path / "printouts"
    printed.mkdir()
    for doc_id in (png_id, pdf_id):
        viewer = _viewer(qtbot, app_session, ops, ref, doc_id)
        viewer.pages.next_button.click()
        viewer.pages.zoom_in_button.click()
        assert viewer.print_to(_pdf_printer(printed / f"{doc_id}.pdf")) >= 1
        viewer.reject()
    qtbot.waitUntil(
        lambda: [a for a, _ in _audit_actions(app_session, ops, ref)].count("document.printed") == 2
    )
    ops.call(lambda: app_session.vault.engine.dispose() if app_session.vault else None)

    assert not printed.is_relative_to(data_dir)
    assert len(list(printed.iterdir())) == 2
    for needle in (CANARY, b"Canarywitz"):
        assert _files_containing(data_dir, needle) == []
        assert _files_containing(system_tmp, needle) == []
        assert _files_containing(printed, needle) == []  # pages are pictures, not the file
