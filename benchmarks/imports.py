"""Benchmark: import 100,000 applications (each with 24 platform months and declared
financials) from a generated JSON Lines file into a fresh SQLite database, beside a
plain json + sqlite3 load of the same records. Goal: under 1.5x, in one process and
in two (generating the file is not timed).

    python benchmarks/imports.py [--count 100000] [--no-months] [--csv] [--database URL]
                                 [--parallel auto|on|off|both]

The plain load (SQLite only): every line of the file decoded by ``json.loads`` (``csv``
for --csv), plus the very rows the import wrote, inserted again by the same statements
through bare sqlite3 on a copy of the database as it was before
(benchmarks/sqlfloor.py). For two processes its floor is the larger of the two parts
(decoding in one process while the other writes, perfectly overlapped).
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

from benchmarks import sqlfloor  # noqa: E402
from workstation.domain.actor import Actor  # noqa: E402
from workstation.store.session import Store  # noqa: E402
from workstation.intake.imports import import_applications  # noqa: E402
from workstation.intake.imports_samples import csv_text, make_record, write_jsonl  # noqa: E402
from workstation.services.progress import Progress  # noqa: E402
from workstation.services.setup import ensure_reference_data  # noqa: E402
from workstation.store.models import User, UserRole  # noqa: E402

class Dots(Progress):
    def report(self, done, total, label):
        print(f"\r{label}: line {done}/{total}", end="", file=sys.stderr, flush=True)


def decode_time(path: Path, *, csv_file: bool) -> tuple[float, float]:
    """Seconds (wall, CPU) to decode every record of ``path`` with the standard library alone."""
    import csv
    import json
    t0, c0 = time.perf_counter(), time.process_time()
    with path.open(encoding="utf-8", newline="") as f:
        if csv_file:
            for _ in csv.DictReader(f):
                pass
        else:
            loads = json.loads
            for line in f:
                loads(line)
    return time.perf_counter() - t0, time.process_time() - c0


def fresh_store(url: str | None, folder: Path, name: str):
    store = Store.open(url or f"sqlite:///{folder / name}")
    ensure_reference_data(store, None)
    with store.tx() as s:
        u = User(username="bench_officer", display_name="bench", password_hash="-",
                 roles=[UserRole(role="officer")])
        s.add(u)
        s.flush()
        actor = Actor(id=u.id, username=u.username, display_name="bench", roles=frozenset({"officer"}))
    return store, actor


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 - a linear script
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--no-months", action="store_true", help="records without platform months")
    ap.add_argument("--csv", action="store_true", help="a CSV file (never has platform months)")
    ap.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file in a temp folder)")
    ap.add_argument("--parallel", choices=["auto", "on", "off", "both"], default="both",
                    help="check records in a second process (auto: big files on 4+ cores; both: off, then on)")
    args = ap.parse_args(argv)
    as_of = date.today()
    rec = sqlfloor.Recorder().install() if not args.database else None
    ok = True
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
        print(f"file: {args.count} records, {size_mb:.0f} MB, generated in {gen_s:.1f} s; "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        decode, decode_cpu = min(decode_time(path, csv_file=args.csv) for _ in range(2))
        print(f"plain decoding of every record ({'csv' if args.csv else 'json.loads'}): {decode:.2f} s wall, "
              f"{decode_cpu:.2f} s CPU")
        modes = ["off", "on"] if args.parallel == "both" else [args.parallel]
        for n, mode in enumerate(modes):
            store, actor = fresh_store(args.database, folder, f"bench{n}.db")
            parallel = {"auto": None, "on": True, "off": False}[mode]

            def work(store=store, actor=actor, parallel=parallel):
                return import_applications(store, actor, path, progress=Dots(), parallel=parallel)
            if rec is not None:
                report, t = sqlfloor.measure(rec, folder / f"bench{n}.db", work, scratch=folder)
                took, cpu = t.wall, t.cpu
            else:
                t0, c0 = time.perf_counter(), time.process_time()
                report = work()
                took, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(file=sys.stderr)
            t0 = time.perf_counter()
            again = import_applications(store, actor, path, parallel=parallel)
            took_again = time.perf_counter() - t0
            store.close()
            procs = "two processes" if mode == "on" else "one process" if mode == "off" else "parallel=auto"
            print(f"import into {store.describe()} ({procs}): {report.imported} imported, {report.rejected} "
                  f"rejected in {took:.1f} s wall, {cpu:.1f} s CPU ({report.imported / took:,.0f} applications/s)")
            if rec is not None:
                floor = decode + t.floor_wall if mode != "on" else max(decode, t.floor_wall)
                ratio = took / floor
                print(f"  plain json + sqlite3 load of the same records: {floor:.1f} s (decoding {decode:.1f} s, "
                      f"the same {t.statements:,} rows by bare sqlite3 {t.floor_wall:.1f} s"
                      f"{', overlapped' if mode == 'on' else ''}); ratio {ratio:.2f}x "
                      f"(goal < 1.5x: {'met' if ratio < 1.5 else 'NOT met'})")
                if mode != "on":
                    rc = cpu / (decode_cpu + t.floor_cpu)
                    print(f"  in CPU time: {cpu:.1f} s against {decode_cpu + t.floor_cpu:.1f} s (decoding "
                          f"{decode_cpu:.1f} s, sqlite3 {t.floor_cpu:.1f} s): ratio {rc:.2f}x "
                          f"(goal < 1.5x: {'met' if rc < 1.5 else 'NOT met'})")
            print(f"  re-import of the same file: {again.duplicates} duplicates, {again.imported} added in "
                  f"{took_again:.1f} s")
            ok = ok and report.imported == args.count
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
