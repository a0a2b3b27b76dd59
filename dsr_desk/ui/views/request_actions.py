"""The buttons of the request file from the domain's answer: one ``ActionState`` per button
(its blocker, shown as the tooltip of the disabled button, or the tip of what it does).

What can be done today, and why not, is the domain's answer (``domain.request_actions``),
carried by the read model (``RequestDetail.actions``); nothing here restates a rule: this
module only words what each action does. Pure, so it is tested without Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from dsr_desk.read_models import RequestDetail
from dsr_desk.ui.dialogs.ask_information_dialog import policy_effect
from dsr_desk.ui.dialogs.request_action_dialog import fmt_date


@dataclass(frozen=True)
class ActionState:
    blocker: str | None  # why the action is not possible now; None when it is
    tip: str  # what it does
    visible: bool = True
    # Forbidden today but may be recorded as done on or before this day, with a late reason
    # (the domain's ``late_entry_until``): the button stays enabled for that late entry.
    late_until: date | None = None

    @property
    def enabled(self) -> bool:
        return self.blocker is None or self.late_until is not None

    @property
    def tooltip(self) -> str:
        if self.blocker is not None and self.late_until is not None:
            return QCoreApplication.translate(
                "RequestActions",
                "{blocker} If it was done on or before {day}, you can still record it with "
                "that date and the reason it is recorded only now.",
            ).format(blocker=self.blocker, day=fmt_date(self.late_until))
        return self.blocker or self.tip


def _tips(d: RequestDetail, suspension_policy: str) -> dict[str, str]:
    """What each button of the bar does, by action name."""
    return {
        "start": QCoreApplication.translate(
            "RequestActions", "Mark the request as being worked on."
        ),
        "identity": QCoreApplication.translate(
            "RequestActions", "Record how the requester's identity was checked (no copy kept)."
        ),
        "ask": QCoreApplication.translate(
            "RequestActions", "Ask the requester for ID or clarification: the deadline waits."
        )
        + " "
        + policy_effect(suspension_policy)
        + "".join(f" {why}" for why in (d.asks.get("identity"),) if why),
        "received": QCoreApplication.translate(
            "RequestActions", "The awaited information arrived: the deadline restarts or resumes."
        ),
        "extend": QCoreApplication.translate(
            "RequestActions",
            "Two further months, with reasons (until {due}); tell the requester by {notice}.",
        ).format(due=fmt_date(d.extended_due), notice=fmt_date(d.extension_notice_by)),
        "complete": QCoreApplication.translate(
            "RequestActions", "Record that the final answer was sent."
        ),
        "refuse": QCoreApplication.translate("RequestActions", "Refuse with reasons (Art. 12(4))."),
        "forward": QCoreApplication.translate(
            "RequestActions", "This entity is a processor: forward the request to the controller."
        ),
        "close": QCoreApplication.translate(
            "RequestActions",
            "Record how the request ended: the outcomes its right allows (partly granted, no "
            "data held, withdrawn, closed for lack of reply, excessive…).",
        ),
        "unanswered": QCoreApplication.translate(
            "RequestActions",
            "Waiting for the requester for longer than the entity's setting: close the request "
            "for lack of reply, then send the closure letter.",
        ),
        "letters": QCoreApplication.translate(
            "RequestActions",
            "Write, preview, print and record the letters of this request (Ctrl+P).",
        ),
        "bundle": QCoreApplication.translate(
            "RequestActions",
            "Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip.",
        )
        if d.identity_verified
        else QCoreApplication.translate(
            "RequestActions",
            "Export the requester's data (JSON, CSV, HTML overview, manifest) as a zip — "
            "identity not verified: a reason is required.",
        ),
        "notify": QCoreApplication.translate(
            "RequestActions",
            "Record that a recipient of the data was told of the change (Art. 19): the answer "
            "letter names the recipients recorded.",
        ),
    }


# Shown only when the domain proposes them (a flag of the read model), not merely allowed.
_PROPOSED: dict[str, Callable[[RequestDetail], bool]] = {"unanswered": lambda d: d.on_hold_too_long}


def action_states(d: RequestDetail, suspension_policy: str) -> dict[str, ActionState]:
    """The state of every action button of the request file, by action name: enabled or
    not and why (the domain's answer in ``d.actions``), hidden when it never applies, enabled
    for a late entry when the domain says one may still be recorded (``d.late_entries``), and
    the closure for lack of reply shown when the read model proposes it (on hold too long)."""
    return {
        name: ActionState(
            d.actions[name],
            tip,
            visible=name not in d.inapplicable_actions and _PROPOSED.get(name, _always)(d),
            late_until=d.late_entries.get(name),
        )
        for name, tip in _tips(d, suspension_policy).items()
    }


def _always(_d: RequestDetail) -> bool:
    return True
