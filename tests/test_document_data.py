"""Document data built from a real database (demo generator + verify-and-decide +
servicing demos), rendered, and checked on the text extracted from the PDFs."""
from __future__ import annotations

import io
import re
import uuid
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pypdf
import pytest
from sqlalchemy import func, select, update

import db_built
from conftest import PG_UNAVAILABLE, PG_URL
from workstation.documents.layout import zh_datetime
from workstation.domain.money import fmt, to_chinese_upper
from workstation.services import auth
from workstation.printing import document_data as dd
from workstation.printing.batch_print import Job, available_jobs, print_document
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.printing.documents import render_pdf
from workstation.store.models import Application, Merchant, User
from workstation.store.models_decide import Decline, SignoffChain
from workstation.store.models_loans import GroupMember, GuaranteeGroup, Installment, Loan

AS_OF = date(2026, 12, 5)


def build_demo(url: str, schema: str | None) -> Store:
    """The document demo on a fresh database: a copy of the one filled first in this session
    for the backend (tests/db_built.py: seven modules use it)."""
    return db_built.copy_of_built("document-demo", url, schema, _fill_demo)


def _fill_demo(store: Store) -> None:
    from workstation.demo.demo import generate
    from workstation.demo.demo_decide import decide_demo
    from workstation.demo.demo_loans import loans_demo
    generate(store, None, applications=300, seed=3, as_of=AS_OF)
    decide_demo(store, None, seed=3, as_of=AS_OF, share=0.5)
    loans_demo(store, None, seed=3, as_of=AS_OF)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request, tmp_path_factory):
    """One demo database per backend for the whole module (building it takes seconds)."""
    if request.param == "sqlite":
        store = build_demo(f"sqlite:///{tmp_path_factory.mktemp('docs') / 'demo.db'}", None)
        yield store
        store.close()
        return
    if PG_UNAVAILABLE:
        pytest.skip(f"PostgreSQL not reachable: {PG_UNAVAILABLE}")
    import psycopg
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    store = build_demo(PG_URL, schema)
    yield store
    store.close()
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
        c.execute(f'DROP SCHEMA "{schema}" CASCADE')


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def text_of(data) -> str:
    texts = pages(render_pdf(data))
    for i, t in enumerate(texts, start=1):
        assert f"第{i}页共{len(texts)}页" in flat(t), f"page {i} lacks its number"
    return flat("".join(texts))


def zh(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def one_loan(store: Store, *conds) -> Loan:
    with store.read() as s:
        loan = s.scalars(select(Loan).where(*conds).order_by(Loan.id)).first()
        assert loan is not None, "the demo has no such loan"
        s.expunge(loan)
        return loan


def app_no(store: Store, app_id: int) -> str:
    with store.read() as s:
        return s.get(Application, app_id).app_no


def monthly_active(store: Store) -> Loan:
    return one_loan(store, Loan.status == "active", Loan.method != "bullet")


# ---------------------------------------------------------------- contract and schedule

def test_contract_from_the_database(demo):
    loan = monthly_active(demo)
    data = dd.contract_data(demo, None, app_no(demo, loan.application_id))
    with demo.read() as s:
        m = s.get(Merchant, loan.merchant_id)
        name, id_no = m.name, m.legal_rep.id_number
        insts = s.scalars(select(Installment).where(Installment.loan_id == loan.id).order_by(Installment.period)).all()
        rows = [(i.period, i.due_date, i.principal, i.interest) for i in insts]
    assert data.contract_no == loan.contract_no and data.amount == loan.approved_amount
    assert [(r.period, r.due_date, r.principal, r.interest) for r in data.schedule] == rows
    assert sum(r.principal for r in data.schedule) == loan.disbursed_amount
    assert data.rate.daily_rate == "0.0600%" if loan.daily_rate == "3/5000" else data.rate.daily_rate.endswith("%")
    assert data.rate.annualised_rate == f"{loan.apr_pct:.2f}%" and "IRR" in data.rate.annualised_basis
    assert data.borrower.legal_rep_id_no == id_no          # in full on the contract
    text = text_of(data)
    for needle in (loan.contract_no, name, id_no, fmt(loan.approved_amount), to_chinese_upper(loan.approved_amount),
                   f"年化利率为{loan.apr_pct:.2f}%", zh(loan.disbursed_on), zh(loan.maturity_date),
                   data.repayment_method, data.penalty_daily_rate):
        assert flat(needle) in text, needle
    for r in data.schedule:
        assert f"{r.period}{r.due_date.isoformat()}{fmt(r.principal)}{fmt(r.interest)}{fmt(r.payment)}" in text


def test_revolving_and_bullet_contracts_disclose_a_simple_annual_rate(demo):
    line = one_loan(demo, Loan.revolving.is_(True))
    data = dd.contract_data(demo, None, app_no(demo, line.application_id))
    daily = Fraction(line.daily_rate)
    assert data.rate.annualised_rate == f"{Decimal(daily.numerator * 36500) / daily.denominator:.2f}%"
    assert "循环额度" in data.rate.annualised_basis and "随借随还" in data.repayment_method
    order = one_loan(demo, Loan.method == "bullet", Loan.revolving.is_(False))
    data = dd.contract_data(demo, None, app_no(demo, order.application_id))
    assert data.rate.annualised_rate == f"{order.apr_pct:.2f}%" and "单利" in data.rate.annualised_basis
    assert data.repayment_method == "到期一次还本付息" and data.term_text == f"{order.term_days}天"


def test_schedule_rows_match_the_installments_to_the_fen(demo):
    loan = monthly_active(demo)
    data = dd.schedule_data(demo, None, loan.contract_no, today=AS_OF)
    with demo.read() as s:
        insts = s.scalars(select(Installment).where(Installment.loan_id == loan.id).order_by(Installment.period)).all()
        want = [(i.period, i.due_date, i.principal_due, i.interest_due) for i in insts]
        statuses = [i.status for i in insts]
    assert [(r.period, r.due_date, r.principal, r.interest) for r in data.rows] == want
    assert data.rows[-1].balance == Decimal("0.00")
    text = text_of(data)
    for r in data.rows:
        assert f"{r.period}{r.due_date.isoformat()}{fmt(r.principal)}{fmt(r.interest)}{fmt(r.payment)}" in text
    assert ("已还" in text) == ("paid" in statuses)
    assert zh(AS_OF) in text and data.rate.annualised_rate in text


def test_signed_contract_reprints_byte_identical(demo):
    loan = monthly_active(demo)
    from workstation.store.models import Application, User
    with demo.read() as s:          # the officer of the case prints it (another's is not theirs)
        owner = s.scalar(select(User.username).join(Application, Application.officer_id == User.id)
                         .where(Application.id == loan.application_id)) or "officer1"
    actor = auth.sign_in(demo, owner, "Officer#2026")
    job = Job("contract", app_no(demo, loan.application_id))
    first, again = print_document(demo, actor, job), print_document(demo, actor, job)
    assert first.pdf == again.pdf and first.file_sha256 == again.file_sha256


# ---------------------------------------------------------------- statement and settlement

def test_statement_balances_agree_with_the_loan(demo):
    loan = monthly_active(demo)
    assert loan.last_eod == AS_OF
    data = dd.statement_data(demo, None, loan.contract_no, period_from=date(2026, 11, 1), period_to=AS_OF, today=AS_OF)
    # closing balances to the last end of day are the loan's cached position
    assert (data.closing_principal, data.closing_interest, data.closing_penalty) == \
           (loan.principal_outstanding, loan.interest_unpaid, loan.penalty_unpaid)
    for part in ("principal", "interest", "penalty"):
        moved = sum((getattr(ln, part) * (-1 if ln.kind_zh in ("还款", "减免", "核销") else 1) for ln in data.lines),
                    Decimal("0.00"))
        assert getattr(data, f"opening_{part}") + moved == getattr(data, f"closing_{part}"), part
    # a statement is as of the end of period_to: the loan's cache after that end of day
    assert loan.position_date == AS_OF + timedelta(days=1)
    assert (data.overdue_days, data.overdue_principal, data.overdue_interest) == \
           (loan.dpd, loan.overdue_principal, loan.overdue_interest)
    text = text_of(data)
    for needle in (loan.contract_no, fmt(data.closing_principal), fmt(data.opening_interest), zh(AS_OF)):
        assert needle in text
    if data.next_due_date:
        assert zh(data.next_due_date) in text and fmt(data.next_due_amount) in text


def test_statement_refuses_bad_periods(demo):
    loan = monthly_active(demo)
    with pytest.raises(DomainError, match="after"):
        dd.statement_data(demo, None, loan.contract_no, period_from=date(2026, 11, 30), period_to=date(2026, 11, 1))
    with pytest.raises(DomainError, match="end of day"):
        dd.statement_data(demo, None, loan.contract_no, period_from=AS_OF, period_to=date(2027, 1, 1))
    with pytest.raises(DomainError, match="no loan with contract number"):
        dd.statement_data(demo, None, "HT-NOPE", period_from=AS_OF, period_to=AS_OF)


def test_settlement_of_a_paid_off_loan_and_refusal_otherwise(demo):
    loan = one_loan(demo, Loan.status == "closed", Loan.revolving.is_(False))
    data = dd.settlement_data(demo, None, loan.contract_no, today=AS_OF)
    assert data.principal_paid == loan.disbursed_amount and data.settled_date == loan.closed_on
    assert data.total_paid == data.principal_paid + data.interest_paid + data.penalty_paid
    text = text_of(data)
    for needle in (loan.contract_no, fmt(data.total_paid), to_chinese_upper(data.total_paid), zh(loan.closed_on)):
        assert flat(needle) in text, needle
    with pytest.raises(DomainError, match="not paid off"):
        dd.settlement_data(demo, None, monthly_active(demo).contract_no)


# ---------------------------------------------------------------- case documents

def test_approval_memo_with_every_signoff(demo):
    with demo.read() as s:
        chain = s.scalars(select(SignoffChain).where(SignoffChain.state == "approved")
                          .order_by(SignoffChain.id)).first()
        app = s.get(Application, chain.application_id)
        signers = [s.get(User, g.signer_id).display_name for g in chain.signoffs]
        number, total = app.app_no, app.score_total
    data = dd.approval_memo_data(demo, None, number, as_of=AS_OF)
    assert data.score_total == total and data.recommendation is not None
    decisions = [x.decision for x in data.signoffs]
    assert "推荐" in decisions and "同意" in decisions
    assert [x.name for x in data.signoffs if x.role == "审批主管"] == signers
    assert all(a.signed_at <= b.signed_at for a, b in zip(data.signoffs, data.signoffs[1:]))
    assert data.merchant.legal_rep_id_no.count("*") == 8    # masked in the file copy
    text = text_of(data)
    for needle in (number, data.grade, str(total), *signers, data.recommendation.rate.annualised_rate,
                   *(c.name for c in data.policy_checks), zh_datetime(data.signoffs[-1].signed_at)):
        assert flat(needle) in text, needle


def test_decline_notice_reasons_and_refusal(demo):
    with demo.tx() as s:     # a case declined before reasons were recorded (migrated history)
        s.execute(update(Application).where(Application.id == select(func.max(Application.id)).where(
            Application.status == "received").scalar_subquery()).values(status="declined"))
    with demo.read() as s:
        row = s.scalars(select(Decline).join(Application, Application.id == Decline.application_id)
                        .where(Application.status == "declined").order_by(Decline.id)).first()
        number = s.get(Application, row.application_id).app_no
        bare = s.scalars(select(Application.app_no).where(Application.status == "declined",
                                                          ~Application.id.in_(select(Decline.application_id)))).first()
        approved = s.scalars(select(Application.app_no).where(Application.status == "approved")).first()
    data = dd.decline_notice_data(demo, None, number)
    assert data.reasons and not any(r.startswith(dd.GENERIC_DECLINE) for r in data.reasons)
    text = text_of(data)
    assert number in text and all(flat(r.rstrip("；。")) in text for r in data.reasons)
    assert dd.decline_notice_data(demo, None, bare).reasons == (dd.GENERIC_DECLINE,)
    with pytest.raises(DomainError, match="not declined"):
        dd.decline_notice_data(demo, None, approved)
    with pytest.raises(DomainError, match="no application numbered"):
        dd.decline_notice_data(demo, None, "NOPE")


def test_guarantee_agreement_names_every_member(demo):
    with demo.read() as s:
        g = s.scalars(select(GuaranteeGroup).order_by(GuaranteeGroup.id)).first()
        n = s.scalar(select(func.count()).select_from(GroupMember).where(GroupMember.group_id == g.id))
        name = g.name
    data = dd.guarantee_data(demo, None, name)
    assert data == dd.guarantee_data(demo, None, data.agreement_no) == dd.guarantee_data(demo, None, str(g.id))
    assert len(data.members) == n >= 3
    total = sum(m.loan_amount for m in data.members)
    assert all(m.liability_amount == total - m.loan_amount for m in data.members)
    text = text_of(data)
    for m in data.members:
        for needle in (m.company, m.legal_rep_id_no, m.contract_no, fmt(m.liability_amount)):
            assert flat(needle) in text, needle
    with pytest.raises(DomainError, match="no joint-guarantee group"):
        dd.guarantee_data(demo, None, "no such group")


def test_available_documents_follow_the_state(demo):
    closed = one_loan(demo, Loan.status == "closed")
    kinds = [j.kind for j in available_jobs(demo, None, contract_no=closed.contract_no, today=AS_OF)]
    assert kinds[:1] == ["approval_memo"] and {"contract", "schedule", "statement", "settlement"} <= set(kinds)
    active = monthly_active(demo)
    jobs = available_jobs(demo, None, application_id=active.application_id, today=AS_OF)
    assert "settlement" not in [j.kind for j in jobs]
    st = next(j for j in jobs if j.kind == "statement")
    assert (st.period_from, st.period_to) == (date(2026, 11, 1), date(2026, 11, 30))
    dd.statement_data(demo, None, st.ref, period_from=st.period_from, period_to=st.period_to)   # printable as offered
