"""Property (issue 10): for random loans and random payment streams posted through the real
services, with end of day run night by night, every month's statement balances (opening
+ movements = closing, excess to refund included), its closing, overdue and next-due
figures equal the ledger's on that day (the loan's cached position right after that end
of day, and the payoff quote for what is due at maturity), and the repayment-schedule
document's rows sum to the principal lent."""
from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st
from sqlalchemy import select

from workstation.domain.money import from_fen
from workstation.printing import document_data as dd
from workstation.servicing import engine_state, ledger, loan_views, loans
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.servicing.eod import _process
from workstation.store.models_loans import Installment, Loan

from tests.servicing_support import actor, open_loan, prepare

START = date(2026, 1, 10)
END = START + timedelta(days=215)
ZERO = Decimal("0.00")
LOANS = [
    dict(product="CREDIT_FIXED", amount="60000", method="equal-installment", term_months=6),
    dict(product="CREDIT_FIXED", amount="60000", method="equal-principal", term_months=6),
    dict(product="CREDIT_FIXED", amount="60000", method="interest-only", term_months=6),
    dict(product="ORDER", amount="20000", method="bullet", days=30),
    dict(product="CREDIT_REVOLVING", amount="100000", method="bullet", term_months=6, daily_rate="0.0006",
         draw="50000"),
]
OUTFLOW = ("还款", "减免", "核销")
payment = st.tuples(st.integers(0, 200), st.integers(1, 6_000_000))
settle = st.lists(st.tuples(st.integers(20, 200), st.sampled_from(["waive", "waive", "waive", "write_off"])),
                  max_size=2)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = prepare(Store.open(f"sqlite:///{tmp_path_factory.mktemp('stmt') / 's.db'}"))
    yield s
    s.close()


def eod_through(store: Store, lid: int, day: date) -> None:
    with store.tx() as s:            # end of day for this loan only (examples share the database)
        if s.get(Loan, lid).last_eod < day:
            _process(s, [lid], as_of=day, tiers=ledger.thresholds(s), actor=None)


def month_ends(first: date, last: date) -> list[date]:
    out, d = [], first
    while d <= last:
        end = d.replace(day=monthrange(d.year, d.month)[1])
        if end <= last:
            out.append(end)
        d = end + timedelta(days=1)
    return out


def snapshot(store: Store, lid: int, day: date) -> dict:
    """What the ledger holds right after the end of ``day``."""
    with store.read() as s:
        loan = s.get(Loan, lid)
        insts = s.scalars(select(Installment).where(Installment.loan_id == lid).order_by(Installment.period)).all()
        snap = dict(closing=(loan.principal_outstanding, loan.interest_unpaid, loan.penalty_unpaid, loan.excess),
                    overdue=(loan.overdue_principal, loan.overdue_interest, loan.dpd), status=loan.status,
                    daily=loan.method == "bullet", maturity=loan.maturity_date)
        left = [(i.due_date, i.principal_due - i.principal_paid - i.principal_written_off
                 + i.interest_due - i.interest_paid - i.interest_waived) for i in insts]
    snap["next_due"] = None
    if snap["status"] == "active":
        if snap["daily"]:
            if day < snap["maturity"]:
                q = loan_views.payoff_quote(store, None, lid, on=snap["maturity"])
                snap["next_due"] = (snap["maturity"], q.total) if q.total > 0 else None
        else:
            snap["next_due"] = next(((d, a) for d, a in left if d > day and a > 0), None)
    return snap


@pytest.mark.parametrize("cached", [True, False], ids=["engine-state-cache", "no-cache"])
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(terms=st.sampled_from(LOANS), pays=st.lists(payment, max_size=8), others=settle)
def test_statements_and_schedule_equal_the_ledger(store, cached, terms, pays, others):
    """The same with the engine state cache (services.engine_state) and without it."""
    engine_state.ENABLED = cached
    try:
        _check_statements_and_schedule_equal_the_ledger(store, terms, pays, others)
    finally:
        engine_state.ENABLED = True


def _check_statements_and_schedule_equal_the_ledger(store, terms, pays, others):
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    lid = open_loan(store, off, start=START, **{"daily_rate": "0.0005", **terms})
    with store.read() as s:
        contract = s.get(Loan, lid).contract_no
    ends = month_ends(START, END)
    stream = sorted([(START + timedelta(days=d), 1, a) for d, a in pays] + [(m, 2, 0) for m in ends]
                    + [(START + timedelta(days=d), 0, k) for d, k in others])
    snaps = {}
    for day, kind, fen in stream:
        if kind == 0:                     # a supervisor waives half the penalty, or writes the loan off
            eod_through(store, lid, day - timedelta(days=1))
            with store.read() as s:
                penalty = s.get(Loan, lid).penalty_unpaid
            try:
                if fen == "write_off":
                    loans.write_off(store, sup, lid, value_date=day, reason="核销", today=day)
                    event("written off")
                elif penalty >= Decimal("0.02"):
                    loans.waive(store, sup, lid, penalty=(penalty / 2).quantize(Decimal("0.01")), value_date=day,
                                reason="减免", today=day)
                    event("penalty waived")
            except DomainError:
                pass                      # closed or written off already
        elif kind == 1:
            eod_through(store, lid, day - timedelta(days=1))
            try:
                loans.post_repayment(store, off, lid, amount=from_fen(fen), value_date=day, today=day)
            except DomainError:
                pass                      # closed by an earlier payment: nothing more can be posted
        else:
            eod_through(store, lid, day)
            snaps[day] = snapshot(store, lid, day)
    for end, snap in snaps.items():
        data = dd.statement_data(store, None, contract, period_from=max(end.replace(day=1), START), period_to=end,
                                 today=END)
        for part in ("principal", "interest", "penalty", "excess"):
            moved = sum((getattr(ln, part) * (-1 if ln.kind_zh in OUTFLOW and part != "excess" else 1)
                         for ln in data.lines), ZERO)
            assert getattr(data, f"opening_{part}") + moved == getattr(data, f"closing_{part}"), (end, part)
        for ln in data.lines:
            if ln.kind_zh == "还款":
                assert ln.principal + ln.interest + ln.penalty + ln.excess == ln.amount
        assert (data.closing_principal, data.closing_interest, data.closing_penalty,
                data.closing_excess) == snap["closing"], end
        assert (data.overdue_principal, data.overdue_interest, data.overdue_days) == snap["overdue"], end
        event(f"{terms['method']}: overdue on a month end" if data.overdue_days else f"{terms['method']}: not overdue")
        if data.closing_excess:
            event("excess to refund")
        got = (data.next_due_date, data.next_due_amount) if data.next_due_date else None
        assert got == snap["next_due"], end
    sched = dd.schedule_data(store, None, contract, today=END)
    if any(r.label for r in sched.rows):
        event("a prepayment row")
    with store.read() as s:
        loan = s.get(Loan, lid)
        drawn = sum(e.amount for e in ledger.active(ledger.load_entries(s, [lid])[lid])
                    if e.kind in ("disbursement", "draw"))
        assert sum((r.principal for r in sched.rows), ZERO) == from_fen(drawn)
        assert sched.principal_outstanding == loan.principal_outstanding
        paid_in = sum(-e.principal - e.interest for e in ledger.active(ledger.load_entries(s, [lid])[lid])
                      if e.kind == "repayment")
    assert sum((r.paid for r in sched.rows), ZERO) == from_fen(paid_in)     # what was paid, all of it
