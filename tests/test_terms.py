"""The one terms value (issue 10, item 1): built once, stored through its column type,
used unchanged by the schedule and the engine; the migration upgrades old databases."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from workstation.domain.products import product_by_code, with_rate
from workstation.domain.rates import Rate
from workstation.domain.schedules import Conventions, build_schedule
from workstation.domain.terms import ApprovedTerms, TermsError
from workstation.store.db import alembic_config

R = Rate.from_daily_percent("0.06")


def _terms(**kw):
    args = dict(amount=Decimal("100000"), method="equal-installment", term_months=6, rate=R,
                start=date(2026, 1, 31))
    args.update(kw)
    return ApprovedTerms.from_product(product_by_code("CREDIT_FIXED"), **args)


def test_codec_round_trips_exactly():
    t = _terms(rate=Rate.from_annual_percent("7.3"), check=False)
    back = ApprovedTerms.from_json(t.to_json())
    assert back == t and back.daily_rate == Fraction(73, 360000)
    assert json.loads(t.to_json())["rate"] == {"basis": "year", "value": "73/1000"}


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(extra=1), lambda d: d.pop("rate"), lambda d: d.update(v=2),
    lambda d: d.update(amount=1.5), lambda d: d.update(term_months="6"),
    lambda d: d.update(penalty_base="all"), lambda d: d.update(allocation=["penalty_interest"])])
def test_codec_is_strict(mutate):
    d = _terms().to_dict()
    mutate(d)
    with pytest.raises(TermsError):
        ApprovedTerms.from_dict(d)


def test_terms_refuse_float_and_outside_the_product():
    with pytest.raises(TypeError):
        _terms(amount=1000.0)
    with pytest.raises(TermsError, match="term_months"):
        _terms(term_months=7)


def test_schedule_and_engine_obey_the_product_conventions():
    p = product_by_code("CREDIT_FIXED")
    from dataclasses import replace
    p = replace(p, conventions=Conventions(rounding="ROUND_DOWN"))
    t = ApprovedTerms.from_product(p, amount=Decimal("123457.89"), method="equal-principal", term_months=6,
                                   rate=p.rate, start=date(2026, 1, 31))
    s = t.schedule()
    half_up = build_schedule(amount=t.amount, rate=t.rate, method=t.method, term_months=6, start=t.start)
    assert s.conventions.rounding == "ROUND_DOWN"
    # some interest figure differs from the half-up schedule: the product's rounding was used
    assert [i.interest for i in s.installments] != [i.interest for i in half_up.installments]
    assert all(a.interest <= b.interest for a, b in zip(s.installments, half_up.installments))
    from workstation.domain.servicing_model import engine_terms
    e = engine_terms(t, start=s.start, rows=[[i.period, i.due_date, int(i.principal * 100), int(i.interest * 100)]
                                              for i in s.installments])
    assert e.rounding == "ROUND_DOWN" and e.daily_rate == t.daily_rate and e.penalty_base == "principal"


def test_cost_warnings_above_the_highest_annual_cost():
    t = _terms()
    # 0.06%/day: 21.6% nominal; penalty 0.09%/day = 32.4% a year > 24%
    assert [w.code for w in t.cost_warnings(Decimal("23.87"))] == ["penalty_rate"]
    assert [w.code for w in t.cost_warnings(Decimal("24.01"))] == ["annual_rate", "penalty_rate"]
    low = ApprovedTerms.from_product(with_rate(product_by_code("JOINT_GUARANTEE"), Rate.from_annual_percent("7.2")),
                                     amount=Decimal("60000"), method="equal-installment", term_months=6,
                                     start=date(2026, 1, 1))
    assert low.cost_warnings(Decimal("7.44")) == []


def test_loan_row_stores_the_terms_unchanged(svc):
    from servicing_support import actor, new_application, prepare
    from workstation.servicing import loans
    from workstation.store.models_loans import Loan
    off = actor(prepare(svc), "officer1")
    app = new_application(svc, product="CREDIT_FIXED", amount=Decimal("100000"), term_months=6)
    t = _terms()
    lid = loans.sign_contract(svc, off, app, t, signed_on=date(2026, 1, 31), channel="online")
    loans.disburse(svc, off, lid, on=date(2026, 2, 2), amount=Decimal("100000"), account="6225880000000000")
    with svc.read() as s:
        loan = s.get(Loan, lid)
        assert loan.terms == t and loan.terms.to_json() == t.to_json()
        assert loan.frozen_schedule[0][1] == "2026-03-02"       # the schedule runs from disbursement


def test_migration_builds_terms_for_existing_loans(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")     # foreign keys not enforced
    cfg = alembic_config(engine)
    command.upgrade(cfg, "25aabd00bcc3")
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO loans (id, contract_no, application_id, merchant_id, product_code, approved_amount, method,"
            " term_months, daily_rate, monthly_rate, rate_text, penalty_multiplier, allocation_order, revolving,"
            " signed_on, sign_channel, status, principal_outstanding, interest_unpaid, penalty_unpaid, excess,"
            " overdue_principal, overdue_interest, dpd, bucket, tier, version) VALUES (1, 'HT1', 1, 1,"
            " 'CREDIT_FIXED', 5000000, 'equal-installment', 6, '3/5000', '9/500', '0.06%/day', '2',"
            " '[\"penalty_interest\", \"overdue_principal\", \"overdue_interest\", \"current_interest\","
            " \"current_principal\"]', 0, '2026-01-01', 'online', 'contracted', 0, 0, 0, 0, 0, 0, 0, 'M0', '正常', 1)"))
    command.upgrade(cfg, "head")
    with engine.connect() as c:
        cols = [r[1] for r in c.execute(text("PRAGMA table_info(loans)"))]
        stored = c.execute(text("SELECT terms FROM loans")).scalar()
    assert "daily_rate" not in cols and "rate_text" not in cols and "allocation_order" not in cols
    t = ApprovedTerms.from_json(stored)
    assert (t.amount, t.daily_rate, t.term_months, t.penalty_multiplier) == (
        Decimal("50000.00"), Fraction(3, 5000), 6, Decimal("2"))
    assert t.allocation[1] == "overdue_principal"
    engine.dispose()
