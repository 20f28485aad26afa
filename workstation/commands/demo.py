from __future__ import annotations

import sys
import time
from datetime import date

from workstation.commands.common import open_store


def add_arguments(p) -> None:
    p.add_argument("--applications", type=int, default=2000, help="how many applications (default 2000)")
    p.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data")
    p.add_argument("--as-of", type=date.fromisoformat, default=None, help="the demo's today (YYYY-MM-DD)")


def run(args) -> int:
    from workstation.services.demo import generate
    from workstation.services.progress import Progress

    class Dots(Progress):
        def report(self, done, total, label):
            print(f"\r{label}: {done}/{total}", end="", file=sys.stderr, flush=True)

    store = open_store(args)
    t0 = time.perf_counter()
    summary = generate(store, applications=args.applications, seed=args.seed, as_of=args.as_of,
                       progress=Dots())
    print(file=sys.stderr)
    print(f"demo data in {store.describe()}: {summary.applications} applications, {summary.merchants} merchants, "
          f"{summary.metrics} platform months, {summary.blacklisted} blacklisted "
          f"({time.perf_counter() - t0:.1f} s)")
    return 0
