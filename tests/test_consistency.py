"""Declared financials against platform figures: each check at each grade."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

import pytest

from workstation.domain.consistency import (
    THRESHOLDS, Inconsistency, check_declared, consistency_index, grade,
)
from workstation.domain.features import DeclaredFinancials, PlatformMonth

AS_OF = date(2026, 3, 15)  # window: 2025-03 .. 2026-02


def month(first: date, sales: str = "100000") -> PlatformMonth:
    return PlatformMonth(first, D(sales), 1000, 20, D("2000"), 1, D("4.80"), 25, D("3000"), 100, 500)


def window_months(sales: str = "100000") -> list[PlatformMonth]:
    return [month(date(2025 + (m > 12), (m - 1) % 12 + 1, 1), sales) for m in range(3, 15)]


# Consistent by default: platform 1,200,000 = 1,200,000 x 100 %, margin 10 %,
# leverage 40 %, receivables 30 days, inventory 60 days of 1,200,000 (365-day year).
DECLARED = DeclaredFinancials(
    year=2025, sales=D("1200000"), operating_cost=D("1080000"), net_margin_pct=D("10"),
    inventory=D("197260.27"), total_assets=D("1000000"), total_liabilities=D("400000"),
    receivables=D("98630.14"), platform_share_pct=D("100"),
    customer1_name="甲", customer1_years=3, customer1_share_pct=D("20"),
    customer2_name="乙", customer2_years=2, customer2_share_pct=D("10"),
)


def by_code(items: list[Inconsistency]) -> dict[str, Inconsistency]:
    return {i.code: i for i in items}


def check(**changes) -> dict[str, Inconsistency]:
    months = changes.pop("months", None)
    return by_code(check_declared(replace(DECLARED, **changes),
                                  months=window_months() if months is None else months, as_of=AS_OF))


def test_consistent_declaration_is_all_ok():
    items = check_declared(DECLARED, months=window_months(), as_of=AS_OF)
    assert [i.code for i in items] == ["platform_sales", "margin", "leverage", "receivables", "inventory"]
    assert {i.severity for i in items} == {"ok"}
    assert consistency_index(items) == 100
    assert all(i.message_en and i.message_zh and i.name_zh and i.name_en for i in items)


@pytest.mark.parametrize("sales,share,severity", [
    ("1380000", "100", "ok"),      # 15.0 % apart: on the limit, still ok
    ("1381200", "100", "minor"),   # 15.1 %
    ("1560000", "100", "minor"),   # 30 %
    ("1600000", "100", "major"),   # 33.3 %
    ("1920000", "100", "major"),   # 60 %
    ("2000000", "100", "severe"),  # 66.7 %
    ("2400000", "50", "ok"),       # half of 2.4 m on the platform
    ("400000", "100", "severe"),   # understated by 66.7 %
])
def test_platform_sales_grades(sales, share, severity):
    item = check(sales=D(sales), platform_share_pct=D(share))["platform_sales"]
    assert item.severity == severity
    assert item.platform_value == D("1200000")
    assert item.declared_value == D(sales) * D(share) / 100


def test_platform_sales_message_names_both_figures():
    item = check(sales=D("2000000"))["platform_sales"]
    assert "¥2,000,000" in item.message_en and "¥1,200,000" in item.message_en
    assert "66.7% apart" in item.message_en
    assert "相差66.7%" in item.message_zh and "严重" in item.message_zh


def test_platform_window_ignores_current_and_old_months():
    months = window_months() + [month(date(2026, 3, 1), "9000000"), month(date(2025, 2, 1), "9000000")]
    assert check(months=months)["platform_sales"].severity == "ok"


def test_no_platform_sales():
    assert check(months=[])["platform_sales"].severity == "severe"
    assert check(months=[], platform_share_pct=D("0"))["platform_sales"].severity == "ok"


@pytest.mark.parametrize("declared_margin,severity", [
    ("10", "ok"), ("15", "ok"), ("15.01", "minor"), ("20", "minor"), ("21", "major"),
    ("30", "major"), ("31", "severe"), ("-11", "severe"),
])
def test_margin_grades(declared_margin, severity):
    item = check(net_margin_pct=D(declared_margin))["margin"]
    assert item.severity == severity
    assert item.platform_value == D("10.00")  # (1.2m - 1.08m) / 1.2m


def test_margin_with_no_sales_is_severe():
    assert check(sales=D("0"))["margin"].severity == "severe"


@pytest.mark.parametrize("liabilities,severity", [
    ("700000", "ok"), ("700100", "minor"), ("850000", "minor"), ("860000", "major"),
    ("1000000", "major"), ("1000100", "severe"),
])
def test_leverage_grades(liabilities, severity):
    assert check(total_liabilities=D(liabilities))["leverage"].severity == severity


def test_leverage_without_assets():
    item = check(total_assets=D("0"))["leverage"]
    assert item.severity == "severe"
    assert check(total_assets=D("0"), total_liabilities=D("0"))["leverage"].severity == "ok"


@pytest.mark.parametrize("code,field,days,severity", [
    ("receivables", "receivables", 90, "ok"),
    ("receivables", "receivables", 91, "minor"),
    ("receivables", "receivables", 181, "major"),
    ("receivables", "receivables", 366, "severe"),
    ("inventory", "inventory", 120, "ok"),
    ("inventory", "inventory", 121, "minor"),
    ("inventory", "inventory", 241, "major"),
    ("inventory", "inventory", 400, "severe"),
])
def test_days_grades(code, field, days, severity):
    # declared sales 365,000 so that 1,000 yuan = 1 day
    amount = D(days * 1000)
    item = check(sales=D("365000"), operating_cost=D("328500"), platform_share_pct=D("100"),
                 **{field: amount})[code]
    assert item.severity == severity
    assert item.declared_value == D(days)
    # platform-implied days use 1.2 m of platform sales instead
    assert item.platform_value == (amount / D("1200000") * 365).quantize(D(1), rounding=ROUND_HALF_UP)


def test_days_with_no_sales_is_severe():
    items = check(sales=D("0"))
    assert items["receivables"].severity == items["inventory"].severity == "severe"


def test_index_penalties_and_floor():
    # platform 16.7 % apart (minor); implied margin 22.86 % against 35 % declared (major)
    items = check(sales=D("1400000"), net_margin_pct=D("35")).values()
    sev = sorted(i.severity for i in items)
    assert sev == ["major", "minor", "ok", "ok", "ok"]
    assert consistency_index(items) == 100 - 10 - 25
    worst = check(sales=D("5000000"), net_margin_pct=D("90"), total_liabilities=D("2000000"))
    assert consistency_index(worst.values()) == 0


def test_custom_thresholds():
    strict = {**THRESHOLDS, "leverage": {"minor": D(30), "major": D(35), "severe": D(50)}}
    items = by_code(check_declared(DECLARED, months=window_months(), as_of=AS_OF, thresholds=strict))
    assert items["leverage"].severity == "major"


def test_grade_function():
    limits = {"minor": D(1), "major": D(2), "severe": D(3)}
    assert [grade(D(v), limits) for v in ("1", "1.01", "2.5", "3.5")] == ["ok", "minor", "major", "severe"]


def test_duplicate_months_rejected():
    with pytest.raises(ValueError, match="two platform records for month 2025-05"):
        check(months=window_months() + [month(date(2025, 5, 1))])
