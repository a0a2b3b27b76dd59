"""A team server as the user gives it (the first-run wizard, Settings, the status bar): its URL
composed from host, port, database and TLS choices, shown without its password. Light to
import (SQLAlchemy is loaded only when a function runs): the first screen asks it."""

from __future__ import annotations

from typing import Final

DEFAULT_SSL_MODE: Final = "verify-full"
DEFAULT_PORT: Final = 5432


def without_password(location: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(location)
    return url.set(password=None).render_as_string(hide_password=False)


def compose_team_url(
    *,
    url: str = "",
    host: str = "",
    port: int = DEFAULT_PORT,
    database: str = "",
    role: str = "",
    sslmode: str = DEFAULT_SSL_MODE,
    ca_file: str = "",
) -> str:
    """The server's URL: ``url`` as given (``postgresql://…``), else made of host, port,
    database and the database role; the TLS choices replace the URL's own. Checked
    (``VaultError`` with a message for the user), not connected."""
    from dsr_desk.storage.pg_engine import team_url

    if not url.strip():
        from sqlalchemy.engine import URL

        url = URL.create(
            "postgresql",
            username=role.strip() or None,
            host=host.strip() or None,
            port=port,
            database=database.strip() or None,
        ).render_as_string(hide_password=False)
    checked = team_url(url.strip(), sslmode=sslmode, sslrootcert=ca_file.strip() or None)
    return checked.set(drivername="postgresql").render_as_string(hide_password=False)


def server_label(location: str) -> str:
    """host:port/database, for the user's eyes."""
    from sqlalchemy.engine import make_url

    url = make_url(location)
    return f"{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/{url.database}"
