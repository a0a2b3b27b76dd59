"""Audit actions in words where the CLI prints them (``request show``'s timeline): the log
stores ``request.extended``, people read "Deadline extended", in the CLI's language. The same
wording as the GUI's (``ui/audit_words.py``, translated through Qt there)."""

from __future__ import annotations

from dsr_desk.messages import N_, _

ACTION_WORDS = {
    "request.registered": N_("Request registered"),
    "request.started": N_("Processing started"),
    "request.extended": N_("Deadline extended"),
    "request.information_asked": N_("Information asked"),
    "request.information_received": N_("Information received"),
    "request.late_entry": N_("Recorded late (dated earlier)"),
    "request.identity_checked": N_("Identity check recorded"),
    "request.note_added": N_("Note added"),
    "request.document_added": N_("Document attached"),
    "request.disclosure_override": N_("Disclosure despite unverified identity"),
    "request.archive_consulted": N_("Archived record consulted"),
    "request.bundle_exported": N_("Data bundle exported"),
    "request.rescheduled": N_("Due date recomputed"),
    "document.viewed": N_("Document viewed"),
    "document.printed": N_("Document printed"),
    "document.exported": N_("Decrypted copy saved"),
    "document.purged": N_("Document purged (key destroyed)"),
    "request.anonymised": N_("Record anonymised (retention period ended)"),
    "letter.created": N_("Letter written"),
    "letter.sent": N_("Letter sent"),
    "request.closed": N_("Request closed"),
    "entity.created": N_("Entity created"),
    "entity.updated": N_("Entity changed"),
    "entity.letter_override_saved": N_("Letter wording changed"),
    "entity.letter_override_reset": N_("Letter wording reset"),
    "register.activity_added": N_("Processing activity added"),
    "register.activity_updated": N_("Processing activity changed"),
    "register.activity_moved": N_("Processing activity moved"),
    "register.activity_removed": N_("Processing activity removed"),
    "register.imported": N_("Processing register imported"),
    "retention.attestation_generated": N_("Attestation generated"),
    "settings.changed": N_("Preferences changed"),
    "calendar.exported": N_("Deadline calendar exported"),
    "vault.backed_up": N_("Vault backed up"),
    "vault.restored": N_("Vault restored from a backup"),
    "vault.recovered": N_("Vault opened with the recovery key"),
    "vault.passphrase_changed": N_("Passphrase changed"),
    "vault.rekeyed": N_("Vault key rotated"),
    "audit.reanchored": N_("Audit log anchor renewed"),
    "demo.seeded": N_("Demo data added"),
    "letter.late_extension_override": N_("Extension letter printed after its notice date"),
    "request.id_means_recorded": N_("Means of identification recorded"),
    "request.recipient_notified": N_("Recipient notified (Art. 19)"),
    "team.created": N_("Team database created"),
    "team.migrated": N_("Workstation vault copied to the team database"),
    "team.key_rotated": N_("Team key replaced"),
    "user.added": N_("User account added"),
    "user.login_failed": N_("Failed login"),
    "user.removed": N_("User account removed"),
    "vault.backups_rotated": N_("Old backups deleted (rotation)"),
    "request.assigned": N_("Request reassigned"),
    "request.requester_corrected": N_("Requester's details corrected"),
    "request.register_exported": N_("Register of requests exported"),
    "server.vacuumed": N_("VACUUM after a purge (team server)"),
}


def action_words(action: str) -> str:
    """``request.extended`` → "Deadline extended" (translated); an action this build does not
    know reads as its name in plain words."""
    words = ACTION_WORDS.get(action)
    if words is None:
        text = action.replace(".", " ").replace("_", " ")
        return text[:1].upper() + text[1:]
    return _(words)
