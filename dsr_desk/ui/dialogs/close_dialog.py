"""Record how a request ended: one dialog for every outcome the request's right allows.

The outcomes offered, and why one cannot be chosen today, are the domain's answer carried by the
read model (``RequestDetail.outcomes``: the outcomes the right never allows are not in it); the
texts each outcome needs are the domain's table (``domain.rights.OUTCOME_TEXTS``). The dialog
only words them. When no answer was recorded as sent, closing asks for a confirmation (the CLI
closes and warns)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QWidget

from dsr_desk.domain.request_kinds import Outcome
from dsr_desk.domain.rights import OutcomeText, outcome_texts
from dsr_desk.ui.dialogs.request_action_dialog import (
    RequestActionDialog,
    date_edit,
    date_of,
    fmt_date,
    label_with_language,
    reason_edit,
    typed_language,
)
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CloseValues:
    outcome: Outcome
    on: date
    reason: str | None
    granted: str | None = None
    withheld: str | None = None
    late_reason: str | None = None  # a closure dated so as to escape a rule of today
    reason_lang: str | None = None  # the language the reasons, granted, withheld are typed in


@dataclass(frozen=True)
class _Wording:
    label: str  # the outcome in the list
    ok: str
    intro: str
    date_label: str
    reason_label: str
    placeholder: str


# Source strings for translation: marked here (``QT_TRANSLATE_NOOP``, so that the translation
# tools find them), translated where shown.


WORDING = {
    Outcome.COMPLETED: _Wording(
        QT_TRANSLATE_NOOP("CloseDialog", "Completed: the request was carried out"),
        QT_TRANSLATE_NOOP("CloseDialog", "Record completion"),
        QT_TRANSLATE_NOOP(
            "CloseDialog",
            "Record that the final answer was sent to the requester and the request was carried "
            "out. The request file is then closed; notes can still be added.",
        ),
        QT_TRANSLATE_NOOP("CloseDialog", "Answer sent on:"),
        QT_TRANSLATE_NOOP("CloseDialog", "Note (optional):"),
        QT_TRANSLATE_NOOP(
            "CloseDialog", "What was done, e.g. copy of the data sent by registered letter…"
        ),
    ),
    Outcome.PARTIAL: _Wording(
        QT_TRANSLATE_NOOP("CloseDialog", "Partly granted: part of it is withheld"),
        QT_TRANSLATE_NOOP("CloseDialog", "Record partial answer"),
        QT_TRANSLATE_NOOP(
            "CloseDialog",
            "Part of the request is granted and part withheld: the requester is told both, "
            "with the reasons, and of their right to lodge a complaint with the CNIL and to "
            "seek a judicial remedy (Art. 12(4)). One letter says it all.",
        ),
        QT_TRANSLATE_NOOP("CloseDialog", "Answer sent on:"),
        QT_TRANSLATE_NOOP("CloseDialog", "Reasons (required):"),
        QT_TRANSLATE_NOOP("CloseDialog", "Why the rest is withheld (told to the requester)…"),
    ),
    Outcome.REFUSED: _Wording(
        QT_TRANSLATE_NOOP("CloseDialog", "Refused, with reasons"),
        QT_TRANSLATE_NOOP("CloseDialog", "Record refusal"),
        QT_TRANSLATE_NOOP(
            "CloseDialog",
            "A refusal must give the requester its reasons and tell them of their right to "
            "lodge a complaint with the CNIL and to seek a judicial remedy (Art. 12(4)).",
        ),
        QT_TRANSLATE_NOOP("CloseDialog", "Refusal sent on:"),
        QT_TRANSLATE_NOOP("CloseDialog", "Reasons (required):"),
        QT_TRANSLATE_NOOP("CloseDialog", "Why the request is refused (told to the requester)…"),
    ),
    Outcome.FORWARDED: _Wording(
        QT_TRANSLATE_NOOP("CloseDialog", "Forwarded to the controller"),
        QT_TRANSLATE_NOOP("CloseDialog", "Record forwarding"),
        QT_TRANSLATE_NOOP(
            "CloseDialog",
            "This entity acts as a processor: the request goes to the controller (the client) "
            "without delay, and the requester is told so.",
        ),
        QT_TRANSLATE_NOOP("CloseDialog", "Forwarded on:"),
        QT_TRANSLATE_NOOP("CloseDialog", "Note (optional):"),
        QT_TRANSLATE_NOOP("CloseDialog", "To whom it was forwarded, how…"),
    ),
    Outcome.NO_DATA: _Wording(
        QT_TRANSLATE_NOOP("CloseDialog", "No data held about the person"),
        QT_TRANSLATE_NOOP("CloseDialog", "Record 'no data held'"),
        QT_TRANSLATE_NOOP(
            "CloseDialog",
            "We hold no data about the requester: they are told so (Art. 15(1), first limb). "
            "The request file is then closed.",
        ),
        QT_TRANSLATE_NOOP("CloseDialog", "Answer sent on:"),
        QT_TRANSLATE_NOOP("CloseDialog", "Note (optional):"),
        QT_TRANSLATE_NOOP("CloseDialog", "Where was searched, e.g. pupils' files, mailing lists…"),
    ),
    Outcome.WITHDRAWN: _Wording(
        QT_TRANSLATE_NOOP("CloseDialog", "Withdrawn by the requester"),
        QT_TRANSLATE_NOOP("CloseDialog", "Record withdrawal"),
        QT_TRANSLATE_NOOP(
            "CloseDialog",
            "The requester withdrew the request: record when, and acknowledge the withdrawal. "
            "The request file is then closed.",
        ),
        QT_TRANSLATE_NOOP("CloseDialog", "Withdrawn on:"),
        QT_TRANSLATE_NOOP("CloseDialog", "Note (optional):"),
        QT_TRANSLATE_NOOP("CloseDialog", "How the requester withdrew, e.g. e-mail of 12/03…"),
    ),
    Outcome.UNANSWERED: _Wording(
        QT_TRANSLATE_NOOP("CloseDialog", "Closed for lack of reply"),
        QT_TRANSLATE_NOOP("CloseDialog", "Record closure for lack of reply"),
        QT_TRANSLATE_NOOP(
            "CloseDialog",
            "The identification, clarification or fee asked never came: the request is closed "
            "for lack of reply, and the requester is told they may make a new request.",
        ),
        QT_TRANSLATE_NOOP("CloseDialog", "Closed on:"),
        QT_TRANSLATE_NOOP("CloseDialog", "Note (optional):"),
        QT_TRANSLATE_NOOP("CloseDialog", "Reminders sent, e.g. reminder of 02/05 left unanswered…"),
    ),
    Outcome.EXCESSIVE: _Wording(
        QT_TRANSLATE_NOOP("CloseDialog", "Refused as manifestly unfounded or excessive"),
        QT_TRANSLATE_NOOP("CloseDialog", "Record refusal"),
        QT_TRANSLATE_NOOP(
            "CloseDialog",
            "A request may be refused as manifestly unfounded or excessive, in particular "
            "because of its repetitive character (Art. 12(5)(b)): we bear the burden of "
            "showing it. The requester is told the reasons and of their right to lodge a "
            "complaint with the CNIL and to seek a judicial remedy.",
        ),
        QT_TRANSLATE_NOOP("CloseDialog", "Refusal sent on:"),
        QT_TRANSLATE_NOOP("CloseDialog", "Reasons, including what shows the excess (required):"),
        QT_TRANSLATE_NOOP(
            "CloseDialog", "e.g. fifth identical request in two months, each answered on…"
        ),
    ),
}

# The reasons' label for a refusal, by how the right may be refused (``RightsView.refusal``).
REFUSAL_REASON_LABELS = {
    "compelling-grounds": QT_TRANSLATE_NOOP(
        "CloseDialog",
        "Compelling legitimate grounds which override the person's interests, rights and "
        "freedoms (required, Art. 21(1)):",
    ),
    "partly-art-17-3": QT_TRANSLATE_NOOP(
        "CloseDialog", "The Art. 17(3) ground, the data kept and for how long (required):"
    ),
}

REASONS_MISSING = {
    Outcome.REFUSED: QT_TRANSLATE_NOOP(
        "CloseDialog",
        "A refusal needs its reasons: the requester must be told why (Art. 12(4)).",
    ),
    Outcome.EXCESSIVE: QT_TRANSLATE_NOOP(
        "CloseDialog",
        "A refusal as manifestly unfounded or excessive needs the reasons, including what "
        "shows the excess (Art. 12(5)(b)).",
    ),
}

MISSING = {
    OutcomeText.REASON: QT_TRANSLATE_NOOP(
        "CloseDialog", "the reasons: the requester must be told why (Art. 12(4))"
    ),
    OutcomeText.GRANTED: QT_TRANSLATE_NOOP("CloseDialog", "what is granted"),
    OutcomeText.WITHHELD: QT_TRANSLATE_NOOP("CloseDialog", "what is withheld"),
}


class CloseDialog(RequestActionDialog):
    """``outcomes``: the outcomes the request's right allows, each with why it cannot be
    chosen today (None: it can) — the read model's ``RequestDetail.outcomes``. ``refusal``: how
    the right may be refused (``RightsView.refusal``), which words the reasons asked.
    ``answer_sent``: whether an answer was recorded as sent (False: a confirmation is asked).
    ``late_closures``: outcome → the last day a closure dated on or before it (and before
    today) needs a late reason (``RequestDetail.late_closures``, the domain's answer): the
    late-reason field is shown then. ``request_lang``: the request's language, proposed for the
    texts typed (reasons, granted, withheld: one language for the three)."""

    def __init__(
        self,
        reference: str,
        outcome: Outcome,
        *,
        received_on: date,
        today: date,
        outcomes: dict[str, str | None] | None = None,
        refusal: str | None = None,
        answer_sent: bool | None = None,
        late_closures: dict[str, date] | None = None,
        request_lang: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CloseDialog", "Close {ref}").format(ref=reference),
            "",
            parent,
        )
        self._received_on, self._today = received_on, today
        self._refusal = refusal
        self._late_closures = dict(late_closures or {})
        offered = outcomes if outcomes is not None else {outcome.value: None}
        self._blockers = {Outcome(value): why for value, why in offered.items()}

        self.outcome_box = QComboBox()
        self.outcome_box.setObjectName("closeOutcome")
        for choice, why in self._blockers.items():
            self.outcome_box.addItem(
                QCoreApplication.translate("CloseDialog", WORDING[choice].label), choice.value
            )
            index = self.outcome_box.count() - 1
            if why is not None:
                self.outcome_box.setItemData(index, why, Qt.ItemDataRole.ToolTipRole)
        start = self.outcome_box.findData(outcome.value)
        self.outcome_box.setCurrentIndex(max(start, 0))
        self.on = date_edit(today, minimum=received_on, maximum=today)
        self.on.setToolTip(
            QCoreApplication.translate(
                "CloseDialog", "Between the receipt ({received}) and today ({today})."
            ).format(received=fmt_date(received_on), today=fmt_date(today))
        )
        self.granted = self._text_edit(
            "closeGranted",
            QCoreApplication.translate(
                "CloseDialog", "What is granted, e.g. the marketing data are erased…"
            ),
        )
        self.withheld = self._text_edit(
            "closeWithheld",
            QCoreApplication.translate(
                "CloseDialog", "What is withheld, e.g. the invoices of the last ten years…"
            ),
        )
        self.reason = reason_edit("")
        self.reason.setObjectName("closeReason")
        self.date_label = QLabel()
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.granted_label = QLabel(
            QCoreApplication.translate("CloseDialog", "Granted (required):")
        )
        self.withheld_label = QLabel(
            QCoreApplication.translate("CloseDialog", "Withheld (required):")
        )
        self.confirm = QCheckBox(
            QCoreApplication.translate(
                "CloseDialog", "Close although no answer was recorded as sent"
            )
        )
        self.confirm.setToolTip(
            QCoreApplication.translate(
                "CloseDialog",
                "No letter answering the requester was recorded as sent. The letter the "
                "outcome calls for is offered once the request is closed.",
            )
        )
        self.confirm.setObjectName("closeConfirm")
        self.late_reason = reason_edit(
            QCoreApplication.translate(
                "CloseDialog",
                "Why it is recorded only now, e.g. answer posted that day, filed late…",
            )
        )
        self.late_reason.setObjectName("closeLateReason")
        self.late_label = QLabel()
        self.late_label.setWordWrap(True)
        self.form.addRow(QCoreApplication.translate("CloseDialog", "Outcome:"), self.outcome_box)
        self.form.addRow(self.date_label, self.on)
        self.form.addRow(self.granted_label, self.granted)
        self.form.addRow(self.withheld_label, self.withheld)
        self.reason_lang = typed_language(request_lang)
        self.form.addRow(label_with_language(self.reason_label, self.reason_lang), self.reason)
        self.form.addRow(self.late_label, self.late_reason)
        for label, field in (
            (self.date_label, self.on),
            (self.granted_label, self.granted),
            (self.withheld_label, self.withheld),
            (self.reason_label, self.reason),
            (self.late_label, self.late_reason),
        ):
            label.setBuddy(field)  # the label names its field for a screen reader
        self.form.addRow("", self.confirm)
        self._confirm_needed = answer_sent is False
        self.form.setRowVisible(self.confirm, self._confirm_needed)
        self.setMinimumWidth(640)
        longest = max(
            self.fontMetrics().horizontalAdvance(QCoreApplication.translate("CloseDialog", w.ok))
            for w in WORDING.values()
        )
        self.ok_button.setMinimumWidth(longest + 32)

        self.outcome_box.currentIndexChanged.connect(self._outcome_changed)
        for edit in (self.reason, self.granted, self.withheld, self.late_reason):
            edit.textChanged.connect(self.revalidate)
        self.on.dateChanged.connect(self._date_changed)
        self.confirm.toggled.connect(self.revalidate)
        self._outcome_changed()
        self.reason.setFocus()

    def late_until(self) -> date | None:
        """The last day a closure with the chosen outcome needs a late reason when dated on or
        before it (None: it needs none whatever its date)."""
        until = self._late_closures.get(self.outcome.value)
        day = date_of(self.on)
        return until if until is not None and day < self._today and day <= until else None

    def _date_changed(self) -> None:
        self._show_late_reason()
        self.revalidate()

    def _show_late_reason(self) -> None:
        until = self.late_until()
        self.form.setRowVisible(self.late_reason, until is not None)
        if until is None:
            return
        if self.outcome is Outcome.UNANSWERED:
            text = QCoreApplication.translate(
                "CloseDialog",
                "Dated on or before {day}, when the requester still had time to reply: why is "
                "it recorded only now (required, kept in the audit log)?",
            )
        else:
            text = QCoreApplication.translate(
                "CloseDialog",
                "The request was due on {day}: dated on time, why is it recorded only now "
                "(required, kept in the audit log)?",
            )
        self.late_label.setText(text.format(day=fmt_date(until)))

    @staticmethod
    def _text_edit(name: str, placeholder: str) -> QPlainTextEdit:
        edit = reason_edit(placeholder)
        edit.setObjectName(name)
        edit.setMinimumHeight(60)
        return edit

    @property
    def outcome(self) -> Outcome:
        return Outcome(self.outcome_box.currentData())

    def needed(self) -> tuple[OutcomeText, ...]:
        """The texts the chosen outcome needs (the domain's table)."""
        return outcome_texts(self.outcome)

    def _outcome_changed(self) -> None:
        wording = WORDING[self.outcome]
        self.ok_button.setText(QCoreApplication.translate("CloseDialog", wording.ok))
        self.intro.setText(QCoreApplication.translate("CloseDialog", wording.intro))
        self.date_label.setText(QCoreApplication.translate("CloseDialog", wording.date_label))
        label = wording.reason_label
        if OutcomeText.GRANTED in self.needed() or self.outcome is Outcome.REFUSED:
            label = REFUSAL_REASON_LABELS.get(self._refusal or "", label)
        self.reason_label.setText(QCoreApplication.translate("CloseDialog", label))
        self.reason.setPlaceholderText(
            QCoreApplication.translate("CloseDialog", wording.placeholder)
        )
        partial = OutcomeText.GRANTED in self.needed()
        for widget in (self.granted, self.withheld):
            self.form.setRowVisible(widget, partial)
        self._show_late_reason()
        self.revalidate()
        self.adjustSize()

    def _text(self, which: OutcomeText) -> str:
        edit = {
            OutcomeText.REASON: self.reason,
            OutcomeText.GRANTED: self.granted,
            OutcomeText.WITHHELD: self.withheld,
        }[which]
        return edit.toPlainText().strip()

    def problem(self) -> str | None:
        why = self._blockers.get(self.outcome)
        if why is not None:
            return why
        day = date_of(self.on)
        if day > self._today:
            return QCoreApplication.translate("CloseDialog", "The date cannot be in the future.")
        if day < self._received_on:
            return QCoreApplication.translate(
                "CloseDialog", "The date cannot be before the receipt ({received})."
            ).format(received=fmt_date(self._received_on))
        missing = [text for text in self.needed() if not self._text(text)]
        if missing == [OutcomeText.REASON] and self.outcome in REASONS_MISSING:
            return QCoreApplication.translate("CloseDialog", REASONS_MISSING[self.outcome])
        if missing:
            what = QCoreApplication.translate("CloseDialog", "; ").join(  # a list's separator
                QCoreApplication.translate("CloseDialog", MISSING[text]) for text in missing
            )
            return QCoreApplication.translate("CloseDialog", "Still needed: {what}.").format(
                what=what
            )
        if self.late_until() is not None and not self.late_reason.toPlainText().strip():
            return QCoreApplication.translate(
                "CloseDialog",
                "A closure dated so escapes a rule of today: say why it is recorded only now.",
            )
        if self._confirm_needed and not self.confirm.isChecked():
            return QCoreApplication.translate(
                "CloseDialog",
                "No answer to the requester was recorded as sent: tick the box to close it all "
                "the same.",
            )
        return None

    def values(self) -> CloseValues:
        partial = OutcomeText.GRANTED in self.needed()
        return CloseValues(
            outcome=self.outcome,
            on=date_of(self.on),
            reason=self._text(OutcomeText.REASON) or None,
            granted=self._text(OutcomeText.GRANTED) or None if partial else None,
            withheld=self._text(OutcomeText.WITHHELD) or None if partial else None,
            late_reason=self.late_reason.toPlainText().strip() or None
            if self.late_until() is not None
            else None,
            reason_lang=str(self.reason_lang.currentData()),
        )
