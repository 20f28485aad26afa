"""Issue 13, item 6: imports, end of day and desk postings run together without a
deadlock, a unique-key traceback or a stopped job, and the books they leave equal the
books of the same work done one job after the other.

Five processes start together on one database: the repayment file A, a different file B
(its lines in the opposite loan order), file A a second time, end of day in small
transactions and an officer posting at the desk. The same work is then done serially on
a copy of the starting book. PostgreSQL (skipped with the reason when the server does not
answer) and SQLite (two processes and more: busy timeout, IMMEDIATE writes)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workstation.services import audit
from workstation.servicing import eod, ledger, reconcile
from workstation.store.session import Store
from workstation.store.models_loans import Loan, RepaymentLine

from tests.conftest import PG_UNAVAILABLE
from tests.servicing_support import actor, open_loan, prepare

ROOT = Path(__file__).resolve().parents[1]
JOBS = ROOT / "tests" / "concurrency_jobs.py"
LOANS = 12
CHUNK = 1
EOD_DATE = date(2026, 2, 20)


def _pg_schema() -> str:
    import psycopg
    schema = "c_" + uuid.uuid4().hex[:12]
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    return schema


def _drop(schema: str) -> None:
    import psycopg
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
        c.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _book(url: str, schema: str | None) -> tuple[list[int], list[str]]:
    """The starting book: LOANS loans disbursed in January, end of day through Feb 10."""
    store = prepare(Store.open(url, schema=schema))
    off = actor(store, "officer1")
    ids = []
    for k in range(LOANS):
        start = date(2026, 1, 5) + timedelta(days=k % 4)
        if k % 4 == 3:
            ids.append(open_loan(store, off, product="ORDER", amount=f"{8000 + k * 100}", method="bullet",
                                 start=start, days=30))
        else:
            ids.append(open_loan(store, off, product="CREDIT_FIXED", amount=f"{60000 + k * 1000}",
                                 method=["equal-installment", "equal-principal", "interest-only"][k % 3],
                                 start=start, term_months=6))
    eod.run_eod(store, actor(store, "supervisor1"), date(2026, 2, 10))
    with store.read() as s:
        nos = [s.get(Loan, i).contract_no for i in ids]
    store.close()
    return ids, nos


def _files(tmp: Path, nos: list[str]) -> tuple[Path, Path]:
    head = "payment_ref,contract_no,value_date,amount,kind\n"
    a = tmp / "a.csv"
    a.write_text(head + "".join(f"A{k:03d},{no},2026-02-06,{300 + k}.00,repayment\n"
                                for k, no in enumerate(nos)), encoding="utf-8")
    b = tmp / "b.csv"
    b.write_text(head + "".join(f"B{k:03d},{no},2026-02-12,{200 + k}.50,repayment\n"
                                for k, no in reversed(list(enumerate(nos)))), encoding="utf-8")
    return a, b


def _jobs(a: Path, b: Path, ids: list[int]) -> list[list[str]]:
    desk = ",".join(str(i) for i in ids[::-1])
    return [["import", str(a), str(CHUNK)], ["import", str(b), str(CHUNK)], ["import", str(a), str(CHUNK)],
            ["eod", EOD_DATE.isoformat(), "2"], ["desk", "2026-02-16", desk, "123.45"]]


def _run_together(url: str, schema: str | None, jobs: list[list[str]], go: Path) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    procs = [subprocess.Popen([sys.executable, str(JOBS), url, schema or "-", str(go), *job], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for job in jobs]
    time.sleep(1.5)                       # every child has opened the store and waits
    go.touch()
    out = []
    try:
        for p, job in zip(procs, jobs):
            stdout, stderr = p.communicate(timeout=120)
            assert p.returncode == 0, f"{job[0]} stopped (exit {p.returncode}):\n{stderr[-3000:]}"
            assert "Traceback" not in stderr, stderr[-3000:]
            result = [ln for ln in stdout.splitlines() if ln.startswith("RESULT ")]
            assert result, stdout
            out.append({"job": job[0], "waited": [ln for ln in stdout.splitlines() if ln.startswith("WAITING")],
                        **json.loads(result[0][7:])})
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    return out


def _run_serially(url: str, schema: str | None, jobs: list[list[str]]) -> list[dict]:
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import concurrency_jobs as cj
    finally:
        sys.path.pop(0)
    store = Store.open(url, schema=schema)
    try:
        return [{"job": job[0], **cj.run(store, job[0], job[1:])} for job in jobs]
    finally:
        store.close()


def _books(url: str, schema: str | None) -> dict:
    """What must not depend on the order the jobs ran in, keyed by contract number."""
    store = Store.open(url, schema=schema)
    try:
        with store.read() as s:
            cache = {r[0]: tuple(r[1:]) for r in s.execute(
                select(Loan.contract_no, Loan.principal_outstanding, Loan.interest_unpaid, Loan.penalty_unpaid,
                       Loan.excess, Loan.overdue_principal, Loan.dpd, Loan.status, Loan.last_eod))}
            j = ledger.journal_table()
            lt = Loan.__table__
            totals = {r[0]: tuple(r[1:]) for r in s.execute(
                select(lt.c.contract_no, func.sum(j.c.amount), func.sum(j.c.principal), func.sum(j.c.interest),
                       func.sum(j.c.penalty), func.sum(j.c.excess)).join(j, j.c.loan_id == lt.c.id)
                .group_by(lt.c.contract_no))}
            per_night = defaultdict(int)       # accruals in force, night by night
            nos = dict(s.execute(select(Loan.id, Loan.contract_no)).tuples().all())
            for lid, entries in ledger.load_entries(s, list(nos)).items():
                for e in ledger.active(entries):
                    if e.kind in ledger.ACCRUALS:
                        per_night[(nos[lid], e.kind, e.value_date)] += e.interest + e.penalty
            refs = sorted(s.scalars(select(RepaymentLine.payment_ref)))
        checked, mismatches = reconcile.reconcile(store, None)
        v = audit.verify(store, None)
    finally:
        store.close()
    assert checked == LOANS and not mismatches, [str(m) for m in mismatches[:5]]
    assert v.ok, v.problem
    return {"cache": cache, "totals": totals, "nights": dict(per_night), "refs": refs}


def _scenario(tmp: Path, make_db) -> None:
    base_url, base_schema = make_db()
    ids, nos = _book(base_url, base_schema)
    a, b = _files(tmp, nos)
    jobs = _jobs(a, b, ids)
    serial_url, serial_schema = make_db()
    _book(serial_url, serial_schema)
    t0 = time.monotonic()
    together = _run_together(base_url, base_schema, jobs, tmp / "go")
    seconds = time.monotonic() - t0
    serial = _run_serially(serial_url, serial_schema, jobs)
    imports = [r for r in together if r["job"] == "import"]
    assert sum(r["imported"] for r in imports) == 2 * LOANS          # file A once, file B once
    assert sorted(r["imported"] + r["duplicates"] for r in imports) == [LOANS] * 3
    assert all(r["rejected"] == 0 and r["held"] == 0 for r in imports)
    assert [r for r in serial if r["job"] == "import"][2]["duplicates"] == LOANS
    got, want = _books(base_url, base_schema), _books(serial_url, serial_schema)
    assert got["refs"] == want["refs"] and len(got["refs"]) == 2 * LOANS
    assert got["cache"] == want["cache"]
    assert got["totals"] == want["totals"]
    assert got["nights"] == want["nights"]
    assert all(c[-1] == EOD_DATE for c in got["cache"].values())
    assert seconds < 60
    return together


def test_jobs_together_on_postgresql_equal_a_serial_run(tmp_path):
    if PG_UNAVAILABLE:
        pytest.skip(f"PostgreSQL not reachable: {PG_UNAVAILABLE}")
    from tests.conftest import PG_URL
    schemas = []

    def make_db():
        schemas.append(_pg_schema())
        return PG_URL, schemas[-1]
    try:
        _scenario(tmp_path, make_db)
    finally:
        for sch in schemas:
            _drop(sch)


def test_jobs_together_on_sqlite_equal_a_serial_run(tmp_path):
    n = iter(range(10))

    def make_db():
        return f"sqlite:///{tmp_path / f'db{next(n)}.sqlite'}", None
    _scenario(tmp_path, make_db)
