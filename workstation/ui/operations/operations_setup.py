"""The first-run setup wizard (a real database with no user yet): the lender's details,
capital, products in use and their rates, the first administrator, the backup folder.
Finishing is refused, the fields named, while any answer is missing or a placeholder.

Entry point: ``SetupWizard.ask(store)`` returns the first administrator (an Actor) or None."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout,
                               QWizard, QWizardPage)

from workstation.operations import first_run
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.services.connect import Store
from workstation.ui.documents.documents_lender import FIELD_LABELS
from workstation.ui import i18n
from workstation.ui.errors import user_message


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupWizard", text)


FIELD_NAMES = {  # problem field -> label (translated at use)
    "net_capital": "Net capital (yuan)", "borrowing_pct": "Bank borrowing (% of net capital, at most 50)",
    "products": "Products in use", "admin_username": "User name", "admin_name": "Full name",
    "admin_password": "Password", "backup_folder": "Backup folder", "backup_keep": "Backups kept",
}


def _page(title: str, intro: str) -> tuple[QWizardPage, QVBoxLayout]:
    page = QWizardPage()
    page.setTitle(title)
    lay = QVBoxLayout(page)
    lay.addWidget(QLabel(intro, wordWrap=True))
    return page, lay


class SetupWizard(QWizard):
    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.admin: Actor | None = None
        self.setWindowTitle(self.tr("Set up the workstation"))
        from workstation.services.setup import ensure_reference_data
        ensure_reference_data(store, None)          # the seeded products to choose from
        self.products = first_run.products_in_use(store, None)
        self.edits: dict[str, QLineEdit] = {}
        self._lender_page()
        self._capital_page()
        self._products_page()
        self._admin_page()
        self._backup_page()
        self.message = QLabel(objectName="setupMessage", wordWrap=True)
        self.message.setStyleSheet("color: #b00020")
        self.page(self.pageIds()[-1]).layout().addWidget(self.message)

    def _form(self, lay, rows) -> None:
        form = QFormLayout()
        for key, label, echo in rows:
            edit = QLineEdit(objectName=f"setup_{key}")
            if echo:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.edits[key] = edit
            form.addRow(label, edit)
        lay.addLayout(form)

    def _lender_page(self) -> None:
        from workstation.ui.documents.documents_lender import _tr as lender_tr
        page, lay = _page(self.tr("The lender"), self.tr("Printed on every contract and letter. Placeholders "
                                                          "(XX, 某某) are refused."))
        self._form(lay, [(f"lender.{w}", lender_tr(label), False) for w, label in FIELD_LABELS])
        self.addPage(page)

    def _capital_page(self) -> None:
        page, lay = _page(self.tr("Capital"), self.tr("The lending capacity is the net capital plus the bank "
                                                       "borrowing allowed."))
        self._form(lay, [("net_capital", _tr(FIELD_NAMES["net_capital"]), False),
                         ("borrowing_pct", _tr(FIELD_NAMES["borrowing_pct"]), False)])
        self.addPage(page)

    def _products_page(self) -> None:
        page, lay = _page(self.tr("Products"), self.tr("Tick the products in use and give each its rate within "
                                                        "its band."))
        grid = QGridLayout()
        self.ticks: dict[str, QCheckBox] = {}
        for row, (code, p) in enumerate(self.products.items()):
            self.ticks[code] = QCheckBox(i18n.pick(p.name_zh, p.name_en), objectName=f"use_{code}")
            edit = QLineEdit(p.rate.text(), objectName=f"rate_{code}")
            self.edits[f"rate.{code}"] = edit
            grid.addWidget(self.ticks[code], row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(QLabel(f"{p.rate_min.text()} – {p.rate_max.text()}"), row, 2)
        lay.addLayout(grid)
        self.addPage(page)

    def _admin_page(self) -> None:
        page, lay = _page(self.tr("The first administrator"), self.tr("The administrator adds the other users."))
        self._form(lay, [("admin_username", _tr(FIELD_NAMES["admin_username"]), False),
                         ("admin_name", _tr(FIELD_NAMES["admin_name"]), False),
                         ("admin_password", _tr(FIELD_NAMES["admin_password"]), True)])
        self.addPage(page)

    def _backup_page(self) -> None:
        page, lay = _page(self.tr("Backups"), self.tr("Once a day the desk writes a checked backup into this "
                                                       "folder; choose one on another disk."))
        self._form(lay, [("backup_folder", _tr(FIELD_NAMES["backup_folder"]), False)])
        self.keep = QSpinBox(objectName="setup_keep", minimum=1, maximum=3650, value=14)
        lay.addWidget(QLabel(_tr(FIELD_NAMES["backup_keep"])))
        lay.addWidget(self.keep)
        self.addPage(page)

    def plan(self) -> first_run.SetupPlan:
        text = {k: e.text().strip() for k, e in self.edits.items()}
        return first_run.SetupPlan(
            lender={k.split(".", 1)[1]: v for k, v in text.items() if k.startswith("lender.") and v},
            net_capital=text["net_capital"], borrowing_pct=text["borrowing_pct"],
            rates={c: text[f"rate.{c}"] for c, t in self.ticks.items() if t.isChecked()},
            admin_username=text["admin_username"], admin_name=text["admin_name"],
            admin_password=self.edits["admin_password"].text(), backup_folder=text["backup_folder"],
            backup_keep=self.keep.value())

    def _label(self, field: str) -> str:
        from workstation.ui.documents.documents_lender import _tr as lender_tr
        if field.startswith("lender."):
            return lender_tr(dict(FIELD_LABELS).get(field[7:], field[7:]))
        if field.startswith("rate."):
            return _tr("Rate of %1").replace("%1", field[5:])
        return _tr(FIELD_NAMES.get(field, field))

    def finish(self) -> bool:
        """Check and apply; False (the fields named in the wizard) when refused."""
        plan = self.plan()
        problems = first_run.check_plan(plan, self.products)
        if problems:
            self.message.setText(_tr("Please give real values for: %1")
                                 .replace("%1", ", ".join(dict.fromkeys(self._label(p.field) for p in problems))))
            return False
        try:
            self.admin = first_run.run_setup(self.store, None, plan)
        except DomainError as exc:
            self.message.setText(user_message(exc))
            return False
        return True

    def accept(self) -> None:
        if self.finish():
            super().accept()

    @classmethod
    def ask(cls, store: Store, parent=None) -> Actor | None:
        w = cls(store, parent)
        return w.admin if w.exec() else None
