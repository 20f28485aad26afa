"""What the warnings and collections desks share: the queue-beside-detail tab (filters
bar and lazy table on the left, the selected record's panel on the right), the detail
panel's header and record tables, rows of action buttons, opening the tab once and the
贷后 (After the loan) menu."""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from workstation.ui.errors import present_error
from workstation.ui.tables import read_only_table


def detail_header(prefix: str) -> tuple[QLabel, QLabel]:
    """(title, facts): the detail panel's bold title and its selectable lines of figures."""
    title = QLabel(objectName=f"{prefix}Title", styleSheet="font-size: 15px; font-weight: bold;")
    facts = QLabel(objectName=f"{prefix}Facts", wordWrap=True)
    facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return title, facts


def record_table(cols: list[str], name: str, *, stretch: int | None = None, max_height: int = 170) -> QTableWidget:
    """A read-only table of records (a log, the actions taken), whole rows selected."""
    t = read_only_table(QTableWidget(0, len(cols), objectName=name))
    t.setHorizontalHeaderLabels(cols)
    t.horizontalHeader().setSectionResizeMode(len(cols) - 1 if stretch is None else stretch,
                                              QHeaderView.ResizeMode.Stretch)
    t.setMaximumHeight(max_height)
    return t


def fill_records(t: QTableWidget, rows: Iterable[tuple[str, ...]], ids: Iterable[object] | None = None) -> None:
    """The rows' texts into ``t``; ``ids`` (one per row) kept under the user role of each cell."""
    rows = list(rows)
    ids = list(ids) if ids is not None else [None] * len(rows)
    t.setRowCount(len(rows))
    for i, (row, key) in enumerate(zip(rows, ids)):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            if key is not None:
                item.setData(Qt.ItemDataRole.UserRole, key)
            t.setItem(i, j, item)


def button_rows(rows: list[list[tuple[str, str]]], on_click: Callable[[str], None]
                ) -> tuple[dict[str, QPushButton], list[QHBoxLayout]]:
    """Rows of action buttons (key, text), each named ``btn_<key>`` and calling
    ``on_click(key)``; returns the buttons by key and the rows' layouts."""
    buttons: dict[str, QPushButton] = {}
    layouts = []
    for row in rows:
        lay = QHBoxLayout()
        for key, text in row:
            b = QPushButton(text, objectName=f"btn_{key}")
            b.clicked.connect(lambda _=False, k=key: on_click(k))
            lay.addWidget(b)
            buttons[key] = b
        lay.addStretch(1)
        layouts.append(lay)
    return buttons, layouts


class QueueDesk(QWidget):
    """A tab with the filters bar and the lazy queue on the left, the detail on the right.
    Subclasses make ``model``, ``detail`` and their filter widgets, then call ``_lay_out``;
    they say how the detail shows a record (``_show``) and which one it shows (``_shown``)."""
    ID_ROLE: int

    def _search_box(self, name: str, placeholder: str) -> QLineEdit:
        """The search box: the filters are applied 300 ms after the last key."""
        box = QLineEdit(objectName=name)
        box.setPlaceholderText(placeholder)
        box.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.apply_filters)
        box.textChanged.connect(lambda _t: self._timer.start())
        return box

    def _lay_out(self, table_name: str, bar: list[QWidget], sizes: list[int]) -> None:
        self.table = QTableView(objectName=table_name)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.detail.changed.connect(self._on_detail_changed)
        row = QHBoxLayout()
        for w in bar:
            row.addWidget(w, 1 if isinstance(w, QLineEdit) else 0)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(row)
        ll.addWidget(self.table)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.detail)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setSizes(sizes)
        QVBoxLayout(self).addWidget(split)
        self.apply_filters()
        self.table.selectionModel().currentRowChanged.connect(self._on_table_currentRowChanged)

    def apply_filters(self) -> None:  # pragma: no cover - every desk has its own
        raise NotImplementedError

    def _show(self, key) -> None:  # pragma: no cover
        raise NotImplementedError

    def _shown(self):  # pragma: no cover
        raise NotImplementedError

    def _counted(self) -> None:
        """After the queue changed (a desk shows its count)."""

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _on_table_currentRowChanged(self, current, _previous) -> None:
        key = self.model.data(self.model.index(current.row(), 0), self.ID_ROLE) if current.isValid() else None
        try:
            self._show(key)
        except Exception as exc:  # noqa: BLE001 - the one error presenter decides how to show it
            present_error(self, exc)

    def _on_detail_changed(self) -> None:
        current = self._shown()
        self.model.refresh()
        self._counted()
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0), self.ID_ROLE) == current:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                break


def open_desk(window, cls: type, title: str, *, reload: str = "apply_filters") -> None:
    """Show the desk's tab (made the first time; read again, by its ``reload`` method, after)."""
    for i in range(window.tabs.count()):
        if isinstance(window.tabs.widget(i), cls):
            window.tabs.setCurrentIndex(i)
            getattr(window.tabs.widget(i), reload)()
            return
    d = cls(window.store, window.actor, window)
    window.tabs.setCurrentIndex(window.tabs.addTab(d, title))


def aftercare_menu(window):
    """The 贷后 (After the loan) menu, made by whichever desk comes first."""
    menu = window.menus.get("aftercare")
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("Warnings", "&After the loan"))
        window.menus["aftercare"] = menu
    return menu
