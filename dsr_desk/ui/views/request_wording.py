"""The words of the request file: audit actions and details, dates, sizes, extension state."""

from __future__ import annotations

from datetime import date, datetime

from dsr_desk.domain.request_actions import ExtensionState
from dsr_desk.read_models import RequestDetail, TimelineEvent
from dsr_desk.ui.dialogs.identity_check_dialog import METHOD_LABELS
from dsr_desk.ui.dialogs.request_action_dialog import fmt_date

AWAITING = "awaiting-information"
ACTION_WORDS = {
    "request.registered": "Request registered",
    "request.started": "Processing started",
    "request.extended": "Deadline extended",
    "request.information_asked": "Information asked",
    "request.information_received": "Information received",
    "request.late_entry": "Recorded late (dated earlier)",
    "request.identity_checked": "Identity check recorded",
    "request.note_added": "Note added",
    "request.document_added": "Document attached",
    "request.disclosure_override": "Disclosure despite unverified identity",
    "request.archive_consulted": "Archived record consulted",
    "request.bundle_exported": "Data bundle exported",
    "request.rescheduled": "Due date recomputed",
    "document.viewed": "Document viewed",
    "document.printed": "Document printed",
    "document.exported": "Decrypted copy saved",
    "document.purged": "Document purged (key destroyed)",
    "request.anonymised": "Record anonymised (retention period ended)",
    "letter.created": "Letter written",
    "letter.sent": "Letter sent",
}
DETAIL_TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "request.registered": (
        ("type", "{type} request by {channel}"),
        ("received_on", "received {received_on}"),
        ("due_on", "due {due_on}"),
    ),
    "request.extended": (
        ("new_due_on", "new due date {new_due_on}"),
        ("reason", "reasons: {reason}"),
    ),
    "request.closed": (("closed_on", "on {closed_on}"), ("reason", "reasons: {reason}")),
    "request.information_asked": (
        ("asked_on", "{kind} asked on {asked_on}"),
        ("policy", "policy {policy}"),
        ("reason", "{reason}"),
    ),
    "request.information_received": (
        ("received_on", "{kind} on {received_on}"),
        ("due_on", "due date now {due_on}"),
    ),
    "request.identity_checked": (
        ("method", "{method}: {outcome}"),
        ("document_kind", "{document_kind}"),
        ("checked_by", "by {checked_by} on {checked_on}"),
    ),
    "request.note_added": (),
    "request.late_entry": (
        ("stated_on", "{late_action} dated {stated_on}, recorded on {recorded_on}"),
        ("reason", "why late: {reason}"),
    ),
    "request.bundle_exported": (
        ("files", "{files} files"),
        ("encrypted", "password-protected"),
        ("manifest_sha256", "manifest SHA-256 {manifest_sha256}"),
    ),
    "request.rescheduled": (
        ("due_on", "due {due_on} (was {previous_due_on})"),
        ("reason", "{reason}"),
    ),
}
CLOSED_WORDS = {
    "completed": "Request completed",
    "refused": "Request refused",
    "forwarded": "Forwarded to the controller",
}


def _day(value: object) -> str:
    """ISO dates from audit details read DD/MM/YYYY; anything else as is."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return fmt_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def local_time(iso_instant: str) -> str:
    """A stored UTC instant, in the workstation's local time."""
    try:
        instant = datetime.fromisoformat(iso_instant)
    except ValueError:
        return iso_instant
    return f"{instant.astimezone():%d/%m/%Y %H:%M}"


def action_words(event: TimelineEvent) -> str:
    if event.action == "request.closed":
        return CLOSED_WORDS.get(str(event.details.get("outcome")), "Request closed")
    words = ACTION_WORDS.get(event.action)
    if words is None:
        text = event.action.replace(".", " ").replace("_", " ")
        words = text[:1].upper() + text[1:]
    return words


class _Blank(dict[str, str]):
    """Missing audit details read as nothing rather than failing the whole line."""

    def __missing__(self, key: str) -> str:
        return ""


def action_details(event: TimelineEvent) -> str:
    """The key details of one audit entry, in a short sentence."""
    values = _Blank({key: _day(value) for key, value in event.details.items()})
    if "method" in values:
        values["method"] = method_words(values["method"])
    templates = DETAIL_TEMPLATES.get(event.action)
    if templates is None:
        return " · ".join(f"{key.replace('_', ' ')}: {value}" for key, value in values.items())
    return " · ".join(
        template.format_map(values) for key, template in templates if event.details.get(key)
    )


def method_words(method: str) -> str:
    for known, label in METHOD_LABELS.items():
        if known.value == method:
            return label
    return method


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def extension_texts(d: RequestDetail) -> tuple[str, str]:
    """The extension-notice date and the extension's state, in words (the facts are the
    domain's answer, ``d.extension``)."""
    outlook = d.extension
    notice = fmt_date(outlook.notice_by)
    if outlook.state is ExtensionState.EXTENDED:
        extended_on = fmt_date(d.extended_on) if d.extended_on else "—"
        return notice, (
            f"extended on {extended_on} to {fmt_date(outlook.extended_due)} — "
            f"reasons: {d.extension_reason or '—'}"
        )
    if outlook.state is ExtensionState.NOT_EXTENDED:
        return notice, "not extended"
    if outlook.state is ExtensionState.NOT_ALLOWED:
        return "—", "this right allows no extension"
    if outlook.state is ExtensionState.TOO_LATE:
        return f"{notice} — passed", "not extended; it is too late to extend now"
    if_extended = f"not extended; if extended, due {fmt_date(outlook.extended_due)}"
    if outlook.last_day:
        return f"{notice} — today is the last day to extend", if_extended
    return f"{notice} ({plural(outlook.days_left, 'day')} left)", if_extended


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
