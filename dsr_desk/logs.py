"""The log file: ``<data dir>/logs/dsr-desk.log``, rotated, owner-only, without personal data.

An exception's message may quote what the user typed (a requester's name in a validation
message, the parameters SQLAlchemy puts in its errors), so the log never holds one: an error is
logged as its type and the place where it happened (file, line, function), for each exception
in the chain. The messages written by DSR Desk's own code name operations, never data. Used by
the GUI (``ui.error_reporting``) and by the CLI for errors it did not expect.
"""

from __future__ import annotations

import logging
import os
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TextIO

LOG_DIR = "logs"
LOG_FILE = "dsr-desk.log"
MAX_BYTES = 1024 * 1024
KEPT_FILES = 3  # dsr-desk.log, dsr-desk.log.1, dsr-desk.log.2
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_MAX_MESSAGE = 2000  # a runaway message (a Qt warning in a loop) cannot fill the disk alone

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_FILE


def describe_exception(error: BaseException) -> str:
    """The exception's type and where it was raised, for each exception of its chain (the
    cause first, as Python prints them) — never its message."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts = []
    for position, item in enumerate(reversed(chain)):
        if position:
            parts.append("  which led to:")
        parts.append(f"{type(item).__module__}.{type(item).__qualname__} (message withheld)")
        for frame in traceback.extract_tb(item.__traceback__):
            parts.append(
                f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
            )
    return "\n".join(parts)


def _short_path(filename: str) -> str:
    """From the package on (``dsr_desk/services/requests.py``): a user's home folder, which
    names its owner, stays out of the log."""
    normalised = filename.replace("\\", "/")
    for marker in ("/dsr_desk/", "/site-packages/", "/lib/python"):
        index = normalised.rfind(marker)
        if index >= 0:
            return normalised[index + 1 :]
    return os.path.basename(normalised)


class PrivacyFormatter(logging.Formatter):
    """Formats exceptions with ``describe_exception`` (no messages) and caps message length."""

    def __init__(self) -> None:
        super().__init__(_FORMAT)

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        error = ei[1]
        return "" if error is None else describe_exception(error)

    def format(self, record: logging.LogRecord) -> str:
        # Not logging.Formatter.format: it reuses ``record.exc_text`` when another handler
        # (a console's, a test's) already formatted the exception with its message.
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and record.exc_info[1] is not None:
            text = f"{text}\n{describe_exception(record.exc_info[1])}"
        if record.stack_info:
            text = f"{text}\n(stack withheld)"
        return text

    def formatMessage(self, record: logging.LogRecord) -> str:
        text = super().formatMessage(record)
        return text if len(text) <= _MAX_MESSAGE else text[:_MAX_MESSAGE] + "…"


class RotatingLogFile(logging.Handler):
    """Appends to the log file, made (with its folder, owner-only) at the first record, and
    rotated past ``MAX_BYTES``. Writing the log never raises into the app: a full disk must
    not turn one error into two."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._stream: TextIO | None = None
        self._io_lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record) + "\n"
            with self._io_lock:
                stream = self._open()
                if stream.tell() + len(line) > MAX_BYTES:
                    self._rotate()
                    stream = self._open()
                stream.write(line)
                stream.flush()
        except Exception:
            self.handleError(record)

    def _open(self) -> TextIO:
        if self._stream is None:
            # The data folder too may not exist yet (first start): made owner-only, as the
            # vault makes it (``mkdir(parents=True)`` would give it the default mode).
            self.path.parent.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.path.parent.mkdir(mode=0o700, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            self._stream = os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace")
        return self._stream

    def _rotate(self) -> None:
        self._close_stream()
        for index in range(KEPT_FILES - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{index}")
            newer = (
                self.path if index == 1 else self.path.with_name(f"{self.path.name}.{index - 1}")
            )
            if newer.exists():
                os.replace(newer, older)

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()

    def close(self) -> None:
        with self._io_lock:
            self._close_stream()
        super().close()


def configure_logging(data_dir: Path, *, level: int = logging.INFO) -> RotatingLogFile:
    """Send DSR Desk's log records to the data dir's log file; a
    second call for the same file changes nothing."""
    root = logging.getLogger()
    path = log_path(data_dir)
    for handler in root.handlers:
        if isinstance(handler, RotatingLogFile) and handler.path == path:
            return handler
    handler = RotatingLogFile(path)
    handler.setFormatter(PrivacyFormatter())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler


def remove_logging(handler: RotatingLogFile) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()
