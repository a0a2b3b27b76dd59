"""The optional password of a data bundle: typed twice, shown on demand, with the advice to give
it to the requester through another channel than the file.

``BundlePassword`` is a part of ``BundleDialog`` (``dialog.password_fields``): it owns the
fields and says what is wrong with what was typed; its rows go in the dialog's form
(``add_rows``). The password is never kept anywhere else than in the fields, which
``clear()`` empties when the dialog closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from dsr_desk.domain.passphrase_policy import MIN_BUNDLE_PASSWORD_CHARS, bundle_password_problem
from dsr_desk.ui.dialogs.request_action_dialog import NOTE_STYLE
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

SEPARATE_CHANNEL_NOTE = QT_TRANSLATE_NOOP(
    "BundlePassword",
    "Give the password to the requester through another channel than the file (phone, SMS, "
    "letter) — never in the same e-mail. The encrypted zip shows only the name archive.zip; "
    "it opens with 7-Zip or WinZip (Windows) or Keka (macOS), not with Windows Explorer, and "
    "archive.zip inside then opens with any zip tool.",
)


class BundlePassword(QObject):
    """The password fields of the bundle dialog and their check."""

    changed = Signal()  # either field was edited (or cleared)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.password = QLineEdit()
        self.password.setObjectName("bundlePassword")
        self.password.setAccessibleName(QCoreApplication.translate("BundlePassword", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            QCoreApplication.translate(
                "BundlePassword", "optional, at least {min_bundle_password_chars} characters"
            ).format(min_bundle_password_chars=MIN_BUNDLE_PASSWORD_CHARS)
        )
        self.password_again = QLineEdit()
        self.password_again.setObjectName("bundlePasswordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(QCoreApplication.translate("BundlePassword", "Show"))
        self.show_password.setObjectName("bundleShowPassword")
        self.show_password.toggled.connect(self._show)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        self._password_box = QWidget()
        self._password_box.setLayout(password_row)
        password_row.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(QCoreApplication.translate("BundlePassword", SEPARATE_CHANNEL_NOTE))
        self.hint.setObjectName("bundlePasswordHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(NOTE_STYLE)
        self.password.textChanged.connect(self.changed)
        self.password_again.textChanged.connect(self.changed)

    def add_rows(self, form: QFormLayout) -> None:
        """Put the password, its confirmation and the advice in the dialog's form."""
        form.addRow(QCoreApplication.translate("BundlePassword", "Password:"), self._password_box)
        form.addRow(
            QCoreApplication.translate("BundlePassword", "Password again:"), self.password_again
        )
        form.addRow("", self.hint)

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.password_again.setEchoMode(mode)

    def problem(self) -> str | None:
        """Why what was typed cannot be used (too short, the two differ); None if it can, or
        if no password was typed (the bundle is then not encrypted)."""
        password, again = self.password.text(), self.password_again.text()
        if not password and not again:
            return None
        problem = bundle_password_problem(password)  # the export's own rule
        if problem is not None:
            return problem
        if password != again:
            return QCoreApplication.translate("BundlePassword", "The two passwords differ.")
        return None

    def value(self) -> str | None:
        """The password to encrypt with, None for none."""
        return self.password.text() or None

    def clear(self) -> None:
        """Forget what was typed (a secret)."""
        self.password.clear()
        self.password_again.clear()
