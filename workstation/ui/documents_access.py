"""Settings > Document access...: which roles may print only masked copies of contracts
and guarantee agreements (ID and phone numbers masked, marked 遮蔽副本). Administrators
only; every change is audited (``services.document_access.set_masked_only_roles``).

Mounting: ``install(window)`` adds the Settings menu entry for administrators."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from workstation.printing import document_access as access
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.errors import present_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentAccessDialog", text)


ROLE_LABELS = (("officer", "Loan officers"), ("supervisor", "Supervisors"))


def refusal_text(exc: access.AccessSettingRefused) -> str:
    return _tr("Only loan officers and supervisors can be limited to masked copies.")


class DocumentAccessDialog(QDialog):
    """Tick the roles limited to masked copies; ``save()`` returns True when stored."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Document access"))
        current = access.masked_only_roles(store, actor)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Roles ticked here print contracts and guarantee agreements only as "
                                     "masked copies: ID and phone numbers partly hidden, marked as a masked "
                                     "copy, never the signed original. Applies to single prints, batches "
                                     "and the command line."), wordWrap=True))
        self.boxes: dict[str, QCheckBox] = {}
        for role, label in ROLE_LABELS:
            box = QCheckBox(_tr(label), objectName=f"masked_{role}")
            box.setChecked(role in current)
            self.boxes[role] = box
            lay.addWidget(box)
        self.message = QLabel(objectName="accessMessage", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def save(self) -> bool:
        roles = [r for r, box in self.boxes.items() if box.isChecked()]
        try:
            access.set_masked_only_roles(self.store, self.actor, roles)
        except access.AccessSettingRefused as exc:
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
    """Settings > Document access... (administrators)."""
    if not window.actor.has("admin"):
        return
    menu = window.menus.get("settings") or window.menuBar().addMenu(_tr("&Settings"))
    window.menus["settings"] = menu
    menu.addAction(_tr("&Document access..."),
                   lambda: DocumentAccessDialog(window.store, window.actor, window).exec())
