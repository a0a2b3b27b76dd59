"""The Documents & retention page on real widgets and a real vault: the next 12 months of
purges with their dates ("due now" for those already due), the confirmed purge that
crypto-shreds, the attestation saved as PDF, clearing on lock, and the automatic purge when
DSR Desk starts."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.retention import purge_due_documents
from dsr_desk.services.settings import save_settings
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork, UnitOfWork
from dsr_desk.ui.app import AppController
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.documents_view import DocumentsView
from tests.ui.conftest import UI_PASSPHRASE, UI_TODAY
from tests.vault_templates import open_copy

ACCESS_RULE = "access/rectification: 1 year after closure (CPP art. 9)"


def _seed(uow: Callable[[], UnitOfWork], store: DocumentStore, clock: FixedClock) -> list[str]:
    """Closed requests with ID copies: one due (10/01/2026), one upcoming (10/06/2026), one
    beyond a year (objection, 3 years) and an open one (never purged). Returns their refs."""
    today = clock.current

    def add(rtype: RequestType, received: date, close_on: date | None) -> str:
        clock.current = datetime(received.year, received.month, received.day, 9, tzinfo=UTC)
        ref = svc.register_request(uow(), type=rtype, received_on=received, name="Zoé Lambert")
        attach_document(
            uow(), store, ref.reference, DocumentKind.ID, "CNI Zoé.png", "image/png", b"\x89PNG"
        )
        attach_document(
            uow(), store, ref.reference, DocumentKind.LETTER, "l.pdf", "application/pdf", b"%PDF"
        )
        if close_on is not None:
            clock.current = datetime(close_on.year, close_on.month, close_on.day, 9, tzinfo=UTC)
            svc.close(uow(), ref.reference, Outcome.COMPLETED)
        return ref.reference

    refs = [
        add(RequestType.ACCESS, date(2025, 1, 6), date(2025, 1, 10)),
        add(RequestType.RECTIFICATION, date(2025, 6, 2), date(2025, 6, 10)),
        add(RequestType.OBJECTION, date(2025, 6, 2), date(2025, 6, 10)),
        add(RequestType.ACCESS, date(2026, 3, 2), None),
    ]
    clock.current = today
    return refs


@pytest.fixture
def refs(app_session: AppSession, ops: Ops, clock: FixedClock) -> list[str]:
    seeded: list[str] = ops.call(
        lambda: _seed(app_session.uow, app_session.document_store(), clock)
    )
    return seeded


@pytest.fixture
def view(qtbot: QtBot, app_session: AppSession, ops: Ops, refs: list[str]) -> DocumentsView:
    page = DocumentsView(app_session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.page is not None)
    return page


def _live_ids(session: AppSession, ops: Ops, ref: str) -> list[str]:
    detail = ops.call(lambda: svc.get_request(session.uow(), ref))
    return [d.kind for d in detail.documents if not d.purged]


def test_the_next_twelve_months_of_purges_are_listed_with_their_dates(
    view: DocumentsView, refs: list[str]
) -> None:
    due, upcoming, _objection, _open = refs
    assert view.row_texts() == [
        ["10/01/2026", "due now", due, "ID copy", ACCESS_RULE],
        ["10/06/2026", "in 82 days", upcoming, "ID copy", ACCESS_RULE],
    ]
    assert view.summary.text() == "1 ID copy due for purge now · 1 more in the next 12 months."
    first = view.proxy.index(0, 1)
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None  # tinted, and says so
    assert view.proxy.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.purge_button.isEnabled()
    assert view.auto_purge_note.text().startswith("Automatic purge is off")
    assert "CNI" not in str(view.row_texts())  # no file names on this page

    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [row[2] for row in view.row_texts()] == [upcoming, due]
    assert view.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1) == QDate(2026, 6, 10)


def test_purging_asks_first_then_crypto_shreds_what_is_due(
    qtbot: QtBot,
    view: DocumentsView,
    refs: list[str],
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    due, upcoming, _objection, _open = refs
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def question(parent: object, title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    files_before = len(list(app_session.document_store().folder.iterdir()))

    view.purge_button.click()
    assert asked[0].startswith("Purge 1 ID copy now?")
    assert f"• {ACCESS_RULE}: 1" in asked[0] and "cannot be undone" in asked[0]
    assert _live_ids(app_session, ops, due) == ["id", "letter"]  # cancelled: nothing done

    view.purge_button.click()
    qtbot.waitUntil(view.message.isVisible)
    assert view.message.text() == "1 ID copy purged (keys destroyed, encrypted files removed)."
    assert _live_ids(app_session, ops, due) == ["letter"]  # only the ID copy
    assert _live_ids(app_session, ops, upcoming) == ["id", "letter"]
    assert len(list(app_session.document_store().folder.iterdir())) == files_before - 1
    qtbot.waitUntil(lambda: [row[2] for row in view.row_texts()] == [upcoming])
    assert not view.purge_button.isEnabled()
    assert view.summary.text() == "Nothing is due for purge now · 1 more in the next 12 months."


def test_the_purge_attestation_is_saved_as_pdf(
    qtbot: QtBot,
    view: DocumentsView,
    refs: list[str],
    app_session: AppSession,
    ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    due = refs[0]
    ops.call(lambda: purge_due_documents(app_session.uow(), app_session.document_store()))
    view.reload()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kw: (str(tmp_path / "attestation"), "")),
    )
    qtbot.waitUntil(lambda: view.purge_button.isEnabled() is False)
    view.attestation_button.click()
    dialog = view.attestation_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.entity_combo.currentText() == "Groupe Scolaire Exemple"  # the only one
    assert dialog.values()[:2] == (date(2026, 1, 1), UI_TODAY)

    dialog.start_edit.setDate(QDate(2025, 5, 1))
    dialog.end_edit.setDate(QDate(2025, 4, 1))
    assert not dialog.save_button.isEnabled() and dialog.hint.isVisible()  # start after end
    dialog.start_edit.setDate(QDate(2026, 3, 1))
    dialog.end_edit.setDate(QDate(2026, 3, 20))
    dialog.save_button.click()

    target = tmp_path / "attestation.pdf"
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: view.attestation_dialog is None)
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).split()
    )
    assert "Groupe Scolaire Exemple" in text and "01/03/2026 – 20/03/2026" in text
    assert due in text and "1 identity document copy" in text
    assert "Zoé" not in text and "CNI Zo" not in text and ".png" not in text
    assert view.message.text() == f"Purge attestation saved to {target}."


def test_locking_clears_the_page(qtbot: QtBot, view: DocumentsView) -> None:
    view.attestation_button.click()
    assert view.attestation_dialog is not None
    view.clear()
    assert view.page is None and view.model.rowCount() == 0
    assert view.summary.text() == "" and not view.purge_button.isEnabled()
    assert view.attestation_dialog is None


def test_the_automatic_purge_runs_when_dsr_desk_starts(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    vault, _ = open_copy(
        data_dir, clock, user="dpo", passphrase=UI_PASSPHRASE, entities=[{"name": "Lycée Exemple"}]
    )
    uow: Callable[[], UnitOfWork] = lambda: SqlUnitOfWork(vault.session_factory, clock, "dpo")  # noqa: E731
    due = _seed(uow, DocumentStore(vault.documents_dir, vault.database_key), clock)[0]
    save_settings(uow(), AppSettings(auto_purge_at_start=True))
    vault.engine.dispose()

    controller = AppController(data_dir, clock, "ui-tester")
    try:
        assert controller.show_unlocked(vault)
        window = controller.window
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitUntil(window.message_bar.isVisible)
        assert window.message_bar.label.text() == (
            "Automatic purge at start-up: 1 ID copy purged "
            "(keys destroyed, encrypted files removed)."
        )
        detail = controller.ops.call(lambda: svc.get_request(controller.session.uow(), due))
        assert [d.purged for d in detail.documents] == [True, False]
    finally:
        controller.shutdown()
