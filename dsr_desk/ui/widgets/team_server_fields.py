"""Where a team server is: a ``postgresql://`` URL, or its host, port, database and role, with
the TLS mode (``verify-full`` by default) and the CA certificate.

One widget for both places that ask: the first-run wizard's team page (then the account and
password to log in) and Settings' "Move the register to a team server…" (then the team's first
DPO account). Each adds its own rows to ``form``, so that the labels line up.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dsr_desk.storage.team_location import DEFAULT_PORT, compose_team_url
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

#: The TLS modes offered, each with what it checks (libpq's ``sslmode``).
SSL_MODE_LABELS: Final = (
    (
        "verify-full",
        QT_TRANSLATE_NOOP(
            "TeamServerFields", "verify-full: encrypted, the certificate and name checked (safest)"
        ),
    ),
    (
        "verify-ca",
        QT_TRANSLATE_NOOP("TeamServerFields", "verify-ca: encrypted, the certificate checked"),
    ),
    ("require", QT_TRANSLATE_NOOP("TeamServerFields", "require: encrypted, nothing checked")),
    (
        "prefer",
        QT_TRANSLATE_NOOP("TeamServerFields", "prefer: encrypted if the server offers it"),
    ),
    (
        "disable",
        QT_TRANSLATE_NOOP("TeamServerFields", "disable: not encrypted (local tests only)"),
    ),
)


class TeamServerFields(QWidget):
    """The server's fields in a form (``form``: callers add their own rows under them);
    ``server_url()`` composes the URL, ``has_server()`` says whether enough is given."""

    changed = Signal()  # a field that decides has_server() was edited

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("teamUrl")
        self.url_edit.setPlaceholderText(
            self.tr("postgresql://host:5432/database (or the fields below)")
        )
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("teamHost")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("teamPort")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.database_edit.setObjectName("teamDatabase")
        self.role_edit = QLineEdit()
        self.role_edit.setObjectName("teamRole")
        self.role_edit.setPlaceholderText(self.tr("as given by the administrator"))
        self.ssl_combo = QComboBox()
        self.ssl_combo.setObjectName("teamSslMode")
        for mode, words in SSL_MODE_LABELS:
            self.ssl_combo.addItem(self.tr(words), mode)
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("teamCaFile")
        self.ca_edit.setPlaceholderText(self.tr("the system's certificates"))
        self.ca_button = QPushButton(self.tr("Choose…"))
        self.ca_button.setObjectName("teamCaChoose")
        self.ca_button.setAutoDefault(False)
        self.ca_button.clicked.connect(self.choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        rows = (
            (self.tr("Server &URL:"), self.url_edit),
            (self.tr("&Host:"), self.host_edit),
            (self.tr("P&ort:"), self.port_spin),
            (self.tr("&Database:"), self.database_edit),
            (self.tr("Database &role:"), self.role_edit),
            (self.tr("&TLS:"), self.ssl_combo),
            (self.tr("&CA certificate:"), self.ca_edit),
        )
        for text, field in rows:
            self.add_row(text, field, ca_row if field is self.ca_edit else None)
        for edit in (self.url_edit, self.host_edit, self.database_edit):
            edit.textChanged.connect(self.changed)  # forwarded inside Qt (no emit)
        self.url_edit.textChanged.connect(self._url_changed)

    def add_row(self, text: str, field: QWidget, layout: QHBoxLayout | None = None) -> QLabel:
        """A row of ``form``: ``text`` (with its ``&`` key) names ``field`` for the keyboard
        and for screen readers; ``layout``, if given, is what the row shows (``field`` in it)."""
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", "").rstrip(" :\u00a0"))
        if layout is not None:
            self.form.addRow(label, layout)
        else:
            self.form.addRow(label, field)
        return label

    def _url_changed(self) -> None:
        """A URL given: the server's fields are its, not to fill in."""
        by_fields = not self.url_edit.text().strip()
        for widget in (self.host_edit, self.port_spin, self.database_edit, self.role_edit):
            widget.setEnabled(by_fields)

    def choose_ca_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The server's CA certificate"),
            self.ca_edit.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if name:
            self.ca_edit.setText(name)

    def has_server(self) -> bool:
        """A URL, or at least a host and a database."""
        return bool(self.url_edit.text().strip()) or bool(
            self.host_edit.text().strip() and self.database_edit.text().strip()
        )

    def server_url(self) -> str:
        """The server's URL as the fields give it (``VaultError`` if it cannot be made)."""
        return compose_team_url(
            url=self.url_edit.text(),
            host=self.host_edit.text(),
            port=self.port_spin.value(),
            database=self.database_edit.text(),
            role=self.role_edit.text(),
            sslmode=str(self.ssl_combo.currentData()),
            ca_file=self.ca_edit.text(),
        )
