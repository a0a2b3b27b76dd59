"""Test-wide guards: every test gets its own data dir and never touches the real home."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres_cluster import ThrowawayCluster, postgres_disabled

# Redirect every per-user location before anything imports platformdirs, so that even a
# default-path bug cannot read or write the real user's data.
_SANDBOX = Path(tempfile.mkdtemp(prefix="dsr-desk-tests-"))
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)  # QSettings files land there
for _var, _sub in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
):
    os.environ[_var] = str(_SANDBOX / _sub)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DSR_DESK_PASSPHRASE", None)
os.environ.pop("DSR_DESK_DATA_DIR", None)
os.environ["DSR_DESK_USER"] = "test-user"
# The tests assert English text: the interface and the CLI (which follow LANG, also in the
# child processes the tests start) speak English whatever the machine's locale; a test that
# wants French sets LANG itself.
for _var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"


def has_real_keyring() -> bool:
    return os.environ.get("DSR_DESK_TEST_KEYRING") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_keyring = pytest.mark.skip(
        reason="needs the throwaway gnome-keyring: run through `make test`"
    )
    # Team-mode tests run on a throwaway PostgreSQL cluster; one that cannot start FAILS them.
    # Only an explicit DSR_DESK_NO_POSTGRES=1 skips them.
    skip_postgres = pytest.mark.skip(reason="DSR_DESK_NO_POSTGRES=1: team-mode tests skipped")
    for item in items:
        if "keyring" in item.keywords and not has_real_keyring():
            item.add_marker(skip_keyring)
        if "postgres" in item.keywords and postgres_disabled():
            item.add_marker(skip_postgres)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty DSR Desk data dir for one test."""
    path = tmp_path / "dsr-data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    """A throwaway PostgreSQL cluster for this test process (each pytest-xdist worker starts
    its own), stopped and removed at the end, on failure too."""
    cluster = ThrowawayCluster()
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture(scope="session")
def pg_head_template(pg_cluster: ThrowawayCluster) -> str:
    """A database at the schema's head, made once: each test gets a copy (``pg_url``)."""
    from dsr_desk.storage.pg_engine import create_team_engine, upgrade_team_database

    name = pg_cluster.new_database()
    engine = create_team_engine(pg_cluster.url(name))
    try:
        upgrade_team_database(engine)
    finally:
        engine.dispose()  # a template must have no connection when it is copied
    return name


@pytest.fixture
def pg_url(pg_cluster: ThrowawayCluster, pg_head_template: str) -> Iterator[str]:
    """The URL of a new team database at the schema's head, dropped after the test."""
    name = pg_cluster.new_database(template=pg_head_template)
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_cluster: ThrowawayCluster) -> Iterator[str]:
    """The URL of a new, empty database (as the DBA hands it over), dropped after the test."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)
