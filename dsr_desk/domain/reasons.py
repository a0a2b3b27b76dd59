"""Free-text reasons given for actions on a request, kept with the request, not in the audit
log.

The audit log can never be edited, so it must never hold what may one day have to be erased:
a reason typed by the staff may name the requester or describe their situation. The request
keeps the text (erased with the request); the audit entry keeps the reason's number and an
HMAC of the text under a random key stored beside it, so the text's integrity can be checked
while the record lives, and the MAC reveals nothing once key and text are erased (a plain hash
of a short text would itself be personal data: it can be guessed and checked).
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass
from hashlib import sha256
from typing import Any, Final

MAC_KEY_BYTES: Final = 32
MAC_HEX_CHARS: Final = 32  # 128 bits are plenty to detect a changed text


@dataclass(eq=False)
class RecordedReason:
    """Reason number ``number`` of its request (1, 2, ...)."""

    number: int
    text: str
    mac_key: bytes

    @classmethod
    def new(cls, number: int, text: str) -> RecordedReason:
        return cls(number=number, text=text.strip(), mac_key=os.urandom(MAC_KEY_BYTES))

    def mac(self) -> str:
        digest = hmac.new(self.mac_key, self.text.encode("utf-8"), sha256).hexdigest()
        return digest[:MAC_HEX_CHARS]

    def audit_details(self) -> dict[str, Any]:
        """What the audit entry keeps of the reason: a reference, never the text."""
        return {"reason_no": self.number, "reason_mac": self.mac()}

    def matches(self, details: dict[str, Any]) -> bool:
        """Whether an audit entry's reference designates this reason, unchanged."""
        mac = details.get("reason_mac")
        return (
            details.get("reason_no") == self.number
            and isinstance(mac, str)
            and hmac.compare_digest(mac, self.mac())
        )
