"""The Portfolio screen: tiles show the figures (with their definitions on hover), the
charts are drawn, a tile and a table row drill down to the loans behind them through the
lazy model, and an officer sees only their own book."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QChartView

from workstation.domain.portfolio_figures import HEADLINE, figures
from workstation.portfolio import service
from workstation.store.session import Store
from workstation.ui.portfolio.portfolio_model import DrillModel
from workstation.ui.portfolio.portfolio_view import PortfolioScreen

from tests.portfolio_support import SERVICED_AS_OF, serviced_book
from tests.servicing_support import actor, prepare


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    store = prepare(Store.open(f"sqlite:///{tmp_path_factory.mktemp('pf') / 'p.db'}"))
    ids = serviced_book(store)
    yield store, ids
    store.close()


def test_tiles_charts_and_drill_down(qtbot, book):
    store, ids = book
    admin = actor(store, "admin")
    w = PortfolioScreen(store, admin, as_of=SERVICED_AS_OF)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    want = {f.key: f for f in figures(service.dashboard(store, admin, SERVICED_AS_OF))}
    for k in HEADLINE:
        assert w.tiles[k].value.text() == want[k].text()
        assert w.tiles[k].toolTip() == want[k].definition(False) or w.tiles[k].toolTip() == want[k].definition(True)
    assert w.tiles["count"].value.text() == "3"               # a, c, d (b written off)
    assert len(w.findChildren(QChartView)) == 4
    w._on_tile_open("overdue")
    assert w.drill_model.rowCount() == 2                       # a and c
    contracts = {w.drill_model.index(r, 0).data() for r in range(2)}
    assert len(contracts) == 2 and None not in contracts
    w.tabs.setCurrentIndex(0)
    w.grab().save("/tmp/portfolio-screen.png")


def test_double_clicking_a_tile_drills_down(qtbot, book):
    """The tile tells its screen by a signal (it holds no reference to the screen)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    store, _ = book
    w = PortfolioScreen(store, actor(store, "admin"), as_of=SERVICED_AS_OF)
    qtbot.addWidget(w)
    w.show()
    assert w.tabs.currentIndex() != 2
    QTest.mouseDClick(w.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert w.tabs.currentIndex() == 2 and w.drill_model.rowCount() == 2      # a and c
    assert w.drill_title.text().startswith(w.figures["overdue"].name(False))


def test_drill_model_passes_the_model_tester(qtmodeltester, book):
    store, _ = book
    m = DrillModel(store, actor(store, "admin"))
    m.show(SERVICED_AS_OF, "balance")
    qtmodeltester.check(m)


def test_table_row_drills_and_officer_sees_own_book(qtbot, book):
    store, ids = book
    off = actor(store, "officer1")
    w = PortfolioScreen(store, off, as_of=SERVICED_AS_OF)
    qtbot.addWidget(w)
    assert w.tiles["count"].value.text() == "2"               # a and d; c is officer2's
    pick = [t.key for t in w._tables].index("tiers")
    w.table_pick.setCurrentIndex(pick)
    row = [r[0] for r in w._tables[pick].rows].index("Normal")      # the English desk names the tiers in English
    w._on_table_view_double_clicked(w.table_model.index(row, 0))
    assert w.drill_model.rowCount() == 1                       # d is current; a is past due


def test_view_menu_opens_the_portfolio_once(qtbot, book):
    from workstation.portfolio import service
    from workstation.ui.main_window import MainWindow
    from workstation.ui.portfolio.portfolio_screen import ROLES
    store, _ = book
    assert ROLES == service.ROLES
    w = MainWindow(store, actor(store, "supervisor1"), idle_ms=3_600_000)
    qtbot.addWidget(w)
    act = w.findChild(type(w.menus["view"].actions()[0]), "actPortfolio")
    act.trigger()
    act.trigger()
    assert sum(isinstance(w.tabs.widget(i), PortfolioScreen) for i in range(w.tabs.count())) == 1
