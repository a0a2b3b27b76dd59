"""Who is acting: the name the audit log records for every change and that letters are signed
with, the same for the CLI and the GUI.

It is the vault's display name (Settings › Preferences, asked by the first-run wizard or given
to ``dsr-desk init --user-name``). A vault without one (made by ``init`` without it) falls back
to ``DSR_DESK_USER``, else, for the audit log only, to the operating system's login name
(letters are never signed with it: ``services.letters.default_signer``)."""

from __future__ import annotations

import os

ENV_USER = "DSR_DESK_USER"


def current_user() -> str:
    """The name of this run before the vault is read: ``DSR_DESK_USER``, else the login."""
    import getpass  # only when asked: nothing before the first paint needs it

    return os.environ.get(ENV_USER) or getpass.getuser()


def named_user() -> str:
    """The name given in ``DSR_DESK_USER`` ('' when unset): never the login name."""
    return " ".join(os.environ.get(ENV_USER, "").split())


def acting_user(display_name: str | None, fallback: str) -> str:
    """The vault's display name when set, else ``fallback`` (``current_user()``)."""
    return " ".join((display_name or "").split()) or fallback
