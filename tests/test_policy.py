"""Hard policy rules and related-case keys."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from workstation.domain.features import MerchantFacts
from workstation.domain.policy import (
    DEFAULT_B2B_REGIONS, normalise_province, policy_checks, related_keys,
)

AS_OF = date(2026, 3, 15)
GOOD = MerchantFacts(platform="1688", member_since=date(2022, 4, 1), province="浙江省",
                     legal_rep_birth=date(1985, 7, 1), citizen=True, real_name_verified=True,
                     blacklisted=False, has_current_overdue=False, bank_card_listed=True,
                     is_legal_rep=True)
B2B = dict(product_code="B2B_CREDIT", product_platforms=("1688",), product_min=None,
           product_max=D("3000000"))
CREDIT = dict(product_code="CREDIT_FIXED", product_platforms=("taobao", "tmall"),
              product_min=D("50000"), product_max=D("1000000"))


def run(facts=GOOD, *, product=B2B, amount="100000", as_of=AS_OF, **kw) -> dict:
    checks = policy_checks(facts=facts, amount=D(amount), as_of=as_of, **product, **kw)
    return {c.code: c for c in checks}


def failed(**kw) -> set[str]:
    return {code for code, c in run(**kw).items() if not c.passed}


def test_good_case_passes_everything_in_fixed_order():
    checks = policy_checks(facts=GOOD, amount=D("100000"), as_of=AS_OF, **B2B)
    assert [c.code for c in checks] == ["age", "citizen", "legal_rep", "membership", "real_name",
                                        "bank_card", "b2b_region", "blacklist", "overdue", "amount",
                                        "platform"]
    assert all(c.passed for c in checks)
    assert all(c.reason_zh and c.reason_en and c.name_zh and c.name_en for c in checks)


@pytest.mark.parametrize("as_of,age,passed", [
    (date(2008, 7, 31), 17, False),  # the day before the 18th birthday
    (date(2008, 8, 1), 18, True),    # 18th birthday
    (date(2056, 7, 31), 65, True),   # the day before the 66th birthday
    (date(2056, 8, 1), 66, False),   # 66th birthday
])
def test_age_boundaries(as_of, age, passed):
    facts = replace(GOOD, legal_rep_birth=date(1990, 8, 1), member_since=date(2000, 1, 1))
    check = run(facts, as_of=as_of)["age"]
    assert check.passed is passed
    assert f"{age} years old" in check.reason_en and f"满{age}周岁" in check.reason_zh


def test_leap_day_birth_turns_18_on_march_first():
    facts = replace(GOOD, legal_rep_birth=date(2008, 2, 29))
    assert not run(facts, as_of=date(2026, 2, 28))["age"].passed
    assert run(facts, as_of=date(2026, 3, 1))["age"].passed


@pytest.mark.parametrize("since,as_of,months,passed", [
    (date(2025, 9, 15), date(2026, 3, 14), 5, False),
    (date(2025, 9, 15), date(2026, 3, 15), 6, True),
    (date(2025, 8, 31), date(2026, 2, 27), 5, False),
    (date(2025, 8, 31), date(2026, 2, 28), 6, True),   # month-end clamped
    (date(2026, 1, 1), date(2025, 12, 1), 0, False),   # registered after the date
])
def test_membership_boundaries(since, as_of, months, passed):
    check = run(replace(GOOD, member_since=since), as_of=as_of)["membership"]
    assert check.passed is passed
    assert f"{months} full months" in check.reason_en


@pytest.mark.parametrize("field,value,code", [
    ("citizen", False, "citizen"),
    ("is_legal_rep", False, "legal_rep"),
    ("real_name_verified", False, "real_name"),
    ("bank_card_listed", False, "bank_card"),
    ("blacklisted", True, "blacklist"),
    ("has_current_overdue", True, "overdue"),
])
def test_each_flag_fails_only_its_rule(field, value, code):
    assert failed(facts=replace(GOOD, **{field: value})) == {code}


@pytest.mark.parametrize("province,passed", [
    ("浙江省", True), ("江苏", True), ("上海市", True), ("广东省", True), ("北京市", True),
    ("天津", True), ("山东省", True), ("河南省", False), ("新疆维吾尔自治区", False),
])
def test_b2b_region(province, passed):
    assert run(replace(GOOD, province=province))["b2b_region"].passed is passed


def test_b2b_regions_are_caller_data():
    only_hz = run(allowed_b2b_regions=["浙江"])
    assert only_hz["b2b_region"].passed
    assert not run(replace(GOOD, province="江苏省"), allowed_b2b_regions=["浙江"])["b2b_region"].passed
    assert DEFAULT_B2B_REGIONS[0] == "浙江"


def test_region_rule_only_for_b2b_products():
    taobao = replace(GOOD, platform="taobao", province="河南省")
    checks = run(taobao, product=CREDIT)
    assert checks["b2b_region"].passed
    assert "not a B2B product" in checks["b2b_region"].reason_en


@pytest.mark.parametrize("amount,passed", [
    ("49999.99", False), ("50000", True), ("1000000", True), ("1000000.01", False),
])
def test_amount_within_product(amount, passed):
    facts = replace(GOOD, platform="tmall")
    assert run(facts, product=CREDIT, amount=amount)["amount"].passed is passed


def test_amount_without_minimum_must_be_positive():
    assert run(amount="0")["amount"].passed is False
    assert run(amount="3000000")["amount"].passed is True


def test_platform_allowed_for_product():
    assert failed(product=CREDIT, amount="100000") == {"platform"}
    reason = run(product=CREDIT)["platform"].reason_en
    assert "1688 is not a platform of CREDIT_FIXED" in reason


def test_limits_are_data():
    strict = run(limits={"max_age": 35})["age"]
    assert not strict.passed and "must be 18 to 35" in strict.reason_en
    assert not run(limits={"min_membership_months": 60})["membership"].passed


def test_normalise_province():
    assert normalise_province(" 广西壮族自治区 ") == "广西"
    assert normalise_province("香港特别行政区") == "香港"
    assert normalise_province("") == ""


# --- related keys ---------------------------------------------------------------------

def test_related_keys_normalise():
    keys = related_keys(legal_rep_id=" 11010519491231002x ", phone="+86 138-1234-5678",
                        address="浙江省 杭州市，西湖区 文三路１号", bank_card="6228 4801 2345 6789 015")
    assert keys == {"legal_rep_id": "11010519491231002X", "phone": "13812345678",
                    "address": "浙江省杭州市西湖区文三路1号", "bank_card": "6228480123456789015"}


def test_related_keys_match_differently_written_values():
    a = related_keys(legal_rep_id="11010519491231002X", phone="13812345678",
                     address="Room 5, No.1 Wensan Rd", bank_card="6228480123456789015")
    b = related_keys(legal_rep_id="110105 19491231 002x", phone="0086 13812345678",
                     address="room 5 no 1 wensan rd.", bank_card="6228-4801-2345-6789-015")
    assert a == b


def test_related_keys_skip_empty():
    assert related_keys(legal_rep_id=None, phone="", address="  ，", bank_card=None) == {}
