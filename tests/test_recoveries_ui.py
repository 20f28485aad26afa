"""The loan screen's Recoveries tab (pytest-qt): shown only once the loan is written off,
states what was written off, recovered and left on the memo, and posts a recovery;
in Chinese too (rendered offscreen)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workstation.servicing import eod, loans
from workstation.store.session import Store

from tests.servicing_support import actor, open_loan, prepare

pytest.importorskip("PySide6")
from workstation.ui import i18n  # noqa: E402
from workstation.ui.loans.loan_screen import LoanScreen  # noqa: E402

D = date


@pytest.fixture
def store(tmp_path):
    s = prepare(Store.open(f"sqlite:///{tmp_path / 'ui.db'}"))
    yield s
    s.close()


def test_recoveries_tab_posts_and_shows_recoveries(qtbot, store):
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    lid = open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=D(2026, 1, 1), days=30)
    w = LoanScreen(store, off, lid)
    qtbot.addWidget(w)
    assert not w.tabs.isTabVisible(w.tabs.indexOf(w.recoveries))       # not written off
    eod.run_eod(store, sup, D(2026, 2, 9))
    loans.write_off(store, sup, lid, value_date=D(2026, 2, 10), reason="核销", today=D(2026, 6, 30))
    w.load()
    assert w.tabs.isTabVisible(w.tabs.indexOf(w.recoveries))
    w.recoveries.today = lambda: D(2026, 6, 30)
    w.recoveries.ask = lambda: (Decimal("1200.00"), D(2026, 3, 5))
    with qtbot.waitSignal(w.recoveries.changed, timeout=5000):
        w.recoveries.post.click()
    assert w.recoveries.table.rowCount() == 1
    assert w.recoveries.table.item(0, 2).text() == "1,200.00"
    assert "10,225.00" in w.recoveries.summary.text() and "9,025.00" in w.recoveries.summary.text()
    assert i18n.install("zh_CN") == "zh_CN"
    try:
        z = LoanScreen(store, off, lid)
        qtbot.addWidget(z)
        z.tabs.setCurrentWidget(z.recoveries)
        z.resize(900, 600)
        assert z.tabs.tabText(z.tabs.indexOf(z.recoveries)) == "核销后收回"
        assert "已核销" in z.recoveries.summary.text() and "备查余额" in z.recoveries.summary.text()
        assert z.recoveries.table.item(0, 4).text() == "柜面"
        z.grab().save("/tmp/port-recoveries-zh.png")
    finally:
        i18n.install("en")
