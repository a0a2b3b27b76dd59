"""Regression guard: emitting Qt signals from Python must not leak or drop references.

PySide6 6.12.0 dropped one reference to ``True`` on every ``Signal.emit()``; on Python 3.11 the
interpreter aborts after a few thousand emits ("deallocating True"). The app emits two or three
signals per database operation, so a working day would crash. The project pins a release
without the bug; these tests fail if a broken release comes back.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)
    pair = Signal(int, object)


def test_emit_keeps_the_reference_count_of_true(qapp) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    emitter.pair.connect(lambda n, _flag: received.append(n))
    before = sys.getrefcount(True)
    for number in range(300):
        emitter.value.emit(number)
        emitter.pair.emit(number, True)
    assert len(received) == 600
    # A broken binding drops one reference per emit (-600 here); allow incidental noise.
    assert abs(sys.getrefcount(True) - before) < 10


def test_ten_thousand_operations_through_the_worker_do_not_crash(tmp_path) -> None:
    # In a child process: a refcount bug aborts the interpreter, which must fail this test
    # rather than take the whole test run down with it.
    script = textwrap.dedent(
        """
        from PySide6.QtWidgets import QApplication
        from dsr_desk.ui.ops import Ops

        app = QApplication([])
        ops = Ops()
        done = []
        for number in range(10_000):
            ops.run(lambda n=number: n, receiver=ops, on_done=done.append)
        while len(done) < 10_000:
            app.processEvents()
        ops.shutdown()
        assert done == list(range(10_000)), "answers lost or out of order"
        print("ok", len(done))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok 10000"
