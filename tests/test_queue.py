"""The queue service: visibility per role, filters, search, sort, counts, claim and
reassign permissions. Runs on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from workstation.services import audit_trail
from workstation.decide import queue, queue_pages
from workstation.services.auth import sign_in
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.session import Store
from workstation.demo.demo import generate
from workstation.demo.demo_decide import work_the_queue
from workstation.store.models import Application, StatusChange, User

AS_OF = date(2026, 3, 15)


@pytest.fixture
def desk(db_url):
    url, schema = db_url
    store = Store.open(url, schema=schema)
    generate(store, None, applications=60, seed=3, as_of=AS_OF)
    work_the_queue(store, None, seed=3, as_of=AS_OF)     # claims and declines, through the services
    yield store
    store.close()


def actor(store: Store, username: str) -> Actor:
    with store.read() as s:
        u = s.scalar(select(User).where(User.username == username))
        return Actor(id=u.id, username=u.username, display_name=u.display_name,
                     roles=frozenset(u.role_names), supervisor_id=u.supervisor_id)


def officer_of(store, app_id):
    with store.read() as s:
        return s.get(Application, app_id).officer_id


def all_apps(store):
    with store.read() as s:
        return {a.id: (a.officer_id, a.status) for a in s.scalars(select(Application))}


def team_of(store, sup: Actor) -> set[int]:
    with store.read() as s:
        return set(s.scalars(select(User.id).where(User.supervisor_id == sup.id)))


def test_officer_sees_own_and_unassigned_only(desk):
    o1 = actor(desk, "officer1")
    ids = set(queue.queue_ids(desk, o1, queue.QueueQuery()))
    expected = {i for i, (off, _) in all_apps(desk).items() if off in (None, o1.id)}
    assert ids == expected
    assert 0 < len(ids) < 60


def test_supervisor_sees_team_and_unassigned(desk):
    sup = actor(desk, "supervisor1")
    team = team_of(desk, sup)
    assert team
    ids = set(queue.queue_ids(desk, sup, queue.QueueQuery()))
    expected = {i for i, (off, _) in all_apps(desk).items() if off is None or off in team}
    assert ids == expected
    other = actor(desk, "supervisor2")
    assert ids != set(queue.queue_ids(desk, other, queue.QueueQuery()))


def test_admin_sees_all(desk):
    assert len(queue.queue_ids(desk, actor(desk, "admin"), queue.QueueQuery())) == 60


def test_counts_match_queues(desk):
    o1 = actor(desk, "officer1")
    counts = queue_pages.queue_counts(desk, o1)
    for q in queue.QUEUES:
        assert counts[q] == len(queue.queue_ids(desk, o1, queue.QueueQuery(queue=q)))
    owned = len(queue.queue_ids(desk, o1, queue.QueueQuery(queue="mine", include_finished=True)))
    assert counts["all"] == owned + counts["unassigned"]


def test_my_cases_lists_only_work_in_hand(desk):
    """Declined, withdrawn, expired and closed cases leave "My cases"; the status filter
    (or include_finished) still finds them."""
    o1 = actor(desk, "officer1")
    statuses = {st for i, (off, st) in all_apps(desk).items() if off == o1.id}
    finished = statuses & {"declined", "withdrawn", "offer_expired", "closed", "disbursed"}
    assert finished, "the demo gives officer1 some finished cases"
    mine = queue.queue_rows(desk, o1, queue.queue_ids(desk, o1, queue.QueueQuery(queue="mine")))
    assert mine and {r.status for r in mine} <= {s.value for s in queue.MY_WORK_STATUSES}
    assert queue_pages.queue_counts(desk, o1)["mine"] == len(mine)
    everything = queue.queue_ids(desk, o1, queue.QueueQuery(queue="mine", include_finished=True))
    assert len(everything) == sum(1 for off, _ in all_apps(desk).values() if off == o1.id) > len(mine)
    one = sorted(finished)[0]
    picked = queue.queue_rows(desk, o1, queue.queue_ids(desk, o1, queue.QueueQuery(queue="mine", statuses=(one,))))
    assert picked and {r.status for r in picked} == {one}


def test_filters_and_sort(desk):
    admin = actor(desk, "admin")
    ids = queue.queue_ids(desk, admin, queue.QueueQuery(statuses=("received",)))
    rows = queue.queue_rows(desk, admin, ids)
    assert rows and all(r.status == "received" for r in rows)
    by_amount = queue.queue_rows(desk, admin, queue.queue_ids(desk, admin, queue.QueueQuery(sort="amount",
                                                                                     descending=False)))
    amounts = [r.amount_requested for r in by_amount]
    assert amounts == sorted(amounts) and all(isinstance(a, Decimal) for a in amounts)
    rng = queue.QueueQuery(amount_min=Decimal("50000"), amount_max=Decimal("200000"))
    got = queue.queue_rows(desk, admin, queue.queue_ids(desk, admin, rng))
    assert got and all(Decimal("50000") <= r.amount_requested <= Decimal("200000") for r in got)
    plat = queue.queue_rows(desk, admin, queue.queue_ids(desk, admin, queue.QueueQuery(platform="1688")))
    assert plat and all(r.platform == "1688" and r.product_code == "B2B_CREDIT" for r in plat)


@pytest.mark.parametrize("field", ["app_no", "merchant", "legal_rep", "id_last4", "merchant_middle"])
def test_search(desk, field):
    admin = actor(desk, "admin")
    with desk.read() as s:
        a = s.get(Application, 7)
        text = {"app_no": a.app_no[:-1], "merchant": a.merchant_name[:4], "legal_rep": a.legal_rep_name,
                "id_last4": a.id_last4, "merchant_middle": a.merchant_name[2:6]}[field]
    ids = queue.queue_ids(desk, admin, queue.QueueQuery(search=text))
    assert 7 in ids
    assert len(ids) < 60


def test_claim_by_officer(desk):
    o1 = actor(desk, "officer1")
    app_id = queue.queue_ids(desk, o1, queue.QueueQuery(queue="unassigned", statuses=("received",)))[0]
    queue.claim(desk, o1, app_id)
    with desk.read() as s:
        a = s.get(Application, app_id)
        assert (a.officer_id, a.status) == (o1.id, "in_review")
        assert s.scalar(select(StatusChange.to_status).where(StatusChange.application_id == app_id)
                        .order_by(StatusChange.id.desc()).limit(1)) == "in_review"
    with pytest.raises(DomainError):
        queue.claim(desk, actor(desk, "officer2"), app_id)
    assert [e["action"] for e in audit_trail.entries_for(desk, None, entity_type="application", entity_id=a.app_no)][-2:] \
        == ["status_change", "claim"]


def test_claim_refused_to_non_officer(desk):
    sup = actor(desk, "supervisor1")
    app_id = queue.queue_ids(desk, sup, queue.QueueQuery(queue="unassigned", statuses=("received",)))[0]
    with pytest.raises(PermissionDenied):
        queue.claim(desk, sup, app_id)
    assert officer_of(desk, app_id) is None


def test_reassign_supervisor_only_and_audited(desk):
    sup, o1 = actor(desk, "supervisor1"), actor(desk, "officer1")
    o2 = actor(desk, "officer2")
    mine = queue.queue_ids(desk, o1, queue.QueueQuery(queue="mine", statuses=("in_review",)))[0]
    with pytest.raises(PermissionDenied):
        queue.reassign(desk, o1, mine, officer_id=o2.id)
    o3 = actor(desk, "officer3")  # another team
    with pytest.raises(PermissionDenied):
        queue.reassign(desk, sup, mine, officer_id=o3.id)
    queue.reassign(desk, sup, mine, officer_id=o2.id)
    assert officer_of(desk, mine) == o2.id
    with desk.read() as s:
        app_no = s.get(Application, mine).app_no
    last = audit_trail.entries_for(desk, None, entity_type="application", entity_id=app_no)[-1]
    assert last["action"] == "reassign" and last["details"] == {"from": "officer1", "to": "officer2"}
    # supervisor2 may not touch supervisor1's team's case
    with pytest.raises(PermissionDenied):
        queue.reassign(desk, actor(desk, "supervisor2"), mine, officer_id=o3.id)


def test_stale_claim_refused(desk):
    o1 = actor(desk, "officer1")
    row = queue.queue_rows(desk, o1, queue.queue_ids(desk, o1, queue.QueueQuery(queue="unassigned",
                                                                          statuses=("received",))))[0]
    with pytest.raises(DomainError):
        queue.claim(desk, o1, row.id, expected_version=row.version + 1)


def test_sign_in_gives_actor_the_queue_understands(desk):
    o1 = sign_in(desk, "officer1", "Officer#2026")
    assert queue_pages.queue_counts(desk, o1)["mine"] == len(queue.queue_ids(desk, o1, queue.QueueQuery(queue="mine")))
