"""Benchmark: Decimal-exact schedules against numpy-financial vectorised over arrays of loans.

    python benchmarks/schedules.py [--short 100000] [--long 10000] [--seed 2] [--repeat 3]

For the same random equal-installment loans (1,000.00 .. 1,000,000.00, 3% .. 24% a
year) it times

* ``build_schedule`` one loan after another (exact Decimal, rounded to the fen at every
  named point, due dates, the annualised rate by IRR included), each schedule dropped
  once built (only a running total is kept, so memory stays flat);
* numpy-financial's ``pmt``/``ipmt``/``ppmt`` and the balances over arrays of all loans
  at once (loans x periods, float64, no rounding, no dates, no APR), in chunks of
  ``--chunk`` loans so the arrays stay bounded too;

and prints both rates, their ratio (how many times faster the float arrays are), the
largest difference in fen between the two (checked chunk by chunk, nothing kept) and the
peak RSS. Prints figures; asserts nothing. Target from issue 2: at least 20,000
twelve-month schedules a second.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])    # the repository, not this folder

import numpy as np                      # noqa: E402
import numpy_financial as npf           # noqa: E402

from workstation.domain.dates import monthly_due_dates          # noqa: E402
from workstation.domain.rates import Rate                       # noqa: E402
from workstation.domain.schedules import Method, build_schedule  # noqa: E402


def loans(count: int, *, seed: int):
    """(amount in yuan, annual percent, start) for ``count`` random loans, generated lazily."""
    rng = random.Random(seed)
    base = date(2026, 1, 1)
    for _ in range(count):
        yield (Decimal(rng.randint(100_000, 100_000_000)) / 100, Decimal(rng.randint(300, 2400)) / 100,
               base + timedelta(days=rng.randint(0, 365)))


def chunks(count: int, size: int, *, seed: int):
    it = loans(count, seed=seed)
    while True:
        part = [x for _, x in zip(range(size), it)]
        if not part:
            return
        yield part


def time_decimal(count: int, term: int, *, seed: int, chunk: int) -> tuple[float, float, int]:
    """Wall and CPU seconds for ``count`` exact schedules (parsing the rates excluded, as a
    product parses its rate once); the schedules are dropped as they are built."""
    monthly_due_dates.cache_clear()
    wall = cpu = 0.0
    fen = 0
    for part in chunks(count, chunk, seed=seed):
        rates = [Rate.from_annual_percent(p) for _, p, _ in part]
        t0, c0 = time.perf_counter(), time.process_time()
        for (a, _, s), r in zip(part, rates):
            sch = build_schedule(amount=a, rate=r, method=Method.EQUAL_INSTALLMENT, start=s, term_months=term)
            fen += int(sch.installments[-1].interest * 100)      # use the result, then drop it
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
    return wall, cpu, fen


def _arrays(part, term: int):
    a = np.array([float(x) for x, _, _ in part])[:, None]
    r = np.array([float(p) / 1200 for _, p, _ in part])[:, None]
    per = np.arange(1, term + 1)[None, :]
    return a, r, per


def _vectorised(a, r, per, term: int):
    pmt = npf.pmt(r, term, -a)
    ip = npf.ipmt(r, per, term, -a)
    pp = npf.ppmt(r, per, term, -a)
    bal = a - np.cumsum(pp, axis=1)
    return pmt, ip, pp, bal


def time_numpy(count: int, term: int, *, seed: int, chunk: int) -> tuple[float, float]:
    """Wall and CPU seconds for the same loans as float arrays (building the arrays excluded)."""
    wall = cpu = 0.0
    for part in chunks(count, chunk, seed=seed):
        a, r, per = _arrays(part, term)
        t0, c0 = time.perf_counter(), time.process_time()
        _vectorised(a, r, per, term)
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
    return wall, cpu


def largest_differences(count: int, term: int, *, seed: int, chunk: int) -> dict[str, tuple[float, str]]:
    """The largest gap in fen, exact vs float, per figure: checked chunk by chunk."""
    worst = {k: (0.0, "") for k in ("payment", "interest", "principal", "balance")}
    for part in chunks(count, chunk, seed=seed):
        a, r, per = _arrays(part, term)
        pmt, ip, pp, bal = _vectorised(a, r, per, term)
        exact = np.zeros((len(part), term, 4))
        for n, (amt, pct, s) in enumerate(part):
            sch = build_schedule(amount=amt, rate=Rate.from_annual_percent(pct), method=Method.EQUAL_INSTALLMENT,
                                 start=s, term_months=term)
            exact[n] = [[float(i.payment), float(i.interest), float(i.principal), float(i.balance)]
                        for i in sch.installments]
        approx = np.stack([np.broadcast_to(pmt, ip.shape), ip, pp, bal], axis=2)
        gap = np.abs(exact - approx) * 100
        for k, key in enumerate(worst):
            idx = np.unravel_index(np.argmax(gap[:, :, k]), gap[:, :, k].shape)
            if gap[idx + (k,)] > worst[key][0]:
                amt, pct, _ = part[idx[0]]
                worst[key] = (float(gap[idx + (k,)]), f"{amt:,.2f} at {pct}% a year (period {idx[1] + 1})")
    return worst


def best_of(repeat: int, fn, *args, **kw):
    """Fastest of ``repeat`` runs (the least disturbed by other work on the machine)."""
    return min((fn(*args, **kw) for _ in range(max(1, repeat))), key=lambda r: r[0])


def run(count: int, term: int, *, seed: int, repeat: int, chunk: int) -> None:
    build_schedule(amount=Decimal("1000"), rate=Rate.zero(), method="equal-installment",
                   start=date(2026, 1, 1), term_months=term)             # warm-up
    t_dec, c_dec, _ = best_of(repeat, time_decimal, count, term, seed=seed, chunk=chunk)
    t_np, c_np = best_of(repeat, time_numpy, count, term, seed=seed, chunk=chunk)
    print(f"\n{count:,} loans of {term} months, equal installments (best of {repeat} runs)")
    print(f"  Decimal exact, one loan after another (APR, dates, fen rounding): {count / t_dec:>12,.0f} schedules/s"
          f"  ({t_dec * 1e6 / count:,.1f} us each wall, {c_dec * 1e6 / count:,.1f} us CPU)")
    print(f"  numpy-financial vectorised over arrays of {min(chunk, count):,} loans (float):"
          f"  {count / t_np:>12,.0f} schedules/s  ({t_np * 1e6 / count:,.2f} us each wall,"
          f" {c_np * 1e6 / count:,.2f} us CPU)")
    print(f"  ratio: the float arrays are {t_dec / t_np:,.0f}x faster wall ({c_dec / c_np:,.0f}x CPU); "
          "they round nothing, date nothing and compute no APR")
    print("  largest difference, exact-to-the-fen vs float (unrounded):")
    for key, (d, where) in largest_differences(count, term, seed=seed, chunk=min(chunk, 1000)).items():
        print(f"    {key:<9} {d:>10.4f} fen   {where}")
    if term == 12:
        print(f"  target 20,000 twelve-month exact schedules/s: {count / t_dec:,.0f} wall "
              f"({'met' if count / t_dec >= 20_000 else 'NOT met'}), {count / c_dec:,.0f} of CPU time "
              f"({'met' if count / c_dec >= 20_000 else 'NOT met'}; the wall figure counts other work on the machine)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", type=int, default=100_000, help="12-month loans")
    parser.add_argument("--long", type=int, default=10_000, help="360-month loans")
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the best counts")
    parser.add_argument("--chunk", type=int, default=10_000, help="loans per array")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}, numpy-financial {npf.__version__}; "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    run(args.short, 12, seed=args.seed, repeat=args.repeat, chunk=args.chunk)
    run(args.long, 360, seed=args.seed + 1, repeat=args.repeat, chunk=args.chunk)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {peak:,.0f} MB")


if __name__ == "__main__":
    main()
