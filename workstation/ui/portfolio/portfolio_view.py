"""The Portfolio screen (资产组合): tiles for the headline figures with the change against
the end of last month, charts (vintages, roll rates, funnel, five tiers), the tables, and
the loans behind a figure (double-click a tile or a table row). Every figure states its
definition on hover. Supervisors and administrators; officers see their own book."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QTabWidget, QTableView, QVBoxLayout, QWidget)

from workstation.domain import clock
from workstation.domain.portfolio_figures import FIGURES, HEADLINE, figures
from workstation.domain.portfolio_tables import tables
from workstation.portfolio import service
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui import i18n
from workstation.ui.portfolio.portfolio_charts import funnel_chart, roll_chart, tier_chart, vintage_chart
from workstation.ui.portfolio.portfolio_model import DrillModel
from workstation.ui.tables import RecordsModel

TILE_DRILL = {"balance": ("balance", None), "count": ("balance", None), "npl": ("tier", "次级"),
              "overdue": ("overdue", None), "par30": ("par", "30")}


class Tile(QFrame):
    opened = Signal(str)      # double-clicked: the tile's key

    def __init__(self, key: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        self.name, self.value, self.change = QLabel(), QLabel(), QLabel()
        self.value.setObjectName("value")
        self.value.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.change.setStyleSheet("color: #555;")
        for w in (self.name, self.value, self.change):
            lay.addWidget(w)

    def set_figure(self, fig, zh: bool) -> None:
        self.name.setText(fig.name(zh))
        self.value.setText(fig.text())
        ch = fig.change_text()
        self.change.setText(QCoreApplication.translate("Portfolio", "vs last month: %1").replace("%1", ch) if ch else "")
        self.setToolTip(fig.definition(zh))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.opened.emit(self.key)


class PortfolioScreen(QWidget):
    def __init__(self, store: Store, actor: Actor, parent=None, *, as_of: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.dash: service.Dashboard | None = None
        top = QHBoxLayout()
        self.date_edit = QDateEdit(objectName="asOf")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        d = as_of or clock.today()
        self.date_edit.setDate(QDate(d.year, d.month, d.day))
        self.refresh_btn = QPushButton(self.tr("Refresh"), objectName="refresh")
        self.refresh_btn.clicked.connect(self.reload)
        top.addWidget(QLabel(self.tr("As of the end of")))
        top.addWidget(self.date_edit)
        top.addWidget(self.refresh_btn)
        top.addStretch(1)
        self.tiles = {k: Tile(k) for k in HEADLINE}
        grid = QGridLayout()
        for i, k in enumerate(HEADLINE):
            grid.addWidget(self.tiles[k], 0, i)
            self.tiles[k].opened.connect(self._on_tile_open)
        self.tabs = QTabWidget(objectName="portfolioTabs")
        self.chart_page = QWidget()
        self.chart_grid = QGridLayout(self.chart_page)
        self.tabs.addTab(self.chart_page, self.tr("Charts"))
        tpage = QWidget()
        tl = QVBoxLayout(tpage)
        self.table_pick = QComboBox(objectName="tablePick")
        self.table_pick.currentIndexChanged.connect(self._on_table_pick_changed)
        self.table_model = RecordsModel([])
        self.table_view = QTableView(objectName="figureTable")
        self.table_view.setModel(self.table_model)
        self.table_view.doubleClicked.connect(self._on_table_view_double_clicked)
        tl.addWidget(self.table_pick)
        tl.addWidget(self.table_view)
        self.tabs.addTab(tpage, self.tr("Tables"))
        self.drill_model = DrillModel(store, actor, self)
        self.drill_view = QTableView(objectName="drillTable")
        self.drill_view.setModel(self.drill_model)
        self.drill_view.horizontalHeader().setStretchLastSection(True)
        self.drill_view.horizontalHeader().setDefaultSectionSize(150)
        self.drill_title = QLabel()
        dpage = QWidget()
        dl = QVBoxLayout(dpage)
        dl.addWidget(self.drill_title)
        dl.addWidget(self.drill_view)
        self.tabs.addTab(dpage, self.tr("Loans behind"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(grid)
        lay.addWidget(self.tabs, 1)
        self._tables = []
        self.reload()

    @property
    def as_of(self) -> date:
        q = self.date_edit.date()
        return date(q.year(), q.month(), q.day())

    def reload(self) -> None:
        zh = i18n.is_zh()
        self.dash = service.dashboard(self.store, self.actor, self.as_of)
        self.figures = {f.key: f for f in figures(self.dash)}
        for k, t in self.tiles.items():
            t.set_figure(self.figures[k], zh)
        while self.chart_grid.count():
            w = self.chart_grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        tip = self.tr("Outstanding principal of the month's loans more than 30 days past due, over the month's "
                      "amount disbursed, at each month end")
        self.chart_grid.addWidget(vintage_chart(self.dash, self.tr("Vintages (M2+)"), tip), 0, 0)
        self.chart_grid.addWidget(roll_chart(self.dash, self.tr("Roll rates"), self.tr(
            "Share of the loans in a bucket at one month end that are one bucket worse at the next")), 0, 1)
        self.chart_grid.addWidget(funnel_chart(self.dash, self.tr("Application funnel"), self.tr(
            "Applications received in the period and how far each got by the day"), zh), 1, 0)
        self.chart_grid.addWidget(tier_chart(self.dash, self.tr("Five tiers (% of balance)"),
                                             FIGURES["npl"][2 if zh else 3]), 1, 1)
        self._tables = tables(self.dash, zh)
        keep = self.table_pick.currentIndex()
        self.table_pick.blockSignals(True)
        self.table_pick.clear()
        self.table_pick.addItems([t.title for t in self._tables])
        self.table_pick.setCurrentIndex(max(keep, 0))
        self.table_pick.blockSignals(False)
        self._on_table_pick_changed(self.table_pick.currentIndex())

    def _on_table_pick_changed(self, i: int) -> None:
        if not 0 <= i < len(self._tables):
            return
        t = self._tables[i]
        self.table_model = RecordsModel(t.headers, t.rows, right=range(1, len(t.headers)))
        self.table_view.setModel(self.table_model)

    def _on_table_view_double_clicked(self, index) -> None:
        t = self._tables[self.table_pick.currentIndex()]
        if t.drill and index.row() < len(t.drill) and t.drill[index.row()] is not None:
            figure, key = t.drill[index.row()]
            self.drill(figure, key, f"{t.title}: {t.rows[index.row()][0]}")

    def _on_tile_open(self, key: str) -> None:
        if key in TILE_DRILL:
            figure, k = TILE_DRILL[key]
            self.drill(figure, k, self.figures[key].name(i18n.is_zh()))

    def drill(self, figure: str, key: str | None, title: str) -> None:
        self.drill_model.show(self.as_of, figure, key)
        self.drill_title.setText(self.tr("%1 — %2 loans").replace("%1", title)
                                 .replace("%2", str(self.drill_model.rowCount())))
        self.tabs.setCurrentIndex(2)
