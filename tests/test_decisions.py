from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from decide_helpers import (PASSWORD, complete_draft, make_application, make_store, status, terms, users)
from workstation.domain import decision as dec
from workstation.domain.products import product_by_code
from workstation.services import audit, audit_trail
from workstation.decide import authority, decisions, interviews, signoff
from workstation.domain.errors import DomainError, PermissionDenied, StaleEdit
from workstation.store.session import Store
from workstation.store.models import Setting
from workstation.store.models_decide import Recommendation, Signoff


# --- pure rules ------------------------------------------------------------------------------

CAP = dec.Capacity(net_capital=Decimal("1000000.00"), bank_borrowing_ratio_pct=Decimal("50"),
                   single_borrower_pct=Decimal("5"), warn_at_pct=Decimal("90"))


def test_capacity_is_net_capital_plus_bank_borrowing():
    assert CAP.total == Decimal("1500000.00") and CAP.single_borrower_limit == Decimal("50000.00")
    seeded = dec.capacity_from_settings({"capital.net_capital": "1600000000.00",
                                         "capital.bank_borrowing_ratio_pct": "50",
                                         "capital.single_borrower_pct": "5", "capital.warn_at_pct": "90"})
    assert seeded.total == Decimal("2400000000.00")


def test_exposure_errors_and_warnings():
    f = dec.exposure_findings(capacity=CAP, committed_total=Decimal("1310000.00"),
                              borrower_committed=Decimal("5000.00"), amount=Decimal("40000.00"))
    assert [(x.field, x.severity) for x in f] == [("capacity", "warning"), ("single_borrower", "warning")]
    f = dec.exposure_findings(capacity=CAP, committed_total=Decimal("1490000.00"),
                              borrower_committed=Decimal("20000.00"), amount=Decimal("40000.00"))
    assert [(x.field, x.severity) for x in f] == [("capacity", "error"), ("single_borrower", "error")]
    assert dec.exposure_findings(capacity=CAP, committed_total=Decimal("0"), borrower_committed=Decimal("0"),
                                 amount=Decimal("10000.00")) == []


def _validate(t, **kw):
    args = dict(product=product_by_code(t.product_code), suggested_limit=Decimal("300000.00"),
                interview_outcome=None, capacity=replace(CAP, net_capital=Decimal("100000000.00")),
                committed_total=Decimal(0), borrower_committed=Decimal(0))
    args.update(kw)
    return {f.field for f in dec.validate_recommendation(terms=t, **args) if f.blocking}


def test_validation_rules():
    assert _validate(terms()) == set()
    assert _validate(terms(product="B2B_CREDIT")) == {"interview"}
    assert _validate(terms(product="B2B_CREDIT"), interview_outcome="verified") == set()
    assert _validate(terms(amount="400000.00")) == {"justification"}
    assert _validate(terms(amount="400000.00", justification="strong repeat borrower")) == set()
    assert _validate(terms(amount="2000000.00", justification="x"), suggested_limit=None) == {"amount"}
    assert _validate(terms(months=7)) == {"term_months"}
    assert _validate(terms(rate="0.07")) == {"rate"}
    assert _validate(terms(rate="0.03")) == {"rate"}


def test_authority_rules():
    rules = dec.DEFAULT_AUTHORITY
    assert dec.required_signoffs(rules, product_code="B2B_CREDIT", amount=Decimal("1000000.00")) == 1
    assert dec.required_signoffs(rules, product_code="B2B_CREDIT", amount=Decimal("1000000.01")) == 2
    assert dec.authority_problem(rules, roles={"officer"}, product_code="ORDER", amount=Decimal(1))
    assert dec.authority_problem(rules, roles={"supervisor"}, product_code="ORDER", amount=Decimal(1)) is None
    assert "above your sign-off authority" in dec.authority_problem(
        rules, roles={"supervisor"}, product_code="ORDER", amount=Decimal("1000000.01"))
    generic = (dec.Authority("supervisor", None, Decimal("10.00")),
               dec.Authority("supervisor", "ORDER", Decimal("99.00")))
    assert dec.signing_limit(generic, roles={"supervisor"}, product_code="ORDER") == Decimal("99.00")
    assert dec.signing_limit(generic, roles={"supervisor"}, product_code="B2B_CREDIT") == Decimal("10.00")


# --- services --------------------------------------------------------------------------------

@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    u = users(store)
    yield store, u
    store.close()


def _to_signoff(store, u, *, officer="off1", **kw):
    app = make_application(store, officer=u[officer], **{k: v for k, v in kw.items()
                                                         if k in ("product", "amount", "suggested")})
    t = terms(**{k: v for k, v in kw.items() if k in ("product", "amount", "months", "justification")})
    if t.product_code == "B2B_CREDIT":
        i = interviews.start_interview(store, u[officer], app)
        interviews.submit_interview(store, u[officer], i.id, complete_draft())
    r = decisions.recommend(store, u[officer], app, t, expected_version=0)
    decisions.submit_for_signoff(store, u[officer], app, version=r.version)
    return app


def test_recommend_submit_approve_and_approved_terms(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    r = decisions.recommend(store, u["off1"], app, terms(conditions="monthly sales report"), expected_version=0)
    assert r.version == 1 and status(store, app) == "recommended" and r.apr_pct == Decimal("18.00")
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    assert status(store, app) == "awaiting_signoff"
    queue = signoff.signoff_queue(store, u["sup1"])
    assert [q.application_id for q in queue] == [app]
    assert signoff.signoff_queue(store, u["sup2"]) == []          # another team's case
    case = signoff.signoff_case(store, u["sup1"], app)
    assert case.may_sign and case.recommendation.version == 1 and case.signoffs_needed == 1
    res = signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert res.complete and status(store, app) == "approved" and res.signature.startswith("password re-verified")
    t = decisions.approved_terms(store, None, app)
    assert (t.product_code, t.amount, t.term_months, t.method, t.daily_rate_pct, t.conditions) == (
        "CREDIT_FIXED", Decimal("200000.00"), 6, "equal-installment", Decimal("0.05"), "monthly sales report")
    assert t.offer_expires_on == decisions.today() + timedelta(days=30) and t.signers == ("sup1",)
    actions = [e["action"] for e in audit_trail.entries_for(store, None, entity_type="application", entity_id=r.app_no)]
    assert "signoff" in actions and actions.count("status_change") >= 3
    assert audit.verify(store, None).ok


def test_officer_cannot_sign_off(env):
    store, u = env
    app = _to_signoff(store, u)
    with pytest.raises(PermissionDenied, match="supervisor"):
        signoff.sign(store, u["off2"], app, decision="approve", seen_version=1, password=PASSWORD)
    with pytest.raises(PermissionDenied):
        signoff.signoff_queue(store, u["off1"])


def test_nobody_signs_their_own_recommendation(env):
    store, u = env
    app = _to_signoff(store, u, officer="offsup")
    with pytest.raises(PermissionDenied, match="own recommendation"):
        signoff.sign(store, u["offsup"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert signoff.signoff_queue(store, u["offsup"]) == []
    assert status(store, app) == "awaiting_signoff"


def test_wrong_password_signs_nothing(env):
    store, u = env
    app = _to_signoff(store, u)
    with pytest.raises(DomainError, match="password is wrong"):
        signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password="guess#1234")
    with store.read() as s:
        assert s.scalar(select(Signoff.id)) is None
    assert status(store, app) == "awaiting_signoff"


def test_two_level_signoff_and_not_twice_in_a_chain(env):
    store, u = env
    app = _to_signoff(store, u, product="B2B_CREDIT", amount="1500000.00", suggested="2000000.00", months=12)
    first = signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert not first.complete and status(store, app) == "awaiting_signoff"
    with pytest.raises(PermissionDenied, match="already signed"):
        signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    # the second supervisor, of another team, sees it for the second sign-off
    assert [q.signoffs_done for q in signoff.signoff_queue(store, u["sup2"])] == [1]
    second = signoff.sign(store, u["sup2"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert second.complete and status(store, app) == "approved"
    assert decisions.approved_terms(store, None, app).signers == ("sup1", "sup2")


def test_first_signoff_must_come_from_the_team(env):
    store, u = env
    app = _to_signoff(store, u)
    with pytest.raises(PermissionDenied, match="another team"):
        signoff.sign(store, u["sup2"], app, decision="approve", seen_version=1, password=PASSWORD)


def test_approve_lower_below_the_dual_threshold_needs_one_signature(env):
    store, u = env
    app = _to_signoff(store, u, product="B2B_CREDIT", amount="1500000.00", suggested="2000000.00", months=12)
    with pytest.raises(DomainError, match="below"):
        signoff.sign(store, u["sup1"], app, decision="approve_lower", limit=Decimal("1500000.00"),
                     seen_version=1, password=PASSWORD)
    res = signoff.sign(store, u["sup1"], app, decision="approve_lower", limit=Decimal("800000.00"),
                       seen_version=1, password=PASSWORD, comment="first loan: start lower")
    assert res.complete and decisions.approved_terms(store, None, app).amount == Decimal("800000.00")


def test_supervisor_cannot_sign_above_authority(env):
    store, u = env
    with pytest.raises(PermissionDenied):
        authority.set_rule(store, u["sup1"], role="supervisor", product_code="CREDIT_FIXED",
                           max_limit=Decimal("100000.00"), dual_above=None)
    authority.set_rule(store, u["admin"], role="supervisor", product_code="CREDIT_FIXED",
                       max_limit=Decimal("100000.00"), dual_above=None)
    app = _to_signoff(store, u)
    with pytest.raises(PermissionDenied, match="above your sign-off authority"):
        signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    res = signoff.sign(store, u["sup1"], app, decision="approve_lower", limit=Decimal("100000.00"),
                       seen_version=1, password=PASSWORD)
    assert res.complete and res.limit_approved == Decimal("100000.00")


def test_stale_signoff_two_sessions(env, db_url):
    store, u = env
    app = _to_signoff(store, u)
    officer_desk = Store.open(*db_url[:1], schema=db_url[1])       # a second desk on the same database
    try:
        seen = signoff.signoff_case(store, u["sup1"], app)        # the supervisor opens version 1
        r2 = decisions.recommend(officer_desk, u["off1"], app, terms(amount="150000.00"), expected_version=1)
        assert r2.version == 2
        with pytest.raises(StaleEdit, match="changed to version 2 after you opened version 1"):
            signoff.sign(store, u["sup1"], app, decision="approve", seen_version=seen.recommendation.version,
                         password=PASSWORD)
        # nothing lost: both versions kept, still awaiting sign-off, the new version signable
        hist = decisions.recommendation_history(store, None, app)
        assert [(h.version, h.terms.amount) for h in hist] == [(1, Decimal("200000.00")), (2, Decimal("150000.00"))]
        assert status(store, app) == "awaiting_signoff"
        res = signoff.sign(store, u["sup1"], app, decision="approve", seen_version=2, password=PASSWORD)
        assert res.limit_approved == Decimal("150000.00")
    finally:
        officer_desk.close()


def test_stale_recommendation_edit(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    decisions.recommend(store, u["off1"], app, terms(), expected_version=0)
    with pytest.raises(StaleEdit, match="now version 1, not 0"):
        decisions.recommend(store, u["off1"], app, terms(amount="100000.00"), expected_version=0)
    with store.read() as s:
        assert s.scalars(select(Recommendation.amount)).all() == [Decimal("200000.00")]


def test_return_then_recommend_again(env):
    store, u = env
    app = _to_signoff(store, u)
    with pytest.raises(DomainError, match="comment"):
        signoff.sign(store, u["sup1"], app, decision="return", seen_version=1, password=PASSWORD)
    signoff.sign(store, u["sup1"], app, decision="return", seen_version=1, password=PASSWORD,
                 comment="shorter term please")
    assert status(store, app) == "returned"
    r = decisions.recommend(store, u["off1"], app, terms(), expected_version=1)
    decisions.submit_for_signoff(store, u["off1"], app, version=r.version)
    # a new chain: the same supervisor may sign again
    assert signoff.sign(store, u["sup1"], app, decision="approve", seen_version=2, password=PASSWORD).complete


def test_declines_need_known_reason_codes(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    with pytest.raises(DomainError, match="at least one reason"):
        decisions.decline(store, u["off1"], app, reason_codes=[])
    with pytest.raises(DomainError, match="unknown reason code NOPE"):
        decisions.decline(store, u["off1"], app, reason_codes=["NOPE"])
    decisions.decline(store, u["off1"], app, reason_codes=["LOW_SCORE"], comment="grade E")
    assert status(store, app) == "declined"
    app2 = _to_signoff(store, u)
    signoff.sign(store, u["sup1"], app2, decision="decline", seen_version=1, password=PASSWORD,
                 reason_codes=["INCONSISTENT"], comment="sales overstated")
    assert status(store, app2) == "declined"


def test_request_more_information(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    decisions.request_info(store, u["off1"], app, what="last three months' bank statements")
    assert status(store, app) == "more_info"
    with pytest.raises(Exception):
        decisions.recommend(store, u["off1"], app, terms(), expected_version=0)
    decisions.info_received(store, u["off1"], app, note="statements received")
    assert status(store, app) == "in_review"


def test_b2b_needs_a_verified_interview_in_the_service(env):
    store, u = env
    app = make_application(store, officer=u["off1"], product="B2B_CREDIT", amount="500000.00")
    with pytest.raises(DomainError, match="verified video interview"):
        decisions.recommend(store, u["off1"], app, terms(product="B2B_CREDIT", amount="500000.00", months=12),
                            expected_version=0)
    i = interviews.start_interview(store, u["off1"], app)
    interviews.submit_interview(store, u["off1"], i.id, complete_draft(outcome="follow_up"))
    with pytest.raises(DomainError, match="follow_up"):
        decisions.recommend(store, u["off1"], app, terms(product="B2B_CREDIT", amount="500000.00", months=12),
                            expected_version=0)


def _set(store, key, value):
    with store.tx() as s:
        s.get(Setting, key).value = value


def test_capacity_limit_and_warning(env):
    store, u = env
    _set(store, "capital.net_capital", "1000000.00")           # capacity 1,500,000
    _set(store, "capital.single_borrower_pct", "100")
    make_application(store, officer=u["off2"], amount="1200000.00", status="disbursed")
    app = make_application(store, officer=u["off1"])
    p = decisions.preview(store, None, app, terms(amount="200000.00"))
    assert [(f.field, f.severity) for f in p.findings if f.field != "annual_cost"] == [("capacity", "warning")]     # 1.4m = 93.3%
    assert p.committed_total == Decimal("1200000.00") and p.capacity_total == Decimal("1500000.00")
    with pytest.raises(DomainError, match="lending capacity"):
        decisions.recommend(store, u["off1"], app, terms(amount="300000.01", justification="x"),
                            expected_version=0)
    r = decisions.recommend(store, u["off1"], app, terms(amount="200000.00"), expected_version=0)
    assert any("capacity" in w for w in r.warnings)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    # capacity used by another approval meanwhile: the sign-off is refused, nothing signed
    make_application(store, officer=u["off2"], amount="250000.00", status="approved")
    with pytest.raises(DomainError, match="cannot approve.*capacity"):
        signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert status(store, app) == "awaiting_signoff"
    with store.read() as s:
        assert s.scalar(select(Signoff.id)) is None


def test_single_borrower_limit_counts_related_parties(env):
    store, u = env
    _set(store, "capital.net_capital", "4000000.00")           # single borrower 5% = 200,000
    first = make_application(store, officer=u["off2"], amount="150000.00", status="approved")
    with store.read() as s:
        from workstation.store.models import Application, Merchant
        rep = s.get(Merchant, s.get(Application, first).merchant_id).legal_rep_id
    app = make_application(store, officer=u["off1"], legal_rep_id=rep)       # same legal representative
    p = decisions.preview(store, None, app, terms(amount="50000.00"))
    assert [(f.field, f.severity) for f in p.findings if f.field != "annual_cost"] == [("single_borrower", "warning")]   # 100%
    p = decisions.preview(store, None, app, terms(amount="60000.00"))
    assert ("single_borrower", "error") in [(f.field, f.severity) for f in p.findings]
    other = make_application(store, officer=u["off1"])                       # unrelated: fine
    assert [f for f in decisions.preview(store, None, other, terms(amount="60000.00")).findings
            if f.field != "annual_cost"] == []


def test_offer_expiry(env):
    store, u = env
    app = _to_signoff(store, u)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    expires = decisions.approved_terms(store, None, app).offer_expires_on
    assert decisions.expire_offers(store, None, expires) == []
    assert status(store, app) == "approved"
    expired = decisions.expire_offers(store, None, expires + timedelta(days=1))
    assert len(expired) == 1 and status(store, app) == "offer_expired"
    assert decisions.expire_offers(store, None, expires + timedelta(days=2)) == []


def test_state_machine_refuses_moves_the_services_are_asked_for(env):
    store, u = env
    app = make_application(store, officer=u["off1"], status="approved")
    with pytest.raises(DomainError):
        decisions.decline(store, u["off1"], app, reason_codes=["OTHER"])
    with pytest.raises(DomainError):
        decisions.recommend(store, u["off1"], app, terms(), expected_version=0)
    with pytest.raises(Exception, match="cannot become"):
        decisions.request_info(store, u["off1"], app, what="x")
    assert status(store, app) == "approved"


def test_demo_decide_goes_through_the_services(db_url):
    from datetime import date
    from workstation.demo.demo import generate
    from workstation.demo.demo_decide import decide_demo
    url, schema = db_url
    store = Store.open(url, schema=schema)
    try:
        generate(store, None, applications=150, seed=5, as_of=date(2026, 11, 27))
        summary = decide_demo(store, None, seed=5, as_of=date(2026, 11, 27), share=0.8)
        assert sum(summary.by_outcome.values()) >= 10 and not summary.skipped
        with store.read() as s:
            assert s.scalar(select(Signoff.id).limit(1)) is not None
        assert audit.verify(store, None).ok
    finally:
        store.close()
