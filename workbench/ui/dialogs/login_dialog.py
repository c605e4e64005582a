"""The login dialog for a shared server (see workbench/ui/login.py for when it is shown)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.dialogs._common import NoteLabel


class LoginDialog(QDialog):
    """Server (no password shown), login, password, "remember on this PC", and why the server
    refused the last attempt, in red above the fields."""

    def __init__(
        self,
        server: str,
        login: str,
        message: str = "",
        *,
        can_remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the shared server"))
        self.error = NoteLabel()
        if message:
            self.error.show_error(message)
        self.server = QLabel(server)
        self.server.setWordWrap(True)
        self.server.setAccessibleName(self.tr("Server"))
        self.login_edit = QLineEdit(login)
        self.login_edit.setAccessibleName(self.tr("Login name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.remember_box = QCheckBox(self.tr("&Remember on this PC"))
        if can_remember:
            self.remember_box.setToolTip(
                self.tr("The password is kept in the operating system's credential store.")
            )
        else:
            self.remember_box.setEnabled(False)
            self.remember_box.setToolTip(
                self.tr("This PC has no credential store to keep the password in.")
            )
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.server)
        login_label = QLabel(self.tr("&Login name:"))
        login_label.setBuddy(self.login_edit)
        form.addRow(login_label, self.login_edit)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(password_label, self.password_edit)
        form.addRow("", self.remember_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.password_edit if login else self.login_edit).setFocus()

    def login(self) -> str:
        return self.login_edit.text().strip()

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()
