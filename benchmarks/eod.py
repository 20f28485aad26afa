"""Benchmark: end of day for 100,000 active loans in SQLite, beside the same SQL
statements replayed in bare sqlite3 (benchmarks/sqlfloor.py). Goal: under 2x.

    python benchmarks/eod.py [--loans 100000] [--db PATH]

Two nights are timed: the first with no engine state cached (every loan replayed from
its disbursement), the second with the state the first night cached.

The book is built in bulk (not timed): loans disbursed over the past 300 days, a mix
of 12-month equal-installment, 6-month equal-principal and 30-day order loans; every
past installment paid on time except for about 8% of loans that stopped paying.
Their history is replayed by the engine and stored as the cash entries plus one
accrual entry per kind and loan for the nights already past (the timed end of day
does not read accrual history, only cash entries and the cached balances).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])    # the repository, not this folder

from benchmarks import sqlfloor  # noqa: E402

from sqlalchemy import insert  # noqa: E402

from workstation.domain import servicing as sv  # noqa: E402
from workstation.domain.money import from_fen  # noqa: E402
from workstation.domain.rates import Rate  # noqa: E402
from workstation.domain.servicing_model import terms_from_schedule  # noqa: E402
from workstation.domain.terms import ApprovedTerms  # noqa: E402
from workstation.servicing import ledger, ledger_write  # noqa: E402
from workstation.domain.actor import Actor  # noqa: E402
from workstation.store.session import Store  # noqa: E402
from workstation.servicing.eod import run_eod  # noqa: E402
from workstation.services.setup import ensure_reference_data  # noqa: E402
from workstation.store.bulk import bulk_insert  # noqa: E402
from workstation.store.models import Application, Merchant, Person, User, UserRole  # noqa: E402

D = date(2026, 6, 30)            # the business date the timed end of day runs for
NOW = datetime(2026, 6, 30, 18, tzinfo=timezone.utc)
KINDS = [("equal-installment", 12, None, 60), ("equal-principal", 6, None, 25), ("bullet", None, 30, 15)]


def build_book(store: Store, n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    ensure_reference_data(store, None)
    with store.tx() as s:
        u = User(username="admin", display_name="admin", password_hash="x", roles=[UserRole(role="admin")])
        s.add(u)
        people = [dict(id=i + 1, name=f"人{i}", id_number=f"X{i:017d}", id_last4=f"{i % 10000:04d}",
                       birth_date=date(1980, 1, 1), sex="M", citizen=True, phone=f"1{i:010d}") for i in range(1000)]
        s.execute(insert(Person), people)
        s.execute(insert(Merchant), [dict(id=i + 1, member_id=f"M{i}", name=f"商户{i}", platform="taobao",
                                          shop_name="s", province="浙江", city="杭州", address="a",
                                          member_since=date(2020, 1, 1), legal_rep_id=i + 1, contact_phone="1",
                                          payment_account="p", bank_name="b", bank_card="6", bank_listed=True,
                                          real_name_verified=True, applicant_is_legal_rep=True)
                                     for i in range(1000)])
    rate = Rate.from_daily_percent("0.05")
    schedules: dict = {}
    contracts = []
    chunk = 5000
    for k0 in range(0, n, chunk):
        apps, loans_, insts, entries = [], [], [], []
        for k in range(k0, min(n, k0 + chunk)):
            lid = k + 1
            method, months, days, _ = rng.choices(KINDS, weights=[x[3] for x in KINDS])[0]
            back = rng.randint(1, 29) if method == "bullet" else rng.randint(1, 300)
            start = D - timedelta(days=back)
            amount = rng.choice([50000, 80000, 120000, 200000]) if method != "bullet" else rng.randint(50, 300) * 100
            key = (method, months, days, start, amount)
            if key not in schedules:
                approved = ApprovedTerms(product_code="ORDER" if method == "bullet" else "CREDIT_FIXED",
                                         amount=from_fen(amount * 100), rate=rate, method=method,
                                         term_months=months, term_days=days, start=start)
                sch = approved.schedule()
                schedules[key] = (sch, terms_from_schedule(sch, penalty_multiplier=Decimal("1.5")), approved)
            sch, terms, approved = schedules[key]
            cno = f"HT{lid:010d}"
            contracts.append(cno)
            apps.append(dict(id=lid, app_no=f"A{lid:010d}", merchant_id=lid % 1000 + 1,
                             product_code="ORDER" if method == "bullet" else "CREDIT_FIXED", amount_requested=amount * 100,
                             term_months=months, term_days=days, purpose="p", status="disbursed", received_at=NOW,
                             status_changed_at=NOW, merchant_name="m", legal_rep_name="r", id_last4="0000",
                             platform="taobao", province="浙江", version=1))
            evs = [sv.Event(1, "disbursement", start, amount * 100, order=1)]
            stop = rng.random() < 0.08
            for i in sch.installments:
                if i.due_date >= D or (stop and rng.random() < 0.5):
                    break
                evs.append(sv.Event(len(evs) + 1, "repayment", i.due_date, int(i.payment * 100), order=len(evs) + 1))
            pos = sv.replay(terms, evs, as_of=D)
            data = ledger.LoanData(lid, cno, "active", 1, terms, D - timedelta(days=1), lid, False)
            plan = ledger.Plan(data, [], pos, (0, 0, 0, 0), D - timedelta(days=1))
            rows = [dict(loan_id=lid, kind=e.kind, value_date=e.value_date, posted_at=NOW, amount=e.amount,
                         principal=s_[0], interest=s_[1], penalty=s_[2], excess=s_[3], source="bench")
                    for e in evs for s_ in [ledger.signed(e.kind, pos.allocations[e.key])]]
            rows.append(dict(loan_id=lid, kind="interest_accrual", value_date=D - timedelta(days=1), posted_at=NOW,
                             amount=0, principal=0, interest=pos.interest_earned, penalty=0, excess=0, source="bench"))
            if pos.penalty_earned:
                rows.append(dict(loan_id=lid, kind="penalty_accrual", value_date=D - timedelta(days=1), posted_at=NOW,
                                 amount=0, principal=0, interest=0, penalty=pos.penalty_earned, excess=0,
                                 source="bench"))
            tot = tuple(sum(r[c] for r in rows) for c in ("principal", "interest", "penalty", "excess"))
            plan.totals = tot
            vals = ledger_write.loan_update(plan, {"关注": 1, "次级": 91, "可疑": 181, "损失": 361}, tot)
            irows = ledger_write.installment_rows(plan)
            vals["inst_sig"] = ledger_write.signature(irows)
            entries += rows
            loans_.append(dict(id=lid, contract_no=cno, application_id=lid, merchant_id=lid % 1000 + 1,
                               product_code=apps[-1]["product_code"], approved_amount=amount * 100, method=method,
                               term_months=months, term_days=days, terms=approved, revolving=False, signed_on=start,
                               sign_channel="online", disbursed_on=start, disbursed_amount=amount * 100,
                               destination_account="p", maturity_date=sch.end, apr_pct=str(sch.apr),
                               frozen_schedule=[[r.period, r.due_date.isoformat(), r.principal, r.interest]
                                                for r in terms.rows], version=1, **vals))
            fz = {r.period: r for r in terms.rows}
            insts += [dict(loan_id=lid, period=r["period"], due_date=fz[r["period"]].due_date,
                           principal=fz[r["period"]].principal, interest=fz[r["period"]].interest,
                           **{k: v for k, v in r.items() if k != "period"}) for r in irows]
        with store.tx() as s:
            bulk_insert(s, "applications", apps)
            bulk_insert(s, "loans", loans_)
            bulk_insert(s, "installments", insts)
            bulk_insert(s, "journal", entries)
        print(f"\r  book: {min(n, k0 + chunk)}/{n} loans", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return contracts


def open_book(n: int, folder: Path, db: Path | None = None):
    """A recorder installed, a store on a fresh SQLite file and a book of ``n`` loans."""
    rec = sqlfloor.Recorder().install()
    path = db or folder / "bench.db"
    store = Store.open(f"sqlite:///{path}")
    t0 = time.perf_counter()
    contracts = build_book(store, n)
    print(f"book of {n:,} loans built in {time.perf_counter() - t0:.1f} s (not timed)")
    return rec, path, store, contracts


def machine() -> str:
    import os
    import platform
    import sqlite3
    cpu = next((ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo", encoding="utf-8")
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return (f"{cpu}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loans", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    folder = Path(tmp.name)
    print(machine())
    rec, path, store, _ = open_book(args.loans, folder, args.db)
    admin = Actor(1, "admin", "admin", frozenset({"admin"}))
    for day, what in ((D, "no engine state cached (the first night)"),
                      (D + timedelta(days=1), "engine state cached by the night before")):
        r, t = sqlfloor.measure(rec, path, lambda day=day: run_eod(store, admin, day), scratch=folder)
        print(f"end of day {day}, {what}: {r.loans:,} loans, {r.entries:,} journal entries")
        print("  " + t.line("end of day", 2))
    t0 = time.perf_counter()
    again = run_eod(store, admin, D + timedelta(days=1))
    print(f"second run for the same date: {'nothing to do' if again.already_done else 'RAN AGAIN'} "
          f"({time.perf_counter() - t0:.2f} s)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
