"""Interest the way the contract says it (issue 10, point 4): money paid before a due
date beyond what is due pays interest to that actual day, then principal; nothing
unearned is kept. Penalty base as a product setting. Figures worked by hand beside
each assertion; 0.05%/day = 1.5%/month."""
from __future__ import annotations

from datetime import date as D, timedelta

from hypothesis import given, settings, strategies as st
from test_servicing_scenarios import EI, ev, pay, terms

from workstation.domain.servicing import payoff_amount, replay
from workstation.domain.servicing_model import ServicingError, LoanTerms

DISB = ev(1, "disbursement", D(2026, 1, 31), 1200000)


def test_one_fen_short_of_the_payoff_quote_pays_interest_to_the_day_only():
    t = terms(**EI)
    # 15 nights of 12,000.00 x 0.05% = 90.00: the quote is 12,090.00
    assert payoff_amount(t, [DISB], on=D(2026, 2, 15)) == 1209000
    evs = [DISB, pay(2, D(2026, 2, 15), 1208999)]
    p = replay(t, evs, as_of=D(2026, 2, 15))
    # interest to the day (90.00), then principal 11,999.99: 0.01 is left
    assert p.allocations[2].as_tuple() == (1199999, 9000, 0, 0)
    assert p.principal_outstanding == 1
    # the period's interest: 11,999.99 x 0.05% x 15 + 0.01 x 1.5% = 89.999925 + 0.00015 -> 90.00
    assert p.installments[0].interest == 9000
    evs.append(pay(3, D(2026, 3, 31), 1))
    p = replay(t, evs, as_of=D(2026, 5, 1))
    assert p.closed_on == D(2026, 3, 31)
    assert p.interest_earned == p.interest_paid == 9000          # not 181.35


def test_partial_prepayment_mid_period_pays_interest_to_the_day():
    t = terms(**EI)
    evs = [DISB, pay(2, D(2026, 2, 15), 600000)]
    p = replay(t, evs, as_of=D(2026, 2, 15))
    a = p.allocations[2]
    # 90.00 interest earned to 15 Feb, the rest (5,910.00) is principal: installment 1's
    # 3,940.60 first, then 1,969.40 off the last installment
    assert a.as_tuple() == (591000, 9000, 0, 0) and a.prepaid == 591000 - 394060
    assert p.interest_paid == 9000 and p.interest_unpaid == 0     # nothing paid in advance
    # period 1 = 6,090.00 x 1.5% + 5,910.00 x 0.05% x 15 = 91.35 + 44.325 = 135.675 -> 135.68
    assert p.installments[0].interest == 13568
    # at the due date the rest of period 1's interest (45.68) falls due; the night of
    # 28 Feb is period 2's first: 6,090.00 x 0.05% = 3.045 -> 3.05
    p = replay(t, evs, as_of=D(2026, 3, 1))
    assert p.interest_earned == 13568 + 305 and p.overdue_interest == 4568 and p.overdue_principal == 0
    # period 2 on 6,090.00: 91.35; the schedule ends earlier
    assert p.installments[1].interest == 9135


def test_nightly_accrual_after_a_mid_period_prepayment_adds_up_to_the_period():
    t = terms(**EI)
    evs = [DISB, pay(2, D(2026, 2, 15), 600000)]
    p = replay(t, evs, as_of=D(2026, 3, 1), window=(D(2026, 1, 31), D(2026, 2, 28)))
    nightly = [i for _, i, _ in p.nightly]
    assert sum(nightly[:28]) == 13568 and min(nightly) >= 0
    # after the payment the balance 6,090.00 earns 3.045 a night
    assert nightly[15] in (304, 305)


def test_paying_the_installment_early_keeps_no_unearned_interest():
    t = terms(**EI)
    evs = [DISB, pay(2, D(2026, 2, 25), 412060)]
    p = replay(t, evs, as_of=D(2026, 2, 25))
    # 25 nights: 12,000 x 0.05% x 25 = 150.00 interest, 3,970.60 principal
    assert p.allocations[2].as_tuple() == (397060, 15000, 0, 0)
    assert p.interest_unpaid == 0


def test_penalty_on_overdue_principal_only_by_default():
    t = terms(**EI)
    p = replay(t, [DISB], as_of=D(2026, 3, 10))
    assert p.penalty_earned == 2955          # 3,940.60 x 0.075% x 10 = 29.5545


def test_penalty_on_overdue_principal_and_interest_when_the_product_says_so():
    t = terms(**EI, penalty_base="principal_and_interest")
    p = replay(t, [DISB], as_of=D(2026, 3, 10))
    assert p.penalty_earned == 3090          # (3,940.60 + 180.00) x 0.075% x 10 = 30.9045


def test_penalty_base_on_a_bullet_loan_includes_unpaid_interest():
    t = terms("10000", "bullet", D(2026, 1, 1), days=30, penalty_base="principal_and_interest")
    p = replay(t, [ev(1, "disbursement", D(2026, 1, 1), 1000000)], as_of=D(2026, 2, 10))
    # due 31 Jan: 150.00 interest; 10 nights of (10,000 + 150) x 0.075% = 76.125 -> 76.13
    assert p.interest_earned == 15000 and p.penalty_earned == 7613


def test_unknown_penalty_base_is_refused():
    t = terms(**EI)
    try:
        LoanTerms(start=t.start, daily=False, daily_rate=t.daily_rate, monthly_rate=t.monthly_rate,
                  penalty_multiplier=t.penalty_multiplier, rows=t.rows, penalty_base="everything")
    except ServicingError as exc:
        assert "penalty base" in str(exc)
    else:
        raise AssertionError("an unknown penalty base was accepted")


def test_money_paid_on_a_due_date_after_the_installment_reduces_the_next_period_at_once():
    t = terms(**EI)
    evs = [DISB, pay(2, D(2026, 2, 28), 412060), pay(3, D(2026, 2, 28), 100000)]
    p = replay(t, evs, as_of=D(2026, 2, 28))
    # installment 2's period starts on 28 Feb: 1,000.00 of its principal repaid that day,
    # so it charges (8,059.40 - 1,000.00) x 1.5% = 105.891 -> 105.89, not 120.89
    assert p.allocations[3].as_tuple() == (100000, 0, 0, 0)
    assert p.installments[1].interest == 10589


_PAY = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 1_500_000)), min_size=1, max_size=8)


@settings(max_examples=150, deadline=None)
@given(method=st.sampled_from(["equal-installment", "equal-principal", "interest-only"]),
       months=st.sampled_from([3, 6]), pays=_PAY, base=st.sampled_from(["principal", "principal_and_interest"]))
def test_nothing_unearned_is_ever_kept(method, months, pays, base):
    """After every payment, interest received never exceeds interest earned so far, and a
    loan paid off never pays more interest than its frozen schedule."""
    t = terms("12000", method, D(2026, 1, 31), months=months, penalty_base=base)
    evs = [DISB]
    for k, (offset, fen) in enumerate(sorted(pays), start=2):
        day = D(2026, 1, 31) + timedelta(days=offset)
        evs.append(pay(k, day, fen))
        p = replay(t, evs, as_of=day)
        assert p.interest_paid <= p.interest_earned
        assert all(i.ip <= i.interest for i in p.installments)
    end = replay(t, evs, as_of=D(2026, 12, 31))
    if end.closed_on is not None and end.penalty_earned == 0:
        assert end.interest_earned <= sum(r.interest for r in t.rows)
