"""Memory does not grow with the document: `dsr-desk document add` and `dsr-desk bundle`
(plain and encrypted) of a 64 MiB document, each in its own process, peak no higher than the
same command on a 1 MiB document plus a margin far below the document's size.

Structural, not timed: the peak is the kernel's high-water mark of the child's own memory
(``VmHWM``, read by the child itself as it exits), reset once the vault is unlocked, since
the unlock's argon2id takes 64 MiB for a moment and would hide as much growth. Not
``ru_maxrss`` from ``wait4`` or ``RUSAGE_CHILDREN``: on Linux that also counts the *parent's*
memory at the fork (the pytest process here). Before streaming, the 64 MiB document put
`document add` 64 MiB and `bundle` about 130 MiB above the 1 MiB run.

(The 1 GiB goal, ≤ 64 MiB of growth, is measured by ``benchmarks/documents.py``.)
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
import pyzipper

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration.cli_helpers import PASSPHRASE
from tests.peak_rss import LAUNCHER, PEAK_FILE_VARIABLE, peak_mib
from tests.vault_templates import open_copy

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="reads the peak memory from Linux /proc"
)

MIB = 1024 * 1024
BIG_MIB, SMALL_MIB = 64, 1
MARGIN_MIB = 16  # a quarter of the document: allocator noise is a few MiB
TODAY = date(2026, 3, 20)
PASSWORD = "pâtisserie-2026"


def _peak_mib(data_dir: Path, tmp_path: Path, *args: str) -> tuple[float, str]:
    peak_file = tmp_path / "peak.txt"
    env = dict(os.environ)
    env[PEAK_FILE_VARIABLE] = str(peak_file)
    env.update(
        DSR_DESK_PASSPHRASE=PASSPHRASE,
        DSR_DESK_TODAY=TODAY.isoformat(),
        BUNDLE_PASSWORD=PASSWORD,
    )
    proc = subprocess.run(
        [sys.executable, "-c", LAUNCHER, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return peak_mib(peak_file), proc.stdout


def _document(path: Path, size_mib: int) -> bytes:
    """Compressible (a 4 KiB random block repeated), so deflate stays quick; returns the
    SHA-256 of the content."""
    block = os.urandom(4096) * (MIB // 4096)
    digest = hashlib.sha256()
    with path.open("wb") as out:
        for _ in range(size_mib):
            out.write(block)
            digest.update(block)
    return digest.digest()


def test_document_add_and_bundle_do_not_grow_with_the_document(
    data_dir: Path, tmp_path: Path
) -> None:
    clock = FixedClock.on(TODAY)
    entities = [{"name": "Boutique Exemple"}]
    vault, _ = open_copy(data_dir, clock, user="dpo", passphrase=PASSPHRASE, entities=entities)
    refs = {
        size: svc.register_request(
            SqlUnitOfWork(vault.session_factory, clock, "dpo"),
            type=RequestType.ACCESS,
            received_on=TODAY,
            name="Éloïse Çağlar",
            entity="Boutique Exemple",
        ).reference
        for size in (SMALL_MIB, BIG_MIB)
    }
    vault.close()

    peaks: dict[tuple[str, int], float] = {}
    hashes = {}
    for size, ref in refs.items():
        source = tmp_path / f"scan-{size}.pdf"
        hashes[size] = _document(source, size)
        peaks["add", size], _ = _peak_mib(
            data_dir, tmp_path, "document", "add", ref, str(source), "--kind", "letter"
        )
        source.unlink()
        for mode, extra in (("bundle", []), ("encrypted", ["--password-env", "BUNDLE_PASSWORD"])):
            if (mode, size) == ("encrypted", SMALL_MIB):
                continue  # the plain bundle is the baseline of both
            out = tmp_path / f"{ref}-{len(extra)}.zip"
            peaks[mode, size], printed = _peak_mib(
                data_dir, tmp_path, "bundle", ref, "--out", str(out),
                "--override-reason", "test", "--json", *extra,
            )  # fmt: skip
            assert json.loads(printed)["encrypted"] is bool(extra)
            if size == BIG_MIB:  # the big document went through whole
                _check_archive(out, hashes[size], encrypted=bool(extra))
            out.unlink()

    baseline = {"add": peaks["add", SMALL_MIB], "bundle": peaks["bundle", SMALL_MIB]}
    baseline["encrypted"] = baseline["bundle"]
    growth = {mode: peaks[mode, BIG_MIB] - baseline[mode] for mode in baseline}
    assert all(g < MARGIN_MIB for g in growth.values()), (growth, peaks)


def _check_archive(path: Path, sha256: bytes, *, encrypted: bool) -> None:
    if encrypted:
        with pyzipper.AESZipFile(path) as envelope:
            envelope.setpassword(PASSWORD.encode())
            with envelope.open("archive.zip") as inner:
                _check_archive_file(zipfile.ZipFile(io.BytesIO(inner.read())), sha256)
    else:
        _check_archive_file(zipfile.ZipFile(path), sha256)


def _check_archive_file(archive: zipfile.ZipFile, sha256: bytes) -> None:
    with archive:
        digest = hashlib.sha256()
        with archive.open(f"files/scan-{BIG_MIB}.pdf") as member:
            while block := member.read(MIB):
                digest.update(block)
        assert digest.digest() == sha256
        assert archive.testzip() is None
