"""Statements and the repayment-schedule document agree with the ledger (issue 10, points
1, 2, 3, 7 and 11): loans opened and serviced through the real services, documents built
from the database, rendered, and read back from the PDF with pypdf."""
from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

import pypdf
import pytest
from sqlalchemy import select

from workstation.documents.render import render
from workstation.domain.money import fmt
from workstation.printing import batch_print as bp, document_data as dd
from workstation.servicing import credit_lines, eod, loan_views, loans
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.services.progress import NullProgress
from workstation.store.models_loans import Installment, Loan

from tests.servicing_support import actor, open_loan, prepare

D = date
T = D(2026, 12, 31)      # "today" for postings
EI = dict(product="CREDIT_FIXED", amount="12000", method="equal-installment", start=D(2026, 1, 31),
          term_months=3)


@pytest.fixture
def desk(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    from workstation.printing.lender import mark_demo
    mark_demo(store, None)           # sample lender details: statements print marked 样本
    yield store
    store.close()


def people(store):
    return actor(store, "officer1"), actor(store, "supervisor1")


def pdf_text(data) -> str:
    pdf = render(data)
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def contract_of(store: Store, lid: int) -> str:
    with store.read() as s:
        return s.get(Loan, lid).contract_no


def ledger_balances(store: Store, lid: int):
    with store.read() as s:
        loan = s.get(Loan, lid)
        return (loan.principal_outstanding, loan.interest_unpaid, loan.penalty_unpaid, loan.excess,
                loan.overdue_principal, loan.overdue_interest, loan.dpd)


# ---------------------------------------------------------------- point 1: the period's last day

def test_installment_due_on_the_last_day_is_overdue_on_the_statement(desk):
    off, sup = people(desk)
    lid = open_loan(desk, off, **EI)
    eod.run_eod(desk, sup, D(2026, 2, 28))
    st = dd.statement_data(desk, None, contract_of(desk, lid), period_from=D(2026, 2, 1), period_to=D(2026, 2, 28),
                           today=D(2026, 3, 1))
    p, i, n, x, op, oi, dpd = ledger_balances(desk, lid)
    # the 28 Feb installment (3,940.60 + 180.00) ended unpaid: overdue at the end of 28 Feb
    assert (st.overdue_principal, st.overdue_interest) == (Decimal("3940.60"), Decimal("180.00"))
    assert (st.overdue_principal, st.overdue_interest, st.overdue_days) == (op, oi, dpd)
    assert (st.closing_principal, st.closing_interest, st.closing_penalty) == (p, i, n)
    assert st.next_due_date == D(2026, 3, 31) and st.next_due_amount == Decimal("4120.60")
    text = pdf_text(st)
    assert f"逾期本金¥{fmt(Decimal('3940.60'))}" in text and "逾期利息¥180.00" in text
    assert "2026年3月31日" in text and fmt(Decimal("4120.60")) in text


def test_paid_on_the_last_day_is_not_overdue(desk):
    off, sup = people(desk)
    lid = open_loan(desk, off, **EI)
    loans.post_repayment(desk, off, lid, amount=Decimal("4120.60"), value_date=D(2026, 2, 28), today=T)
    eod.run_eod(desk, sup, D(2026, 2, 28))
    st = dd.statement_data(desk, None, contract_of(desk, lid), period_from=D(2026, 2, 1), period_to=D(2026, 2, 28))
    assert st.overdue_principal == 0 and st.overdue_days == 0
    assert st.next_due_date == D(2026, 3, 31) and st.next_due_amount == Decimal("4120.60")


# ---------------------------------------------------------------- point 2: order loans and lines

def test_order_loan_due_at_maturity_is_the_contract_figure_with_accrued_beside(desk):
    off, sup = people(desk)
    lid = open_loan(desk, off, product="ORDER", amount="189466.67", method="bullet", start=D(2026, 3, 1), days=30)
    eod.run_eod(desk, sup, D(2026, 3, 29))
    with desk.read() as s:
        frozen = s.get(Loan, lid).frozen_schedule
    contract_interest = Decimal(frozen[0][3]) / 100
    assert contract_interest == Decimal("2842.00")
    no = contract_of(desk, lid)
    st = dd.statement_data(desk, None, no, period_from=D(2026, 3, 1), period_to=D(2026, 3, 29))
    accrued = st.closing_interest
    assert accrued == Decimal("2747.27")           # 29 nights of 94.733335
    assert st.next_due_date == D(2026, 3, 31) and st.next_due_amount == Decimal("189466.67") + contract_interest
    assert st.accrued_interest == accrued
    text = pdf_text(st)
    assert fmt(Decimal("192308.67")) in text and fmt(accrued) in text
    sd = dd.schedule_data(desk, None, no, today=D(2026, 3, 30))
    assert [(r.principal, r.interest, r.payment) for r in sd.rows] == [
        (Decimal("189466.67"), contract_interest, Decimal("192308.67"))]
    assert sd.interest_accrued == accrued
    text = pdf_text(sd)
    assert f"2026-03-31{fmt(Decimal('189466.67'))}{fmt(contract_interest)}{fmt(Decimal('192308.67'))}" in text
    assert fmt(accrued) in text


def test_order_loan_part_paid_due_at_maturity_follows_the_ledger(desk):
    off, sup = people(desk)
    lid = open_loan(desk, off, product="ORDER", amount="100000", method="bullet", start=D(2026, 3, 1), days=30)
    loans.post_repayment(desk, off, lid, amount=Decimal("50500"), value_date=D(2026, 3, 11), today=T)
    eod.run_eod(desk, sup, D(2026, 3, 20))
    no = contract_of(desk, lid)
    st = dd.statement_data(desk, None, no, period_from=D(2026, 3, 1), period_to=D(2026, 3, 20))
    q = loan_views.payoff_quote(desk, None, lid, on=D(2026, 3, 31))
    # 10 nights on 100,000 (500.00, paid on 11 Mar) then 20 nights on 50,000 (500.00)
    assert st.next_due_amount == q.total == Decimal("50500.00")
    sd = dd.schedule_data(desk, None, no, today=D(2026, 3, 21))
    assert [(r.principal, r.interest, r.paid) for r in sd.rows] == [
        (Decimal("100000.00"), Decimal("1000.00"), Decimal("50500.00"))]
    assert sd.principal_outstanding == Decimal("50000.00")


def test_revolving_line_due_at_expiry_for_what_is_drawn(desk):
    off, sup = people(desk)
    lid = open_loan(desk, off, product="CREDIT_REVOLVING", amount="100000", method="bullet",
                    start=D(2026, 1, 1), term_months=6, daily_rate="0.0006", draw="50000")
    credit_lines.draw(desk, off, lid, amount=Decimal("20000"), on=D(2026, 1, 11), today=T)
    eod.run_eod(desk, sup, D(2026, 1, 31))
    no = contract_of(desk, lid)
    st = dd.statement_data(desk, None, no, period_from=D(2026, 1, 1), period_to=D(2026, 1, 31))
    q = loan_views.payoff_quote(desk, None, lid, on=D(2026, 7, 1))
    # 10 nights on 50,000 (300.00) + 171 nights on 70,000 (7,182.00) to the expiry
    assert st.next_due_date == D(2026, 7, 1) and st.next_due_amount == q.total == Decimal("77482.00")
    assert st.accrued_interest == st.closing_interest == Decimal("1182.00")     # 300.00 + 21 nights x 42.00
    sd = dd.schedule_data(desk, None, no, today=D(2026, 2, 1))
    assert sum(r.principal for r in sd.rows) == Decimal("70000.00")
    assert sd.rows[-1].interest == Decimal("7482.00") and sd.interest_accrued == Decimal("1182.00")


# ---------------------------------------------------------------- point 3: schedule after prepayment

def test_schedule_document_after_a_prepayment_matches_the_ledger(desk):
    off, sup = people(desk)
    lid = open_loan(desk, off, product="CREDIT_FIXED", amount="107000.53", method="equal-installment",
                    start=D(2026, 1, 15), term_months=12)
    with desk.read() as s:
        first = s.scalars(select(Installment).where(Installment.loan_id == lid).order_by(Installment.period)).first()
        pay1 = first.principal + first.interest
    loans.post_repayment(desk, off, lid, amount=pay1, value_date=D(2026, 2, 15), today=T)
    r = loans.post_repayment(desk, off, lid, amount=pay1 + Decimal("20000"), value_date=D(2026, 3, 10), today=T)
    with desk.read() as s:
        march = s.scalars(select(Installment).where(Installment.loan_id == lid, Installment.period == 2)).one()
        prepaid = r.principal - march.principal       # the engine's split: what went beyond March
    eod.run_eod(desk, sup, D(2026, 4, 20))      # the April installment (15 Apr) is overdue
    no = contract_of(desk, lid)
    sd = dd.schedule_data(desk, None, no, today=D(2026, 4, 21))
    p, *_ = ledger_balances(desk, lid)
    assert sum(r.principal for r in sd.rows) == Decimal("107000.53")
    assert sd.principal_outstanding == p
    assert sd.rows[-1].balance == 0
    statuses = {r.due_date: r.status for r in sd.rows if not r.label}
    # paid on 10 Mar, five days before its due date: interest only to that day, so the
    # March installment keeps the interest of the remaining balance for the days left,
    # which fell overdue unpaid (docs/servicing.md, "money paid before a due date")
    assert statuses[D(2026, 2, 15)] == "已还" and statuses[D(2026, 3, 15)] == "逾期"
    march = next(r for r in sd.rows if r.due_date == D(2026, 3, 15))
    left = march.payment - march.paid
    # by hand: 23 nights of 0.05% on the opening 98,795.73 were paid (1,136.15); the period
    # charges the remaining 70,122.07 x 1.5% (1,051.83) plus the 28,673.66 repaid x 0.05% x 23
    # (329.75): 1,381.58 in all, 245.43 of it still owed on 15 March
    assert march.balance == Decimal("70122.07") and march.interest == Decimal("1381.58")
    assert left == Decimal("245.43")
    assert statuses[D(2026, 4, 15)] == "逾期" and statuses[D(2026, 5, 15)] == "当期"
    assert statuses[D(2026, 6, 15)] == "未到期"
    assert "已提前还" in statuses.values()
    pre = [r for r in sd.rows if r.label]
    assert [(r.due_date, r.principal, r.paid) for r in pre] == [
        (D(2026, 3, 10), prepaid, prepaid)]
    assert prepaid > Decimal("19000")
    paid = {r.due_date: r.paid for r in sd.rows if not r.label}
    assert paid[D(2026, 2, 15)] == pay1 and paid[D(2026, 4, 15)] == 0
    text = pdf_text(sd)
    assert f"{fmt(p)}" in text and "提前还款" in text and "逾期" in text
    assert f"合计{fmt(Decimal('107000.53'))}" in text
    for r in sd.rows:
        assert f"{r.due_date.isoformat()}{fmt(r.principal)}{fmt(r.interest)}{fmt(r.payment)}{fmt(r.paid)}" in text


# ---------------------------------------------------------------- point 7: an excess to refund

def test_excess_to_refund_is_on_the_statement(desk):
    off, sup = people(desk)
    lid = open_loan(desk, off, **EI)
    q = loan_views.payoff_quote(desk, None, lid, on=D(2026, 2, 10))
    loans.post_repayment(desk, off, lid, amount=q.total + Decimal("123.45"), value_date=D(2026, 2, 10), today=T)
    eod.run_eod(desk, sup, D(2026, 2, 28))
    st = dd.statement_data(desk, None, contract_of(desk, lid), period_from=D(2026, 2, 1), period_to=D(2026, 2, 28))
    assert st.opening_excess == 0 and st.closing_excess == Decimal("123.45")
    assert ledger_balances(desk, lid)[3] == Decimal("123.45")
    assert sum(ln.excess for ln in st.lines) == Decimal("123.45")
    pay = [ln for ln in st.lines if ln.kind_zh == "还款"][0]
    assert pay.principal + pay.interest + pay.penalty + pay.excess == pay.amount
    text = pdf_text(st)
    assert "溢缴款" in text and "123.45" in text


# ---------------------------------------------------------------- point 11: a month not yet ended

def test_batch_for_a_month_not_yet_ended_prints_as_of_the_last_end_of_day(desk, tmp_path):
    off, sup = people(desk)
    a = open_loan(desk, off, **EI)
    b = open_loan(desk, off, product="ORDER", amount="10000", method="bullet", start=D(2026, 3, 2), days=30)
    eod.run_eod(desk, sup, D(2026, 3, 17))
    late = open_loan(desk, off, **{**EI, "start": D(2026, 3, 18)})      # disbursed after the last end of day
    jobs = bp.statement_jobs(desk, None, "2026-03")
    assert sorted(j.ref for j in jobs) == sorted(contract_of(desk, x) for x in (a, b))
    result = bp.print_batch(desk, off, jobs, out_dir=tmp_path, merge=False, progress=NullProgress(), workers=1)
    assert result.failed == [] and len(result.printed) == 2
    for job, issued, path in result.printed:
        st = dd.statement_data(desk, None, job.ref, period_from=job.period_from, period_to=job.period_to,
                               through_eod=job.through_eod)
        assert st.period_to == D(2026, 3, 17) and "2026年3月17日日终" in st.note
        text = re.sub(r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
        assert "2026年3月17日日终" in text and "至2026年3月17日" in text
    assert contract_of(desk, late) not in {j.ref for j in jobs}
    with pytest.raises(DomainError, match="2026-04"):
        bp.statement_jobs(desk, None, "2026-04")
