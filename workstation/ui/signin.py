"""The sign-in dialog: user name and password, the service's messages (attempts
left, lock-out) shown in the dialog itself. The password never leaves the field
except to the auth service."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from workstation.services import auth
from workstation.services.context import Actor, DomainError, Store
from workstation.ui import settings
from workstation.ui.errors import present_error, user_message


class SignInDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in - Loan Officer Workstation"))
        self.setMinimumWidth(420)
        title = QLabel(self.tr("Loan Officer Workstation"))
        title.setObjectName("signinTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        sub = QLabel(self.tr("Database: %1").replace("%1", store.describe()))
        sub.setWordWrap(True)
        sub.setStyleSheet("color: #666;")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setText(str(settings.value("signin/last_user", "") or ""))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(sub)
        lay.addSpacing(8)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        (self.password if self.username.text() else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> Actor | None:
        dlg = cls(store, parent)
        return dlg.actor if dlg.exec() == QDialog.DialogCode.Accepted else None

    def _on_buttons_accepted(self) -> None:
        name = self.username.text().strip()
        if not name or not self.password.text():
            self._show(self.tr("Enter your user name and password."))
            return
        try:
            self.actor = auth.sign_in(self.store, name, self.password.text())
        except DomainError as exc:
            self.password.clear()
            self.password.setFocus()
            self._show(user_message(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)
            return
        self.password.clear()
        settings.set_value("signin/last_user", name)
        self.accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
