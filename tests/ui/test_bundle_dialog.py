"""The portability bundle dialog on real widgets: the plan read on the worker, the override
box only while identity is unverified, added CSV/JSON files (refused ones explained),
password confirmation, Save as… writing an AES zip that reads back, the manifest SHA-256 shown
and audited, and no plaintext (canary) under the data dir."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.passphrase_policy import bundle_password_problem
from dsr_desk.domain.requests import RequestType
from dsr_desk.domain.verification import VerificationMethod
from dsr_desk.read_models import RequestDetail
from dsr_desk.services import requests as svc
from dsr_desk.services.documents import attach_document
from dsr_desk.ui.dialogs.bundle_dialog import BundleDialog
from dsr_desk.ui.dialogs.bundle_jobs import SavedBundle
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from tests.ui.conftest import UI_TODAY

NAME = "Éloïse Çağlar"
CANARY = b"CANARY-5d2e e-mail of Eloise in the bundle dialog"
EMAIL = b"From: eloise@exemple.fr\r\nSubject: Portabilit\xc3\xa9\r\n\r\n" + CANARY + b"\r\n"
ORDERS = "Commande;Produit\r\nA-1;Crème brûlée\r\nA-2;Cœur de palmier\r\n"
PASSWORD = "pâtisserie-2026"


def _case(session: AppSession, ops: Ops, verified: bool = False) -> RequestDetail:
    def work() -> RequestDetail:
        ref = svc.register_request(
            session.uow(),
            type=RequestType.PORTABILITY,
            received_on=date(2026, 3, 2),
            name=NAME,
            email="eloise@exemple.fr",
        ).reference
        store = session.document_store()
        attach_document(
            session.uow(), store, ref, DocumentKind.EMAIL, "Demande.eml", "message/rfc822", EMAIL
        )
        attach_document(
            session.uow(), store, ref, DocumentKind.ID, "CNI.pdf", "application/pdf", b"%PDF ID"
        )
        if verified:
            svc.record_identity_check(session.uow(), ref, VerificationMethod.KNOWN_EMAIL)
        return svc.get_request(session.uow(), ref)

    detail: RequestDetail = ops.call(work)
    return detail


def _dialog(qtbot: QtBot, session: AppSession, ops: Ops, detail: RequestDetail) -> BundleDialog:
    dialog = BundleDialog(session, ops, detail, UI_TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.plan_ready, timeout=15000):
        dialog.show()
    return dialog


def _add(qtbot: QtBot, dialog: BundleDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.extras_changed, timeout=15000):
        dialog.add_extra_file(path)


def _items(dialog: BundleDialog) -> list[str]:
    return [dialog.contents.item(i).text() for i in range(dialog.contents.count())]


def test_save_an_encrypted_bundle_with_an_added_file_and_read_it_back(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    detail = _case(app_session, ops)
    dialog = _dialog(qtbot, app_session, ops, detail)
    assert dialog.plan is not None and dialog.plan.needs_override
    assert _items(dialog) == [
        "Coordonnées — 1 record (DSR Desk)",
        "Vos demandes — 1 record (DSR Desk)",
        f"Document: Demande.eml — e-mail, {len(EMAIL)} bytes, added {UI_TODAY:%d/%m/%Y}",
    ]
    assert dialog.excluded.text() == "Never included: 1 ID-document copy."
    assert dialog.override_reason.isVisibleTo(dialog)
    assert "not verified" in dialog.identity.text()
    assert not dialog.save_button.isEnabled()  # the reason is missing
    dialog.override_reason.setPlainText("Seen in person with her ID card at the desk")
    assert dialog.save_button.isEnabled()

    orders = tmp_path / "commandes_boutique.csv"
    orders.write_bytes(ORDERS.encode("cp1252"))
    _add(qtbot, dialog, orders)
    assert dialog.extras.rowCount() == 1
    assert dialog.extras.item(0, 0).text() == "commandes boutique"
    assert dialog.extras.item(0, 2).text() == "CSV, Windows-1252, semicolon-separated, 2 records"
    assert "commandes boutique — 2 records (from commandes_boutique.csv)" in _items(dialog)
    dialog.extras.item(0, 0).setText("Commandes")

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4")
    _add(qtbot, dialog, scan)
    assert dialog.error.isVisible() and "only CSV" in dialog.error.text()
    assert dialog.extras.rowCount() == 1

    dialog.password_fields.password.setText("court")
    assert not dialog.save_button.isEnabled()
    assert dialog.status.text() == bundle_password_problem("court")  # the export's own rule
    assert "at least 10 characters" in dialog.status.text()
    dialog.password_fields.password.setText(PASSWORD)
    dialog.password_fields.password_again.setText(PASSWORD + "x")
    assert not dialog.save_button.isEnabled() and "differ" in dialog.status.text()
    assert dialog.password_fields.password.echoMode() is QLineEdit.EchoMode.Password
    dialog.password_fields.show_password.setChecked(True)
    assert dialog.password_fields.password_again.echoMode() is QLineEdit.EchoMode.Normal
    dialog.password_fields.password_again.setText(PASSWORD)
    assert dialog.save_button.isEnabled()

    target = tmp_path / "out" / f"{detail.reference}-portability.zip"
    target.parent.mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=30000) as saved_signal:
        dialog.save_to(target)
    saved: SavedBundle = saved_signal.args[0]
    assert saved.path == target.resolve() and saved.encrypted
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert saved.manifest_sha256 in dialog.status.text()
    box = dialog.message_box
    assert box is not None and box.isVisible() and saved.manifest_sha256 in box.text()
    box.accept()

    with pyzipper.AESZipFile(target) as envelope:
        assert envelope.namelist() == ["archive.zip"]  # no category or file name in clear
        envelope.setpassword(PASSWORD.encode())
        inner = envelope.read("archive.zip")
    with zipfile.ZipFile(io.BytesIO(inner)) as archive:
        assert archive.read("files/Demande.eml") == EMAIL
        orders_json = json.loads(archive.read("data/commandes.json"))
        manifest = archive.read("manifest.json")
    assert orders_json[1] == {"Commande": "A-2", "Produit": "Cœur de palmier"}
    assert b"%PDF ID" not in manifest
    with app_session.uow() as uow:
        entries = list(uow.audit.entries(detail.reference))
    assert [e.action for e in entries[-2:]] == [
        "request.disclosure_override",
        "request.bundle_exported",
    ]
    assert entries[-1].details["manifest_sha256"] == saved.manifest_sha256
    files = [p for p in app_session.data_dir.rglob("*") if p.is_file()]
    assert files and not [p for p in files if CANARY in p.read_bytes()]
    dialog.reject()  # closing forgets the password and the added files
    assert dialog.password_fields.password.text() == ""
    assert dialog.password_fields.password_again.text() == ""
    assert dialog.added_files() == () and dialog.extras.rowCount() == 0


def test_verified_identity_hides_the_override_and_save_as_proposes_the_name(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    detail = _case(app_session, ops, verified=True)
    dialog = _dialog(qtbot, app_session, ops, detail)
    assert not dialog.override_reason.isVisibleTo(dialog)
    assert dialog.identity.text() == "Identity verified."
    assert dialog.save_button.isEnabled()

    proposed: list[str] = []

    def save_name(_parent: object, _title: str, path: str, _filter: str) -> tuple[str, str]:
        proposed.append(path)
        return str(tmp_path / "chosen"), "Zip archive (*.zip)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))

    extra = tmp_path / "news.json"
    extra.write_text('[{"liste": "Promotions"}]', encoding="utf-8")
    _add(qtbot, dialog, extra)
    dialog.extras.item(0, 0).setText("Contact")
    assert "Contact — 1 record (from news.json)" in _items(dialog)
    dialog.save_bundle()  # refused before the file dialog opens
    assert proposed == [] and "clashes with the built-in category" in dialog.error.text()
    dialog.extras.selectRow(0)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.extras_changed):
        dialog.remove_selected_extra()
    assert dialog.extras.rowCount() == 0 and dialog.added_files() == ()
    with qtbot.waitSignal(dialog.exported, timeout=30000) as saved_signal:
        dialog.save_bundle()
    assert Path(proposed[0]).name == f"{detail.reference}-portability.zip"
    saved: SavedBundle = saved_signal.args[0]
    assert saved.path == (tmp_path / "chosen.zip").resolve() and not saved.encrypted
    with zipfile.ZipFile(io.BytesIO(saved.path.read_bytes())) as archive:
        assert archive.read("files/Demande.eml") == EMAIL
        assert "data/news.json" not in archive.namelist()
        assert all("CNI" not in name for name in archive.namelist())
    assert dialog.message_box is not None
    dialog.message_box.accept()
    dialog.reject()


def test_a_refused_request_type_cannot_be_saved_and_the_data_dir_is_refused(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    erasure: RequestDetail = ops.call(
        lambda: svc.register_request(
            app_session.uow(),
            type=RequestType.ERASURE,
            received_on=date(2026, 3, 2),
            name=NAME,
        )
    )
    dialog = _dialog(qtbot, app_session, ops, erasure)
    assert dialog.error.isVisible() and "access and portability" in dialog.error.text()
    assert not dialog.save_button.isEnabled()
    dialog.reject()

    detail = _case(app_session, ops, verified=True)
    dialog = _dialog(qtbot, app_session, ops, detail)
    dialog.save_to(app_session.data_dir / "inside.zip")
    qtbot.waitUntil(dialog.error.isVisible, timeout=15000)
    assert "outside the DSR Desk data folder" in dialog.error.text()
    assert not (app_session.data_dir / "inside.zip").exists()
    assert dialog.status.text() == "Nothing was saved."
    dialog.reject()
