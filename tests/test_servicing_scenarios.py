"""Whole loan lives replayed by the pure engine, checked to the fen against figures
worked by hand (written next to each assertion). Rates: 0.05%/day = 1.5%/month."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from workstation.domain import delinquency
from workstation.domain.rates import Rate
from workstation.domain.schedules import build_schedule
from workstation.domain.servicing import Event, payoff_amount, replay
from workstation.domain.servicing_model import line_terms, terms_from_schedule

R05 = Rate.from_daily_percent("0.05")
R06 = Rate.from_daily_percent("0.06")
D = date


def terms(amount, method, start, *, months=None, days=None, rate=R05, penalty_base="principal"):
    s = build_schedule(amount=Decimal(amount), rate=rate, method=method, start=start, term_months=months,
                       days=days)
    return terms_from_schedule(s, penalty_multiplier=Decimal("1.5"), penalty_base=penalty_base)


def ev(key, kind, day, fen, **kw):
    return Event(key, kind, day, fen, order=key if isinstance(key, int) else 0, **kw)


def pay(key, day, fen):
    return ev(key, "repayment", day, fen)


# 12,000.00 equal installments over 3 months from 31 Jan 2026:
#   payment = 12000 x 0.015 x 1.015^3 / (1.015^3 - 1) = 4120.60
#   1: interest 12000 x 0.015 = 180.00, principal 3940.60, balance 8059.40 (due 28 Feb)
#   2: interest 8059.40 x 0.015 = 120.891 -> 120.89, principal 3999.71, balance 4059.69 (31 Mar)
#   3: interest 4059.69 x 0.015 = 60.895 -> 60.90, principal 4059.69, payment 4120.59 (30 Apr)
EI = dict(amount="12000", method="equal-installment", start=D(2026, 1, 31), months=3)


def test_equal_installment_on_time():
    t = terms(**EI)
    assert [(r.principal, r.interest) for r in t.rows] == [(394060, 18000), (399971, 12089), (405969, 6090)]
    evs = [ev(1, "disbursement", D(2026, 1, 31), 1200000), pay(2, D(2026, 2, 28), 412060),
           pay(3, D(2026, 3, 31), 412060), pay(4, D(2026, 4, 30), 412059)]
    p = replay(t, evs, as_of=D(2026, 5, 1))
    assert p.closed_on == D(2026, 4, 30)
    assert p.interest_earned == p.interest_paid == 36179          # 180.00 + 120.89 + 60.90
    assert p.penalty_earned == 0 and p.principal_outstanding == 0 and p.dpd == 0
    assert p.allocations[2].as_tuple() == (394060, 18000, 0, 0)


def test_daily_accrual_of_a_monthly_installment_sums_to_the_contract():
    t = terms(**EI)
    p = replay(t, [ev(1, "disbursement", D(2026, 1, 31), 1200000)], as_of=D(2026, 3, 1),
               window=(D(2026, 1, 31), D(2026, 2, 28)))
    nightly = [i for _, i, _ in p.nightly]
    # 27 nights of 12000 x 0.0005 = 6.00, the 28th tops February up to the month's 180.00;
    # the night of 28 Feb is period 2's first: 8059.40 x 0.0005 = 4.0297 -> 4.03
    assert nightly[:27] == [600] * 27 and nightly[27] == 1800 and nightly[28] == 403
    # 3940.60 overdue on the night of the due date: 3940.60 x 0.00075 = 2.96
    assert p.penalty_earned == 296 and p.dpd == 1


def test_equal_installment_late_then_cured():
    t = terms(**EI)
    # installment 1 (due 28 Feb) paid 10 March: penalty nights 28 Feb .. 9 Mar = 10,
    # 3940.60 x 0.0005 x 1.5 x 10 = 29.5545 -> 29.55
    evs = [ev(1, "disbursement", D(2026, 1, 31), 1200000)]
    before = replay(t, evs, as_of=D(2026, 3, 10))
    assert before.dpd == 10 and before.penalty_unpaid == 2955
    assert delinquency.bucket(before.dpd) == "M1"
    evs.append(pay(2, D(2026, 3, 10), 412060 + 2955))
    p = replay(t, evs, as_of=D(2026, 3, 10))
    assert p.allocations[2].as_tuple() == (394060, 18000, 2955, 0)
    assert p.dpd == 0 and p.overdue_principal == 0
    evs += [pay(3, D(2026, 3, 31), 412060), pay(4, D(2026, 4, 30), 412059)]
    p = replay(t, evs, as_of=D(2026, 5, 1))
    assert p.closed_on == D(2026, 4, 30) and p.penalty_paid == 2955 and p.interest_paid == 36179


def test_equal_principal_partial_payments():
    # 9,000.00 over 3 months from 15 Jan: principal 3000.00 each, interest 135.00, 90.00, 45.00
    t = terms("9000", "equal-principal", D(2026, 1, 15), months=3)
    evs = [ev(1, "disbursement", D(2026, 1, 15), 900000), pay(2, D(2026, 2, 15), 100000)]
    p = replay(t, evs, as_of=D(2026, 2, 16))
    # 1000.00 on the due date: interest 135.00 then principal 865.00; 2135.00 overdue next day
    assert p.allocations[2].as_tuple() == (86500, 13500, 0, 0)
    assert p.overdue_principal == 213500 and p.dpd == 1
    assert p.installments[0].pp == 86500
    # cured 1 March: penalty nights 15 .. 28 Feb = 14, 2135 x 0.00075 x 14 = 22.4175 -> 22.42
    evs.append(pay(3, D(2026, 3, 1), 213500 + 2242))
    p = replay(t, evs, as_of=D(2026, 3, 1))
    assert p.allocations[3].as_tuple() == (213500, 0, 2242, 0) and p.dpd == 0
    evs += [pay(4, D(2026, 3, 15), 309000), pay(5, D(2026, 4, 15), 304500)]
    p = replay(t, evs, as_of=D(2026, 4, 16))
    assert p.closed_on == D(2026, 4, 15)
    assert (p.interest_paid, p.penalty_paid, p.principal_outstanding) == (27000, 2242, 0)


def test_prepayment_shortens_from_the_last_installment():
    t = terms("9000", "equal-principal", D(2026, 1, 15), months=3)
    # 5135.00 on 15 Feb: installment 1 (3135.00) and 2000.00 prepaid off installment 3's
    # principal (3000 -> 1000); periods from 15 Feb on are re-priced: 2 on 4000.00 -> 60.00,
    # 3 on 1000.00 -> 15.00
    evs = [ev(1, "disbursement", D(2026, 1, 15), 900000), pay(2, D(2026, 2, 15), 513500)]
    p = replay(t, evs, as_of=D(2026, 2, 15))
    assert p.allocations[2].prepaid == 200000
    assert [(i.principal, i.interest) for i in p.installments] == [(300000, 13500), (300000, 6000), (100000, 1500)]
    evs += [pay(3, D(2026, 3, 15), 306000), pay(4, D(2026, 4, 15), 101500)]
    p = replay(t, evs, as_of=D(2026, 4, 16))
    assert p.closed_on == D(2026, 4, 15) and p.interest_paid == 21000


def test_equal_installment_early_payoff():
    t = terms(**EI)
    evs = [ev(1, "disbursement", D(2026, 1, 31), 1200000)]
    # 10 February: 10 nights x 12000 x 0.0005 = 60.00 interest, nothing more
    assert payoff_amount(t, evs, on=D(2026, 2, 10)) == 1206000
    evs.append(pay(2, D(2026, 2, 10), 1206000 + 500))
    p = replay(t, evs, as_of=D(2026, 3, 1))
    assert p.allocations[2].as_tuple() == (1200000, 6000, 0, 500)      # 5.00 excess to refund
    assert p.closed_on == D(2026, 2, 10) and p.interest_earned == 6000 and p.dpd == 0
    assert [delinquency.installment_status(i, as_of=p.as_of, current_period=None, closed=True)[0]
            for i in p.installments] == ["paid", "prepaid", "prepaid"]


def test_interest_only_on_time_and_payoff_quote():
    # 10,000.00 interest-only from 10 Jan: 150.00 a month, principal on 10 April
    t = terms("10000", "interest-only", D(2026, 1, 10), months=3)
    evs = [ev(1, "disbursement", D(2026, 1, 10), 1000000), pay(2, D(2026, 2, 10), 15000)]
    # payoff 25 Feb: nights 10..24 Feb = 15 x 5.00 = 75.00
    assert payoff_amount(t, evs, on=D(2026, 2, 25)) == 1007500
    evs += [pay(3, D(2026, 3, 10), 15000), pay(4, D(2026, 4, 10), 1015000)]
    p = replay(t, evs, as_of=D(2026, 4, 11))
    assert p.closed_on == D(2026, 4, 10) and p.interest_paid == 45000


def test_bullet_on_time_late_and_order_settlement():
    t = terms("10000", "bullet", D(2026, 1, 1), days=30)
    evs = [ev(1, "disbursement", D(2026, 1, 1), 1000000)]
    # 30 nights x 5.00 = 150.00 due 31 January
    p = replay(t, evs + [pay(2, D(2026, 1, 31), 1015000)], as_of=D(2026, 2, 1))
    assert p.closed_on == D(2026, 1, 31) and p.interest_paid == 15000
    # the orders settle on 11 January: 10 nights = 50.00
    assert payoff_amount(t, evs, on=D(2026, 1, 11)) == 1005000
    # paid 5 days late: penalty 10000 x 0.00075 x 5 = 37.50
    p = replay(t, evs + [pay(2, D(2026, 2, 5), 1018750)], as_of=D(2026, 2, 6))
    assert p.allocations[2].as_tuple() == (1000000, 15000, 3750, 0) and p.closed_on == D(2026, 2, 5)


def test_bullet_default_then_write_off():
    t = terms("10000", "bullet", D(2026, 1, 1), days=30)
    evs = [ev(1, "disbursement", D(2026, 1, 1), 1000000)]
    p = replay(t, evs, as_of=D(2026, 5, 1))
    # overdue from 31 Jan: 90 nights x 7.50 = 675.00 by 1 May
    assert p.dpd == 90 and p.penalty_unpaid == 67500
    assert delinquency.classify(p.dpd, {"关注": 1, "次级": 91, "可疑": 181, "损失": 361}) == "关注"
    assert delinquency.classify(91, {"关注": 1, "次级": 91, "可疑": 181, "损失": 361}) == "次级"
    evs.append(ev(2, "write_off", D(2026, 5, 1), 0))
    p = replay(t, evs, as_of=D(2026, 6, 1))
    assert p.allocations[2].as_tuple() == (1000000, 15000, 67500, 0)
    assert p.written_off_on == D(2026, 5, 1) and p.penalty_earned == 67500     # nothing after
    assert p.principal_outstanding == 0 and p.state == "written_off"


def test_revolving_line_interest_on_what_is_drawn():
    t = line_terms(start=D(2026, 1, 1), expiry=D(2026, 7, 1), limit=10000000, rate=R06,
                   penalty_multiplier=Decimal("1.5"))
    evs = [ev(1, "disbursement", D(2026, 1, 1), 5000000), ev(2, "draw", D(2026, 1, 11), 2000000)]
    # 10 nights on 50,000 x 0.0006 = 300.00, then 10 on 70,000 = 420.00
    evs.append(pay(3, D(2026, 1, 21), 3000000))
    p = replay(t, evs, as_of=D(2026, 1, 21))
    assert p.allocations[3].as_tuple() == (2928000, 72000, 0, 0) and p.principal_outstanding == 4072000
    # then 10 nights on 40,720 = 244.32
    assert payoff_amount(t, evs, on=D(2026, 1, 31)) == 4072000 + 24432
    assert p.state == "active"
