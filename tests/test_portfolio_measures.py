"""Each portfolio measure on the hand-built book of tests/portfolio_support.py, on SQLite
and PostgreSQL; every expected figure is worked out by hand in the comments."""
from __future__ import annotations

from datetime import date

import pytest

from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.portfolio import measures as m
from workstation.store.models_portfolio import PortfolioLoan

from tests.portfolio_support import AS_OF, build_book

D = date
TH = DEFAULT_SETTINGS["classification.days"]      # 关注 1, 次级 91, 可疑 181, 损失 361
Y = 100                                            # fen per yuan


@pytest.fixture
def book(svc):
    build_book(svc)
    return svc


def test_headline_overdue_par_tiers_npl(book):
    with book.read(None) as s:
        h = m.headline(s, AS_OF, thresholds=TH)
    # live on 30 June: 1 (10,000, overdue since 15 Feb: 135 days), 2 (15,000), 3 (25,000, overdue
    # since 10 June: 20 days), 4 (30,000); 5 was paid off on 20 May
    assert h["count"] == 4 and h["balance"] == 80000 * Y
    assert (h["overdue"], h["overdue_count"]) == (35000 * Y, 2)           # loans 1 and 3
    assert h["par"] == {1: 35000 * Y, 30: 10000 * Y, 60: 10000 * Y, 90: 10000 * Y}
    # 135 days: 次级 (91..180); 20 days: 关注
    assert h["tiers"] == {"正常": 45000 * Y, "关注": 25000 * Y, "次级": 10000 * Y, "可疑": 0, "损失": 0}
    assert h["npl"] == 10000 * Y                                          # NPL ratio 12.5 %


def test_headline_earlier_date_is_as_of_then(book):
    with book.read(None) as s:
        h = m.headline(s, D(2026, 3, 31), thresholds=TH)
    # 31 March: 1 (10,000, 44 days), 2 (15,000), 3 (30,000, 21 days), 4 (40,000)
    assert h["count"] == 4 and h["balance"] == 95000 * Y
    assert h["par"] == {1: 40000 * Y, 30: 10000 * Y, 60: 0, 90: 0}
    assert h["tiers"]["关注"] == 40000 * Y and h["npl"] == 0


def test_balance_by_dimension(book):
    with book.read(None) as s:
        assert m.by_dimension(s, AS_OF, "province") == [("浙江", 3, 65000 * Y), ("广东", 1, 15000 * Y)]
        assert m.by_dimension(s, AS_OF, "officer_id") == [(11, 2, 55000 * Y), (10, 2, 25000 * Y)]
        assert m.by_dimension(s, AS_OF, "product_code") == [("P2", 2, 55000 * Y), ("P1", 2, 25000 * Y)]
        with pytest.raises(ValueError):
            m.by_dimension(s, AS_OF, "name; drop table")


def test_first_payment_default_by_month(book):
    with book.read(None) as s:
        fpd = m.first_payment_default(s, AS_OF, bad_days=30)
    # January: loans 1 (bad: unpaid since 15 Feb) and 2 (paid); February: 3 (30 days overdue on
    # 9 April, cured later: still bad); March: 4 (good); April: 5 (first due 1 May + 30 = 31 May: good)
    assert fpd == [("2026-01", 2, 1, 30000 * Y, 10000 * Y), ("2026-02", 1, 1, 30000 * Y, 30000 * Y),
                   ("2026-03", 1, 0, 40000 * Y, 0), ("2026-04", 1, 0, 50000 * Y, 0)]
    with book.read(None) as s:
        # on 20 March only January's loans have matured (15 Feb + 30 = 17 March; 20 Feb + 30 = 22 March: not yet)
        assert m.first_payment_default(s, D(2026, 3, 20)) == [("2026-01", 1, 1, 10000 * Y, 10000 * Y)]


def test_vintages(book):
    with book.read(None) as s:
        v = m.vintages(s, AS_OF, months=6)
        cohorts = m.cohort_amounts(s, AS_OF)
    assert cohorts == {"2026-01": (2, 30000 * Y), "2026-02": (1, 30000 * Y), "2026-03": (1, 40000 * Y),
                       "2026-04": (1, 50000 * Y)}
    # January at 31 March (2 months on book): loan 1 44 days past due: M1+ and M2+, not M3+
    assert v["2026-01"][2] == (10000 * Y, 10000 * Y, 0)
    assert v["2026-01"][5] == (10000 * Y, 10000 * Y, 10000 * Y)       # 30 June: 135 days
    assert v["2026-02"][1] == (30000 * Y, 0, 0)                       # 31 March: 21 days
    assert v["2026-02"][2] == (0, 0, 0)                               # cured on 20 April
    assert v["2026-02"][4] == (25000 * Y, 0, 0)                       # 30 June: 20 days
    assert v["2026-04"] == {1: (0, 0, 0), 2: (0, 0, 0)}               # paid off in May: nothing at risk


def test_roll_matrix_and_rates(book):
    with book.read(None) as s:
        mx = m.roll_matrix(s, D(2026, 5, 31), D(2026, 6, 30))
        rolls = m.roll_rates(s, AS_OF, months=2)
    # 31 May: 1 M3+ (105 days), 2, 3 (cured), 4 M0; 30 June: 3 is M1
    assert mx == {("M3+", "M3+"): (1, 10000 * Y), ("M0", "M0"): (2, 45000 * Y), ("M0", "M1"): (1, 25000 * Y)}
    (end1, r1), (end2, r2) = rolls
    assert (end1, end2) == (D(2026, 5, 31), AS_OF)
    # 30 April -> 31 May: 1 went M3 (74 days) -> M3+; M0: 2, 3, 4 stayed, 5 closed
    assert r1["M3->M3+"] == (1, 1) and r1["M0->M1"] == (0, 4)
    assert r2["M0->M1"] == (1, 3)


def test_repeat_borrowing_and_exposures(book):
    with book.read(None) as s:
        assert m.repeat_borrowing(s, AS_OF) == (1, 4)                  # merchant 101 has loans 1 and 4
        assert m.exposures(s, AS_OF, top=2) == [(101, 2, 40000 * Y), (103, 1, 25000 * Y)]


def test_scope_limits_the_book(book):
    officer10 = PortfolioLoan.__table__.c.officer_id == 10
    with book.read(None) as s:
        h = m.headline(s, AS_OF, officer10, thresholds=TH)
        assert (h["count"], h["balance"], h["npl"]) == (2, 25000 * Y, 10000 * Y)
        ids = sorted(s.scalars(m.drill(s, AS_OF, "overdue", scope=officer10)))
        assert ids == [1]


def test_drill_down_matches_the_figures(book):
    with book.read(None) as s:
        assert sorted(s.scalars(m.drill(s, AS_OF, "balance"))) == [1, 2, 3, 4]
        assert sorted(s.scalars(m.drill(s, AS_OF, "par", "30"))) == [1]
        assert sorted(s.scalars(m.drill(s, AS_OF, "tier", "关注", thresholds=TH))) == [3]
        assert sorted(s.scalars(m.drill(s, AS_OF, "bucket", "M0"))) == [2, 4]
        assert sorted(s.scalars(m.drill(s, AS_OF, "dimension", "province=浙江"))) == [1, 3, 4]


def test_month_ends():
    assert m.month_ends(D(2026, 6, 30), 3) == [D(2026, 4, 30), D(2026, 5, 31), D(2026, 6, 30)]
    assert m.month_ends(D(2026, 6, 15), 2) == [D(2026, 5, 31), D(2026, 6, 15)]


def test_drill_down_on_an_earlier_day_and_every_bucket_and_tier(book):
    with book.read(None) as s:
        # 31 March: 1 (44 days: M2, 关注), 3 (21 days: M1, 关注), 2 and 4 current
        day = D(2026, 3, 31)
        assert m.last_night(s) > day.toordinal()                       # not the newest night: in-force intervals
        assert sorted(s.scalars(m.drill(s, day, "bucket", "M2"))) == [1]
        assert sorted(s.scalars(m.drill(s, day, "bucket", "M1"))) == [3]
        assert sorted(s.scalars(m.drill(s, day, "bucket", "M0"))) == [2, 4]
        assert sorted(s.scalars(m.drill(s, day, "tier", "关注", thresholds=TH))) == [1, 3]
        assert sorted(s.scalars(m.drill(s, day, "par", "1"))) == [1, 3]
        assert sorted(s.scalars(m.drill(s, day, "par", "30"))) == [1]
        # 30 June (the newest night), every bucket and tier against the headline's own sums
        h = m.headline(s, AS_OF, thresholds=TH)
        for t in ("正常", "关注", "次级", "可疑", "损失"):
            ids = list(s.scalars(m.drill(s, AS_OF, "tier", t, thresholds=TH)))
            assert bool(ids) == bool(h["tiers"][t]), t
        assert sorted(s.scalars(m.drill(s, AS_OF, "bucket", "M3+"))) == [1]
        assert list(s.scalars(m.drill(s, AS_OF, "bucket", "M2"))) == []
