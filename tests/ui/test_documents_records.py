"""The "Request records" section of the Documents & retention page on real widgets and a real
vault: the records due for anonymisation in the next 12 months (what stays, no names), the
confirmed anonymisation, the records attestation as PDF, clearing on lock."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.storage.unit_of_work import UnitOfWork
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.documents_view import DocumentsView

NAME = "Zoé Canarywitz"


def _seed(uow: Callable[[], UnitOfWork], clock: FixedClock) -> list[str]:
    """Closed five years ago or so: an access request due (closed 02/03/2021), an opt-out due
    (suppression entry, last contact 01/02/2021), a refused erasure upcoming (closed
    01/06/2021) and one beyond the year (closed 2022)."""
    today = clock.current

    def add(rtype: RequestType, received: date, closed: date, outcome: Outcome) -> str:
        clock.current = datetime(received.year, received.month, received.day, 9, tzinfo=UTC)
        ref = svc.register_request(
            uow(), type=rtype, received_on=received, name=NAME, email="zoe@example.org"
        ).reference
        clock.current = datetime(closed.year, closed.month, closed.day, 9, tzinfo=UTC)
        svc.close(uow(), ref, outcome, reason="no ground" if outcome is Outcome.REFUSED else None)
        return ref

    refs = [
        add(RequestType.ACCESS, date(2021, 2, 1), date(2021, 3, 2), Outcome.COMPLETED),
        add(RequestType.MARKETING_OPT_OUT, date(2021, 1, 25), date(2021, 2, 1), Outcome.COMPLETED),
        add(RequestType.ERASURE, date(2021, 5, 3), date(2021, 6, 1), Outcome.REFUSED),
        add(RequestType.ACCESS, date(2022, 5, 2), date(2022, 5, 9), Outcome.COMPLETED),
    ]
    clock.current = today
    return refs


@pytest.fixture
def refs(app_session: AppSession, ops: Ops, clock: FixedClock) -> list[str]:
    seeded: list[str] = ops.call(lambda: _seed(app_session.uow, clock))
    return seeded


@pytest.fixture
def view(qtbot: QtBot, app_session: AppSession, ops: Ops, refs: list[str]) -> DocumentsView:
    page = DocumentsView(app_session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.page is not None)
    return page


def test_the_records_due_are_listed_with_what_stays(view: DocumentsView, refs: list[str]) -> None:
    access, opt_out, erasure, _later = refs
    section = view.records
    assert section.row_texts() == [
        [
            "01/02/2026",
            opt_out,
            "Groupe Scolaire Exemple",
            "marketing-opt-out",
            "completed",
            "type, dates, outcome + suppression entry",
        ],
        [
            "02/03/2026",
            access,
            "Groupe Scolaire Exemple",
            "access",
            "completed",
            "type, dates, outcome",
        ],
        [
            "01/06/2026",
            erasure,
            "Groupe Scolaire Exemple",
            "erasure",
            "refused",
            "type, dates, outcome",
        ],
    ]
    assert section.summary.text() == (
        "2 request records due for anonymisation now · 1 more in the next 12 months."
    )
    assert section.anonymise_button.isEnabled() and section.table.isVisible()
    assert "Canarywitz" not in str(section.row_texts())


def test_anonymising_asks_first_then_erases_what_is_due(
    qtbot: QtBot,
    view: DocumentsView,
    refs: list[str],
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    access, opt_out, erasure, _later = refs
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def question(parent: object, title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    def name_of(ref: str) -> str:
        detail = ops.call(
            lambda: svc.get_request(app_session.uow(), ref, consult_reason="the test checks")
        )
        return detail.requester_name

    view.records.anonymise_button.click()
    assert asked[0].startswith("Anonymise 2 request records now?")
    assert "1 upheld objection(s) keep a suppression entry" in asked[0]
    assert name_of(access) == NAME  # cancelled: nothing done

    view.records.anonymise_button.click()
    qtbot.waitUntil(view.message.isVisible)
    assert view.message.text() == (
        "2 request records anonymised (personal data erased, documents shredded)."
    )
    assert (name_of(access), name_of(opt_out), name_of(erasure)) == (
        "Anonymised",
        "Objection on file",
        NAME,
    )
    qtbot.waitUntil(lambda: [row[1] for row in view.records.row_texts()] == [erasure])
    assert not view.records.anonymise_button.isEnabled()


def test_the_records_attestation_is_saved_as_pdf(
    qtbot: QtBot,
    view: DocumentsView,
    refs: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    view.records.anonymise_button.click()
    qtbot.waitUntil(view.message.isVisible)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kw: (str(tmp_path / "records"), "")),
    )
    view.records.attestation_button.click()
    dialog = view.attestation_dialog
    assert dialog is not None and dialog.windowTitle() == "Records attestation"
    dialog.save_button.click()
    target = tmp_path / "records.pdf"
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: view.attestation_dialog is None)
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).split()
    )
    assert "Attestation of anonymised request records" in text and "2 request records" in text
    assert "2026-03" in text and "Groupe Scolaire Exemple" in text
    assert "Canarywitz" not in text and refs[0] not in text
    assert view.message.text() == f"Records attestation saved to {target}."


def test_locking_clears_the_section(view: DocumentsView) -> None:
    view.clear()
    assert view.records.model.rowCount() == 0 and view.records.summary.text() == ""
    assert not view.records.anonymise_button.isEnabled()
