"""Who is acting: the name the audit log records for every change, the same for the CLI and
the GUI (``DSR_DESK_USER`` if set, else the operating system's login name)."""

from __future__ import annotations

import os

ENV_USER = "DSR_DESK_USER"


def current_user() -> str:
    import getpass  # only when asked: nothing before the first paint needs it

    return os.environ.get(ENV_USER) or getpass.getuser()
