"""Admins: add users, reset passwords, deactivate and activate; everyone: change
their own password. The service checks the role again."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QInputDialog, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from workstation.services import auth
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui import settings
from workstation.ui.errors import present_error
from workstation.ui.i18n import pick
from workstation.ui.param_texts import role_name
from workstation.ui.tables import RecordsModel, make_table


class UsersDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.resize(760, 420)
        self.model = RecordsModel([self.tr("User name"), self.tr("Name"), self.tr("Roles"), self.tr("Supervisor"),
                                   self.tr("Active"), self.tr("Locked")], parent=self)
        self.table = make_table(self.model, stretch=1, name="usersTable")
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Add..."), self._on_add_clicked, "addUser"),
                                 (self.tr("Reset password..."), self._on_reset_clicked, "resetPassword"),
                                 (self.tr("Deactivate / activate"), self._on_toggle_clicked, "toggleActive")):
            b = QPushButton(text, objectName=name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.reload()
        settings.restore_geometry(self, "users")

    @classmethod
    def show_for(cls, store: Store, actor: Actor, parent: QWidget | None = None) -> "UsersDialog":
        """Non-modal, so the idle lock can hide it and bring it back."""
        dlg = cls(store, actor, parent)
        dlg.show()
        return dlg

    def reload(self) -> None:
        self.users = auth.list_users(self.store, self.actor)
        yes, no = self.tr("yes"), self.tr("no")
        self.model.set_rows([[u["username"], u["display_name"], pick("、", ", ").join(map(role_name, u["roles"])),
                              u["supervisor"] or "",
                              yes if u["active"] else no, yes if u["locked"] else ""] for u in self.users],
                            ids=[u["username"] for u in self.users])

    def _selected(self) -> dict | None:
        row = self.table.currentIndex().row()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _on_add_clicked(self) -> None:
        dlg = AddUserDialog([u["username"] for u in self.users if "supervisor" in u["roles"]], self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            auth.add_user(self.store, self.actor, **dlg.values())
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
        self.reload()

    def _on_reset_clicked(self) -> None:
        u = self._selected()
        if u is None:
            return
        pw, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                      self.tr("New password for %1:").replace("%1", u["username"]),
                                      QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            auth.reset_password(self.store, self.actor, username=u["username"], new_password=pw)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Reset password"),
                                self.tr("The password was reset; the user must change it at next sign-in."))
        self.reload()

    def _on_toggle_clicked(self) -> None:
        u = self._selected()
        if u is None:
            return
        try:
            auth.set_active(self.store, self.actor, username=u["username"], active=not u["active"])
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
        self.reload()

    def closeEvent(self, event) -> None:
        settings.save_geometry(self, "users")
        super().closeEvent(event)


class AddUserDialog(QDialog):
    def __init__(self, supervisors: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add user"))
        self.username, self.display = QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = {r: QCheckBox(t) for r, t in (("officer", self.tr("officer")),
                                                   ("supervisor", self.tr("supervisor")),
                                                   ("admin", self.tr("administrator")))}
        self.supervisor = QComboBox()
        self.supervisor.addItem(self.tr("(none)"), None)
        for s in supervisors:
            self.supervisor.addItem(s, s)
        roles = QWidget()
        rl = QHBoxLayout(roles)
        rl.setContentsMargins(0, 0, 0, 0)
        for cb in self.roles.values():
            rl.addWidget(cb)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Roles"), roles)
        form.addRow(self.tr("Supervisor"), self.supervisor)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        form.addRow(bb)

    def values(self) -> dict:
        return dict(username=self.username.text(), display_name=self.display.text(),
                    password=self.password.text(), roles={r for r, cb in self.roles.items() if cb.isChecked()},
                    supervisor=self.supervisor.currentData())


class ChangePasswordDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Change my password"))
        self.old, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for e in (self.old, self.new, self.again):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.again)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self._on_ok)
        bb.rejected.connect(self.reject)
        form.addRow(bb)

    @classmethod
    def ask(cls, store: Store, actor: Actor, parent: QWidget | None = None) -> bool:
        return cls(store, actor, parent).exec() == QDialog.DialogCode.Accepted

    def _on_ok(self) -> None:
        if self.new.text() != self.again.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The new passwords differ."))
            return
        try:
            auth.change_own_password(self.store, self.actor, old=self.old.text(), new=self.new.text())
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        self.accept()
