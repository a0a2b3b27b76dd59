"""The one function that writes decrypted content where the user asked: owner-only, atomic."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from dsr_desk.domain.errors import ValidationError, VaultError
from dsr_desk.export import write_private


def test_the_file_is_owner_only_and_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "lettre.pdf"
    target.write_bytes(b"old")
    assert write_private(target, b"%PDF new") == target
    assert target.read_bytes() == b"%PDF new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lettre.pdf"]  # no temp file left


def test_a_bad_target_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is a folder"):
        write_private(tmp_path, b"x")
    with pytest.raises(ValidationError, match="does not exist"):
        write_private(tmp_path / "missing" / "x.pdf", b"x")


def test_a_full_disk_keeps_the_old_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bundle.zip"
    target.write_bytes(b"previous bundle")

    def no_space(_fd: int) -> None:  # fault injection at the sync step
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(VaultError, match=r"The disk is full: .*bundle.zip could not be written"):
        write_private(target, b"new bundle")
    assert target.read_bytes() == b"previous bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.zip"]
