"""Features and the 360-degree scorecard: bins, grades, limits, reproduction."""
from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from workstation.domain.features import (
    DeclaredFinancials, MerchantFacts, PlatformMonth, add_months, compute_features, full_months,
    last_months,
)
from workstation.domain.scoring import (
    SCORECARD_DIR, ScorecardError, load_scorecard, load_scorecard_version, score,
    score_from_inputs, suggested_limit,
)

AS_OF = date(2026, 3, 15)
CARD = load_scorecard()
RAW_CARD = json.loads((SCORECARD_DIR / "scorecard_v1.json").read_text(encoding="utf-8"))


def pm(first: date, sales: str, *, orders: int = 1000, refunds: int = 20, disputes: int = 2,
       rating: str = "4.80", login_days: int = 25, ad: str = "3000", listings: int = 100) -> PlatformMonth:
    return PlatformMonth(first, D(sales), orders, refunds, D("1000"), disputes, D(rating),
                         login_days, D(ad), listings, 400)


def months_24(sales=lambda k: "100000", **kw) -> list[PlatformMonth]:
    start = date(2024, 3, 1)  # 2024-03 .. 2026-02
    return [pm(add_months(start, k), sales(k), **kw) for k in range(24)]


FACTS = MerchantFacts(platform="tmall", member_since=date(2020, 5, 10), province="浙江",
                      legal_rep_birth=date(1985, 1, 1), citizen=True, real_name_verified=True,
                      blacklisted=False, has_current_overdue=False, bank_card_listed=True,
                      is_legal_rep=True)
DECLARED = DeclaredFinancials(
    year=2025, sales=D("1200000"), operating_cost=D("1080000"), net_margin_pct=D("10"),
    inventory=D("100000"), total_assets=D("1000000"), total_liabilities=D("400000"),
    receivables=D("50000"), platform_share_pct=D("100"),
    customer1_name="甲", customer1_years=3, customer1_share_pct=D("25"),
    customer2_name="乙", customer2_years=2, customer2_share_pct=D("15"),
)


# --- features -------------------------------------------------------------------------

def test_full_months_boundaries():
    assert full_months(date(2025, 1, 31), date(2025, 7, 30)) == 5
    assert full_months(date(2025, 1, 31), date(2025, 7, 31)) == 6
    assert full_months(date(2025, 8, 31), date(2026, 2, 27)) == 5
    assert full_months(date(2025, 8, 31), date(2026, 2, 28)) == 6
    assert full_months(date(2025, 8, 31), date(2025, 1, 1)) == 0


def test_window_is_complete_months_before_as_of():
    assert last_months(date(2026, 1, 31), 3) == [date(2025, 10, 1), date(2025, 11, 1), date(2025, 12, 1)]
    assert last_months(date(2026, 3, 1), 12)[0] == date(2025, 3, 1)


def test_features_of_a_flat_shop():
    f = compute_features(months_24(), declared=DECLARED, facts=FACTS, as_of=AS_OF)
    assert f["tenure_months"] == 70
    assert f["months_of_data"] == 12
    assert f["sales_12m"] == D("1200000.00")
    assert f["sales_trend_pct"] == D("0.00")
    assert f["sales_cv"] == D("0.0000")
    assert f["orders_12m"] == 12000
    assert f["refund_rate_pct"] == D("2.00")
    assert f["dispute_rate_pct"] == D("0.20")
    assert f["avg_rating"] == D("4.80")
    assert f["login_days_recent"] == D("25.0") and f["login_change_pct"] == D("0.00")
    assert f["customer_concentration_pct"] == D("40.00")
    assert f["leverage_pct"] == D("40.00")
    assert f["consistency_index"] == 100
    assert all(isinstance(v, (D, int)) for v in f.values())


def test_features_trend_stability_and_weighted_rating():
    # window 2025-03..2026-02 is k = 12..23; previous half 12..17 at 100k, last half 18..23 at 150k
    months = months_24(lambda k: "150000" if k >= 18 else "100000")
    months[12] = pm(months[12].month, "100000", orders=3000, rating="4.00")
    f = compute_features(months, declared=None, facts=FACTS, as_of=AS_OF)
    assert f["sales_trend_pct"] == D("50.00")
    assert f["sales_cv"] == D("0.2000")  # mean 125k, sd 25k
    # (4.00 x 3000 + 4.80 x 1000 x 11) / 14000
    assert f["avg_rating"] == D("4.63")
    assert f["customer_concentration_pct"] is None and f["leverage_pct"] is None
    assert f["consistency_index"] is None


def test_missing_months_count_as_zero_after_opening_only():
    months = [m for m in months_24() if m.month != date(2025, 6, 1)]
    f = compute_features(months, declared=None, facts=FACTS, as_of=AS_OF)
    assert f["sales_12m"] == D("1100000.00") and f["months_of_data"] == 11
    young = replace(FACTS, member_since=date(2025, 9, 20))  # window months from 2025-09
    f2 = compute_features(months_24(), declared=None, facts=young, as_of=AS_OF)
    assert f2["sales_12m"] == D("600000.00")
    assert f2["sales_trend_pct"] is None  # no previous half-year
    assert f2["tenure_months"] == 5


def test_login_drop_and_no_orders():
    months = months_24(orders=0, refunds=0, disputes=0)
    months = [replace(m, login_days=5) if m.month >= date(2025, 12, 1) else m for m in months]
    f = compute_features(months, declared=None, facts=FACTS, as_of=AS_OF)
    assert f["login_days_recent"] == D("5.0") and f["login_days_before"] == D("25.0")
    assert f["login_change_pct"] == D("-80.00")
    assert f["refund_rate_pct"] is None and f["avg_rating"] is None


def test_every_card_factor_has_a_feature():
    f = compute_features(months_24(), declared=DECLARED, facts=FACTS, as_of=AS_OF)
    for factor in CARD.factors:
        assert factor.feature in f or factor.feature == "interview_discrepancies", factor.code


# --- scoring --------------------------------------------------------------------------

def features(**over):
    f = compute_features(months_24(), declared=DECLARED, facts=FACTS, as_of=AS_OF)
    f.update(over)
    return f


def test_factor_reasons_in_both_languages():
    r = score(features(sales_12m=D("1234567.00")), card=CARD, product_max=D("1000000"))
    sales = next(s for s in r.factors if s.code == "sales_level")
    assert sales.points == 60
    assert sales.reason_en == "12-month sales ¥1,234,567: level 4 of 5, +60"
    assert sales.reason_zh == "近12个月销售额¥1,234,567：5档中第4档，+60"
    assert r.total == sum(s.points for s in r.factors)
    assert [s.code for s in r.factors] == [f["code"] for f in RAW_CARD["factors"]]


def test_bins_are_half_open():
    def pts(value):
        r = score(features(tenure_months=value), card=CARD, product_max=D("1000000"))
        return next(s.points for s in r.factors if s.code == "tenure")
    assert [pts(v) for v in (5, 6, 11, 12, 47, 48)] == [0, 15, 15, 30, 45, 60]


def test_missing_feature_scores_missing_bin():
    r = score(features(avg_rating=None), card=CARD, product_max=D("1000000"))
    rating = next(s for s in r.factors if s.code == "rating")
    assert rating.value is None and rating.points == -10
    assert rating.reason_en == "No rated orders, -10"


def test_interview_discrepancies_hook():
    def interview(n):
        r = score(features(), card=CARD, product_max=D("1000000"), interview_discrepancies=n)
        return r, next(s for s in r.factors if s.code == "interview")
    none, f_none = interview(None)
    clean, f_clean = interview(0)
    bad, f_bad = interview(5)
    assert (f_none.points, f_clean.points, f_bad.points) == (0, 20, -100)
    assert clean.total - none.total == 20 and none.total - bad.total == 100
    assert f_bad.reason_en == "5 discrepancies found in the video interview: many, -100"
    with pytest.raises(ValueError):
        score(features(), card=CARD, product_max=D("1000000"), interview_discrepancies=-1)


def test_deterministic_and_reproducible_from_stored_inputs():
    r1 = score(features(), card=CARD, product_max=D("3000000"), interview_discrepancies=1)
    r2 = score(features(), card=CARD, product_max=D("3000000"), interview_discrepancies=1)
    assert r1 == r2
    stored = json.loads(json.dumps(r1.inputs))  # what the application keeps
    again = score_from_inputs(stored, load_scorecard_version(stored["version"]))
    assert again == r1
    assert again.inputs == r1.inputs


def test_reproduction_refuses_other_version():
    r = score(features(), card=CARD, product_max=D("1000000"))
    other = copy.deepcopy(RAW_CARD)
    other["version"] = "v2"
    with pytest.raises(ScorecardError, match="version v1"):
        score_from_inputs(r.inputs, load_scorecard(other))


def test_floats_refused():
    with pytest.raises(TypeError):
        score(features(sales_12m=1234.5), card=CARD, product_max=D("1000000"))
    with pytest.raises(TypeError):
        score(features(), card=CARD, product_max=1000000.0)


def test_default_card_grade_boundaries():
    g = {t: CARD.grade_for(t).grade for t in (420, 419, 340, 339, 270, 269, 200, 199, -500)}
    assert g == {420: "A", 419: "B", 340: "B", 339: "C", 270: "C", 269: "D", 200: "D",
                 199: "E", -500: "E"}
    assert CARD.grade_for(500).default_probability == D("0.004")
    assert CARD.grade_for(0).default_probability == D("0.150")


def one_factor_card(points: list[int]) -> dict:
    """A card whose single factor gives ``points[i]`` for feature value i."""
    bins = [{"below": str(i + 1), "points": p, "reason_zh": "{value} {points}",
             "reason_en": "{value} {points}"} for i, p in enumerate(points)]
    del bins[-1]["below"]
    return {
        "version": "test", "limit_rounding": "1000", "limit_base_feature": "sales_12m",
        "factors": [{"code": "x", "feature": "x", "format": "int", "name_zh": "x", "name_en": "x",
                     "bins": bins, "missing": {"points": 0, "reason_zh": "-", "reason_en": "-"}}],
        "grades": [
            {"grade": "A", "min_points": 100, "default_probability": "0.01", "limit_share": "0.5"},
            {"grade": "B", "min_points": 50, "default_probability": "0.05", "limit_share": "0.1"},
            {"grade": "C", "min_points": None, "default_probability": "0.2", "limit_share": "0"},
        ],
    }


@pytest.mark.parametrize("value,grade,pd,limit", [
    (0, "C", "0.2", "0.00"),        # 49 points
    (1, "B", "0.05", "123000.00"),  # 50 points: 0.1 x 1,234,567 -> 123,456 -> 123,000
    (2, "B", "0.05", "123000.00"),  # 99 points
    (3, "A", "0.01", "617000.00"),  # 100 points: 617,283 -> 617,000
])
def test_grade_boundaries_pd_and_limit(value, grade, pd, limit):
    card = load_scorecard(one_factor_card([49, 50, 99, 100]))
    r = score({"x": value, "sales_12m": D("1234567.00")}, card=card, product_max=D("1000000"))
    assert (r.grade, r.default_probability, r.suggested_limit) == (grade, D(pd), D(limit))


def test_limit_capped_by_product_max():
    card = load_scorecard(one_factor_card([100]))
    r = score({"x": 0, "sales_12m": D("9000000.00")}, card=card, product_max=D("1000000"))
    assert r.suggested_limit == D("1000000.00")
    r = score({"x": 0, "sales_12m": D("9000000.00")}, card=card, product_max=D("5000000"))
    assert r.suggested_limit == D("4500000.00")


def test_suggested_limit_edges():
    kw = dict(share=D("0.2"), rounding=D("1000"), product_max=D("1000000"))
    assert suggested_limit(base=D("4999.99"), **kw) == D("0.00")
    assert suggested_limit(base=D("5000"), **kw) == D("1000.00")
    assert suggested_limit(base=None, **kw) == D("0.00")
    assert suggested_limit(base=D("-100"), **kw) == D("0.00")


# --- loader ---------------------------------------------------------------------------

def test_load_from_path_and_dict_agree():
    assert load_scorecard(SCORECARD_DIR / "scorecard_v1.json") == load_scorecard(RAW_CARD) == CARD
    assert CARD.version == "v1"


def broken(mutate) -> dict:
    raw = copy.deepcopy(RAW_CARD)
    mutate(raw)
    return raw


@pytest.mark.parametrize("mutate,fragment", [
    (lambda r: r.pop("version"), "no version"),
    (lambda r: r["factors"][0]["bins"][1].update(below="3"), "must be above"),
    (lambda r: r["factors"][0]["bins"][-1].update(below="100"), "last bin is open"),
    (lambda r: r["factors"][0]["bins"][0].pop("below"), "needs 'below'"),
    (lambda r: r["factors"][0].pop("missing"), "needs a 'missing' bin"),
    (lambda r: r["factors"][0]["bins"][0].update(below=6.5), "decimal string"),
    (lambda r: r["factors"][0]["bins"][0].update(points="10"), "must be an integer"),
    (lambda r: r["factors"][0].update(format="euro"), "format 'euro'"),
    (lambda r: r["grades"][1].update(min_points=500), "must fall"),
    (lambda r: r["grades"][-1].update(min_points=0), "last grade"),
    (lambda r: r["factors"].append(copy.deepcopy(r["factors"][0])), "same code"),
])
def test_loader_rejects_bad_cards(mutate, fragment):
    with pytest.raises(ScorecardError, match=fragment):
        load_scorecard(broken(mutate))


def test_unknown_version():
    with pytest.raises(ScorecardError, match="no scorecard version v99"):
        load_scorecard_version("v99")
