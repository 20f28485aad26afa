"""Due-date arithmetic: the disbursement day of month, k months later, clamped.

Each due date is computed from the start date directly (never chained from the
previous due date), so 31 Jan gives 28 Feb, 31 Mar, 30 Apr, 31 May...
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

__all__ = ["add_months_clamped", "monthly_due_dates", "add_days", "last_day_of_month"]

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def last_day_of_month(year: int, month: int) -> int:
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def add_months_clamped(start: date, months: int, *, day: int | None = None) -> date:
    """``start`` moved ``months`` months on, on ``day`` (default: start's day), clamped
    to the last day of the target month."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    want = start.day if day is None else day
    last = last_day_of_month(year, month0 + 1)
    return date(year, month0 + 1, want if want <= last else last)


@lru_cache(maxsize=2048)
def monthly_due_dates(start: date, count: int) -> tuple[date, ...]:
    """The ``count`` monthly due dates after ``start`` (period 1 .. count).

    Cached: loans disbursed on the same day share their due dates (an immutable tuple).
    """
    year, month, want = start.year, start.month, start.day
    out = []
    for _ in range(count):
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
        if want <= 28:
            out.append(date(year, month, want))
        else:
            last = last_day_of_month(year, month)
            out.append(date(year, month, want if want <= last else last))
    return tuple(out)


def add_days(start: date, days: int) -> date:
    return start + timedelta(days=days)
