"""The form for one entity (letterhead, holiday calendar, deadline policy, retention).

Used by the first-run wizard (without the retention and logo rows) and by Settings →
Entities. ``values()`` gives keyword arguments for ``create_entity`` / ``update_entity``;
``validate()`` checks them with the domain rules and the holiday calendar and shows the
problem inline. A logo chosen here is checked at once (a real PNG or JPEG that letters can
print, at most 1 MB) and kept in the form until the entity is saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QByteArray, QCoreApplication, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain import limits
from dsr_desk.domain.calendar import calendar_for
from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.entities import (
    LOGO_MAX_BYTES,
    OBJECTION_RETENTION_MAX_YEARS,
    RECORD_RETENTION_DEFAULT_YEARS,
    RECORD_RETENTION_MAX_YEARS,
    Entity,
    Role,
)
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.rights import DEFAULT_ON_HOLD_MONTHS, DEFAULT_WITHOUT_DELAY_DAYS
from dsr_desk.letters.logo import check_logo, too_big_error
from dsr_desk.ui.text_limits import cap_plain_text
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.widgets.labels import whole_example

COUNTRIES: Final = (
    ("FR", QT_TRANSLATE_NOOP("EntityForm", "France")),
    ("BE", QT_TRANSLATE_NOOP("EntityForm", "Belgium")),
    ("LU", QT_TRANSLATE_NOOP("EntityForm", "Luxembourg")),
    ("DE", QT_TRANSLATE_NOOP("EntityForm", "Germany")),
    ("AT", QT_TRANSLATE_NOOP("EntityForm", "Austria")),
    ("ES", QT_TRANSLATE_NOOP("EntityForm", "Spain")),
    ("PT", QT_TRANSLATE_NOOP("EntityForm", "Portugal")),
    ("IT", QT_TRANSLATE_NOOP("EntityForm", "Italy")),
    ("NL", QT_TRANSLATE_NOOP("EntityForm", "Netherlands")),
    ("IE", QT_TRANSLATE_NOOP("EntityForm", "Ireland")),
)
ROLE_LABELS: Final = {
    Role.CONTROLLER: QT_TRANSLATE_NOOP(
        "EntityForm", "Controller — decides why and how the data is processed"
    ),
    Role.PROCESSOR: QT_TRANSLATE_NOOP(
        "EntityForm", "Processor — processes data for a client (Art. 28)"
    ),
}
POLICY_LABELS: Final = {
    SuspensionPolicy.RESTART: QT_TRANSLATE_NOOP(
        "EntityForm", "Restart the month when the information arrives"
    ),
    SuspensionPolicy.PAUSE: QT_TRANSLATE_NOOP("EntityForm", "Pause: add the days spent waiting"),
}
NAME_MAX_CHARS: Final = limits.MAX_NAME
SUBDIVISION_MAX_CHARS: Final = 16
_MAX_CODES_SHOWN: Final = 12
ERROR_STYLE: Final = "color: #b3261e;"
OK_STYLE: Final = "color: #2e6b30;"
MUTED_STYLE: Final = "color: #5f6368;"
LOGO_PREVIEW: Final = QSize(180, 60)
LOGO_FILTER: Final = QT_TRANSLATE_NOOP(
    "EntityForm", "PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)"
)


def _short_calendar_message(message: str) -> str:
    """Unknown-subdivision messages list every code (Italy has 114): keep the first few."""
    head, sep, known = message.partition(QCoreApplication.translate("EntityForm", "; known: "))
    codes = known.rstrip(".").split(", ")
    if not sep or len(codes) <= _MAX_CODES_SHOWN:
        return message
    return QCoreApplication.translate("EntityForm", "{head}; known: {codes}, …").format(
        head=head, codes=", ".join(codes[:_MAX_CODES_SHOWN])
    )


class EntityForm(QWidget):
    """Edit one entity; nothing is saved here (the caller runs the service)."""

    edited = Signal()

    def __init__(
        self,
        *,
        with_retention: bool = False,
        with_logo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._with_retention = with_retention
        self._with_logo = with_logo
        self._logo: bytes | None = None

        self.name_edit = QLineEdit(
            placeholderText=QCoreApplication.translate("EntityForm", "e.g. Groupe Scolaire Exemple")
        )
        self.name_edit.setMaxLength(NAME_MAX_CHARS)
        self.name_edit.setObjectName("entityName")
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("entityAddress")
        self.address_edit.setPlaceholderText(
            QCoreApplication.translate("EntityForm", "Street\nPostcode and town")
        )
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        cap_plain_text(self.address_edit, limits.MAX_ADDRESS)
        self.dpo_edit = QLineEdit(
            placeholderText=QCoreApplication.translate(
                "EntityForm", "e.g. dpo@exemple.fr or DPO, 12 rue …"
            )
        )
        self.dpo_edit.setMaxLength(limits.MAX_ADDRESS)
        self.dpo_edit.setObjectName("entityDpo")
        # The title under the signature of letters, unless the user set their own.
        self.signer_title_edit = QLineEdit()
        self.signer_title_edit.setPlaceholderText(
            QCoreApplication.translate("EntityForm", "e.g. Le délégué à la protection des données")
        )
        self.signer_title_edit.setMaxLength(limits.MAX_NAME)
        self.signer_title_edit.setObjectName("entitySignerTitle")

        self.country_combo = QComboBox()
        self.country_combo.setObjectName("entityCountry")
        for code, label in COUNTRIES:
            self.country_combo.addItem(
                f"{QCoreApplication.translate('EntityForm', label)} ({code})", code
            )
        self.subdivision_edit = QLineEdit(
            placeholderText=QCoreApplication.translate(
                "EntityForm", "optional — e.g. 57 (Moselle), 6AE (Alsace)"
            )
        )
        self.subdivision_edit.setObjectName("entitySubdivision")
        self.subdivision_edit.setMaxLength(SUBDIVISION_MAX_CHARS)
        self.calendar_label = QLabel()
        self.calendar_label.setObjectName("entityCalendar")
        self.calendar_label.setWordWrap(True)

        self.role_combo = QComboBox()
        self.role_combo.setObjectName("entityRole")
        for role, label in ROLE_LABELS.items():
            self.role_combo.addItem(QCoreApplication.translate("EntityForm", label), role)
        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("entityPolicy")
        for policy, label in POLICY_LABELS.items():
            self.policy_combo.addItem(QCoreApplication.translate("EntityForm", label), policy)
        self.policy_combo.setToolTip(
            QCoreApplication.translate(
                "EntityForm",
                "While you wait for an ID or a clarification (Art. 12(6)), the one-month period "
                "either starts again when the information arrives, or is paused and resumed.",
            )
        )

        for example in (self.name_edit, self.dpo_edit, self.signer_title_edit):
            whole_example(example)
        whole_example(self.subdivision_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # labels above their fields when the window is narrow (1024 px, French labels)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("EntityForm", "&Name"), self.name_edit)
        form.addRow(QCoreApplication.translate("EntityForm", "Postal &address"), self.address_edit)
        form.addRow(QCoreApplication.translate("EntityForm", "&DPO contact"), self.dpo_edit)
        logo_cell = self._build_logo_cell()
        if with_logo:
            logo_label = QLabel(QCoreApplication.translate("EntityForm", "Letterhead &logo"))
            logo_label.setBuddy(self.logo_choose_button)
            form.addRow(logo_label, logo_cell)
        form.addRow(QCoreApplication.translate("EntityForm", "&Country"), self.country_combo)
        subdivision_cell = QWidget()
        subdivision_layout = QVBoxLayout(subdivision_cell)
        subdivision_layout.setContentsMargins(0, 0, 0, 0)
        subdivision_layout.setSpacing(3)
        subdivision_layout.addWidget(self.subdivision_edit)
        subdivision_layout.addWidget(self.calendar_label)
        subdivision_label = QLabel(QCoreApplication.translate("EntityForm", "&Holiday subdivision"))
        subdivision_label.setBuddy(self.subdivision_edit)
        form.addRow(subdivision_label, subdivision_cell)
        form.addRow(QCoreApplication.translate("EntityForm", "&Role"), self.role_combo)
        form.addRow(
            QCoreApplication.translate("EntityForm", "While &waiting for ID"), self.policy_combo
        )

        self.access_years = QSpinBox(minimum=0, maximum=10, suffix=self.tr(" year(s)"))
        self.access_years.setObjectName("retentionAccess")
        self.objection_years = QSpinBox(
            minimum=1, maximum=OBJECTION_RETENTION_MAX_YEARS, suffix=self.tr(" year(s)")
        )
        self.objection_years.setObjectName("retentionObjection")
        self.other_years = QSpinBox(minimum=0, maximum=10, suffix=self.tr(" year(s)"))
        self.other_years.setObjectName("retentionOther")
        self.records_years = QSpinBox(
            minimum=1, maximum=RECORD_RETENTION_MAX_YEARS, suffix=self.tr(" year(s)")
        )
        self.records_years.setObjectName("retentionRecords")
        self.records_years.setValue(RECORD_RETENTION_DEFAULT_YEARS)
        self.without_delay_days = QSpinBox(minimum=1, maximum=30, suffix=self.tr(" working day(s)"))
        self.without_delay_days.setObjectName("withoutDelayDays")
        self.without_delay_days.setValue(DEFAULT_WITHOUT_DELAY_DAYS)
        self.on_hold_months = QSpinBox(minimum=1, maximum=24, suffix=self.tr(" month(s)"))
        self.on_hold_months.setObjectName("onHoldMonths")
        self.on_hold_months.setValue(DEFAULT_ON_HOLD_MONTHS)
        self.minimisation_check = QCheckBox(
            QCoreApplication.translate(
                "EntityForm", "Minimisation: record the identity check only, keep no copy"
            )
        )
        self.minimisation_check.setObjectName("entityMinimisation")
        for spin in (self.access_years, self.objection_years, self.other_years, self.records_years):
            spin.setMaximumWidth(
                spin.fontMetrics().horizontalAdvance(
                    QCoreApplication.translate("EntityForm", "10 year(s)")
                )
                + 48
            )
        if with_retention:
            form.addRow(
                QCoreApplication.translate("EntityForm", "Letters &signed as"),
                self.signer_title_edit,
            )
            form.addRow(
                QLabel(QCoreApplication.translate("EntityForm", "<b>Keeping ID copies</b>"))
            )
            form.addRow(
                QCoreApplication.translate("EntityForm", "Access, rectification"), self.access_years
            )
            form.addRow(
                QCoreApplication.translate("EntityForm", "Objection, opt-out"), self.objection_years
            )
            form.addRow(
                QCoreApplication.translate("EntityForm", "Other requests"), self.other_years
            )
            form.addRow("", self.minimisation_check)
            form.addRow(QLabel(self.tr("<b>Answering</b>")))
            form.addRow(self.tr("'Without delay' means"), self.without_delay_days)
            form.addRow(self.tr("Flag as on hold too long after"), self.on_hold_months)
            self.without_delay_days.setToolTip(
                self.tr(
                    "A marketing opt-out is acted on without delay (Art. 21(3)): its due date "
                    "is this many working days after the receipt."
                )
            )
            self.on_hold_months.setToolTip(
                self.tr(
                    "A request waiting for the requester (ID, clarification, fee) longer than "
                    "this is flagged in the register, and its closure for lack of reply is "
                    "proposed."
                )
            )
            form.addRow(QLabel(self.tr("<b>Keeping request records</b>")))
            form.addRow(self.tr("Anonymise after"), self.records_years)
            self.records_years.setToolTip(
                self.tr(
                    "From the final answer (5 years: the civil limitation period, art. 2224 "
                    "of the Code civil). An upheld objection or opt-out is counted from the "
                    "last contact and keeps a minimal suppression entry."
                )
            )
            self.access_years.setToolTip(
                QCoreApplication.translate("EntityForm", "From the final answer (CNIL: 1 year)")
            )
            self.objection_years.setToolTip(
                QCoreApplication.translate(
                    "EntityForm",
                    "From the last contact (CNIL: 3 years; at most 6, the limitation period "
                    "of art. 8 CPP)",
                )
            )
            self.other_years.setToolTip(
                QCoreApplication.translate("EntityForm", "From the final answer")
            )

        self.error_label = QLabel()
        self.error_label.setObjectName("entityError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        if with_logo:  # Tab as laid out: the logo's buttons after the DPO contact, not first
            QWidget.setTabOrder(self.dpo_edit, self.logo_choose_button)
            QWidget.setTabOrder(self.logo_choose_button, self.logo_remove_button)

        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self.subdivision_edit.editingFinished.connect(self.check_calendar)
        for line in (self.name_edit, self.dpo_edit, self.subdivision_edit):
            line.textEdited.connect(self._hide_error)
        # ``edited`` is forwarded signal-to-signal inside Qt: no Python emit per keystroke
        # (see NATIVE_SIGNALS in ui/widgets/passphrase_fields.py).
        for line in (self.name_edit, self.dpo_edit, self.subdivision_edit, self.signer_title_edit):
            line.textEdited.connect(self.edited)
        self.address_edit.textChanged.connect(self.edited)
        for combo in (self.country_combo, self.role_combo, self.policy_combo):
            combo.activated.connect(self.edited)
        for spin in (
            self.access_years,
            self.objection_years,
            self.other_years,
            self.records_years,
            self.without_delay_days,
            self.on_hold_months,
        ):
            spin.valueChanged.connect(self.edited)
        self.minimisation_check.toggled.connect(self.edited)
        self.set_values()

    def _build_logo_cell(self) -> QWidget:
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("entityLogoPreview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW + QSize(12, 12))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(
            "QLabel#entityLogoPreview { background: white; color: #5f6368;"
            " border: 1px solid #c4c7c5; border-radius: 3px; }"
        )
        self.logo_choose_button = QPushButton(
            QCoreApplication.translate("EntityForm", "Choose logo…")
        )
        self.logo_choose_button.setObjectName("entityLogoChoose")
        self.logo_choose_button.setToolTip(
            QCoreApplication.translate(
                "EntityForm",
                "A PNG or JPEG file of at most 1 MB, printed at the top left of every letter",
            )
        )
        self.logo_choose_button.clicked.connect(self.choose_logo)
        self.logo_remove_button = QPushButton(QCoreApplication.translate("EntityForm", "Remove"))
        self.logo_remove_button.setObjectName("entityLogoRemove")
        self.logo_remove_button.setToolTip(
            QCoreApplication.translate("EntityForm", "Print letters without a logo")
        )
        self.logo_remove_button.clicked.connect(self.remove_logo)
        self.logo_hint = QLabel(
            QCoreApplication.translate(
                "EntityForm",
                "PNG or JPEG, at most 1 MB. Printed at the top left of letters, 18 mm high "
                "at most, proportions kept.",
            )
        )
        self.logo_hint.setWordWrap(True)
        self.logo_hint.setStyleSheet(MUTED_STYLE)
        self.logo_error = QLabel()
        self.logo_error.setObjectName("entityLogoError")
        self.logo_error.setWordWrap(True)
        self.logo_error.setStyleSheet(ERROR_STYLE)
        self.logo_error.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_error.hide()

        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.logo_choose_button)
        buttons.addWidget(self.logo_remove_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.logo_preview)
        top.addLayout(buttons)
        top.addStretch(1)
        cell = QWidget(self)  # owned by the form even when the row is not shown
        cell.setVisible(self._with_logo)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addLayout(top)
        column.addWidget(self.logo_hint)
        column.addWidget(self.logo_error)
        self._show_logo()
        return cell

    # -- logo ---------------------------------------------------------------------------------

    @property
    def logo(self) -> bytes | None:
        return self._logo

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("EntityForm", "Choose the letterhead logo"),
            "",
            QCoreApplication.translate("EntityForm", LOGO_FILTER),
        )
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> bool:
        """Check the file and show it (not saved yet); False with the reason shown when it
        cannot be a logo."""
        try:
            size = path.stat().st_size
            if size > LOGO_MAX_BYTES:
                raise too_big_error(size)
            data = path.read_bytes()
            check_logo(data)
        except OSError as problem:
            self._show_logo_error(
                QCoreApplication.translate("EntityForm", "Cannot read {name}: {problem}.").format(
                    name=path.name, problem=problem.strerror or problem
                )
            )
            return False
        except ValidationError as problem:
            self._show_logo_error(f"{path.name}: {problem}")
            return False
        self._logo = data
        self._show_logo()
        self.edited.emit()
        return True

    def remove_logo(self) -> None:
        if self._logo is None:
            return
        self._logo = None
        self._show_logo()
        self.edited.emit()
        self.logo_choose_button.setFocus()

    def _show_logo_error(self, message: str) -> None:
        self.logo_error.setText(message)
        self.logo_error.show()

    def _show_logo(self) -> None:
        self.logo_error.hide()
        self.logo_error.clear()
        self.logo_remove_button.setEnabled(self._logo is not None)
        self.logo_choose_button.setText(
            QCoreApplication.translate("EntityForm", "Choose logo…")
            if self._logo is None
            else QCoreApplication.translate("EntityForm", "Replace…")
        )
        if self._logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(QCoreApplication.translate("EntityForm", "No logo"))
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(QByteArray(self._logo)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:  # printable by ReportLab, but not shown by Qt (rare JPEG variants)
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(QCoreApplication.translate("EntityForm", "Logo set"))

    # -- values -------------------------------------------------------------------------------

    @property
    def with_retention(self) -> bool:
        return self._with_retention

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``create_entity`` (and ``update_entity`` with retention)."""
        values: dict[str, Any] = {
            "name": self.name_edit.text().strip(),
            "address": self.address_edit.toPlainText().strip(),
            "dpo_contact": self.dpo_edit.text().strip(),
            "country": str(self.country_combo.currentData()),
            "subdivision": self.subdivision_edit.text().strip() or None,
            "role": Role(self.role_combo.currentData()),
            "suspension_policy": SuspensionPolicy(self.policy_combo.currentData()),
        }
        if self._with_retention:
            values.update(
                retention_access_years=self.access_years.value(),
                retention_objection_years=self.objection_years.value(),
                retention_other_years=self.other_years.value(),
                minimisation=self.minimisation_check.isChecked(),
                retention_records_years=self.records_years.value(),
                signer_title=self.signer_title_edit.text().strip(),
                without_delay_days=self.without_delay_days.value(),
                on_hold_months=self.on_hold_months.value(),
            )
        if self._with_logo:
            values["logo"] = self._logo
        return values

    def set_values(
        self,
        *,
        name: str = "",
        address: str = "",
        dpo_contact: str = "",
        country: str = "FR",
        subdivision: str | None = None,
        role: Role | str = Role.CONTROLLER,
        suspension_policy: SuspensionPolicy | str = SuspensionPolicy.RESTART,
        retention_access_years: int = 1,
        retention_objection_years: int = 3,
        retention_other_years: int = 1,
        minimisation: bool = False,
        retention_records_years: int = RECORD_RETENTION_DEFAULT_YEARS,
        logo: bytes | None = None,
        signer_title: str = "",
        without_delay_days: int = DEFAULT_WITHOUT_DELAY_DAYS,
        on_hold_months: int = DEFAULT_ON_HOLD_MONTHS,
    ) -> None:
        """Fill the form (no arguments: a blank new entity with the usual defaults). This is
        not an edit: ``edited`` is not emitted."""
        blockers = [QSignalBlocker(widget) for widget in self._inputs()]
        self.name_edit.setText(name)
        self.address_edit.setPlainText(address)
        self.dpo_edit.setText(dpo_contact)
        code = country.strip().upper() or "FR"
        index = self.country_combo.findData(code)
        if index < 0:  # an entity set up elsewhere (CLI) for another country
            self.country_combo.addItem(code, code)
            index = self.country_combo.count() - 1
        self.country_combo.setCurrentIndex(index)
        self.subdivision_edit.setText(subdivision or "")
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(Role(role)), 0))
        self.policy_combo.setCurrentIndex(
            max(self.policy_combo.findData(SuspensionPolicy(suspension_policy)), 0)
        )
        self.access_years.setValue(retention_access_years)
        self.objection_years.setValue(retention_objection_years)
        self.other_years.setValue(retention_other_years)
        self.minimisation_check.setChecked(minimisation)
        self.records_years.setValue(retention_records_years)
        self.signer_title_edit.setText(signer_title)
        self.without_delay_days.setValue(without_delay_days)
        self.on_hold_months.setValue(on_hold_months)
        self._logo = logo or None
        self._show_logo()
        for blocker in blockers:
            blocker.unblock()
        self.show_error(None)
        self.check_calendar()

    def _inputs(self) -> tuple[QWidget, ...]:
        return (
            self.name_edit,
            self.address_edit,
            self.dpo_edit,
            self.country_combo,
            self.subdivision_edit,
            self.role_combo,
            self.policy_combo,
            self.access_years,
            self.objection_years,
            self.other_years,
            self.minimisation_check,
            self.records_years,
            self.signer_title_edit,
            self.without_delay_days,
            self.on_hold_months,
        )

    # -- validation ---------------------------------------------------------------------------

    def validate(self) -> str | None:
        """The first problem, or None when the entity is valid. Shown inline: calendar
        problems under the subdivision, others under the form."""
        message = self.check_calendar()
        other: str | None = None
        if message is None:
            try:
                Entity(**self.values())
            except ValidationError as problem:
                message = other = str(problem)
        self.show_error(other)
        if message is not None:
            self._focus_for(message)
        return message

    def check_calendar(self) -> str | None:
        """Check the country and subdivision against the holiday calendar, inline."""
        country = str(self.country_combo.currentData())
        subdivision = self.subdivision_edit.text().strip() or None
        try:
            calendar = calendar_for(country, subdivision)
        except ValidationError as problem:
            message = _short_calendar_message(str(problem))
            self.calendar_label.setStyleSheet(ERROR_STYLE)
            self.calendar_label.setText(message)
            return message
        names = dict(COUNTRIES)
        country_name = (
            QCoreApplication.translate("EntityForm", names[calendar.country])
            if calendar.country in names
            else calendar.country
        )
        where = (
            QCoreApplication.translate("EntityForm", "subdivision {code}").format(
                code=calendar.subdivision
            )
            if calendar.subdivision
            else QCoreApplication.translate("EntityForm", "nationwide")
        )
        self.calendar_label.setStyleSheet(OK_STYLE)
        self.calendar_label.setText(
            QCoreApplication.translate(
                "EntityForm", "✓ Public holidays of {country_name}, {where}"
            ).format(country_name=country_name, where=where)
        )
        return None

    def show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def _focus_for(self, message: str) -> None:
        lowered = message.lower()
        if "subdivision" in lowered:
            self.subdivision_edit.setFocus()
        elif "name" in lowered:
            self.name_edit.setFocus()
        elif "country" in lowered:
            self.country_combo.setFocus()

    # -- reactions ----------------------------------------------------------------------------

    def _hide_error(self, _text: str) -> None:
        if self.error_label.isVisible():
            self.show_error(None)

    def _country_changed(self, _index: int) -> None:
        self.check_calendar()
