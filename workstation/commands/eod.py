"""`workstation eod --date D`: end of day (accruals, overdue, classes, offer expiry)."""
from __future__ import annotations

import sys
from datetime import date

from workstation.commands.common import open_store, sign_in_cli
from workstation.domain import clock


def business_date(text: str) -> date:
    """argparse type: YYYY-MM-DD through the one parser (1900 to 2100)."""
    import argparse
    from workstation.domain.money import MoneyError, parse_date
    try:
        return parse_date(text)
    except MoneyError as exc:
        raise argparse.ArgumentTypeError(f"{exc}; write YYYY-MM-DD, e.g. 2026-11-27") from None


def _per_tx(text: str) -> int:
    import argparse
    from workstation.domain.money import MoneyError, parse_whole
    try:
        return parse_whole(text, lo=1, hi=100_000)
    except MoneyError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_arguments(p) -> None:
    p.add_argument("--date", type=business_date, default=None, help="business date (default: today)")
    p.add_argument("--user", default="admin", help="who runs it (supervisor or admin; password from "
                                                   "$WORKSTATION_PASSWORD)")
    p.add_argument("--loans-per-tx", type=_per_tx, default=500, help="loans committed together (default 500)")


def run(args) -> int:
    from workstation.servicing.eod import run_eod
    from workstation.services.progress import Progress

    class Dots(Progress):
        def report(self, done, total, label):
            if total and (done == total or done % 5000 == 0):
                print(f"\r{label}: {done}/{total}", end="", file=sys.stderr, flush=True)

        def waiting(self, message):           # another job holds the same loans: say so, then wait
            print(f"\n{message}", file=sys.stderr, flush=True)
            super().waiting(message)

    store = open_store(args)
    actor = sign_in_cli(store, args.user)
    r = run_eod(store, actor, args.date or clock.today(), Dots(), loans_per_tx=args.loans_per_tx)
    print(file=sys.stderr)
    from workstation.cli import chinese, in_chinese
    if chinese(getattr(args, "lang", None)):
        with in_chinese():
            from workstation.ui.loans.loan_menu import eod_summary
            print(eod_summary(r))
        return 0
    if r.already_done:
        print(f"end of day {r.as_of} was already complete and no loan is behind it: nothing changed")
        return 0
    days = f"{r.dates[0]} to {r.dates[-1]}" if len(r.dates) > 1 else str(r.as_of)
    print(f"end of day {days}: {r.loans} loans, {r.entries} journal entries, {r.offers_expired} offers expired "
          f"({r.seconds:.1f} s)")
    return 0
