"""The words of the request file: audit actions and details, dates, extension state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from dsr_desk.domain.request_actions import ExtensionState
from dsr_desk.read_models import RequestDetail, TimelineEvent
from dsr_desk.ui.audit_words import (
    ACTION_WORDS,
    HIDDEN_DETAILS,
    detail_value,
    details_in_words,
    labelled,
)
from dsr_desk.ui.dialogs.identity_check_dialog import METHOD_LABELS
from dsr_desk.ui.dialogs.request_action_dialog import fmt_date
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

AWAITING = "awaiting-information"
DETAIL_TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "request.registered": (
        ("type", QT_TRANSLATE_NOOP("Timeline", "{type} · by {channel}")),
        ("received_on", QT_TRANSLATE_NOOP("Timeline", "received {received_on}")),
        ("due_on", QT_TRANSLATE_NOOP("Timeline", "due {due_on}")),
    ),
    "request.extended": (
        ("new_due_on", QT_TRANSLATE_NOOP("Timeline", "new due date {new_due_on}")),
        ("reason", QT_TRANSLATE_NOOP("Timeline", "reasons: {reason}")),
    ),
    "request.closed": (
        ("closed_on", QT_TRANSLATE_NOOP("Timeline", "on {closed_on}")),
        ("reason", QT_TRANSLATE_NOOP("Timeline", "reasons: {reason}")),
    ),
    "request.information_asked": (
        ("asked_on", QT_TRANSLATE_NOOP("Timeline", "{kind} asked on {asked_on}")),
        ("policy", QT_TRANSLATE_NOOP("Timeline", "policy {policy}")),
        ("reason", QT_TRANSLATE_NOOP("Timeline", "{reason}")),
    ),
    "request.information_received": (
        ("received_on", QT_TRANSLATE_NOOP("Timeline", "{kind} on {received_on}")),
        ("due_on", QT_TRANSLATE_NOOP("Timeline", "due date now {due_on}")),
    ),
    "request.identity_checked": (
        ("method", QT_TRANSLATE_NOOP("Timeline", "{method}: {outcome}")),
        ("document_kind", QT_TRANSLATE_NOOP("Timeline", "{document_kind}")),
        ("checked_by", QT_TRANSLATE_NOOP("Timeline", "by {checked_by} on {checked_on}")),
    ),
    "request.note_added": (),
    "request.requester_corrected": (("fields", QT_TRANSLATE_NOOP("Timeline", "{fields}")),),
    "request.assigned": (("unassigned", QT_TRANSLATE_NOOP("Timeline", "to nobody")),),
    "request.late_entry": (
        (
            "stated_on",
            QT_TRANSLATE_NOOP(
                "Timeline", "{late_action} dated {stated_on}, recorded on {recorded_on}"
            ),
        ),
        ("reason", QT_TRANSLATE_NOOP("Timeline", "why late: {reason}")),
    ),
    "request.bundle_exported": (
        ("files", QT_TRANSLATE_NOOP("Timeline", "{files} files")),
        ("encrypted", QT_TRANSLATE_NOOP("Timeline", "password-protected")),
        ("manifest_sha256", QT_TRANSLATE_NOOP("Timeline", "manifest SHA-256 {manifest_sha256}")),
    ),
    # a file: its kind and its name, never its id or media type (kept in the audit log)
    "request.document_added": (
        ("kind", QT_TRANSLATE_NOOP("Timeline", "{kind}")),
        ("document", QT_TRANSLATE_NOOP("Timeline", "{document}")),
        ("size", QT_TRANSLATE_NOOP("Timeline", "{size}")),
    ),
    "document.viewed": (
        ("kind", QT_TRANSLATE_NOOP("Timeline", "{kind}")),
        ("document", QT_TRANSLATE_NOOP("Timeline", "{document}")),
    ),
    "document.printed": (
        ("kind", QT_TRANSLATE_NOOP("Timeline", "{kind}")),
        ("document", QT_TRANSLATE_NOOP("Timeline", "{document}")),
        ("pages", QT_TRANSLATE_NOOP("Timeline", "{pages} pages")),
    ),
    "document.exported": (
        ("kind", QT_TRANSLATE_NOOP("Timeline", "{kind}")),
        ("document", QT_TRANSLATE_NOOP("Timeline", "{document}")),
        ("folder", QT_TRANSLATE_NOOP("Timeline", "saved in {folder}")),
    ),
    "document.purged": (
        ("kind", QT_TRANSLATE_NOOP("Timeline", "{kind}")),
        ("purge_date", QT_TRANSLATE_NOOP("Timeline", "purge date {purge_date}")),
    ),
    "letter.created": (
        ("kind", QT_TRANSLATE_NOOP("Timeline", "{kind}")),
        ("lang", QT_TRANSLATE_NOOP("Timeline", "in {lang}")),
        ("recipient", QT_TRANSLATE_NOOP("Timeline", "to {recipient}")),
    ),
    "letter.sent": (
        ("kind", QT_TRANSLATE_NOOP("Timeline", "{kind}")),
        ("sent_on", QT_TRANSLATE_NOOP("Timeline", "sent on {sent_on}")),
        ("channel", QT_TRANSLATE_NOOP("Timeline", "{channel}")),
        ("registered_number", QT_TRANSLATE_NOOP("Timeline", "no. {registered_number}")),
    ),
    "request.rescheduled": (
        ("due_on", QT_TRANSLATE_NOOP("Timeline", "due {due_on} (was {previous_due_on})")),
        ("reason", QT_TRANSLATE_NOOP("Timeline", "{reason}")),
    ),
}
CLOSED_WORDS = {
    "completed": QT_TRANSLATE_NOOP("Timeline", "Request completed"),
    "refused": QT_TRANSLATE_NOOP("Timeline", "Request refused"),
    "forwarded": QT_TRANSLATE_NOOP("Timeline", "Forwarded to the controller"),
}


def local_time(iso_instant: str) -> str:
    """A stored UTC instant, in the workstation's local time."""
    try:
        instant = datetime.fromisoformat(iso_instant)
    except ValueError:
        return iso_instant
    return f"{instant.astimezone():%d/%m/%Y %H:%M}"


def action_words(event: TimelineEvent) -> str:
    if event.action == "request.closed":
        words = CLOSED_WORDS.get(str(event.details.get("outcome")))
        return (
            QCoreApplication.translate("Timeline", words)
            if words
            else QCoreApplication.translate("Timeline", "Request closed")
        )
    words = ACTION_WORDS.get(event.action)
    if words is None:
        text = event.action.replace(".", " ").replace("_", " ")
        return text[:1].upper() + text[1:]
    return QCoreApplication.translate("Timeline", words)


class _Blank(dict[str, str]):
    """Missing audit details read as nothing rather than failing the whole line."""

    def __missing__(self, key: str) -> str:
        return ""


def action_details(event: TimelineEvent) -> str:
    """The key details of one audit entry, in a short sentence, in words (dates, kinds,
    methods and sizes as the interface writes them; no identifiers)."""
    values = _Blank(
        {
            key: detail_value(event.action, key, value)
            for key, value in event.details.items()
            if key not in HIDDEN_DETAILS
        }
    )
    templates = DETAIL_TEMPLATES.get(event.action)
    if templates is None:
        return " · ".join(
            labelled(label, value) for label, value in details_in_words(event.action, event.details)
        )
    return " · ".join(
        QCoreApplication.translate("Timeline", template).format_map(values)
        for key, template in templates
        if event.details.get(key)
    )


def method_words(method: str) -> str:
    for known, label in METHOD_LABELS.items():
        if known.value == method:
            return QCoreApplication.translate("IdentityCheckDialog", label)
    return method


def extension_texts(d: RequestDetail) -> tuple[str, str]:
    """The extension-notice date and the extension's state, in words (the facts are the
    domain's answer, ``d.extension``)."""
    outlook = d.extension
    notice = fmt_date(outlook.notice_by)
    if outlook.state is ExtensionState.EXTENDED:
        extended_on = fmt_date(d.extended_on) if d.extended_on else "—"
        return notice, QCoreApplication.translate(
            "Timeline", "extended on {on} to {due} — reasons: {reasons}"
        ).format(
            on=extended_on, due=fmt_date(outlook.extended_due), reasons=d.extension_reason or "—"
        )
    if outlook.state is ExtensionState.NOT_EXTENDED:
        return notice, QCoreApplication.translate("Timeline", "not extended")
    if outlook.state is ExtensionState.NOT_ALLOWED:
        return "—", QCoreApplication.translate("Timeline", "this right allows no extension")
    if outlook.state is ExtensionState.TOO_LATE:
        return (
            QCoreApplication.translate("Timeline", "{date} — passed").format(date=notice),
            QCoreApplication.translate("Timeline", "not extended; it is too late to extend now"),
        )
    if_extended = QCoreApplication.translate(
        "Timeline", "not extended; if extended, due {date}"
    ).format(date=fmt_date(outlook.extended_due))
    if outlook.last_day:
        return QCoreApplication.translate(
            "Timeline", "{date} — today is the last day to extend"
        ).format(date=notice), if_extended
    if outlook.days_left == 1:
        return QCoreApplication.translate("Timeline", "{date} (1 day left)").format(
            date=notice
        ), if_extended
    return QCoreApplication.translate("Timeline", "{date} ({n} days left)").format(
        date=notice, n=outlook.days_left
    ), if_extended
