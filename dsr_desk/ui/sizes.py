"""File sizes in words, one format everywhere in the UI: ``QLocale.formattedDataSize`` in the
interface's locale (units of 1024, written as the language writes them: "15 kB", "1.5 MB" in
English, "15 ko", "1,5 Mo" in French)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

_MEGABYTE = 1024 * 1024


def data_size(size: int) -> str:
    """``1_572_864`` → "1.5 MB" ("1,5 Mo" in French); under a megabyte, whole kilobytes."""
    return QLocale().formattedDataSize(
        size, 0 if size < _MEGABYTE else 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )
