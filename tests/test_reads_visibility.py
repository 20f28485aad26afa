"""Every read of a case, its loan or its papers applies the queue's visibility rule: an
officer of another team is refused (NotVisible, code "other_team", the case file's
refusal) by each of them, and by every write on the loan. Runs on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workstation.domain.decision import Terms
from workstation.intake import attachments
from workstation.services import audit_trail
from workstation.printing import batch_print, documents
from workstation.decide import cases, decide_policy, decisions, interviews, queue
from workstation.servicing import disbursement, loan_groups, loan_views, loans
from workstation.printing import document_data as dd
from workstation.domain.errors import NotVisible
from workstation.store.models import Application
from workstation.store.models_loans import Loan

from tests import servicing_support as sup
from tests.decide_helpers import make_store, users

START = date(2026, 1, 5)


@pytest.fixture
def book(db_url):
    store = make_store(db_url)
    u = users(store)
    loan_id = sup.open_loan(store, u["off1"], product="CREDIT_FIXED", amount="60000.00",
                            method="equal-installment", start=START, term_months=6)
    with store.tx() as s:          # set-up: the case is off1's (team of sup1)
        loan = s.get(Loan, loan_id)
        s.get(Application, loan.application_id).officer_id = u["off1"].id
        ids = (loan.application_id, loan.contract_no, s.get(Application, loan.application_id).app_no,
               loan.merchant_id)
    yield store, u, loan_id, ids
    store.close()


def _refused(fn, *args, **kw):
    with pytest.raises(NotVisible) as info:
        fn(*args, **kw)
    assert info.value.code == "other_team"


def test_own_team_reads_the_loan(book):
    store, u, loan_id, (app_id, contract_no, app_no, _) = book
    for who in ("off1", "sup1", "admin"):
        assert loan_views.loan_id_by_contract(store, u[who], contract_no) == loan_id
        assert loan_views.loan_view(store, u[who], loan_id).contract_no == contract_no
        assert loan_views.journal(store, u[who], loan_id)
    assert decisions.approved_terms(store, u["off1"], app_id) is None


def test_case_reads_refused_to_another_team(book):
    store, u, _, (app_id, contract_no, app_no, merchant_id) = book
    off2 = u["off2"]
    _refused(cases.profile, store, off2, app_id)
    _refused(decisions.current_recommendation, store, off2, app_id)
    _refused(decisions.recommendation_history, store, off2, app_id)
    _refused(decisions.approved_terms, store, off2, app_id)
    terms = Terms(product_code="CREDIT_FIXED", amount=Decimal("50000.00"), method="equal-installment",
                  term_months=6, term_days=None, daily_rate_pct=Decimal("0.05"))
    _refused(decisions.preview, store, off2, app_id, terms)
    _refused(interviews.interviews_for, store, off2, app_id)
    _refused(interviews.discrepancy_count, store, off2, app_id)
    _refused(attachments.list_attachments, store, off2, app_id)
    _refused(attachments.record_consent, store, off2, app_id, reference="clip 00:00:05")
    _refused(decide_policy.exceptions_for, store, off2, app_id)
    _refused(documents.documents_for, store, off2, application_id=app_id)
    _refused(documents.documents_for, store, off2, loan_ref=contract_no)
    _refused(audit_trail.entries_for, store, off2, entity_type="application", entity_id=app_no)
    _refused(dd.contract_data, store, off2, app_no)
    _refused(dd.approval_memo_data, store, off2, app_no)
    _refused(batch_print.available_jobs, store, off2, application_id=app_id)
    _refused(loan_groups.groups_of, store, off2, merchant_id)
    # the queue's rows: another team's ids are left out, as the queue itself leaves them out
    assert queue.queue_rows(store, off2, [app_id]) == []
    assert [r.id for r in queue.queue_rows(store, u["off1"], [app_id])] == [app_id]


def test_interview_refused_to_another_team(book):
    store, u, _, (app_id, *_rest) = book
    with store.tx() as s:           # an interview needs a case in review
        s.get(Application, app_id).status = "in_review"
    view = interviews.start_interview(store, u["off1"], app_id)
    assert interviews.get_interview(store, u["off1"], view.id).id == view.id
    _refused(interviews.get_interview, store, u["off2"], view.id)


def test_loan_reads_refused_to_another_team(book):
    store, u, loan_id, (app_id, contract_no, app_no, _) = book
    off2, sup2 = u["off2"], u["sup2"]
    for who in (off2, sup2):
        _refused(loan_views.loan_id_by_contract, store, who, contract_no)      # Loans > Open loan by contract
        _refused(loan_views.loan_view, store, who, loan_id)
        _refused(loan_views.journal, store, who, loan_id)
    _refused(loan_views.amount_due, store, off2, loan_id, on=START)
    _refused(disbursement.disbursement_offer, store, off2, loan_id)
    _refused(loan_views.payoff_quote, store, off2, loan_id, on=START)
    _refused(loan_views.preview_repayment, store, off2, loan_id, amount=Decimal("100.00"), value_date=START)
    _refused(audit_trail.entries_for, store, off2, entity_type="loan", entity_id=contract_no)
    _refused(dd.schedule_data, store, off2, contract_no)
    _refused(dd.settlement_data, store, off2, contract_no)
    _refused(dd.statement_data, store, off2, contract_no, period_from=START, period_to=START)
    _refused(dd.receipt_numbers, store, off2, contract_no)
    _refused(batch_print.available_jobs, store, off2, contract_no=contract_no)
    assert all(j.ref != app_no for j in batch_print.contract_jobs(store, off2, START))
    assert any(j.ref == app_no for j in batch_print.contract_jobs(store, u["off1"], START))


def test_loan_writes_refused_to_another_team(book):
    store, u, loan_id, _ = book
    off2 = u["off2"]
    before = loan_views.journal(store, u["off1"], loan_id)
    _refused(loans.post_repayment, store, off2, loan_id, amount=Decimal("100.00"), value_date=START)
    entry = before[-1].id
    _refused(loans.reverse, store, u["sup2"], loan_id, entry, reason="test", confirm=True)
    _refused(loans.waive, store, u["sup2"], loan_id, interest=Decimal("1.00"), value_date=START, reason="test")
    _refused(loans.write_off, store, u["sup2"], loan_id, value_date=START, reason="test")
    assert loan_views.journal(store, u["off1"], loan_id) == before
    # the owner posts it
    loans.post_repayment(store, u["off1"], loan_id, amount=Decimal("100.00"), value_date=START)
    assert len(loan_views.journal(store, u["off1"], loan_id)) == len(before) + 1
