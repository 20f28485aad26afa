"""Settings > Lender details...: the company's name, licence, address, credit code,
seal name (and phone, legal representative, regulator) printed on every borrower
document. Administrators only; a real database prints no document until they are set.

Mounting: ``install(window)`` adds the Settings menu entry for administrators."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from workstation.printing import lender
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.settings_form import SaveDialog, add_admin_entry
from workstation.ui.operations.lender_texts import FIELD_LABELS, _tr, refusal_text  # noqa: F401 - refusal_text: callers read it here


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


class LenderDialog(SaveDialog):
    """Edit the details; ``save()`` returns True when stored."""
    refused = (lender.LenderRefused,)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent, message_name="lenderMessage", wrap_intro=False)
        self.setWindowTitle(self.tr("Lender details"))
        self.intro.setText(self.tr("Printed on every contract, agreement, letter and statement. "
                                   "Placeholders (XX, 某某) stop real documents from printing."))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        current = lender.lender_details(store, actor)
        for word, label in FIELD_LABELS:
            edit = QLineEdit(current.get(word, ""), objectName=f"lender_{word}")
            self.edits[word] = edit
            form.addRow(_tr(label), edit)
        self.body.addLayout(form)

    def store_values(self) -> None:
        lender.set_lender_details(self.store, self.actor, **{w: e.text() for w, e in self.edits.items()})

    def refusal_text(self, exc: BaseException) -> str:
        return refusal_text(exc)


def install(window) -> None:
    """Settings > Lender details... (administrators)."""
    add_admin_entry(window, _tr("&Lender details..."), lambda: LenderDialog(window.store, window.actor, window).exec())
