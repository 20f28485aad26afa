"""What end of day keeps (portfolio/stats.py) gives the same figures as the measures
computed from the positions, on the hand-built book, for the whole book and for one
officer's."""
from __future__ import annotations

from datetime import date

import pytest

from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.portfolio import measures as m
from workstation.portfolio import stats as st
from workstation.store.models_portfolio import PortfolioLoan

from tests.portfolio_support import AS_OF, build_book

D = date
TH = DEFAULT_SETTINGS["classification.days"]
OFFICER10 = PortfolioLoan.__table__.c.officer_id == 10


@pytest.fixture
def book(svc):
    build_book(svc)
    with svc.tx(None) as s:
        for day in m.month_ends(AS_OF, 6):
            st.keep_day(s, day, thresholds=TH)
    return svc


@pytest.mark.parametrize("who", ["all", "officer10"])
def test_kept_figures_equal_the_measures(book, who):
    live_scope = None if who == "all" else OFFICER10
    kept_scope = None if who == "all" else (lambda col: col == 10)
    with book.read(None) as s:
        assert st.kept(s, m.month_ends(AS_OF, 6)) and not st.kept(s, [D(2026, 6, 29)])
        for day in m.month_ends(AS_OF, 6):
            assert st.headline(s, day, kept_scope) == m.headline(s, day, live_scope, thresholds=TH), day
        for dim in st.DIMS:
            assert sorted(st.by_dimension(s, AS_OF, dim, kept_scope)) == sorted(m.by_dimension(s, AS_OF, dim, live_scope))
        assert sorted(st.by_officer(s, AS_OF, kept_scope)) == sorted(m.by_dimension(s, AS_OF, "officer_id", live_scope))
        assert st.cohort_amounts(s, AS_OF, kept_scope) == m.cohort_amounts(s, AS_OF, live_scope)
        assert st.vintages(s, AS_OF, kept_scope, months=5) == m.vintages(s, AS_OF, live_scope, months=5)
        assert st.roll_matrix(s, AS_OF, kept_scope) == m.roll_matrix(s, D(2026, 5, 31), AS_OF, live_scope)
        assert st.roll_rates(s, AS_OF, kept_scope, months=4) == m.roll_rates(s, AS_OF, live_scope, months=4)
        assert st.first_payment_default(s, AS_OF, kept_scope) == m.first_payment_default(s, AS_OF, live_scope)
        if who == "all":
            assert st.whole_book(s, AS_OF) == (m.repeat_borrowing(s, AS_OF), m.exposures(s, AS_OF))


def test_keeping_a_day_again_replaces_it(book):
    with book.tx(None) as s:
        st.keep_day(s, AS_OF, thresholds=TH)
    with book.read(None) as s:
        assert st.headline(s, AS_OF)["count"] == 4


def test_kept_funnel_equals_the_funnel(db_url):
    """Over serviced loans (tests/portfolio_support.serviced_book): the dashboard from what end
    of day kept equals the one computed from the positions and the applications."""
    from workstation.portfolio import service
    from workstation.portfolio.measures_flow import funnel
    from workstation.store.session import Store
    from tests.portfolio_support import SERVICED_AS_OF, serviced_book
    from tests.servicing_support import actor, prepare
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    try:
        serviced_book(store)
        for who in ("admin", "officer1", "supervisor1"):
            a = actor(store, who)
            fast = service.dashboard(store, a, SERVICED_AS_OF)
            slow = service.dashboard(store, a, SERVICED_AS_OF, from_kept=False)     # from the positions
            assert fast.headline == slow.headline and fast.funnel == slow.funnel, who
            assert fast.fpd == slow.fpd and fast.by_dimension == slow.by_dimension, who
            assert fast.vintages == slow.vintages and fast.rolls == slow.rolls and fast.repeat == slow.repeat
        with store.read(None) as s:
            assert st.funnel(s, SERVICED_AS_OF) == funnel(s, st.funnel_since(SERVICED_AS_OF), SERVICED_AS_OF)
    finally:
        store.close()
