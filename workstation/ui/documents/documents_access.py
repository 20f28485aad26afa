"""Settings > Document access...: which roles may print only masked copies of contracts
and guarantee agreements (ID and phone numbers masked, marked 遮蔽副本). Administrators
only; every change is audited (``services.document_access.set_masked_only_roles``).

Mounting: ``install(window)`` adds the Settings menu entry for administrators."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from workstation.printing import document_access as access
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.settings_form import SaveDialog, add_admin_entry


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentAccessDialog", text)


def role_labels() -> tuple[tuple[str, str], ...]:
    """The roles that can be limited, named in the interface language."""
    return (("officer", _tr("Loan officers")), ("supervisor", _tr("Supervisors")))


def refusal_text(exc: access.AccessSettingRefused) -> str:
    return _tr("Only loan officers and supervisors can be limited to masked copies.")


class DocumentAccessDialog(SaveDialog):
    """Tick the roles limited to masked copies; ``save()`` returns True when stored."""
    refused = (access.AccessSettingRefused,)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(store, actor, parent, message_name="accessMessage")
        self.setWindowTitle(self.tr("Document access"))
        self.intro.setText(self.tr("Roles ticked here print contracts and guarantee agreements only as "
                                   "masked copies: ID and phone numbers partly hidden, marked as a masked "
                                   "copy, never the signed original. Applies to single prints, batches "
                                   "and the command line."))
        current = access.masked_only_roles(store, actor)
        self.boxes: dict[str, QCheckBox] = {}
        for role, label in role_labels():
            box = QCheckBox(label, objectName=f"masked_{role}")
            box.setChecked(role in current)
            self.boxes[role] = box
            self.body.addWidget(box)

    def store_values(self) -> None:
        access.set_masked_only_roles(self.store, self.actor, [r for r, box in self.boxes.items() if box.isChecked()])

    def refusal_text(self, exc: BaseException) -> str:
        return refusal_text(exc)


def install(window) -> None:
    """Settings > Document access... (administrators)."""
    add_admin_entry(window, _tr("&Document access..."),
                    lambda: DocumentAccessDialog(window.store, window.actor, window).exec())
