"""View > Portfolio (资产组合): the menu entry. The screen itself (ui/portfolio/portfolio_view.py) and
what it needs (the portfolio services, QtCharts) are imported when it is first opened,
so the main window starts without them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

ROLES = ("officer", "supervisor", "admin")       # as workstation.portfolio.service.ROLES


def open_portfolio(window) -> None:
    from workstation.ui.portfolio.portfolio_view import PortfolioScreen
    for i in range(window.tabs.count()):
        if isinstance(window.tabs.widget(i), PortfolioScreen):
            window.tabs.setCurrentIndex(i)
            return
    p = PortfolioScreen(window.store, window.actor, window)
    window.tabs.setCurrentIndex(window.tabs.addTab(p, QCoreApplication.translate("Portfolio", "Portfolio")))


def install(window) -> None:
    """View > Portfolio: supervisors and administrators the book, officers their own."""
    if not window.actor.has(*ROLES):
        return
    view = window.menus.get("view")
    if view is None:
        return
    act = view.addAction(QCoreApplication.translate("Portfolio", "&Portfolio"))
    act.setObjectName("actPortfolio")
    act.setShortcut("Ctrl+Shift+P")
    act.triggered.connect(lambda: open_portfolio(window))
