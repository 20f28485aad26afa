"""`workstation reconcile`: recompute all balances from the journal and report loans
whose stored balances differ. Exit status 1 when any differ."""
from __future__ import annotations

import sys

from workstation.commands.common import open_store


def add_arguments(p) -> None:
    p.add_argument("--limit", type=int, default=200, help="print at most this many differences")


def run(args) -> int:
    from workstation.servicing.reconcile import reconcile
    store = open_store(args)
    checked, bad = reconcile(store, None)
    for m in bad[:args.limit]:
        print(m)
    loans = len({m.loan_id for m in bad})
    print(f"reconciled {checked} loans: {loans} with differences", file=sys.stderr)
    return 1 if bad else 0
