"""Hard policy rules in the decision, through the services: each failed rule blocks
submitting and approving; a recorded exception (which rule, why, by whom) lets the case
through with one more signature than the amount needs, and is granted by that chain."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from decide_helpers import PASSWORD, complete_draft, make_application, make_store, status, terms, users
from workstation.domain.products import product_by_code
from workstation.domain.terms import ApprovedTerms
from workstation.decide import decide_policy, decisions, interviews, signoff
from workstation.printing import document_data
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.decide.decide_policy import PolicyBlocked
from workstation.store.models import Application, BlacklistEntry, Merchant, Person
from workstation.store.models_decide import PolicyException, Signoff


@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    u = users(store)
    yield store, u
    store.close()


def _today():
    return decisions.today()


def _break(store, app_id: int, rule: str) -> None:
    """Set-up: make the applicant fail ``rule`` (written directly, as the helpers do)."""
    with store.tx() as s:
        a = s.get(Application, app_id)
        m = s.get(Merchant, a.merchant_id)
        p = s.get(Person, m.legal_rep_id)
        if rule == "age":
            p.birth_date = _today().replace(year=_today().year - 17)
        elif rule == "citizen":
            p.citizen = False
        elif rule == "legal_rep":
            m.applicant_is_legal_rep = False
        elif rule == "membership":
            m.member_since = _today() - timedelta(days=95)          # three full months, six required
        elif rule == "real_name":
            m.real_name_verified = False
        elif rule == "bank_card":
            m.bank_listed = False
        elif rule == "b2b_region":
            m.province = a.province = "四川"
        elif rule == "blacklist":
            s.add(BlacklistEntry(kind="id_number", value=p.id_number, reason="test"))
        elif rule == "overdue":
            _overdue_loan(s, m)
        else:
            raise AssertionError(rule)


def _overdue_loan(s, m: Merchant) -> None:
    """An earlier loan of the same borrower, 12 days past due."""
    from workstation.store.models_loans import Loan
    old = Application(app_no=f"OLD{m.id:06d}", merchant_id=m.id, product_code="CREDIT_FIXED",
                      amount_requested=Decimal("50000.00"), term_months=6, purpose="备货", status="disbursed",
                      received_at=datetime.now(timezone.utc) - timedelta(days=200),
                      status_changed_at=datetime.now(timezone.utc),
                      merchant_name=m.name, legal_rep_name="张三", id_last4="0001", platform=m.platform,
                      province=m.province)
    s.add(old)
    s.flush()
    s.add(Loan(contract_no=f"C-OLD-{m.id}", application_id=old.id, merchant_id=m.id, product_code="CREDIT_FIXED",
               approved_amount=Decimal("50000.00"), method="equal-installment", term_months=6,
               terms=ApprovedTerms.from_product(product_by_code("CREDIT_FIXED"), amount=Decimal("50000.00"),
                                                method="equal-installment", term_months=6,
                                                start=_today() - timedelta(days=100), check=False),
               signed_on=_today() - timedelta(days=100),
               sign_channel="online", disbursed_on=_today() - timedelta(days=100),
               disbursed_amount=Decimal("50000.00"), status="active", principal_outstanding=Decimal("40000.00"),
               overdue_principal=Decimal("8000.00"), dpd=12))


HARD_RULES = ("age", "citizen", "legal_rep", "membership", "real_name", "bank_card", "b2b_region", "blacklist",
              "overdue")


def _case(store, u, rule: str | None):
    b2b = rule == "b2b_region"
    product = "B2B_CREDIT" if b2b else "CREDIT_FIXED"
    app = make_application(store, officer=u["off1"], product=product)
    if rule:
        _break(store, app, rule)
    if b2b:
        i = interviews.start_interview(store, u["off1"], app)
        interviews.submit_interview(store, u["off1"], i.id, complete_draft())
    return app, terms(product=product, months=6)


@pytest.mark.parametrize("rule", [pytest.param(r, marks=pytest.mark.tampers(
    "plants an earlier loan's overdue balances without a journal (_overdue_loan) to trip the overdue rule"))
    if r == "overdue" else r for r in HARD_RULES])
def test_each_hard_rule_blocks_until_an_exception_is_granted(env, rule):
    store, u = env
    app, t = _case(store, u, rule)
    # the recommendation tab shows the failure (the live preview)
    p = decisions.preview(store, None, app, t)
    failed = [f for f in p.findings if f.code == rule]
    assert failed and failed[0].blocking and failed[0].message_zh
    assert all(not f.blocking for f in p.findings if f.code != rule)
    # saving is allowed (the officer records the work); submitting is not
    rec = decisions.recommend(store, u["off1"], app, t, expected_version=0)
    with pytest.raises(PolicyBlocked) as err:
        decisions.submit_for_signoff(store, u["off1"], app, version=rec.version)
    assert [f.code for f in err.value.findings] == [rule]
    assert status(store, app) == "recommended"

    # the exception: which rule, and why
    xid = decide_policy.request_exception(store, u["off1"], app, rule=rule,
                                          reason="long-standing offline business, verified on site")
    p = decisions.preview(store, None, app, t)
    assert not [f for f in p.findings if f.blocking]
    decisions.submit_for_signoff(store, u["off1"], app, version=rec.version)
    case = signoff.signoff_case(store, u["sup1"], app)
    assert case.signoffs_needed == 2                      # 200,000 alone needs one signature
    assert [(x.rule, x.state, x.requested_by) for x in case.exceptions] == [(rule, "requested", "OFF1")]
    first = signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert not first.complete and "1 of 2" in first.message and status(store, app) == "awaiting_signoff"
    # the second signature comes from another supervisor, who finds it in their queue
    assert [q.application_id for q in signoff.signoff_queue(store, u["sup2"])] == [app]
    second = signoff.sign(store, u["sup2"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert second.complete and status(store, app) == "approved"
    with store.read() as s:
        x = s.get(PolicyException, xid)
        assert (x.state, x.granted_by, x.granted_at is not None) == ("granted", u["sup2"].id, True)
    memo = document_data.approval_memo_data(store, None, rec.app_no)
    assert [(e.state, e.requested_by, e.granted_by) for e in memo.exceptions] == [("已批准", "OFF1", "SUP2")]
    assert any(not c.passed for c in memo.policy_checks)


def test_eligible_case_needs_no_exception_and_one_signature(env):
    store, u = env
    app, t = _case(store, u, None)
    assert not [f for f in decisions.preview(store, None, app, t).findings if f.code]
    rec = decisions.recommend(store, u["off1"], app, t, expected_version=0)
    with pytest.raises(DomainError, match="meets the rule"):
        decide_policy.request_exception(store, u["off1"], app, rule="membership", reason="just in case, please")
    decisions.submit_for_signoff(store, u["off1"], app, version=rec.version)
    assert signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD).complete
    assert document_data.approval_memo_data(store, None, rec.app_no).exceptions == ()


def test_a_rule_failing_after_submission_blocks_the_approval(env):
    store, u = env
    app, t = _case(store, u, None)
    rec = decisions.recommend(store, u["off1"], app, t, expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=rec.version)
    _break(store, app, "blacklist")                      # blacklisted while awaiting sign-off
    assert any(f.code == "blacklist" and f.blocking for f in signoff.signoff_case(store, u["sup1"], app).findings)
    with pytest.raises(PolicyBlocked, match="nothing was signed"):
        signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    with store.read() as s:
        assert s.scalar(select(Signoff.id)) is None
    # returning or declining is still possible
    signoff.sign(store, u["sup1"], app, decision="decline", seen_version=1, password=PASSWORD,
                 reason_codes=["BLACKLIST"])
    assert status(store, app) == "declined"


def test_product_limits_block_and_take_no_exception(env):
    store, u = env
    app, t = _case(store, u, None)
    with pytest.raises(DomainError, match="amount"):
        decisions.recommend(store, u["off1"], app, terms(amount="1000000.01", justification="x"), expected_version=0)
    # a B2B product for a Taobao shop: the product's platform rule, no exception lifts it
    p = decisions.preview(store, None, app, terms(product="B2B_CREDIT", months=6))
    assert any(f.code == "platform" and f.blocking for f in p.findings)
    with pytest.raises(DomainError, match="product definition"):
        decide_policy.request_exception(store, u["off1"], app, rule="platform", reason="the shop also sells B2B")


def test_exception_requests_are_the_case_officers_and_need_a_reason(env):
    store, u = env
    app, t = _case(store, u, "membership")
    with pytest.raises(DomainError, match="reason"):
        decide_policy.request_exception(store, u["off1"], app, rule="membership", reason="ok")
    with pytest.raises(PermissionDenied):
        decide_policy.request_exception(store, u["off2"], app, rule="membership", reason="another officer's case")
    with pytest.raises(PermissionDenied):
        decide_policy.request_exception(store, u["sup1"], app, rule="membership", reason="supervisors do not ask")
    xid = decide_policy.request_exception(store, u["off1"], app, rule="membership", reason="five years offline")
    with pytest.raises(DomainError, match="already requested"):
        decide_policy.request_exception(store, u["off1"], app, rule="membership", reason="five years offline")
    decide_policy.withdraw_exception(store, u["off1"], app, exception_id=xid)
    assert [x.state for x in decide_policy.exceptions_for(store, None, app)] == ["withdrawn"]
    rec = decisions.recommend(store, u["off1"], app, t, expected_version=0)
    with pytest.raises(PolicyBlocked):
        decisions.submit_for_signoff(store, u["off1"], app, version=rec.version)


def test_declined_at_signoff_refuses_the_exception(env):
    store, u = env
    app, t = _case(store, u, "membership")
    xid = decide_policy.request_exception(store, u["off1"], app, rule="membership", reason="five years offline")
    rec = decisions.recommend(store, u["off1"], app, t, expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=rec.version)
    signoff.sign(store, u["sup1"], app, decision="decline", seen_version=1, password=PASSWORD,
                 reason_codes=["POLICY_TENURE"])
    with store.read() as s:
        assert s.get(PolicyException, xid).state == "refused"


def test_above_the_dual_threshold_an_exception_needs_three_signatures(env):
    store, u = env
    from workstation.domain.actor import Actor
    from workstation.services import auth
    from workstation.store.models import User, UserRole
    with store.tx() as s:
        s.add(User(username="sup3", display_name="SUP3", password_hash=auth.hash_password(PASSWORD),
                   roles=[UserRole(role="supervisor")]))
    sup3 = auth.sign_in(store, "sup3", PASSWORD)
    app = make_application(store, officer=u["off1"], product="CREDIT_FIXED", amount="600000.00",
                           suggested="700000.00")
    _break(store, app, "membership")
    decide_policy.request_exception(store, u["off1"], app, rule="membership", reason="five years offline")
    rec = decisions.recommend(store, u["off1"], app, terms(amount="600000.00"), expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=rec.version)
    assert signoff.signoff_case(store, u["sup1"], app).signoffs_needed == 3
    assert not signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD).complete
    res = signoff.sign(store, u["sup2"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert not res.complete and "2 of 3" in res.message
    assert [q.signoffs_done for q in signoff.signoff_queue(store, sup3)] == [2]
    assert signoff.sign(store, sup3, app, decision="approve", seen_version=1, password=PASSWORD).complete
    assert decisions.approved_terms(store, None, app).signers == ("sup1", "sup2", "sup3")
