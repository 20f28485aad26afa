"""Benchmark: the Portfolio dashboard over 1,000,000 loans with 24 months of vintages, and
its drill-downs, on SQLite; each printed beside the bare SQL of its main query.
Targets: the dashboard under 1 s, every drill-down (ids and the first page of rows),
of the whole book and of one officer's, under 100 ms.

    python benchmarks/portfolio.py [--loans 1000000] [--months 24] [--db PATH]

The book is written in bulk (not timed) straight into the tables end of day fills
(portfolio_loans, portfolio_positions) and the minimal loans, applications and
merchants rows the drill-down reads: loans disbursed evenly over 24 months, 3- to
12-month terms, about 9% going overdue at some point (two thirds of them from the
first installment), a third of those curing; loans past maturity closed."""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workstation.portfolio import measures as m, service  # noqa: E402
from workstation.store.session import Store  # noqa: E402
from workstation.services.setup import ensure_reference_data  # noqa: E402
from workstation.store.models_portfolio import OPEN_END  # noqa: E402

AS_OF = date(2026, 11, 30)
OFFICERS = 40


def build(path: Path, n: int, months: int, seed: int = 11) -> None:
    store = Store.open(f"sqlite:///{path}")
    ensure_reference_data(store, None)
    store.close()
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    cur = con.cursor()
    cur.executemany("INSERT INTO users (id, username, display_name, password_hash, active, failed_attempts, "
                    "must_change_password, created_at) VALUES (?,?,?,?,1,0,0,'2024-01-01 00:00:00')",
                    [(i, f"u{i}", f"信贷员{i}", "x") for i in range(1, OFFICERS + 2)])
    cur.execute("INSERT INTO user_roles (user_id, role) VALUES (1, 'admin')")
    cur.executemany("INSERT INTO user_roles (user_id, role) VALUES (?, 'officer')", [(i,) for i in range(2, OFFICERS + 2)])
    cur.executemany("INSERT INTO people (id, name, id_number, id_last4, birth_date, sex, citizen, phone) "
                    "VALUES (?,?,?,?, '1980-01-01', 'M', 1, ?)",
                    [(i, f"人{i}", f"X{i:017d}", f"{i % 10000:04d}", f"1{i:010d}") for i in range(1, 20001)])
    cur.executemany("INSERT INTO merchants (id, member_id, name, platform, shop_name, province, city, address, "
                    "member_since, legal_rep_id, applicant_is_legal_rep, contact_phone, payment_account, "
                    "real_name_verified, bank_name, bank_card, bank_listed) VALUES (?,?,?,?, 's', ?, 'c', 'a', "
                    "'2020-01-01', ?, 1, '1', 'p', 1, 'b', '6', 1)",
                    [(i, f"M{i}", f"商户{i}", "taobao" if i % 3 else "1688", ("浙江", "广东", "江苏", "上海")[i % 4], i)
                     for i in range(1, 20001)])
    first_day = (AS_OF.replace(day=1) - timedelta(days=1)).toordinal() - months * 30
    span = AS_OF.toordinal() - first_day
    chunk = 50_000
    for k0 in range(0, n, chunk):
        apps, loans, pls, pps = [], [], [], []
        for lid in range(k0 + 1, min(n, k0 + chunk) + 1):
            d0 = first_day + (lid * span) // n
            dd = date.fromordinal(d0)
            term = rng.choice((3, 6, 6, 12))
            amount = rng.choice((20000, 50000, 80000, 120000, 200000)) * 100
            merchant, officer = rng.randint(1, 20000), rng.randint(2, OFFICERS + 1)
            grade = rng.choice("ABCDE")
            first_due = d0 + 30
            received = f"{date.fromordinal(d0 - 3).isoformat()} 02:00:00"
            apps.append((lid, f"A{lid:010d}", merchant, "CREDIT_FIXED", amount, term, "p", "disbursed", officer,
                         received, received, "m", "r", "0000", "taobao", "浙江", grade, 1))
            loans.append((lid, f"HT{lid:010d}", lid, merchant, "CREDIT_FIXED", "{}", amount, "equal-installment",
                          term, dd.isoformat(), "online", dd.isoformat(), amount, "active"))
            pls.append((lid, lid, merchant, "CREDIT_FIXED", "taobao" if merchant % 3 else "1688",
                        ("浙江", "广东", "江苏", "上海")[merchant % 4], officer, grade, d0, dd.strftime("%Y-%m"),
                        first_due, amount))
            end = d0 + term * 30
            r = rng.random()
            if r < 0.06:                      # never paid the first installment
                pps += [(lid, d0, first_due + 1, amount, 0, None, "active"),
                        (lid, first_due + 1, OPEN_END, amount, amount // term, first_due, "active")]
            elif r < 0.09:                    # overdue later, a third cure
                late = first_due + 30 * rng.randint(1, max(term - 1, 1))
                paid = amount - amount * (late - d0) // (term * 30)
                if rng.random() < 0.33:
                    pps += [(lid, d0, late + 1, amount, 0, None, "active"),
                            (lid, late + 1, late + 40, paid, paid // 4, late, "active"),
                            (lid, late + 40, end, paid // 2, 0, None, "active"),
                            (lid, end, OPEN_END, 0, 0, None, "closed")]
                else:
                    pps += [(lid, d0, late + 1, amount, 0, None, "active"),
                            (lid, late + 1, OPEN_END, paid, paid // 3, late, "active")]
            else:                             # paid as agreed: principal falls month by month, closed at the end
                pps += [(lid, d0 + 30 * k, d0 + 30 * (k + 1) if k + 1 < term else end, amount * (term - k) // term, 0,
                         None, "active") for k in range(term)]
                pps.append((lid, end, OPEN_END, 0, 0, None, "closed"))
        now = AS_OF.toordinal()         # what end of day has kept by AS_OF: nothing starts later
        pps = [(a, b, OPEN_END if c > now else c, d_, e, f, g) for a, b, c, d_, e, f, g in pps if b <= now]
        cur.executemany("INSERT INTO applications (id, app_no, merchant_id, product_code, amount_requested, "
                        "term_months, purpose, status, officer_id, received_at, status_changed_at, merchant_name, "
                        "legal_rep_name, id_last4, platform, province, grade, version) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", apps)
        cur.executemany("INSERT INTO loans (id, contract_no, application_id, merchant_id, product_code, terms, "
                        "approved_amount, method, term_months, signed_on, sign_channel, disbursed_on, "
                        "disbursed_amount, status, revolving, principal_outstanding, interest_unpaid, penalty_unpaid, "
                        "excess, overdue_principal, overdue_interest, dpd, bucket, tier, version) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0,0,0,0,0,0,'M0','正常',1)", loans)
        cur.executemany("INSERT INTO portfolio_loans VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", pls)
        cur.executemany("INSERT INTO portfolio_positions (loan_id, valid_from_day, valid_to_day, principal_fen, "
                        "overdue_fen, overdue_anchor, status, written_off) VALUES (?,?,?,?,?,?,?,0)",
                        [(a, b, c, d, e, f, g) for a, b, c, d, e, f, g in pps])
        con.commit()
        print(f"\r  book: {min(n, k0 + chunk)}/{n} loans", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    con.execute("ANALYZE")
    con.commit()
    con.close()
    # what end of day keeps: each month end of the 24 months and the day itself (not timed)
    from workstation.portfolio.stats import keep_day
    store = Store.open(f"sqlite:///{path}")
    t0 = time.perf_counter()
    for day in m.month_ends(AS_OF, months + 1):
        with store.tx(None) as s:
            keep_day(s, day, thresholds={"关注": 1, "次级": 91, "可疑": 181, "损失": 361})
        print(f"\r  kept {day}", end="", file=sys.stderr, flush=True)
    print(f"\n  keeping one day takes {(time.perf_counter() - t0) / (months + 1):.1f} s (end of day)", file=sys.stderr)
    store.close()


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    best, out = None, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        t = time.perf_counter() - t0
        best = t if best is None or t < best else best
    return best, out


def bare(store: Store, stmt) -> float:
    """The statement's SQL run on the driver alone (no ORM, no result conversion)."""
    sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
    raw = store.engine.raw_connection()
    try:
        t, _ = timed(lambda: raw.cursor().execute(sql).fetchall())
    finally:
        raw.close()
    return t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--loans", type=int, default=1_000_000)
    ap.add_argument("--months", type=int, default=24)
    ap.add_argument("--db", type=Path, default=None, help="reuse (or build) the book here")
    args = ap.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "portfolio.db"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, args.loans, args.months)
        print(f"book built in {time.perf_counter() - t0:.0f} s: {path}")
    store = Store.open(f"sqlite:///{path}")
    from workstation.domain.actor import Actor
    admin = Actor(1, "u1", "admin", frozenset({"admin"}))
    officer = Actor(2, "u2", "信贷员2", frozenset({"officer"}))
    ok = True
    t, dash = timed(lambda: service.dashboard(store, admin, AS_OF, months=args.months), repeat=2)
    from workstation.store.models_portfolio import PortfolioLoan  # noqa: F401
    head_sql = bare(store, _headline_stmt())
    from workstation.portfolio import stats as st
    from sqlalchemy import func, select
    kept_sql = bare(store, select(st.ST.c.bucket, st.ST.c.tier, func.sum(st.ST.c.loans), func.sum(st.ST.c.principal_fen))
                    .where(st.ST.c.day == AS_OF.toordinal()).group_by(st.ST.c.bucket, st.ST.c.tier))
    print(f"dashboard (admin, {dash.headline['count']:,} loans outstanding, {len(dash.vintages)} vintages): "
          f"{t * 1000:.0f} ms   [bare SQL: the headline over the positions {head_sql * 1000:.0f} ms, "
          f"over what end of day kept {kept_sql * 1000:.1f} ms]")
    ok &= t < 1.0
    t, _ = timed(lambda: service.dashboard(store, officer, AS_OF, months=args.months), repeat=2)
    print(f"dashboard (one officer's book): {t * 1000:.0f} ms")
    ok &= t < 1.0
    for who, actor in (("the whole book", admin), ("one officer's book", officer)):
        for figure, key in (("balance", None), ("overdue", None), ("par", "90"), ("tier", "次级"), ("bucket", "M1"),
                            ("dimension", "province=广东")):
            def drill(figure=figure, key=key, actor=actor):
                ids = service.drill_ids(store, actor, AS_OF, figure, key)
                return ids, service.loan_rows(store, actor, AS_OF, ids[:200])
            t, (ids, rows) = timed(drill)
            with store.read(None) as s:
                stmt = m.drill(s, AS_OF, figure, key, service.scope_clause(actor),
                               thresholds={"关注": 1, "次级": 91, "可疑": 181, "损失": 361})
            b = bare(store, stmt.order_by(m.PP.c.principal_fen.desc(), m.PP.c.id.desc()).limit(service.DRILL_LIMIT))
            print(f"drill-down ({who}) {figure} {key or ''}: {len(ids):,} ids, first {len(rows)} rows: "
                  f"{t * 1000:.0f} ms   [bare SQL: {b * 1000:.0f} ms]")
            ok &= t < 0.1
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


def _headline_stmt():
    from sqlalchemy import func, select
    d = AS_OF.toordinal()
    return (select(func.count(), func.sum(m.PP.c.principal_fen)).select_from(m.PP.join(m.PL, m.PL.c.loan_id == m.PP.c.loan_id))
            .where(m.live(d)))


if __name__ == "__main__":
    sys.exit(main())
