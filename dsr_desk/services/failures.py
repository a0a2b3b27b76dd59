"""What DSR Desk says when the system fails under an action (a full disk, a file size limit,
no permission, a read-only disk, a damaged database page, text that is not UTF-8): one line for
the user, never a traceback. The CLI prints it and exits 2; the GUI shows it in place of an
"unexpected error"."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from dsr_desk.messages import N_, _
from dsr_desk.storage import cipher

_OS_FAILURES = {
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk quota is used up"),
    errno.EFBIG: N_("a file reached the largest size this system allows"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EIO: N_("input/output error (the disk may be failing)"),
    errno.ENOENT: N_("no such file or folder"),
    errno.ENOTDIR: N_("not a folder"),
    errno.EISDIR: N_("is a folder"),
}
FULL_MARGIN_BYTES = 64 * 1024  # less than this left: the disk is as good as full


def _causes(error: BaseException) -> Iterator[BaseException]:
    """``error``, then what caused it (``raise ... from``, SQLAlchemy's ``orig``)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__


def _os_message(error: OSError) -> str:
    """The failure in the display language (``describe_failure`` is called where it is shown)."""
    known = _OS_FAILURES.get(error.errno or 0)
    what = _(known) if known else (error.strerror or _("system error")).lower()
    where = f" ({os.fsdecode(error.filename)})" if error.filename else ""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        message = _(
            "{what}{where}: the command stopped, and what it had not finished was not saved. "
            "Free some space and try again."
        )
    else:
        message = _(
            "{what}{where}: the command stopped, and what it had not finished was not saved."
        )
    return message.format(what=what[:1].upper() + what[1:], where=where)


def describe_failure(error: BaseException) -> str | None:
    """One line for a failure of the system under DSR Desk; None if ``error`` is not one."""
    for cause in _causes(error):
        sqlite = cipher.describe_failure(cause)
        if sqlite is not None:
            return sqlite
        if isinstance(cause, OSError):
            return _os_message(cause)
        if isinstance(cause, UnicodeError):
            return _("Some text could not be encoded or decoded as UTF-8; nothing was changed.")
    return None


def disk_is_full(folder: Path, margin: int = FULL_MARGIN_BYTES) -> bool:
    """Whether the disk holding ``folder`` (or its nearest existing parent) has less than
    ``margin`` bytes left for us."""
    for candidate in (folder, *folder.parents):
        try:
            stats = os.statvfs(candidate)
        except (OSError, AttributeError):  # missing folder; no statvfs on Windows
            if candidate.exists() or not hasattr(os, "statvfs"):
                return False
            continue
        return stats.f_bavail * stats.f_frsize < margin
    return False


def full_disk_message(error: BaseException, data_dir: Path) -> str | None:
    """When ``error`` is a system failure and the vault's disk has no space left, say that
    plainly: SQLite often reports a full disk as a mere I/O error."""
    if describe_failure(error) is None or not disk_is_full(data_dir):
        return None
    return _(
        "The disk holding the vault ({data_dir}) is full: the command stopped, and what it "
        "had not finished was not saved. Free some space and try again."
    ).format(data_dir=data_dir)
