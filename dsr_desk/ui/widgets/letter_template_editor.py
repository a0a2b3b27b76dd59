"""An entity's own wording for its letters: one kind and one language at a time.

The text is the wording file format (``Subject:`` line, paragraphs, ``{placeholders}``, see
:mod:`dsr_desk.letters.wording`). The list beside it shows the placeholders this kind of
letter can use (double-click inserts one); the preview renders a fictitious request with the
text as typed. "Save" keeps it for this entity (audited), "Reset to default" goes back to
DSR Desk's wording. The legal sentences (CNIL complaint and judicial remedy in refusals, the
Art. 15 annex, "the French version prevails") are added outside this text and cannot be
removed here.

Settings shows one editor for the selected entity (``set_entity``); unsaved edits are never
dropped silently: choosing another kind or language asks first, and Settings asks before
showing another entity (``is_dirty``). The preview follows changes to the entity (letterhead,
logo, processing register) made elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.changes import Changes
from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.limits import MAX_NOTE
from dsr_desk.letters.context import EntityLetterView
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.letters.render import render_letter
from dsr_desk.letters.samples import sample_letter
from dsr_desk.services.letters import (
    LetterTemplateView,
    WordingView,
    check_wording,
    entity_view,
    letter_template,
    reset_letter_override,
    save_letter_override,
)
from dsr_desk.ui.dialogs.letter_dialog import KIND_WORDS, kind_words
from dsr_desk.ui.dialogs.request_action_dialog import ERROR_STYLE, LANGUAGE_WORDS, NOTE_STYLE
from dsr_desk.ui.freshness import Freshness
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.placeholder_words import meaning_words
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.text_limits import cap_plain_text

PREVIEW_DELAY_MS = 400


def _load(session: AppSession, entity_name: str, kind: LetterKind, lang: str) -> LetterTemplateView:
    """Runs on the DB worker: the editor's one read."""
    return letter_template(session.uow(), entity_name, kind, lang)


def _preview(
    session: AppSession, entity: EntityLetterView, kind: LetterKind, lang: str, text: str
) -> bytes:
    """Runs on the worker: the wording as typed, on a fictitious request."""
    check_wording(kind, text)
    return render_letter(sample_letter(entity, kind, lang, session.clock.today(), text))


def _run(session: AppSession, service: Callable[..., WordingView], *args: object) -> WordingView:
    """Runs on the DB worker: a fresh unit of work, then the service."""
    return service(session.uow(), *args)


class LetterTemplateEditor(QWidget):
    """Edit one entity's wording for one letter kind and language, with a live preview."""

    loaded = Signal()  # the wording in force is in the editor
    preview_ready = Signal()  # the preview (or the reason there is none) is on screen
    saved = Signal()

    def __init__(
        self,
        session: AppSession,
        ops: Ops,
        entity_name: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterTemplateEditor")
        self._session, self._ops = session, ops
        self.entity_name: str | None = entity_name
        self._entity: EntityLetterView | None = None
        self._wording: WordingView | None = None
        # One answer at a time: a new load or preview drops those still on their way.
        self._latest = Latest(ops, self)
        self._loading = False  # a load of the wording is under way
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)

        self.kind = QComboBox()
        self.kind.setObjectName("templateKind")
        # the longest kind (in French, 67 characters) must not widen the Settings page
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(28)
        for kind in KIND_WORDS:
            self.kind.addItem(kind_words(kind), kind.value)
        self.lang = QComboBox()
        self.lang.setObjectName("templateLang")
        for code, words in LANGUAGE_WORDS.items():
            self.lang.addItem(words, code)
        self.origin = QLabel()
        self.origin.setObjectName("templateOrigin")
        self.origin.setStyleSheet(NOTE_STYLE)
        self.origin.setWordWrap(True)  # layout only: fits a 1024 px window
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(18)  # its list shows the whole names
        kind_label = QLabel(self.tr("&Letter:"))
        kind_label.setBuddy(self.kind)
        lang_label = QLabel(self.tr("La&nguage:"))
        lang_label.setBuddy(self.lang)
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind, 1)
        top.addSpacing(8)
        top.addWidget(lang_label)
        top.addWidget(self.lang)
        top.addSpacing(8)
        top.addWidget(self.origin)
        self._shown_choice = (self.kind.currentIndex(), self.lang.currentIndex())

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateText")
        self.editor.setAccessibleName(self.tr("Letter wording"))
        self.editor.setTabChangesFocus(True)  # Tab moves on, as in every other text box
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        cap_plain_text(self.editor, MAX_NOTE)
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("templatePlaceholders")
        self.placeholders.setToolTip(self.tr("Double-click to insert at the cursor."))
        # each meaning whole, on more lines when narrow (1024 px, French): no sideways scroll
        self.placeholders.setWordWrap(True)
        self.placeholders.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholders.itemDoubleClicked.connect(self._insert_placeholder)
        hint = QLabel(
            self.tr(
                "First line 'Subject: …', a blank line, then the paragraphs (blank line between "
                "them; '- ' for a list, '> ' for quoted text). {name?} leaves a paragraph out "
                "when there is no value. Legal mentions are added automatically."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(NOTE_STYLE)
        self.error = QLabel()
        self.error.setObjectName("templateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save for this entity"))
        self.save_button.setObjectName("templateSave")
        self.reset_button = QPushButton(self.tr("Reset to default"))
        self.reset_button.setObjectName("templateReset")
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.editor, 3)
        placeholders_label = QLabel(self.tr("Placeholders:"))
        placeholders_label.setBuddy(self.placeholders)
        left_layout.addWidget(placeholders_label)
        left_layout.addWidget(self.placeholders, 1)
        left_layout.addWidget(hint)
        left_layout.addWidget(self.error)
        left_layout.addLayout(buttons)
        self.view = QPdfView()
        self.view.setObjectName("templatePreview")
        self.view.setAccessibleName(self.tr("Preview of the letter"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setSizes([520, 480])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.lang.currentIndexChanged.connect(self._choice_changed)
        self.editor.textChanged.connect(self._text_changed)
        self._freshness = Freshness(self, ops, self._shows, self._refresh_entity)
        self._set_enabled(False)
        if entity_name:
            self.reload()

    # -- loading ------------------------------------------------------------------------------

    def current_kind(self) -> LetterKind:
        return LetterKind(self.kind.currentData())

    def current_lang(self) -> str:
        return str(self.lang.currentData())

    def set_entity(self, name: str | None) -> None:
        """Show another entity's wording (None: no entity, an empty editor). Unsaved edits
        are dropped: the caller asks first (``is_dirty``)."""
        if name == self.entity_name and (self._wording is not None or self._loading or not name):
            return
        self.clear()
        self.entity_name = name
        if name:
            self.reload()

    def entity_renamed(self, name: str) -> None:
        """The entity shown was renamed: follow it, keeping the text being edited."""
        self.entity_name = name
        self._show_origin()

    def reload(self) -> None:
        """Load the wording in force for the chosen kind and language (the text typed so far
        is replaced)."""
        if not self.entity_name or not self._session.is_unlocked:
            return
        self._set_enabled(False)
        self._loading = True
        self._latest.run(
            _load,
            self._session,
            self.entity_name,
            self.current_kind(),
            self.current_lang(),
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _load_failed(self, error: DsrError) -> None:
        self._loading = False
        self._show_error(error)

    def clear(self) -> None:
        """Drop everything shown (on lock, or before another entity)."""
        self._latest.drop()
        self._timer.stop()
        self._entity = None
        self._wording = None
        self._freshness.mark_fresh()
        self._loading = False
        self.placeholders.clear()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.document.close()
        self.origin.clear()
        self.error.clear()
        self.error.hide()
        self._set_enabled(False)

    def is_dirty(self) -> bool:
        """True when the text differs from the wording in force (typed, not saved)."""
        wording = self._wording
        return wording is not None and self.editor.toPlainText().strip() != wording.text.strip()

    def confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to drop it."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved wording"),
            self.tr(
                "The wording of “{letter}” ({language}) has changes that are not saved. "
                "Discard them?"
            ).format(letter=self.kind.currentText(), language=self.lang.currentText()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _choice_changed(self, _index: int) -> None:
        choice = (self.kind.currentIndex(), self.lang.currentIndex())
        if choice == self._shown_choice:
            return
        if (
            self._wording is not None
            and self._wording_matches_previous()
            and not (self.confirm_discard())
        ):
            for combo, index in zip((self.kind, self.lang), self._shown_choice, strict=True):
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
            return
        self._shown_choice = choice
        self.reload()

    def _wording_matches_previous(self) -> bool:
        """The editor still holds the wording of the previous choice (not of a reload)."""
        kind_index, lang_index = self._shown_choice
        wording = self._wording
        return (
            wording is not None
            and wording.kind.value == self.kind.itemData(kind_index)
            and wording.lang == self.lang.itemData(lang_index)
        )

    def _shows(self, changes: Changes) -> bool:
        """The preview shows the entity's letterhead, logo and register (the editor's own
        writes, letter overrides, change none of them)."""
        return (changes.entities or changes.register) and self._entity is not None

    def _refresh_entity(self) -> None:
        """Fetch the entity again (letterhead, logo, register) and preview the text as it is."""
        name = self.entity_name
        if not name or self._entity is None or not self._session.is_unlocked:
            return

        def fetched(entity: EntityLetterView) -> None:
            if name == self.entity_name:
                self._entity = entity
                self.refresh_preview()

        self._latest.follow(
            lambda: entity_view(self._session.uow(), name),
            on_done=fetched,
            on_error=lambda _error: None,  # renamed or removed meanwhile: Settings follows
        )

    def _loaded(self, loaded: LetterTemplateView) -> None:
        self._loading = False
        self._entity = loaded.entity
        self._shown_choice = (self.kind.currentIndex(), self.lang.currentIndex())
        self._show_wording(loaded.wording)
        self.loaded.emit()

    def _show_wording(self, wording: WordingView) -> None:
        self._wording = wording
        self.placeholders.clear()
        for name, meaning in wording.placeholders.items():
            item = QListWidgetItem(f"{{{name}}} — {meaning_words(meaning)}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.editor.blockSignals(True)
        self.editor.setPlainText(wording.text)
        self.editor.blockSignals(False)
        self._show_origin()
        self._set_enabled(True)
        self.refresh_preview()

    def _show_origin(self) -> None:
        wording = self._wording
        if wording is None:
            return
        edited = self.editor.toPlainText().strip() != wording.text.strip()
        origin = (
            self.tr("{entity}'s wording").format(entity=wording.entity)
            if wording.is_override
            else self.tr("DSR Desk's wording")
        )
        self.origin.setText(
            self.tr("{origin} — edited, not saved").format(origin=origin) if edited else origin
        )
        self.reset_button.setEnabled(wording.is_override or edited)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.editor, self.save_button, self.reset_button):
            widget.setEnabled(enabled)

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        self.editor.insertPlainText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
        self.editor.setFocus()

    # -- preview ------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._show_origin()
        self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        if self._entity is None:
            return
        self._latest.run(
            _preview,
            self._session,
            self._entity,
            self.current_kind(),
            self.current_lang(),
            self.editor.toPlainText(),
            on_done=self._preview_ready,
            on_error=self._preview_failed,
        )

    def _preview_ready(self, pdf: bytes) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.error.hide()
        self.save_button.setEnabled(True)
        self.preview_ready.emit()

    def _preview_failed(self, error: DsrError) -> None:
        self.document.close()
        self._show_error(error)
        self.save_button.setEnabled(False)  # a wording that cannot be rendered is not kept
        self.preview_ready.emit()

    def _show_error(self, error: DsrError) -> None:
        self.error.setText(str(error))
        self.error.show()

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.entity_name:
            return
        self._write(
            save_letter_override,
            self.entity_name,
            self.current_kind(),
            self.current_lang(),
            self.editor.toPlainText(),
        )

    def reset(self) -> None:
        wording = self._wording
        if wording is not None and not wording.is_override:
            self.editor.setPlainText(wording.default_text)  # only unsaved edits to drop
            return
        if self.entity_name:
            self._write(
                reset_letter_override, self.entity_name, self.current_kind(), self.current_lang()
            )

    def _write(self, service: Callable[..., WordingView], *args: object) -> None:
        self._set_enabled(False)

        def done(wording: WordingView) -> None:
            self._show_wording(wording)
            self.saved.emit()

        def failed(error: DsrError) -> None:
            self._show_error(error)
            self._set_enabled(True)

        self._ops.run(
            _run, self._session, service, *args, receiver=self, on_done=done, on_error=failed
        )
