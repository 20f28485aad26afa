"""Issue 10, point 6: after a partial disbursement the contract states the contracted
amount and its appendix agrees with it; each disbursement has its loan receipt 借款借据
(read back from the PDF and compared with the ledger); the settlement certificate
follows the amount paid out."""
import io
import re
from datetime import date, timedelta
from decimal import Decimal

import pypdf
import pytest

from tests import servicing_support as ss
from workstation.printing import batch_print as bp, document_data as dd, documents
from workstation.servicing import loans
from workstation.servicing.loan_views import loan_view, payoff_quote
from workstation.store.models import Application
from workstation.store.models_loans import Loan

START = date(2026, 3, 31)


@pytest.fixture
def env(db_url):
    store = ss.prepare(ss.Store.open(db_url[0], schema=db_url[1]))
    from workstation.printing.lender import mark_demo
    mark_demo(store, None)           # sample lender details: documents print marked 样本
    yield store, ss.actor(store, "officer1")
    store.close()


def text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def _app_no(store, loan_id):
    with store.read() as s:
        loan = s.get(Loan, loan_id)
        return s.get(Application, loan.application_id).app_no, loan.contract_no


def _partial(store, officer, **kw):
    return ss.open_loan(store, officer, product="CREDIT_FIXED", amount="448000.00", draw="224000.00",
                        method="equal-installment", start=START, term_months=6, **kw)


def test_the_contract_states_the_contracted_amount_and_its_appendix_agrees(env):
    store, officer = env
    app_no, _ = _app_no(store, _partial(store, officer))
    c = dd.contract_data(store, None, app_no)
    assert c.amount == Decimal("448000.00")
    assert sum(r.principal for r in c.schedule) == c.amount        # was 224,000.00
    assert c.schedule[-1].balance == 0 and c.schedule[0].balance == c.amount - c.schedule[0].principal
    t = text(documents.render_pdf(c))
    appendix = t[t.index("附件：还款计划表"):]
    assert "借款金额：¥448,000.00" in appendix
    total = re.search(r"合计([\d,]+\.\d\d)", appendix).group(1)
    assert total == "448,000.00"
    assert "借款借据" in appendix      # the appendix says where the amounts paid out are


def test_the_receipt_carries_the_disbursement_and_its_own_schedule_as_in_the_ledger(env):
    store, officer = env
    loan_id = _partial(store, officer)
    _, contract_no = _app_no(store, loan_id)
    [no] = dd.receipt_numbers(store, None, contract_no)
    assert no == f"JJ-{contract_no}-01"
    r = dd.receipt_data(store, None, no)
    view = loan_view(store, None, loan_id)
    assert (r.amount, r.contract_amount, r.disbursed_total, r.value_date) == (
        Decimal("224000.00"), Decimal("448000.00"), Decimal("224000.00"), START)
    assert [(x.due_date, x.principal, x.interest) for x in r.schedule] == [
        (i.due_date, i.principal, i.interest) for i in view.installments]
    assert r.account == "************0000"        # printed with the last four only
    t = text(documents.render_pdf(r))
    for s in (f"借据编号：{no}", contract_no, "本次放款金额¥224,000.00", "人民币贰拾贰万肆仟元整",
              "合同金额¥448,000.00", "放款日期2026年3月31日", "************0000", "未放款金额¥224,000.00",
              "借款期限6个月（2026年3月31日至2026年9月30日）", "日利率0.0500%"):
        assert s in t, s
    rows = re.findall(r"(\d)(\d{4}-\d\d-\d\d)([\d,]+\.\d\d)([\d,]+\.\d\d)([\d,]+\.\d\d)([\d,]+\.\d\d)", t)
    assert [(d, p, i) for _, d, p, i, _, _ in rows] == [
        (x.due_date.isoformat(), f"{x.principal:,.2f}", f"{x.interest:,.2f}") for x in view.installments]
    assert re.search(r"合计([\d,]+\.\d\d)", t).group(1) == "224,000.00"


def test_the_receipt_prints_through_the_pipeline_and_verifies(env):
    store, officer = env
    loan_id = _partial(store, officer)
    app_no, contract_no = _app_no(store, loan_id)
    jobs = bp.available_jobs(store, None, contract_no=contract_no, today=START)
    [job] = [j for j in jobs if j.kind == "receipt"]
    issued = bp.print_document(store, officer, job)
    assert issued.kind == "receipt" and issued.document_no == f"JJ-{contract_no}-01"
    assert documents.verify_document(store, issued.pdf).message.startswith("GENUINE: 借款借据")
    assert [d["name"] for d in documents.documents_for(store, None, loan_ref=contract_no)] == ["借款借据"]


def test_the_settlement_certificate_follows_the_amount_paid_out(env):
    store, officer = env
    loan_id = ss.open_loan(store, officer, product="ORDER", amount="448000.00", draw="224000.00",
                           method="bullet", start=START, days=30)
    on = START + timedelta(days=10)
    q = payoff_quote(store, None, loan_id, on=on)
    loans.post_repayment(store, officer, loan_id, amount=q.total, value_date=on, today=on)
    _, contract_no = _app_no(store, loan_id)
    c = dd.settlement_data(store, None, contract_no, today=on)
    assert c.loan_amount == Decimal("224000.00") and c.principal_paid == Decimal("224000.00")
    t = text(documents.render_pdf(c))
    assert "借款金额人民币贰拾贰万肆仟元整（¥224,000.00）" in t


def test_every_draw_on_a_revolving_line_has_its_receipt(env):
    from workstation.servicing import credit_lines
    store, officer = env
    loan_id = ss.open_loan(store, officer, product="CREDIT_REVOLVING", amount="100000.00", method="bullet",
                           start=START, term_months=6, daily_rate="0.0006", draw="50000.00")
    on = START + timedelta(days=5)
    credit_lines.draw(store, officer, loan_id, amount=Decimal("20000.00"), on=on, today=on)
    _, contract_no = _app_no(store, loan_id)
    nos = dd.receipt_numbers(store, None, contract_no)
    assert nos == [f"JJ-{contract_no}-01", f"JJ-{contract_no}-02"]
    r = dd.receipt_data(store, None, nos[1])
    assert (r.amount, r.value_date, r.contract_amount, r.revolving) == (
        Decimal("20000.00"), on, Decimal("100000.00"), True)
    [row] = r.schedule          # held to the line's expiry, interest by the day
    assert (row.due_date, row.principal, row.interest) == (date(2026, 9, 30), Decimal("20000.00"),
                                                         Decimal("20000.00") * Decimal("0.0006") * 178)
    t = text(documents.render_pdf(r))
    assert "授信额度¥100,000.00" in t and "本次放款金额¥20,000.00" in t and "未放款金额" not in t
    assert "借款期限本笔借款至额度到期日，共178天（2026年4月5日至2026年9月30日）" in t


@pytest.mark.parametrize("kw", [
    dict(product="CREDIT_FIXED", method="equal-installment", term_months=12),
    dict(product="B2B_CREDIT", method="equal-principal", term_months=9, daily_rate="0.0006"),
    dict(product="B2B_CREDIT", method="interest-only", term_months=3, daily_rate="0.0006"),
    dict(product="ORDER", method="bullet", days=30),
    dict(product="CREDIT_REVOLVING", method="bullet", term_months=6, daily_rate="0.0006")])
@pytest.mark.parametrize("draw", ["123456.78", "300000.00"])
def test_for_every_method_the_contract_amount_equals_its_appendix_and_each_receipt_its_own(tmp_path, kw, draw):
    store = ss.prepare(ss.Store.open(f"sqlite:///{tmp_path / 'm.db'}"))     # arithmetic: one database is enough
    officer = ss.actor(store, "officer1")
    loan_id = ss.open_loan(store, officer, amount="300000.00", draw=draw, start=START, **kw)
    app_no, contract_no = _app_no(store, loan_id)
    c = dd.contract_data(store, None, app_no)
    assert c.amount == Decimal("300000.00") == sum(r.principal for r in c.schedule)
    [no] = dd.receipt_numbers(store, None, contract_no)
    r = dd.receipt_data(store, None, no)
    assert r.amount == Decimal(draw) == sum(x.principal for x in r.schedule)
    t = text(documents.render_pdf(c))
    assert re.search(r"附件：还款计划表.*合计300,000\.00", t)
    store.close()
