"""The merchant's data as the desk holds it (platform months, declared financials,
the facts the rules read) and the measures both the scorecard's features
(``features``) and the declared-vs-platform checks (``consistency``) take.
Plain dataclasses and Decimal arithmetic; the store layer fills them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from math import isqrt
from typing import Iterable, Sequence

from workstation.domain.dates import add_months_clamped as add_months

HUNDRED = Decimal(100)
_ZERO = Decimal(0)
LEVERAGE_NO_ASSETS = Decimal("999.99")


@dataclass(frozen=True)
class PlatformMonth:
    month: date  # first day of the month
    sales: Decimal
    orders: int
    refunds: int
    refund_amount: Decimal
    disputes: int
    rating: Decimal  # 0-5, 2 dp
    login_days: int
    ad_spend: Decimal
    listings: int
    favourites: int


@dataclass(frozen=True)
class DeclaredFinancials:
    year: int
    sales: Decimal
    operating_cost: Decimal
    net_margin_pct: Decimal
    inventory: Decimal
    total_assets: Decimal
    total_liabilities: Decimal
    receivables: Decimal
    platform_share_pct: Decimal
    customer1_name: str
    customer1_years: int
    customer1_share_pct: Decimal
    customer2_name: str
    customer2_years: int
    customer2_share_pct: Decimal


@dataclass(frozen=True)
class MerchantFacts:
    platform: str  # 'taobao' | 'tmall' | '1688'
    member_since: date
    province: str
    legal_rep_birth: date
    citizen: bool
    real_name_verified: bool
    blacklisted: bool
    has_current_overdue: bool
    bank_card_listed: bool
    is_legal_rep: bool


# --- calendar helpers ------------------------------------------------------------------

def full_months(start: date, end: date) -> int:
    """Completed months from ``start`` to ``end``; 0 if ``end`` is before ``start``.

    A month is complete on the same day of a later month (clamped at month end):
    from 2025-01-31, six months are complete on 2025-07-31 and from 2025-08-31 on
    2026-02-28.
    """
    if end < start:
        return 0
    n = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, n) > end:
        n -= 1
    return n


def last_months(as_of: date, n: int) -> list[date]:
    """First days of the ``n`` complete months before ``as_of``, oldest first."""
    index = as_of.year * 12 + as_of.month - 1
    return [date(i // 12, i % 12 + 1, 1) for i in range(index - n, index)]


def monthly_series(months: Iterable[PlatformMonth], *, as_of: date, n: int,
                   member_since: date | None = None) -> list[PlatformMonth | None]:
    """The window's months oldest first: the record, or None for a month with no record.

    Months before the shop existed are dropped from the window entirely.
    """
    by_month: dict[date, PlatformMonth] = {}
    for m in months:
        key = m.month if m.month.day == 1 else m.month.replace(day=1)
        if key in by_month:
            raise ValueError(f"two platform records for month {key:%Y-%m}")
        by_month[key] = m
    start = member_since.replace(day=1) if member_since else None
    return [by_month.get(key) for key in last_months(as_of, n) if start is None or key >= start]


def platform_sales(months: Iterable[PlatformMonth], *, as_of: date, n: int = 12) -> Decimal:
    """Sum of platform sales over the ``n`` complete months before ``as_of``."""
    return sum((m.sales for m in monthly_series(months, as_of=as_of, n=n) if m), _ZERO)


# --- arithmetic ------------------------------------------------------------------------

_STEPS = {places: Decimal(1).scaleb(-places) for places in range(7)}      # 1, 0.1, 0.01 ...


def q(value: Decimal, places: int) -> Decimal:
    """Round half-up to ``places`` decimals (a feature's fixed precision)."""
    step = _STEPS.get(places)
    return value.quantize(Decimal(1).scaleb(-places) if step is None else step, rounding=ROUND_HALF_UP)


def pct_change(new: Decimal, old: Decimal) -> Decimal | None:
    if old <= 0:
        return None
    return q((new - old) / old * HUNDRED, 2)


def ratio_pct(part: Decimal, whole: Decimal) -> Decimal | None:
    if whole <= 0:
        return None
    return q(Decimal(part) / Decimal(whole) * HUNDRED, 2)


def coefficient_of_variation(values: Sequence[Decimal]) -> Decimal | None:
    """Population standard deviation over mean; None for fewer than 3 values or mean <= 0."""
    if len(values) < 3:
        return None
    mean = sum(values, _ZERO) / len(values)
    if mean <= 0:
        return None
    variance = sum(((v - mean) ** 2 for v in values), _ZERO) / len(values)
    return q(variance.sqrt() / mean, 4)


_HALF_STEPS = 10 ** 15         # extra digits of the integer square root below


def cv_of_fen(fen: Sequence[int]) -> Decimal | None:
    """``coefficient_of_variation`` of amounts in integer fen (``Decimal(v).scaleb(-2)``
    each), the same value by integer arithmetic where it is provably the same.

    With n amounts of sum S, the cv is sqrt(n * sum of squares - S^2) / S (the scale cancels);
    rounded half up to 4 places it is k/10^4, k = floor((r + 1) / 2) for r = 2 * 10^4 * cv,
    found by ``isqrt`` to 15 more digits. The Decimal computation rounds each step to 28
    digits: its cv differs from the exact one by far less than 10^-12 of it when the cv is
    at least 10^-6. So where r is more than that from the nearest odd number (a rounding
    boundary), both round alike; a cv below 10^-6, or one that close to a boundary, is
    left to the Decimal computation itself. (tests/test_import_fast_paths.py compares.)"""
    n = len(fen)
    if n < 3:
        return None
    total = sum(fen)
    if total <= 0:
        return None
    squared = total * total
    spread = n * sum(map(int.__mul__, fen, fen)) - squared      # n^2 times the variance
    if spread * 10 ** 12 >= squared:                             # cv >= 10^-6
        scaled = isqrt(4 * 10 ** 8 * _HALF_STEPS * _HALF_STEPS * spread // squared)   # floor(r * 10^15)
        if abs(scaled % (2 * _HALF_STEPS) - _HALF_STEPS) > max(scaled // 10 ** 12, 1000):
            return Decimal((scaled // _HALF_STEPS + 1) // 2).scaleb(-4)
    return coefficient_of_variation([Decimal(v).scaleb(-2) for v in fen])


def leverage_pct(declared: DeclaredFinancials) -> Decimal:
    """Liabilities over assets in percent; 999.99 when debts exist and assets do not."""
    if declared.total_assets <= 0:
        return LEVERAGE_NO_ASSETS if declared.total_liabilities > 0 else q(_ZERO, 2)
    return q(declared.total_liabilities / declared.total_assets * HUNDRED, 2)
