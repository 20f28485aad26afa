"""A small read-only table model for the case file's lists (months, factors,
checks, history) and a table view set up the same way everywhere."""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem


class RecordsModel(QAbstractTableModel):
    """Rows of display strings; optional per-cell colours and right-aligned columns."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]] = (), *,
                 right: Sequence[int] = (), colours: dict[tuple[int, int], str] | None = None,
                 ids: Sequence[object] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._right = set(right)
        self._colours = dict(colours or {})
        self._ids = list(ids) if ids is not None else None

    def set_rows(self, rows: Sequence[Sequence[str]], *, colours: dict[tuple[int, int], str] | None = None,
                 ids: Sequence[object] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._colours = dict(colours or {})
        self._ids = list(ids) if ids is not None else None
        self.endResetModel()

    def row_id(self, row: int):
        return self._ids[row] if self._ids is not None and 0 <= row < len(self._ids) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self._headers)):
            return None
        r, c = index.row(), index.column()
        row = self._rows[r]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[c] if c < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            h = Qt.AlignmentFlag.AlignRight if c in self._right else Qt.AlignmentFlag.AlignLeft
            return int(h | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (r, c) in self._colours:
            return QBrush(QColor(self._colours[(r, c)]))
        return None


def make_table(model: QAbstractTableModel, *, stretch: int | None = None, name: str = "") -> QTableView:
    t = QTableView()
    if name:
        t.setObjectName(name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(True)
    t.setStyleSheet("QTableView::item { padding: 4px 4px; }")
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped text fits
    hh = t.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def table_item(text: str, *, right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]], right_from: int = 99) -> None:
    """Replace a QTableWidget's contents; columns from ``right_from`` on are right-aligned."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, table_item(text, right=c >= right_from))
    table.resizeColumnsToContents()


def read_only_table(table: QTableWidget) -> QTableWidget:
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)        # the rows carry their own numbers
    return table


class PagedRowsModel(QAbstractTableModel):
    """A lazy table over a desk's reads: the count of a query, the ids of one page and the
    rows of those ids. Pages of ``PAGE`` rows are read when first shown; at most
    ``MAX_PAGES`` are kept. Subclasses say how to read (``_count_of``, ``_ids_of``,
    ``_rows_of``), and give their columns and cells."""
    PAGE = 200
    MAX_PAGES = 50

    def __init__(self, store, actor, query, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.query = query
        self._count = 0
        self._pages: OrderedDict[int, list[Any | None]] = OrderedDict()

    def _count_of(self, query) -> int:
        raise NotImplementedError

    def _ids_of(self, query, offset: int, limit: int) -> list:
        raise NotImplementedError

    def _rows_of(self, ids: list) -> dict:
        """id -> row of the ids given."""
        raise NotImplementedError

    def set_query(self, query) -> None:
        count = self._count_of(query)
        self.beginResetModel()
        self.query, self._count = query, count
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def row_at(self, row: int):
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE)
        i = row % self.PAGE
        return page[i] if i < len(page) else None

    def _page(self, n: int) -> list:
        page = self._pages.get(n)
        if page is None:
            ids = self._ids_of(self.query, n * self.PAGE, self.PAGE)
            found = self._rows_of(ids)
            page = [found.get(i) for i in ids]
            self._pages[n] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(n)
        return page

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    # the columns: ``COLUMNS`` lists (cell key, sort key or None), ``_titles()`` their headings
    COLUMNS: list[tuple[str, str | None]] = []

    def _titles(self) -> list[str]:
        raise NotImplementedError

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = self._titles()
        return titles[section] if 0 <= section < len(titles) else None

    def cell_row(self, index: QModelIndex | QPersistentModelIndex):
        """(cell key, row) of a valid index whose row is loaded, else None."""
        if not index.isValid() or not 0 <= index.row() < self._count or not 0 <= index.column() < len(self.COLUMNS):
            return None
        r = self.row_at(index.row())
        return None if r is None else (self.COLUMNS[index.column()][0], r)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The query sorted by the column's sort key (a column without one does not sort)."""
        if not 0 <= column < len(self.COLUMNS) or self.COLUMNS[column][1] is None:
            return
        self.set_query(replace(self.query, sort=self.COLUMNS[column][1],
                               descending=order == Qt.SortOrder.DescendingOrder))

