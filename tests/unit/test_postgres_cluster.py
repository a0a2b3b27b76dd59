"""The throwaway PostgreSQL cluster of the team-mode tests fails loudly, and leaves nothing
behind, when its server cannot be made: a CI run without PostgreSQL fails, it does not skip."""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.postgres_cluster import ClusterError, ThrowawayCluster, find_binary


def test_a_cluster_that_cannot_be_made_fails_and_leaves_no_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a folder the server's user may enter when we are root (pytest's tmp_path is ours only)
    bin_dir = Path(tempfile.mkdtemp(prefix="dsr-fake-pg-"))
    bin_dir.chmod(0o755)
    fake = bin_dir / "initdb"
    fake.write_text("#!/bin/sh\necho 'initdb: simulated failure' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    before = set(glob.glob(f"{tempfile.gettempdir()}/dsr-pg-*"))
    try:
        with pytest.raises(ClusterError, match="simulated failure"):
            ThrowawayCluster()
    finally:
        shutil.rmtree(bin_dir)
    assert set(glob.glob(f"{tempfile.gettempdir()}/dsr-pg-*")) == before


def test_a_missing_postgresql_says_how_to_install_or_skip_it() -> None:
    with pytest.raises(ClusterError, match=r"make system-deps.*DSR_DESK_NO_POSTGRES=1"):
        find_binary("no-such-postgresql-tool")
