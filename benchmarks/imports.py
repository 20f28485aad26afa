"""Benchmark: import 100,000 applications (each with 24 platform months and declared
financials) from a generated JSON Lines file into a fresh SQLite database.
Target: under 30 s for the import itself (generating the file is not timed).

    python benchmarks/imports.py [--count 100000] [--no-months] [--csv] [--database URL]
                                 [--parallel auto|on|off]

CPU is the main process's CPU time (with --parallel on, the checking process's
CPU comes on top of it, on another core).
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

# the repository instead of this folder (whose queue.py would hide the standard library's)
sys.path[0] = str(Path(__file__).resolve().parents[1])

from workstation.services.context import Actor, Store  # noqa: E402
from workstation.services.imports import import_applications  # noqa: E402
from workstation.services.imports_samples import csv_text, make_record, write_jsonl  # noqa: E402
from workstation.services.progress import Progress  # noqa: E402
from workstation.services.setup import ensure_reference_data  # noqa: E402
from workstation.store.models import User, UserRole  # noqa: E402

TARGET_S = 30.0


class Dots(Progress):
    def report(self, done, total, label):
        print(f"\r{label}: line {done}/{total}", end="", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 - a linear script
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--no-months", action="store_true", help="records without platform months")
    ap.add_argument("--csv", action="store_true", help="a CSV file (never has platform months)")
    ap.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file in a temp folder)")
    ap.add_argument("--parallel", choices=["auto", "on", "off"], default="auto",
                    help="check records in a second process (auto: big files on 4+ cores)")
    args = ap.parse_args(argv)
    as_of = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        if args.csv:
            path = folder / "bench.csv"
            rng = random.Random(7)
            path.write_text(csv_text([make_record(rng, seq=i, as_of=as_of, months=False)
                                      for i in range(1, args.count + 1)]), encoding="utf-8")
        else:
            path = folder / "bench.jsonl"
            write_jsonl(path, count=args.count, seed=7, as_of=as_of, months=not args.no_months)
        gen_s = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6
        store = Store.open(args.database or f"sqlite:///{folder / 'bench.db'}")
        ensure_reference_data(store, None)
        with store.tx() as s:
            u = User(username="bench_officer", display_name="bench", password_hash="-",
                     roles=[UserRole(role="officer")])
            s.add(u)
            s.flush()
            actor = Actor(id=u.id, username=u.username, display_name="bench", roles=frozenset({"officer"}))
        t0, c0 = time.perf_counter(), time.process_time()
        parallel = {"auto": None, "on": True, "off": False}[args.parallel]
        report = import_applications(store, actor, path, progress=Dots(), parallel=parallel)
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(file=sys.stderr)
        t0 = time.perf_counter()
        again = import_applications(store, actor, path, parallel=parallel)
        took_again = time.perf_counter() - t0
        store.close()
    print(f"file: {args.count} records, {size_mb:.0f} MB, generated in {gen_s:.1f} s; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, parallel={args.parallel}")
    print(f"import into {store.describe()}: {report.imported} imported, {report.rejected} rejected "
          f"in {took:.1f} s wall, {cpu:.1f} s CPU ({report.imported / took:,.0f} applications/s)  target < {TARGET_S:.0f} s: "
          f"{'PASS' if took < TARGET_S else 'FAIL'}")
    print(f"re-import of the same file: {again.duplicates} duplicates, {again.imported} added in {took_again:.1f} s")
    return 0 if took < TARGET_S and report.imported == args.count else 1


if __name__ == "__main__":
    sys.exit(main())
