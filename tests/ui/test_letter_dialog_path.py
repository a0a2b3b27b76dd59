"""The letter dialog goes through the CLI's path (``issue_letter``): printing or saving keeps
the letter encrypted in the request's file and audits it once; "Mark as sent" then records the
sending of that same copy (channel, registered-mail number), and the request lists it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from dsr_desk.letters.kinds import SendChannel
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from tests.ui.conftest import UI_TODAY
from tests.ui.test_letter_dialog import (
    _add,
    _audit_actions,
    _detail,
    _letters,
    _open,
    _wait_preview,
)


def test_print_and_save_keep_one_copy_that_mark_as_sent_records(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    ref = _add(app_session, ops)
    view = _open(qtbot, app_session, ops, ref)
    dialog = _letters(qtbot, view)
    _wait_preview(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    with qtbot.waitSignal(dialog.kept, timeout=15000) as kept:
        dialog.print_issued(lambda: printer)
    qtbot.waitUntil((tmp_path / "printed.pdf").exists)
    document_id = kept.args[0].document_id
    detail = _detail(app_session, ops, ref)
    assert [(d.document_id, d.kind) for d in detail.documents] == [(document_id, "response")]
    assert [(x.kind, x.lang, x.created_on, x.sent_on) for x in detail.letters] == [
        ("acknowledgement", "fr", UI_TODAY, None)
    ]

    dialog.save_issued(lambda _choice: tmp_path / "saved.pdf")  # the same letter: no new copy
    qtbot.waitUntil((tmp_path / "saved.pdf").exists)
    assert (tmp_path / "saved.pdf").read_bytes().startswith(b"%PDF-")

    dialog.registered.setText("1A 234 567 8901 2")  # fields edited, then back as they were:
    qtbot.waitUntil(dialog.sent_button.isEnabled, timeout=15000)
    dialog.registered.setText("")  # still the letter printed
    qtbot.waitUntil(dialog.sent_button.isEnabled, timeout=15000)
    with qtbot.waitSignal(dialog.sent, timeout=15000) as sent:
        dialog.mark_sent(SendChannel.POST, UI_TODAY)
    assert sent.args[0].document_id == document_id  # the copy kept when printed
    assert not dialog.error.isVisible()
    detail = _detail(app_session, ops, ref)
    assert len(detail.documents) == 1
    (letter,) = detail.letters
    assert (letter.document_id, letter.sent_on, letter.channel) == (document_id, UI_TODAY, "post")
    actions = ops.call(lambda: _audit_actions(app_session))
    assert actions.count("letter.created") == 1 and actions.count("letter.sent") == 1

    # a new letter (its registered-mail number printed) sent at once: issued as sent
    dialog.registered.setText("1A 234 567 8901 2")
    qtbot.waitUntil(dialog.sent_button.isEnabled, timeout=15000)
    with qtbot.waitSignal(dialog.sent, timeout=15000) as sent:
        dialog.mark_sent(SendChannel.REGISTERED_POST, UI_TODAY)
    assert sent.args[0].document_id != document_id
    detail = _detail(app_session, ops, ref)
    assert [(x.kind, x.channel) for x in detail.letters] == [
        ("acknowledgement", "post"),
        ("acknowledgement", "registered-post"),
    ]
    last = detail.timeline[-1]
    assert last.action == "letter.sent"
    assert last.details["registered_number"] == "1A 234 567 8901 2"
    dialog.reject()
