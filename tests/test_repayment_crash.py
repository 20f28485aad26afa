"""The repayment file killed part way (SIGKILL in a separate process after it reports
having committed some chunks) and run again ends exactly where one uninterrupted run
ends: same lines posted, held and refused, same loans, same ledger (issue 10, point 8)."""
from __future__ import annotations

import os
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from workstation.servicing import eod, ledger, repayment_import
from workstation.store.session import Store
from workstation.store.models import Application, Setting
from workstation.store.models_loans import Installment, Loan, RepaymentLine
from workstation.store.models_repayments import HeldRepayment

from tests.servicing_support import actor, open_loan, prepare, kill_when_paused

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 4, 20)
CHUNK = 4
CHILD = """
import sys
from datetime import date
from pathlib import Path
from workstation.store.session import Store
from workstation.servicing.repayment_import import import_repayments
from tests.servicing_support import actor
store = Store.open(sys.argv[1])
import_repayments(store, actor(store, "admin"), Path(sys.argv[2]), today=date.fromisoformat(sys.argv[3]),
                  chunk=int(sys.argv[4]))
print("REPAYMENTS-FINISHED", flush=True)
"""


def _book(path: Path) -> list[str]:
    store = prepare(Store.open(f"sqlite:///{path}"))
    off = actor(store, "officer1")
    ids = []
    for k in range(6):
        start = date(2026, 1, 5 + k)
        if k % 3 == 0:
            ids.append(open_loan(store, off, product="ORDER", amount=f"{5000 + k * 100}", method="bullet",
                                 start=start, days=30))
        else:
            ids.append(open_loan(store, off, product="CREDIT_FIXED", amount=f"{60000 + k * 1000}",
                                 method=["equal-installment", "equal-principal"][k % 2], start=start,
                                 term_months=6))
    eod.run_eod(store, actor(store, "supervisor1"), date(2026, 3, 10))
    with store.tx() as s:        # lines a little above the payoff settle a loan: later ones are refused
        s.merge(Setting(key="repayments.hold_tolerance", value="400.00"))
    with store.read() as s:
        nos = [s.get(Loan, i).contract_no for i in ids]
    store.close()
    return nos


def _file(path: Path, nos: list[str]) -> None:
    rows, n = [], 0
    amounts = ["3000.00", "12000.00", "7.77", "250000.00", "900.00", "30000.00", "5200.00", "15.00"]
    for k in range(40):                      # dates out of order: backdated lines among them
        no = nos[(k * 5) % len(nos)]
        day = date(2026, 2, 1) + timedelta(days=(k * 17) % 70)
        rows.append(f"R{k:03d},{no},{day},{amounts[k % len(amounts)]},repayment,")
        n += 1
        if k % 9 == 4:
            rows.append(f"R{k:03d},{no},{day},1.00,repayment,repeated reference")
        if k % 11 == 3:
            rows.append(f"X{k:03d},{no},{day},1e3,repayment,bad amount")
    path.write_text("payment_ref,contract_no,value_date,amount,kind,note\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")


def _snapshot(path: Path):
    store = Store.open(f"sqlite:///{path}")
    with store.read() as s:
        loan_ids = list(s.scalars(select(Loan.id).order_by(Loan.id)))
        entries = ledger.load_entries(s, loan_ids)
        journal = {lid: sorted((e.kind, e.value_date, e.amount, e.principal, e.interest, e.penalty, e.excess,
                                e.reference or "") for e in ledger.active(es)) for lid, es in entries.items()}
        cache = s.execute(select(Loan.id, Loan.principal_outstanding, Loan.interest_unpaid, Loan.penalty_unpaid,
                                 Loan.overdue_principal, Loan.excess, Loan.dpd, Loan.tier, Loan.last_eod,
                                 Loan.status, Loan.closed_on).order_by(Loan.id)).all()
        inst = s.execute(select(Installment.loan_id, Installment.period, Installment.status,
                                Installment.principal_paid, Installment.interest_due)
                         .order_by(Installment.loan_id, Installment.period)).all()
        posted = sorted(s.execute(select(RepaymentLine.payment_ref, RepaymentLine.loan_id, RepaymentLine.amount,
                                         RepaymentLine.value_date, RepaymentLine.line_no)).all())
        held = sorted(s.execute(select(HeldRepayment.payment_ref, HeldRepayment.amount, HeldRepayment.payoff,
                                       HeldRepayment.status, HeldRepayment.line_no)).all())
        apps = s.execute(select(Application.id, Application.status).order_by(Application.id)).all()
    store.close()
    return journal, cache, inst, posted, held, apps


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("repay_crash")
    base = tmp / "base.db"
    nos = _book(base)
    pay = tmp / "pay.csv"
    _file(pay, nos)
    clean = tmp / "clean.db"
    shutil.copy(base, clean)
    store = Store.open(f"sqlite:///{clean}")
    r = repayment_import.import_repayments(store, actor(store, "admin"), pay, today=TODAY)   # one chunk
    store.close()
    assert r.imported and r.held and r.rejected          # the file exercises every outcome
    assert any(x.code == "loan_closed" and "earlier line" in x.reason for x in r.rejects)
    return tmp, base, pay, _snapshot(clean), r


@pytest.mark.parametrize("after", [1, 4, 7])
def test_killed_and_rerun_equals_uninterrupted(prepared, after):
    tmp, base, pay, want, clean_report = prepared
    crashed = tmp / f"crashed{after}.db"
    shutil.copy(base, crashed)
    env = {**os.environ, repayment_import.PAUSE_ENV: str(after), "PYTHONPATH": str(ROOT)}
    kill_when_paused([sys.executable, "-c", CHILD, f"sqlite:///{crashed}", str(pay), TODAY.isoformat(), str(CHUNK)],
                     env=env, marker="REPAYMENTS-PAUSED", cwd=ROOT)
    half = _snapshot(crashed)
    assert 0 < len(half[3]) + len(half[4]) < len(want[3]) + len(want[4])    # killed part way
    store = Store.open(f"sqlite:///{crashed}")
    interrupted = repayment_import.interrupted_batches(store, None)
    assert len(interrupted) == 1 and interrupted[0].file_name == "pay.csv"
    r = repayment_import.import_repayments(store, actor(store, "admin"), pay, today=TODAY, chunk=CHUNK)
    store.close()
    assert r.resumed == [interrupted[0].id]
    got = _snapshot(crashed)
    for part, name in zip(range(6), ("journal", "loans", "installments", "posted", "held", "applications")):
        assert got[part] == want[part], name
    assert r.rejected == clean_report.rejected                 # the same lines refused again


def test_the_cheap_payoff_bound_decides_as_the_engine_does(prepared, monkeypatch):
    """The shortcuts (amount within the cached principal, principal left) never change a decision."""
    tmp, base, pay, want, _ = prepared
    slow = tmp / "slow.db"
    shutil.copy(base, slow)
    monkeypatch.setattr(repayment_import._LoanState, "surely_within_payoff", lambda self, day, fen: False)
    monkeypatch.setattr(repayment_import._LoanState, "surely_open", lambda self: False)
    store = Store.open(f"sqlite:///{slow}")
    repayment_import.import_repayments(store, actor(store, "admin"), pay, today=TODAY)
    store.close()
    assert _snapshot(slow) == want
