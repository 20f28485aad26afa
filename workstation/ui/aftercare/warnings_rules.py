"""After the loan > Warning rules... (administrators): the rule set in force, each rule
on or off, its severity, suggested action and parameters; saving stores a new version
(older versions stay, each warning keeps the version it was raised under)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from workstation.aftercare import rulesets
from workstation.domain import warning_rules as wr
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.errors import present_error
from workstation.ui.aftercare.warnings_texts import action_name, rule_name, severity_name


class RulesDialog(QDialog):
    """Entry point: ``RulesDialog.ask(store, actor, parent)`` -> the new version or None."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setObjectName("warningRulesDialog")
        self.setWindowTitle(self.tr("Warning rules"))
        self.setMinimumWidth(860)
        current = rulesets.current(store, actor)
        self.codes = [r.code for r in current.rules]
        self.version = QLabel(self.tr("Version in force: %1").replace("%1", str(current.version)))
        self.table = QTableWidget(len(current.rules), 4, objectName="rulesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Severity"), self.tr("Suggested action"),
                                              self.tr("Parameters")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for i, r in enumerate(current.rules):
            name = QTableWidgetItem(rule_name(r.code))
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            name.setCheckState(Qt.CheckState.Checked if r.enabled else Qt.CheckState.Unchecked)
            self.table.setItem(i, 0, name)
            self.table.setCellWidget(i, 1, self._combo([(c, severity_name(c)) for c in wr.SEVERITIES], r.severity))
            self.table.setCellWidget(i, 2, self._combo([(c, action_name(c)) for c in wr.ACTIONS], r.action))
            self.table.setItem(i, 3, QTableWidgetItem("; ".join(f"{k}={v}" for k, v in r.params.items())))
        self.note = QLineEdit(objectName="rulesNote")
        self.note.setPlaceholderText(self.tr("Why this change (kept with the version)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.version)
        lay.addWidget(self.table)
        lay.addWidget(self.note)
        lay.addWidget(buttons)
        self.stored: int | None = None

    @staticmethod
    def _combo(items, current: str) -> QComboBox:
        box = QComboBox()
        for code, text in items:
            box.addItem(text, code)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def data(self) -> dict:
        rules = []
        for i, code in enumerate(self.codes):
            params = {}
            for part in self.table.item(i, 3).text().split(";"):
                if "=" in part:
                    k, v = part.split("=", 1)
                    params[k.strip()] = v.strip()
            rules.append({"code": code, "enabled": self.table.item(i, 0).checkState() == Qt.CheckState.Checked,
                          "severity": self.table.cellWidget(i, 1).currentData(),
                          "action": self.table.cellWidget(i, 2).currentData(), "params": params})
        return {"rules": rules}

    def _on_buttons_accepted(self) -> None:
        try:
            self.stored = rulesets.store_version(self.store, self.actor, self.data(), note=self.note.text())
        except Exception as exc:  # noqa: BLE001 - the one error presenter
            present_error(self, exc)
            return
        self.accept()

    @classmethod
    def ask(cls, store: Store, actor: Actor, parent: QWidget | None = None) -> int | None:
        d = cls(store, actor, parent)
        return d.stored if d.exec() == QDialog.DialogCode.Accepted else None
