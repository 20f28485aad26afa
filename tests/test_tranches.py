"""The rest of a partly disbursed contract paid out later (issue 11): each further
tranche is a loan of its own under the same contract, with its own receipt 借款借据 and
its own schedule from its own date, under the same controls as the first; never more
than the contracted amount, never after the offer expired."""
import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.decide_helpers import PASSWORD, make_application, make_store, terms, users
from workstation.servicing import contracting, disbursement, eod, loan_views, loans, reconcile, tranches
from workstation.decide import decisions, signoff
from workstation.servicing.disbursement import DisbursementRefused
from workstation.printing.document_data_receipt import receipt_data, receipt_numbers
from workstation.store.models import Application
from workstation.store.models_audit import AuditEntry
from workstation.store.models_disburse import Disbursement
from workstation.store.models_loans import Installment, Loan


@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    yield store, users(store)
    store.close()


def _first_half(store, u, amount="400000.00", first="150000.00"):
    app = make_application(store, officer=u["off1"], amount=amount, suggested="500000.00")
    decisions.recommend(store, u["off1"], app, terms(amount=amount), expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    day = decisions.today()
    loan_id = contracting.sign_contract(store, u["off1"], app, signed_on=day, channel="online")
    loans.disburse(store, u["off1"], loan_id, on=day, amount=Decimal(first), account="pay@example.com")
    return app, loan_id, day


def _evening_of(day):
    """The business clock at 23:00 of ``day`` (Shanghai), for end of day of a day after today."""
    from datetime import datetime, time
    from workstation.domain import clock
    return clock.simulation(datetime.combine(day, time(23), tzinfo=clock.BUSINESS_TZ))


def _rows(store, app):
    with store.read() as s:
        return [(r.tranche_seq, r.contract_no, r.approved_amount, r.disbursed_amount, r.disbursed_on, r.status,
                 r.parent_loan_id) for r in s.scalars(select(Loan).where(Loan.application_id == app)
                                                       .order_by(Loan.tranche_seq))]


def test_the_rest_is_offered_until_the_offer_expires(env):
    store, u = env
    app, loan_id, _ = _first_half(store, u)
    offer = disbursement.disbursement_offer(store, u["off1"], loan_id)
    assert (offer.contracted, offer.disbursed, offer.available, offer.tranche) == (
        Decimal("400000.00"), Decimal("150000.00"), Decimal("250000.00"), 2)
    assert offer.offer_expires_on is not None


def test_a_second_tranche_is_a_loan_of_its_own_under_the_contract(env):
    store, u = env
    app, loan_id, day = _first_half(store, u)
    later = day + timedelta(days=3)
    no = loans.disburse(store, u["off1"], loan_id, on=later, amount=Decimal("100000.00"),
                        account="6222020000000000")
    (_, main_no, *_), second = _rows(store, app)
    assert no == f"JJ-{main_no}-02"
    assert second == (2, f"{main_no}-02", Decimal("100000.00"), Decimal("100000.00"), later, "active", loan_id)
    with store.read() as s:
        t = s.scalar(select(Loan).where(Loan.parent_loan_id == loan_id))
        inst = list(s.scalars(select(Installment).where(Installment.loan_id == t.id).order_by(Installment.period)))
        r = s.scalar(select(Disbursement).where(Disbursement.receipt_no == no))
        assert (r.loan_id, r.seq, r.amount, r.account_kind, r.account) == (
            t.id, 2, Decimal("100000.00"), "bank_card", "6222020000000000")
        # its own schedule, from its own date, of its own amount
        assert sum(i.principal for i in inst) == Decimal("100000.00")
        assert inst[0].due_date > later and t.frozen_schedule == r.schedule
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "loan.disburse")
                          .order_by(AuditEntry.seq)).all()[-1]
        details = json.loads(entry.details)
    assert entry.entity_id == main_no and details["tranche"] == 2 and details["receipt"] == no
    assert Decimal(details["remaining"]) == Decimal("150000.00")
    # the receipt names the contract, its amount and what it has paid out so far
    data = receipt_data(store, u["off1"], no)
    assert (data.contract_no, data.contract_amount, data.amount, data.disbursed_total) == (
        main_no, Decimal("400000.00"), Decimal("100000.00"), Decimal("250000.00"))
    assert receipt_numbers(store, u["off1"], main_no) == [f"JJ-{main_no}-01", no]
    # the loan screen's list: both tranches
    got = tranches.tranches(store, u["off1"], loan_id)
    assert [(t.seq, t.amount, t.receipt_no) for t in got] == [
        (1, Decimal("150000.00"), f"JJ-{main_no}-01"), (2, Decimal("100000.00"), no)]
    assert tranches.tranches(store, u["off1"], got[1].loan_id) == got
    # the third tranche pays the rest exactly; nothing is left after it
    loans.disburse(store, u["off1"], got[1].loan_id, on=later, amount=Decimal("150000.00"),
                   account="pay@example.com")
    assert disbursement.disbursement_offer(store, u["off1"], loan_id).available == 0
    assert [r[0] for r in _rows(store, app)] == [1, 2, 3]


@pytest.mark.parametrize("amount", ["250000.01", "0.00", "-1.00"])
def test_above_the_remainder_is_refused_with_a_code(env, amount):
    store, u = env
    app, loan_id, day = _first_half(store, u)
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, u["off1"], loan_id, on=day, amount=Decimal(amount), account="pay@example.com")
    assert e.value.code == "above_remainder" and e.value.params == {"remainder": "250000.00"}
    assert len(_rows(store, app)) == 1


def test_after_the_offer_expired_the_rest_is_refused(env):
    store, u = env
    app, loan_id, _ = _first_half(store, u)
    with store.read() as s:
        expires = s.get(Application, app).offer_expires_on
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, u["off1"], loan_id, on=expires + timedelta(days=1), amount=Decimal("1000.00"),
                       account="pay@example.com")
    assert e.value.code == "offer_expired" and e.value.params["expired_on"] == expires.isoformat()
    loans.disburse(store, u["off1"], loan_id, on=expires, amount=Decimal("1000.00"), account="pay@example.com")
    assert len(_rows(store, app)) == 2


def test_a_tranche_has_the_first_disbursements_controls(env):
    store, u = env
    app, loan_id, day = _first_half(store, u)
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, u["off1"], loan_id, on=day, amount=Decimal("10.00"), account="x")
    assert e.value.code == "reason_missing"
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, u["off1"], loan_id, on=day, amount=Decimal("10.00"), account="173****6376@alipay")
    assert e.value.code == "account_masked"
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, u["off1"], loan_id, on=day, amount=Decimal("10.00"), account="6217000011112222",
                       reason="new card", approver="off1", approver_password=PASSWORD)
    assert e.value.code in ("approver_not_supervisor", "approver_self")
    no = loans.disburse(store, u["off1"], loan_id, on=day, amount=Decimal("10.00"), account="6217000011112222",
                        reason="new card", approver="sup1", approver_password=PASSWORD)
    with store.read() as s:
        r = s.scalar(select(Disbursement).where(Disbursement.receipt_no == no))
        assert (r.account_kind, r.off_list_reason, r.approved_by) == ("other", "new card", u["sup1"].id)
    with pytest.raises(DisbursementRefused) as e:
        loans.disburse(store, u["off1"], loan_id, on=day - timedelta(days=1), amount=Decimal("10.00"),
                       account="pay@example.com")
    assert e.value.code == "before_last_tranche"


def test_tranches_are_serviced_on_their_own_and_the_case_closes_with_the_last(env):
    store, u = env
    app, loan_id, day = _first_half(store, u, first="300000.00")
    loans.disburse(store, u["off1"], loan_id, on=day, amount=Decimal("100000.00"), account="pay@example.com")
    t2 = tranches.tranches(store, u["off1"], loan_id)[1].loan_id
    with _evening_of(day + timedelta(days=10)):       # end of day runs once its day has begun
        eod.run_eod(store, None, day + timedelta(days=10))
    checked, bad = reconcile.reconcile(store, None)
    assert (checked, bad) == (2, [])

    def quote(lid):
        return loan_views.payoff_quote(store, u["off1"], lid, on=day + timedelta(days=11)).total

    loans.post_repayment(store, u["off1"], t2, amount=quote(t2), value_date=day + timedelta(days=11),
                         today=day + timedelta(days=11))
    with store.read() as s:
        assert s.get(Loan, t2).status == "closed"
        assert s.get(Application, app).status == "disbursed"      # the first tranche is still owed
    loans.post_repayment(store, u["off1"], loan_id, amount=quote(loan_id), value_date=day + timedelta(days=11),
                         today=day + timedelta(days=11))
    with store.read() as s:
        assert s.get(Application, app).status == "closed"
    with pytest.raises(DisbursementRefused) as e:       # a settled contract pays out nothing more
        loans.disburse(store, u["off1"], loan_id, on=day + timedelta(days=11), amount=Decimal("1.00"),
                       account="pay@example.com")
    assert e.value.code == "contract_not_open"
    assert reconcile.reconcile(store, None) == (2, [])


def test_each_tranche_has_its_statement_naming_the_others(env):
    """The statement of each tranche is its own loan's; each lists the contract's payouts."""
    from tests.test_statements_ledger import pdf_text
    from workstation.printing.document_data_statements import statement_data
    store, u = env
    app, loan_id, day = _first_half(store, u)
    loans.disburse(store, u["off1"], loan_id, on=day + timedelta(days=2), amount=Decimal("100000.00"),
                   account="pay@example.com")
    with _evening_of(day + timedelta(days=5)):
        eod.run_eod(store, None, day + timedelta(days=5))
    (_, main_no, *_), (_, second_no, *_) = _rows(store, app)
    first = statement_data(store, u["off1"], main_no, period_from=day, period_to=day + timedelta(days=5))
    second = statement_data(store, u["off1"], second_no, period_from=day, period_to=day + timedelta(days=5))
    assert [(t.seq, t.loan_no, t.amount, t.this) for t in first.tranches] == [
        (1, main_no, Decimal("150000.00"), True), (2, second_no, Decimal("100000.00"), False)]
    assert [t.this for t in second.tranches] == [False, True]
    assert (first.closing_principal, second.closing_principal) == (Decimal("150000.00"), Decimal("100000.00"))
    text = pdf_text(second)                 # whitespace removed
    assert "本合同分笔放款" in text and f"JJ-{main_no}-01" in text and "（本对账单）" in text
    # the tranche's statement names the contract it is paid under, its amount, then this payout's
    assert f"合同编号{main_no}贷款编号{second_no}" in text
    assert "本笔放款金额¥100,000.00合同金额¥400,000.00" in text
    first_text = pdf_text(first)
    assert f"合同编号{main_no}对账单编号" in first_text and f"贷款编号{main_no}对账单" not in first_text


def test_a_joint_guarantee_names_the_contract_not_its_newest_tranche(env):
    """The guarantee agreement covers a member's contract: with the first tranche repaid and
    a later one active, the loan it names is still the contract's own row (its number and
    contracted amount), never the tranche ``HT...-02`` of a part of the amount."""
    from workstation.printing.document_data_loans import member_loan
    store, u = env
    app, loan_id, day = _first_half(store, u)
    loans.disburse(store, u["off1"], loan_id, on=day + timedelta(days=3), amount=Decimal("100000.00"),
                   account="6222020000000000")
    with store.read() as s:                     # both rows active: the newest row is the tranche
        merchant_id = s.get(Loan, loan_id).merchant_id
        covered = member_loan(s, merchant_id)
        assert (covered.id, covered.contract_no, covered.approved_amount) == (
            loan_id, s.get(Loan, loan_id).contract_no, Decimal("400000.00"))
