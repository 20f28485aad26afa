"""Every sort of every queue is an index walk (issue 15): for each sort column both ways,
each role (admin, supervisor, officer) and each queue, the first page, the next page
(seeking from a key) and the last page (seeking from the other end) run statements whose
SQLite plan holds no temporary sort tree and no table scan. The substring search goes
through the FTS5 trigram table. (SQLite's EXPLAIN QUERY PLAN; PostgreSQL's plans depend on
its statistics and are measured by benchmarks/queue_window.py instead.)"""
from __future__ import annotations

import itertools
import re
from decimal import Decimal

import pytest
from sqlalchemy import event, select
from sqlalchemy.dialects import sqlite

from tests.test_ui_fixtures import actor_for
from workstation.domain import clock
from workstation.store.session import Store
from workstation.demo.demo import generate
from workstation.demo.demo_decide import work_the_queue
from workstation.decide import queue, queue_pages
from workstation.decide.queue import QueueQuery
from workstation.store.models import Application

ROLES = ("admin", "supervisor1", "officer1")
QUEUES = ("all", "mine", "unassigned", "signoff")
BAD = re.compile(r"USE TEMP B-TREE|^SCAN applications$|SCAN applications\b(?! USING)", re.M)


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('plans') / 'q.db'}")
    generate(store, None, applications=60, seed=3)
    work_the_queue(store, None, seed=3, as_of=clock.today())
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _walk_every_stream(monkeypatch):
    """The test database is small: make every stream count as large (walked)."""
    monkeypatch.setattr(queue_pages, "SMALL_STREAM", -1)


def plan(s, stmt) -> str:
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    return "\n".join(r[3] for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def _statements(s, who, q):
    first = queue_pages.page_rows(s, who, q, key=None, backward=False, limit=5)
    stmts = queue_pages.page_statements(s, who, q)
    stmts += queue_pages.page_statements(s, who, q, backward=True)
    if first:
        key = queue_pages.key_of(q, first[-1])
        stmts += queue_pages.page_statements(s, who, q, key=key)
        stmts += queue_pages.page_statements(s, who, q, key=key, backward=True)
    return [stmt for stmt, walk in stmts if walk]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("sort", list(queue.SORT_COLUMNS))
def test_every_sort_of_every_queue_walks_an_index(desk, role, sort):
    who = actor_for(desk, role)
    checked = 0
    with desk.read(who) as s:
        for name, descending in itertools.product(QUEUES, (False, True)):
            q = QueueQuery(queue=name, sort=sort, descending=descending)
            stmts = _statements(s, who, q)
            checked += len(stmts)
            for stmt in stmts:
                p = plan(s, stmt)
                assert not BAD.search(p), f"{role} {name} {sort} {'desc' if descending else 'asc'}:\n{p}"
    assert checked >= 8


FILTERS = ({"statuses": ("in_review",)}, {"product": "CREDIT_FIXED"}, {"platform": "tmall"}, {"grade": "B"},
           {"province": "浙江"}, {"amount_min": Decimal("100000"), "amount_max": Decimal("300000")},
           {"amount_min": Decimal("123456.78")}, {"queue": "mine", "province": "浙江"},
           {"queue": "mine", "amount_min": Decimal("99999.99"), "amount_max": Decimal("250000.01")})


@pytest.mark.parametrize("role", ROLES)
def test_filters_keep_the_index_walk(desk, role):
    who = actor_for(desk, role)
    with desk.read(who) as s:
        for f in FILTERS:
            for sort in ("amount", "days_waiting", "grade"):
                q = QueueQuery(sort=sort, **f)
                for stmt, _ in queue_pages.page_statements(s, who, q):
                    p = plan(s, stmt)
                    assert "USE TEMP B-TREE" not in p and not BAD.search(p), f"{role} {f} {sort}:\n{p}"


def test_text_inside_a_name_uses_the_trigram_index(desk):
    who = actor_for(desk, "officer1")
    with desk.read(who) as s:
        for stmt, walk in queue_pages.page_statements(s, who, QueueQuery(search="有限公")):
            assert not walk
            p = plan(s, stmt)
            assert "VIRTUAL TABLE INDEX" in p and "applications_fts" in p, p
            assert not re.search(r"SCAN applications\b(?! USING)", p), p


@pytest.mark.parametrize("role", ROLES)
def test_small_filtered_parts_are_found_through_an_index(desk, role, monkeypatch):
    """A part of the queue the kept counts show small (a province, an amount range) is found
    through the filter's index and sorted: never a table scan."""
    monkeypatch.setattr(queue_pages, "SMALL_STREAM", 10**9)
    who = actor_for(desk, role)
    with desk.read(who) as s:
        for f in FILTERS:
            for stmt, walk in queue_pages.page_statements(s, who, QueueQuery(sort="amount", **f)):
                p = plan(s, stmt)
                assert not re.search(r"SCAN applications\b(?! USING)", p), f"{role} {f}:\n{p}"


def sent_by(store, action) -> list:
    """The statements ``action`` sends (with their parameters)."""
    sent = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))
    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    return sent


@pytest.mark.parametrize("role", ROLES)
def test_filter_counts_read_kept_counts_and_index_ranges(desk, role):
    """Every filter's count (status, province, amount range, product, platform, grade,
    officer) reads the kept counts, and at most index ranges of applications (the part
    bands at an amount range's ends, the cases awaiting a supervisor's signature): no
    statement scans the applications table or an index of it whole."""
    who = actor_for(desk, role)
    with desk.read(None) as s:
        officer = s.scalar(select(Application.officer_id).where(Application.officer_id.is_not(None)).limit(1))
    for f in FILTERS + ({"officer_id": officer}, {"amount_max": Decimal("55555.55")},
                        {"queue": "unassigned", "amount_min": Decimal("1"), "amount_max": Decimal("999999.99")}):
        q = QueueQuery(**f)
        sent = sent_by(desk, lambda: queue_pages.queue_count(desk, who, q))
        reads = [(st, p) for st, p in sent if "applications" in st.split("WHERE")[0]]
        with desk.engine.connect() as c:
            for st, params in reads:
                p = "\n".join(r[3] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + st, params))
                assert "SCAN applications" not in p and "USE TEMP B-TREE" not in p, f"{role} {f}:\n{st}\n{p}"
                # only an amount range's part bands or the listed ids: never an owner's or a province's rows
                assert all(RANGE_OR_IDS.search(line) for line in p.splitlines() if "applications" in line), \
                    f"{role} {f}:\n{st}\n{p}"


RANGE_OR_IDS = re.compile(r"SEARCH applications USING (COVERING )?INDEX \w+ \((officer_id=\? AND )?amount_requested>\?"
                          r"|SEARCH applications USING INTEGER PRIMARY KEY \(rowid=\?\)")
