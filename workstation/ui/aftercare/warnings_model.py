"""The warnings queue's table model: as the application queue's, the count and ordered
ids come from SQL and rows are loaded a page at a time into a small cache."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workstation.aftercare import desk
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.tables import PagedRowsModel
from workstation.ui.aftercare.warnings_texts import rule_name, severity_name, status_name

PAGE = 200
MAX_PAGES = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = [("warning_no", "warning_no"), ("merchant", "merchant"), ("contract", None), ("rule", "rule"),
           ("severity", "severity"), ("status", "status"), ("raised_on", "raised_on"), ("officer", "officer")]
_COLOURS = {"high": "#b00020", "medium": "#c25400", "low": "#4d8f2a"}


class WarningsModel(PagedRowsModel):
    PAGE, MAX_PAGES, COLUMNS = PAGE, MAX_PAGES, COLUMNS

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(store, actor, desk.WarningQuery(), parent)

    def _count_of(self, query) -> int:
        return desk.warning_count(self.store, self.actor, query)

    def _ids_of(self, query, offset: int, limit: int) -> list:
        return desk.warning_ids(self.store, self.actor, query, offset=offset, limit=limit)

    def _rows_of(self, ids: list) -> dict:
        return {r.id: r for r in desk.warning_rows(self.store, self.actor, ids)}

    def _titles(self) -> list[str]:
        return [self.tr("Warning"), self.tr("Merchant"), self.tr("Contract"), self.tr("Rule"), self.tr("Severity"),
                self.tr("Status"), self.tr("Raised on"), self.tr("Officer")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, ID_ROLE) \
                or (cell := self.cell_row(index)) is None:
            return None
        key, r = cell
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(_COLOURS[r.severity])) if key == "severity" and r.severity in _COLOURS else None
        return {"warning_no": r.warning_no, "merchant": r.merchant_name, "contract": r.contract_no,
                "rule": rule_name(r.rule), "severity": severity_name(r.severity), "status": status_name(r.status),
                "raised_on": r.raised_on.isoformat(), "officer": r.officer_name or self.tr("(unassigned)")}[key]
