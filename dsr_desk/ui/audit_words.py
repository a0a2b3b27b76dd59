"""What each audit action is, in words (the log stores ``request.extended``; people read
"Deadline extended"), in the interface's language: the request file's timeline and the audit
log say it the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

ACTION_WORDS = {
    "request.registered": QT_TRANSLATE_NOOP("Timeline", "Request registered"),
    "request.started": QT_TRANSLATE_NOOP("Timeline", "Processing started"),
    "request.extended": QT_TRANSLATE_NOOP("Timeline", "Deadline extended"),
    "request.information_asked": QT_TRANSLATE_NOOP("Timeline", "Information asked"),
    "request.information_received": QT_TRANSLATE_NOOP("Timeline", "Information received"),
    "request.late_entry": QT_TRANSLATE_NOOP("Timeline", "Recorded late (dated earlier)"),
    "request.identity_checked": QT_TRANSLATE_NOOP("Timeline", "Identity check recorded"),
    "request.note_added": QT_TRANSLATE_NOOP("Timeline", "Note added"),
    "request.requester_corrected": QT_TRANSLATE_NOOP("Timeline", "Requester's details corrected"),
    "request.assigned": QT_TRANSLATE_NOOP("Timeline", "Request reassigned"),
    "request.document_added": QT_TRANSLATE_NOOP("Timeline", "Document attached"),
    "request.disclosure_override": QT_TRANSLATE_NOOP(
        "Timeline", "Disclosure despite unverified identity"
    ),
    "request.archive_consulted": QT_TRANSLATE_NOOP("Timeline", "Archived record consulted"),
    "request.bundle_exported": QT_TRANSLATE_NOOP("Timeline", "Data bundle exported"),
    "request.rescheduled": QT_TRANSLATE_NOOP("Timeline", "Due date recomputed"),
    "document.viewed": QT_TRANSLATE_NOOP("Timeline", "Document viewed"),
    "document.printed": QT_TRANSLATE_NOOP("Timeline", "Document printed"),
    "document.exported": QT_TRANSLATE_NOOP("Timeline", "Decrypted copy saved"),
    "document.purged": QT_TRANSLATE_NOOP("Timeline", "Document purged (key destroyed)"),
    "request.anonymised": QT_TRANSLATE_NOOP(
        "Timeline", "Record anonymised (retention period ended)"
    ),
    "letter.created": QT_TRANSLATE_NOOP("Timeline", "Letter written"),
    "letter.sent": QT_TRANSLATE_NOOP("Timeline", "Letter sent"),
    "request.closed": QT_TRANSLATE_NOOP("Timeline", "Request closed"),
    "entity.created": QT_TRANSLATE_NOOP("Timeline", "Entity created"),
    "entity.updated": QT_TRANSLATE_NOOP("Timeline", "Entity changed"),
    "entity.letter_override_saved": QT_TRANSLATE_NOOP("Timeline", "Letter wording changed"),
    "entity.letter_override_reset": QT_TRANSLATE_NOOP("Timeline", "Letter wording reset"),
    "register.activity_added": QT_TRANSLATE_NOOP("Timeline", "Processing activity added"),
    "register.activity_updated": QT_TRANSLATE_NOOP("Timeline", "Processing activity changed"),
    "register.activity_moved": QT_TRANSLATE_NOOP("Timeline", "Processing activity moved"),
    "register.activity_removed": QT_TRANSLATE_NOOP("Timeline", "Processing activity removed"),
    "register.imported": QT_TRANSLATE_NOOP("Timeline", "Processing register imported"),
    "retention.attestation_generated": QT_TRANSLATE_NOOP("Timeline", "Attestation generated"),
    "settings.changed": QT_TRANSLATE_NOOP("Timeline", "Preferences changed"),
    "calendar.exported": QT_TRANSLATE_NOOP("Timeline", "Deadline calendar exported"),
    "request.register_exported": QT_TRANSLATE_NOOP("Timeline", "Register of requests exported"),
    "vault.backed_up": QT_TRANSLATE_NOOP("Timeline", "Vault backed up"),
    "vault.restored": QT_TRANSLATE_NOOP("Timeline", "Vault restored from a backup"),
    "vault.recovered": QT_TRANSLATE_NOOP("Timeline", "Vault opened with the recovery key"),
    "vault.passphrase_changed": QT_TRANSLATE_NOOP("Timeline", "Passphrase changed"),
    "vault.rekeyed": QT_TRANSLATE_NOOP("Timeline", "Vault key rotated"),
    "audit.reanchored": QT_TRANSLATE_NOOP("Timeline", "Audit log anchor renewed"),
    "demo.seeded": QT_TRANSLATE_NOOP("Timeline", "Demo data added"),
    "letter.late_extension_override": QT_TRANSLATE_NOOP(
        "Timeline", "Extension letter printed after its notice date"
    ),
    "request.id_means_recorded": QT_TRANSLATE_NOOP("Timeline", "Means of identification recorded"),
    "request.recipient_notified": QT_TRANSLATE_NOOP("Timeline", "Recipient notified (Art. 19)"),
    "team.created": QT_TRANSLATE_NOOP("Timeline", "Team database created"),
    "team.migrated": QT_TRANSLATE_NOOP("Timeline", "Workstation vault copied to the team database"),
    "team.key_rotated": QT_TRANSLATE_NOOP("Timeline", "Team key replaced"),
    "user.added": QT_TRANSLATE_NOOP("Timeline", "User account added"),
    "user.login_failed": QT_TRANSLATE_NOOP("Timeline", "Failed login"),
    "user.removed": QT_TRANSLATE_NOOP("Timeline", "User account removed"),
    "vault.backups_rotated": QT_TRANSLATE_NOOP("Timeline", "Old backups deleted (rotation)"),
    "server.vacuumed": QT_TRANSLATE_NOOP("Timeline", "VACUUM after a purge (team server)"),
}
FAMILY_WORDS = {  # the action filter's groups: "request.*" and so on
    "request.": QT_TRANSLATE_NOOP("Timeline", "Requests"),
    "document.": QT_TRANSLATE_NOOP("Timeline", "Documents"),
    "letter.": QT_TRANSLATE_NOOP("Timeline", "Letters"),
    "entity.": QT_TRANSLATE_NOOP("Timeline", "Entities"),
    "register.": QT_TRANSLATE_NOOP("Timeline", "Processing register"),
    "vault.": QT_TRANSLATE_NOOP("Timeline", "Vault"),
}


def action_label(action: str) -> str:
    """``request.extended`` → "Deadline extended" (or its translation); an action this build
    does not know reads as its name in plain words."""
    words = ACTION_WORDS.get(action)
    if words is None:
        text = action.replace(".", " ").replace("_", " ")
        return text[:1].upper() + text[1:]
    return QCoreApplication.translate("Timeline", words)


def family_label(family: str) -> str:
    """``request.`` → "Requests" (or its translation), else the name as stored."""
    words = FAMILY_WORDS.get(family)
    return QCoreApplication.translate("Timeline", words) if words else family.rstrip(".")


# -- an entry's details in words (the audit log's Details column, the request file's timeline)
# The log stores ``new_due_on: 2027-01-25``; people read "new due date: 25/01/2027". Keys this
# build does not know read as their name in plain words; identifiers that mean nothing to a
# reader (a document's id, its media type, a reason's MAC) stay in the full details only.
DETAIL_WORDS = {
    "activity": QT_TRANSLATE_NOOP("AuditDetails", "activity"),
    "added": QT_TRANSLATE_NOOP("AuditDetails", "added"),
    "added_categories": QT_TRANSLATE_NOOP("AuditDetails", "categories added"),
    "answer_recorded": QT_TRANSLATE_NOOP("AuditDetails", "answer recorded"),
    "answered_with": QT_TRANSLATE_NOOP("AuditDetails", "answered with"),
    "asked_on": QT_TRANSLATE_NOOP("AuditDetails", "asked on"),
    "backup_created_at": QT_TRANSLATE_NOOP("AuditDetails", "backup of"),
    "categories": QT_TRANSLATE_NOOP("AuditDetails", "categories"),
    "channel": QT_TRANSLATE_NOOP("AuditDetails", "channel"),
    "checked_by": QT_TRANSLATE_NOOP("AuditDetails", "checked by"),
    "checked_on": QT_TRANSLATE_NOOP("AuditDetails", "checked on"),
    "closed_on": QT_TRANSLATE_NOOP("AuditDetails", "closed on"),
    "count": QT_TRANSLATE_NOOP("AuditDetails", "count"),
    "country": QT_TRANSLATE_NOOP("AuditDetails", "country"),
    "created_on": QT_TRANSLATE_NOOP("AuditDetails", "written on"),
    "document": QT_TRANSLATE_NOOP("AuditDetails", "file"),
    "document_kind": QT_TRANSLATE_NOOP("AuditDetails", "document"),
    "documents": QT_TRANSLATE_NOOP("AuditDetails", "documents"),
    "documents_purged_again": QT_TRANSLATE_NOOP("AuditDetails", "documents purged again"),
    "done": QT_TRANSLATE_NOOP("AuditDetails", "done"),
    "due_dates_changed": QT_TRANSLATE_NOOP("AuditDetails", "due dates changed"),
    "due_on": QT_TRANSLATE_NOOP("AuditDetails", "due date"),
    "encrypted": QT_TRANSLATE_NOOP("AuditDetails", "password-protected"),
    "end": QT_TRANSLATE_NOOP("AuditDetails", "to"),
    "entity": QT_TRANSLATE_NOOP("AuditDetails", "entity"),
    "events": QT_TRANSLATE_NOOP("AuditDetails", "events"),
    "failures": QT_TRANSLATE_NOOP("AuditDetails", "failures"),
    "fate": QT_TRANSLATE_NOOP("AuditDetails", "fate"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "fields"),
    "files": QT_TRANSLATE_NOOP("AuditDetails", "files"),
    "folder": QT_TRANSLATE_NOOP("AuditDetails", "folder"),
    "format": QT_TRANSLATE_NOOP("AuditDetails", "format"),
    "from_entry": QT_TRANSLATE_NOOP("AuditDetails", "after entries from no."),
    "from_position": QT_TRANSLATE_NOOP("AuditDetails", "from position"),
    "in_time": QT_TRANSLATE_NOOP("AuditDetails", "in time"),
    "kept": QT_TRANSLATE_NOOP("AuditDetails", "kept"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "kind"),
    "lang": QT_TRANSLATE_NOOP("AuditDetails", "language"),
    "late_action": QT_TRANSLATE_NOOP("AuditDetails", "action"),
    "length": QT_TRANSLATE_NOOP("AuditDetails", "characters"),
    "means": QT_TRANSLATE_NOOP("AuditDetails", "means"),
    "method": QT_TRANSLATE_NOOP("AuditDetails", "method"),
    "mode": QT_TRANSLATE_NOOP("AuditDetails", "mode"),
    "name": QT_TRANSLATE_NOOP("AuditDetails", "name"),
    "names": QT_TRANSLATE_NOOP("AuditDetails", "names"),
    "new_due_on": QT_TRANSLATE_NOOP("AuditDetails", "new due date"),
    "notice": QT_TRANSLATE_NOOP("AuditDetails", "notice"),
    "notice_by": QT_TRANSLATE_NOOP("AuditDetails", "notice due by"),
    "notified_on": QT_TRANSLATE_NOOP("AuditDetails", "notified on"),
    "outcome": QT_TRANSLATE_NOOP("AuditDetails", "outcome"),
    "pages": QT_TRANSLATE_NOOP("AuditDetails", "pages"),
    "policy": QT_TRANSLATE_NOOP("AuditDetails", "policy"),
    "position": QT_TRANSLATE_NOOP("AuditDetails", "position"),
    "previous_due_on": QT_TRANSLATE_NOOP("AuditDetails", "previous due date"),
    "previous_name": QT_TRANSLATE_NOOP("AuditDetails", "previous name"),
    "printed_on": QT_TRANSLATE_NOOP("AuditDetails", "printed on"),
    "purge_date": QT_TRANSLATE_NOOP("AuditDetails", "purge date"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "reasons"),
    "reason_no": QT_TRANSLATE_NOOP("AuditDetails", "reason no."),
    "document_id": QT_TRANSLATE_NOOP("AuditDetails", "document id"),
    "media_type": QT_TRANSLATE_NOOP("AuditDetails", "media type"),
    "received_on": QT_TRANSLATE_NOOP("AuditDetails", "received on"),
    "recipient": QT_TRANSLATE_NOOP("AuditDetails", "recipient"),
    "recorded_on": QT_TRANSLATE_NOOP("AuditDetails", "recorded on"),
    "records_anonymised_again": QT_TRANSLATE_NOOP("AuditDetails", "records anonymised again"),
    "registered_number": QT_TRANSLATE_NOOP("AuditDetails", "registered post no."),
    "removed": QT_TRANSLATE_NOOP("AuditDetails", "removed"),
    "requests": QT_TRANSLATE_NOOP("AuditDetails", "requests"),
    "restored": QT_TRANSLATE_NOOP("AuditDetails", "restored"),
    "role": QT_TRANSLATE_NOOP("AuditDetails", "role"),
    "rule": QT_TRANSLATE_NOOP("AuditDetails", "rule"),
    "seed": QT_TRANSLATE_NOOP("AuditDetails", "seed"),
    "sent_on": QT_TRANSLATE_NOOP("AuditDetails", "sent on"),
    "size": QT_TRANSLATE_NOOP("AuditDetails", "size"),
    "start": QT_TRANSLATE_NOOP("AuditDetails", "from"),
    "stated_on": QT_TRANSLATE_NOOP("AuditDetails", "dated"),
    "subdivision": QT_TRANSLATE_NOOP("AuditDetails", "holiday zone"),
    "tables": QT_TRANSLATE_NOOP("AuditDetails", "tables"),
    "to_entry": QT_TRANSLATE_NOOP("AuditDetails", "to no."),
    "to_position": QT_TRANSLATE_NOOP("AuditDetails", "to position"),
    "type": QT_TRANSLATE_NOOP("AuditDetails", "type"),
    "unassigned": QT_TRANSLATE_NOOP("AuditDetails", "unassigned"),
}
#: never in a summary or the timeline (the full details, a tooltip, keep them)
HIDDEN_DETAILS = frozenset(
    {"document_id", "media_type", "reason_mac", "granted_reason_mac", "withheld_reason_mac"}
)
DOCUMENT_ACTIONS = frozenset(
    {"request.document_added", "document.viewed", "document.printed", "document.exported"}
    | {"document.purged"}
)
INFORMATION_WORDS = {  # what was asked (``InformationKind``)
    "identity": QT_TRANSLATE_NOOP("AuditDetails", "proof of identity"),
    "clarification": QT_TRANSLATE_NOOP("AuditDetails", "clarification"),
    "fee": QT_TRANSLATE_NOOP("AuditDetails", "fee"),
}
POLICY_WORDS = {  # the entity's suspension policy
    "restart": QT_TRANSLATE_NOOP("AuditDetails", "restart the period"),
    "pause": QT_TRANSLATE_NOOP("AuditDetails", "pause the period"),
}
OUTCOME_WORDS = {  # how a request ended (``Outcome``), how an identity check came out
    "completed": QT_TRANSLATE_NOOP("AuditDetails", "completed"),
    "partial": QT_TRANSLATE_NOOP("AuditDetails", "partly granted"),
    "refused": QT_TRANSLATE_NOOP("AuditDetails", "refused"),
    "forwarded": QT_TRANSLATE_NOOP("AuditDetails", "forwarded to the controller"),
    "no-data": QT_TRANSLATE_NOOP("AuditDetails", "no data held"),
    "withdrawn": QT_TRANSLATE_NOOP("AuditDetails", "withdrawn by the requester"),
    "unanswered": QT_TRANSLATE_NOOP("AuditDetails", "closed for lack of reply"),
    "excessive": QT_TRANSLATE_NOOP("AuditDetails", "manifestly unfounded or excessive"),
    "verified": QT_TRANSLATE_NOOP("AuditDetails", "verified"),
    "failed": QT_TRANSLATE_NOOP("AuditDetails", "failed"),
}
YES_NO = (QT_TRANSLATE_NOOP("AuditDetails", "no"), QT_TRANSLATE_NOOP("AuditDetails", "yes"))
LANGUAGE_WORDS = {"fr": "Français", "en": "English"}  # each in its own tongue


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditDetails", text)


def detail_label(key: str) -> str:
    """``new_due_on`` → "new due date" (or its translation); an unknown key in plain words."""
    words = DETAIL_WORDS.get(key)
    return _tr(words) if words else key.replace("_", " ")


def _day_or_time(value: str) -> str | None:
    """An ISO date as DD/MM/YYYY, an ISO instant in local time; None for other text."""
    from datetime import date, datetime

    if len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return None
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    if len(value) > 10 and value[4:5] == "-" and value[10:11] == "T":
        try:
            instant = datetime.fromisoformat(value)
        except ValueError:
            return None
        return f"{instant.astimezone():%d/%m/%Y %H:%M}"
    return None


def detail_value(action: str, key: str, value: object) -> str:
    """One detail's value in words: dates as DD/MM/YYYY, sizes in KB/MB, stored names (a
    request type, a document or letter kind, a channel, a method, a policy) as labels."""
    from dsr_desk.ui.sizes import data_size

    if isinstance(value, bool):
        return _tr(YES_NO[value])
    if isinstance(value, list | tuple):
        return ", ".join(detail_value(action, key, item) for item in value)
    if value is None:
        return "—"
    if key == "size" and isinstance(value, int):
        return data_size(value)
    if not isinstance(value, str):
        return str(value)
    words = _stored_name_words(action, key, value)
    return words if words is not None else _day_or_time(value) or value


def _stored_name_words(action: str, key: str, text: str) -> str | None:
    """A stored name (``marketing-opt-out``, ``id``, ``restart``…) as its label, else None."""
    from dsr_desk.ui import kind_words

    if action.startswith("letter.") and key in ("kind", "channel"):
        return _letter_words(key, text)
    simple: dict[str, object] = {
        "type": kind_words.type_label,
        "status": kind_words.status_label,
        "channel": kind_words.channel_label,
        "method": _method_words,
        "lang": lambda v: LANGUAGE_WORDS.get(v, v),
        "fields": _field_words,
        "late_action": lambda v: action_label(v) if v in ACTION_WORDS else v,
        "policy": lambda v: _tr(POLICY_WORDS[v]) if v in POLICY_WORDS else v,
        "outcome": lambda v: _tr(OUTCOME_WORDS[v]) if v in OUTCOME_WORDS else v,
    }
    if key == "kind" and action in DOCUMENT_ACTIONS:
        return kind_words.document_kind_label(text)
    if key == "kind":
        return _tr(INFORMATION_WORDS[text]) if text in INFORMATION_WORDS else None
    convert = simple.get(key)
    return convert(text) if callable(convert) else None


def _letter_words(what: str, value: str) -> str:
    from dsr_desk.letters.kinds import LetterKind, SendChannel
    from dsr_desk.ui.dialogs.letter_dialog import channel_words, kind_words

    try:
        if what == "kind":
            return kind_words(LetterKind(value))
        return channel_words(SendChannel(value))
    except (ValueError, KeyError):
        return value


def _method_words(method: str) -> str:
    from dsr_desk.ui.dialogs.identity_check_dialog import METHOD_LABELS

    for known, label in METHOD_LABELS.items():
        if known.value == method:
            return QCoreApplication.translate("IdentityCheckDialog", label)
    return method


FIELD_WORDS = {  # the requester's details a correction changed (the audit keeps no values)
    "name": QT_TRANSLATE_NOOP("AuditDetails", "name"),
    "email": QT_TRANSLATE_NOOP("AuditDetails", "e-mail"),
    "postal_address": QT_TRANSLATE_NOOP("AuditDetails", "postal address"),
    "language": QT_TRANSLATE_NOOP("AuditDetails", "language"),
}


def _field_words(field: str) -> str:
    words = FIELD_WORDS.get(field)
    return _tr(words) if words else field.replace("_", " ")


def labelled(label: str, value: str) -> str:
    """``label: value`` as the interface's language writes it (a space before the colon in
    French)."""
    return QCoreApplication.translate("AuditDetails", "{label}: {value}").format(
        label=label, value=value
    )


def details_in_words(action: str, details: dict[str, object]) -> list[tuple[str, str]]:
    """An entry's details as (label, value) pairs in words, identifiers left out."""
    return [
        (detail_label(key), detail_value(action, key, value))
        for key, value in details.items()
        if key not in HIDDEN_DETAILS
    ]
