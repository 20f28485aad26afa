"""The queue's substring search index and kept counts (issue 15), on SQLite and PostgreSQL:
a substring of every field the search covers is found after an insert and after an
update (and the old text no longer is); the kept counts (queue_counts) equal a real
count after claims, reassignments, status changes, inserts and deletes; the province
list follows the applications."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, literal_column, select, update

from workstation.decide import queue, queue_pages
from workstation.decide.queue import QueueQuery
from workstation.store.models import Application, DeclaredFinancials, StatusChange
from workstation.domain.money import to_fen
from workstation.store.models_queue import QueueAmountCount, QueueCount, QueueProvince, QueueProvinceCount
from workstation.store.queue_index import band_end, band_of

from tests.decide_helpers import make_application, make_store, users


@pytest.fixture
def desk(db_url):
    store = make_store(db_url)
    yield store
    store.close()


def found(store, who, text) -> list[int]:
    ids = queue.queue_ids(store, who, QueueQuery(search=text))
    assert queue_pages.queue_count(store, who, QueueQuery(search=text)) == len(ids)
    return ids


def test_every_searched_field_is_found_after_insert_and_update(desk):
    u = users(desk)
    app = make_application(desk, officer=u["off1"])
    other = make_application(desk, officer=None)
    with desk.tx(None) as s:
        s.execute(update(Application).where(Application.id == app).values(
            merchant_name="义乌市星河日用百货有限公司", legal_rep_name="欧阳春晓", app_no="A202612040777"))
        a = s.get(Application, app)
        app_no, last4 = a.app_no, a.id_last4
    for who in (u["admin"], u["off1"], u["sup1"]):
        for text in ("星河日用", "日用百", "百货有限公司", "义乌市", "欧阳春", "阳春晓",
                     app_no[:-2], last4):
            assert app in found(desk, who, text), (who.username, text)
        assert app not in found(desk, who, "杭州测试")          # the old merchant name is gone
        assert other not in found(desk, who, "星河日用")
    assert app not in found(desk, u["off2"], "星河日用")          # another team's case stays hidden
    with desk.tx(None) as s:                                    # a second update: the index follows again
        s.execute(update(Application).where(Application.id == app).values(merchant_name="宁波海曙晨光文具店"))
    assert app in found(desk, u["admin"], "海曙晨光") and app not in found(desk, u["admin"], "星河日用")
    assert app in found(desk, u["admin"], "阳春晓")              # the untouched name is still there
    with desk.tx(None) as s:                                    # Latin text: case does not matter
        s.execute(update(Application).where(Application.id == app).values(merchant_name="Sunrise Outdoor Gear"))
    assert app in found(desk, u["admin"], "outdoor") and app in found(desk, u["admin"], "RISE OUT")


def test_a_new_application_is_found_at_once(desk):
    u = users(desk)
    before = make_application(desk, officer=u["off1"])
    n = len(found(desk, u["admin"], "有限公司"))
    new = make_application(desk, officer=u["off1"])
    got = found(desk, u["admin"], "有限公司")
    assert len(got) == n + 1 and new in got and before in got


def kept(store) -> Counter:
    with store.read(None) as s:
        return Counter({(r.owner, r.status, r.product_code, r.platform, r.grade): r.n
                        for r in s.scalars(select(QueueCount)) if r.n})


def real(store) -> Counter:
    owner = func.coalesce(Application.officer_id, literal_column("0"))
    grade = func.coalesce(Application.grade, literal_column("''"))
    key = (owner, Application.status, Application.product_code, Application.platform, grade)
    with store.read(None) as s:
        rows = s.execute(select(*key, func.count()).group_by(*key)).all()
    return Counter({tuple(r[:5]): r[5] for r in rows})


def test_kept_counts_follow_every_change(desk):
    u = users(desk)
    apps = [make_application(desk, officer=None, status="received") for _ in range(3)]
    apps += [make_application(desk, officer=u["off1"], product="B2B_CREDIT"),
             make_application(desk, officer=u["off2"], status="awaiting_signoff")]
    assert kept(desk) == real(desk)
    queue.claim(desk, u["off1"], apps[0])
    assert kept(desk) == real(desk)
    queue.reassign(desk, u["sup1"], apps[1], officer_id=u["off1"].id)
    assert kept(desk) == real(desk)
    with desk.tx(None) as s:
        s.execute(update(Application).where(Application.id == apps[3]).values(status="declined", grade="C"))
        s.execute(update(Application).where(Application.id == apps[4]).values(officer_id=None, platform="tmall"))
    assert kept(desk) == real(desk)
    with desk.tx(None) as s:
        for t in (DeclaredFinancials, StatusChange):
            s.execute(delete(t).where(t.application_id == apps[2]))
        s.execute(delete(Application).where(Application.id == apps[2]))
    assert kept(desk) == real(desk)
    for who in ("off1", "off2", "sup1", "sup2", "admin", "offsup"):       # the counts the desk shows
        counts = queue_pages.queue_counts(desk, u[who])
        for name in queue.QUEUES:
            assert counts[name] == len(queue.queue_ids(desk, u[who], QueueQuery(queue=name))), (who, name)
        for q in (QueueQuery(statuses=("in_review",)), QueueQuery(product="B2B_CREDIT"), QueueQuery(grade="C"),
                  QueueQuery(platform="tmall"), QueueQuery(queue="mine", include_finished=True)):
            assert queue_pages.queue_count(desk, u[who], q) == len(queue.queue_ids(desk, u[who], q)), (who, q)


def test_province_choices_come_from_the_lookup_table(desk):
    u = users(desk)
    app = make_application(desk, officer=u["off1"])
    with desk.tx(None) as s:
        s.execute(update(Application).where(Application.id == app).values(province="新疆"))
    assert "新疆" in queue.filter_options(desk, u["admin"]).provinces
    with desk.read(None) as s:
        assert set(s.scalars(select(QueueProvince.province))) >= set(s.scalars(select(Application.province)))


# --- the facet counts: province and amount band (the province and amount-range filters) -------

def kept_facets(store) -> tuple[Counter, Counter]:
    with store.read(None) as s:
        prov = Counter({(r.owner, r.status, r.province): r.n for r in s.scalars(select(QueueProvinceCount)) if r.n})
        band = Counter({(r.owner, r.status, r.band): r.n for r in s.scalars(select(QueueAmountCount)) if r.n})
    return prov, band


def real_facets(store) -> tuple[Counter, Counter]:
    with store.read(None) as s:
        rows = s.execute(select(Application.officer_id, Application.status, Application.province,
                                Application.amount_requested)).all()
    prov, band = Counter(), Counter()
    for officer, status, province, amount in rows:
        prov[(officer or 0, status, province)] += 1
        band[(officer or 0, status, band_of(to_fen(amount)))] += 1
    return prov, band


def test_amount_bands_are_the_first_two_significant_digits():
    assert [band_of(f) for f in (0, 7, 99, 100, 109, 110, 999, 1000, 12345, 10_000_000, 29_999_999)] == \
        [0, 7, 99, 100, 100, 110, 990, 1000, 12000, 10_000_000, 29_000_000]
    assert [band_end(b) for b in (7, 100, 990, 12000, 10_000_000, 99_000_000)] == \
        [8, 110, 1000, 13000, 11_000_000, 100_000_000]


AMOUNTS = ["9.99", "100000.00", "100000.01", "120000.00", "299999.99", "300000.00", "300000.01", "1250000.00"]


def test_province_and_amount_counts_follow_every_change_and_count_every_filter(desk):
    """The kept counts per province and per amount band equal a real count after inserts,
    claims, reassignments, province, amount and status changes and deletes; and every
    province and amount-range count the desk shows (whole bands, part bands at the ends,
    one band, open ends, an empty range) equals the rows the queue lists, for every role."""
    u = users(desk)
    apps = [make_application(desk, officer=o, amount=a, status=st)
            for o, a, st in zip([None, None, u["off2"], u["offsup"], None, u["off1"], u["off2"], u["off1"]],
                                AMOUNTS, ["received", "received", "awaiting_signoff", "more_info", "received",
                                          "declined", "in_review", "approved"])]
    assert kept_facets(desk) == real_facets(desk)
    queue.claim(desk, u["off1"], apps[0])
    queue.reassign(desk, u["sup1"], apps[1], officer_id=u["off1"].id)
    with desk.tx(None) as s:
        s.execute(update(Application).where(Application.id == apps[2]).values(province="新疆",
                                                                             amount_requested=Decimal("300000.00")))
        s.execute(update(Application).where(Application.id == apps[3]).values(status="declined", province="广东"))
        s.execute(update(Application).where(Application.id == apps[6]).values(officer_id=None, province="广东"))
    assert kept_facets(desk) == real_facets(desk)
    with desk.tx(None) as s:
        for t in (DeclaredFinancials, StatusChange):
            s.execute(delete(t).where(t.application_id == apps[4]))
        s.execute(delete(Application).where(Application.id == apps[4]))
    assert kept_facets(desk) == real_facets(desk)
    ranges = [("100000", "300000"), ("100000.01", "299999.99"), ("120000", "120000"), ("100000", None),
              (None, "300000"), ("9.99", "1250000"), ("300000.01", "100000"), ("-5", "0"), ("99999", "130000.5")]
    queries = [QueueQuery(province=p) for p in ("浙江", "广东", "新疆", "西藏")]
    queries += [QueueQuery(province="广东", queue="mine"), QueueQuery(province="浙江", statuses=("in_review",)),
                QueueQuery(province="浙江", product="CREDIT_FIXED"), QueueQuery(province="浙江", amount_min=Decimal(1))]
    for lo, hi in ranges:
        for extra in ({}, {"queue": "mine"}, {"queue": "unassigned"}, {"statuses": ("received", "declined")}):
            queries.append(QueueQuery(amount_min=Decimal(lo) if lo else None,
                                      amount_max=Decimal(hi) if hi else None, **extra))
    for who in ("off1", "off2", "sup1", "sup2", "admin", "offsup"):
        for q in queries:
            assert queue_pages.queue_count(desk, u[who], q) == len(queue.queue_ids(desk, u[who], q)), (who, q)
