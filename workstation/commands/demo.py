from __future__ import annotations

import sys
import time

from workstation.commands.common import iso_date, open_store


def add_arguments(p) -> None:
    p.add_argument("--applications", type=int, default=2000, help="how many applications (default 2000)")
    p.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data")
    p.add_argument("--as-of", type=iso_date, default=None, help="the demo's today (YYYY-MM-DD)")
    p.add_argument("--no-history", action="store_true",
                   help="applications and platform data only, every case just received: no decisions, "
                        "loans or scores (fast, for volume)")


def run(args) -> int:
    from workstation.demo.demo import generate
    from workstation.demo.demo_build import build_demo
    from workstation.services.progress import Progress

    class Dots(Progress):
        def report(self, done, total, label):
            print(f"\r{label}: {done}/{total}", end="", file=sys.stderr, flush=True)

    store = open_store(args)
    t0 = time.perf_counter()
    if args.no_history:
        summary = generate(store, None, applications=args.applications, seed=args.seed, as_of=args.as_of,
                           progress=Dots())
        print(file=sys.stderr)
        print(f"demo data in {store.describe()}: {summary.applications} applications, {summary.merchants} "
              f"merchants, {summary.metrics} platform months, {summary.blacklisted} blacklisted "
              f"({time.perf_counter() - t0:.1f} s)")
        return 0
    built = build_demo(store, None, applications=args.applications, seed=args.seed, as_of=args.as_of, progress=Dots())
    print(file=sys.stderr)
    decided = ", ".join(f"{k} {v}" for k, v in sorted(built.decided.items()))
    print(f"demo data in {store.describe()}: {built.applications} applications, {built.merchants} merchants; "
          f"decided through the services: {decided}; {built.loans} loans serviced to today; "
          f"{built.scored} open cases scored ({time.perf_counter() - t0:.1f} s)")
    return 0
