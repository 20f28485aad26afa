"""Disbursement as a controlled action (issue 11, item 3): the destination is one of the
borrower's verified accounts as stored, another needs a reason and a second person
(a supervisor) and is recorded; each disbursement writes its loan receipt."""
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.decide_helpers import PASSWORD, make_application, make_store, terms, users
from workstation.servicing import contracting, disbursement, loans
from workstation.decide import decisions, signoff
from workstation.servicing.disbursement import DisbursementRefused
from workstation.store.models import Application, Merchant
from workstation.store.models_audit import AuditEntry
from workstation.store.models_disburse import Disbursement
from workstation.store.models_loans import Loan


@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    yield store, users(store)
    store.close()


def _contracted(store, u, amount="200000.00"):
    app = make_application(store, officer=u["off1"], amount=amount, suggested="500000.00")
    decisions.recommend(store, u["off1"], app, terms(amount=amount), expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    loan_id = contracting.sign_contract(store, u["off1"], app, signed_on=decisions.today(), channel="online")
    return app, loan_id


def _receipts(store, loan_id):
    with store.read() as s:
        return [(r.receipt_no, r.amount, r.account_kind, r.account, r.off_list_reason, r.approved_by,
                 sum(int(x[2]) for x in r.schedule))
                for r in s.scalars(select(Disbursement).where(Disbursement.loan_id == loan_id))]


def _set_merchant(store, app, **values):
    with store.tx() as s:
        m = s.get(Merchant, s.get(Application, app).merchant_id)
        for k, v in values.items():
            setattr(m, k, v)


def test_the_offer_lists_the_accounts_as_stored_never_masked(env):
    store, u = env
    app, loan_id = _contracted(store, u)
    offer = disbursement.disbursement_offer(store, u["off1"], loan_id)
    assert [(a.kind, a.account, a.usable) for a in offer.accounts] == [
        ("payment_account", "pay@example.com", True), ("bank_card", "6222020000000000", True)]
    assert "*" in offer.accounts[1].shown and offer.accounts[1].account == "6222020000000000"
    assert (offer.contracted, offer.disbursed, offer.available) == (Decimal("200000.00"), 0, Decimal("200000.00"))
    assert offer.offer_expires_on is not None
    _set_merchant(store, app, payment_account="173****6376@alipay", bank_listed=False)
    offer = disbursement.disbursement_offer(store, u["off1"], loan_id)
    assert [(a.usable, a.problem) for a in offer.accounts] == [(False, "masked"), (False, "unlisted_bank")]


def test_a_listed_account_is_stored_in_full_with_a_receipt(env):
    store, u = env
    _, loan_id = _contracted(store, u)
    no = loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("200000.00"),
                        account="6222020000000000")
    with store.read() as s:
        loan = s.get(Loan, loan_id)
        assert loan.destination_account == "6222020000000000"
        contract_no = loan.contract_no
    assert no == f"JJ-{contract_no}-01"
    assert _receipts(store, loan_id) == [(no, Decimal("200000.00"), "bank_card", "6222020000000000", None, None,
                                          20000000)]


def test_free_text_or_masked_accounts_are_refused(env):
    """The reproduced case: 1.00 of the approved amount to account "x" went through."""
    store, u = env
    app, loan_id = _contracted(store, u)
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("1.00"), account="x")
    assert e.value.code == "reason_missing"
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("1.00"),
                       account="173****6376@alipay", reason="borrower asked", approver="sup1",
                       approver_password=PASSWORD)
    assert e.value.code == "account_masked"
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("1.00"), account="6" * 61,
                       reason="borrower asked", approver="sup1", approver_password=PASSWORD)
    assert e.value.code == "account_too_long"
    _set_merchant(store, app, payment_account="173****6376@alipay")
    with pytest.raises(DisbursementRefused) as e:    # a masked stored value is not on the list either
        loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("1.00"),
                       account="173****6376@alipay")
    assert e.value.code == "account_masked"
    with store.read() as s:
        assert s.get(Loan, loan_id).status == "contracted"
    assert _receipts(store, loan_id) == []


@pytest.mark.parametrize("who, password, code", [
    (None, None, "approver_missing"), ("sup1", "wrong", "approver_rejected"),
    ("off2", PASSWORD, "approver_not_supervisor"), ("offsup", PASSWORD, "approver_self")])
def test_another_account_needs_a_reason_and_another_supervisor(env, who, password, code):
    store, u = env
    _, loan_id = _contracted(store, u)
    actor = u["offsup"] if who == "offsup" else u["off1"]
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, actor, loan_id, on=decisions.today(), amount=Decimal("200000.00"),
                       account="6217000011112222", reason="card replaced after loss", approver=who,
                       approver_password=password)
    assert e.value.code == code
    assert _receipts(store, loan_id) == []


def test_another_account_with_reason_and_supervisor_is_recorded_and_audited(env):
    store, u = env
    _, loan_id = _contracted(store, u)
    no = loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("200000.00"),
                        account=" 6217000011112222 ", reason="card replaced after loss", approver="sup1",
                        approver_password=PASSWORD)
    [(rno, amount, kind, account, reason, approved_by, _)] = _receipts(store, loan_id)
    assert (rno, amount, kind, account, reason, approved_by) == (
        no, Decimal("200000.00"), "other", "6217000011112222", "card replaced after loss", u["sup1"].id)
    with store.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "loan.disburse"))
    details = json.loads(entry.details)
    assert details["account"] == "6217000011112222" and details["approved_by"] == "sup1"
    assert details["reason"] == "card replaced after loss" and details["receipt"] == no


def test_a_partial_disbursement_gets_a_receipt_of_its_own_amount(env):
    store, u = env
    _, loan_id = _contracted(store, u, amount="448000.00")
    offer = disbursement.disbursement_offer(store, u["off1"], loan_id)
    assert offer.available == Decimal("448000.00")
    loans.disburse(store, u["off1"], loan_id, on=decisions.today(), amount=Decimal("224000.00"),
                   account="pay@example.com")
    [(_, amount, kind, _, _, _, principal_fen)] = _receipts(store, loan_id)
    assert (amount, kind, principal_fen) == (Decimal("224000.00"), "payment_account", 22400000)
