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
