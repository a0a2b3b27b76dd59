"""One error hierarchy whose messages are written for the DPO's staff.

The GUI shows ``str(error)`` in a message bar; the CLI prints it on one line and exits 2.
An error keeps its English message and named parameters (``NotFound("No request {ref}.",
ref=ref)``) and is translated when shown, into the display language of ``dsr_desk.messages``
(the CLI's ``LANG``, the GUI's interface language). ``tools/translations.py`` extracts the
first argument of every ``raise SomeError("…")`` call as a message.
"""

from __future__ import annotations

from dsr_desk.messages import render


class DsrError(Exception):
    """Base of every error DSR Desk reports to its user."""

    def __init__(self, message: str = "", /, **params: object) -> None:
        super().__init__(message)
        self.msgid = message
        self.params = params

    def __str__(self) -> str:
        if not isinstance(self.msgid, str):  # raised with something else than a message
            return str(self.msgid)
        return render(self.msgid, self.params)


class ValidationError(DsrError):
    """Input that cannot be accepted as given (bad date, unknown type, empty reason...)."""


class NotFound(DsrError):
    """A reference, entity or record that does not exist."""


class RuleViolation(DsrError):
    """An action the rules forbid now (late extension, illegal status change...)."""


class ArchiveRestricted(RuleViolation):
    """A closed objection record is a restricted archive: consulting it needs a stated reason."""


class Cancelled(DsrError):
    """The user cancelled a long operation before it changed anything."""


class Conflict(DsrError):
    """Someone else changed the record since this action loaded it: nothing was written, the
    action is to be tried again on the record as it is now. ``ref`` names the request."""

    @property
    def reference(self) -> str | None:
        """The request that changed (the GUI reloads its file), if the message names one."""
        ref = self.params.get("ref")
        return ref if isinstance(ref, str) else None


class VaultError(DsrError):
    """The vault cannot be created or opened (missing, corrupt, newer schema...)."""


class VaultLocked(VaultError):
    """The vault could not be unlocked: wrong passphrase or recovery key, missing keyring entry."""


class VaultRefused(VaultError):
    """The vault's database is missing, empty, damaged, or does not match the audit anchor
    (entries removed, an older copy swapped in): it is refused, untouched, so that it is never
    silently emptied or rolled back. Recovery: restore the data folder from a backup."""


class InsecureKeyring(VaultError):
    """The only keyring available stores secrets in plaintext (or does not work)."""


class IntegrityError(DsrError):
    """Stored data failed an integrity check (audit chain, authenticated encryption)."""


class PermissionDenied(DsrError):
    """The acting user's role does not allow this action (``domain.roles``)."""


class LoginRefused(DsrError):
    """Wrong user name or password, or a login tried again before its delay has passed."""

    @property
    def wait_seconds(self) -> int:
        """How long before the next try is accepted (0: at once, or not known)."""
        wait = self.params.get("wait")
        return wait if isinstance(wait, int) else 0
