"""File ▸ Connect to team server…: where the server is and who logs in; also the password
prompt when a server URL came without one (docs/team-server.md#connecting)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.clock import Clock
from desktop.services.messages import UserError
from desktop.services.server_login import (
    SSL_MODES,
    ServerFields,
    keyring_available,
    needs_password,
    password_of,
    password_problem,
    remember_password,
    server_url,
    with_saved_password,
)

from .common.widgets import error_label

if TYPE_CHECKING:
    from desktop.services.database import Opened


class ConnectDialog(QDialog):
    def __init__(self, fields: ServerFields, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.options = fields.options
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Connect to team server"))
        self.host = QLineEdit(fields.host, self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(fields.port)
        self.database = QLineEdit(fields.database, self)
        self.user = QLineEdit(fields.user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox(self)
        names = {
            "prefer": self.tr("Encrypted when the server offers it"),
            "require": self.tr("Always encrypted"),
            "verify-full": self.tr("Encrypted, server certificate verified"),
            "disable": self.tr("Not encrypted"),
        }
        for mode in SSL_MODES:
            self.sslmode.addItem(names[mode], mode)
        self.sslmode.setCurrentIndex(SSL_MODES.index(fields.sslmode))
        # Offered only where the system has a key ring; otherwise it is asked at each connection.
        self.remember = QCheckBox(self.tr("Remember the password in the system key ring"), self)
        self.keyring = keyring_available()
        self.remember.setVisible(self.keyring)
        self.error = error_label(self)

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Connection:"), self.sslmode)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update)
        self._update()
        first_empty = next(
            (e for e in (self.host, self.database, self.user) if not e.text()), self.password
        )
        first_empty.setFocus()
        self.resize(460, self.sizeHint().height())

    def fields(self) -> ServerFields:
        return ServerFields(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.sslmode.currentData()),
            options=self.options,
        )

    def _update(self) -> None:
        fields = self.fields()
        self.connect_button.setEnabled(bool(fields.host and fields.database and fields.user))

    def accept(self) -> None:
        """Connect; a refusal stays in the dialog with what was typed."""
        from desktop.services.database import open_server
        from desktop.services.server_schema import ServerUnreachable

        from .i18n import translate

        typed = server_url(self.fields(), self.password.text())
        url = with_saved_password(typed)  # an empty password: the key ring's, if remembered
        from_keyring = password_of(typed) is None and password_of(url) is not None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.opened = open_server(url, clock=self.clock)
        except ServerUnreachable as error:
            problem = password_problem(error, from_keyring)
            self._refuse(
                self.tr("The server asks for a password: type it, then connect.")
                if needs_password(error)
                else (problem or error.message).render(translate)
            )
            return
        except UserError as error:
            self._refuse(error.message.render(translate))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if self.keyring and self.remember.isChecked() and not from_keyring:
            remember_password(url)
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
