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
    reason_edit,
)
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("CloseDialog", text)


@dataclass(frozen=True)
class CloseValues:
    outcome: Outcome
    on: date
    reason: str | None
    granted: str | None = None
    withheld: str | None = None


@dataclass(frozen=True)
class _Wording:
    label: str  # the outcome in the list
    ok: str
    intro: str
    date_label: str
    reason_label: str
    placeholder: str


# Source strings for translation: marked here (``QT_TRANSLATE_NOOP``, so that the translation
# tools find them), translated where shown (``_tr``).
def _mark(text: str) -> str:
    return str(QT_TRANSLATE_NOOP("CloseDialog", text))


WORDING = {
    Outcome.COMPLETED: _Wording(
        _mark("Completed: the request was carried out"),
        _mark("Record completion"),
        _mark(
            "Record that the final answer was sent to the requester and the request was carried "
            "out. The request file is then closed; notes can still be added."
        ),
        _mark("Answer sent on:"),
        _mark("Note (optional):"),
        _mark("What was done, e.g. copy of the data sent by registered letter…"),
    ),
    Outcome.PARTIAL: _Wording(
        _mark("Partly granted: part of it is withheld"),
        _mark("Record partial answer"),
        _mark(
            "Part of the request is granted and part withheld: the requester is told both, "
            "with the reasons, and of their right to lodge a complaint with the CNIL and to "
            "seek a judicial remedy (Art. 12(4)). One letter says it all."
        ),
        _mark("Answer sent on:"),
        _mark("Reasons (required):"),
        _mark("Why the rest is withheld (told to the requester)…"),
    ),
    Outcome.REFUSED: _Wording(
        _mark("Refused, with reasons"),
        _mark("Record refusal"),
        _mark(
            "A refusal must give the requester its reasons and tell them of their right to "
            "lodge a complaint with the CNIL and to seek a judicial remedy (Art. 12(4))."
        ),
        _mark("Refusal sent on:"),
        _mark("Reasons (required):"),
        _mark("Why the request is refused (told to the requester)…"),
    ),
    Outcome.FORWARDED: _Wording(
        _mark("Forwarded to the controller"),
        _mark("Record forwarding"),
        _mark(
            "This entity acts as a processor: the request goes to the controller (the client) "
            "without delay, and the requester is told so."
        ),
        _mark("Forwarded on:"),
        _mark("Note (optional):"),
        _mark("To whom it was forwarded, how…"),
    ),
    Outcome.NO_DATA: _Wording(
        _mark("No data held about the person"),
        _mark("Record 'no data held'"),
        _mark(
            "We hold no data about the requester: they are told so (Art. 15(1), first limb). "
            "The request file is then closed."
        ),
        _mark("Answer sent on:"),
        _mark("Note (optional):"),
        _mark("Where was searched, e.g. pupils' files, mailing lists…"),
    ),
    Outcome.WITHDRAWN: _Wording(
        _mark("Withdrawn by the requester"),
        _mark("Record withdrawal"),
        _mark(
            "The requester withdrew the request: record when, and acknowledge the withdrawal. "
            "The request file is then closed."
        ),
        _mark("Withdrawn on:"),
        _mark("Note (optional):"),
        _mark("How the requester withdrew, e.g. e-mail of 12/03…"),
    ),
    Outcome.UNANSWERED: _Wording(
        _mark("Closed for lack of reply"),
        _mark("Record closure for lack of reply"),
        _mark(
            "The identification, clarification or fee asked never came: the request is closed "
            "for lack of reply, and the requester is told they may make a new request."
        ),
        _mark("Closed on:"),
        _mark("Note (optional):"),
        _mark("Reminders sent, e.g. reminder of 02/05 left unanswered…"),
    ),
    Outcome.EXCESSIVE: _Wording(
        _mark("Refused as manifestly unfounded or excessive"),
        _mark("Record refusal"),
        _mark(
            "A request may be refused as manifestly unfounded or excessive, in particular "
            "because of its repetitive character (Art. 12(5)(b)): we bear the burden of "
            "showing it. The requester is told the reasons and of their right to lodge a "
            "complaint with the CNIL and to seek a judicial remedy."
        ),
        _mark("Refusal sent on:"),
        _mark("Reasons, including what shows the excess (required):"),
        _mark("e.g. fifth identical request in two months, each answered on…"),
    ),
}

# The reasons' label for a refusal, by how the right may be refused (``RightsView.refusal``).
REFUSAL_REASON_LABELS = {
    "compelling-grounds": _mark(
        "Compelling legitimate grounds which override the person's interests, rights and "
        "freedoms (required, Art. 21(1)):"
    ),
    "partly-art-17-3": _mark("The Art. 17(3) ground, the data kept and for how long (required):"),
}

REASONS_MISSING = {
    Outcome.REFUSED: _mark(
        "A refusal needs its reasons: the requester must be told why (Art. 12(4))."
    ),
    Outcome.EXCESSIVE: _mark(
        "A refusal as manifestly unfounded or excessive needs the reasons, including what "
        "shows the excess (Art. 12(5)(b))."
    ),
}

MISSING = {
    OutcomeText.REASON: _mark("the reasons: the requester must be told why (Art. 12(4))"),
    OutcomeText.GRANTED: _mark("what is granted"),
    OutcomeText.WITHHELD: _mark("what is withheld"),
}


class CloseDialog(RequestActionDialog):
    """``outcomes``: the outcomes the request's right allows, each with why it cannot be
    chosen today (None: it can) — the read model's ``RequestDetail.outcomes``. ``refusal``: how
    the right may be refused (``RightsView.refusal``), which words the reasons asked.
    ``answer_sent``: whether an answer was recorded as sent (False: a confirmation is asked)."""

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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_tr("Close {ref}").format(ref=reference), "", parent)
        self._received_on, self._today = received_on, today
        self._refusal = refusal
        offered = outcomes if outcomes is not None else {outcome.value: None}
        self._blockers = {Outcome(value): why for value, why in offered.items()}

        self.outcome_box = QComboBox()
        self.outcome_box.setObjectName("closeOutcome")
        for choice, why in self._blockers.items():
            self.outcome_box.addItem(_tr(WORDING[choice].label), choice.value)
            index = self.outcome_box.count() - 1
            if why is not None:
                self.outcome_box.setItemData(index, why, Qt.ItemDataRole.ToolTipRole)
        start = self.outcome_box.findData(outcome.value)
        self.outcome_box.setCurrentIndex(max(start, 0))
        self.on = date_edit(today, minimum=received_on, maximum=today)
        self.on.setToolTip(
            _tr("Between the receipt ({received}) and today ({today}).").format(
                received=fmt_date(received_on), today=fmt_date(today)
            )
        )
        self.granted = self._text_edit(
            "closeGranted", _tr("What is granted, e.g. the marketing data are erased…")
        )
        self.withheld = self._text_edit(
            "closeWithheld", _tr("What is withheld, e.g. the invoices of the last ten years…")
        )
        self.reason = reason_edit("")
        self.reason.setObjectName("closeReason")
        self.date_label = QLabel()
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.granted_label = QLabel(_tr("Granted (required):"))
        self.withheld_label = QLabel(_tr("Withheld (required):"))
        self.confirm = QCheckBox(_tr("Close although no answer was recorded as sent"))
        self.confirm.setToolTip(
            _tr(
                "No letter answering the requester was recorded as sent. The letter the "
                "outcome calls for is offered once the request is closed."
            )
        )
        self.confirm.setObjectName("closeConfirm")
        self.form.addRow(_tr("Outcome:"), self.outcome_box)
        self.form.addRow(self.date_label, self.on)
        self.form.addRow(self.granted_label, self.granted)
        self.form.addRow(self.withheld_label, self.withheld)
        self.form.addRow(self.reason_label, self.reason)
        self.form.addRow("", self.confirm)
        self._confirm_needed = answer_sent is False
        self.form.setRowVisible(self.confirm, self._confirm_needed)
        self.setMinimumWidth(640)
        longest = max(self.fontMetrics().horizontalAdvance(_tr(w.ok)) for w in WORDING.values())
        self.ok_button.setMinimumWidth(longest + 32)

        self.outcome_box.currentIndexChanged.connect(self._outcome_changed)
        for edit in (self.reason, self.granted, self.withheld):
            edit.textChanged.connect(self.revalidate)
        self.on.dateChanged.connect(self.revalidate)
        self.confirm.toggled.connect(self.revalidate)
        self._outcome_changed()
        self.reason.setFocus()

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
        self.ok_button.setText(_tr(wording.ok))
        self.intro.setText(_tr(wording.intro))
        self.date_label.setText(_tr(wording.date_label))
        label = wording.reason_label
        if OutcomeText.GRANTED in self.needed() or self.outcome is Outcome.REFUSED:
            label = REFUSAL_REASON_LABELS.get(self._refusal or "", label)
        self.reason_label.setText(_tr(label))
        self.reason.setPlaceholderText(_tr(wording.placeholder))
        partial = OutcomeText.GRANTED in self.needed()
        for widget in (self.granted, self.withheld):
            self.form.setRowVisible(widget, partial)
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
            return _tr("The date cannot be in the future.")
        if day < self._received_on:
            return _tr("The date cannot be before the receipt ({received}).").format(
                received=fmt_date(self._received_on)
            )
        missing = [text for text in self.needed() if not self._text(text)]
        if missing == [OutcomeText.REASON] and self.outcome in REASONS_MISSING:
            return _tr(REASONS_MISSING[self.outcome])
        if missing:
            what = "; ".join(_tr(MISSING[text]) for text in missing)
            return _tr("Still needed: {what}.").format(what=what)
        if self._confirm_needed and not self.confirm.isChecked():
            return _tr(
                "No answer to the requester was recorded as sent: tick the box to close it all "
                "the same."
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
        )
