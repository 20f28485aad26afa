"""Settings > Lender details...: the company's name, licence, address, credit code,
seal name (and phone, legal representative, regulator) printed on every borrower
document. Administrators only; a real database prints no document until they are set.

Mounting: ``install(window)`` adds the Settings menu entry for administrators."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from workstation.printing import lender
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.errors import present_error
from workstation.ui.lender_texts import FIELD_LABELS, _tr, refusal_text  # noqa: F401 - refusal_text: callers read it here


def printable_or_explain(parent: QWidget, store: Store, actor) -> bool:
    """Before printing from a screen: False (with the reason, translated) while the
    lender's details of a real database are placeholders."""
    from PySide6.QtWidgets import QMessageBox
    try:
        lender.printable(store, actor)
    except lender.LenderRefused as exc:
        QMessageBox.warning(parent, _tr("Cannot print"), refusal_text(exc))
        return False
    return True


class LenderDialog(QDialog):
    """Edit the details; ``save()`` returns True when stored."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Lender details"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        current = lender.lender_details(store, actor)
        for word, label in FIELD_LABELS:
            edit = QLineEdit(current.get(word, ""), objectName=f"lender_{word}")
            self.edits[word] = edit
            form.addRow(_tr(label), edit)
        self.message = QLabel(objectName="lenderMessage", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Printed on every contract, agreement, letter and statement. "
                                     "Placeholders (XX, 某某) stop real documents from printing.")))
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def save(self) -> bool:
        values = {w: e.text() for w, e in self.edits.items()}
        try:
            lender.set_lender_details(self.store, self.actor, **values)
        except lender.LenderRefused as exc:
            self.message.setText(refusal_text(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)
            return False
        return True

    def _on_buttons_accepted(self) -> None:
        if self.save():
            self.accept()


def install(window) -> None:
    """Settings > Lender details... (administrators)."""
    if not window.actor.has("admin"):
        return
    menu = window.menus.get("settings") or window.menuBar().addMenu(_tr("&Settings"))
    window.menus["settings"] = menu
    menu.addAction(_tr("&Lender details..."), lambda: LenderDialog(window.store, window.actor, window).exec())
