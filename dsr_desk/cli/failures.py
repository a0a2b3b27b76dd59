"""What the CLI checks of its own input before running a command: arguments and environment
variables that are not UTF-8. The system failures (full disk, damaged page...) are described
by ``services.failures``."""

from __future__ import annotations

import os
from collections.abc import Sequence


def non_utf8_argument(argv: Sequence[str]) -> int | None:
    """The position (from 1) of the first argument that is not valid UTF-8, or None.

    Python hands such bytes over as lone surrogates; they cannot be stored or printed."""
    for position, argument in enumerate(argv, start=1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return position
    return None


def non_utf8_variable(names: Sequence[str]) -> str | None:
    """The first of the environment variables ``names`` whose value is not valid UTF-8."""
    for name in names:
        value = os.environ.get(name)
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return name
    return None
