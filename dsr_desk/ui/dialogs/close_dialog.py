"""Record the final answer to a request: completed, refused (with reasons) or forwarded to the
controller (processor entities). One dialog, parametrised by the outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from dsr_desk.domain.requests import Outcome
from dsr_desk.ui.dialogs.request_action_dialog import (
    RequestActionDialog,
    date_edit,
    date_of,
    fmt_date,
    reason_edit,
)


@dataclass(frozen=True)
class CloseValues:
    outcome: Outcome
    on: date
    reason: str | None


@dataclass(frozen=True)
class _Wording:
    title: str
    ok: str
    intro: str
    date_label: str
    reason_label: str
    placeholder: str


WORDING = {
    Outcome.COMPLETED: _Wording(
        "Complete {ref}",
        "Record completion",
        "Record that the final answer was sent to the requester and the request was carried "
        "out. The request file is then closed; notes can still be added.",
        "Answer sent on:",
        "Note (optional):",
        "What was done, e.g. copy of the data sent by registered letter…",
    ),
    Outcome.REFUSED: _Wording(
        "Refuse {ref}",
        "Record refusal",
        "A refusal must give the requester its reasons and tell them of their right to lodge "
        "a complaint with the CNIL and to seek a judicial remedy (Art. 12(4)).",
        "Refusal sent on:",
        "Reasons (required):",
        "Why the request is refused (told to the requester)…",
    ),
    Outcome.FORWARDED: _Wording(
        "Forward {ref} to the controller",
        "Record forwarding",
        "This entity acts as a processor: the request goes to the controller (the client) "
        "without delay, and the requester is told so.",
        "Forwarded on:",
        "Note (optional):",
        "To whom it was forwarded, how…",
    ),
}


class CloseDialog(RequestActionDialog):
    def __init__(
        self,
        reference: str,
        outcome: Outcome,
        *,
        received_on: date,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        wording = WORDING[outcome]
        super().__init__(wording.title.format(ref=reference), wording.ok, parent)
        self.outcome = outcome
        self._received_on, self._today = received_on, today
        self.intro.setText(wording.intro)
        self.on = date_edit(today, minimum=received_on, maximum=today)
        self.on.setToolTip(
            f"Between the receipt ({fmt_date(received_on)}) and today ({fmt_date(today)})."
        )
        self.reason = reason_edit(wording.placeholder)
        self.form.addRow(wording.date_label, self.on)
        self.form.addRow(wording.reason_label, self.reason)
        self.on.dateChanged.connect(self.revalidate)
        self.reason.textChanged.connect(self.revalidate)
        self.revalidate()
        self.reason.setFocus()

    def problem(self) -> str | None:
        day = date_of(self.on)
        if day > self._today:
            return "The date cannot be in the future."
        if day < self._received_on:
            return f"The date cannot be before the receipt ({fmt_date(self._received_on)})."
        if self.outcome is Outcome.REFUSED and not self.reason.toPlainText().strip():
            return "A refusal needs its reasons: the requester must be told why (Art. 12(4))."
        return None

    def values(self) -> CloseValues:
        reason = self.reason.toPlainText().strip()
        return CloseValues(outcome=self.outcome, on=date_of(self.on), reason=reason or None)
