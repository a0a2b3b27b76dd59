"""A throwaway PostgreSQL cluster for the tests (team mode): made in a temporary folder with
the system's ``initdb``, started on a free local port with its unix socket in that folder,
stopped and removed at the end.

``initdb`` and ``postgres`` refuse to run as root: when the tests run as root (CI, containers)
the server runs as the ``postgres`` system user if there is one, else as ``nobody``, and the
folder is handed to that user. Running as a normal user, the server runs as that user.

Durability is off (``fsync``, ``full_page_writes``, ``synchronous_commit``): the cluster lives
for one test run. Each test database is a copy of a template database (``CREATE DATABASE …
TEMPLATE``), which takes a few tens of milliseconds.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Final

NO_POSTGRES_VARIABLE: Final = "DSR_DESK_NO_POSTGRES"
SUPERUSER: Final = "postgres"
_SETTINGS: Final = (
    "fsync=off",
    "full_page_writes=off",
    "synchronous_commit=off",
    "shared_buffers=16MB",
    "max_connections=40",
    "log_min_messages=warning",
)


class ClusterError(RuntimeError):
    """The throwaway cluster could not be made or started."""


def postgres_disabled() -> bool:
    """True only when the run says explicitly that it has no PostgreSQL."""
    return os.environ.get(NO_POSTGRES_VARIABLE) == "1"


def find_binary(name: str) -> str:
    """``initdb``, ``pg_ctl``…: on the PATH, else in Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if not candidates:
        raise ClusterError(
            f"PostgreSQL's {name} was not found (on the PATH or in /usr/lib/postgresql/*/bin): "
            f"install Debian's postgresql (`make system-deps`), or set {NO_POSTGRES_VARIABLE}=1 "
            "to skip the team-mode tests."
        )
    return candidates[-1]


def _server_user() -> str | None:
    """Whom to run the server as when we are root (None: as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise ClusterError("running as root, and neither a 'postgres' nor a 'nobody' user exists")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ThrowawayCluster:
    """One running cluster; ``url(database)`` gives a SQLAlchemy URL to reach it over TCP."""

    def __init__(self) -> None:
        self._user = _server_user()
        self._pg_ctl = find_binary("pg_ctl")
        self._initdb = find_binary("initdb")
        # A short path of our own (a unix socket's path is limited to 107 bytes), readable by
        # the server's user: pytest's tmp_path sits in a folder only we may enter.
        self.root = Path(tempfile.mkdtemp(prefix="dsr-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        self._numbers = itertools.count(1)
        self._started = False
        try:
            if self._user is not None:
                entry = pwd.getpwnam(self._user)
                os.chown(self.root, entry.pw_uid, entry.pw_gid)
            self.root.chmod(0o700)
            self._run(
                [
                    self._initdb,
                    "--pgdata",
                    str(self.data),
                    "--username",
                    SUPERUSER,
                    "--auth",
                    "trust",
                    "--encoding",
                    "UTF8",
                    "--locale",
                    "C",
                    "--no-sync",
                ]
            )
            self._start()
        except BaseException:
            self.remove()
            raise

    def _command(self, arguments: Sequence[str]) -> list[str]:
        if self._user is None:
            return list(arguments)
        runuser = shutil.which("runuser") or shutil.which("runuser", path="/usr/sbin:/sbin")
        if runuser is None:
            raise ClusterError("running as root, and util-linux's runuser was not found")
        return [runuser, "-u", self._user, "--", *arguments]

    def _run(self, arguments: Sequence[str]) -> None:
        try:
            done = subprocess.run(
                self._command(arguments),
                capture_output=True,
                text=True,
                check=False,
                cwd=self.root,
                timeout=120,
            )
        except OSError as problem:
            raise ClusterError(f"{Path(arguments[0]).name} could not run: {problem}") from None
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ClusterError(
                f"{Path(arguments[0]).name} failed ({done.returncode}):\n"
                f"{done.stdout[-2000:]}{done.stderr[-2000:]}{log}"
            )

    def _start(self) -> None:
        last: ClusterError | None = None
        for _attempt in range(5):  # another process may take the free port first
            self.port = _free_port()
            options = " ".join(
                [
                    f"-p {self.port}",
                    f"-k {self.root}",
                    "-c listen_addresses=127.0.0.1",
                    *(f"-c {setting}" for setting in _SETTINGS),
                ]
            )
            try:
                self._run(
                    [
                        self._pg_ctl,
                        "start",
                        "--pgdata",
                        str(self.data),
                        "--log",
                        str(self.log),
                        "--wait",
                        "--timeout",
                        "60",
                        "-o",
                        options,
                    ]
                )
            except ClusterError as problem:
                last = problem
                time.sleep(0.2)
                continue
            self._started = True
            return
        assert last is not None
        raise last

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def execute(self, *statements: str) -> None:
        """Run statements one by one outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement.encode())

    def new_database(self, template: str | None = None) -> str:
        """A new, empty database (or a copy of ``template``); returns its name."""
        name = f"test_{os.getpid()}_{next(self._numbers)}"
        source = f" TEMPLATE {template}" if template else " TEMPLATE template0"
        self.execute(f"CREATE DATABASE {name}{source}")
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self._started:
            self._started = False
            with contextlib.suppress(ClusterError, subprocess.TimeoutExpired):
                self._run([self._pg_ctl, "stop", "--pgdata", str(self.data), "--mode", "immediate"])

    def remove(self) -> None:
        """Stop the server (if started) and delete the folder."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
