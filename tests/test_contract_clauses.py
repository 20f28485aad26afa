"""Clauses generated from the same settings as the engine (issue 10, point 5).

For every product, every method it allows, both penalty bases, two rounding modes and
two allocation orders: the figures and rules are read back from the clause text,
applied by hand, and must give the engine's figures (interest of a regular period,
interest to the day on an early payment, the period's interest after it, penalty,
allocation of a short payment)."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest

from workstation.documents.clauses import BUCKET_ZH, ROUNDING_ZH, contract_clauses
from workstation.domain.products import SEED_PRODUCTS
from workstation.domain.schedules import Conventions
from workstation.domain.servicing import Event, replay
from workstation.domain.servicing_model import engine_terms
from workstation.domain.terms import ApprovedTerms

START = date(2026, 1, 31)
ORDERS = [None, ("overdue_principal", "overdue_interest", "penalty_interest", "current_interest",
                 "current_principal")]


def _cases():
    for p in SEED_PRODUCTS:
        for method in p.methods:
            for base in ("principal", "principal_and_interest"):
                for rounding in ("ROUND_HALF_UP", "ROUND_DOWN"):
                    for order in ORDERS:
                        yield pytest.param(p, method, base, rounding, order,
                                           id=f"{p.code}-{method.value}-{base}-{rounding}-{'alt' if order else 'std'}")


def _terms(p, method, base, rounding, order) -> ApprovedTerms:
    p = replace(p, penalty_base=base, conventions=Conventions(rounding=rounding),
                allocation_order=order or p.allocation_order)
    months = max(p.term_months) if method.monthly else (12 if p.revolving else None)
    days = None if method.monthly or p.revolving else p.days_max
    return ApprovedTerms.from_product(p, amount=Decimal("123456.78") if p.amount_max > 200000 else p.amount_min,
                                      method=method, term_months=months, term_days=days, rate=p.rate, start=START)


def _pct(text: str, label: str) -> Fraction:
    m = re.search(label + r"(\d+(?:\.\d+)?)%", text)
    assert m, f"{label!r} not stated in: {text}"
    return Fraction(m.group(1)) / 100


def _round(text: str):
    mode = next(k for k, zh in ROUNDING_ZH.items() if f"按{zh}保留至分" in text)
    return {"ROUND_HALF_UP": lambda x: int(x + Fraction(1, 2)) if x >= 0 else -int(-x + Fraction(1, 2)),
            "ROUND_DOWN": lambda x: int(x)}[mode]


def _engine(t: ApprovedTerms):
    amount = t.amount
    if t.revolving:
        exp = date(START.year + 1, START.month, START.day)
        rows = [[1, exp, int(amount * 100), 0]]
    else:
        s = t.schedule(start=START)
        rows = [[i.period, i.due_date, int(i.principal * 100), int(i.interest * 100)] for i in s.installments]
    return engine_terms(t, start=START, rows=rows), int(amount * 100)


def _pay(key, day, fen):
    return Event(key, "repayment", day, fen, order=key)


@pytest.mark.parametrize("p,method,base,rounding,order", list(_cases()))
def test_each_clause_stated_rule_gives_the_engine_figure(p, method, base, rounding, order):
    t = _terms(p, method, base, rounding, order)
    c = contract_clauses(t)
    e, a = _engine(t)
    disb = Event(1, "disbursement", START, a)
    # -- interest basis (3.2) ---------------------------------------------------------
    rnd = _round(c.interest)
    daily = _pct(c.interest, "日利率为?")
    first = e.rows[0]
    n = 10                                          # an early payment 10 days in
    day = START + timedelta(days=n)
    if "月利率为" in c.interest:
        monthly = _pct(c.interest, "月利率为")
        assert first.interest == rnd(a * monthly)                     # a regular period
        # 6.2: interest to the day, then principal; the period after it
        assert "当期已用各日的本金余额×日利率之和" in c.prepayment
        to_day = rnd(a * daily * n)
        cash = to_day + first.principal + 100000
        pos = replay(e, [disb, _pay(2, day, cash)], as_of=day)
        assert pos.allocations[2].interest == to_day and pos.allocations[2].principal == cash - to_day
        prepaid = cash - to_day
        assert "其余本金的当期利息仍按月利率计算" in c.prepayment
        expect = rnd((a - prepaid) * monthly + prepaid * min(monthly, daily * n))
        assert pos.installments[0].interest == expect
    else:
        assert "按日累计" in c.interest and "还款当日不计息" in c.interest
        pos = replay(e, [disb], as_of=day)
        assert pos.interest_earned == rnd(a * daily * n)
        cash = 5000000
        pos = replay(e, [disb, _pay(2, day, cash)], as_of=day + timedelta(days=5))
        to_day = rnd(a * daily * n)
        assert pos.allocations[2].interest == to_day                  # 6.2: interest first
        assert pos.interest_earned == rnd(a * daily * n + (a - (cash - to_day)) * daily * 5)
    # -- penalty (7.1) ----------------------------------------------------------------
    prnd = _round(c.penalty)
    pen_rate = _pct(c.penalty, "罚息日利率")
    assert pen_rate == daily * Fraction(re.search(r"日利率的([\d.]+)倍", c.penalty).group(1))
    assert c.penalty_annual_rate == f"{(Decimal(pen_rate.numerator) / pen_rate.denominator * 36000).quantize(Decimal('0.01'))}%"
    due = e.rows[0].due_date
    k = 7
    late = replay(e, [disb], as_of=due + timedelta(days=k))
    overdue_p = a if e.daily else e.rows[0].principal
    overdue_i = (rnd(a * daily * (due - START).days) if e.daily else e.rows[0].interest)
    base_fen = overdue_p + (overdue_i if "逾期本金及逾期利息" in c.penalty else 0)
    assert late.penalty_earned == prnd(base_fen * pen_rate * k)       # 逾期天数: due date .. day before payment
    # -- allocation (5.3) -------------------------------------------------------------
    stated = re.search(r"按照(.+?)的顺序清偿", c.allocation).group(1).split("、")
    zh_to_bucket = {v: k for k, v in BUCKET_ZH.items()}
    owed = {"penalty_interest": late.penalty_unpaid, "overdue_interest": late.overdue_interest,
            "overdue_principal": late.overdue_principal}
    small = late.penalty_unpaid + late.overdue_interest // 2 + 37
    paid = replay(e, [disb, _pay(2, late.as_of, small)], as_of=late.as_of).allocations[2]
    left, expect = small, {"penalty_interest": 0, "overdue_interest": 0, "overdue_principal": 0}
    for zh in stated:
        b = zh_to_bucket[zh]
        if b in owed:
            take = min(left, owed[b])
            expect[b], left = take, left - take
    assert (paid.penalty, paid.interest, paid.principal) == (
        expect["penalty_interest"], expect["overdue_interest"], expect["overdue_principal"])


def test_highest_annual_cost_warning_in_the_clauses_and_the_pdf():
    from pypdf import PdfReader

    from workstation.documents.contract import render_contract
    from workstation.documents.samples import contract as sample_contract
    p = next(x for x in SEED_PRODUCTS if x.code == "B2B_CREDIT")
    t = _terms(p, p.methods[0], "principal", "ROUND_HALF_UP", None)
    c = contract_clauses(t, apr_pct=Decimal("23.87"))
    assert c.warnings == ("逾期罚息年化利率32.40%超过综合年化成本上限24%",)
    low = contract_clauses(replace(t, max_annual_cost_pct=Decimal("36")), apr_pct=Decimal("23.87"))
    assert low.warnings == ()
    pdf = render_contract(replace(sample_contract(), clauses=c))
    text = re.sub(r"\s+", "", "".join(pg.extract_text() for pg in PdfReader(io.BytesIO(pdf)).pages))
    assert "风险提示：逾期罚息年化利率32.40%超过综合年化成本上限24%" in text
    for clause in (c.interest, c.penalty, c.prepayment, c.allocation):
        assert re.sub(r"\s+", "", clause)[:40] in text
    assert "剩余本金按原还款方式重新计算" not in text          # the old 6.2 is gone


def test_rate_disclosure_follows_the_products_conventions():
    """The nominal rate is daily x the product's days per year and the simple annualised
    rate daily x its bullet_apr_days: no convention that only the quote obeys."""
    from fractions import Fraction

    from workstation.domain.schedules import Conventions
    from workstation.printing.document_data_loans import rate_disclosure
    daily = Fraction(1, 2000)                                     # 0.05% a day
    default = rate_disclosure(daily=daily, method="bullet", apr=None)
    assert (default.nominal_annual_rate, default.annualised_rate) == ("18.00%", "18.25%")
    own = rate_disclosure(daily=daily, method="bullet", apr=None,
                          conventions=Conventions(days_per_year=365, bullet_apr_days=366))
    assert (own.nominal_annual_rate, own.annualised_rate) == ("18.25%", "18.30%")
