"""The case file's services: masking, unmask permissions and audit, platform months,
declared vs platform, the stored score, policy checks, related cases, history.
Runs on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from workstation.domain import scoring
from workstation.services import audit_trail
from workstation.decide import cases, queue
from workstation.domain.errors import PermissionDenied
from workstation.store.session import Store
from workstation.demo.demo import generate
from workstation.demo.demo_decide import work_the_queue
from workstation.store.models import Application, Merchant, Person

import db_built
from tests.test_queue import actor

AS_OF = date(2026, 3, 15)


@pytest.fixture
def desk(db_url):
    url, schema = db_url
    store = db_built.copy_of_built("worked-queue", url, schema, _work)     # filled once per session
    yield store
    store.close()


def _work(store) -> None:
    generate(store, None, applications=60, seed=3, as_of=AS_OF)
    work_the_queue(store, None, seed=3, as_of=AS_OF)     # claims and declines, through the services


def own_case(store, username="officer1") -> int:
    o = actor(store, username)
    return queue.queue_ids(store, o, queue.QueueQuery(queue="mine"))[0]


def test_profile_is_masked(desk):
    app_id = own_case(desk)
    p = cases.profile(desk, actor(desk, "officer1"), app_id)
    with desk.read() as s:
        a = s.get(Application, app_id)
        idn, phone = a.merchant.legal_rep.id_number, a.merchant.legal_rep.phone
    assert p.id_number == idn[:6] + "********" + idn[-4:]
    assert p.phone == phone[:3] + "****" + phone[-4:]
    assert idn not in repr(p) and phone not in repr(p)


def test_officer_unmasks_own_case_audited(desk):
    app_id = own_case(desk)
    o1 = actor(desk, "officer1")
    value = cases.unmask(desk, o1, app_id, "id_number")
    with desk.read() as s:
        a = s.get(Application, app_id)
        assert value == a.merchant.legal_rep.id_number
        app_no = a.app_no
    last = audit_trail.entries_for(desk, None, entity_type="application", entity_id=app_no)[-1]
    assert (last["action"], last["username"], last["details"]) == ("unmask", "officer1", {"field": "id_number"})
    assert value not in str(last)


def test_officer_may_not_unmask_unassigned_case(desk):
    o1 = actor(desk, "officer1")
    app_id = queue.queue_ids(desk, o1, queue.QueueQuery(queue="unassigned"))[0]
    with desk.read() as s:
        app_no = s.get(Application, app_id).app_no
    before = len(audit_trail.entries_for(desk, None, entity_type="application", entity_id=app_no))
    with pytest.raises(PermissionDenied):
        cases.unmask(desk, o1, app_id, "phone")
    assert len(audit_trail.entries_for(desk, None, entity_type="application", entity_id=app_no)) == before
    # a supervisor may
    assert cases.unmask(desk, actor(desk, "supervisor1"), app_id, "phone").isdigit()


def test_other_officers_case_cannot_be_opened(desk):
    app_id = own_case(desk, "officer3")
    with pytest.raises(PermissionDenied):
        cases.profile(desk, actor(desk, "officer1"), app_id)
    assert cases.profile(desk, actor(desk, "admin"), app_id).app_no.startswith("A")


def test_platform_months_and_financials(desk):
    app_id = own_case(desk)
    o1 = actor(desk, "officer1")
    months = cases.platform_months(desk, o1, app_id)
    assert len(months) == 24
    assert months == sorted(months, key=lambda m: m.month)
    assert all(isinstance(m.sales, Decimal) for m in months)
    fin = cases.financials(desk, o1, app_id, as_of=AS_OF)
    assert [i.code for i in fin.items] == ["platform_sales", "margin", "leverage", "receivables", "inventory"]
    assert 0 <= fin.index <= 100


def test_score_computed_once_and_stored(desk):
    app_id = own_case(desk)
    o1 = actor(desk, "officer1")
    first = cases.score_now(desk, o1, app_id, as_of=AS_OF)
    assert first.newly_computed
    r = first.result
    assert r.total == sum(f.points for f in r.factors)
    with desk.read() as s:
        a = s.get(Application, app_id)
        assert (a.score_total, a.grade, a.suggested_limit, a.score_version) == \
            (r.total, r.grade, r.suggested_limit, r.version)
        assert a.score_inputs == r.inputs
        # change the platform data: the stored score must still explain itself from its inputs
        merchant_id = a.merchant_id
    with desk.tx() as s:
        s.execute(update(Merchant).where(Merchant.id == merchant_id).values(real_name_verified=False))
    again = cases.score(desk, o1, app_id)
    assert not again.newly_computed and again.result == r
    assert scoring.score_from_inputs(r.inputs, scoring.load_scorecard()) == r


def test_policy_checks(desk):
    app_id = own_case(desk)
    checks = cases.policy_checks(desk, actor(desk, "officer1"), app_id, as_of=AS_OF)
    codes = [c.code for c in checks]
    assert {"age", "membership", "blacklist", "amount", "b2b_region", "overdue"} <= set(codes)
    assert all(c.reason_en and c.reason_zh for c in checks)


def test_related_cases_by_phone(desk):
    o1 = actor(desk, "officer1")
    mine = queue.queue_ids(desk, o1, queue.QueueQuery(queue="mine"))
    a_id, b_id = mine[0], mine[1]
    with desk.tx() as s:
        a, b = s.get(Application, a_id), s.get(Application, b_id)
        phone = a.merchant.legal_rep.phone
        if a.merchant_id != b.merchant_id:
            s.execute(update(Person).where(Person.id == b.merchant.legal_rep_id).values(phone=phone))
    rel = cases.related_cases(desk, o1, a_id)
    hit = [r for r in rel if r.id == b_id]
    assert hit and "phone" in hit[0].matched_on
    assert all(r.id != a_id for r in rel)


def test_history_with_names_and_audit(desk):
    app_id = own_case(desk)
    o1 = actor(desk, "officer1")
    cases.unmask(desk, o1, app_id, "bank_card")
    changes, entries = cases.history(desk, o1, app_id)
    assert changes[0].to_status == "received" and changes[0].from_status is None
    assert any(c.user_name == o1.display_name for c in changes[1:])
    assert entries[-1].action == "unmask"


def test_score_unscored_in_bulk(desk):
    with pytest.raises(PermissionDenied):
        cases.score_unscored(desk, actor(desk, "officer1"))
    n = cases.score_unscored(desk, actor(desk, "supervisor1"), as_of=AS_OF, statuses=["received"])
    with desk.read() as s:
        apps = s.scalars(select(Application)).all()
        received = [a for a in apps if a.status == "received"]
        assert n == len(received) > 0
        assert all(a.grade in "ABCDE" and a.score_inputs for a in received)
        assert all(a.grade is None for a in apps if a.status != "received")
    assert cases.score_unscored(desk, None, as_of=AS_OF, statuses=["received"]) == 0


def test_bulk_scores_equal_the_one_by_one_score(desk):
    """Tools > Score unscored and imports read months, interviews and the blacklist for a
    whole chunk at once: each stored score is the one the case's own reads give."""
    from workstation.decide import bulk_scores
    from workstation.store import queries
    from workstation.store.models import BlacklistEntry
    with desk.tx() as s:
        first = s.scalars(select(Application).where(Application.status == "received").order_by(Application.id)).first()
        s.add(BlacklistEntry(kind="member_id", value=first.merchant.member_id, reason="test"))
    assert cases.score_unscored(desk, actor(desk, "supervisor1"), as_of=AS_OF, statuses=["received"], chunk=7) > 7
    card = scoring.load_scorecard()
    with desk.read() as s:
        apps = s.scalars(select(Application).where(Application.status == "received")).all()
        assert queries.blacklisted_merchants(s, [a.merchant for a in apps]) == \
            {a.merchant_id for a in apps if queries.blacklisted(s, a.merchant)} != set()
        for a in apps:
            one = bulk_scores.compute(s, a, card=card, as_of=AS_OF, product=queries.product(s, a.product_code))
            assert (a.score_total, a.grade, a.suggested_limit, a.score_inputs) == \
                (one.total, one.grade, one.suggested_limit, one.inputs)
