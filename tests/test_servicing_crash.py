"""End of day killed part way (a separate process, SIGKILL after it reports having
committed some loans), restarted, gives exactly the result of an uninterrupted run."""
from __future__ import annotations

import os
import shutil
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from workstation.servicing import eod, loans
from workstation.store.session import Store
from workstation.store.models_loans import EodRun, Installment, JournalEntry, Loan

from tests.servicing_support import actor, open_loan, prepare, kill_when_paused

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 4, 20)
CHILD = """
import sys
from datetime import date
from workstation.store.session import Store
from workstation.servicing.eod import run_eod
store = Store.open(sys.argv[1])
run_eod(store, None, date.fromisoformat(sys.argv[2]), loans_per_tx=4)
print("EOD-FINISHED", flush=True)
"""


def _book(path: Path) -> None:
    store = prepare(Store.open(f"sqlite:///{path}"))
    off = actor(store, "officer1")
    for k in range(24):
        start = date(2026, 1, 1 + k)
        if k % 3 == 0:
            lid = open_loan(store, off, product="ORDER", amount=f"{5000 + k * 100}", method="bullet",
                            start=start, days=30)
        else:
            lid = open_loan(store, off, product="CREDIT_FIXED", amount=f"{60000 + k * 1000}",
                            method=["equal-installment", "equal-principal"][k % 2], start=start, term_months=6)
        if k % 4 == 1:
            loans.post_repayment(store, off, lid, amount=Decimal("3000"), value_date=date(2026, 2, 20),
                                 today=AS_OF)
    store.close()


def _snapshot(path: Path):
    store = Store.open(f"sqlite:///{path}")
    with store.read() as s:
        journal = s.execute(select(JournalEntry.loan_id, JournalEntry.kind, JournalEntry.value_date,
                                   JournalEntry.principal, JournalEntry.interest, JournalEntry.penalty,
                                   JournalEntry.excess, JournalEntry.reverses_id)
                            .order_by(JournalEntry.loan_id, JournalEntry.value_date, JournalEntry.kind)).all()
        cache = s.execute(select(Loan.id, Loan.principal_outstanding, Loan.interest_unpaid, Loan.penalty_unpaid,
                                 Loan.overdue_principal, Loan.dpd, Loan.bucket, Loan.tier, Loan.last_eod,
                                 Loan.status).order_by(Loan.id)).all()
        inst = s.execute(select(Installment.loan_id, Installment.period, Installment.status,
                                Installment.days_overdue, Installment.principal_paid, Installment.interest_due)
                         .order_by(Installment.loan_id, Installment.period)).all()
        runs = s.execute(select(EodRun.run_date, EodRun.status)).all()
    store.close()
    return journal, cache, inst, runs


def test_eod_killed_and_restarted_equals_uninterrupted(tmp_path):
    base = tmp_path / "base.db"
    _book(base)
    clean, crashed = tmp_path / "clean.db", tmp_path / "crashed.db"
    shutil.copy(base, clean)
    shutil.copy(base, crashed)
    store = Store.open(f"sqlite:///{clean}")
    eod.run_eod(store, None, AS_OF, loans_per_tx=4)
    store.close()

    env = {**os.environ, eod.PAUSE_ENV: "8", "PYTHONPATH": str(ROOT)}
    kill_when_paused([sys.executable, "-c", CHILD, f"sqlite:///{crashed}", AS_OF.isoformat()],
                     env=env, marker="EOD-PAUSED", cwd=ROOT)
    half = _snapshot(crashed)
    done_loans = [c for c in half[1] if c.last_eod == AS_OF]
    assert 8 <= len(done_loans) < 24                    # killed part way, whole loans only
    assert ("running",) == tuple({r.status for r in half[3]})
    for c in half[1]:                                    # every loan before or after the day
        assert c.last_eod == AS_OF or c.last_eod < date(2026, 2, 1)

    store = Store.open(f"sqlite:///{crashed}")
    eod.run_eod(store, None, AS_OF, loans_per_tx=4)
    again = eod.run_eod(store, None, AS_OF)
    store.close()
    assert again.already_done
    assert _snapshot(crashed) == _snapshot(clean)
