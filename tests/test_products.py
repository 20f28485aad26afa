"""Products as data: the seeds match DOMAIN.md, serialise losslessly, and validate terms."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from workstation.domain.products import (
    DEFAULT_ALLOCATION, PRODUCTS, SEED_PRODUCTS, Product, product_by_code, validate_terms,
)
from workstation.domain.rates import Rate
from workstation.domain.schedules import Conventions, Method, build_schedule

D = Decimal


def test_seed_products_match_the_domain_table():
    assert [p.code for p in SEED_PRODUCTS] == [
        "ORDER", "CREDIT_FIXED", "CREDIT_REVOLVING", "B2B_CREDIT", "JOINT_GUARANTEE"]
    order = product_by_code("ORDER")
    assert order.rate == Rate.from_daily_percent(D("0.05"))
    assert order.rate.annual == Fraction(18, 100)
    assert order.methods == (Method.BULLET,) and order.default_days == 30
    assert order.amount_max == D("1000000.00") and order.amount_cap == "open_order_value"
    assert set(order.platforms) == {"taobao", "tmall"}
    for code in ("CREDIT_FIXED", "CREDIT_REVOLVING"):
        p = product_by_code(code)
        assert p.rate.daily == Fraction(6, 10000)
        assert (p.amount_min, p.amount_max) == (D("50000.00"), D("1000000.00"))
    assert product_by_code("CREDIT_FIXED").term_months == (6, 12)
    assert product_by_code("CREDIT_REVOLVING").revolving
    assert product_by_code("CREDIT_REVOLVING").methods == (Method.BULLET,)
    b2b = product_by_code("B2B_CREDIT")
    assert b2b.platforms == ("1688",) and b2b.amount_max == D("3000000.00")
    assert b2b.term_months == (3, 6, 9, 12)
    assert set(b2b.methods) == {Method.EQUAL_INSTALLMENT, Method.INTEREST_ONLY}
    assert b2b.interview_required and b2b.site_visit_above == D("1000000.00")
    joint = product_by_code("JOINT_GUARANTEE")
    assert joint.group_min_size == 3 and max(joint.term_months) == 12
    assert joint.rate == Rate.from_annual_percent(D("7.2"))
    for p in SEED_PRODUCTS:
        assert p.penalty_multiplier == D("1.5")
        assert p.offer_validity_days == 30
        assert p.allocation_order == DEFAULT_ALLOCATION
        assert p.conventions == Conventions()
        assert p.rate_min <= p.rate <= p.rate_max
        assert p.name_zh and p.name_en


def test_every_seed_product_builds_a_schedule_on_its_defaults():
    for p in SEED_PRODUCTS:
        for method in p.methods:
            kw = ({"days": p.default_days or p.days_max} if method is Method.BULLET
                  else {"term_months": p.default_term_months})
            s = build_schedule(amount=p.amount_max, rate=p.rate, method=method,
                               start=date(2026, 1, 31), conventions=p.conventions, **kw)
            assert s.total_principal == p.amount_max
            assert validate_terms(p, amount=p.amount_max, method=method, rate=p.rate, **kw) == []


def test_to_dict_from_dict_round_trip_through_json():
    for p in SEED_PRODUCTS:
        data = json.loads(json.dumps(p.to_dict()))
        assert isinstance(data["amount_min"], str) and isinstance(data["penalty_multiplier"], str)
        back = Product.from_dict(data)
        assert back == p
        assert back.rate.text() == p.rate.text()
    assert PRODUCTS["ORDER"].to_dict()["rate"] == "0.05%/day"


def test_conventions_travel_with_the_product():
    p = replace(product_by_code("ORDER"), conventions=Conventions(days_per_year=365))
    assert p.rate.annual == Fraction(5, 10000) * 365
    back = Product.from_dict(json.loads(json.dumps(p.to_dict())))
    assert back.conventions.days_per_year == 365 and back.rate == p.rate


def test_product_by_code_is_case_insensitive_and_names_the_known_codes():
    assert product_by_code(" b2b_credit ").code == "B2B_CREDIT"
    with pytest.raises(KeyError, match="ORDER"):
        product_by_code("MORTGAGE")


def _problems(code, **kw):
    base = {"amount": D("100000"), "term_months": 12, "days": None,
            "method": "equal-installment", "rate": None}
    base.update(kw)
    return validate_terms(product_by_code(code), **base)


def test_validate_terms_accepts_good_terms():
    assert _problems("CREDIT_FIXED") == []
    assert _problems("B2B_CREDIT", amount=D("3000000"), term_months=9, method="interest-only") == []
    assert _problems("ORDER", term_months=None, days=30, method="bullet") == []
    assert _problems("CREDIT_FIXED", rate=Rate.from_daily_percent(D("0.045"))) == []


def test_validate_terms_names_field_and_allowed_values():
    (p,) = _problems("B2B_CREDIT", term_months=5)
    assert p.field == "term_months" and "3, 6, 9, 12" in p.message
    (p,) = _problems("B2B_CREDIT", method="equal-principal")
    assert p.field == "method" and "equal-installment, interest-only" in p.message
    (p,) = _problems("B2B_CREDIT", method="balloon")
    assert p.field == "method" and "unknown" in p.message
    (p,) = _problems("CREDIT_FIXED", amount=D("49999.99"))
    assert p.field == "amount" and "50,000.00 to 1,000,000.00" in p.message
    (p,) = _problems("CREDIT_FIXED", amount=D("0"))
    assert p.field == "amount" and "positive" in p.message
    (p,) = _problems("ORDER", term_months=None, days=31, method="bullet")
    assert p.field == "days" and "1 to 30" in p.message
    (p,) = _problems("ORDER", term_months=None, days=None, method="bullet")
    assert p.field == "days"
    (p,) = _problems("CREDIT_FIXED", rate=Rate.from_annual_percent(24))
    assert p.field == "rate" and "0.04%/day to 0.06%/day" in p.message
    (p,) = _problems("ORDER", term_months=None, days=30, method="bullet", amount=D("5000"),
                     cap=D("4000"))
    assert p.field == "amount" and "open order value 4,000.00" in p.message
    fields = [p.field for p in _problems("B2B_CREDIT", amount=D("4000000"), term_months=5)]
    assert fields == ["amount", "term_months"]
    assert str(_problems("B2B_CREDIT", term_months=5)[0]).startswith("term_months: ")


def test_product_refuses_inconsistent_definitions():
    order = product_by_code("ORDER")
    with pytest.raises(ValueError, match="band"):
        replace(order, rate=Rate.from_daily_percent(D("0.07")))
    with pytest.raises(ValueError, match="platform"):
        replace(order, platforms=("jd",))
    with pytest.raises(ValueError, match="term_months"):
        replace(order, methods=(Method.EQUAL_INSTALLMENT,))
