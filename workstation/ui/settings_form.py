"""The one shape of the small settings dialogs (lender details, document access, the
orders behind a loan): a line saying what the dialog is for, the fields, a message line,
Save and Cancel. ``save()`` stores and returns True; a refusal of the service is shown on
the message line in the desk's words, anything else by the one error presenter. And the
Settings menu the administrators' entries go to.

A dialog subclasses :class:`SaveDialog`, puts its fields in ``self.body``, sets
``self.intro``'s text and ``refused`` (the service's refusal classes), and defines
``store_values()`` (the service call) and ``refusal_text(exc)``."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QVBoxLayout, QWidget

from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.errors import present_error


class SaveDialog(QDialog):
    refused: tuple[type[BaseException], ...] = ()

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None, *, message_name: str,
                 wrap_intro: bool = True) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.intro = QLabel(wordWrap=wrap_intro)
        self.body = QVBoxLayout()
        self.message = QLabel(objectName=message_name, wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.body)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def store_values(self) -> None:
        raise NotImplementedError

    def refusal_text(self, exc: BaseException) -> str:
        raise NotImplementedError

    def save(self) -> bool:
        """Store what is typed; True when stored (a refusal on the message line)."""
        try:
            self.store_values()
        except self.refused as exc:
            self.message.setText(self.refusal_text(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)
            return False
        return True

    def _on_buttons_accepted(self) -> None:
        if self.save():
            self.accept()


def settings_menu(window) -> QMenu:
    """The window's Settings menu, made by the first screen that needs it."""
    menu = window.menus.get("settings")
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("SettingsScreen", "&Settings"))
        window.menus["settings"] = menu
    return menu


def add_admin_entry(window, text: str, open_dialog: Callable[[], object], *, name: str = "") -> QAction | None:
    """Settings > ``text`` for administrators only (None for anyone else)."""
    if not window.actor.has("admin"):
        return None
    act = settings_menu(window).addAction(text, open_dialog)
    if name:
        act.setObjectName(name)
    return act
