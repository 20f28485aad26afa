"""The sign-in dialog: user name and password, the service's messages (attempts
left, lock-out) shown in the dialog itself. The password never leaves the field
except to the auth service. A temporary password (set by an administrator) is
replaced in the same dialog before the sign-in completes.

At a cold start the dialog shows before the database is open (``store`` None, the
database named by ``description``): the officer types while the store loads
(ui/start.py), and a Sign in clicked before :meth:`set_store` waits for it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from workstation.domain.errors import DomainError
from workstation.ui import settings
from workstation.ui.errors import present_error, user_message

if TYPE_CHECKING:
    from workstation.domain.actor import Actor
    from workstation.services.connect import Store


class SignInDialog(QDialog):
    def __init__(self, store: Store | None, parent: QWidget | None = None, *, description: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.store = store
        self._waiting = False           # Sign in clicked before the database was open
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in - Loan Officer Workstation"))
        self.setMinimumWidth(420)
        title = QLabel(self.tr("Loan Officer Workstation"))
        title.setObjectName("signinTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        sub = QLabel(self.tr("Database: %1").replace("%1", store.describe() if store else description))
        sub.setObjectName("signinDatabase")
        self._database_label = sub
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
        self.new_password = QLineEdit(objectName="newPassword")
        self.again = QLineEdit(objectName="newPasswordAgain")
        for e in (self.new_password, self.again):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        self._temporary: str | None = None
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("New password again"), self.again)
        self._form = form
        self._show_new_fields(False)
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

    def set_store(self, store: Store) -> None:
        """The database is open (a cold start): a Sign in already clicked goes on now."""
        self.store = store
        self._database_label.setText(self.tr("Database: %1").replace("%1", store.describe()))
        if self._waiting:
            self._waiting = False
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
            self.message.setStyleSheet("color: #b00020;")
            self.message.hide()
            self._on_buttons_accepted()

    def _show_new_fields(self, on: bool) -> None:
        for w in (self.new_password, self.again):
            self._form.setRowVisible(w, on)

    def _on_buttons_accepted(self) -> None:
        if self.store is None:                  # still opening: signs in once it is open (Cancel still works)
            self._waiting = True
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self._show(self.tr("Opening the database..."))
            self.message.setStyleSheet("color: #666;")
            return
        from workstation.services import auth
        if self._temporary is not None:
            self._change_temporary()
            return
        name = self.username.text().strip()
        if not name or not self.password.text():
            self._show(self.tr("Enter your user name and password."))
            return
        try:
            self.actor = auth.sign_in(self.store, name, self.password.text())
        except auth.PasswordChangeRequired:
            self._temporary = self.password.text()
            self.password.clear()
            self.username.setEnabled(False)
            self.password.setEnabled(False)
            self._show_new_fields(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change and sign in"))
            self._show(self.tr("Your password is a temporary one set by an administrator. "
                               "Choose a new password before you continue."))
            self.new_password.setFocus()
            return
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

    def _change_temporary(self) -> None:
        from workstation.services import auth
        new = self.new_password.text()
        if not new or new != self.again.text():
            self._show(self.tr("Enter the new password twice, the same both times."))
            return
        try:
            self.actor = auth.change_temporary_password(self.store, self.username.text().strip(),
                                                        old=self._temporary or "", new=new)
        except DomainError as exc:
            self.new_password.clear()
            self.again.clear()
            self.new_password.setFocus()
            self._show(self._password_rule_text(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)
            return
        self._temporary = None
        self.new_password.clear()
        self.again.clear()
        settings.set_value("signin/last_user", self.actor.username)
        self.accept()

    def _password_rule_text(self, exc: DomainError) -> str:
        """The password rule broken, by the refusal's code."""
        if exc.code == "password_too_short":
            return self.tr("The password is too short: at least %1 characters.").replace(
                "%1", str(exc.params["min_length"]))
        if exc.code == "password_needs_mix":
            return self.tr("The password must mix letters with digits or symbols.")
        if exc.code == "password_same_as_temporary":
            return self.tr("The new password must differ from the temporary one.")
        return user_message(exc)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
