"""Team mode in the desktop app: which team server this data folder works on, and logging in.

The choice made in the first-run wizard (or Settings) is kept in the app's local settings
(``QSettings``), per data folder, as the server's URL (with its TLS options) and the account
name — never a password: the database role's password, if the server wants one, comes from
libpq's own means (``~/.pgpass``, ``PGPASSWORD``), the account's is typed at each login. Another
data folder (``--data-dir``) on the same computer stays a workstation, or has a server of its
own. ``dsr-desk --db URL`` (or ``DSR_DESK_DB_URL``) names the server for one run instead.

``log_in_to_team`` connects, checks the team's audit chain against the last head this client
saw (``TeamDatabase.watch_chain``), and logs in (``services.team.log_in``: the password checked
with its lockout delays, then the account's copy of the team key opened). It runs on a helper
thread (``ui.dialogs.vault_jobs``): key derivation takes a moment.

First-screen module (listed in ``tests/ui/test_first_screen.py``: the app asks it at start
which server the data folder works on): it never names PySide's ``Qt``, and loads SQLAlchemy
and the services only when a team server is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QSettings

from dsr_desk.domain.clock import Clock
from dsr_desk.storage.team_location import without_password

if TYPE_CHECKING:
    from dsr_desk.services.accounts import UserView
    from dsr_desk.storage.pg_engine import TeamDatabase

SETTINGS_GROUP: Final = "team"


@dataclass(frozen=True)
class TeamChoice:
    """The team server a data folder works on, and the account last used there."""

    url: str
    account: str = ""


def _key(data_dir: Path) -> str:
    folder = str(data_dir.expanduser().resolve())
    return f"{SETTINGS_GROUP}/{sha256(folder.encode('utf-8')).hexdigest()[:16]}"


def remembered_team(data_dir: Path) -> TeamChoice | None:
    """The team server chosen for ``data_dir`` on this computer, if any."""
    settings = QSettings()
    url = settings.value(f"{_key(data_dir)}/url", "")
    if not isinstance(url, str) or not url:
        return None
    account = settings.value(f"{_key(data_dir)}/account", "")
    return TeamChoice(url, account if isinstance(account, str) else "")


def remember_team(data_dir: Path, choice: TeamChoice) -> None:
    """Keep ``choice`` for ``data_dir`` (a password in the URL is left out)."""
    settings = QSettings()
    settings.setValue(f"{_key(data_dir)}/url", without_password(choice.url))
    settings.setValue(f"{_key(data_dir)}/account", choice.account)
    settings.sync()


def forget_team(data_dir: Path) -> None:
    settings = QSettings()
    settings.remove(_key(data_dir))
    settings.sync()


@dataclass
class TeamLogin:
    """A team database with an account logged in (its team key installed), as a login job
    hands it to the app; ``hand_over`` and ``close`` as a ``Vault``'s."""

    team: TeamDatabase
    account: UserView
    url: str

    def hand_over(self) -> None:
        self.team.hand_over()

    def close(self) -> None:
        self.team.close()


def log_in_to_team(data_dir: Path, clock: Clock, url: str, name: str, password: str) -> TeamLogin:
    """Connect to the team database at ``url``, check its audit chain against the last head
    this client saw, and log ``name`` in; on a helper thread (slow: argon2id)."""
    from dsr_desk.services import team as team_service
    from dsr_desk.storage.pg_engine import TeamDatabase, create_team_engine

    database = TeamDatabase(create_team_engine(url))
    try:
        database.watch_chain(data_dir)
        view = team_service.log_in(database, clock, name.strip(), password)
    except BaseException:
        database.close()
        raise
    return TeamLogin(database, view, url)
