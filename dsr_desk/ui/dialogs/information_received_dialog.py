"""The information asked of the requester arrived: the deadline restarts or resumes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
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
        super().__init__(
            QCoreApplication.translate(
                "InformationReceivedDialog", "Information received — {reference}"
            ).format(reference=reference),
            QCoreApplication.translate("InformationReceivedDialog", "Record arrival"),
            parent,
        )
        self._asked_on, self._today, self._policy = asked_on, today, policy
        self.intro.setText(
            QCoreApplication.translate(
                "InformationReceivedDialog", "Waiting since {date} for {kind}:"
            ).format(date=fmt_date(asked_on), kind=kind)
        )
        self.awaited = QLabel(reason)
        self.awaited.setWordWrap(True)
        self.received_on = date_edit(today, minimum=asked_on, maximum=today)
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.effect.setStyleSheet(NOTE_STYLE)
        self.form.addRow(
            QCoreApplication.translate("InformationReceivedDialog", "Asked for:"), self.awaited
        )
        self.form.addRow(
            QCoreApplication.translate("InformationReceivedDialog", "Received on:"),
            self.received_on,
        )
        self.form.addRow(
            QCoreApplication.translate("InformationReceivedDialog", "Effect:"), self.effect
        )
        self.received_on.dateChanged.connect(self.revalidate)
        self.revalidate()

    def revalidate(self) -> None:
        day = date_of(self.received_on)
        if self._policy == "pause":
            waited = max((day - self._asked_on).days, 0)
            self.effect.setText(
                QCoreApplication.translate(
                    "InformationReceivedDialog",
                    "Policy: pause. The {waited} days spent waiting will be added to the due date.",
                ).format(waited=waited)
                if waited != 1
                else QCoreApplication.translate(
                    "InformationReceivedDialog",
                    "Policy: pause. The 1 day spent waiting will be added to the due date.",
                )
            )
        else:
            self.effect.setText(
                QCoreApplication.translate(
                    "InformationReceivedDialog",
                    "Policy: restart. The one-month period will count again from {date}.",
                ).format(date=fmt_date(day))
            )
        super().revalidate()

    def problem(self) -> str | None:
        day = date_of(self.received_on)
        if day > self._today:
            return QCoreApplication.translate(
                "InformationReceivedDialog", "The date cannot be in the future."
            )
        if day < self._asked_on:
            return QCoreApplication.translate(
                "InformationReceivedDialog",
                "The information cannot arrive before it was asked ({date}).",
            ).format(date=fmt_date(self._asked_on))
        return None

    def values(self) -> ReceivedValues:
        return ReceivedValues(received_on=date_of(self.received_on))
