"""Issue 10 leftovers on the statement: it states the amount actually paid out (both the
contracted and the disbursed amount where they differ) and masks the borrower's payment
account on paper. Loans opened through the real services; the PDF read back with pypdf."""
import io
import re
from datetime import date
from decimal import Decimal

import pypdf
import pytest

from tests import servicing_support as ss
from workstation.printing import document_data as dd, documents
from workstation.servicing import eod
from workstation.store.models import Application, Merchant
from workstation.store.models_loans import Loan

START = date(2026, 3, 31)


@pytest.fixture
def env(db_url):
    store = ss.prepare(ss.Store.open(db_url[0], schema=db_url[1]))
    yield store, ss.actor(store, "officer1")
    store.close()


def text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def _loan(store, officer, *, draw):
    loan_id = ss.open_loan(store, officer, product="CREDIT_FIXED", amount="448000.00", draw=draw,
                           method="equal-installment", start=START, term_months=6)
    with store.tx() as s:
        loan = s.get(Loan, loan_id)
        s.get(Merchant, s.get(Application, loan.application_id).merchant_id).payment_account = "13812345678@alipay"
        return loan.contract_no


def _statement(store, contract_no):
    eod.run_eod(store, ss.actor(store, "supervisor1"), date(2026, 4, 30))
    data = dd.statement_data(store, None, contract_no, period_from=START, period_to=date(2026, 4, 30),
                             today=date(2026, 5, 1))
    return data, text(documents.render_pdf(data))


def test_a_partly_disbursed_loan_states_both_amounts(env):
    store, officer = env
    data, t = _statement(store, _loan(store, officer, draw="224000.00"))
    assert data.loan_amount == Decimal("448000.00") and data.disbursed_amount == Decimal("224000.00")
    assert "合同金额¥448,000.00" in t and "实际放款金额¥224,000.00" in t
    assert "借款金额" not in t                  # was: 借款金额 ¥448,000.00, the approved amount only


def test_a_wholly_disbursed_loan_states_its_amount_once(env):
    store, officer = env
    data, t = _statement(store, _loan(store, officer, draw=None))
    assert "借款金额¥448,000.00" in t and "实际放款金额" not in t


def test_the_payment_account_is_masked_on_paper(env):
    store, officer = env
    data, t = _statement(store, _loan(store, officer, draw="224000.00"))
    assert data.payment_account == "138****5678@alipay"
    assert "138****5678@alipay" in t and "13812345678" not in t
