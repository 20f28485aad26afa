"""Each after-the-loan warning rule on crafted snapshots: it fires, it does not fire."""
from __future__ import annotations

from dataclasses import is_dataclass, replace as _dc_replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from workstation.domain import warning_rules as wr

LOAN_DAY = date(2026, 6, 1)


def replace(obj, **kw):
    return _dc_replace(obj, **kw) if is_dataclass(obj) else obj._replace(**kw)
RULES = wr.default_rules()


def week(k: int, **kw) -> wr.Snapshot:
    """Snapshot k weeks after the loan (negative: before). A steady shop by default:
    logs in every 2 days, 100 orders and 50,000.00 a week."""
    base = dict(on=LOAN_DAY + timedelta(days=7 * k), logins=4, days_since_login=1, orders=100, gmv=5_000_000,
                refunds=3, disputes=0, ad_spend=200_000, traffic=5000, rating_centi=480, shop_status="open",
                inflow=5_000_000, outflow=4_000_000, unrelated_outflow=0)
    base.update(kw)
    return wr.Snapshot(**base)


def steady(weeks_after: int = 6, **last) -> list[wr.Snapshot]:
    snaps = [week(k) for k in range(-12, weeks_after + 1)]
    if last:
        snaps[-1] = replace(snaps[-1], **last)
    return snaps


B = wr.Borrower(disbursed_on=LOAN_DAY, disbursed_fen=10_000_000, for_business=True)


def fired(snaps, borrower=B, rules=RULES) -> set[str]:
    return {f.rule for f in wr.evaluate(rules, snaps, borrower)}


def test_a_steady_borrower_raises_nothing():
    assert fired(steady()) == set()


def test_login_gap_over_twice_the_usual():
    # 4 logins a week: usually every 1.75 days; twice that is 3.5 days
    f = {x.rule: x for x in wr.evaluate(RULES, steady(days_since_login=4), B)}
    assert "login_gap" in f
    assert f["login_gap"].threshold == Decimal("3.50") and f["login_gap"].value == 4
    assert "login_gap" not in fired(steady(days_since_login=3))


def test_login_gap_respects_a_merchant_who_rarely_logs_in():
    snaps = [replace(s, logins=1) for s in steady()]     # once a week: 14 days is twice the usual
    assert "login_gap" not in fired(snaps[:-1] + [replace(snaps[-1], days_since_login=10)])
    assert "login_gap" in fired(snaps[:-1] + [replace(snaps[-1], days_since_login=15)])


def test_sales_down_against_the_weeks_before_the_loan():
    snaps = [week(k) for k in range(-12, 1)] + [week(k, gmv=2_500_000) for k in range(1, 7)]
    f = {x.rule: x for x in wr.evaluate(RULES, snaps, B)}
    assert f["sales_drop"].detail["fall_pct"] == "50.00"
    assert f["sales_drop"].value == Decimal("25000.00") and f["sales_drop"].threshold == Decimal("30000.00")
    mild = [week(k) for k in range(-12, 1)] + [week(k, gmv=3_500_000) for k in range(1, 7)]
    assert "sales_drop" not in fired(mild)


def test_sales_rule_waits_for_enough_weeks_after_the_loan():
    snaps = [week(k) for k in range(-12, 1)] + [week(k, gmv=100) for k in range(1, 3)]
    assert "sales_drop" not in fired(snaps)


def test_ad_spend_and_traffic_falling_while_the_loan_is_for_the_business():
    snaps = [week(k) for k in range(-12, 1)] + [week(k, ad_spend=50_000, traffic=2000) for k in range(1, 7)]
    assert "ad_traffic_fall" in fired(snaps)
    assert "ad_traffic_fall" not in fired(snaps, replace(B, for_business=False))
    only_ads = [week(k) for k in range(-12, 1)] + [week(k, ad_spend=50_000) for k in range(1, 7)]
    assert "ad_traffic_fall" not in fired(only_ads)


@pytest.mark.parametrize("status,fires", [("open", False), ("restricted", True), ("closed", True)])
def test_shop_restricted_or_closed(status, fires):
    assert ("shop_status" in fired(steady(shop_status=status))) is fires


def test_refunds_and_disputes_above_a_share_of_orders():
    snaps = steady()
    bad = snaps[:-4] + [replace(s, refunds=12, disputes=5) for s in snaps[-4:]]
    f = {x.rule: x for x in wr.evaluate(RULES, bad, B)}
    assert f["refund_share"].value == Decimal("17.00") and f["refund_share"].threshold == Decimal("15")
    ok = snaps[:-4] + [replace(s, refunds=10, disputes=5) for s in snaps[-4:]]
    assert "refund_share" not in fired(ok)
    few = snaps[:-4] + [replace(s, orders=4, refunds=4) for s in snaps[-4:]]     # 16 orders: too few to judge
    assert "refund_share" not in fired(few)


def test_cash_leaving_for_unrelated_accounts_soon_after_disbursement():
    snaps = [week(k) for k in range(-12, 1)] + [week(1, unrelated_outflow=3_000_000, outflow=4_000_000),
                                                 week(2, unrelated_outflow=2_500_000, outflow=4_000_000)]
    f = {x.rule: x for x in wr.evaluate(RULES, snaps, B)}
    assert f["unrelated_outflow"].value == Decimal("55000.00")
    assert f["unrelated_outflow"].threshold == Decimal("50000.00")
    late = [week(k) for k in range(-12, 1)] + [week(6, unrelated_outflow=4_000_000, outflow=4_000_000),
                                                week(7, unrelated_outflow=4_000_000, outflow=4_000_000)]
    assert "unrelated_outflow" not in fired(late)      # weeks 6-7 are past the 30 days


def test_a_related_party_or_group_member_overdue():
    assert "related_overdue" in fired(steady(), replace(B, related_overdue=("HT-1",)))
    assert "related_overdue" not in fired(steady())


def test_rating_fall():
    assert "rating_fall" in fired(steady(rating_centi=440))
    assert "rating_fall" not in fired(steady(rating_centi=460))


def test_a_disabled_rule_never_fires():
    data = wr.default_data()
    for r in data["rules"]:
        r["enabled"] = r["code"] != "shop_status"
    rules = wr.from_data(data, version=2)
    assert "shop_status" not in fired(steady(shop_status="closed"), rules=rules)


def test_rule_sets_are_validated_with_rule_and_field():
    data = wr.default_data()
    data["rules"][1]["params"]["drop_pct"] = "140"
    data["rules"][2]["severity"] = "urgent"
    data["rules"].append({"code": "moon_phase", "severity": "low", "action": "call", "params": {}})
    problems = wr.validate(data)
    assert [(p.rule, p.field, p.code) for p in problems] == [
        ("sales_drop", "params.drop_pct", "out_of_range"), ("ad_traffic_fall", "severity", "unknown_severity"),
        ("moon_phase", "code", "unknown_rule")]


def test_rule_parameters_refuse_floats():
    data = wr.default_data()
    data["rules"][0]["params"]["factor"] = 2.0
    assert [p.code for p in wr.validate(data)] == ["not_exact"]


def test_series_for_charts_use_the_findings_units():
    snaps = steady(days_since_login=5)
    assert wr.series("days_since_login", snaps)[-1] == 5
    assert wr.series("gmv", snaps)[0] == Decimal("50000.00")
    assert wr.series("refund_share", snaps)[0] == Decimal("3.00")
    assert wr.series("rating", snaps)[0] == Decimal("4.8")


def test_business_purpose():
    assert wr.is_business_purpose("旺季备货（双十一）") and wr.is_business_purpose("推广投放")
    assert not wr.is_business_purpose("装修自住房")
