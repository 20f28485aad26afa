"""Property: for random sequences of postings (payments on any day, backdated ones,
end-of-day runs, reversals), the balances recomputed from the journal equal the stored
balances, and the principal repaid never exceeds the principal lent."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

from workstation.domain.money import from_fen
from workstation.servicing import engine_state, eod, ledger, loan_views, loans
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.servicing.reconcile import reconcile
from workstation.store.models_loans import JournalEntry, Loan

from tests.servicing_support import actor, open_loan, prepare

START = date(2026, 1, 10)
PRODUCTS = [
    dict(product="CREDIT_FIXED", amount="60000", method="equal-installment", term_months=6),
    dict(product="CREDIT_FIXED", amount="60000", method="equal-principal", term_months=6),
    dict(product="CREDIT_FIXED", amount="60000", method="interest-only", term_months=6),
    dict(product="ORDER", amount="20000", method="bullet", days=30),
]

op = st.one_of(
    st.tuples(st.just("pay"), st.integers(0, 200), st.integers(1, 2_000_000)),
    st.tuples(st.just("eod"), st.integers(0, 220), st.just(0)),
    st.tuples(st.just("reverse"), st.integers(0, 10), st.just(0)),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = prepare(Store.open(f"sqlite:///{tmp_path_factory.mktemp('prop') / 'p.db'}"))
    yield s
    s.close()


@pytest.mark.parametrize("cached", [True, False], ids=["engine-state-cache", "no-cache"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(product=st.sampled_from(PRODUCTS), ops=st.lists(op, min_size=1, max_size=12))
def test_journal_equals_stored_and_principal_bounded(store, cached, product, ops):
    """The same with the engine state cache (services.engine_state) and without it."""
    engine_state.ENABLED = cached
    try:
        _check_journal_equals_stored_and_principal_bounded(store, product, ops)
    finally:
        engine_state.ENABLED = True


def _check_journal_equals_stored_and_principal_bounded(store, product, ops):
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    lid = open_loan(store, off, start=START, daily_rate="0.0005", **product)
    today = START + timedelta(days=230)
    for kind, day, value in ops:
        when = START + timedelta(days=day)
        try:
            if kind == "pay":
                loans.post_repayment(store, off, lid, amount=from_fen(value), value_date=when, today=today,
                                     confirm=True)
            elif kind == "eod":
                with store.tx() as s:     # EOD is per loan: run it for this loan only
                    from workstation.servicing.eod import _process
                    if (s.get(Loan, lid).last_eod or START) < when:
                        _process(s, [lid], as_of=when, tiers=ledger.thresholds(s), actor=None)
            else:
                pays = [e for e in loan_views.journal(store, None, lid, include_accruals=False)
                        if e.kind == "repayment" and e.reversed_by is None]
                if pays:
                    loans.reverse(store, sup, lid, pays[value % len(pays)].id, reason="test", confirm=True)
        except DomainError:
            pass                      # a closed loan refuses payments, reopening is refused
    _, bad = reconcile(store, None)
    assert [str(b) for b in bad if b.loan_id == lid] == []
    with store.tx() as s:             # once end of day has caught up, nothing is negative
        from workstation.servicing.eod import _process
        if (s.get(Loan, lid).last_eod or START) < today:
            _process(s, [lid], as_of=today, tiers=ledger.thresholds(s), actor=None)
    _, bad = reconcile(store, None)
    assert [str(b) for b in bad if b.loan_id == lid] == []
    with store.read() as s:
        lent = s.scalar(select(func.sum(JournalEntry.principal)).where(
            JournalEntry.loan_id == lid, JournalEntry.kind.in_(["disbursement", "draw"])))
        rows = s.scalars(select(JournalEntry).where(JournalEntry.loan_id == lid)).all()
        gone = {r.reverses_id for r in rows if r.reverses_id}
        repaid = -sum((r.principal for r in rows if r.kind == "repayment" and r.id not in gone), Decimal(0))
        loan = s.get(Loan, lid)
        assert Decimal(0) <= repaid <= lent
        assert loan.principal_outstanding == lent - repaid >= 0
        assert loan.penalty_unpaid >= 0
