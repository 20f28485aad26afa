"""The queue's table model. Sorting and filtering happen in SQL (a new
QueueQuery); the model keeps the row count (from the kept counts) and loads the rows it
shows lazily, a page at a time, by seeking from a neighbouring page's key (keyset
pagination, :mod:`workstation.decide.queue_pages`): the next page starts after the
last key of the one before, the page before one already loaded ends before its first
key, and the last page is read from the other end, reversed. Only a jump into the
middle, far from every page seen, falls back to OFFSET. A million rows cost a count
from a small table and one page."""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workstation.domain.money import fmt
from workstation.decide import queue, queue_pages
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.i18n import pick, platform_name, status_name

PAGE = 64           # rows per page: about two screens
MAX_PAGES = 50
WALK = 8          # pages walked by keys from the nearest page seen before falling back to OFFSET
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# column key, sort key
COLUMNS = [
    ("app_no", "app_no"), ("merchant", "merchant"), ("platform", "platform"), ("product", "product"),
    ("amount", "amount"), ("grade", "grade"), ("suggested_limit", "suggested_limit"), ("status", "status"),
    ("officer", "officer"), ("days_waiting", "days_waiting"),
]
_RIGHT = {"amount", "suggested_limit", "days_waiting"}
_ALIGN = {key: int((Qt.AlignmentFlag.AlignRight if key in _RIGHT else Qt.AlignmentFlag.AlignLeft)
                   | Qt.AlignmentFlag.AlignVCenter) for key, _ in COLUMNS}
_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, ID_ROLE})
# the same amounts come back with every paint: formatted once (fmt checks and parses)
_money_text = lru_cache(maxsize=8192)(fmt)
_GRADE_COLOURS = {"A": "#1b7f3b", "B": "#4d8f2a", "C": "#a07800", "D": "#c25400", "E": "#b00020"}


class QueueModel(QAbstractTableModel):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.query = queue.QueueQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[queue.QueueRow | None]] = OrderedDict()
        # the first and last keys of every page read since the last reset (kept when the
        # page's rows leave the cache): where the neighbouring pages start and end
        self._first_keys: dict[int, queue_pages.SeekKey] = {}
        self._last_keys: dict[int, queue_pages.SeekKey] = {}
        self.product_names: dict[str, tuple[str, str]] = {}   # code -> (zh, en)

    # --- what to show ----------------------------------------------------------------
    def set_query(self, query: queue.QueueQuery, *, recount: bool = True) -> None:
        """Show ``query``; the count is kept when only the order changes (sorting)."""
        same_rows = replace(query, sort=self.query.sort, descending=self.query.descending) == self.query
        first = None
        if same_rows and not recount:
            count = self._count
        else:                       # the count and the first page in one read
            count, first = queue_pages.queue_start(self.store, self.actor, query, limit=PAGE)
        self.show_rows(query, count, first)

    def show_rows(self, query: queue.QueueQuery, count: int, first: list[queue.QueueRow] | None) -> None:
        """Show ``query`` with its ``count`` and first page read already (None: the pages
        are read as they are shown)."""
        self.beginResetModel()
        self.query, self._count = query, count
        self._pages.clear()
        self._first_keys.clear()
        self._last_keys.clear()
        if first is not None:
            self._keep(0, first)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def row_at(self, row: int) -> queue.QueueRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        i = row % PAGE
        return page[i] if i < len(page) else None

    def id_at(self, row: int) -> int | None:
        r = self.row_at(row)
        return r.id if r else None

    def loaded_ids(self) -> list[int]:
        """Ids of every row, loading all pages (for small queues and tests)."""
        return [r.id for n in range((self._count + PAGE - 1) // PAGE) for r in self._page(n) if r]

    def row_of(self, app_id: int) -> int:
        """The row of ``app_id`` among the pages already loaded, or -1."""
        for n, page in self._pages.items():
            for i, r in enumerate(page):
                if r is not None and r.id == app_id:
                    return n * PAGE + i
        return -1

    def _page(self, n: int) -> list[queue.QueueRow | None]:
        page = self._pages.get(n)
        if page is not None:
            self._pages.move_to_end(n)
            return page
        page = list(self._read_page(n))
        self._keep(n, page)
        return page

    def _read_page(self, n: int) -> list[queue.QueueRow]:
        q, last = self.query, (self._count - 1) // PAGE
        if n == 0:
            return self._seek(n)
        if n - 1 in self._last_keys:
            return self._seek(n, after=self._last_keys[n - 1])
        if n in (last, last - 1) and last not in self._pages:
            tail = self._count - last * PAGE
            if n == last and (tail == PAGE or last - 1 in self._pages):
                return self._seek(n, last=True, limit=tail)
            # the view at the end shows a short last page and the page before it (the one it
            # asks first): both in one read from the end
            rows = self._seek(last, last=True, limit=tail + PAGE)
            if len(rows) == tail + PAGE:
                self._keep(last - 1, rows[:PAGE])
                self._keep(last, rows[PAGE:])
                return self._pages[n]
            if n == last:
                return rows[-tail:]
        if n + 1 in self._first_keys:
            return self._seek(n, before=self._first_keys[n + 1])
        known = sorted(set(self._first_keys) | {0, last}, key=lambda k: abs(k - n))
        near = known[0]
        if abs(near - n) <= WALK:          # walk page by page from the nearest page seen
            step = 1 if near < n else -1
            for k in range(near, n, step):
                self._page(k)
            if n in self._pages:           # read with a neighbour
                return self._pages[n]
            if n - 1 in self._last_keys:
                return self._seek(n, after=self._last_keys[n - 1])
            if n + 1 in self._first_keys:
                return self._seek(n, before=self._first_keys[n + 1])
        ids = queue.queue_ids(self.store, self.actor, q, offset=n * PAGE, limit=PAGE)
        found = {r.id: r for r in queue.queue_rows(self.store, self.actor, ids)}
        return [found[i] for i in ids if i in found]

    def _seek(self, n: int, *, after=None, before=None, last: bool = False, limit: int | None = None):
        return queue_pages.queue_page(self.store, self.actor, self.query, after=after, before=before,
                                      last=last, limit=limit or PAGE)

    def _keep(self, n: int, page: list[queue.QueueRow | None]) -> None:
        self._pages[n] = page
        rows = [r for r in page if r is not None]
        if rows:
            self._first_keys[n] = queue_pages.key_of(self.query, rows[0])
            self._last_keys[n] = queue_pages.key_of(self.query, rows[-1])
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    # --- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if 0 <= section < len(COLUMNS):
            return self._titles()[section]
        return None

    def _titles(self) -> list[str]:
        return [self.tr("Number"), self.tr("Merchant"), self.tr("Platform"), self.tr("Product"),
                self.tr("Amount asked"), self.tr("Grade"), self.tr("Suggested limit"), self.tr("Status"),
                self.tr("Officer"), self.tr("Days waiting")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES and role != _ALIGNMENT:       # most of what the view asks: answered at once
            return None
        row, column = index.row(), index.column()         # -1 for an invalid index
        if not 0 <= row < self._count or not 0 <= column < len(COLUMNS):
            return None
        key = COLUMNS[column][0]
        if role == _ALIGNMENT:
            return _ALIGN[key]
        r = self.row_at(row)
        if r is None:
            return None
        if role == ID_ROLE:
            return r.id
        if role == _FOREGROUND:
            if key == "grade" and r.grade in _GRADE_COLOURS:
                return QBrush(QColor(_GRADE_COLOURS[r.grade]))
            return None
        if role == _TOOLTIP and key != "merchant":
            return None
        return self._text(r, key)

    def _text(self, r: queue.QueueRow, key: str) -> str:
        if key == "app_no":
            return r.app_no
        if key == "merchant":
            return r.merchant_name
        if key == "platform":
            return platform_name(r.platform)
        if key == "product":
            names = self.product_names.get(r.product_code)
            return pick(*names) if names else r.product_code
        if key == "amount":
            return _money_text(r.amount_requested)
        if key == "grade":
            return r.grade or "—"
        if key == "suggested_limit":
            return _money_text(r.suggested_limit) if r.suggested_limit is not None else "—"
        if key == "status":
            return status_name(r.status)
        if key == "officer":
            return r.officer_name or self.tr("(unassigned)")
        return str(r.days_waiting) if r.days_waiting is not None else "—"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.set_query(replace(self.query, sort=COLUMNS[column][1],
                               descending=order == Qt.SortOrder.DescendingOrder), recount=False)

    def sort_section(self) -> tuple[int, Qt.SortOrder]:
        keys = [c[1] for c in COLUMNS]
        col = keys.index(self.query.sort) if self.query.sort in keys else -1
        return col, Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder
