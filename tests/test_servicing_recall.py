"""Early recall applied by the engine (LoanTerms.accelerated_on): everything not yet due
falls due on the recall date, for what a payoff on that day would take; from that night
the whole balance is overdue and bears penalty. A loan without a recall is untouched."""
from __future__ import annotations

import dataclasses
from datetime import date as D, timedelta

from hypothesis import given, settings, strategies as st
from test_servicing_scenarios import EI, ev, pay, terms

from workstation.domain.servicing import payoff_amount, replay

DISB = ev(1, "disbursement", D(2026, 1, 31), 1200000)
BULLET = dict(amount="20000", method="bullet", start=D(2026, 1, 31), days=60)


def recalled(t, day):
    return dataclasses.replace(t, accelerated_on=day)


def _shape(p):
    return (p.principal_outstanding, p.interest_earned, p.interest_paid, p.penalty_earned, p.penalty_paid,
            p.overdue_principal, p.overdue_interest, p.dpd, p.excess, p.closed_on,
            [(i.due, i.principal, i.interest, i.pp, i.ip) for i in p.installments],
            {k: a.as_tuple() for k, a in p.allocations.items()}, p.nightly)


def test_whole_balance_falls_due_on_the_recall_date_and_bears_penalty_after():
    t = recalled(terms(**EI), D(2026, 3, 10))
    evs = [DISB, pay(2, D(2026, 2, 28), 412060)]
    quote = payoff_amount(terms(**EI), evs, on=D(2026, 3, 10))
    # on the day: nothing overdue yet, everything due that day, for the payoff quote
    on = replay(t, evs, as_of=D(2026, 3, 10))
    assert {i.due for i in on.installments if not i.settled} == {D(2026, 3, 10)}
    assert on.overdue_principal == 0 and on.dpd == 0
    assert payoff_amount(t, evs, on=D(2026, 3, 10)) == quote
    # period 2 began 28 Feb: 10 nights of 8059.40 x 0.05% = 40.297 -> 40.30; period 3 none
    assert [i.interest for i in on.installments] == [18000, 4030, 0]
    assert quote == 805940 + 4030
    # five days later: all of it overdue, penalty 8059.40 x 0.075% = 6.04455 a night
    after = replay(t, evs, as_of=D(2026, 3, 15), window=(D(2026, 3, 10), D(2026, 3, 14)))
    assert after.overdue_principal == after.principal_outstanding == 805940
    assert after.overdue_interest == 4030 and after.dpd == 5
    assert after.penalty_earned == round(805940 * 0.00075 * 5)      # 3022.275 -> 3022 fen
    assert [i for _, i, _ in after.nightly] == [0] * 5               # no more ordinary interest
    assert payoff_amount(t, evs, on=D(2026, 3, 15)) == 805940 + 4030 + after.penalty_earned
    # paying the quote plus penalty closes it; nothing refunded
    total = payoff_amount(t, evs, on=D(2026, 3, 15))
    closed = replay(t, evs + [pay(9, D(2026, 3, 15), total)], as_of=D(2026, 3, 16))
    assert closed.closed_on == D(2026, 3, 15) and closed.excess == 0


def test_a_payment_on_the_recall_date_counts_before_the_recall():
    t = recalled(terms(**EI), D(2026, 3, 10))
    evs = [DISB, pay(2, D(2026, 2, 28), 412060), pay(3, D(2026, 3, 10), 300000)]
    p = replay(t, evs, as_of=D(2026, 3, 11))
    plain = replay(terms(**EI), evs, as_of=D(2026, 3, 10))
    assert p.principal_outstanding == plain.principal_outstanding
    assert p.overdue_principal == p.principal_outstanding and p.dpd == 1


def test_bullet_loan_recalled_stops_ordinary_interest_and_starts_penalty():
    t = recalled(terms(**BULLET), D(2026, 2, 20))
    evs = [ev(1, "disbursement", D(2026, 1, 31), 2000000)]
    p = replay(t, evs, as_of=D(2026, 2, 25))
    assert p.interest_earned == 20 * 1000                 # 20 nights x 20000 x 0.05%
    assert p.overdue_principal == 2000000 and p.overdue_interest == 20000 and p.dpd == 5
    assert p.penalty_earned == 5 * 1500


def test_compound_penalty_base_includes_the_interest_fallen_due():
    t = recalled(terms(**EI, penalty_base="principal_and_interest"), D(2026, 3, 10))
    evs = [DISB, pay(2, D(2026, 2, 28), 412060)]
    p = replay(t, evs, as_of=D(2026, 3, 11))
    assert p.penalty_earned == round((805940 + 4030) * 0.00075)


_PAY = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 1_500_000)), max_size=6)


@settings(max_examples=120, deadline=None)
@given(method=st.sampled_from(["equal-installment", "equal-principal", "interest-only", "bullet"]),
       pays=_PAY, recall=st.integers(1, 260), as_of=st.integers(0, 260),
       base=st.sampled_from(["principal", "principal_and_interest"]))
def test_a_loan_is_untouched_before_its_recall_and_without_one(method, pays, recall, as_of, base):
    kw = dict(days=90) if method == "bullet" else dict(months=6)
    t = terms("12000", method, D(2026, 1, 31), penalty_base=base, **kw)
    evs = [DISB] + [pay(k, D(2026, 1, 31) + timedelta(days=o), f) for k, (o, f) in enumerate(sorted(pays), 2)]
    day, rday = D(2026, 1, 31) + timedelta(days=as_of), D(2026, 1, 31) + timedelta(days=recall)
    window = (max(D(2026, 1, 31), day - timedelta(days=20)), day - timedelta(days=1)) if as_of else None
    plain = replay(t, evs, as_of=day, window=window)
    # no recall in force, or one not reached yet, or one after the last due date: identical
    assert _shape(replay(dataclasses.replace(t, accelerated_on=None), evs, as_of=day, window=window)) == _shape(plain)
    if rday > day:
        assert _shape(replay(recalled(t, rday), evs, as_of=day, window=window)) == _shape(plain)
    late = t.maturity + timedelta(days=recall % 7)
    assert _shape(replay(recalled(t, late), evs, as_of=day, window=window)) == _shape(plain)
    # the payoff on the recall day is what the notice quoted, recall or not
    assert payoff_amount(recalled(t, rday), evs, on=rday) == payoff_amount(t, evs, on=rday)
    # after the recall, all that is owed is overdue
    if rday < day:
        p = replay(recalled(t, rday), evs, as_of=day)
        if p.closed_on is None:
            assert p.overdue_principal == p.principal_outstanding
            assert p.overdue_interest == p.interest_unpaid
            assert p.dpd >= (day - rday).days
