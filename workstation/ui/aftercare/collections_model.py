"""The collections queue's table model: the count and ordered ids come from SQL and rows
are loaded a page at a time into a small cache (as the warnings queue's)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workstation.aftercare import collections
from workstation.domain.clock import local_text
from workstation.domain.money import fmt
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.tables import PagedRowsModel

PAGE = 200
MAX_PAGES = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = [("contract", "contract"), ("merchant", "merchant"), ("bucket", None), ("dpd", "dpd"),
           ("overdue", "overdue"), ("principal", "principal"), ("promise", None), ("contact", None)]
_COLOURS = {"M1": "#c25400", "M2": "#b00020", "M3+": "#6a0014"}
_RIGHT = {"dpd", "overdue", "principal"}


class CollectionsModel(PagedRowsModel):
    PAGE, MAX_PAGES, COLUMNS = PAGE, MAX_PAGES, COLUMNS

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(store, actor, collections.CollectionQuery(), parent)

    def _count_of(self, query) -> int:
        return collections.queue_count(self.store, self.actor, query)

    def _ids_of(self, query, offset: int, limit: int) -> list:
        return collections.queue_ids(self.store, self.actor, query, offset=offset, limit=limit)

    def _rows_of(self, ids: list) -> dict:
        return {r.loan_id: r for r in collections.queue_rows(self.store, self.actor, ids)}

    def _titles(self) -> list[str]:
        return [self.tr("Contract"), self.tr("Merchant"), self.tr("Bucket"), self.tr("Days past due"),
                self.tr("Overdue (yuan)"), self.tr("Principal outstanding"), self.tr("Promise due"),
                self.tr("Last contact")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
                return None
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) \
                if COLUMNS[index.column()][0] in _RIGHT else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, ID_ROLE) \
                or (cell := self.cell_row(index)) is None:
            return None
        key, r = cell
        if role == ID_ROLE:
            return r.loan_id
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(_COLOURS[r.bucket])) if key == "bucket" and r.bucket in _COLOURS else None
        return {"contract": r.contract_no, "merchant": r.merchant_name, "bucket": r.bucket, "dpd": str(r.dpd),
                "overdue": fmt(r.overdue_total), "principal": fmt(r.principal),
                "promise": r.open_promise.isoformat() if r.open_promise else "",
                "contact": local_text(r.last_contact) if r.last_contact else ""}[key]
