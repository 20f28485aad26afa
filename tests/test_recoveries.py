"""Recoveries after write-off (servicing.recoveries): money received on a written-off loan
at the desk and in the repayment file is posted to the recoveries journal, audited, listed
on the statement and the loan screen, and counted by the portfolio as of any date.

The book, by hand: a 10,000.00 bullet ORDER loan of 1 January 2026 (30 days, 0.05% a
day), written off on 10 February. Then 3,000.00 at the desk on 5 March, 2,500.00 in the
repayment file on 10 April, 500.00 at the desk on 20 April reversed the same day.
Recovered: 0 through 4 March, 3,000.00 through 31 March, 5,500.00 through 30 April."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from workstation.domain.errors import DomainError
from workstation.portfolio import service
from workstation.printing import document_data as dd
from workstation.servicing import eod, loans, recoveries
from workstation.servicing.repayment_import import import_repayments
from workstation.store.models_audit import AuditEntry
from workstation.store.models_loans import JournalEntry, Loan
from workstation.store.session import Store

from tests.servicing_support import actor, open_loan, prepare

D = date
T = D(2026, 6, 30)


@pytest.fixture
def desk(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    yield store
    store.close()


def _written_off_loan(store):
    off, sup = actor(store, "officer1"), actor(store, "supervisor1")
    b = open_loan(store, off, product="ORDER", amount="10000", method="bullet", start=D(2026, 1, 1), days=30)
    eod.run_eod(store, sup, D(2026, 2, 9))
    loans.write_off(store, sup, b, value_date=D(2026, 2, 10), reason="核销", today=T)
    return off, sup, b


def _journal_count(store, loan_id):
    with store.read(None) as s:
        return s.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.loan_id == loan_id))


def test_recoveries_at_the_desk_and_in_the_file_as_of_any_date(desk, tmp_path):
    off, sup, b = _written_off_loan(desk)
    before = _journal_count(desk, b)
    got = loans.post_repayment(desk, off, b, amount=Decimal("3000"), value_date=D(2026, 3, 5), today=T)
    assert got.recovery == Decimal("3000.00") and got.status == "written_off"
    assert _journal_count(desk, b) == before                      # the loan's own journal stays closed
    with pytest.raises(DomainError) as e:                          # before the write-off: not a recovery
        loans.post_repayment(desk, off, b, amount=Decimal("10"), value_date=D(2026, 2, 1), today=T)
    assert e.value.code == "recovery_before_write_off"
    with pytest.raises(DomainError) as e:                          # more than was written off
        loans.post_repayment(desk, off, b, amount=Decimal("1000000"), value_date=D(2026, 3, 6), today=T)
    assert e.value.code == "recovery_exceeds_written_off"
    # the repayment file: the line goes to the recoveries journal; a second import is a duplicate
    with desk.read(None) as s:
        contract = s.scalar(select(Loan.contract_no).where(Loan.id == b))
    f = tmp_path / "pay.csv"
    f.write_text(f"payment_ref,contract_no,value_date,amount\nR-1,{contract},2026-04-10,2500.00\n", encoding="utf-8")
    rep = import_repayments(desk, off, f, today=T)
    assert (rep.imported, rep.rejected, rep.amount_posted) == (1, 0, Decimal("2500.00"))
    again = import_repayments(desk, off, f, today=T)
    assert (again.imported, again.duplicates) == (0, 1)
    wrong = loans.post_repayment(desk, off, b, amount=Decimal("500"), value_date=D(2026, 4, 20), today=T)
    state = recoveries.loan_recoveries(desk, off, b)
    mistaken = next(r for r in state.lines if r.amount == Decimal("500.00"))
    with pytest.raises(Exception):                                 # officers do not reverse
        recoveries.reverse_recovery(desk, off, b, mistaken.id, reason="错账")
    recoveries.reverse_recovery(desk, sup, b, mistaken.id, reason="错账")
    assert wrong.recovery == Decimal("500.00")
    # the loan screen's figures: written off = principal 10,000 + 30 days' interest 150.00
    # + penalty 1.5 x 0.05% x 10,000 = 7.50 a night on the nights 31 January .. 9 February (10)
    state = recoveries.loan_recoveries(desk, off, b)
    assert state.written_off == Decimal("10225.00")
    assert state.recovered == Decimal("5500.00")
    assert state.memo_balance == Decimal("4725.00")
    assert [(r.amount, r.source, r.reversed) for r in state.lines] == [
        (Decimal("3000.00"), "desk", False), (Decimal("2500.00"), "import", False),
        (Decimal("500.00"), "desk", True), (Decimal("-500.00"), "desk", True)]
    # the portfolio as of any date: (principal written off, recovered) in fen
    admin = actor(desk, "admin")
    assert service.dashboard(desk, admin, D(2026, 3, 4)).recoveries == (1000000, 0)
    assert service.dashboard(desk, admin, D(2026, 3, 31)).recoveries == (1000000, 300000)
    assert service.dashboard(desk, admin, D(2026, 4, 30)).recoveries == (1000000, 550000)
    # audited: three postings, one reversal
    with desk.read(None) as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("loan.recovery%"))
                                 .order_by(AuditEntry.id)))
    assert actions == ["loan.recovery"] * 3 + ["loan.recovery_reverse"]
    # the statement of April lists the recovery (cash only: nothing owed moves)
    st = dd.statement_data(desk, off, contract, period_from=D(2026, 4, 1), period_to=D(2026, 4, 30), today=T)
    lines = [(x.kind_zh, x.amount, x.principal) for x in st.lines]
    assert lines == [("核销后收回", Decimal("2500.00"), Decimal("0.00"))]
    assert st.closing_principal == Decimal("0.00")


def test_a_recovery_needs_a_written_off_loan(desk):
    off = actor(desk, "officer1")
    a = open_loan(desk, off, product="ORDER", amount="5000", method="bullet", start=D(2026, 1, 1), days=30)
    with pytest.raises(DomainError) as e:
        recoveries.post_recovery(desk, off, a, amount=Decimal("100"), value_date=D(2026, 1, 5), today=T)
    assert e.value.code == "loan_not_open"


def test_a_file_line_beyond_the_write_off_is_rejected_with_its_reason(desk, tmp_path):
    off, _sup, b = _written_off_loan(desk)
    with desk.read(None) as s:
        contract = s.scalar(select(Loan.contract_no).where(Loan.id == b))
    f = tmp_path / "pay.csv"
    f.write_text("payment_ref,contract_no,value_date,amount\n"
                 f"R-1,{contract},2026-03-01,20000.00\nR-2,{contract},2026-02-01,10.00\n", encoding="utf-8")
    rep = import_repayments(desk, off, f, today=T)
    assert (rep.imported, rep.rejected) == (0, 2)
    assert [(r.code, r.field) for r in rep.rejects] == [("recovery_exceeds_written_off", "amount"),
                                                        ("recovery_before_write_off", "value_date")]
    assert "10,225.00" in rep.rejects[0].reason
    assert recoveries.loan_recoveries(desk, off, b).recovered == Decimal("0.00")
