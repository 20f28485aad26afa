"""From sign-off to loan: the approved terms become the contract and the frozen schedule."""
from datetime import timedelta
from decimal import Decimal

import pytest

from tests.decide_helpers import PASSWORD, make_application, make_store, status, terms, users
from workstation.domain.rates import Rate
from workstation.domain.schedules import Method, build_schedule
from workstation.servicing import contracting, loans
from workstation.decide import decisions, signoff
from workstation.domain.errors import DomainError
from workstation.servicing.loan_views import loan_view


@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    yield store, users(store)
    store.close()


def _approved(store, u):
    app = make_application(store, officer=u["off1"])
    decisions.recommend(store, u["off1"], app, terms(), expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    return app


def test_contract_and_disbursement_follow_the_approved_terms(env):
    store, u = env
    app = _approved(store, u)
    today = decisions.today()
    loan_id = contracting.sign_contract(store, u["off1"], app, signed_on=today, channel="online")
    assert status(store, app) == "contracted"
    loans.disburse(store, u["off1"], loan_id, on=today, amount=Decimal("200000.00"), account="pay@example.com")
    assert status(store, app) == "disbursed"
    view = loan_view(store, None, loan_id)
    expected = build_schedule(amount=Decimal("200000.00"), rate=Rate.from_daily_percent(Decimal("0.05")),
                              method=Method.EQUAL_INSTALLMENT, start=today, term_months=6)
    assert [(i.due_date, i.principal, i.interest) for i in view.installments] == [
        (i.due_date, i.principal, i.interest) for i in expected.installments]


def test_no_contract_without_approval_or_after_expiry(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    with pytest.raises(DomainError, match="no approved offer"):
        contracting.sign_contract(store, u["off1"], app, signed_on=decisions.today(), channel="online")
    app = _approved(store, u)
    late = decisions.today() + timedelta(days=31)
    with pytest.raises(DomainError, match="offer expired"):
        contracting.sign_contract(store, u["off1"], app, signed_on=late, channel="online")
    assert status(store, app) == "approved"
