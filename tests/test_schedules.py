"""Repayment schedules: rates, known schedules to the fen, properties, APR, by-the-day interest."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import numpy_financial as npf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workstation.domain.dates import add_months_clamped, last_day_of_month, monthly_due_dates
from workstation.domain.rates import Rate, RateError
from workstation.domain.schedules import (
    Conventions, Method, ScheduleError, build_schedule, early_repayment_interest,
    penalty_interest,
)

D = Decimal
JAN31 = date(2026, 1, 31)


def sched(amount, rate, method, term=None, days=None, start=JAN31, **kw):
    return build_schedule(amount=D(amount), rate=rate, method=method, start=start,
                          term_months=term, days=days, **kw)


# -- rates ------------------------------------------------------------------------------

def test_rate_bases_are_exact_and_equal():
    daily = Rate.from_daily_percent(D("0.05"))
    monthly = Rate.from_monthly_percent(D("1.5"))
    annual = Rate.from_annual_percent(D("18"))
    assert daily == monthly == annual
    assert daily.annual == Fraction(18, 100)
    assert annual.daily == Fraction(5, 10000)
    assert annual.monthly == Fraction(15, 1000)
    r = Rate.from_annual_percent(D("4.9"))
    assert r.monthly * 12 == r.daily * 360 == Fraction(49, 1000)
    assert r.text() == "4.9%/year" and r.text("day") == "0.0136%/day"
    assert daily.describe() == "0.05%/day (1.5%/month, 18%/year)"
    assert daily.text_zh() == "日利率0.05%"


def test_rate_parse_round_trips_and_refuses_bad_values():
    for text in ("0.05%/day", "18%/year", "1.5%/month", "0.0000001%/day"):
        assert Rate.parse(text).text() == text
    assert Rate.parse("18 % / yr") == Rate.from_annual_percent(18)
    with pytest.raises(TypeError):
        Rate.from_annual_percent(18.0)
    with pytest.raises(RateError):
        Rate.from_daily_percent(D("-0.01"))
    with pytest.raises(RateError):
        Rate.parse("18 percent")


def test_rate_under_other_conventions_keeps_the_quoted_figure():
    r = Rate.from_daily_percent(D("0.05")).under(days_per_year=365, months_per_year=12)
    assert r.daily == Fraction(5, 10000)
    assert r.annual == Fraction(5, 10000) * 365
    assert r != Rate.from_daily_percent(D("0.05"))


# -- due dates --------------------------------------------------------------------------

def test_due_dates_clamp_to_month_end_without_chaining():
    assert monthly_due_dates(JAN31, 4) == (
        date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31))
    assert monthly_due_dates(date(2028, 1, 31), 3) == (
        date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30))
    assert add_months_clamped(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months_clamped(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert [last_day_of_month(y, 2) for y in (1900, 2000, 2024, 2026)] == [28, 29, 29, 28]


# -- known schedules, to the fen --------------------------------------------------------

def test_mortgage_1m_at_4_9_percent_360_months():
    s = sched("1000000", Rate.from_annual_percent(D("4.9")), "equal-installment", 360)
    assert {i.payment for i in s.installments[:-1]} == {D("5307.27")}
    first = s.installments[0]
    assert (first.interest, first.principal) == (D("4083.33"), D("1223.94"))
    assert s.installments[-1].due_date == date(2056, 1, 31)
    assert s.total_principal == D("1000000.00")
    assert s.total_payment == s.total_principal + s.total_interest
    assert s.apr == D("4.90") and s.apr_basis == "irr"


def test_100k_at_18_percent_12_months_equal_installment_by_hand():
    # Annuity: 100000 x 0.015 / (1 - 1.015^-12) = 9167.9993 -> half-up 9168.00.
    # (Truncating would give 9167.99; the rule says rounded half-up.)
    s = sched("100000", Rate.from_annual_percent(18), "equal-installment", 12)
    rows = [(i.principal, i.interest, i.payment, i.balance) for i in s.installments]
    # period 1: interest 100000 x 1.5% = 1500.00, principal 9168 - 1500 = 7668.00
    assert rows[0] == (D("7668.00"), D("1500.00"), D("9168.00"), D("92332.00"))
    # period 2: 92332.00 x 1.5% = 1384.98
    assert rows[1] == (D("7783.02"), D("1384.98"), D("9168.00"), D("84548.98"))
    # last: interest 9032.50 x 1.5% = 135.4875 -> 135.49; takes the remaining 9032.50
    assert rows[-1] == (D("9032.50"), D("135.49"), D("9167.99"), D("0.00"))
    assert s.total_interest == D("10015.99")
    assert s.apr == D("18.00")


def test_100k_at_18_percent_equal_principal_and_interest_only():
    ep = sched("100000", Rate.from_annual_percent(18), "equal-principal", 12)
    assert (ep.installments[0].principal, ep.installments[0].interest) == (D("8333.33"), D("1500.00"))
    # period 2 interest: 91666.67 x 1.5% = 1375.00005 -> 1375.00
    assert ep.installments[1].interest == D("1375.00")
    assert ep.installments[-1].principal == D("8333.37")        # 100000 - 11 x 8333.33
    assert ep.apr == D("18.00")
    io = sched("100000", Rate.from_annual_percent(18), "interest-only", 12)
    assert [i.payment for i in io.installments] == [D("1500.00")] * 11 + [D("101500.00")]
    assert io.total_interest == D("18000.00") and io.apr == D("18.00")


def test_bullet_order_loan_30_days():
    s = sched("100000", Rate.from_daily_percent(D("0.05")), "bullet", days=30)
    (only,) = s.installments
    assert only.due_date == date(2026, 3, 2)
    assert (only.principal, only.interest, only.payment) == (D("100000.00"), D("1500.00"),
                                                              D("101500.00"))
    assert (s.apr, s.apr_basis) == (D("18.25"), "simple")


def test_rounding_is_exact_at_the_half_fen():
    # 60.00 x 4.9%/12 = 0.245 exactly -> 0.25 half-up. A 28-digit Decimal monthly rate
    # (0.004083...3) gives 0.24499... and would round to 0.24.
    r = Rate.from_annual_percent(D("4.9"))
    assert sched("60", r, "interest-only", 1).installments[0].interest == D("0.25")
    even = Conventions(rounding=ROUND_HALF_EVEN)
    down = Conventions(rounding=ROUND_DOWN)
    assert sched("60", r, "interest-only", 1, conventions=even).installments[0].interest == D("0.24")
    assert sched("60", r, "interest-only", 1, conventions=down).installments[0].interest == D("0.24")


def test_zero_rate():
    s = sched("1000", Rate.zero(), "equal-installment", 3)
    assert [i.payment for i in s.installments] == [D("333.33"), D("333.33"), D("333.34")]
    assert s.total_interest == D("0.00") and s.apr == D("0.00")
    b = sched("1000", Rate.zero(), "bullet", days=10)
    assert b.total_payment == D("1000.00") and b.apr == D("0.00")


def test_tiny_amount_over_long_term_never_goes_negative():
    s = sched("1.00", Rate.zero(), "equal-installment", 180)    # 0.01 a month, paid off at 100
    assert sum(i.principal for i in s.installments) == D("1.00")
    assert all(i.balance >= 0 for i in s.installments)
    assert s.installments[99].balance == D("0.00") and s.installments[98].balance == D("0.01")
    assert s.installments[-1].payment == D("0.00")


def test_bad_terms_name_the_field():
    r = Rate.from_annual_percent(18)
    cases = [
        (dict(amount=D("0"), method="bullet", days=30), "amount"),
        (dict(amount=D("-5"), method="equal-installment", term_months=12), "amount"),
        (dict(amount=D("1.001"), method="equal-installment", term_months=12), "amount"),
        (dict(amount=D("100"), method="balloon", term_months=12), "method"),
        (dict(amount=D("100"), method="bullet"), "days"),
        (dict(amount=D("100"), method="bullet", term_months=1, days=3), "term_months"),
        (dict(amount=D("100"), method="equal-principal", term_months=0), "term_months"),
        (dict(amount=D("100"), method="equal-principal", term_months=3, days=5), "days"),
    ]
    for kw, fieldname in cases:
        with pytest.raises(ScheduleError, match=f"^{fieldname}:"):
            build_schedule(rate=r, start=JAN31, **kw)


# -- APR cross-check ---------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(amount=st.integers(100_000, 1_000_000_000), annual=st.integers(0, 3600),
       term=st.integers(2, 120), method=st.sampled_from(["equal-installment", "equal-principal",
                                                          "interest-only"]))
def test_apr_agrees_with_numpy_financial_irr(amount, annual, term, method):
    s = sched(D(amount) / 100, Rate.from_annual_percent(D(annual) / 100), method, term)
    flows = [-float(s.amount)] + [float(i.payment) for i in s.installments]
    reference = npf.irr(flows) * 12 * 100
    assert abs(float(s.apr) - reference) <= 0.0100001


# -- interest by the day -----------------------------------------------------------------

def test_early_repayment_and_penalty_interest():
    r = Rate.from_daily_percent(D("0.05"))
    assert early_repayment_interest(principal=D("100000"), rate=r, start=JAN31,
                                    end=date(2026, 2, 10)) == D("500.00")
    # 333.33 x 0.0005 x 7 = 1.1666... rounded once -> 1.17
    assert early_repayment_interest(principal=D("333.33"), rate=r, start=JAN31,
                                    end=JAN31 + timedelta(days=7)) == D("1.17")
    assert early_repayment_interest(principal=D("5000"), rate=r, start=JAN31, end=JAN31) == D("0.00")
    with pytest.raises(ScheduleError, match="^end:"):
        early_repayment_interest(principal=D("1"), rate=r, start=JAN31, end=date(2026, 1, 1))
    # 10000 x 0.0005 x 1.5 x 10 = 75.00
    assert penalty_interest(overdue=D("10000"), rate=r, days=10) == D("75.00")
    assert penalty_interest(overdue=D("10000"), rate=r, days=10, multiplier=D("2")) == D("100.00")
    # 1234.56 x 0.0006 x 1.5 x 3 = 3.333312 -> 3.33
    assert penalty_interest(overdue=D("1234.56"), rate=Rate.from_daily_percent(D("0.06")),
                            days=3) == D("3.33")


# -- properties ---------------------------------------------------------------------------

def _reference(amount: Fraction, r: Fraction, method: str, n: int) -> list[tuple[Fraction, Fraction]]:
    """The issue's rules written naively with Fractions: (principal, interest) per period."""
    def rnd(x: Fraction) -> Fraction:
        return Fraction(int(x * 100 + Fraction(1, 2)), 100)   # x >= 0: half-up
    rows, bal = [], amount
    if method == "interest-only":
        return [(amount if k == n - 1 else Fraction(0), rnd(amount * r)) for k in range(n)]
    if method == "equal-installment":
        pay = rnd(amount / n) if r == 0 else rnd(amount * r / (1 - (1 + r) ** -n))
    for k in range(n):
        i = rnd(bal * r)
        if k == n - 1:
            p = bal
        else:
            p = min(bal, pay - i if method == "equal-installment" else rnd(amount / n))
        bal -= p
        rows.append((p, i))
    return rows


amounts = st.integers(1, 1_000_000_000).map(lambda fen: D(fen) / 100)     # 0.01 .. 10,000,000.00
rates = st.one_of(
    st.just(Rate.zero()),
    st.integers(0, 4800).map(lambda bp: Rate.from_annual_percent(D(bp) / 100)),
    st.integers(0, 200).map(lambda x: Rate.from_daily_percent(D(x) / 1000)),
)
starts = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
monthly_methods = st.sampled_from([m for m in Method if m.monthly])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amount=amounts, rate=rates, method=monthly_methods, term=st.integers(1, 360), start=starts)
def test_monthly_schedule_properties(amount, rate, method, term, start):
    s = build_schedule(amount=amount, rate=rate, method=method, start=start, term_months=term)
    rows = s.installments
    assert len(rows) == term and [i.period for i in rows] == list(range(1, term + 1))
    assert sum(i.principal for i in rows) == amount == s.total_principal
    assert sum(i.interest for i in rows) == s.total_interest
    assert s.total_payment == amount + s.total_interest
    bal = amount
    for i in rows:
        assert i.principal >= 0 and i.interest >= 0 and i.payment == i.principal + i.interest
        bal -= i.principal
        assert i.balance == bal >= 0
        assert i.balance.as_tuple().exponent == -2
    assert rows[-1].balance == 0
    dates = [i.due_date for i in rows]
    assert all(a < b for a, b in zip(dates, dates[1:]))
    for k, d in enumerate(dates, 1):
        assert d.day == min(start.day, last_day_of_month(d.year, d.month))
        assert (d.year * 12 + d.month) - (start.year * 12 + start.month) == k
    if method is Method.EQUAL_INSTALLMENT and term > 1:
        # Equal payments except the last; a payment may only differ where it clears the
        # balance early (rounding up a tiny installment, e.g. 1.00 over 180 months).
        for i in rows[:-1]:
            assert i.payment == rows[0].payment or i.balance == 0
    # The same rules written naively with Fractions give the same schedule.
    expected = _reference(Fraction(amount), rate.monthly, method.value, term)
    assert [(Fraction(i.principal), Fraction(i.interest)) for i in rows] == expected


@settings(max_examples=200, deadline=None)
@given(amount=st.integers(100_000, 1_000_000_000).map(lambda fen: D(fen) / 100),
       annual=st.integers(0, 2400), term=st.integers(2, 120))
def test_equal_installments_differ_only_in_the_last(amount, annual, term):
    """Ordinary loans (from 1,000.00, up to 24%/year, up to 10 years) never clear early."""
    s = sched(amount, Rate.from_annual_percent(D(annual) / 100), "equal-installment", term)
    assert len({i.payment for i in s.installments[:-1]}) == 1
    assert all(i.balance > 0 for i in s.installments[:-1])


@settings(max_examples=200, deadline=None)
@given(amount=amounts, rate=rates, days=st.integers(1, 3650), start=starts)
def test_bullet_properties(amount, rate, days, start):
    s = build_schedule(amount=amount, rate=rate, method="bullet", start=start, days=days)
    (only,) = s.installments
    assert only.principal == amount and only.balance == 0
    assert only.due_date == start + timedelta(days=days)
    assert Fraction(only.interest) == Fraction(int(Fraction(amount) * rate.daily * days * 100
                                                   + Fraction(1, 2)), 100)
    assert s.apr_basis == "simple"


def test_apr_exactly_on_a_rounding_boundary_rounds_half_up():
    # 120,000 at 4.905%/year: every interest is exact (490.50), so the IRR is exactly the
    # nominal rate and the APR is exactly 4.905 -> 4.91 (half-up), never 4.90.
    for pct, expected in (("4.905", "4.91"), ("4.895", "4.90"), ("18.005", "18.01")):
        for method in ("interest-only", "equal-principal"):
            s = sched("120000", Rate.from_annual_percent(D(pct)), method, 12)
            assert s.apr == D(expected), (pct, method)


def test_apr_degenerate_cash_flows():
    # 0.01 over 360 months interest-only: every interest rounds to 0.00, IRR is 0.
    s = sched("0.01", Rate.from_annual_percent(D("14.25")), "interest-only", 360)
    assert s.total_interest == 0 and str(s.apr) == "0.00"


def test_fast_installment_factory_makes_ordinary_frozen_installments():
    from dataclasses import FrozenInstanceError, asdict

    from workstation.domain.schedules import Installment, _installment
    args = (3, JAN31, D("1.00"), D("2.00"), D("3.00"), D("4.00"))
    fast, normal = _installment(*args), Installment(*args)
    assert fast == normal and hash(fast) == hash(normal) and repr(fast) == repr(normal)
    assert asdict(fast) == asdict(normal)
    with pytest.raises(FrozenInstanceError):
        fast.interest = D("0")


@settings(max_examples=100, deadline=None)
@given(run=st.integers(1, 10**9), m=st.integers(4, 360), tail=st.lists(st.integers(0, 10**9),
       max_size=3), amount=st.integers(1, 10**9), v=st.decimals("0.5", "0.999998", places=9))
def test_closed_form_run_matches_horner(run, m, tail, amount, v):
    """The IRR's closed form over a run of equal payments equals the plain polynomial."""
    from decimal import localcontext

    from workstation.domain.rates import _CTX, _h_dh
    flows = [run] * m + tail
    with localcontext(_CTX):
        a = D(amount)
        fast = _h_dh(v, a=a, run=D(run), m=m, cs=[D(c) for c in tail], all_cs=flows)
        slow = _h_dh(v, a=a, run=None, m=0, cs=[D(c) for c in flows], all_cs=flows)
    scale = a + sum(flows)
    assert abs(fast[0] - slow[0]) <= scale * D("1e-20")
    assert abs(fast[1] - slow[1]) <= (slow[1] + 1) * D("1e-15")
