"""Servicing services on SQLite and PostgreSQL: contract to payoff through the journal,
backdated postings and reversals with preview, waivers, write-offs, revolving lines,
joint-guarantee groups, end of day (idempotent, gaps caught up), reconcile, roles."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from workstation.domain.workflow import Status
from workstation.domain.products import product_by_code
from workstation.domain.rates import Rate
from workstation.domain.terms import ApprovedTerms
from workstation.services import audit_trail
from workstation.servicing import credit_lines, eod, loan_groups, loan_views, loans
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.session import Store
from workstation.servicing.reconcile import reconcile
from workstation.store.models import Application
from workstation.store.models_loans import JournalEntry, Loan

from tests.servicing_support import actor, new_application, open_loan, prepare

D = date
T = D(2026, 6, 30)      # "today" for the services
EI = dict(product="CREDIT_FIXED", amount="12000", method="equal-installment", start=D(2026, 1, 31),
          term_months=3)


@pytest.fixture
def desk(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    yield store
    store.close()


def _people(store):
    return actor(store, "officer1"), actor(store, "supervisor1")


def _clean(store):
    checked, bad = reconcile(store, None)
    assert bad == [], [str(b) for b in bad]
    return checked


def test_contract_disburse_and_pay_on_time(desk):
    off, sup = _people(desk)
    lid = open_loan(desk, off, **EI)
    with desk.read() as s:
        loan = s.get(Loan, lid)
        assert s.get(Application, loan.application_id).status == Status.DISBURSED.value
    for day, amt in ((D(2026, 2, 28), "4120.60"), (D(2026, 3, 31), "4120.60")):
        loans.post_repayment(desk, off, lid, amount=Decimal(amt), value_date=day, today=T)
    eod.run_eod(desk, sup, D(2026, 4, 28))
    v = loan_views.loan_view(desk, None, lid)
    assert [i.status for i in v.installments] == ["paid", "paid", "due"]
    # interest earned through 28 Apr: 180.00 + 120.89 + period 3 for 29 nights (31 Mar..28 Apr)
    # of 4059.69 x 0.0005 = 2.029845 x 29 = 58.87 -> unpaid 58.87
    assert v.balances.interest == Decimal("58.87") and v.balances.principal == Decimal("4059.69")
    r = loans.post_repayment(desk, off, lid, amount=Decimal("4120.59"), value_date=D(2026, 4, 30), today=T)
    assert r.status == "closed" and (r.principal, r.interest) == (Decimal("4059.69"), Decimal("60.90"))
    with desk.read() as s:
        assert s.get(Application, s.get(Loan, lid).application_id).status == Status.CLOSED.value
    eod.run_eod(desk, sup, D(2026, 5, 5))
    v = loan_views.loan_view(desk, None, lid)
    assert v.balances.status == "closed" and v.balances.total == 0
    assert [e["action"] for e in audit_trail.entries_for(desk, None, entity_type="loan", entity_id=v.contract_no)] == [
        "loan.contract", "loan.disburse", "loan.repayment", "loan.repayment", "loan.repayment"]
    _clean(desk)


def test_backdated_payment_needs_preview_and_recomputes_penalty(desk):
    off, sup = _people(desk)
    lid = open_loan(desk, off, **EI)
    eod.run_eod(desk, sup, D(2026, 3, 9))
    v = loan_views.loan_view(desk, None, lid)
    # 3940.60 overdue since the night of 28 Feb: 10 nights x 2.95545 = 29.5545 -> 29.55
    assert v.balances.penalty == Decimal("29.55") and v.balances.dpd == 10
    with pytest.raises(loans.NeedsConfirmation):
        loans.post_repayment(desk, off, lid, amount=Decimal("4120.60"), value_date=D(2026, 2, 28), today=T)
    pv = loan_views.preview_repayment(desk, None, lid, amount=Decimal("4120.60"), value_date=D(2026, 2, 28))
    assert pv.backdated and pv.before.penalty == Decimal("29.55") and pv.after.penalty == 0
    assert pv.installments_before[0].status == "overdue" and pv.installments_after[0].status == "paid"
    assert len([c for c in pv.changes if "penalty" in c]) == 10
    loans.post_repayment(desk, off, lid, amount=Decimal("4120.60"), value_date=D(2026, 2, 28), today=T,
                         confirm=True)
    v = loan_views.loan_view(desk, None, lid)
    assert (v.balances.penalty, v.balances.dpd, v.balances.bucket) == (0, 0, "M0")
    assert v.balances == pv.after
    _clean(desk)


def test_reversal_restores_and_is_supervisor_only(desk):
    off, sup = _people(desk)
    lid = open_loan(desk, off, **EI)
    eod.run_eod(desk, sup, D(2026, 2, 27))
    r = loans.post_repayment(desk, off, lid, amount=Decimal("4120.60"), value_date=D(2026, 2, 28), today=T)
    eod.run_eod(desk, sup, D(2026, 3, 4))
    assert loan_views.loan_view(desk, None, lid).balances.penalty == 0
    with pytest.raises(PermissionDenied):
        loans.reverse(desk, off, lid, r.entry_id, reason="bounced", confirm=True)
    pv = loan_views.preview_reversal(desk, None, lid, r.entry_id)
    # without the payment 3940.60 was overdue for the nights 28 Feb .. 4 Mar: 5 x 2.95545 = 14.78
    assert pv.after.penalty == Decimal("14.78") and pv.after.dpd == 5
    loans.reverse(desk, sup, lid, r.entry_id, reason="payment bounced", confirm=True)
    v = loan_views.loan_view(desk, None, lid)
    assert v.balances == pv.after and v.installments[0].status == "overdue"
    j = loan_views.journal(desk, None, lid, include_accruals=False)
    assert [e.kind for e in j][-2:] == ["repayment", "reversal"] and j[-2].reversed_by == j[-1].id
    _clean(desk)


def test_waiver_and_write_off(desk):
    off, sup = _people(desk)
    lid = open_loan(desk, off, product="ORDER", amount="10000", method="bullet", start=D(2026, 1, 1), days=30)
    eod.run_eod(desk, sup, D(2026, 2, 9))
    # 10 nights overdue (31 Jan .. 9 Feb) x 7.50 = 75.00
    assert loan_views.loan_view(desk, None, lid).balances.penalty == Decimal("75.00")
    with pytest.raises(PermissionDenied):
        loans.waive(desk, off, lid, penalty=Decimal("75.00"), value_date=D(2026, 2, 10), reason="x", today=T)
    loans.waive(desk, sup, lid, penalty=Decimal("50.00"), value_date=D(2026, 2, 10), reason="首次逾期", today=T)
    with pytest.raises(DomainError) as err:
        loans.waive(desk, sup, lid, penalty=Decimal("50.00"), value_date=D(2026, 2, 10), reason="x", today=T)
    assert err.value.code == "waiver_penalty_above_unpaid" and err.value.params["unpaid"] == Decimal("25.00")
    r = loans.write_off(desk, sup, lid, value_date=D(2026, 2, 10), reason="核销", today=T)
    assert (r.principal, r.interest, r.penalty) == (Decimal("10000.00"), Decimal("150.00"), Decimal("25.00"))
    eod.run_eod(desk, sup, D(2026, 3, 1))
    v = loan_views.loan_view(desk, None, lid)
    assert v.balances.status == "written_off" and v.balances.tier == "损失" and v.balances.total == 0
    # money received after the write-off is a recovery (servicing.recoveries), not a repayment
    got = loans.post_repayment(desk, off, lid, amount=Decimal("1"), value_date=D(2026, 3, 1), today=T)
    assert got.recovery == Decimal("1.00") and got.entry_id is None
    assert loan_views.loan_view(desk, None, lid).balances.total == 0
    _clean(desk)


def test_payoff_quote_and_payoff(desk):
    off, sup = _people(desk)
    lid = open_loan(desk, off, **EI)
    q = loan_views.payoff_quote(desk, None, lid, on=D(2026, 2, 10))
    assert (q.principal, q.interest, q.penalty, q.total) == (Decimal("12000.00"), Decimal("60.00"), 0,
                                                             Decimal("12060.00"))
    loans.post_repayment(desk, off, lid, amount=q.total, value_date=D(2026, 2, 10), today=T)
    eod.run_eod(desk, sup, D(2026, 3, 1))
    v = loan_views.loan_view(desk, None, lid)
    assert v.balances.status == "closed" and [i.status for i in v.installments] == ["paid", "prepaid", "prepaid"]
    _clean(desk)


def test_revolving_line_draw_freeze(desk):
    off, sup = _people(desk)
    lid = open_loan(desk, off, product="CREDIT_REVOLVING", amount="100000", method="bullet",
                    start=D(2026, 1, 1), term_months=6, daily_rate="0.0006", draw="50000")
    v = loan_views.loan_view(desk, None, lid)
    assert v.line.available == Decimal("50000.00") and v.line.expiry == D(2026, 7, 1)
    credit_lines.draw(desk, off, lid, amount=Decimal("20000"), on=D(2026, 1, 11), today=T)
    with pytest.raises(DomainError):
        credit_lines.draw(desk, off, lid, amount=Decimal("30000.01"), on=D(2026, 1, 12), today=T)
    credit_lines.freeze(desk, off, lid, reason="店铺异常")
    with pytest.raises(DomainError, match="frozen"):
        credit_lines.draw(desk, off, lid, amount=Decimal("100"), on=D(2026, 1, 12), today=T)
    assert loan_views.loan_view(desk, None, lid).line.available == 0
    credit_lines.unfreeze(desk, off, lid, reason="核实正常")
    loans.post_repayment(desk, off, lid, amount=Decimal("30000"), value_date=D(2026, 1, 21), today=T)
    eod.run_eod(desk, sup, D(2026, 1, 30))
    v = loan_views.loan_view(desk, None, lid)
    # 300.00 + 420.00 paid on 21 Jan; then 10 nights on 40,720.00 x 0.0006 = 244.32
    assert v.balances.principal == Decimal("40720.00") and v.balances.interest == Decimal("244.32")
    assert v.line.available == Decimal("59280.00")
    _clean(desk)


def test_group_exposure_demand_and_block(desk):
    off, sup = _people(desk)
    ids = [open_loan(desk, off, **EI) for _ in range(3)]
    with desk.read() as s:
        merchants = [s.get(Loan, i).merchant_id for i in ids]
    with pytest.raises(DomainError):
        loan_groups.create_group(desk, off, name="联保A", merchant_ids=merchants[:2], formed_on=D(2026, 1, 1))
    gid = loan_groups.create_group(desk, off, name="联保A", merchant_ids=merchants, formed_on=D(2026, 1, 1))
    for lid in ids[1:]:
        loans.post_repayment(desk, off, lid, amount=Decimal("4120.60"), value_date=D(2026, 2, 28), today=T)
    eod.run_eod(desk, sup, D(2026, 3, 9))
    g = loan_groups.group_view(desk, None, gid)
    assert not g.can_borrow and [m.in_default for m in g.members] == [True, False, False]
    # 12,000 + 180.00 + period 2's 10 nights (28 Feb .. 9 Mar) x 4.0297 = 40.30 + penalty 29.55
    owed = Decimal("12000.00") + Decimal("180.00") + Decimal("40.30") + Decimal("29.55")
    assert {(x.member_merchant_id, x.jointly_liable) for x in g.exposures} == {(m, owed) for m in merchants[1:]}
    loan_groups.record_demand(desk, off, gid, defaulting_loan_id=ids[0], member_merchant_id=merchants[1],
                              amount=Decimal("4150.15"), made_on=D(2026, 3, 10), channel="phone")
    assert len(loan_groups.group_view(desk, None, gid).demands) == 1
    app = new_application(desk, product="CREDIT_FIXED", amount=Decimal("60000"), term_months=6,
                          merchant_id=merchants[2])
    terms = ApprovedTerms.from_product(product_by_code("CREDIT_FIXED"), amount=Decimal("60000"), term_months=6,
                                       method="equal-installment", rate=Rate.from_daily_percent("0.06"))
    with pytest.raises(DomainError, match="cannot take new loans"):
        loans.sign_contract(desk, off, app, terms, signed_on=D(2026, 3, 10), channel="online")


def test_eod_idempotent_and_gap_equals_day_by_day(db_url, tmp_path):
    """The catch-up run on the test's backend against a day-by-day run on a second
    database (a SQLite file: one schema per test on PostgreSQL)."""
    url, schema = db_url
    results = []
    for stepwise in (False, True):
        store = prepare(Store.open(f"sqlite:///{tmp_path / 'b.db'}") if stepwise
                        else Store.open(url, schema=schema))
        off, sup = _people(store)
        lid = open_loan(store, off, **EI)
        loans.post_repayment(store, off, lid, amount=Decimal("2000"), value_date=D(2026, 3, 5), today=T)
        end = D(2026, 4, 10)
        if stepwise:
            d = D(2026, 1, 31)
            while d <= end:
                eod.run_eod(store, sup, d)
                d += timedelta(days=1)
        else:
            first = eod.run_eod(store, sup, end)
            with store.read() as s:
                n = s.scalar(select(func.count(JournalEntry.id)))
            again = eod.run_eod(store, sup, end)
            assert again.already_done
            with store.read() as s:
                assert s.scalar(select(func.count(JournalEntry.id))) == n
            assert first.loans == 1
        with store.read() as s:
            rows = s.execute(select(JournalEntry.kind, JournalEntry.value_date, JournalEntry.principal,
                                    JournalEntry.interest, JournalEntry.penalty)
                             .order_by(JournalEntry.value_date, JournalEntry.kind, JournalEntry.id)).all()
        results.append((rows, loan_views.loan_view(store, None, lid).balances))
        store.close()
    assert results[0] == results[1]


def test_roles_and_state_checks(desk):
    off, sup = _people(desk)
    adm = actor(desk, "admin")
    app = new_application(desk, product="CREDIT_FIXED", amount=Decimal("60000"), term_months=6,
                          status=Status.IN_REVIEW)
    terms = ApprovedTerms.from_product(product_by_code("CREDIT_FIXED"), amount=Decimal("60000"), term_months=6,
                                       method="equal-installment", rate=Rate.from_daily_percent("0.06"))
    with pytest.raises(PermissionDenied):
        loans.sign_contract(desk, adm, app, terms, signed_on=D(2026, 1, 1), channel="online")
    with pytest.raises(DomainError, match="not approved"):
        loans.sign_contract(desk, off, app, terms, signed_on=D(2026, 1, 1), channel="online")
    lid = open_loan(desk, off, **EI)
    with pytest.raises(DomainError, match="future"):
        loans.post_repayment(desk, off, lid, amount=Decimal("1"), value_date=T + timedelta(days=1), today=T)
    with pytest.raises(DomainError, match="before the disbursement"):
        loans.post_repayment(desk, off, lid, amount=Decimal("1"), value_date=D(2026, 1, 1), today=T)
    with pytest.raises(PermissionDenied):
        eod.run_eod(desk, off, D(2026, 2, 1))


def test_offers_expire_at_eod(desk):
    off, sup = _people(desk)
    a = new_application(desk, product="ORDER", amount=Decimal("5000"), term_days=30,
                        offer_expires_on=D(2026, 2, 1))
    b = new_application(desk, product="ORDER", amount=Decimal("5000"), term_days=30,
                        offer_expires_on=D(2026, 2, 2))
    r = eod.run_eod(desk, sup, D(2026, 2, 2))
    assert r.offers_expired == 1
    with desk.read() as s:
        assert s.get(Application, a).status == Status.OFFER_EXPIRED.value
        assert s.get(Application, b).status == Status.APPROVED.value
