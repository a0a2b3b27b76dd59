"""Ask the requester for proof of identity or for clarification (GDPR Art. 12(6)): the
deadline waits, following the entity's policy (restart or pause). For identity, two separate
inputs (EDPB Guidelines 01/2022): why there is a reasonable doubt, and what the requester may
send, chosen among proportionate means listed least intrusive first (``domain.identity_means``).

Once the due date has passed, an ask can no longer be made, but one made earlier can still be
recorded (a late entry): the domain gives the last day it may be dated (``late_until``), and
the dialog then asks why it is recorded only now (audited with both dates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.identity_means import MEANS_LABELS, PROPORTIONATE_MEANS, IdMeans
from dsr_desk.domain.requests import InformationKind
from dsr_desk.ui.dialogs.request_action_dialog import (
    NOTE_STYLE,
    RequestActionDialog,
    date_edit,
    date_of,
    fmt_date,
    label_with_language,
    reason_edit,
    typed_language,
)
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

KIND_LABELS = {
    InformationKind.IDENTITY: QT_TRANSLATE_NOOP("AskInformationDialog", "Proof of identity"),
    InformationKind.CLARIFICATION: QT_TRANSLATE_NOOP(
        "AskInformationDialog", "Clarification of the request"
    ),
    InformationKind.FEE: QT_TRANSLATE_NOOP(
        "AskInformationDialog", "A reasonable fee (Art. 12(5)(a))"
    ),
}

# The domain's means (``MEANS_LABELS``), marked here for translation (lupdate reads the UI).
MEANS_WORDS = {
    IdMeans.KNOWN_EMAIL: QT_TRANSLATE_NOOP(
        "AskInformationDialog", "A reply from the e-mail address we already know"
    ),
    IdMeans.CUSTOMER_NUMBER: QT_TRANSLATE_NOOP(
        "AskInformationDialog", "Their customer, member or student number"
    ),
    IdMeans.RECENT_LETTER: QT_TRANSLATE_NOOP(
        "AskInformationDialog", "A recent letter or invoice we sent them"
    ),
    IdMeans.ID_COPY_MASKED: QT_TRANSLATE_NOOP(
        "AskInformationDialog", "A copy of an ID document, photograph masked"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AskInformationDialog", text)


POLICY_EFFECTS = {
    "restart": QT_TRANSLATE_NOOP(
        "AskInformationDialog",
        "Policy of this entity: restart. The deadline is on hold while you wait; when the "
        "information arrives, the period to answer counts again from that day.",
    ),
    "pause": QT_TRANSLATE_NOOP(
        "AskInformationDialog",
        "Policy of this entity: pause. The deadline is on hold while you wait; the days spent "
        "waiting are then added to the due date.",
    ),
}


def policy_effect(policy: str) -> str:
    known = POLICY_EFFECTS.get(policy)
    if known is not None:
        return _tr(known)
    return QCoreApplication.translate(
        "AskInformationDialog", "Policy of this entity: {policy}."
    ).format(policy=policy)


@dataclass(frozen=True)
class AskValues:
    kind: InformationKind
    reason: str
    asked_on: date
    means: tuple[str, ...] = ()  # identity: the means offered, least intrusive first
    unmatched: bool = False  # the person cannot be matched with the records
    amount: Decimal | None = None  # a fee, in euros
    late_reason: str | None = None  # why an ask the rules of today forbid is recorded only now
    reason_lang: str | None = None  # the language the reason is typed in


class AskInformationDialog(RequestActionDialog):
    def __init__(
        self,
        reference: str,
        *,
        policy: str,
        received_on: date,
        due: date,
        today: date,
        kind: InformationKind = InformationKind.IDENTITY,
        asks: dict[str, str | None] | None = None,
        asks_unmatched: dict[str, str | None] | None = None,
        late_until: date | None = None,
        request_lang: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        """``asks``: what may be asked, each kind → None or why not (the domain's answer,
        ``RequestDetail.asks``, on the last day an ask may be dated); ``asks_unmatched``: the
        same when the person cannot be matched with the records
        (``RequestDetail.asks_unmatched``). ``late_until``: the domain's answer when asking is
        forbidden today but an ask made on or before that day may still be recorded, with a
        late reason. ``request_lang``: the request's language, proposed for the reason typed."""
        super().__init__(
            QCoreApplication.translate(
                "AskInformationDialog", "Ask for information — {reference}"
            ).format(reference=reference),
            QCoreApplication.translate("AskInformationDialog", "Record the request"),
            parent,
        )
        self._received_on = received_on
        self._today = today if late_until is None else late_until  # the latest date allowed
        self.intro.setText(
            self.tr(
                "Record that you asked the requester for something you need before answering. "
                "It must be asked before the deadline ({due}) has passed."
            ).format(due=fmt_date(due))
        )
        if late_until is not None:
            self.intro.setText(
                self.tr(
                    "The deadline ({due}) has passed: asking now cannot suspend it. If you asked "
                    "the requester on or before {last}, record that ask with its date and say "
                    "why it is recorded only now (kept with the request and audited, with the "
                    "date stated and today's)."
                ).format(due=fmt_date(due), last=fmt_date(late_until))
            )
        self._asks = asks or {}
        self._asks_unmatched = asks_unmatched or {}
        self.kind = QComboBox()
        for value, label in KIND_LABELS.items():
            self.kind.addItem(_tr(label), value.value)
            why = self._asks.get(value.value)
            if why is not None:
                self.kind.setItemData(self.kind.count() - 1, why, Qt.ItemDataRole.ToolTipRole)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.unmatched = QCheckBox(
            QCoreApplication.translate(
                "AskInformationDialog", "The person cannot be matched with our records"
            )
        )
        self.unmatched.setObjectName("askUnmatched")
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("askAmount")
        self.amount.setDecimals(2)
        self.amount.setRange(0, 10000)
        self.amount.setSuffix(" €")
        self.amount_label = QLabel(QCoreApplication.translate("AskInformationDialog", "Amount:"))
        self.reason = reason_edit("")
        self.asked_on = date_edit(self._today, minimum=received_on, maximum=self._today)
        self.late_reason: QPlainTextEdit | None = None
        self.policy = QLabel(policy_effect(policy))
        self.policy.setWordWrap(True)
        self.policy.setStyleSheet(NOTE_STYLE)
        # Identity: what the requester may send, least intrusive first (none ticked for them).
        self.means_box = QWidget()
        self.means_box.setObjectName("idMeans")
        means_layout = QVBoxLayout(self.means_box)
        means_layout.setContentsMargins(0, 0, 0, 0)
        self.means: dict[IdMeans, QCheckBox] = {}
        for means in PROPORTIONATE_MEANS:
            box = QCheckBox(_tr(MEANS_WORDS.get(means, MEANS_LABELS[means])))
            box.setObjectName(f"means-{means.value}")
            box.toggled.connect(self.revalidate)
            means_layout.addWidget(box)
            self.means[means] = box
        self.form.addRow(self.tr("Asking for:"), self.kind)
        self.form.addRow("", self.unmatched)
        self.form.addRow(self.amount_label, self.amount)
        self.reason_label = QLabel()
        self.reason_lang = typed_language(request_lang)
        self.form.addRow(label_with_language(self.reason_label, self.reason_lang), self.reason)
        self.amount_label.setBuddy(self.amount)  # each label names its field
        self.reason_label.setBuddy(self.reason)
        self.means_label = QLabel(self.tr("They may send (least intrusive first):"))
        # on rows of their own, across the dialog: the means are long sentences
        self.means_box.setContentsMargins(16, 0, 0, 0)
        self.form.addRow(self.means_label)
        self.form.addRow(self.means_box)
        self.form.addRow(self.tr("Asked on:"), self.asked_on)
        self.form.addRow(self.tr("Effect:"), self.policy)
        if late_until is not None:
            self.late_reason = reason_edit(
                self.tr("Why the ask is recorded only now, e.g. asked by phone, note filed late…")
            )
            self.late_reason.setObjectName("lateReason")
            self.form.addRow(self.tr("Recorded late because:"), self.late_reason)
            self.late_reason.textChanged.connect(self.revalidate)
        self.reason.textChanged.connect(self.revalidate)
        self.asked_on.dateChanged.connect(self.revalidate)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.unmatched.toggled.connect(self.revalidate)
        self.amount.valueChanged.connect(self.revalidate)
        self._kind_changed()
        self.reason.setFocus()

    @property
    def chosen_kind(self) -> InformationKind:
        return InformationKind(self.kind.currentData())

    def _asks_identity(self) -> bool:
        return self.chosen_kind is InformationKind.IDENTITY

    def _kind_changed(self) -> None:
        """Show what the chosen kind needs: the "cannot be matched" box when only that allows
        it (the domain's two answers differ), the amount for a fee; for identity, why there is
        a reasonable doubt and the means offered (two separate inputs)."""
        kind = self.chosen_kind.value
        blocked, unblocked = self._asks.get(kind), self._asks_unmatched.get(kind)
        offered = blocked is not None and unblocked is None
        self.form.setRowVisible(self.unmatched, offered)
        if not offered:
            self.unmatched.setChecked(False)
        self.form.setRowVisible(self.amount, self.chosen_kind is InformationKind.FEE)
        identity = self._asks_identity()
        if identity:
            self.reason_label.setText(self.tr("Why there is a reasonable doubt:"))
            self.reason.setPlaceholderText(
                self.tr("e.g. the name differs from our file; the address is not the known one…")
            )
        else:
            self.reason_label.setText(self.tr("What is needed:"))
            self.reason.setPlaceholderText(
                self.tr("What is needed and why (a clarification, the fee's reasons)…")
            )
        self.form.setRowVisible(self.means_label, identity)
        self.form.setRowVisible(self.means_box, identity)
        self.revalidate()
        self.adjustSize()

    def chosen_means(self) -> tuple[str, ...]:
        if not self._asks_identity():
            return ()
        return tuple(m.value for m, box in self.means.items() if box.isChecked())

    def _blocker(self) -> str | None:
        answers = self._asks_unmatched if self.unmatched.isChecked() else self._asks
        return answers.get(self.chosen_kind.value)

    def problem(self) -> str | None:
        why = self._blocker()
        if why is not None:
            return why
        if self.chosen_kind is InformationKind.FEE and not self.amount.value() > 0:
            return QCoreApplication.translate(
                "AskInformationDialog", "Give the amount of the fee, in euros."
            )
        identity = self._asks_identity()
        if not self.reason.toPlainText().strip():
            if identity:
                return self.tr(
                    "Say why there is a reasonable doubt about the identity: it is recorded "
                    "in the ledger and told in the letter."
                )
            return self.tr(
                "Say what information is needed: it is recorded in the ledger and the letter."
            )
        if identity and not self.chosen_means():
            return self.tr(
                "Tick what the requester may send to confirm their identity: the least "
                "intrusive means that suffice (EDPB Guidelines 01/2022)."
            )
        day = date_of(self.asked_on)
        if not self._received_on <= day <= self._today:
            return self.tr("The date must be between the receipt and today.")
        if self.late_reason is not None and not self.late_reason.toPlainText().strip():
            return self.tr("Say why the ask is recorded only now: it is kept and audited.")
        return None

    def values(self) -> AskValues:
        fee = self.chosen_kind is InformationKind.FEE
        return AskValues(
            kind=self.chosen_kind,
            reason=self.reason.toPlainText().strip(),
            asked_on=date_of(self.asked_on),
            means=self.chosen_means(),
            unmatched=self.unmatched.isChecked(),
            amount=Decimal(str(round(self.amount.value(), 2))) if fee else None,
            late_reason=None
            if self.late_reason is None
            else self.late_reason.toPlainText().strip(),
            reason_lang=str(self.reason_lang.currentData()),
        )
