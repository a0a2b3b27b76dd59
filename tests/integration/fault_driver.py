"""Run `dsr-desk` commands against a vault on a small tmpfs, filling the disk between them.

Started by ``disk_faults.run_on_small_disk`` inside a private mount namespace, where the tmpfs
is mounted at ``argv[1]``; ``argv[2]`` is a JSON list of steps: ``{"cli": [args...]}`` runs
the CLI with ``--data-dir MOUNT/data``, ``{"fill": true}`` fills the disk to its last byte,
``{"free": true}`` removes the filler. Prints a JSON list: one result per ``cli`` step.
"""

from __future__ import annotations

import errno
import json
import subprocess
import sys
from pathlib import Path


def _fill(mount: Path) -> None:
    chunk = b"\0" * 65536
    with (mount / "filler").open("ab", buffering=0) as filler:
        size = len(chunk)
        while size:
            try:
                filler.write(chunk[:size])
            except OSError as problem:
                if problem.errno != errno.ENOSPC:
                    raise
                size //= 2


def main() -> None:
    mount, steps = Path(sys.argv[1]), json.loads(sys.argv[2])
    results = []
    for step in steps:
        if step.get("fill"):
            _fill(mount)
        elif step.get("free"):
            (mount / "filler").unlink(missing_ok=True)
        else:
            proc = subprocess.run(
                [sys.executable, "-m", "dsr_desk", "--data-dir", str(mount / "data"), *step["cli"]],
                capture_output=True,
                text=True,
                stdin=subprocess.DEVNULL,
                timeout=120,
                check=False,
            )
            results.append({"code": proc.returncode, "out": proc.stdout, "err": proc.stderr})
    print(json.dumps(results))


if __name__ == "__main__":
    main()
