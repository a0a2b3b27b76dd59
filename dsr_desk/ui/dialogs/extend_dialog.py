"""Extend a request's deadline by two further months (GDPR Art. 12(3)), with its reasons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from dsr_desk.domain.request_actions import ExtensionOutlook
from dsr_desk.ui.dialogs.request_action_dialog import (
    RequestActionDialog,
    fmt_date,
    reason_edit,
    typed_language,
)


@dataclass(frozen=True)
class ExtendValues:
    reason: str
    reason_lang: str | None = None  # the language the reasons are typed in


def notice_words(extension: ExtensionOutlook) -> str:
    """The notify-by date and the days left to tell the requester, in words."""
    notice = fmt_date(extension.notice_by)
    if not extension.possible:
        return QCoreApplication.translate("ExtendDialog", "{notice} — passed").format(notice=notice)
    if extension.last_day:
        return QCoreApplication.translate(
            "ExtendDialog", "{notice} — today is the last day"
        ).format(notice=notice)
    days = extension.days_left
    if days == 1:
        return QCoreApplication.translate("ExtendDialog", "{notice} — 1 day left").format(
            notice=notice
        )
    return QCoreApplication.translate("ExtendDialog", "{notice} — {days} days left").format(
        notice=notice, days=days
    )


class ExtendDialog(RequestActionDialog):
    """Shows the current due date, the due date once extended and the notice-by date."""

    def __init__(
        self,
        reference: str,
        *,
        current_due: date,
        extension: ExtensionOutlook,
        request_lang: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        """``extension`` is the domain's answer for the day (``RequestDetail.extension``);
        ``request_lang`` the request's language, proposed for the reasons typed."""
        super().__init__(
            QCoreApplication.translate("ExtendDialog", "Extend {reference}").format(
                reference=reference
            ),
            QCoreApplication.translate("ExtendDialog", "Extend the deadline"),
            parent,
        )
        self.intro.setText(
            QCoreApplication.translate(
                "ExtendDialog",
                "The GDPR allows one extension of two further months where the request is complex "
                "or numerous. The requester must be told of the extension and of its reasons "
                "by {date}, the end of the first month.",
            ).format(date=fmt_date(extension.notice_by))
        )
        self.current_due = QLabel(fmt_date(current_due))
        self.new_due = QLabel(f"<b>{fmt_date(extension.extended_due)}</b>")
        self.notice_by = QLabel(notice_words(extension))
        self.reason = reason_edit(
            QCoreApplication.translate(
                "ExtendDialog", "Why more time is needed (this is told to the requester)…"
            )
        )
        self.form.addRow(
            QCoreApplication.translate("ExtendDialog", "Current due date:"), self.current_due
        )
        self.form.addRow(
            QCoreApplication.translate("ExtendDialog", "New due date if extended:"), self.new_due
        )
        self.form.addRow(
            QCoreApplication.translate("ExtendDialog", "Notify the requester by:"), self.notice_by
        )
        self.reason_lang = typed_language(request_lang)
        reasons_label = QLabel(QCoreApplication.translate("ExtendDialog", "Reasons:"))
        self.form.addRow(reasons_label, self.reason)
        reasons_label.setBuddy(self.reason)
        # on a row of its own under the reasons (the reasons are the first field, focused at
        # once: Tab goes on to their language, then to the buttons)
        language_label = QLabel(QCoreApplication.translate("ExtendDialog", "Typed in:"))
        language_label.setBuddy(self.reason_lang)
        self.form.addRow(language_label, self.reason_lang)
        self.reason.textChanged.connect(self.revalidate)
        self.revalidate()
        self.reason.setFocus()

    def problem(self) -> str | None:
        if not self.reason.toPlainText().strip():
            return QCoreApplication.translate(
                "ExtendDialog",
                "Give the reasons for the extension: they are told to the requester.",
            )
        return None

    def values(self) -> ExtendValues:
        return ExtendValues(
            reason=self.reason.toPlainText().strip(),
            reason_lang=str(self.reason_lang.currentData()),
        )
