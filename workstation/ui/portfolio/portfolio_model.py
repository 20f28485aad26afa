"""The drill-down table: the loans behind a figure, lazily as the queue loads its rows:
the ordered ids come from SQL in one query, rows are read a page at a time."""
from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workstation.domain.money import fmt, from_fen
from workstation.portfolio import service
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.i18n import product_name

PAGE = 200
MAX_PAGES = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DrillModel(QAbstractTableModel):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.as_of: date | None = None
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[service.LoanRow]] = OrderedDict()

    def show(self, as_of: date, figure: str, key: str | None = None) -> None:
        ids = service.drill_ids(self.store, self.actor, as_of, figure, key)
        self.beginResetModel()
        self.as_of, self._ids = as_of, ids
        self._pages.clear()
        self.endResetModel()

    def row_at(self, row: int) -> service.LoanRow | None:
        if not 0 <= row < len(self._ids):
            return None
        n, i = divmod(row, PAGE)
        page = self._pages.get(n)
        if page is None:
            ids = self._ids[n * PAGE:(n + 1) * PAGE]
            found = {r.loan_id: r for r in service.loan_rows(self.store, self.actor, self.as_of, ids)}
            page = [found.get(x) for x in ids]
            self._pages[n] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(n)
        return page[i] if i < len(page) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = [self.tr("Contract"), self.tr("Borrower"), self.tr("Product"), self.tr("Disbursed on"),
                  self.tr("Amount"), self.tr("Principal outstanding"), self.tr("Days past due")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or not 0 <= index.column() < 7:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if index.column() >= 4 else None
        if role not in (Qt.ItemDataRole.DisplayRole, ID_ROLE):
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        if role == ID_ROLE:
            return r.loan_id
        return (r.contract_no, r.borrower, product_name(r.product), r.disbursed_on.isoformat(), fmt(from_fen(r.amount_fen)),
                fmt(from_fen(r.principal_fen)), str(r.dpd))[index.column()]
