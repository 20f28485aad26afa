"""Benchmark: post the payment channel's repayment file of 50,000 lines against a book of
100,000 loans in SQLite, beside the same SQL statements replayed in bare sqlite3
(benchmarks/sqlfloor.py). Goal: under 1.5x.

    python benchmarks/repayments.py [--loans 100000] [--lines 50000]

The book is benchmarks/eod.py's; end of day for its business date runs first (not
timed, so each loan's engine state is kept as on any working day), then a file of one
payment per loan for the next day is posted, and posted again (all duplicates).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])    # the repository, not this folder

from benchmarks import sqlfloor  # noqa: E402
from benchmarks.eod import D, machine, open_book  # noqa: E402
from workstation.domain.actor import Actor  # noqa: E402
from workstation.servicing.eod import run_eod  # noqa: E402
from workstation.servicing.repayment_import import import_repayments  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loans", type=int, default=100_000)
    ap.add_argument("--lines", type=int, default=50_000)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    folder = Path(tmp.name)
    print(machine())
    rec, path, store, contracts = open_book(args.loans, folder)
    admin = Actor(1, "admin", "admin", frozenset({"admin"}))
    t0 = time.perf_counter()
    run_eod(store, admin, D)
    print(f"end of day {D} (not timed): {time.perf_counter() - t0:.1f} s")
    day = D + timedelta(days=1)
    rng = random.Random(3)
    f = folder / "repayments.csv"
    picks = rng.sample(contracts, min(args.lines, len(contracts)))
    with f.open("w", encoding="utf-8") as out:
        out.write("payment_ref,contract_no,value_date,amount,kind\n")
        for k, cno in enumerate(picks):
            out.write(f"B{k:09d},{cno},{day},{rng.randint(100, 5000)}.00,repayment\n")
    rep, t = sqlfloor.measure(rec, path, lambda: import_repayments(store, admin, f, today=day),
                                           scratch=folder)
    print(f"repayment file of {len(picks):,} lines: {rep.imported:,} posted, {rep.held:,} held, "
          f"{rep.rejected:,} rejected")
    print("  " + t.line("repayment file", 1.5))
    t0 = time.perf_counter()
    rep2 = import_repayments(store, admin, f, today=day)
    print(f"the same file again: {rep2.imported} posted, {rep2.duplicates:,} duplicates "
          f"({time.perf_counter() - t0:.1f} s)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
