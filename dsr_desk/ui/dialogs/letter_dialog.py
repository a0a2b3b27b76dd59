"""Letters for one request: choose the kind and the language, see the PDF as it will print,
then print it, save it as PDF, or mark it as sent (a copy is kept encrypted in the request's
file and the audit log says so).

The letter is prepared and rendered on the database worker (``Ops.run``); the preview is the
in-memory PDF shown with QtPdf. When the rules refuse the letter or a placeholder has no value,
the reason is shown in place of the preview and nothing can be printed, saved or sent.
Printing, saving and sending issue the letter for real through the same service as the CLI
(``issue_letter``): it is kept encrypted in the request's file and audited (and a disclosure
override is written to the audit log then only). Printing and saving the same letter again
reuse that copy; "Mark as sent" records the sending of that copy, or issues the letter sent.

Linked requests (other rights asked in the same message) may be answered in the same mailing,
as ``letter REF --with-linked`` does: the preview is then the mailing's one PDF
(``preview_letter``). A request for identity recorded without the means the requester may send
(asked before they were recorded) has them chosen here, least intrusive first, none ticked;
they are recorded with the ask (``record_id_means``, audited) before the letter is issued, as
``letter --means`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.identity_means import MEANS_LABELS, PROPORTIONATE_MEANS, IdMeans
from dsr_desk.domain.limits import MAX_NAME, MAX_REASON
from dsr_desk.export import write_private
from dsr_desk.letters.context import RECORDED_TEXTS
from dsr_desk.letters.fit import (
    LetterField,
    asked_fields_on,
    latest_suspension,
    recorded_texts,
    suggested_kind,
    translations_asked,
)
from dsr_desk.letters.kinds import LetterKind, SendChannel
from dsr_desk.read_models import DocumentView, LetterView, RequestDetail
from dsr_desk.services.letters import (
    IssuedLetter,
    Sending,
    issue_letter,
    mark_letter_sent,
    preview_letter,
)
from dsr_desk.services.register import list_activities
from dsr_desk.services.requests import record_id_means
from dsr_desk.ui.dialogs.ask_information_dialog import MEANS_WORDS
from dsr_desk.ui.dialogs.request_action_dialog import (
    ERROR_STYLE,
    LANGUAGE_WORDS,
    NOTE_STYLE,
    date_edit,
    date_of,
    fmt_date,
)
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.screen_fit import resize_to_screen
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.text_limits import cap_plain_text
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

PREVIEW_DELAY_MS = 300
PANEL_WIDTH = 380  # the fields' column, beside the preview
MEANS_INDENT = 12
CONTEXT = "LetterWords"  # the kinds and channels, shared with the wording editor
KIND_WORDS = {
    LetterKind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("LetterWords", "Acknowledgement of receipt"),
    LetterKind.ID_REQUEST: QT_TRANSLATE_NOOP("LetterWords", "Request for identification"),
    LetterKind.CLARIFICATION: QT_TRANSLATE_NOOP("LetterWords", "Request for clarification"),
    LetterKind.EXTENSION: QT_TRANSLATE_NOOP("LetterWords", "Extension notice (Art. 12(3))"),
    LetterKind.REFUSAL: QT_TRANSLATE_NOOP("LetterWords", "Refusal / partial refusal (Art. 12(4))"),
    LetterKind.COMPLETION: QT_TRANSLATE_NOOP("LetterWords", "Answer: request completed"),
    LetterKind.OBJECTION_OUTCOME: QT_TRANSLATE_NOOP("LetterWords", "Objection outcome (Art. 21)"),
    LetterKind.RECIPIENT_NOTICE: QT_TRANSLATE_NOOP(
        "LetterWords", "Notice to a recipient (Art. 19)"
    ),
    LetterKind.FORWARD: QT_TRANSLATE_NOOP(
        "LetterWords", "Forward to the controller + notice (Art. 28)"
    ),
    LetterKind.PARTIAL_REFUSAL: QT_TRANSLATE_NOOP(
        "LetterWords", "Partial answer: granted, withheld, reasons (Art. 12(4))"
    ),
    LetterKind.EXCESSIVE_REFUSAL: QT_TRANSLATE_NOOP(
        "LetterWords", "Refusal: manifestly unfounded or excessive (Art. 12(5)(b))"
    ),
    LetterKind.NO_DATA: QT_TRANSLATE_NOOP("LetterWords", "Answer: no data held (Art. 15(1))"),
    LetterKind.WITHDRAWAL: QT_TRANSLATE_NOOP("LetterWords", "Acknowledgement of the withdrawal"),
    LetterKind.NO_REPLY_CLOSURE: QT_TRANSLATE_NOOP("LetterWords", "Closure for lack of reply"),
}
CHANNEL_WORDS = {
    SendChannel.POST: QT_TRANSLATE_NOOP("LetterWords", "Post"),
    SendChannel.REGISTERED_POST: QT_TRANSLATE_NOOP("LetterWords", "Registered post"),
    SendChannel.EMAIL: QT_TRANSLATE_NOOP("LetterWords", "E-mail"),
    SendChannel.HAND_DELIVERY: QT_TRANSLATE_NOOP("LetterWords", "Hand delivery"),
}


def kind_words(kind: LetterKind) -> str:
    """A letter's kind in the interface's language."""
    return QCoreApplication.translate(CONTEXT, KIND_WORDS[kind])


def channel_words(channel: SendChannel) -> str:
    """How a letter was sent, in the interface's language."""
    return QCoreApplication.translate(CONTEXT, CHANNEL_WORDS[channel])


@dataclass(frozen=True)
class LetterChoice:
    """What the dialog's fields say (sent to the worker)."""

    kind: LetterKind
    lang: str
    signer: str | None
    registered_number: str | None
    objection_grounds: str | None
    refusal_reasons: str | None
    recipient: str | None
    disclosure_override_reason: str | None
    activities: tuple[str, ...] | None = None
    late_extension_reason: str | None = None
    # translations of texts recorded in the request's language (a letter in the other one)
    translations: tuple[tuple[str, str], ...] = ()
    # the linked requests answered in the same mailing (one PDF, kept in each file)
    with_linked: bool = False
    # the means of identification chosen for a request for identity recorded without any
    id_means: tuple[str, ...] = ()


def fit_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken between words into lines no wider than ``width`` (a check box's text
    does not wrap by itself)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            longer = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(longer) > width:
                lines.append(line)
                line = word
            else:
                line = longer
        lines.append(line)
    return "\n".join(lines)


def activity_names(session: AppSession, entity: str) -> list[str]:
    """Runs on the DB worker: the names of the entity's register activities, in order."""
    return [view.name for view in list_activities(session.uow(), entity)]


def build_pdf(session: AppSession, reference: str, choice: LetterChoice) -> bytes:
    """Runs on the DB worker: the preview as ``issue_letter`` would write it (rules, values;
    the mailing's one PDF with the linked requests), rendered in memory, nothing kept."""
    return preview_letter(
        session.uow,
        reference,
        choice.kind,
        choice.lang,
        signer=choice.signer,
        registered_number=choice.registered_number,
        objection_grounds=choice.objection_grounds,
        disclosure_override_reason=choice.disclosure_override_reason,
        refusal_reasons=choice.refusal_reasons,
        recipient=choice.recipient,
        activities=choice.activities,
        late_extension_reason=choice.late_extension_reason,
        translations=dict(choice.translations),
        with_linked=choice.with_linked,
        id_means=choice.id_means,
    )


def issue(
    session: AppSession, reference: str, choice: LetterChoice, sent: Sending | None
) -> IssuedLetter:
    """Runs on the DB worker: the one path of every letter (``issue_letter``): kept encrypted in
    the request's file and audited, with its sending when ``sent`` says so. The means of
    identification chosen for an ask recorded without any are recorded first (audited)."""
    if choice.id_means:
        record_id_means(session.uow(), reference, choice.id_means)
    return issue_letter(
        session.uow,
        session.document_store(),
        reference,
        choice.kind,
        choice.lang,
        sent=sent,
        signer=choice.signer,
        registered_number=choice.registered_number,
        objection_grounds=choice.objection_grounds,
        disclosure_override_reason=choice.disclosure_override_reason,
        refusal_reasons=choice.refusal_reasons,
        recipient=choice.recipient,
        activities=choice.activities,
        late_extension_reason=choice.late_extension_reason,
        translations=dict(choice.translations),
        with_linked=choice.with_linked,
    )


def mark_kept_sent(
    session: AppSession, reference: str, document_id: str, sent: Sending
) -> LetterView:
    """Runs on the DB worker: the letter kept when it was printed or saved was sent."""
    return mark_letter_sent(session.uow(), reference, document_id, sent)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw every page of ``document`` on ``printer`` at the printer's resolution."""
    painter = QPainter()
    if not painter.begin(printer):
        raise DsrError(
            QCoreApplication.translate("LetterDialog", "The printer could not be started.")
        )
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            target = painter.viewport()
            scale = min(target.width() / size.width(), target.height() / size.height())
            painter.drawImage(
                QRectF(0, 0, size.width() * scale, size.height() * scale), image, image.rect()
            )
    finally:
        painter.end()


class MarkSentDialog(QDialog):
    """How and when the letter left the office."""

    def __init__(
        self,
        *,
        received_on: date,
        today: date,
        registered: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the letter as sent"))
        self.channel = QComboBox()
        self.channel.setObjectName("sentChannel")
        for channel in CHANNEL_WORDS:
            self.channel.addItem(channel_words(channel), channel.value)
        if registered:
            self.channel.setCurrentIndex(self.channel.findData(SendChannel.REGISTERED_POST.value))
        self.sent_on = date_edit(today, received_on, today)
        self.sent_on.setObjectName("sentOn")
        intro = QLabel(
            self.tr(
                "A copy of this letter is kept, encrypted, in the request's file, and the audit "
                "log records how and when it was sent."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sent by:"), self.channel)
        form.addRow(self.tr("Sent on:"), self.sent_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Keep as sent"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[SendChannel, date]:
        return SendChannel(self.channel.currentData()), date_of(self.sent_on)


class LetterDialog(QDialog):
    """Preview, print, save and record the letters of one request."""

    preview_ready = Signal()  # a new preview is on screen (or its refusal is)
    kept = Signal(object)  # DocumentView of the copy kept when the letter was printed or saved
    sent = Signal(object)  # DocumentView of the copy recorded as sent

    def __init__(
        self,
        session: AppSession,
        ops: Ops,
        detail: RequestDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Letters — {reference}").format(reference=detail.reference))
        resize_to_screen(self, 1100, 820)  # fits a 1366×768 screen: shrinks to it
        self._session, self._ops, self.detail, self._today = session, ops, detail, today
        self._preview = Latest(ops, self)  # the newest preview wins
        self._pdf: bytes | None = None
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.mark_dialog: MarkSentDialog | None = None
        # the letter issued for these fields (kept in the request's file), and whether its
        # sending was recorded
        self._issued: tuple[LetterChoice, IssuedLetter] | None = None
        self._issued_sent = False

        self.kind = QComboBox()
        self.kind.setObjectName("letterKind")
        for kind in KIND_WORDS:
            self.kind.addItem(kind_words(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(suggested_kind(detail).value))
        self.lang = QComboBox()
        self.lang.setObjectName("letterLang")
        for code, words in LANGUAGE_WORDS.items():
            self.lang.addItem(words, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(detail.requester_language)))
        self.signer = QLineEdit()
        self.signer.setMaxLength(MAX_NAME)
        self.signer.setPlaceholderText(self.tr("your display name"))
        self.registered = QLineEdit()
        self.registered.setMaxLength(MAX_NAME)
        self.registered.setObjectName("registeredNumber")
        self.registered.setPlaceholderText(self.tr("e.g. 1A 234 567 8901 2"))
        self.grounds = self._text_field(
            self.tr("The balancing test: why the objection is upheld or not…")
        )
        self.reasons = self._text_field(self.tr("Reasons of the partial refusal…"))
        self.recipient = self._text_field(self.tr("Name\nAddress lines…"))
        self.override_reason = self._text_field(
            self.tr(
                "Why the data may be disclosed although the identity is not verified (audited)…"
            )
        )
        self.late_reason = self._text_field(
            self.tr("Why the extension is told after its notice date (audited)…")
        )
        # The register activities that concern this requester: staff tick them (none is
        # ticked for them); the access answer's annex lists only those (Art. 15(1)).
        self.activities = QListWidget()
        self.activities.setObjectName("letterActivities")
        self.activities.setFixedHeight(110)
        self.activities.setToolTip(
            self.tr("Tick the processing activities that concern this requester.")
        )
        # Other rights asked in the same message: answered in the same mailing if staff say so
        # (unchecked: each request's letter is written on its own).
        references = ", ".join(linked.reference for linked in detail.linked)
        self.with_linked = QCheckBox()
        self.with_linked.setObjectName("letterWithLinked")
        self._fit_text(
            self.with_linked,
            self.tr("Answer the linked requests in the same mailing\n({references})").format(
                references=references
            ),
        )
        self.with_linked.setToolTip(
            self.tr(
                "One PDF holding a letter for each of these requests; a copy is kept in each "
                "request's file."
            )
        )
        # A request for identity recorded without the means the requester may send (asked
        # before they were recorded): chosen here, least intrusive first, none ticked for them.
        self.means_label = QLabel(self.tr("The requester may send (least intrusive first):"))
        self.means_label.setWordWrap(True)
        self.means_box = QWidget()
        self.means_box.setObjectName("letterIdMeans")
        means_layout = QVBoxLayout(self.means_box)
        means_layout.setContentsMargins(MEANS_INDENT, 0, 0, 0)
        self.means: dict[IdMeans, QCheckBox] = {}
        for means in PROPORTIONATE_MEANS:
            words = MEANS_WORDS.get(means, MEANS_LABELS[means])
            box = QCheckBox()
            box.setObjectName(f"letterMeans-{means.value}")
            self._fit_text(
                box, QCoreApplication.translate("AskInformationDialog", words), indent=MEANS_INDENT
            )
            box.toggled.connect(self._changed)
            means_layout.addWidget(box)
            self.means[means] = box
        self.form = QFormLayout()
        self.form.addRow(self.tr("Letter:"), self.kind)
        self.form.addRow(self.tr("Language:"), self.lang)
        self.form.addRow(self.with_linked)
        self.form.addRow(self.means_label)
        self.form.addRow(self.means_box)
        self.form.addRow(self.tr("Signed by:"), self.signer)
        self.form.addRow(self.tr("Registered mail n°:"), self.registered)
        self.form.addRow(self.tr("Balancing test:"), self.grounds)
        self.form.addRow(self.tr("Partial refusal:"), self.reasons)
        self.form.addRow(self.tr("Addressee:"), self.recipient)
        self.form.addRow(self.tr("Disclose anyway:"), self.override_reason)
        self.form.addRow(self.tr("Activities concerned:"), self.activities)
        self.form.addRow(self.tr("Late extension:"), self.late_reason)
        # What was recorded in the request's language, translated for a letter in the other
        # one: a letter never mixes two languages.
        self.translations_box = QWidget()
        self.translations_box.setObjectName("letterTranslations")
        box_form = QFormLayout(self.translations_box)
        box_form.setContentsMargins(0, 0, 0, 0)
        self.translations: dict[str, QPlainTextEdit] = {}
        for name, original in recorded_texts(detail).items():
            edit = self._text_field(self.tr("Translation of: %s") % original[:80])
            edit.setObjectName(f"translation-{name}")
            edit.setToolTip(original)
            box_form.addRow(QCoreApplication.translate("LetterDialog", RECORDED_TEXTS[name]), edit)
            self.translations[name] = edit
        self.form.addRow(self.tr("Translations:"), self.translations_box)

        self.error = QLabel()
        self.error.setObjectName("letterError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(NOTE_STYLE)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveButton")
        self.sent_button = QPushButton(self.tr("Mark as sent…"))
        self.sent_button.setObjectName("sentButton")
        close = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        self.sent_button.clicked.connect(self.ask_sent)
        close.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.error)
        left.addWidget(self.status)
        left.addStretch(1)
        for button in (self.print_button, self.save_button, self.sent_button):
            left.addWidget(button)
        left.addWidget(close)
        panel = QWidget()
        panel.setLayout(left)
        panel.setFixedWidth(PANEL_WIDTH)

        self.view = QPdfView()
        self.view.setObjectName("letterPreview")
        self.view.setAccessibleName(
            QCoreApplication.translate("LetterDialog", "Preview of the letter")
        )
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.kind, self.lang):
            combo.currentIndexChanged.connect(self._changed)
        for line in (self.signer, self.registered):
            line.textChanged.connect(self._changed)
        self.with_linked.toggled.connect(self._changed)
        for text in (
            self.grounds,
            self.reasons,
            self.recipient,
            self.override_reason,
            self.late_reason,
            *self.translations.values(),
        ):
            text.textChanged.connect(self._changed)
        self.activities.itemChanged.connect(lambda _item: self._changed())
        self._show_fields()
        self._set_ready(False)
        self.refresh()
        ops.run(
            activity_names,
            session,
            detail.entity,
            receiver=self,
            on_done=self._set_activities,
            on_error=self._preview_failed,
        )

    def _set_activities(self, names: list[str]) -> None:
        self.activities.blockSignals(True)
        self.activities.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)  # none preselected
            self.activities.addItem(item)
        self.activities.blockSignals(False)

    def chosen_activities(self) -> tuple[str, ...]:
        items = (self.activities.item(row) for row in range(self.activities.count()))
        return tuple(
            item.text()
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )

    # -- fields -------------------------------------------------------------------------------

    def _fit_text(self, box: QCheckBox, text: str, indent: int = 0) -> None:
        """A check box's text on as many lines as the fields' column needs (full text as its
        tip too)."""
        style = box.style()
        mark = style.pixelMetric(style.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            style.PixelMetric.PM_CheckBoxLabelSpacing
        )
        width = PANEL_WIDTH - 2 * 11 - indent - mark - 8  # the panel's margins, some slack
        box.setText(fit_lines(text, box.fontMetrics(), width))
        if box.toolTip() == "":
            box.setToolTip(text.replace("\n", " "))

    @staticmethod
    def _text_field(placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        cap_plain_text(edit, MAX_REASON)  # grounds, reasons, addressee: as the service
        return edit

    def choice(self) -> LetterChoice:
        def text(edit: QPlainTextEdit) -> str | None:
            return edit.toPlainText().strip() or None if edit.isVisibleTo(self) else None

        return LetterChoice(
            kind=LetterKind(self.kind.currentData()),
            lang=str(self.lang.currentData()),
            signer=self.signer.text().strip() or None,
            registered_number=self.registered.text().strip() or None,
            objection_grounds=text(self.grounds),
            refusal_reasons=text(self.reasons),
            recipient=text(self.recipient),
            disclosure_override_reason=text(self.override_reason),
            activities=self.chosen_activities(),
            late_extension_reason=text(self.late_reason),
            translations=tuple(
                (name, given) for name, edit in self.translations.items() if (given := text(edit))
            )
            if self.translations_box.isVisibleTo(self)
            else (),
            with_linked=bool(self.detail.linked) and self.with_linked.isChecked(),
            id_means=self.chosen_means(),
        )

    def means_asked(self) -> bool:
        """Whether the letter is an ID request on an ask recorded without the means the
        requester may send (the dialog then offers them)."""
        if LetterKind(self.kind.currentData()) is not LetterKind.ID_REQUEST:
            return False
        ask = latest_suspension(self.detail, "identity")
        return ask is not None and not ask.means

    def chosen_means(self) -> tuple[str, ...]:
        """The means ticked (least intrusive first) when they are asked, else none."""
        if not self.means_asked():
            return ()
        return tuple(m.value for m, box in self.means.items() if box.isChecked())

    def means_missing(self) -> str | None:
        """Why the letter cannot be written yet: no means ticked (None: nothing missing)."""
        if not self.means_asked() or self.chosen_means():
            return None
        return self.tr(
            "The request for identity does not say what the requester may send. Tick the "
            "means offered, the least intrusive that suffice (EDPB Guidelines 01/2022): they "
            "are recorded with the request for identity when the letter is printed, saved or "
            "sent."
        )

    def _show_fields(self) -> None:
        """Show the texts this kind of letter asks for (the letters' answer, ``asked_fields``)."""
        asked = asked_fields_on(self.detail, LetterKind(self.kind.currentData()), self._today)
        fields: dict[QWidget, LetterField] = {
            self.grounds: LetterField.OBJECTION_GROUNDS,
            self.reasons: LetterField.REFUSAL_REASONS,
            self.recipient: LetterField.RECIPIENT,
            self.override_reason: LetterField.DISCLOSURE_OVERRIDE,
            self.activities: LetterField.ACTIVITIES,
            self.late_reason: LetterField.LATE_EXTENSION,
        }
        for widget, field in fields.items():
            self.form.setRowVisible(widget, field in asked)
        asked_translations = translations_asked(self.detail, str(self.lang.currentData()))
        self.form.setRowVisible(self.translations_box, bool(asked_translations))
        self.form.setRowVisible(self.with_linked, bool(self.detail.linked))
        means = self.means_asked()
        self.form.setRowVisible(self.means_label, means)
        self.form.setRowVisible(self.means_box, means)

    def _changed(self) -> None:
        self._show_fields()
        self._set_ready(False)
        self.status.setText(self.tr("Updating the preview…"))
        self._timer.start()

    # -- preview ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Prepare and render the letter on the worker; the newest answer wins."""
        self._timer.stop()
        missing = self.means_missing()
        if missing is not None:  # nothing to preview yet: say why
            self._preview.drop()
            self._refused(missing)
            return
        self._preview.run(
            build_pdf,
            self._session,
            self.detail.reference,
            self.choice(),
            on_done=self._preview_ready,
            on_error=self._preview_failed,
        )

    def _preview_ready(self, pdf: bytes) -> None:
        self._load(pdf)
        self.error.hide()
        pages = self.document.pageCount()
        self.status.setText(
            self.tr("1 page — ready to print or send.")
            if pages == 1
            else self.tr("{n} pages — ready to print or send.").format(n=pages)
        )
        self._set_ready(pages > 0)
        self.preview_ready.emit()

    def _preview_failed(self, error: DsrError) -> None:
        self._refused(str(error))

    def _refused(self, why: str) -> None:
        """No letter can be written as the fields are: say why in place of the preview."""
        self._unload()
        self.error.setText(why)
        self.error.show()
        self.status.setText(self.tr("Nothing can be printed or sent until this is resolved."))
        self._set_ready(False)
        self.preview_ready.emit()

    def _load(self, pdf: bytes) -> None:
        self._unload()
        self._pdf = pdf
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _unload(self) -> None:
        self.document.close()
        self._pdf = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _set_ready(self, ready: bool) -> None:
        for button in (self.print_button, self.save_button, self.sent_button):
            button.setEnabled(ready)

    @property
    def pdf(self) -> bytes | None:
        """The letter as previewed (None while it cannot be written)."""
        return self._pdf

    # -- output -------------------------------------------------------------------------------

    def _with_issued(self, then: Callable[[LetterChoice, IssuedLetter], None]) -> None:
        """Issue the letter of the current fields (kept and audited) unless that was done
        already, then call ``then``."""
        choice = self.choice()
        if self._issued is not None and self._issued[0] == choice:
            then(*self._issued)
            return

        def done(issued: IssuedLetter) -> None:
            self._issued, self._issued_sent = (choice, issued), False
            self._means_recorded(choice)
            self.kept.emit(issued.document)
            then(choice, issued)

        self._ops.run(
            issue,
            self._session,
            self.detail.reference,
            choice,
            None,
            receiver=self,
            on_done=done,
            on_error=self._failed,
        )

    def _means_recorded(self, choice: LetterChoice) -> None:
        """The means chosen are now recorded with the ask: they are not changed afterwards."""
        if not choice.id_means:
            return
        for box in self.means.values():
            box.setEnabled(False)
            box.setToolTip(self.tr("Recorded with the request for identity."))

    def _failed(self, error: DsrError) -> None:
        self.error.setText(str(error))
        self.error.show()

    def print_letter(self) -> None:
        self.print_issued(self._chosen_printer)

    def print_issued(self, printer_for: Callable[[], QPrinter | None]) -> None:
        """Issue the letter (kept, audited), then print it on the printer chosen."""

        def go(_choice: LetterChoice, _issued: IssuedLetter) -> None:
            printer = printer_for()
            if printer is not None:
                self.print_to(printer)

        self._with_issued(go)

    def _chosen_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(
            self.tr("Print the letter — {reference}").format(reference=self.detail.reference)
        )
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_to(self, printer: QPrinter) -> None:
        print_pdf(self.document, printer)
        self.status.setText(self.tr("Sent to the printer."))

    def save_letter(self) -> None:
        self.save_issued(self._chosen_target)

    def save_issued(self, target_for: Callable[[LetterChoice], Path | None]) -> None:
        """Issue the letter (kept, audited), then save a copy where the user chooses."""

        def go(choice: LetterChoice, issued: IssuedLetter) -> None:
            target = target_for(choice)
            if target is not None:
                self.save_to(target, issued.pdf)

        self._with_issued(go)

    def _chosen_target(self, choice: LetterChoice) -> Path | None:
        name = f"{self.detail.reference}-{choice.kind.value}-{choice.lang}.pdf"
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter as PDF"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        return Path(target) if target else None

    def save_to(self, target: Path, pdf: bytes | None = None) -> None:
        content = pdf if pdf is not None else self._pdf
        if content is None:
            return
        try:
            write_private(target, content, data_dir=self._session.data_dir)
        except DsrError as problem:
            self.error.setText(str(problem))
            self.error.show()
            return
        self.status.setText(self.tr("Saved as {name}.").format(name=target.name))

    def ask_sent(self) -> None:
        dialog = MarkSentDialog(
            received_on=self.detail.received_on,
            today=self._today,
            registered=bool(self.registered.text().strip()),
            parent=self,
        )
        self.mark_dialog = dialog

        def accepted() -> None:
            channel, sent_on = dialog.values()
            self.mark_sent(channel, sent_on)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def mark_sent(self, channel: SendChannel, sent_on: date) -> None:
        """Record the sending: of the copy kept when this letter was printed or saved, else
        issue the letter as sent (kept encrypted in the request's file, audited)."""
        registered = channel is SendChannel.REGISTERED_POST
        sent = Sending(
            channel, sent_on, self.registered.text().strip() or None if registered else None
        )

        def done(document: DocumentView) -> None:
            self._issued_sent = True
            self.status.setText(
                self.tr("Kept in the request's file as sent on {day} ({channel}).").format(
                    day=fmt_date(sent_on), channel=channel_words(channel).lower()
                )
            )
            self.sent.emit(document)

        choice = self.choice()
        if self._issued is not None and self._issued[0] == choice and not self._issued_sent:
            document = self._issued[1].document
            self._ops.run(
                mark_kept_sent,
                self._session,
                self.detail.reference,
                document.document_id,
                sent,
                receiver=self,
                on_done=lambda _letter: done(document),
                on_error=self._failed,
            )
            return

        def issued(letter: IssuedLetter) -> None:
            self._issued = (choice, letter)
            self._means_recorded(choice)
            done(letter.document)

        self._ops.run(
            issue,
            self._session,
            self.detail.reference,
            choice,
            sent,
            receiver=self,
            on_done=issued,
            on_error=self._failed,
        )

    def done(self, result: int) -> None:
        """Closing drops the letter (personal data) from memory."""
        self._timer.stop()
        self._preview.drop()
        self._unload()
        super().done(result)
