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
    coefficient_of_variation, cv_of_fen, full_months, last_months, leverage_pct, monthly_series, pct_change, platform_sales, q,
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


_NO_DATA = (None, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)        # a month of the window without data
_NO_COLUMNS = ((),) * 11
_WINDOWS: dict[date, tuple] = {}


def _window(as_of: date) -> tuple[tuple[date, ...], date]:
    """``last_months(as_of, 12)`` and its first month, once per day."""
    w = _WINDOWS.get(as_of)
    if w is None:
        months = tuple(last_months(as_of, 12))
        if len(_WINDOWS) >= 1024:
            _WINDOWS.clear()
        w = _WINDOWS[as_of] = (months, months[0])
    return w


def features_from_rows(rows: Sequence[tuple], *, declared: DeclaredFinancials | None, member_since: date,
                       as_of: date) -> dict[str, Feature]:
    """:func:`compute_features` of platform months given as integer rows (month, sales
    fen, orders, refunds, refund fen, disputes, rating x 100, login days, ad spend fen,
    listings, favourites; each month once, on its first day), the same values by the
    same formulas without a PlatformMonth per month: the import scores its records so.
    (The features read no fact but ``member_since``.) tests/test_import_scores.py
    compares it with compute_features on varied data."""
    D = Decimal
    window, first = _window(as_of)
    by_month = {r[0]: r for r in rows}
    in_window = list(map(by_month.get, window))
    start = member_since.replace(day=1) if member_since else None
    series = in_window if start is None or start <= first else [r for k, r in zip(window, in_window) if k >= start]
    missing = series.count(None)
    # the months without data as rows of zeros: they add nothing to any sum below
    _, sales_fen, orders_col, refunds_col, _, disputes_col, ratings, logins, ads, listings_col, _ = \
        zip(*[r or _NO_DATA for r in series]) if missing else zip(*series) if series else _NO_COLUMNS
    orders = sum(orders_col)
    rating_weight = rated_centi = 0
    for n, centi in zip(orders_col, ratings):
        if n > 0:
            rating_weight += n
            rated_centi += centi * n
    n_series = len(series)
    last6, prev6 = sum(sales_fen[-6:]), sales_fen[:-6][-6:]
    f: dict[str, Feature] = {}
    f["months_of_data"] = n_series - missing
    f["tenure_months"] = full_months(member_since, as_of)
    f["sales_12m"] = D(sum(sales_fen)).scaleb(-2)          # exponent -2: as q(..., 2) gives it
    f["orders_12m"] = orders
    f["sales_trend_pct"] = (pct_change(D(last6).scaleb(-2), D(sum(prev6)).scaleb(-2))
                            if len(prev6) == 6 else None)
    f["sales_cv"] = cv_of_fen(sales_fen)
    f["refund_rate_pct"] = ratio_pct(D(sum(refunds_col)), D(orders))
    f["dispute_rate_pct"] = ratio_pct(D(sum(disputes_col)), D(orders))
    f["avg_rating"] = q(D(rated_centi).scaleb(-2) / rating_weight, 2) if rating_weight else None
    if n_series:
        recent = D(sum(logins[-3:])) / len(logins[-3:])      # _mean
        f["login_days_recent"] = q(recent, 1)
        if n_series > 3:
            before = D(sum(logins[:-3])) / (n_series - 3)
            f["login_days_before"] = q(before, 1)
            f["login_change_pct"] = pct_change(recent, before)
        else:
            f["login_days_before"] = f["login_change_pct"] = None
        f["listings_avg"] = q(D(sum(listings_col[-3:])) / len(listings_col[-3:]), 1)
    else:
        f["login_days_recent"] = f["login_days_before"] = f["login_change_pct"] = f["listings_avg"] = None
    f["ad_spend_12m"] = D(sum(ads)).scaleb(-2)
    f["ad_spend_trend_pct"] = (pct_change(D(sum(ads[-6:])).scaleb(-2), D(sum(ads[:-6][-6:])).scaleb(-2))
                               if n_series == 12 else None)
    if declared is None:
        f["customer_concentration_pct"] = None
        f["leverage_pct"] = None
        f["consistency_index"] = None
    else:
        f["customer_concentration_pct"] = q(D(declared.customer1_share_pct) + D(declared.customer2_share_pct), 2)
        f["leverage_pct"] = leverage = leverage_pct(declared)
        # platform_sales: the whole window (the sales' when no month of it is before the shop)
        platform = f["sales_12m"] if series is in_window else D(sum([r[1] for r in in_window if r])).scaleb(-2)
        f["consistency_index"] = index_of(declared, platform_12m=platform, leverage=leverage)
    return f
