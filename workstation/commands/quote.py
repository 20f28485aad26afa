"""``workstation quote``: print a repayment schedule for given terms, as a table or JSON.

    workstation quote --amount 100000 --annual-rate 18 --term 12 \\
        --method equal-installment --start 2026-01-31 --json

Wiring (cli.py)::

    sub = subparsers.add_parser("quote", help="print a repayment schedule")
    quote.add_arguments(sub)
    ... return quote.run(args)

Every bad input ends with exit status 2 and one line on stderr naming the field. Values
go through the one parser (``domain.money``): the amount as digits with at most two
decimals (the grouped form 1,234,567.89 allowed), at most 100,000,000.00; rates as plain
decimals up to 100 (percent); --term 1 to 360 months, --days 1 to 3,660; --start from
1900 to 2100. Exponents, underscores, decimal commas and NaN are refused.
Pure logic: no database (products come from the seeded definitions unless the caller
passes ``products=``).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import NoReturn, TextIO

from workstation.domain import clock
from workstation.domain.money import (AMOUNT_LIMIT, MoneyError, fmt, parse_amount, parse_date, parse_decimal,
                                      parse_whole)
from workstation.domain.products import PRODUCTS, Product, validate_terms
from workstation.domain.rates import Rate, RateError
from workstation.domain.schedules import Method, Schedule, ScheduleError, build_schedule

__all__ = ["add_arguments", "run", "main", "QuoteError", "render_table", "render_json"]

EXIT_BAD_INPUT = 2
_APR_SLOT = "\u0000apr\u0000"
_CLI_FIELD = {"term_months": "term"}     # domain field -> the option that sets it
PROG = "workstation quote"
MAX_TERM_MONTHS = 360          # bounds on what can be typed (products narrow them further)
MAX_DAYS = 3660
MAX_RATE_PCT = Decimal(100)    # in any unit (per year, month or day)
RATE_PLACES = 10


class QuoteError(ValueError):
    """Bad input for a quote; the message names the field."""


def _one_line_error(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    # argparse's own errors (missing/unknown option) print usage over several lines;
    # the brief asks for one clear line.
    parser.exit(EXIT_BAD_INPUT, f"{PROG}: error: {message} (see --help)\n")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the quote options to ``parser`` (a subparser or a standalone parser).

    Values are taken as text and checked in :func:`run`, so every problem gets the
    same one-line message; argparse's own errors are also cut to one line.
    """
    parser.error = _one_line_error.__get__(parser)   # type: ignore[method-assign]
    parser.add_argument("--amount", required=True, help="loan amount in yuan, e.g. 100000 or 1234.56")
    rate = parser.add_mutually_exclusive_group()
    rate.add_argument("--annual-rate", metavar="PCT", help="annual rate in percent, e.g. 18")
    rate.add_argument("--monthly-rate", metavar="PCT", help="monthly rate in percent, e.g. 1.5")
    rate.add_argument("--daily-rate", metavar="PCT", help="daily rate in percent, e.g. 0.05")
    parser.add_argument("--term", metavar="MONTHS", help="term in months (monthly methods)")
    parser.add_argument("--days", metavar="N", help="days until repayment (bullet loans)")
    parser.add_argument("--method", help="equal-installment, equal-principal, interest-only or bullet"
                        " (default: the product's first method)")
    parser.add_argument("--product", metavar="CODE",
                        help=f"take the product's rate and check its terms ({', '.join(PRODUCTS)})")
    parser.add_argument("--start", metavar="YYYY-MM-DD", help="disbursement date (default: today)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _int(text: str | None, field: str, *, hi: int) -> int | None:
    if text is None:
        return None
    try:
        return parse_whole(text, lo=1, hi=hi)
    except MoneyError as exc:
        if exc.code in ("not_a_number", "not_whole"):
            raise QuoteError(f"{field}: not a whole number: {text!r}") from None
        if exc.code == "too_small":
            raise QuoteError(f"{field}: must be at least 1, got {text}") from None
        raise QuoteError(f"{field}: {exc}") from None


def _amount(text: str) -> Decimal:
    try:
        value = parse_amount(str(text), grouping=True, limit=AMOUNT_LIMIT)
    except MoneyError as exc:
        if exc.code in ("negative", "sign"):
            raise QuoteError(f"amount: must be positive, got {text}") from None
        raise QuoteError(f"amount: {'not an amount: ' if exc.code == 'not_a_number' else ''}{exc}") from None
    if value <= 0:
        raise QuoteError(f"amount: must be positive, got {text}")
    return value


def _rate(args: argparse.Namespace, product: Product | None) -> Rate:
    given = [(flag, getattr(args, attr, None), ctor) for flag, attr, ctor in (
        ("--annual-rate", "annual_rate", Rate.from_annual_percent),
        ("--monthly-rate", "monthly_rate", Rate.from_monthly_percent),
        ("--daily-rate", "daily_rate", Rate.from_daily_percent))]
    given = [g for g in given if g[1] is not None]
    if len(given) > 1:
        raise QuoteError("rate: give only one of --annual-rate, --monthly-rate, --daily-rate")
    if not given:
        if product is None:
            raise QuoteError("rate: give --annual-rate, --monthly-rate or --daily-rate "
                             "(or --product CODE for the product's rate)")
        return product.rate
    flag, text, ctor = given[0]
    try:
        text = str(text).strip().rstrip("%")
        parse_decimal(text, places=RATE_PLACES, limit=MAX_RATE_PCT)
    except MoneyError as exc:
        if exc.code != "not_a_number":         # the rate's own message says what a rate is
            raise QuoteError(f"rate ({flag}): {exc}") from None
    try:
        kw = {}
        if product is not None:
            kw = {"days_per_year": product.conventions.days_per_year,
                  "months_per_year": product.conventions.months_per_year}
        return ctor(str(text).strip().rstrip("%"), **kw)
    except (RateError, TypeError) as exc:
        raise QuoteError(f"rate ({flag}): {exc}") from None


def _start(text: str | None, today: date | None) -> date:
    if text is None:
        return today or clock.today()        # the business's date (Asia/Shanghai)
    try:
        return parse_date(text)
    except MoneyError as exc:
        if exc.code == "date_range":
            raise QuoteError(f"start: {exc}") from None
        raise QuoteError(f"start: malformed date {text!r} (expected YYYY-MM-DD, e.g. 2026-01-31)") \
            from None


def quote(args: argparse.Namespace, *, products: Mapping[str, Product] = PRODUCTS,
          today: date | None = None) -> tuple[Schedule, Product | None]:
    """The schedule the arguments ask for; raises QuoteError naming the bad field."""
    product = None
    if getattr(args, "product", None):
        product = products.get(args.product.strip().upper())
        if product is None:
            raise QuoteError(f"product: unknown product {args.product!r} "
                             f"(known: {', '.join(products)})")
    amount = _amount(args.amount)
    rate = _rate(args, product)
    if args.method is not None:
        try:
            method = Method(args.method.strip().lower())
        except ValueError:
            allowed = ", ".join(m.value for m in Method)
            raise QuoteError(f"method: unknown repayment method {args.method!r} "
                             f"(allowed: {allowed})") from None
    elif product is not None:
        method = product.default_method
    else:
        raise QuoteError("method: give --method (equal-installment, equal-principal, "
                         "interest-only or bullet)")
    if product is not None and method not in product.methods:
        raise QuoteError(f"method: {product.code} does not allow {method.value}; allowed: "
                         f"{', '.join(m.value for m in product.methods)}")
    term = _int(args.term, "term", hi=MAX_TERM_MONTHS)
    days = _int(args.days, "days", hi=MAX_DAYS)
    if method is Method.BULLET:
        if term is not None:
            raise QuoteError("term: a bullet loan is set with --days, not --term")
        if days is None and product is not None:
            days = product.default_days
        if days is None:
            raise QuoteError("days: a bullet loan needs --days N")
    else:
        if days is not None:
            raise QuoteError(f"days: {method.value} is set with --term MONTHS, not --days")
        if term is None and product is not None:
            term = product.default_term_months
        if term is None:
            raise QuoteError(f"term: {method.value} needs --term MONTHS")
    start = _start(args.start, today)
    if product is not None:
        problems = validate_terms(product, amount=amount, term_months=term, days=days,
                                  method=method, rate=rate)
        if problems:
            raise QuoteError("; ".join(f"{_CLI_FIELD.get(p.field, p.field)}: {p.message}"
                                       for p in problems))
    conventions = product.conventions if product is not None else None
    try:
        kw = {"conventions": conventions} if conventions is not None else {}
        schedule = build_schedule(amount=amount, rate=rate, method=method, start=start,
                                  term_months=term, days=days, **kw)
    except (ScheduleError, OverflowError, ValueError) as exc:    # e.g. a date past the calendar
        raise QuoteError(str(exc)) from None
    return schedule, product


def render_json(schedule: Schedule, product: Product | None = None) -> str:
    data = schedule.to_dict()
    data["product"] = product.code if product is not None else None
    # apr is a JSON number (percent, e.g. 19.56), written from the Decimal's own digits
    # so no float is involved: a placeholder string is swapped for the bare number.
    data["apr"] = _APR_SLOT
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace(json.dumps(_APR_SLOT), f"{schedule.apr:.2f}", 1)


def render_table(schedule: Schedule, product: Product | None = None) -> str:
    s = schedule
    if s.method is Method.BULLET:
        term = f"{s.days} days"
    else:
        term = f"{s.term_months} months"
    basis = "IRR, monthly IRR x 12" if s.apr_basis == "irr" else "simple 单利, daily x 365"
    lines = []
    if product is not None:
        lines.append(f"Product   {product.code}  {product.name_en}  {product.name_zh}")
    lines += [
        f"Amount    {fmt(s.amount)}",
        f"Method    {s.method.value}  {s.method.name_zh}",
        f"Rate      {s.rate.describe()}",
        f"Term      {term}, {s.start.isoformat()} to {s.end.isoformat()}",
        f"APR       {s.apr:.2f}%  ({basis})  年化利率",
        "",
    ]
    head = ("Period", "Due date", "Principal", "Interest", "Payment", "Balance")
    rows = [(str(i.period), i.due_date.isoformat(), fmt(i.principal), fmt(i.interest),
             fmt(i.payment), fmt(i.balance)) for i in s.installments]
    total = ("Total", "", fmt(s.total_principal), fmt(s.total_interest), fmt(s.total_payment), "")
    widths = [max(len(r[c]) for r in [head, *rows, total]) for c in range(len(head))]

    def line(r: tuple[str, ...]) -> str:
        cells = [r[0].rjust(widths[0]), r[1].ljust(widths[1])]
        cells += [r[c].rjust(widths[c]) for c in range(2, len(r))]
        return "  ".join(cells).rstrip()
    lines.append(line(head))
    lines.append("  ".join("-" * w for w in widths))
    lines += [line(r) for r in rows]
    lines.append("  ".join("-" * w for w in widths))
    lines.append(line(total))
    return "\n".join(lines)


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None,
        products: Mapping[str, Product] = PRODUCTS, today: date | None = None) -> int:
    """Print the quote; 0 on success, 2 with one line on stderr for bad input."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        schedule, product = quote(args, products=products, today=today)
    except QuoteError as exc:
        print(f"{PROG}: error: {exc}", file=err)
        return EXIT_BAD_INPUT
    print(render_json(schedule, product) if args.json else render_table(schedule, product), file=out)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Standalone entry point: ``python -m workstation.commands.quote ...``."""
    parser = argparse.ArgumentParser(prog=PROG, description="Print a repayment schedule.")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
