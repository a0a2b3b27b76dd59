"""The CLI under faults: `init` never leaves a vault whose recovery key was not shown, and every
failure (full disk, file size limit, damaged page, non-UTF-8 text, closed pipe, absurd counts)
is one line and exit 2, with nothing lost. Real faults, never mocks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.integration.cli_helpers import PASSPHRASE, Result, init_vault, run_cli
from tests.integration.disk_faults import (
    require_small_disk,
    run_on_small_disk,
    run_with_file_size_limit,
)

TODAY = "2026-03-20"


def one_line(result: Result) -> str:
    assert result.code == 2, (result.code, result.out, result.err)
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    return lines[0]


def add_request(data_dir: Path, name: str) -> str:
    added = run_cli(
        data_dir,
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-02",
        "--name",
        name,
        today=TODAY,
    )
    assert added.code == 0, added.err
    return added.out.strip()


def listed_names(data_dir: Path) -> list[str]:
    listed = run_cli(data_dir, "request", "list", "--json", today=TODAY)
    assert listed.code == 0, listed.err
    return sorted(row["requester"] for row in json.loads(listed.out))


def leftovers(data_dir: Path) -> list[str]:
    """What is left in and beside the data dir (the staging folder lives beside it)."""
    parent = data_dir.parent
    return sorted(str(p.relative_to(parent)) for p in parent.rglob("*"))


# -- init -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--country", "XX"], "Unknown country"),
        (["--subdiv", "ZZZ"], "Unknown subdivision"),
        (["--entity", ""], "needs a name"),
        (["--entity", "x" * 300], "too long"),
    ],
)
def test_init_refuses_bad_settings_before_creating_anything(
    tmp_path: Path, args: list[str], message: str
) -> None:
    data_dir = tmp_path / "data"
    failed = run_cli(data_dir, "init", *args, today=TODAY)
    assert message in one_line(failed)
    assert leftovers(data_dir) == []
    again = run_cli(data_dir, "init", today=TODAY)
    assert again.code == 0, again.err
    assert "RECOVERY KEY" in again.out


def _init_with_stdout(data_dir: Path, stdout: int, passphrase: str | None) -> Result:
    env = {k: v for k, v in os.environ.items() if k != "DSR_DESK_PASSPHRASE"}
    if passphrase is not None:
        env["DSR_DESK_PASSPHRASE"] = passphrase
    proc = subprocess.run(
        [sys.executable, "-m", "dsr_desk", "--data-dir", str(data_dir), "init"],
        stdout=stdout,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return Result(proc.returncode, "", proc.stderr)


def _closed_pipe_init(data_dir: Path, passphrase: str | None) -> Result:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read the recovery key
    try:
        return _init_with_stdout(data_dir, write_end, passphrase)
    finally:
        os.close(write_end)


def _full_device_init(data_dir: Path, passphrase: str | None) -> Result:
    with open("/dev/full", "wb") as full:
        return _init_with_stdout(data_dir, full.fileno(), passphrase)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("write_key", [_full_device_init, _closed_pipe_init])
def test_init_whose_recovery_key_cannot_be_shown_leaves_nothing(
    tmp_path: Path, write_key: Callable[[Path, str | None], Result]
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()  # an existing, empty folder stays empty
    failed = write_key(data_dir, PASSPHRASE)
    line = one_line(failed)
    assert "recovery key could not be written out" in line and "no vault was created" in line
    assert leftovers(data_dir) == ["data"]
    again = run_cli(data_dir, "init", today=TODAY)
    assert again.code == 0, again.err
    assert add_request(data_dir, "After Rerun").startswith("DSR-2026-")


@pytest.fixture
def private_keyring(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A keyring of this test's own: a private D-Bus session with an unlocked, empty
    gnome-keyring, for this process and its children. A test that counts every DSR Desk entry
    needs it: tests running in parallel (pytest-xdist) add and remove theirs in the shared one."""
    folder = tmp_path_factory.mktemp("keyring")  # not in tmp_path, whose leftovers are checked
    runtime, data = folder / "run", folder / "data"
    runtime.mkdir(mode=0o700)
    data.mkdir()
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--nopidfile", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    address, pid = bus.stdout.splitlines()[:2]
    try:
        env = {k: v for k, v in os.environ.items() if k != "GNOME_KEYRING_CONTROL"}
        env.update(
            DBUS_SESSION_BUS_ADDRESS=address, XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(data)
        )
        subprocess.run(
            ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
            input="throwaway-test-keyring",
            capture_output=True,
            text=True,
            env=env,
            timeout=30,
            check=True,
        )
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield
    finally:
        os.kill(int(pid), signal.SIGTERM)  # the keyring daemon leaves with its bus


def _vault_keys_in_keyring() -> int:
    import secretstorage

    from dsr_desk.storage.keyring_store import KEYRING_SERVICE

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        return len(list(collection.search_items({"service": KEYRING_SERVICE})))
    finally:
        connection.close()


@pytest.mark.keyring
@pytest.mark.usefixtures("private_keyring")
def test_keyring_init_whose_key_cannot_be_shown_leaves_no_keyring_entry(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    before = _vault_keys_in_keyring()
    failed = _closed_pipe_init(data_dir, passphrase=None)
    assert "no vault was created" in one_line(failed)
    assert _vault_keys_in_keyring() == before
    assert leftovers(data_dir) == []
    assert run_cli(data_dir, "init", passphrase=None, today=TODAY).code == 0
    assert _vault_keys_in_keyring() == before + 1


def test_init_still_refuses_an_existing_vault(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert run_cli(data_dir, "init", today=TODAY).code == 0
    again = run_cli(data_dir, "init", "--country", "XX", today=TODAY)
    assert "Unknown country" in one_line(again)
    again = run_cli(data_dir, "init", today=TODAY)
    assert "already exists" in one_line(again)


# -- full disk, file size limit ---------------------------------------------------------------


def test_a_full_disk_gives_one_line_and_loses_nothing(tmp_path: Path) -> None:
    mount = tmp_path / "small-disk"
    require_small_disk(mount)
    add = ["request", "add", "--type", "access", "--received", "2026-03-02", "--name"]
    results = run_on_small_disk(
        mount,
        "3m",
        [
            {"cli": ["init"]},
            {"cli": [*add, "Before One"]},
            {"cli": [*add, "Before Two"]},
            {"fill": True},
            {"cli": [*add, "Lost Three"]},
            {"cli": ["demo", "--count", "50"]},
            {"cli": ["calendar", "--out", str(mount / "deadlines.ics")]},
            {"cli": ["request", "list"]},
            {"free": True},
            {"cli": ["request", "list", "--json"]},
            {"cli": ["audit", "verify"]},
        ],
        today=TODAY,
    )
    created, one, two, *failures, listed, verified = results
    assert (created.code, one.code, two.code) == (0, 0, 0), (created.err, one.err, two.err)
    for failed in failures:
        line = one_line(failed)
        assert "full" in line, line
        assert "wrong key" not in line
    assert sorted(row["requester"] for row in json.loads(listed.out)) == [
        "Before One",
        "Before Two",
    ]
    assert verified.code == 0, verified.out + verified.err


def test_a_file_size_limit_gives_one_line_and_loses_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    init_vault(data_dir, today=TODAY)
    add_request(data_dir, "Before One")
    add_request(data_dir, "Before Two")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(os.urandom(200_000))
    add = ["request", "add", "--type", "access", "--received", "2026-03-02", "--name"]
    for args in (
        [*add, "Lost Three"],
        ["demo", "--count", "300"],
        ["document", "add", "DSR-2026-0001", str(scan), "--kind", "letter"],
    ):
        one_line(run_with_file_size_limit(data_dir, 40_000, *args, today=TODAY))
    assert listed_names(data_dir) == ["Before One", "Before Two"]
    shown = run_cli(data_dir, "request", "show", "DSR-2026-0001", "--json", today=TODAY)
    assert json.loads(shown.out)["documents"] == []
    assert run_cli(data_dir, "audit", "verify", today=TODAY).code == 0


def test_a_committed_change_is_not_reported_failed_when_closing_cannot_tidy_up(
    tmp_path: Path,
) -> None:
    """The commit reaches the write-ahead log; only folding it into the bigger database file
    fails at closing: the request exists, so the command must not say it failed."""
    data_dir = tmp_path / "data"
    init_vault(data_dir, today=TODAY)
    add_request(data_dir, "Before One")
    size = (data_dir / "dsr-desk.db").stat().st_size
    add = ["request", "add", "--type", "access", "--received", "2026-03-02", "--name", "Kept"]
    result = run_with_file_size_limit(data_dir, size // 2, *add, today=TODAY)
    if result.code == 0:
        assert result.out.strip().startswith("DSR-2026-")
        assert listed_names(data_dir) == ["Before One", "Kept"]
    else:  # the limit struck before the commit: then nothing was added
        one_line(result)
        assert listed_names(data_dir) == ["Before One"]


# -- damaged database, text, pipes, counts ----------------------------------------------------


def test_a_damaged_database_page_gives_one_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    init_vault(data_dir, today=TODAY)
    assert run_cli(data_dir, "demo", "--count", "100", today=TODAY).code == 0
    db = data_dir / "dsr-desk.db"
    raw = bytearray(db.read_bytes())
    for page in range(2, len(raw) // 4096):
        raw[page * 4096 + 100 : page * 4096 + 116] = b"\xa5" * 16
    db.write_bytes(bytes(raw))
    for args in (["request", "list"], ["audit", "verify"]):
        line = one_line(run_cli(data_dir, *args, today=TODAY))
        assert "damaged" in line, line


def _raw_cli(data_dir: Path, *args: bytes, env: dict[str, bytes] | None = None) -> Result:
    full_env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
    full_env[b"DSR_DESK_PASSPHRASE"] = os.fsencode(PASSPHRASE)
    full_env.update(env or {})
    proc = subprocess.run(
        [
            os.fsencode(sys.executable),
            b"-m",
            b"dsr_desk",
            b"--data-dir",
            os.fsencode(data_dir),
            *args,
        ],
        capture_output=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    return Result(proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def test_text_that_is_not_utf8_gives_one_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    init_vault(data_dir, today=TODAY)
    add = [b"request", b"add", b"--type", b"access", b"--received", b"2026-03-02", b"--name"]
    bad_name = _raw_cli(data_dir, *add, b"Jos\xe9 \xff")
    assert "--name is not valid UTF-8" in one_line(bad_name)
    bad_secret = _raw_cli(data_dir, b"request", b"list", env={b"DSR_DESK_PASSPHRASE": b"\xff\xfe"})
    assert "DSR_DESK_PASSPHRASE is not valid UTF-8" in one_line(bad_secret)
    assert listed_names(data_dir) == []


def test_a_closed_pipe_ends_the_listing_quietly(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    init_vault(data_dir, today=TODAY)
    assert run_cli(data_dir, "demo", "--count", "400", today=TODAY).code == 0
    env = dict(os.environ, DSR_DESK_PASSPHRASE=PASSPHRASE, DSR_DESK_TODAY=TODAY)
    command = [sys.executable, "-m", "dsr_desk", "--data-dir", str(data_dir), "request", "list"]
    # About 240 kB of JSON: far more than a pipe holds, so the writer meets the closed end.
    with subprocess.Popen(
        [*command, "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        stdin=subprocess.DEVNULL,
    ) as lister:
        assert lister.stdout is not None and lister.stderr is not None
        head = subprocess.run(
            ["head", "-c1"], stdin=lister.stdout, capture_output=True, check=False
        )
        lister.stdout.close()  # now no reader is left
        error = lister.stderr.read().decode()
        lister.wait(timeout=120)
    assert head.stdout == b"["
    assert error == "", error
    assert lister.returncode == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["request", "list", "--limit", "1e20"], "not a whole number"),
        (["request", "list", "--limit", "-1"], "from 1 to 1,000,000"),
        (["request", "list", "--limit", "100000000000000000000"], "from 1 to 1,000,000"),
        (["demo", "--count", "1000001"], "from 1 to 1,000,000"),
        (["demo", "--count", "0"], "from 1 to 1,000,000"),
    ],
)
def test_absurd_counts_give_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    assert message in one_line(run_cli(tmp_path, *args, today=TODAY))
