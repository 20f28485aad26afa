"""Benchmark: Decimal-exact schedules against numpy-financial's float amortisation.

    python benchmarks/schedules.py [--short 10000] [--long 1000] [--seed 2]

For the same random equal-installment loans (1,000.00 .. 1,000,000.00, 3% .. 24% a
year) it times ``build_schedule`` (exact, rounded to the fen at every named point,
APR by IRR included) and numpy-financial's ``pmt``/``ipmt``/``ppmt`` per loan (and,
for reference, vectorised over all loans at once), prints both rates and their
ratio, and the largest difference in fen between the two schedules (payment,
interest, principal, balance per installment). Prints figures; asserts nothing.
Target from issue 2: at least 20,000 twelve-month schedules a second.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np                      # noqa: E402
import numpy_financial as npf           # noqa: E402

from workstation.domain.dates import monthly_due_dates          # noqa: E402
from workstation.domain.rates import Rate                       # noqa: E402
from workstation.domain.schedules import Method, build_schedule  # noqa: E402

FEN = Decimal("0.01")


def make_loans(count: int, *, seed: int) -> list[tuple[Decimal, Decimal, date]]:
    rng = random.Random(seed)
    base = date(2026, 1, 1)
    return [(Decimal(rng.randint(100_000, 100_000_000)) / 100,       # amount, yuan
             Decimal(rng.randint(300, 2400)) / 100,                    # annual percent
             base + timedelta(days=rng.randint(0, 365)))               # start
            for _ in range(count)]


def time_decimal(loans, term: int) -> tuple[float, float, list]:
    rates = [Rate.from_annual_percent(pct) for _, pct, _ in loans]   # parsed once, like a product
    # Each run starts with a cold due-date cache; loans in the run that share a
    # disbursement day share their due dates, as in a real batch.
    monthly_due_dates.cache_clear()
    t0, c0 = time.perf_counter(), time.process_time()
    out = [build_schedule(amount=a, rate=r, method=Method.EQUAL_INSTALLMENT, start=s,
                          term_months=term) for (a, _, s), r in zip(loans, rates)]
    return time.perf_counter() - t0, time.process_time() - c0, out


def time_numpy_per_loan(loans, term: int) -> tuple[float, float, list]:
    per = np.arange(1, term + 1)
    floats = [(float(a), float(pct) / 1200) for a, pct, _ in loans]
    t0, c0 = time.perf_counter(), time.process_time()
    out = []
    for a, r in floats:
        pmt = npf.pmt(r, term, -a)
        ip = npf.ipmt(r, per, term, -a)
        pp = npf.ppmt(r, per, term, -a)
        out.append((pmt, ip, pp, a - np.cumsum(pp)))
    return time.perf_counter() - t0, time.process_time() - c0, out


def time_numpy_vectorised(loans, term: int) -> float:
    a = np.array([float(x) for x, _, _ in loans])[:, None]
    r = np.array([float(p) / 1200 for _, p, _ in loans])[:, None]
    per = np.arange(1, term + 1)[None, :]
    t0 = time.perf_counter()
    npf.pmt(r, term, -a)
    npf.ipmt(r, per, term, -a)
    pp = npf.ppmt(r, per, term, -a)
    a - np.cumsum(pp, axis=1)
    return time.perf_counter() - t0


def fen_diff(exact: Decimal, approx: float) -> Decimal:
    return abs(exact - Decimal(approx)) / FEN     # Decimal(float) is an exact conversion


def largest_differences(schedules, floats) -> dict[str, tuple[Decimal, str]]:
    worst = {k: (Decimal(0), "") for k in ("payment", "interest", "principal", "balance")}
    for s, (pmt, ip, pp, bal) in zip(schedules, floats):
        where = f"{s.amount:,.2f} at {s.rate.text()} (period {{}})"
        for k, inst in enumerate(s.installments):
            for key, value in (("payment", pmt), ("interest", ip[k]), ("principal", pp[k]),
                               ("balance", bal[k])):
                exact = getattr(inst, key)
                d = fen_diff(exact, float(value))
                if d > worst[key][0]:
                    worst[key] = (d, where.format(inst.period))
    return worst


def best_of(repeat: int, fn, *args):
    """Fastest of ``repeat`` runs (the least disturbed by other work on the machine)."""
    runs = [fn(*args) for _ in range(max(1, repeat))]
    return min(runs, key=lambda r: r[0] if isinstance(r, tuple) else r)


def run(count: int, term: int, *, seed: int, repeat: int) -> None:
    loans = make_loans(count, seed=seed)
    build_schedule(amount=Decimal("1000"), rate=Rate.zero(), method="equal-installment",
                   start=date(2026, 1, 1), term_months=term)             # warm-up
    t_dec, c_dec, schedules = best_of(repeat, time_decimal, loans, term)
    t_np, c_np, floats = best_of(repeat, time_numpy_per_loan, loans, term)
    t_vec = best_of(repeat, time_numpy_vectorised, loans, term)
    dec_rate, np_rate, vec_rate = count / t_dec, count / t_np, count / t_vec
    print(f"\n{count:,} loans of {term} months, equal installments (best of {repeat} runs)")
    print(f"  Decimal exact (build_schedule, APR included): {dec_rate:>12,.0f} schedules/s"
          f"  ({t_dec * 1e6 / count:,.1f} us each; {count / c_dec:,.0f}/s of CPU time)")
    print(f"  numpy-financial per loan (pmt/ipmt/ppmt):     {np_rate:>12,.0f} schedules/s"
          f"  ({t_np * 1e6 / count:,.1f} us each; {count / c_np:,.0f}/s of CPU time)")
    print(f"  numpy-financial vectorised, all loans at once:{vec_rate:>12,.0f} schedules/s")
    print(f"  ratio Decimal / numpy per loan: {dec_rate / np_rate:.2f}x;"
          f"  Decimal / numpy vectorised: {dec_rate / vec_rate:.3f}x")
    print("  largest difference, exact-to-the-fen vs float (unrounded):")
    for key, (d, where) in largest_differences(schedules, floats).items():
        print(f"    {key:<9} {d:>10.4f} fen   {where}")
    if term == 12:
        verdict = "met" if dec_rate >= 20_000 else "NOT met"
        print(f"  target 20,000 twelve-month schedules/s (wall clock): {verdict}")
        if os.getloadavg()[0] > (os.cpu_count() or 1) * 0.75:
            print(f"  note: machine busy (load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs);"
                  " wall-clock figures are pessimistic, see the CPU-time figures")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", type=int, default=10_000, help="12-month loans")
    parser.add_argument("--long", type=int, default=1_000, help="360-month loans")
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the best counts")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}, "
          f"numpy-financial {npf.__version__}")
    run(args.short, 12, seed=args.seed, repeat=args.repeat)
    run(args.long, 360, seed=args.seed + 1, repeat=args.repeat)


if __name__ == "__main__":
    main()
