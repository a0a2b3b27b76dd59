"""Human wording, on a real vault and real widgets, in French: the audit log and the request
file's timeline say what happened in words (no ``new_due_on``, no document id or media type);
one size format everywhere (QLocale's, "15 ko", "1,5 Mo"; the CLI's the same); one label per
request type; a closed request never reads "on hold"; a letter's missing values are named as
the office knows them (never ``dpo_postal_address``); the deadline is explained in the
interface's language. And the dashboard's tones and muted text follow a dark palette; the
"Also asked" button is not clipped in French."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dsr_desk import messages
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.request_kinds import Outcome
from dsr_desk.domain.requests import InformationKind, RequestType
from dsr_desk.letters.wording import missing_values_error
from dsr_desk.read_models import TimelineEvent
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document
from dsr_desk.services.read import queries
from dsr_desk.services.read.audit_queries import AuditRow
from dsr_desk.ui.dialogs.new_request_dialog import NewRequestDialog
from dsr_desk.ui.models.audit_table import AuditTableModel, Column
from dsr_desk.ui.models.request_table import status_text
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.sizes import data_size
from dsr_desk.ui.translation import apply_language, remove_translators
from dsr_desk.ui.views.dashboard_view import DANGER, WARNING, CountTile
from dsr_desk.ui.views.request_file import fetch_request_file
from dsr_desk.ui.views.request_wording import action_details
from dsr_desk.ui.widgets.labels import empty_label
from tests.ui.conftest import UI_TODAY


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The French translators and locale, as at a start in French; then as before."""
    before = QLocale()
    assert apply_language(qapp, "fr") == "fr"
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setProperty("dsrDeskLanguage", None)


def _register(session: AppSession, ops: Ops, name: str = "Jeanne Martin") -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 2),
            name=name,
            email="jeanne.martin@exemple.fr",
            summary="Copie de mon dossier scolaire",
        )
    )
    return str(detail.reference)


def _audit_row(action: str, details: dict[str, object]) -> AuditRow:
    return AuditRow(
        seq=1,
        at=datetime(2026, 3, 20, 9, tzinfo=UTC),
        user="Claire Dubois",
        action=action,
        request_ref="DSR-2026-0001",
        details_json=json.dumps(details),
    )


@pytest.mark.usefixtures("french")
def test_the_audit_log_gives_the_details_in_words(qapp: QApplication) -> None:
    model = AuditTableModel()
    model.append_rows(
        [
            _audit_row("request.extended", {"new_due_on": "2027-01-25", "reason_no": 2}),
            _audit_row(
                "request.document_added",
                {
                    "document_id": "d0c5e1f2a3b4",
                    "kind": "id",
                    "media_type": "image/jpeg",
                    "size": 15 * 1024,
                },
            ),
            _audit_row("request.information_asked", {"kind": "identity", "policy": "restart"}),
        ]
    )
    extended, added, asked = (model.display(model.row_at(i), Column.DETAILS) for i in range(3))
    assert "nouvelle échéance\u00a0: 25/01/2027" in extended  # French typography
    assert "new_due_on" not in extended and "new due" not in extended
    assert "Copie de pièce d'identité" in added and "15 ko" in added
    assert "d0c5e1f2a3b4" not in added and "image/jpeg" not in added
    assert "justificatif d'identité" in asked and "le délai repart" in asked
    assert "identity" not in asked and "restart" not in asked
    # the full details (the tooltip) keep the identifiers, labelled in words
    tip = model.extra(model.row_at(1), Column.DETAILS, 3)  # ToolTipRole
    assert "identifiant du document\u00a0: d0c5e1f2a3b4" in tip


@pytest.mark.usefixtures("french")
def test_the_timeline_names_a_document_by_its_kind_and_file_never_its_id(
    app_session: AppSession, ops: Ops
) -> None:
    ref = _register(app_session, ops)
    view = ops.call(
        lambda: attach_document(
            app_session.uow(),
            app_session.document_store(),
            ref,
            DocumentKind.LETTER,
            "courrier-papier.pdf",
            "application/pdf",
            b"%PDF-1.4\n" + b"x" * 3000,
        )
    )
    file = ops.call(lambda: fetch_request_file(app_session, ref))
    added = next(e for e in file.detail.timeline if e.action == "request.document_added")
    words = action_details(added)
    assert words == "Courrier du demandeur · courrier-papier.pdf · 3 ko"
    assert view.document_id not in words and "application/pdf" not in words
    # the file's name comes from the document, never the hash-chained log

    def logged() -> dict[str, object]:
        with app_session.uow() as uow:
            entries = list(uow.audit.entries(ref))
        return next(e.details for e in entries if e.action == "request.document_added")

    assert "document" not in ops.call(logged)


@pytest.mark.usefixtures("french")
def test_the_deadline_is_explained_in_the_interfaces_language(
    app_session: AppSession, ops: Ops
) -> None:
    ref = _register(app_session, ops)
    file = ops.call(lambda: fetch_request_file(app_session, ref))
    assert file.detail.explanation[0].startswith("reçue le 02/03/2026")


@pytest.mark.usefixtures("french")
def test_one_size_format_in_the_interface_and_the_cli() -> None:
    assert data_size(15 * 1024) == "15 ko"
    assert data_size(1536 * 1024) == "1,5 Mo"
    assert data_size(512) == "512 octets"
    assert messages.display_language() == "fr"
    assert messages.data_size(15 * 1024) == "15 ko"
    assert messages.data_size(1536 * 1024) == "1,5 Mo"
    messages.set_language("en")
    try:
        assert messages.data_size(1536 * 1024) == "1.5 MB"
        assert messages.data_size(15 * 1024) == "15 kB"
    finally:
        messages.set_language("fr")


def test_a_closed_request_is_never_on_hold(app_session: AppSession, ops: Ops) -> None:
    ref = _register(app_session, ops)
    ops.call(lambda: svc.start_processing(app_session.uow(), ref))
    ops.call(
        lambda: svc.ask_for_information(
            app_session.uow(), ref, InformationKind.IDENTITY, "Pièce d'identité"
        )
    )
    ops.call(lambda: svc.close(app_session.uow(), ref, Outcome.REFUSED, reason="sans réponse"))

    def read() -> tuple[queries.RequestRow, object]:
        with app_session.uow() as uow:
            rows = queries.list_requests(uow.dbapi_connection, UI_TODAY, queries.RequestFilter())
        return next(r for r in rows if r.reference == ref), ops_detail()

    def ops_detail() -> object:
        return svc.get_request(app_session.uow(), ref).on_hold_since

    row, on_hold_since = ops.call(read)
    assert row.status == "refused"
    assert not row.on_hold
    assert status_text(row) == "Refused"
    assert on_hold_since is None


def test_one_label_per_request_type(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    dialog = NewRequestDialog(app_session, ops)
    qtbot.addWidget(dialog)
    combo = dialog.type_combo
    items = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert items["restriction"] == "Restriction (Art. 18)"
    assert items["automated-decision"] == "Automated decision (Art. 22(3))"
    assert items["marketing-opt-out"] == "Marketing opt-out (Art. 21(2))"


def test_a_letters_missing_values_are_named_in_words() -> None:
    error = missing_values_error({"dpo_postal_address", "entity_address", "signer_name"})
    assert str(error) == (
        "The letter cannot be written: no value for the entity's postal address, who signs. "
        "Complete the request or the entity (or change the wording) first."
    )
    messages.set_language("fr")
    try:
        assert "l'adresse postale de l'entité" in str(error)
        assert "dpo_postal_address" not in str(error)
    finally:
        messages.set_language("en")


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        palette.setColor(role, QColor(40, 42, 46))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        palette.setColor(role, QColor(30, 31, 34))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor(230, 230, 230))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(160, 160, 165))
    palette.setColor(QPalette.ColorRole.Mid, QColor(70, 72, 76))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    qapp.setPalette(_dark_palette())
    yield
    qapp.setPalette(before)


@pytest.mark.usefixtures("dark")
@pytest.mark.parametrize("tone", [DANGER, WARNING])
def test_the_dashboard_tiles_and_muted_text_follow_a_dark_palette(qtbot: QtBot, tone: str) -> None:
    tile = CountTile("overdue", "Overdue", "Past the due date")
    qtbot.addWidget(tile)
    tile.resize(240, 100)
    tile.set_count(3, tone)
    tile.show()
    qtbot.waitExposed(tile)
    image = tile.grab().toImage()
    background = image.pixelColor(tile.width() - 12, tile.height() // 2)
    assert background.lightness() < 90, background.name()  # a dark tint, not a pale one
    title = tile.title_label
    assert title.palette().color(title.foregroundRole()).lightness() > 150  # light text

    hint = empty_label("Nothing yet.")
    qtbot.addWidget(hint)
    hint.show()
    hint.ensurePolished()
    assert hint.palette().color(hint.foregroundRole()).lightness() > 120  # readable on dark


@pytest.mark.usefixtures("french")
def test_the_also_asked_button_shows_its_whole_text_in_french(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    dialog = NewRequestDialog(app_session, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    button = dialog.also_button
    assert button.text() == "Rien d'autre"
    text_width = button.fontMetrics().horizontalAdvance(button.text())
    assert button.width() >= text_width + 40  # the text, its padding and the menu arrow
    assert button.width() >= dialog.type_combo.width() - 2  # as wide as the fields


def test_timeline_events_without_a_file_name_still_read_in_words() -> None:
    event = TimelineEvent(
        "2026-03-20T09:00:00+00:00",
        "Claire Dubois",
        "document.viewed",
        {"document_id": "d0c5e1f2a3b4", "kind": "id"},
    )
    assert action_details(event) == "ID copy"
