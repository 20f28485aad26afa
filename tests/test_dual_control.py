"""Dual control that flows: a case needing a second signature reaches every entitled
supervisor (other teams' included), read-only apart from the sign-off, and only
while it awaits their signature; the same person never gives both."""
from __future__ import annotations

import pytest

from decide_helpers import PASSWORD, complete_draft, make_application, make_store, status, terms, users
from workstation.decide import cases, decisions, interviews, queue, queue_pages, signoff
from workstation.domain.errors import PermissionDenied
from workstation.decide.queue import QueueQuery


@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    u = users(store)
    yield store, u
    store.close()


def _two_signature_case(store, u, officer="off1"):
    app = make_application(store, officer=u[officer], product="B2B_CREDIT", amount="1500000.00",
                           suggested="2000000.00")
    i = interviews.start_interview(store, u[officer], app)
    interviews.submit_interview(store, u[officer], i.id, complete_draft())
    r = decisions.recommend(store, u[officer], app, terms(product="B2B_CREDIT", amount="1500000.00", months=12),
                            expected_version=0)
    decisions.submit_for_signoff(store, u[officer], app, version=r.version)
    return app


def _signoff_ids(store, actor):
    return queue.queue_ids(store, actor, QueueQuery(queue="signoff"))


def test_second_signature_reaches_other_teams_supervisors(env):
    store, u = env
    app = _two_signature_case(store, u)
    # before the first signature: only the team's supervisor sees it
    assert app in _signoff_ids(store, u["sup1"])
    assert app not in _signoff_ids(store, u["sup2"]) and queue_pages.queue_counts(store, u["sup2"])["signoff"] == 0
    with pytest.raises(PermissionDenied, match="another team"):
        cases.profile(store, u["sup2"], app)

    first = signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert not first.complete and status(store, app) == "awaiting_signoff"
    # now every other entitled supervisor finds it in the desk's sign-off queue and may open it
    for who in ("sup2", "offsup"):
        assert _signoff_ids(store, u[who]) == [app]
        counts = queue_pages.queue_counts(store, u[who])
        assert counts["signoff"] == 1 and counts["all"] == len(queue.queue_ids(store, u[who], QueueQuery()))
        assert app in queue.queue_ids(store, u[who], QueueQuery(queue="all"))
        assert cases.profile(store, u[who], app).app_no
        assert cases.policy_checks(store, u[who], app)
        assert queue.can_see(store, u[who], app)
        item, = signoff.signoff_queue(store, u[who])
        assert (item.application_id, item.signoffs_done, item.signoffs_needed, item.first_signer) == (
            app, 1, 2, "SUP1")
    # read-only apart from the sign-off: no reassigning another team's case
    with pytest.raises(PermissionDenied):
        queue.reassign(store, u["sup2"], app, officer_id=u["off2"].id)
    # the first signer is not offered it again, and cannot sign twice
    assert signoff.signoff_queue(store, u["sup1"]) == []
    with pytest.raises(PermissionDenied, match="already signed"):
        signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)

    second = signoff.sign(store, u["sup2"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert second.complete and status(store, app) == "approved"
    assert decisions.approved_terms(store, None, app).signers == ("sup1", "sup2")
    # once signed, the other team's case is closed to them again
    for who in ("sup2", "offsup"):
        assert app not in _signoff_ids(store, u[who])
        assert queue_pages.queue_counts(store, u[who])["signoff"] == 0
        with pytest.raises(PermissionDenied, match="another team"):
            cases.profile(store, u[who], app)
    assert cases.profile(store, u["sup1"], app).status == "approved"       # the team's supervisor still sees it


def test_the_recommending_supervisor_is_never_the_second_signer(env):
    store, u = env
    app = _two_signature_case(store, u, officer="offsup")       # offsup recommends: no team supervisor
    with pytest.raises(PermissionDenied, match="own recommendation"):
        signoff.sign(store, u["offsup"], app, decision="approve", seen_version=1, password=PASSWORD)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    assert app not in _signoff_ids(store, u["offsup"]) or \
        "own recommendation" in (signoff.signoff_case(store, u["offsup"], app).why_not or "")
    assert [q.application_id for q in signoff.signoff_queue(store, u["sup2"])] == [app]
    assert signoff.signoff_queue(store, u["offsup"]) == []


def test_second_signature_above_the_supervisors_authority_is_not_offered(env):
    from decimal import Decimal
    from workstation.decide import authority
    store, u = env
    app = _two_signature_case(store, u)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    authority.set_rule(store, u["admin"], role="supervisor", product_code="B2B_CREDIT",
                       max_limit=Decimal("1000000.00"), dual_above=Decimal("500000.00"))
    assert app not in _signoff_ids(store, u["sup2"])
    with pytest.raises(PermissionDenied):
        cases.profile(store, u["sup2"], app)
