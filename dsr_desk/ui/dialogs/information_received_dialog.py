"""The information asked of the requester arrived: the deadline restarts or resumes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from dsr_desk.ui.dialogs.request_action_dialog import (
    NOTE_STYLE,
    RequestActionDialog,
    date_edit,
    date_of,
    fmt_date,
)


@dataclass(frozen=True)
class ReceivedValues:
    received_on: date


class InformationReceivedDialog(RequestActionDialog):
    def __init__(
        self,
        reference: str,
        *,
        kind: str,
        reason: str,
        asked_on: date,
        policy: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(f"Information received — {reference}", "Record arrival", parent)
        self._asked_on, self._today, self._policy = asked_on, today, policy
        self.intro.setText(f"Waiting since {fmt_date(asked_on)} for {kind}:")
        self.awaited = QLabel(reason)
        self.awaited.setWordWrap(True)
        self.received_on = date_edit(today, minimum=asked_on, maximum=today)
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.effect.setStyleSheet(NOTE_STYLE)
        self.form.addRow("Asked for:", self.awaited)
        self.form.addRow("Received on:", self.received_on)
        self.form.addRow("Effect:", self.effect)
        self.received_on.dateChanged.connect(self.revalidate)
        self.revalidate()

    def revalidate(self) -> None:
        day = date_of(self.received_on)
        if self._policy == "pause":
            waited = max((day - self._asked_on).days, 0)
            self.effect.setText(
                f"Policy: pause. The {waited} day{'s' if waited != 1 else ''} spent waiting "
                "will be added to the due date."
            )
        else:
            self.effect.setText(
                f"Policy: restart. The one-month period will count again from {fmt_date(day)}."
            )
        super().revalidate()

    def problem(self) -> str | None:
        day = date_of(self.received_on)
        if day > self._today:
            return "The date cannot be in the future."
        if day < self._asked_on:
            return (
                f"The information cannot arrive before it was asked ({fmt_date(self._asked_on)})."
            )
        return None

    def values(self) -> ReceivedValues:
        return ReceivedValues(received_on=date_of(self.received_on))
