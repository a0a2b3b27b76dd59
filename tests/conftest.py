"""Test-wide guards: every test gets its own data dir and never touches the real home."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

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
    if has_real_keyring():
        return
    skip = pytest.mark.skip(reason="needs the throwaway gnome-keyring: run through `make test`")
    for item in items:
        if "keyring" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty DSR Desk data dir for one test."""
    path = tmp_path / "dsr-data"
    path.mkdir()
    return path
