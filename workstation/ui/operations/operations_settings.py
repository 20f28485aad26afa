"""Settings > Settings... (administrators): retention periods and desk settings,
products and their rate bands, the authority matrix, and the history of every change
with who and when (from the audit trail). The lender's details open their own dialog.

Mounting: ``install(window)`` adds the menu entry for administrators."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from workstation.domain.money import fmt
from workstation.operations import settings_admin as sa
from workstation.decide import authority
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui import i18n
from workstation.ui.errors import user_message
from workstation.ui.settings_form import add_admin_entry


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsScreen", text)


SETTING_LABELS = {
    "interview.recording_retention_days": "Interview recordings kept (days)",
    "session.idle_lock_minutes": "Lock an idle desk after (minutes)",
    "capital.net_capital": "Net capital (yuan)",
    "capital.bank_borrowing_ratio_pct": "Bank borrowing (% of net capital)",
    "capital.single_borrower_pct": "One borrower at most (% of net capital)",
    "capital.warn_at_pct": "Warn when lending reaches (% of capacity)",
}


class SettingsDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Settings"))
        self.resize(820, 520)
        self.tabs = QTabWidget(objectName="settingsTabs")
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._products_tab(), self.tr("Products and rates"))
        self.tabs.addTab(self._authority_tab(), self.tr("Authority matrix"))
        self.history = QTableWidget(0, 4, objectName="settingsHistory")
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.history, self.tr("History"))
        self.message = QLabel(objectName="settingsMessage", wordWrap=True)
        lender_button = QPushButton(self.tr("Lender details..."), clicked=self._on_lender_clicked)
        rules_button = QPushButton(self.tr("Warning rules..."), objectName="warningRulesButton",
                                   clicked=self._on_rules_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(lender_button)
        bottom.addWidget(rules_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(self.message)
        lay.addLayout(bottom)
        self.refresh_history()

    # -- general -----------------------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.setting_edits: dict[str, QLineEdit] = {}
        for key, value in sa.editable_settings(self.store, self.actor).items():
            edit = QLineEdit(str(value), objectName=f"setting_{key}")
            self.setting_edits[key] = edit
            form.addRow(_tr(SETTING_LABELS[key]), edit)
        save = QPushButton(self.tr("Save settings"), objectName="saveSettings", clicked=self._on_save_settings_clicked)
        form.addRow(save)
        return page

    def _saving(self, work) -> bool:
        """Run one tab's save: "Saved." and the history refreshed, or the refusal in words."""
        try:
            work()
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, translated by code
            self.message.setText(user_message(exc))
            return False
        self.message.setText(self.tr("Saved."))
        self.refresh_history()
        return True

    def save_settings(self) -> bool:
        def work() -> None:
            current = sa.editable_settings(self.store, self.actor)
            for key, edit in self.setting_edits.items():
                if edit.text().strip() != str(current[key]):
                    sa.set_setting(self.store, self.actor, key=key, value=edit.text().strip())
        return self._saving(work)

    def _on_save_settings_clicked(self) -> None:
        self.save_settings()

    # -- products ----------------------------------------------------------------------------------------------
    def _products_tab(self) -> QWidget:
        self.product_rows = sa.products(self.store, self.actor)
        self.products = QTableWidget(len(self.product_rows), 5, objectName="productsTable")
        self.products.setHorizontalHeaderLabels([self.tr("Product"), self.tr("In use"), self.tr("Rate"),
                                                 self.tr("Lowest rate"), self.tr("Highest rate")])
        for r, p in enumerate(self.product_rows):
            name = QTableWidgetItem(i18n.pick(p.name_zh, p.name_en))
            self.products.setItem(r, 0, name)
            tick = QCheckBox(objectName=f"active_{p.code}")
            tick.setChecked(p.active)
            self.products.setCellWidget(r, 1, tick)
            for c, text in ((2, p.rate), (3, p.rate_min), (4, p.rate_max)):
                self.products.setItem(r, c, QTableWidgetItem(text))
        return _table_page(self.products, QPushButton(self.tr("Save products"), objectName="saveProducts",
                                                      clicked=self._on_save_products_clicked))

    def save_products(self) -> bool:
        def work() -> None:
            for r, p in enumerate(self.product_rows):
                values = dict(active=self.products.cellWidget(r, 1).isChecked(),
                              rate=self.products.item(r, 2).text().strip(),
                              rate_min=self.products.item(r, 3).text().strip(),
                              rate_max=self.products.item(r, 4).text().strip())
                if values != dict(active=p.active, rate=p.rate, rate_min=p.rate_min, rate_max=p.rate_max):
                    self.product_rows[r] = sa.set_product(self.store, self.actor, code=p.code, **values)
        return self._saving(work)

    def _on_save_products_clicked(self) -> None:
        self.save_products()

    # -- authority matrix --------------------------------------------------------------------------------------
    def _authority_tab(self) -> QWidget:
        self.rules = list(authority.matrix(self.store, self.actor))
        self.authority = QTableWidget(len(self.rules), 4, objectName="authorityTable")
        self.authority.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Product"), self.tr("Signs up to"),
                                                  self.tr("Two signatures above")])
        for r, a in enumerate(self.rules):
            self.authority.setItem(r, 0, QTableWidgetItem(a.role))
            self.authority.setItem(r, 1, QTableWidgetItem(i18n.product_name(a.product_code) if a.product_code
                                                          else self.tr("any other")))
            self.authority.setItem(r, 2, QTableWidgetItem(fmt(a.max_limit)))
            self.authority.setItem(r, 3, QTableWidgetItem("" if a.dual_above is None else fmt(a.dual_above)))
        return _table_page(self.authority, QPushButton(self.tr("Save authority matrix"), objectName="saveAuthority",
                                                       clicked=self._on_save_authority_clicked))

    def save_authority(self) -> bool:
        from workstation.domain.money import parse_amount

        def work() -> None:
            for r, a in enumerate(self.rules):
                limit = parse_amount(self.authority.item(r, 2).text(), grouping=True)
                dual_text = self.authority.item(r, 3).text().strip()
                dual = parse_amount(dual_text, grouping=True) if dual_text else None
                if (limit, dual) != (a.max_limit, a.dual_above):
                    authority.set_rule(self.store, self.actor, role=a.role, product_code=a.product_code,
                                       max_limit=limit, dual_above=dual)
            self.rules = list(authority.matrix(self.store, self.actor))
        return self._saving(work)

    def _on_save_authority_clicked(self) -> None:
        self.save_authority()

    # -- history -----------------------------------------------------------------------------------------------
    def refresh_history(self) -> None:
        changes = sa.history(self.store, self.actor)
        self.history.setRowCount(len(changes))
        for r, c in enumerate(changes):
            when = c.at.astimezone().strftime("%Y-%m-%d %H:%M") if c.at else ""
            for col, text in enumerate((when, c.username, c.what, _summary(c.details))):
                self.history.setItem(r, col, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def _on_rules_clicked(self) -> None:
        from workstation.ui.aftercare.warnings_rules import RulesDialog
        RulesDialog.ask(self.store, self.actor, self)
        self.refresh_history()

    def _on_lender_clicked(self) -> None:
        from workstation.ui.documents.documents_lender import LenderDialog
        LenderDialog(self.store, self.actor, self).exec()
        self.refresh_history()


def _table_page(table: QTableWidget, save: QPushButton) -> QWidget:
    """A tab: the table, its Save button below."""
    table.resizeColumnsToContents()
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addWidget(table)
    lay.addWidget(save)
    return page


def _summary(details: dict) -> str:
    """What changed, old → new (values as stored, not sentences)."""
    if "old" in details and "new" in details:
        return f"{details['old']} → {details['new']}"
    if "rules" in details:                      # a new version of the warning rules
        return f"{len(details['rules'])} rules" + (f" — {details['note']}" if details.get("note") else "")
    if "changed" in details:
        pairs = {k: (v.get("old"), v.get("new")) for k, v in details["changed"].items()}
    elif isinstance(details.get("before"), dict) or "before" in details:
        before = details.get("before") or {}
        after = details.get("after") or {k: v for k, v in details.items() if k != "before"}
        pairs = {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}
    else:
        return ", ".join(f"{k}={v}" for k, v in details.items())
    return "; ".join(f"{k}: {old} → {new}" for k, (old, new) in pairs.items())


def install(window) -> None:
    """Settings > Settings... (administrators)."""
    add_admin_entry(window, _tr("Se&ttings..."), lambda: SettingsDialog(window.store, window.actor, window).exec(),
                    name="actSettings")
