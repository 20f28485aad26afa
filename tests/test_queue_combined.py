"""Combined filters and searches at any size (issue 15): a province or amount filter with
another filter, a search with filters, over several owners: the count equals a plain
COUNT(*) (after inserts, updates and deletes too), and the pages, forwards and backwards,
give every row of the queue once, in order. The count and the first page read together
(queue_start) equal the two read apart; the table's jump to a short last page reads the
page before with it and shows the same rows. On SQLite a filtered walk of the default sort
takes the index carrying the filter columns, and a combined count reads an index alone.
SQLite and PostgreSQL."""
from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import and_, delete, func, or_, select, update

from workstation.decide import queue, queue_pages
from workstation.decide.queue import QueueQuery, visible_clause
from workstation.store.models import Application

from tests.test_queue import actor
from tests.test_queue_keyset import _clone_rows, desk, walk_backward, walk_forward  # noqa: F401 - the fixture

ROLES = ("admin", "supervisor1", "officer1")
COMBOS = [
    {"province": "浙江", "platform": "taobao"}, {"province": "广东", "grade": "B"},
    {"province": "上海", "product": "CREDIT_FIXED"},
    {"amount_min": Decimal("40000"), "amount_max": Decimal("900000"), "grade": "C"},
    {"amount_min": Decimal("50000"), "platform": "taobao"}, {"amount_max": Decimal("120000.50"), "product": "B2B_CREDIT"},
    {"province": "浙江", "amount_min": Decimal("45000"), "amount_max": Decimal("2000000")},
    {"province": "广东", "amount_min": Decimal("50000"), "grade": "A"},
    {"statuses": ("in_review", "received"), "province": "上海", "platform": "1688"},
    {"queue": "mine", "province": "浙江", "grade": "D"}, {"queue": "unassigned", "amount_min": Decimal("1"), "platform": "tmall"},
    {"search": "测试", "province": "浙江"}, {"search": "A202600000"}, {"search": "商贸1", "grade": "B"},
    {"search": "00", "amount_max": Decimal("900000")},
    # ranges holding most of the queue: counted as the kept count less the rows outside them
    {"amount_max": Decimal("2500000"), "grade": "B"}, {"amount_min": Decimal("0.01"), "product": "CREDIT_FIXED"},
    {"queue": "mine", "amount_min": Decimal("20000"), "amount_max": Decimal("2990000"), "platform": "1688"},
]


def plain_count(store, who, q: QueueQuery) -> int:
    """COUNT(*) written out here from the query's fields, not through the queue's code."""
    a = Application
    conds = [visible_clause(who)]
    if q.queue == "mine":
        conds.append(a.officer_id == who.id)
        if not q.statuses:
            conds.append(a.status.in_(sorted(s.value for s in queue.MY_WORK_STATUSES)))
    elif q.queue == "unassigned":
        conds.append(a.officer_id.is_(None))
    for field, col in (("product", a.product_code), ("platform", a.platform), ("province", a.province),
                       ("grade", a.grade)):
        if getattr(q, field):
            conds.append(col == getattr(q, field))
    if q.statuses:
        conds.append(a.status.in_(q.statuses))
    if q.amount_min is not None:
        conds.append(a.amount_requested >= q.amount_min)
    if q.amount_max is not None:
        conds.append(a.amount_requested <= q.amount_max)
    if q.search:
        t = q.search
        if t.startswith("A"):
            conds.append(a.app_no.like(f"{t}%"))
        elif t.isdigit():
            conds.append(a.id_last4.like(f"%{t}"))
        else:                 # three characters or more: anywhere in a name; fewer: its start
            pattern = f"%{t}%" if len(t) >= 3 else f"{t}%"
            conds.append(or_(a.merchant_name.like(pattern), a.legal_rep_name.like(pattern)))
    with store.read(None) as s:
        return s.scalar(select(func.count()).select_from(a).where(and_(*conds)))


@pytest.mark.parametrize("mode", ["walk", "sort"])
@pytest.mark.parametrize("role", ROLES)
def test_combined_filters_count_and_page_exactly(desk, role, mode, monkeypatch):
    monkeypatch.setattr(queue_pages, "SMALL_STREAM", -1 if mode == "walk" else 10**9)
    who = actor(desk, role)
    nonempty = 0
    for f in COMBOS:
        for sort, descending in (("days_waiting", True), ("amount", False), ("grade", True)):
            q = QueueQuery(sort=sort, descending=descending, **f)
            want = queue.queue_ids(desk, who, q)
            assert queue_pages.queue_count(desk, who, q) == len(want) == plain_count(desk, who, q), (role, q)
            assert walk_forward(desk, who, q, size=5) == want, (role, q, "forward")
            assert walk_backward(desk, who, q, size=5) == want, (role, q, "backward")
            n, first = queue_pages.queue_start(desk, who, q, limit=5)
            assert n == len(want) and [r.id for r in first] == want[:5], (role, q, "start")
            nonempty += bool(want)
    assert nonempty >= len(COMBOS)          # the combinations are not all empty


@pytest.mark.parametrize("role", ROLES)
def test_combined_counts_follow_inserts_updates_and_deletes(desk, role):
    who = actor(desk, role)
    rng = random.Random(f"combined-{role}")
    made: list[int] = []
    cols = (Application.id, Application.province, Application.platform, Application.grade,
            Application.amount_requested)
    with desk.read(None) as s:
        was = [r._asdict() for r in s.execute(select(*cols))]
    try:
        with desk.tx(None) as s:
            made += _clone_rows(s, 12, rng)
            ids = sorted(r["id"] for r in was)
            for victim in rng.sample(ids, 8):          # the filtered columns change
                s.execute(update(Application).where(Application.id == victim).values(
                    province=rng.choice(["浙江", "广东", "上海"]), platform=rng.choice(["tmall", "taobao", "1688"]),
                    grade=rng.choice(["A", "B", "C", None]), amount_requested=Decimal(rng.randrange(10, 3000) * 1000),
                    version=Application.version + 1))
            s.execute(delete(Application).where(Application.id.in_(made[:3])))
        for f in COMBOS:
            q = QueueQuery(**f)
            assert queue_pages.queue_count(desk, who, q) == plain_count(desk, who, q), (role, q)
    finally:                                   # the module's rows as they were, for the next test
        with desk.tx(None) as s:
            s.execute(delete(Application).where(Application.id.in_(made)))
            for r in was:
                s.execute(update(Application).where(Application.id == r["id"]).values(
                    {k: v for k, v in r.items() if k != "id"}))


def test_the_jump_to_a_short_last_page_reads_the_page_before_with_it(desk, qapp, monkeypatch):
    from workstation.ui.queue import queue_model
    monkeypatch.setattr(queue_model, "PAGE", 7)
    who = actor(desk, "admin")
    for q in (QueueQuery(), QueueQuery(sort="merchant"), QueueQuery(sort="amount", descending=False)):
        want = queue.queue_ids(desk, who, q)
        assert len(want) % 7 and len(want) > 3 * 7, q           # a short last page, far from the first
        m = queue_model.QueueModel(desk, who)
        m.set_query(q)
        seeks = []
        real = queue_pages.queue_page

        def counted(*a, **k):
            seeks.append(k)
            return real(*a, **k)
        monkeypatch.setattr(queue_pages, "queue_page", counted)
        last = (len(want) - 1) // 7
        assert m.id_at((last - 1) * 7 + 3) == want[(last - 1) * 7 + 3]      # the view asks the page before first
        assert m.id_at(len(want) - 1) == want[-1]
        assert len(seeks) == 1 and seeks[0]["last"] and {last - 1, last} <= set(m._pages)   # one read, two pages
        assert [m.id_at(i) for i in range((last - 1) * 7, len(want))] == want[(last - 1) * 7:]
        assert len(seeks) == 1
        monkeypatch.setattr(queue_pages, "queue_page", real)
        assert [m.id_at(i) for i in range(len(want))] == want        # and every row, in order


def _plan(desk, stmt) -> str:
    from sqlalchemy.dialects import sqlite
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with desk.engine.connect() as c:
        return "\n".join(r[3] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


@pytest.mark.parametrize("role", ROLES)
def test_filtered_walks_and_combined_counts_read_the_carrying_indexes(desk, role, monkeypatch):
    if desk.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's plans (PostgreSQL's depend on its statistics)")
    monkeypatch.setattr(queue_pages, "SMALL_STREAM", -1)
    who = actor(desk, role)
    checked = 0
    with desk.read(who) as s:
        for f in ({"statuses": ("in_review", "received", "declined"), "platform": "tmall"}, {"grade": "B"},
                  {"province": "浙江", "product": "CREDIT_FIXED"}, {"amount_min": Decimal("1"), "grade": "C"}):
            stmts = [stmt for stmt, walk in queue_pages.page_statements(s, who, QueueQuery(**f)) if walk]
            checked += len(stmts)            # (an owner the kept counts show empty is not read)
            for stmt in stmts:
                p = _plan(desk, stmt)
                assert "ix_q_received" in p or "ix_q_o_received" in p, (role, f, p)
    assert checked >= 4
    with desk.engine.connect() as c:
        for f in ({"province": "浙江", "platform": "tmall"}, {"province": "广东", "amount_min": Decimal("50000")},
                  {"amount_min": Decimal("40000"), "amount_max": Decimal("900000"), "grade": "C"}):
            q = QueueQuery(**f)
            from tests.test_queue_plans import sent_by
            sent = sent_by(desk, lambda: queue_pages.queue_count(desk, who, q))
            counts = [(st, p) for st, p in sent if st.lstrip().startswith("SELECT count") and "applications" in st]
            assert counts, (role, f)
            for st, params in counts:
                p = "\n".join(r[3] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + st, params))
                assert "COVERING INDEX" in p and "SCAN applications" not in p, (role, f, st, p)


def test_one_search_statement_for_every_owner(desk):
    """A search reads its index once for a supervisor's officers and the unassigned cases."""
    who = actor(desk, "supervisor1")
    with desk.read(who) as s:
        q = QueueQuery(search="商贸")
        assert len(queue_pages.streams(s, who, q)) == 1
        assert len(queue_pages.streams(s, who, replace(q, search=""))) >= 2
