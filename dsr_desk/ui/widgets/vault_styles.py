"""Text colours shared by the vault dialogs (unlock, first run) and their passphrase fields."""

from __future__ import annotations

from typing import Final

ERROR_STYLE: Final = "color: #b3261e;"
WARNING_STYLE: Final = "color: #8a5300;"
HINT_STYLE: Final = "color: #5f6b7a;"
OK_STYLE: Final = "color: #2e6b30;"
