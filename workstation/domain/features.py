"""The 360-degree view turned into features for the scorecard.

The store layer fills the plain dataclasses of ``merchant_data``; :func:`compute_features`
turns them into a flat dict of named features (``Decimal``, ``int`` or ``None``
when the data does not allow a value). All arithmetic is Decimal and every
Decimal feature is quantized to a fixed number of places, so a feature dict
survives a round trip through JSON strings unchanged.

The platform window is the complete calendar months before ``as_of``: on
2026-03-15 the last 12 months are 2025-03 .. 2026-02. A month inside the window
with no record counts as zero activity once the shop exists (``member_since``)
and is left out before that.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Sequence

from workstation.domain.consistency import check_declared, consistency_index, index_of
from workstation.domain.merchant_data import (  # noqa: F401 - the names features has always offered
    HUNDRED, LEVERAGE_NO_ASSETS, _ZERO, DeclaredFinancials, MerchantFacts, PlatformMonth, add_months,
    coefficient_of_variation, full_months, last_months, leverage_pct, monthly_series, pct_change, platform_sales, q,
    ratio_pct,
)

Feature = Decimal | int | None


def _mean(values: Sequence[Decimal | int]) -> Decimal | None:
    if not values:
        return None
    return Decimal(sum(values)) / len(values)


# --- the features ----------------------------------------------------------------------

def compute_features(months: list[PlatformMonth], *, declared: DeclaredFinancials | None,
                     facts: MerchantFacts, as_of: date) -> dict[str, Feature]:
    """Named features for the scorecard (see module docstring for the window).

    Values are None where the data cannot support them (no declared figures for a
    B2C shop, no orders, a previous half-year without sales).
    """
    series = monthly_series(months, as_of=as_of, n=12, member_since=facts.member_since)
    sales = [m.sales if m else _ZERO for m in series]
    recs = [m for m in series if m]
    orders = sum(m.orders for m in recs)
    last6, prev6 = sales[-6:], sales[:-6][-6:]
    ads = [m.ad_spend if m else _ZERO for m in series]
    logins = [m.login_days if m else 0 for m in series]
    recent_logins, before_logins = logins[-3:], logins[:-3]
    rated = [m for m in recs if m.orders > 0]
    rating_weight = sum(m.orders for m in rated)

    f: dict[str, Feature] = {}
    f["months_of_data"] = len(recs)
    f["tenure_months"] = full_months(facts.member_since, as_of)
    f["sales_12m"] = q(sum(sales, _ZERO), 2)
    f["orders_12m"] = orders
    f["sales_trend_pct"] = (pct_change(sum(last6, _ZERO), sum(prev6, _ZERO))
                            if len(prev6) == 6 else None)
    f["sales_cv"] = coefficient_of_variation(sales)
    f["refund_rate_pct"] = ratio_pct(Decimal(sum(m.refunds for m in recs)), Decimal(orders))
    f["dispute_rate_pct"] = ratio_pct(Decimal(sum(m.disputes for m in recs)), Decimal(orders))
    f["avg_rating"] = (q(sum((m.rating * m.orders for m in rated), _ZERO) / rating_weight, 2)
                       if rating_weight else None)
    recent = _mean(recent_logins)
    before = _mean(before_logins)
    f["login_days_recent"] = q(recent, 1) if recent is not None else None
    f["login_days_before"] = q(before, 1) if before is not None else None
    f["login_change_pct"] = (pct_change(recent, before)
                             if recent is not None and before is not None else None)
    listings = _mean([m.listings if m else 0 for m in series[-3:]])
    f["listings_avg"] = q(listings, 1) if listings is not None else None
    f["ad_spend_12m"] = q(sum(ads, _ZERO), 2)
    f["ad_spend_trend_pct"] = (pct_change(sum(ads[-6:], _ZERO), sum(ads[:-6][-6:], _ZERO))
                               if len(ads) == 12 else None)
    if declared is None:
        f["customer_concentration_pct"] = None
        f["leverage_pct"] = None
        f["consistency_index"] = None
    else:
        f["customer_concentration_pct"] = q(
            Decimal(declared.customer1_share_pct) + Decimal(declared.customer2_share_pct), 2)
        f["leverage_pct"] = leverage_pct(declared)
        f["consistency_index"] = consistency_index(
            check_declared(declared, months=months, as_of=as_of))
    return f


def features_from_rows(rows: Sequence[tuple], *, declared: DeclaredFinancials | None, member_since: date,
                       as_of: date) -> dict[str, Feature]:
    """:func:`compute_features` of platform months given as integer rows (month, sales
    fen, orders, refunds, refund fen, disputes, rating x 100, login days, ad spend fen,
    listings, favourites; each month once, on its first day), the same values by the
    same formulas without a PlatformMonth per month: the import scores its records so.
    (The features read no fact but ``member_since``.) tests/test_import_scores.py
    compares it with compute_features on varied data."""
    D = Decimal
    window = last_months(as_of, 12)
    by_month = {r[0]: r for r in rows}
    in_window = [by_month.get(k) for k in window]
    start = member_since.replace(day=1) if member_since else None
    series = in_window if start is None else [r for k, r in zip(window, in_window) if k >= start]
    recs = [r for r in series if r]
    sales_fen = [r[1] if r else 0 for r in series]
    sales = [D(v).scaleb(-2) for v in sales_fen]
    ads = [r[8] if r else 0 for r in series]
    logins = [r[7] if r else 0 for r in series]
    orders = refunds = disputes = rating_weight = rated_centi = 0      # one pass over the months with data
    for r in recs:
        n = r[2]
        orders += n
        refunds += r[3]
        disputes += r[5]
        if n > 0:
            rating_weight += n
            rated_centi += r[6] * n

    def money_sum(fen: list[int]) -> Decimal:
        return D(sum(fen)).scaleb(-2)
    f: dict[str, Feature] = {}
    f["months_of_data"] = len(recs)
    f["tenure_months"] = full_months(member_since, as_of)
    f["sales_12m"] = q(money_sum(sales_fen), 2)
    f["orders_12m"] = orders
    f["sales_trend_pct"] = (pct_change(money_sum(sales_fen[-6:]), money_sum(sales_fen[:-6][-6:]))
                            if len(sales_fen[:-6][-6:]) == 6 else None)
    f["sales_cv"] = coefficient_of_variation(sales)
    f["refund_rate_pct"] = ratio_pct(D(refunds), D(orders))
    f["dispute_rate_pct"] = ratio_pct(D(disputes), D(orders))
    f["avg_rating"] = q(D(rated_centi).scaleb(-2) / rating_weight, 2) if rating_weight else None
    recent, before = _mean(logins[-3:]), _mean(logins[:-3])
    f["login_days_recent"] = q(recent, 1) if recent is not None else None
    f["login_days_before"] = q(before, 1) if before is not None else None
    f["login_change_pct"] = pct_change(recent, before) if recent is not None and before is not None else None
    listings = _mean([r[9] if r else 0 for r in series[-3:]])
    f["listings_avg"] = q(listings, 1) if listings is not None else None
    f["ad_spend_12m"] = q(money_sum(ads), 2)
    f["ad_spend_trend_pct"] = pct_change(money_sum(ads[-6:]), money_sum(ads[:-6][-6:])) if len(ads) == 12 else None
    if declared is None:
        f["customer_concentration_pct"] = None
        f["leverage_pct"] = None
        f["consistency_index"] = None
    else:
        f["customer_concentration_pct"] = q(D(declared.customer1_share_pct) + D(declared.customer2_share_pct), 2)
        f["leverage_pct"] = leverage_pct(declared)
        platform = money_sum([r[1] for r in in_window if r])        # platform_sales: the whole window
        f["consistency_index"] = index_of(declared, platform_12m=platform)
    return f
