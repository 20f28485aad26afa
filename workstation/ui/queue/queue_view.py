"""The queue panel: filter bar, search box, the lazy table, claim and reassign."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from workstation.domain.money import MoneyError
from workstation.domain.workflow import Status
from workstation.decide import queue
from workstation.decide.queue_open import QueueOpening
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.amounts import parse_desk_amount
from workstation.ui.errors import present_error
from workstation.ui.i18n import pick, platform_name, status_name
from workstation.ui.queue.queue_model import QueueModel

GRADES = ("A", "B", "C", "D", "E")


class QueueTable(QTableView):
    """Enter opens the current case, as double-click does."""
    activated_row = Signal(int)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class QueuePanel(QWidget):
    open_case = Signal(int)          # application id
    changed = Signal()               # something moved: counts must refresh

    def __init__(self, store: Store, actor: Actor, parent=None, *, options: queue.FilterOptions | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.model = QueueModel(store, actor, self)
        opts = options if options is not None else queue.filter_options(store, actor)
        self.model.product_names = {c: (zh, en) for c, zh, en in opts.products}
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self.apply_filters)

        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Search: number, merchant, legal representative, last digits of ID"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_textChanged)
        self.search.returnPressed.connect(self.apply_filters)

        self.status = self._combo("status", self.tr("All statuses"),
                                  [(s.value, status_name(s.value)) for s in Status])
        self.product = self._combo("product", self.tr("All products"), [(c, pick(zh, en)) for c, zh, en in opts.products])
        self.platform = self._combo("platform", self.tr("All platforms"),
                                    [(p, platform_name(p)) for p in ("taobao", "tmall", "1688")])
        self.province = self._combo("province", self.tr("All provinces"), [(p, p) for p in opts.provinces])
        self.officer = self._combo("officer", self.tr("All officers"), [(i, n) for i, n in opts.officers])
        self.grade = self._combo("grade", self.tr("All grades"), [(g, g) for g in GRADES])
        self.amount_min = self._amount("amountMin")
        self.amount_max = self._amount("amountMax")
        self.show_finished = QCheckBox(self.tr("Show finished cases"), objectName="showFinished")
        self.show_finished.setToolTip(self.tr("My cases lists the work in hand; tick to add declined, "
                                              "withdrawn, expired, disbursed and closed cases"))
        self.show_finished.setVisible(False)
        self.show_finished.toggled.connect(self.apply_filters)
        self.clear_btn = QPushButton(self.tr("Clear"), objectName="clearFilters")
        self.clear_btn.clicked.connect(self.clear_filters)

        self.table = QueueTable(objectName="queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # the model's own order (days waiting, the longest first) from the start: enabling
        # sorting sorts by the header's indicator, which would otherwise be the first column
        self.table.horizontalHeader().setSortIndicator(*self.model.sort_section())
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        for col, width in enumerate((160, 260, 60, 130, 110, 50, 110, 95, 80, 75)):
            self.table.setColumnWidth(col, width)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)      # the merchant takes the rest
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        self.table.activated_row.connect(self._open_row)

        self.claim_btn = QPushButton(self.tr("Claim"), objectName="claim")
        self.claim_btn.clicked.connect(self._on_claim_clicked)
        self.claim_btn.setVisible(actor.has("officer"))
        self.reassign_btn = QPushButton(self.tr("Reassign..."), objectName="reassign")
        self.reassign_btn.clicked.connect(self._on_reassign_clicked)
        self.reassign_btn.setVisible(actor.has("supervisor"))
        self.open_btn = QPushButton(self.tr("Open case"), objectName="openCase")
        self.open_btn.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.count_label = QLabel(objectName="rowCount")

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        for w in (self.status, self.product, self.platform, self.province, self.officer, self.grade):
            top.addWidget(w, 1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Amount from")))
        second.addWidget(self.amount_min)
        second.addWidget(QLabel(self.tr("to")))
        second.addWidget(self.amount_max)
        second.addWidget(self.show_finished)
        second.addWidget(self.clear_btn)
        second.addStretch(1)
        second.addWidget(self.count_label)
        second.addSpacing(12)
        second.addWidget(self.claim_btn)
        second.addWidget(self.reassign_btn)
        second.addWidget(self.open_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addLayout(second)
        lay.addWidget(self.table, 1)
        self.model.modelReset.connect(self._on_model_modelReset)

    def _combo(self, name: str, everything: str, items) -> QComboBox:
        c = QComboBox(objectName=name)
        c.addItem(everything, None)
        for data, text in items:
            c.addItem(text, data)
        c.currentIndexChanged.connect(self.apply_filters)
        return c

    def _amount(self, name: str) -> QLineEdit:
        e = QLineEdit(objectName=name)
        e.setPlaceholderText("0.00")
        e.setMaximumWidth(120)
        e.editingFinished.connect(self.apply_filters)
        return e

    # --- filtering --------------------------------------------------------------------
    def set_queue(self, name: str, *, opening: QueueOpening | None = None) -> None:
        """Show the queue ``name``; ``opening``: its count and first page read already
        (the window's first read, in the order it was read), used when it asks for what
        the filters ask for."""
        self.show_finished.setVisible(name == "mine")
        query = replace(self._query(), queue=name)
        if opening is not None and replace(opening.query, sort=query.sort, descending=query.descending) == query:
            self.model.show_rows(opening.query, opening.count, opening.rows)
        else:
            self.model.set_query(query)

    def _query(self) -> queue.QueueQuery:
        statuses = (self.status.currentData(),) if self.status.currentData() else ()
        return queue.QueueQuery(
            queue=self.model.query.queue, statuses=statuses, product=self.product.currentData(),
            platform=self.platform.currentData(), province=self.province.currentData(),
            officer_id=self.officer.currentData(), grade=self.grade.currentData(),
            amount_min=self._money(self.amount_min), amount_max=self._money(self.amount_max),
            search=self.search.text(), sort=self.model.query.sort, descending=self.model.query.descending,
            include_finished=self.show_finished.isChecked())

    def _money(self, edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            edit.setStyleSheet("")
            return None
        try:
            value = parse_desk_amount(text)
        except MoneyError:
            edit.setStyleSheet("border: 1px solid #b00020;")
            edit.setToolTip(self.tr("Not an amount: use digits with at most two decimals"))
            return None
        edit.setStyleSheet("")
        return value

    def apply_filters(self) -> None:
        try:
            self.model.set_query(self._query())
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)

    def clear_filters(self) -> None:
        for c in (self.status, self.product, self.platform, self.province, self.officer, self.grade):
            c.blockSignals(True)
            c.setCurrentIndex(0)
            c.blockSignals(False)
        for e in (self.amount_min, self.amount_max, self.search):
            e.blockSignals(True)
            e.clear()
            e.blockSignals(False)
        self.show_finished.blockSignals(True)
        self.show_finished.setChecked(False)
        self.show_finished.blockSignals(False)
        self.apply_filters()

    def refresh(self) -> None:
        current = self.model.id_at(self.table.currentIndex().row())
        self.model.refresh()
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.table.selectRow(row)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_textChanged(self, _text: str) -> None:
        self._search_timer.start()

    def _on_model_modelReset(self) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", self.model.rowCount()))
        col, order = self.model.sort_section()
        hh = self.table.horizontalHeader()
        hh.blockSignals(True)
        hh.setSortIndicator(col, order)
        hh.blockSignals(False)

    # --- actions ----------------------------------------------------------------------
    def current_row(self):
        return self.model.row_at(self.table.currentIndex().row())

    def _open_row(self, row: int) -> None:
        app_id = self.model.id_at(row)
        if app_id is not None:
            self.open_case.emit(app_id)

    def _on_claim_clicked(self) -> None:
        r = self.current_row()
        if r is None:
            return
        try:
            queue.claim(self.store, self.actor, r.id, expected_version=r.version)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
        self.refresh()
        self.changed.emit()

    def _on_reassign_clicked(self) -> None:
        r = self.current_row()
        if r is None:
            return
        officers = queue.team_officers(self.store, self.actor)
        if not officers:
            present_error(self, LookupError(self.tr("There is no officer in your team.")))
            return
        names = [n for _, n in officers]
        name, ok = QInputDialog.getItem(self, self.tr("Reassign %1").replace("%1", r.app_no),
                                        self.tr("New officer:"), names, 0, False)
        if not ok:
            return
        try:
            queue.reassign(self.store, self.actor, r.id, officer_id=officers[names.index(name)][0],
                           expected_version=r.version)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
        self.refresh()
        self.changed.emit()
