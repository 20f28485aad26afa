"""How fast are the after-the-loan warning rules? Prints figures, asserts nothing.

    python benchmarks/warning_rules.py [--borrowers 100000] [--weeks 52] [--database URL] [--per-borrower]

Builds (once, in a scratch SQLite file unless --database is given) N borrowers with
``--weeks`` weekly snapshots each, 5 % of them deteriorating after their loan, then times

1. a bare SQL scan of the same rows (the DB-API cursor, every column fetched, nothing built);
2. the rules: ``aftercare.evaluation.findings_for`` over every borrower in the chunks end of
   day uses (the rules' figures as SQL aggregates, one row per borrower, then the decisions);
3. with ``--per-borrower``: the same rules on every borrower's snapshots read into Python
   (``load_snapshots`` + ``warning_rules.evaluate``), the way end of day used to do it; the
   findings must be the same.

Target (issue 16): 100,000 borrowers x 52 weekly snapshots in under 30 s.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])

from sqlalchemy import select, text  # noqa: E402

from workstation.aftercare import evaluation  # noqa: E402
from workstation.aftercare.snapshots import load_snapshots  # noqa: E402
from workstation.domain import warning_rules as wr  # noqa: E402
from workstation.store.session import Store  # noqa: E402
from workstation.store.bulk import bulk_insert, raw_table  # noqa: E402

AS_OF = date(2026, 11, 27)


def build(store: Store, n: int, weeks: int) -> list[tuple]:
    """N merchants with their snapshots; returns the borrower rows ``findings_for`` takes."""
    rng = random.Random(16)
    start = AS_OF - timedelta(weeks=weeks - 1)
    rows = []
    with store.tx(None) as s:
        s.execute(text("INSERT INTO people (name, id_number, id_last4, birth_date, sex, citizen, phone) "
                       "VALUES ('基准', '330106198001010000', '0000', '1980-01-01', 'M', true, '13800000000')"))
        person = s.scalar(text("SELECT max(id) FROM people"))
    for k in range(0, n, 2000):
        merchants, snaps = [], []
        for m in range(k + 1, min(n, k + 2000) + 1):
            merchants.append({"id": m, "member_id": f"BM{m:09d}", "name": f"商户{m}", "platform": "taobao",
                              "shop_name": f"店{m}", "province": "浙江", "city": "杭州", "address": "x",
                              "member_since": date(2020, 1, 1), "legal_rep_id": person, "applicant_is_legal_rep": True,
                              "contact_phone": "13800000000", "payment_account": f"{m}@alipay",
                              "real_name_verified": True, "bank_name": "招商银行", "bank_card": "6225880000000000",
                              "bank_listed": True})
            loan_day = AS_OF - timedelta(weeks=rng.randint(6, weeks // 2))
            bad = rng.random() < 0.05
            gmv = rng.randint(20_000, 200_000) * 100
            for w in range(weeks):
                on = start + timedelta(weeks=w)
                g = gmv * rng.randint(90, 110) // 100
                if bad and on > loan_day:
                    g = g * 40 // 100
                snaps.append({"merchant_id": m, "snap_date": on, "logins": 4, "days_since_login": 1,
                              "orders": g // 25_000, "gmv": g, "refunds": g // 1_000_000, "disputes": 0,
                              "ad_spend": g // 25, "traffic": g // 500, "rating_centi": 480, "shop_status": "open",
                              "inflow": g, "outflow": g * 8 // 10, "unrelated_outflow": 0, "source": "bench"})
            rows.append((m, m, m, loan_day, 10_000_000, "备货采购"))
        with store.tx(None) as s:
            bulk_insert(s, "merchants", merchants)
            bulk_insert(s, "monitoring_snapshots", snaps)
        print(f"\rbuilt {min(n, k + 2000):,} borrowers", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return rows


def bare_scan(store: Store) -> tuple[int, float]:
    t0 = time.perf_counter()
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("SELECT merchant_id, snap_date, logins, days_since_login, orders, gmv, refunds, disputes, "
                    "ad_spend, traffic, rating_centi, shop_status, inflow, outflow, unrelated_outflow "
                    "FROM monitoring_snapshots ORDER BY merchant_id, snap_date")
        n = 0
        while batch := cur.fetchmany(10_000):
            n += len(batch)
    finally:
        raw.close()
    return n, time.perf_counter() - t0


def rules(store: Store, borrowers: list[tuple]) -> tuple[list, float]:
    t0 = time.perf_counter()
    rule_set = wr.default_rules()
    found = []
    with store.read(None) as s:
        for k in range(0, len(borrowers), evaluation.CHUNK):
            found += [(r[0], f) for r, f in evaluation.findings_for(s, borrowers[k:k + evaluation.CHUNK], rule_set,
                                                                     as_of=AS_OF)]
    return found, time.perf_counter() - t0


def per_borrower(store: Store, borrowers: list[tuple]) -> tuple[list, float]:
    t0 = time.perf_counter()
    rule_set = wr.default_rules()
    found = []
    with store.read(None) as s:
        for k in range(0, len(borrowers), evaluation.CHUNK):
            chunk = borrowers[k:k + evaluation.CHUNK]
            since = max(AS_OF - timedelta(days=evaluation.HISTORY_DAYS), min(r[3] for r in chunk) - timedelta(weeks=13))
            snaps = load_snapshots(s, [r[0] for r in chunk], since=since)
            for r in chunk:
                b = wr.Borrower(disbursed_on=r[3], disbursed_fen=r[4], for_business=wr.is_business_purpose(r[5]))
                found += [(r[0], f) for f in wr.evaluate(rule_set, snaps.get(r[0], []), b)]
    return found, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--borrowers", type=int, default=100_000)
    ap.add_argument("--weeks", type=int, default=52)
    ap.add_argument("--database", help="an empty database URL (default: a scratch SQLite file)")
    ap.add_argument("--per-borrower", action="store_true", help="also time the rules on snapshots read into Python")
    args = ap.parse_args()
    url = args.database or f"sqlite:///{Path(tempfile.mkdtemp()) / 'warnings-bench.db'}"
    store = Store.open(url)
    t0 = time.perf_counter()
    borrowers = build(store, args.borrowers, args.weeks)
    print(f"set-up: {args.borrowers:,} borrowers x {args.weeks} snapshots in {time.perf_counter() - t0:.1f} s "
          f"({store.describe()})")
    n, scan = bare_scan(store)
    print(f"bare SQL scan      : {n:>10,} rows in {scan:6.2f} s")
    found, took = rules(store, borrowers)
    print(f"rules (8, all on)  : {len(borrowers):>10,} borrowers in {took:6.2f} s -> {len(found):,} findings "
          f"({took / scan:.2f}x the bare scan; target < 30 s)")
    if args.per_borrower:
        old, slow = per_borrower(store, borrowers)
        same = sorted(map(repr, old)) == sorted(map(repr, found))
        print(f"rules per borrower : {len(borrowers):>10,} borrowers in {slow:6.2f} s -> {len(old):,} findings "
              f"({slow / scan:.2f}x the bare scan; {slow / took:.1f}x the SQL figures; same findings: {same})")
    with store.read(None) as s:
        assert s.scalar(select(raw_table("monitoring_snapshots").c.id).limit(1)) is not None
    store.close()


if __name__ == "__main__":
    main()
