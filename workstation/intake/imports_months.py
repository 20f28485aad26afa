"""The platform months of an imported record, the bulk of a big file (24 rows a
record): ``fast_months`` reads a record's months all at once, column by column, and
gives up on anything unusual; ``check_months`` then reads them month by month through
the field readers, which name the problem."""
from __future__ import annotations

import operator
import re
from datetime import date
from decimal import Decimal

from workstation.intake.imports_fields import EARLIEST_MEMBER, MONTH_FIELDS, Fields, Problem, kind_of

MAX_MONTHS = 24
_RATING = re.compile(r"([0-5])\.([0-9]{2})\Z")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})(?:-01)?\Z")

_MONTHS_SEEN: dict[str, date | None] = {}
# the month texts of a record's months (all text, each a month, none twice) -> (months, newest, oldest)
_MONTH_LISTS: dict[tuple, tuple[list[date], date, date]] = {}
_RATINGS_SEEN: dict[str, int | None] = {}
_RATINGS_OK: dict[str, int] = {}                 # the valid ones among them


def month_of(text: str) -> date | None:
    """'2025-03' -> date(2025, 3, 1), None if not a month; cached (a file repeats 24 values)."""
    try:
        return _MONTHS_SEEN[text]
    except KeyError:
        pass
    m = _MONTH.match(text)
    d = date(int(m.group(1)), int(m.group(2)), 1) if m and 1 <= int(m.group(2)) <= 12 else None
    if len(_MONTHS_SEEN) < 10_000:
        _MONTHS_SEEN[text] = d
    return d


def _rating_of(text: str) -> int | None:
    """'4.85' -> 485 (at most 5.00), None otherwise; cached."""
    try:
        return _RATINGS_SEEN[text]
    except KeyError:
        pass
    r = _RATING.match(text)
    centi = int(r.group(1)) * 100 + int(r.group(2)) if r else None
    centi = centi if centi is not None and centi <= 500 else None
    if len(_RATINGS_SEEN) < 10_000:
        _RATINGS_SEEN[text] = centi
        if centi is not None:
            _RATINGS_OK[text] = centi
    return centi


_MONTH_ROW = operator.itemgetter(*MONTH_FIELDS[:6], "rating", *MONTH_FIELDS[7:])
_MONEY_LIST = re.compile(r"[0-9]{1,16}(?:\.[0-9]{1,2})?(?:,[0-9]{1,16}(?:\.[0-9]{1,2})?)*").fullmatch
_CENTS_LIST = re.compile(r"[0-9]{1,16}+\.[0-9]{2}(?:,[0-9]{1,16}+\.[0-9]{2})*+").fullmatch
_HUNDRED = Decimal(100)
_INT_TYPE = {int}
_MAX_COUNT = 10**9


def _fens(texts: tuple) -> list[int] | None:
    """Plain non-negative amounts (text) as integer fen, exactly; None if any is not one.
    The usual "1234.50" (two places) becomes fen by dropping the point (checked by one
    regular expression over all of them); one or no decimal place goes through Decimal."""
    try:
        joined = ",".join(texts)        # refuses anything but text (JSON makes no str subclass)
    except TypeError:
        return None
    if joined.count(",") != len(texts) - 1:         # "1,234.00" (valid, but not plain): the slow path
        return None
    if _CENTS_LIST(joined):         # ASCII digits: read as bytes, without int()'s Unicode pass
        return list(map(int, joined.replace(".", "").encode().split(b",")))
    if not _MONEY_LIST(joined):
        return None
    return list(map(int, map(_HUNDRED.__mul__, map(Decimal, texts))))


def fast_months(items: list, *, last: date) -> list[tuple] | None:
    """All of a record's months at once, column by column in C-level built-ins (a
    100,000-record file holds 2.4 million months); None for anything unusual,
    which then goes month by month through the checks that name the problem."""
    try:
        cols = list(zip(*map(_MONTH_ROW, items)))
    except (KeyError, TypeError):
        return None
    if not cols:
        return []
    months_text, ratings_text = cols[0], cols[6]
    # anything but text among them: a TypeError from the dictionaries or the patterns (JSON
    # makes no str subclass, the only other kind a text key or pattern would take)
    try:
        seen = _MONTH_LISTS.get(months_text)         # a file's records mostly name the same months
        if seen is None:
            months = [month_of(x) for x in months_text]
            if None in months or len(set(months)) != len(months):
                return None
            seen = (months, max(months), min(months))
            if len(_MONTH_LISTS) >= 1000:
                _MONTH_LISTS.clear()
            _MONTH_LISTS[months_text] = seen
        months, newest, oldest = seen
        if newest > last or oldest < EARLIEST_MEMBER:
            return None
        try:                                          # only ratings read before and valid are there
            ratings = list(map(_RATINGS_OK.__getitem__, ratings_text))
        except KeyError:
            ratings = [_rating_of(x) for x in ratings_text]
            if None in ratings:
                return None
    except TypeError:
        return None
    n = len(months)
    counts = cols[2] + cols[3] + cols[5] + cols[7] + cols[9] + cols[10]     # orders ... favourites
    if set(map(type, counts)) != _INT_TYPE or min(counts) < 0 or max(counts) > _MAX_COUNT or max(cols[7]) > 31:
        return None
    fens = _fens(cols[1] + cols[4] + cols[8])           # sales, refund_amount, ad_spend
    if fens is None:
        return None
    return list(zip(months, fens[:n], cols[2], cols[3], fens[n:2 * n], cols[5], ratings, cols[7],
                    fens[2 * n:], cols[9], cols[10]))


def check_months(value: object, *, line: int, received_day: date, problems: list[Problem]) -> list[tuple]:
    """A record's platform months as rows in MONTH_FIELDS order (money in fen, rating x 100),
    its problems added to ``problems``: all at once by fast_months when every month is plain,
    else month by month through the readers that name the field."""
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        problems.append(Problem(line, "platform_months", f"must be a list of months, not {kind_of(value)}",
                                "import_months_not_list", {"kind": kind_of(value)}))
        return []
    if len(value) > MAX_MONTHS:
        problems.append(Problem(line, "platform_months", f"has {len(value)} months, at most {MAX_MONTHS}",
                                "import_months_too_many", {"count": len(value), "max_months": MAX_MONTHS}))
        return []
    last = date(received_day.year, received_day.month, 1)
    fast = fast_months(value, last=last)
    if fast is not None:
        return fast
    rows, seen = [], set()
    for i, item in enumerate(value):
        prefix = f"platform_months[{i}]."
        if not isinstance(item, dict):
            problems.append(Problem(line, prefix[:-1], f"must be an object, not {kind_of(item)}",
                                    "import_month_not_object", {"kind": kind_of(item)}))
            continue
        f = Fields(item, line=line, prefix=prefix)
        month = None
        text = f.text("month", max_len=10)
        if text is not None:
            month = month_of(text)
            if month is None:
                f.bad("month", f"must be a month YYYY-MM, got {text!r}", "import_not_month", value=text)
            else:
                if month > last or month < EARLIEST_MEMBER:
                    f.bad("month", f"{text} is after the application or before {EARLIEST_MEMBER.year}",
                          "import_month_outside", value=text, lo=EARLIEST_MEMBER.year)
                elif month in seen:
                    f.bad("month", f"{text} appears twice", "import_month_twice", value=text)
                seen.add(month)
        rating = f.ratio("rating", lo=Decimal(0), hi=Decimal(5))
        row = (month, f.amount("sales"), f.integer("orders", lo=0, hi=10**9), f.integer("refunds", lo=0, hi=10**9),
               f.amount("refund_amount"), f.integer("disputes", lo=0, hi=10**9),
               None if rating is None else int(rating * 100), f.integer("login_days", lo=0, hi=31),
               f.amount("ad_spend"), f.integer("listings", lo=0, hi=10**9), f.integer("favourites", lo=0, hi=10**9))
        problems.extend(f.problems)
        rows.append(row)
    return rows
