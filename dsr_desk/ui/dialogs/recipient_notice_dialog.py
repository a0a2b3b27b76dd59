"""Record that a recipient of the data was told of a rectification, an erasure or a
restriction (GDPR Art. 19): the answer letter names the recipients so recorded, and says that
the data were disclosed to no recipient when none is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from dsr_desk.domain.limits import MAX_NAME
from dsr_desk.ui.dialogs.request_action_dialog import (
    RequestActionDialog,
    date_edit,
    date_of,
    fmt_date,
)


@dataclass(frozen=True)
class NoticeValues:
    recipient: str
    notified_on: date


class RecipientNoticeDialog(RequestActionDialog):
    def __init__(
        self,
        reference: str,
        *,
        received_on: date,
        today: date,
        notified: tuple[tuple[str, date], ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``notified``: the notices already recorded (recipient, date)."""
        super().__init__(
            self.tr("Recipient notified — {reference}").format(reference=reference),
            self.tr("Record the notice"),
            parent,
        )
        self._received_on, self._today = received_on, today
        intro = self.tr(
            "Record that a recipient of the data (a partner, an authority, a processor…) was "
            "told of the rectification, erasure or restriction (Art. 19 GDPR). The answer "
            "letter names the recipients recorded here; without any, it says the data were "
            "disclosed to no recipient."
        )
        if notified:
            done = ", ".join(f"{name} ({fmt_date(day)})" for name, day in notified)
            intro += " " + self.tr("Already recorded: {done}.").format(done=done)
        self.intro.setText(intro)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("noticeRecipient")
        self.recipient.setMaxLength(MAX_NAME)
        self.recipient.setPlaceholderText(self.tr("e.g. Rectorat de Lyon"))
        self.notified_on = date_edit(today, minimum=received_on, maximum=today)
        self.form.addRow(self.tr("Recipient:"), self.recipient)
        self.form.addRow(self.tr("Notified on:"), self.notified_on)
        self.recipient.textChanged.connect(self.revalidate)
        self.notified_on.dateChanged.connect(self.revalidate)
        self.revalidate()
        self.recipient.setFocus()

    def problem(self) -> str | None:
        if not self.recipient.text().strip():
            return self.tr("Name the recipient who was notified.")
        if not self._received_on <= date_of(self.notified_on) <= self._today:
            return self.tr("The date must be between the receipt and today.")
        return None

    def values(self) -> NoticeValues:
        return NoticeValues(self.recipient.text().strip(), date_of(self.notified_on))
