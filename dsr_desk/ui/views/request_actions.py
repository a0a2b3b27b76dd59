"""Which actions of a request file are possible now, and why not: one ``ActionState`` per
button (its blocker, shown as the tooltip of the disabled button, or the tip of what it does).
Pure logic on the read model, so that the rules the buttons follow are tested without Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dsr_desk.read_models import RequestDetail
from dsr_desk.services.portability import EXPORTABLE_TYPES, REFUSED_STATUSES
from dsr_desk.ui.dialogs.ask_information_dialog import policy_effect
from dsr_desk.ui.dialogs.request_action_dialog import fmt_date
from dsr_desk.ui.views.request_wording import FINAL_STATUSES

AWAITING = "awaiting-information"
BUNDLE_TYPES = frozenset(t.value for t in EXPORTABLE_TYPES)
NO_DISCLOSURE_STATUSES = frozenset(s.value for s in REFUSED_STATUSES)


@dataclass(frozen=True)
class ActionState:
    blocker: str | None  # why the action is not possible now; None when it is
    tip: str  # what it does
    visible: bool = True

    @property
    def enabled(self) -> bool:
        return self.blocker is None

    @property
    def tooltip(self) -> str:
        return self.blocker or self.tip


def _extend_blocker(d: RequestDetail, today: date, closed: str) -> str | None:
    if d.status in FINAL_STATUSES:
        return closed
    if d.extended_on is not None:
        return (
            f"Already extended on {fmt_date(d.extended_on)}: "
            "the GDPR allows one extension of two months."
        )
    if today > d.extension_notice_by:
        return (
            f"Too late to extend: the requester had to be told of an extension by "
            f"{fmt_date(d.extension_notice_by)} (end of the first month)."
        )
    return None


def action_states(d: RequestDetail, today: date, suspension_policy: str) -> dict[str, ActionState]:
    """The state of every action button of the request file, by action name."""
    is_open = d.status not in FINAL_STATUSES
    closed = (
        f"{d.reference} is a closed objection record (read-only archive)."
        if d.archive_only
        else f"{d.reference} is closed ({d.status}): only notes can be added."
    )
    open_ask = next((s for s in d.suspensions if s.received_on is None), None)
    waiting = (
        f"Still waiting for information asked on {fmt_date(open_ask.asked_on)}: "
        "record its arrival first."
        if open_ask is not None
        else None
    )
    while_open = closed if not is_open else waiting  # closing needs nothing awaited
    exportable_type = d.type in BUNDLE_TYPES
    return {
        "start": ActionState(
            None if d.status == "received" else (closed if not is_open else "Already started."),
            "Mark the request as being worked on.",
        ),
        "identity": ActionState(
            None if is_open else closed,
            "Record how the requester's identity was checked (no copy kept).",
        ),
        "ask": ActionState(
            while_open,
            "Ask the requester for ID or clarification: the deadline waits. "
            + policy_effect(suspension_policy),
        ),
        "received": ActionState(
            None if d.status == AWAITING else (closed if not is_open else "Nothing is awaited."),
            "The awaited information arrived: the deadline restarts or resumes.",
        ),
        "extend": ActionState(
            _extend_blocker(d, today, closed),
            f"Two further months, with reasons (until {fmt_date(d.extended_due)}); "
            f"tell the requester by {fmt_date(d.extension_notice_by)}.",
        ),
        "complete": ActionState(while_open, "Record that the final answer was sent."),
        "refuse": ActionState(None if is_open else closed, "Refuse with reasons (Art. 12(4))."),
        "forward": ActionState(
            while_open,
            "This entity is a processor: forward the request to the controller.",
            visible=d.entity_role == "processor",
        ),
        "letters": ActionState(
            None, "Write, preview, print and record the letters of this request (Ctrl+P)."
        ),
        "bundle": ActionState(
            None
            if d.status not in NO_DISCLOSURE_STATUSES
            else f"{d.reference} is {d.status}: no data is disclosed.",
            "Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip"
            + ("" if d.identity_verified else " — identity not verified: a reason is required")
            + ".",
            visible=exportable_type,
        ),
    }
