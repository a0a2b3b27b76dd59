"""The *Preferences and vault* tab of the Settings page: the user's preferences (idle lock,
language, display name, purge at start), the backups (folder, how many kept, when the
dashboard warns, automatic or not: saved with the preferences), and where the vault lives and
how it opens.

A child widget of ``SettingsView`` (``dsr_desk.ui.views.settings_view``) with its own
``reload()`` and ``clear()``; it fetches the preferences on the DB worker (``settings_jobs``)
and says when they were saved (``preferences_saved``).
"""

from __future__ import annotations

import dataclasses
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.limits import MAX_NAME
from dsr_desk.domain.roles import Action
from dsr_desk.i18n import SYSTEM
from dsr_desk.services.read.settings import (
    BACKUP_KEEP_RANGE,
    BACKUP_WARN_RANGE,
    IDLE_LOCK_RANGE,
    MAX_FOLDER,
    AppSettings,
)
from dsr_desk.services.settings import save_settings
from dsr_desk.storage.vault_header import KeyMode
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.recovery_sheet import created_label
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.views.settings_jobs import load_preferences
from dsr_desk.ui.views.settings_parts import scrolled, show_status, status_label

LANGUAGE_LABELS: Final = {"en": "English", "fr": "Français"}  # each in its own tongue
ROLE_LABELS: Final = {
    "dpo": QT_TRANSLATE_NOOP("PreferencesTab", "DPO"),
    "assistant": QT_TRANSLATE_NOOP("PreferencesTab", "assistant"),
    "auditor": QT_TRANSLATE_NOOP("PreferencesTab", "auditor"),
}
MODE_LABELS: Final = {
    KeyMode.KEYRING: QT_TRANSLATE_NOOP(
        "PreferencesTab", "This computer's keyring (opens when you are logged in)"
    ),
    KeyMode.PASSPHRASE: QT_TRANSLATE_NOOP(
        "PreferencesTab", "Passphrase (asked at start and after each lock)"
    ),
}


class PreferencesTab(QWidget):
    """The preferences form and the vault box."""

    preferences_saved = Signal(object)  # AppSettings, e.g. for the idle lock to follow
    # TeamChoice: the register moved to that server; None: back to this workstation's vault.
    register_moved = Signal(object)

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self.move_dialog: QWidget | None = None
        self._loaded_settings: AppSettings | None = None
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 10, 8, 8)
        column.setSpacing(14)
        column.addWidget(self._build_preferences())
        column.addWidget(self._build_backups())
        column.addWidget(self._build_vault())
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        page = scrolled(content, "preferencesPage")
        page.setAccessibleName(self.tr("Preferences and vault"))
        layout.addWidget(page)

    def _build_preferences(self) -> QGroupBox:
        box = QGroupBox(self.tr("Preferences"))
        low, high = IDLE_LOCK_RANGE
        self.idle_spin = QSpinBox(minimum=low, maximum=high, suffix=self.tr(" min"))
        self.idle_spin.setObjectName("idleMinutes")
        self.idle_spin.setToolTip(
            self.tr("DSR Desk locks itself after this long without any activity.")
        )
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        # "system" (the default): follow the computer's language (LANG); or a choice
        self.language_combo.addItem(self.tr("The system's language"), SYSTEM)
        for code, label in LANGUAGE_LABELS.items():
            self.language_combo.addItem(label, code)
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setObjectName("displayName")
        self.display_name_edit.setMaxLength(MAX_NAME)
        self.display_name_edit.setPlaceholderText(self.tr("e.g. Camille Dupont"))
        self.display_name_edit.setToolTip(
            self.tr(
                "Letters are signed with it and the audit log records it; requests assigned "
                "to it are yours (“Mine”)."
            )
        )
        self.signer_title_edit = QLineEdit()
        self.signer_title_edit.setObjectName("signerTitle")
        self.signer_title_edit.setMaxLength(MAX_NAME)
        self.signer_title_edit.setPlaceholderText(
            self.tr("Empty: the entity's (e.g. Le délégué à la protection des données)")
        )
        self.signer_title_edit.setToolTip(
            self.tr("Printed under your name when you sign a letter.")
        )
        self.auto_purge_check = QCheckBox(self.tr("Purge expired ID copies when DSR Desk starts"))
        self.auto_purge_check.setObjectName("autoPurge")
        self.save_preferences_button = QPushButton(self.tr("Save preferences"))
        self.save_preferences_button.setObjectName("savePreferences")
        self.save_preferences_button.clicked.connect(self.save_preferences)
        self.preferences_status = status_label("preferencesStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.preferences_status, 1)
        buttons.addWidget(self.save_preferences_button, 0, Qt.AlignmentFlag.AlignTop)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # French, at 1024 px
        form.addRow(self.tr("Lock after &idle"), self.idle_spin)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.tr("&Display name"), self.display_name_edit)
        form.addRow(self.tr("&Title under your signature"), self.signer_title_edit)
        form.addRow("", self.auto_purge_check)
        self.display_name_edit.setMinimumWidth(320)
        # its example whole (the French one is long); the row wraps under its label if narrow
        example = self.signer_title_edit.placeholderText()
        example_width = self.signer_title_edit.fontMetrics().horizontalAdvance(example) + 24
        self.signer_title_edit.setMinimumWidth(max(320, example_width))
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.idle_spin.valueChanged.connect(lambda _value: self.preferences_status.clear())
        self.language_combo.activated.connect(lambda _index: self.preferences_status.clear())
        self.display_name_edit.textEdited.connect(lambda _text: self.preferences_status.clear())
        self.signer_title_edit.textEdited.connect(lambda _text: self.preferences_status.clear())
        self.auto_purge_check.toggled.connect(lambda _on: self.preferences_status.clear())
        return box

    def _build_backups(self) -> QGroupBox:
        """Saved with the preferences (the same button)."""
        box = self.backups_box = QGroupBox(self.tr("Backups"))
        self.backup_folder_edit = QLineEdit()
        self.backup_folder_edit.setObjectName("backupFolder")
        self.backup_folder_edit.setMaxLength(MAX_FOLDER)
        self.backup_folder_edit.setMinimumWidth(320)
        self.backup_folder_edit.setPlaceholderText(self.tr("None: backups only when asked"))
        self.backup_folder_edit.setToolTip(
            self.tr(
                "A folder on a network share or a USB disk, away from this computer's disk. "
                "Backups stay encrypted; they open with the recovery key."
            )
        )
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseBackupFolder")
        choose.clicked.connect(self.choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder_edit, 1)
        folder_row.addWidget(choose)
        low, high = BACKUP_KEEP_RANGE
        self.backup_keep_spin = QSpinBox(minimum=low, maximum=high)
        self.backup_keep_spin.setObjectName("backupKeep")
        self.backup_keep_spin.setSuffix(self.tr(" backups"))
        self.backup_keep_spin.setToolTip(
            self.tr(
                "In the backup folder, the newest backups of this vault are kept and older "
                "ones deleted: what was purged lingers in backups no longer than that."
            )
        )
        low, high = BACKUP_WARN_RANGE
        self.backup_warn_spin = QSpinBox(minimum=low, maximum=high)
        self.backup_warn_spin.setObjectName("backupWarnDays")
        self.backup_warn_spin.setSuffix(self.tr(" days"))
        self.backup_automatic_check = QCheckBox(
            self.tr("Back up into this folder every day while DSR Desk runs")
        )
        self.backup_automatic_check.setObjectName("backupAutomatic")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        folder_label = QLabel(self.tr("Backup &folder"))
        folder_label.setBuddy(self.backup_folder_edit)  # a row of two: the label needs its buddy
        form.addRow(folder_label, folder_row)
        form.addRow("", self.backup_automatic_check)
        form.addRow(self.tr("&Keep"), self.backup_keep_spin)
        form.addRow(self.tr("&Warn when the last backup is older than"), self.backup_warn_spin)
        self.backup_folder_edit.textEdited.connect(lambda _text: self.preferences_status.clear())
        self.backup_keep_spin.valueChanged.connect(lambda _value: self.preferences_status.clear())
        self.backup_warn_spin.valueChanged.connect(lambda _value: self.preferences_status.clear())
        self.backup_automatic_check.toggled.connect(lambda _on: self.preferences_status.clear())
        return box

    def choose_backup_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder_edit.text()
        )
        if chosen:
            self.backup_folder_edit.setText(chosen)
            self.preferences_status.clear()

    def _build_vault(self) -> QGroupBox:
        box = self.vault_box = QGroupBox(self.tr("Vault"))
        # Where the register is: this workstation's vault, or a team server (chosen at first
        # run, with ``dsr-desk --db URL``, or here: ``ui.dialogs.team_switch_dialog``).
        self.where_label = QLabel()
        self.where_label.setObjectName("workingMode")
        self.team_server_label = QLabel()
        self.team_server_label.setObjectName("teamServer")
        self.team_account_label = QLabel()
        self.team_account_label.setObjectName("teamAccount")
        self.vault_mode_label = QLabel()
        self.vault_mode_label.setObjectName("vaultMode")
        self.vault_folder_label = QLabel()
        self.vault_folder_label.setObjectName("vaultFolder")
        self.vault_id_label = QLabel()
        self.vault_id_label.setObjectName("vaultId")
        self.vault_created_label = QLabel()
        for label in (
            self.where_label,
            self.team_server_label,
            self.team_account_label,
            self.vault_mode_label,
            self.vault_folder_label,
            self.vault_id_label,
            self.vault_created_label,
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_change_button = QPushButton(self.tr("Change passphrase or key…"))
        self.key_change_button.setObjectName("changeVaultKey")
        self.key_change_button.clicked.connect(self.open_key_change)
        self.move_to_team_button = QPushButton(self.tr("Move the register to a team server…"))
        self.move_to_team_button.setObjectName("moveToTeam")
        self.move_to_team_button.clicked.connect(self.open_move_to_team)
        self.work_here_button = QPushButton(self.tr("Work on this workstation instead…"))
        self.work_here_button.setObjectName("workOnWorkstation")
        self.work_here_button.clicked.connect(self.work_on_workstation)
        self.vault_status = status_label("vaultStatus")
        key_row = self._key_row = QHBoxLayout()
        key_row.addWidget(self.vault_status, 1)
        key_row.addWidget(self.key_change_button, 0, Qt.AlignmentFlag.AlignTop)
        where_row = QHBoxLayout()  # a row of its own: the translations are long
        where_row.addStretch(1)
        where_row.addWidget(self.move_to_team_button)
        where_row.addWidget(self.work_here_button)
        form = QFormLayout(box)
        self._vault_form = form
        form.addRow(self.tr("Register kept on"), self.where_label)
        form.addRow(self.tr("Team server"), self.team_server_label)
        form.addRow(self.tr("Account"), self.team_account_label)
        form.addRow(self.tr("Unlocked with"), self.vault_mode_label)
        form.addRow(self.tr("Data folder"), self.vault_folder_label)
        form.addRow(self.tr("Vault id"), self.vault_id_label)
        form.addRow(self.tr("Created"), self.vault_created_label)
        form.addRow(key_row)
        form.addRow(where_row)
        return box

    def open_key_change(self) -> None:
        """The passphrase / key rotation dialog (``ui.dialogs.key_change_dialog``)."""
        from dsr_desk.ui.dialogs.key_change_dialog import KeyChangeDialog

        if self._session.vault is None:
            return
        self.vault_status.clear()
        dialog = KeyChangeDialog(self._session, self._ops, self)
        dialog.changed.connect(self._key_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.key_change_dialog = dialog
        dialog.open()

    def open_move_to_team(self) -> None:
        """The workstation's register copied to a team server (``MoveToTeamDialog``); once
        moved, ``register_moved`` takes the app to the server's login."""
        from dsr_desk.ui.dialogs.team_switch_dialog import MoveToTeamDialog

        if self._session.vault is None:
            return
        self.vault_status.clear()
        dialog = MoveToTeamDialog(self._session, self._ops, self)
        dialog.moved.connect(self.register_moved)
        dialog.finished.connect(dialog.deleteLater)
        self.move_dialog = dialog
        dialog.open()

    def work_on_workstation(self) -> None:
        """Team mode: asked, the server forgotten for this folder; the app locks and opens the
        folder's vault next (``register_moved`` with None)."""
        from dsr_desk.ui.dialogs.team_switch_dialog import confirm_work_on_workstation

        if confirm_work_on_workstation(self, self._session.data_dir):
            self.register_moved.emit(None)

    def _key_changed(self, text: str) -> None:
        self._show_vault()
        show_status(self.vault_status, text, ok=True)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the vault, and fetch the preferences (those being edited stay as typed)."""
        if not self._session.is_unlocked:
            return
        self._show_vault()
        self._ops.run(load_preferences, self._session, on_done=self._show_loaded)

    def _show_loaded(self, settings: AppSettings) -> None:
        if self._loaded_settings is None or self.current_preferences() == self._loaded_settings:
            self._show_settings(settings)
        self._loaded_settings = settings

    def clear(self) -> None:
        """Drop all data from the widgets (on lock)."""
        self._loaded_settings = None
        self._show_settings(AppSettings())
        for label in (
            self.where_label,
            self.team_server_label,
            self.team_account_label,
            self.vault_mode_label,
            self.vault_folder_label,
            self.vault_id_label,
            self.vault_created_label,
        ):
            label.clear()

    def _show_settings(self, settings: AppSettings) -> None:
        self.idle_spin.setValue(settings.idle_lock_minutes)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.display_name_edit.setText(settings.display_name)
        self.signer_title_edit.setText(settings.signer_title)
        self.auto_purge_check.setChecked(settings.auto_purge_at_start)
        self.backup_folder_edit.setText(settings.backup_folder)
        self.backup_keep_spin.setValue(settings.backup_keep)
        self.backup_warn_spin.setValue(settings.backup_warn_days)
        self.backup_automatic_check.setChecked(settings.backup_automatic)
        self.preferences_status.clear()

    def _show_vault(self) -> None:
        vault, team = self._session.vault, self._session.team
        form = self._vault_form
        for field in (self.team_server_label, self.team_account_label):
            form.setRowVisible(field, team is not None)
        for field in (self.vault_mode_label, self.vault_id_label, self.vault_created_label):
            form.setRowVisible(field, team is None)
        self.key_change_button.setVisible(team is None)  # a team key: rotate-team-key
        form.setRowVisible(self._key_row, team is None)  # no empty line above the next button
        # moving the register sets up the team's accounts: a DPO's (the services check too)
        self.move_to_team_button.setVisible(team is None and self._session.can(Action.MANAGE_USERS))
        self.work_here_button.setVisible(team is not None)
        # a team server's backups are its administrator's (no backup from this app there)
        self.backups_box.setVisible(team is None)
        self.vault_box.setTitle(self.tr("Team server") if team is not None else self.tr("Vault"))
        self.vault_folder_label.setText(str(self._session.data_dir))
        if team is not None:
            self.where_label.setText(self.tr("A team server (PostgreSQL)"))
            self.team_server_label.setText(team.server)
            role = ROLE_LABELS.get(self._session.role.value, self._session.role.value)
            self.team_account_label.setText(
                self.tr("{account} ({role})").format(
                    account=self._session.account, role=self.tr(role)
                )
            )
            return
        self.where_label.setText(self.tr("This workstation (encrypted vault)"))
        if vault is None:
            for label in (self.vault_mode_label, self.vault_id_label, self.vault_created_label):
                label.setText("—")
            return
        mode = MODE_LABELS.get(vault.mode)
        self.vault_mode_label.setText(self.tr(mode) if mode else vault.mode.value)
        self.key_change_button.setText(
            self.tr("Change passphrase or key…")
            if vault.mode is KeyMode.PASSPHRASE
            else self.tr("Rotate the key…")
        )
        self.vault_id_label.setText(vault.header.vault_id)
        self.vault_created_label.setText(created_label(vault.header.created_at))

    # -- preferences ------------------------------------------------------------------------

    def current_preferences(self) -> AppSettings:
        """The preferences as the page shows them; those it does not show (e.g. the team
        server's backup retention) kept as loaded, never reset to their defaults."""
        return dataclasses.replace(
            self._loaded_settings or AppSettings(),
            idle_lock_minutes=self.idle_spin.value(),
            language=str(self.language_combo.currentData()),
            display_name=self.display_name_edit.text().strip(),
            signer_title=self.signer_title_edit.text().strip(),
            auto_purge_at_start=self.auto_purge_check.isChecked(),
            backup_folder=self.backup_folder_edit.text().strip(),
            backup_keep=self.backup_keep_spin.value(),
            backup_warn_days=self.backup_warn_spin.value(),
            backup_automatic=self.backup_automatic_check.isChecked(),
        )

    def save_preferences(self) -> None:
        settings = self.current_preferences()
        try:
            settings.validate()
        except DsrError as problem:
            show_status(self.preferences_status, str(problem), ok=False)
            return
        session = self._session
        self.save_preferences_button.setEnabled(False)
        self._ops.run(
            lambda: save_settings(session.uow(), settings),
            on_done=self._preferences_saved,
            on_error=self._preferences_failed,
        )

    def _preferences_saved(self, settings: AppSettings) -> None:
        self.save_preferences_button.setEnabled(True)
        self._loaded_settings = settings
        show_status(self.preferences_status, self.tr("Preferences saved."), ok=True)
        self.preferences_saved.emit(settings)

    def _preferences_failed(self, problem: DsrError) -> None:
        self.save_preferences_button.setEnabled(True)
        show_status(self.preferences_status, str(problem), ok=False)
