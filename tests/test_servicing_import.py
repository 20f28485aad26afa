"""`import repayments`: CSV and JSON Lines matched by contract number; unmatched,
duplicate and bad lines reported; an import run twice changes nothing; order
settlements; backdated lines recompute penalties. SQLite and PostgreSQL."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workstation.servicing import eod, loan_views, loans
from workstation.store.session import Store
from workstation.servicing.reconcile import reconcile
from workstation.servicing.repayment_import import import_repayments
from workstation.store.models_loans import JournalEntry, Loan, RepaymentLine

from tests.servicing_support import actor, open_loan, prepare

TODAY = date(2026, 3, 20)
SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@pytest.fixture
def book(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    off = actor(store, "officer1")
    a = open_loan(store, off, product="CREDIT_FIXED", amount="12000", method="equal-installment",
                  start=date(2026, 1, 31), term_months=3)
    b = open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=date(2026, 2, 1), days=30)
    with store.read() as s:
        nos = [s.get(Loan, a).contract_no, s.get(Loan, b).contract_no]
    yield store, (a, b), nos
    store.close()


def _count(store, model):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_csv_import_twice_changes_nothing(book, tmp_path):
    store, (a, b), (na, nb) = book
    adm = actor(store, "admin")
    f = tmp_path / "pay.csv"
    f.write_text("payment_ref,contract_no,value_date,amount,kind\n"
                 f"P1,{na},2026-02-28,4120.60,repayment\n"
                 f"P2,{nb},2026-02-11,10050.00,order_settlement\n"
                 f"P1,{na},2026-02-28,4120.60,repayment\n"
                 "P3,HT000,2026-02-28,5.00,repayment\n"
                 f"P4,{na},2026-02-30,5.00,repayment\n"
                 f"P5,{na},2026-03-01,-5.00,repayment\n"
                 f"P6,{na},2026-03-01,5.00,order_settlement\n", encoding="utf-8")
    r = import_repayments(store, adm, f, today=TODAY)
    assert (r.read, r.imported, r.duplicates, r.unmatched, r.rejected) == (7, 2, 1, 1, 4)
    assert r.amount_posted == Decimal("14170.60")
    assert any("line 6: value_date" in str(x) for x in r.rejects) and any("line 7: amount" in str(x) for x in r.rejects)
    assert any("line 8: kind" in str(x) for x in r.rejects)
    # the order loan settled on 11 Feb: 10 nights x 5.00 = 50.00 interest, closed
    vb = loan_views.loan_view(store, None, b)
    assert vb.balances.status == "closed"
    entries, lines = _count(store, JournalEntry), _count(store, RepaymentLine)
    again = import_repayments(store, adm, f, today=TODAY)
    assert (again.imported, again.duplicates) == (0, 3)
    assert (_count(store, JournalEntry), _count(store, RepaymentLine)) == (entries, lines)
    assert reconcile(store, None)[1] == []


def test_jsonl_backdated_line_recomputes_penalty(book, tmp_path):
    store, (a, b), (na, nb) = book
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    eod.run_eod(store, sup, date(2026, 3, 4))
    assert loan_views.loan_view(store, None, a).balances.penalty == Decimal("14.78")   # 5 nights x 2.95545
    f = tmp_path / "pay.jsonl"
    f.write_text(json.dumps({"payment_ref": "J1", "contract_no": na, "value_date": "2026-02-28",
                             "amount": "4120.60"}) + "\n" + "{not json\n", encoding="utf-8")
    r = import_repayments(store, off, f, today=TODAY)
    assert (r.imported, r.backdated, r.rejected) == (1, 1, 1)
    v = loan_views.loan_view(store, None, a)
    assert (v.balances.penalty, v.balances.dpd, v.installments[0].status) == (0, 0, "paid")
    assert reconcile(store, None)[1] == []


def test_shipped_samples_parse(book, tmp_path):
    store, _, _ = book
    adm = actor(store, "admin")
    for name in ("repayments_sample.csv", "repayments_sample.jsonl"):
        copy = tmp_path / name            # the rejects file is written beside the input: not into the tree
        copy.write_bytes((SAMPLES / name).read_bytes())
        r = import_repayments(store, adm, copy, today=TODAY)
        assert r.read == 4 and r.rejected == r.unmatched          # parse fine; no such loans here
        assert r.rejects_path == str(copy) + ".rejects.csv"
    assert not list(SAMPLES.glob("*.rejects.csv"))
