"""Keyset pages (issue 15): walking the queue page by page, forwards from the first row
or backwards from the last, gives exactly the queue's order, for every sort both ways and
every role; rows inserted and updated between page fetches never make a page skip or
repeat a row; ties on the sort column are broken by id. SQLite and PostgreSQL."""
from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from workstation.decide import queue, queue_pages
from workstation.decide.queue import QueueQuery
from workstation.decide.queue_pages import key_of, queue_page
from workstation.domain.workflow import Status
from workstation.services.setup import ensure_reference_data
from workstation.store.models import Application, Merchant, Person, Product, User, UserRole
from workstation.store.session import Store

from tests.test_queue import actor

SORTS = list(queue.SORT_COLUMNS)
ROLES = ("admin", "supervisor1", "officer1")
SMALL = 7          # a page size that makes many pages of 60 rows


ROWS = 60


def build(store: Store) -> None:
    """Two teams (supervisor1: officer1, officer2; supervisor2: officer3), an administrator
    and ROWS applications written directly: every status, owner (a quarter unassigned),
    platform and product; a third share one amount (ties); some without grade or
    suggested limit (empty values). Nothing the after-test books check has to verify: no
    loans, no audit entries."""
    ensure_reference_data(store, None)
    rng = random.Random(15)
    with store.tx(None) as s:
        ids: dict[str, int] = {}
        for name, role, sup in [("admin", "admin", None), ("supervisor1", "supervisor", None),
                                ("supervisor2", "supervisor", None), ("officer1", "officer", "supervisor1"),
                                ("officer2", "officer", "supervisor1"), ("officer3", "officer", "supervisor2")]:
            u = User(username=name, display_name=name.title(), password_hash="-", supervisor_id=ids.get(sup),
                     roles=[UserRole(role=role)])
            s.add(u)
            s.flush()
            ids[name] = u.id
        products = sorted(s.scalars(select(Product.code)))
        person = Person(name="张三", id_number="330106198001010011", id_last4="0011", birth_date=date(1980, 1, 1),
                        sex="M", phone="13812345678")
        s.add(person)
        s.flush()
        owners = [None, ids["officer1"], ids["officer2"], ids["officer3"]]
        statuses = [st.value for st in Status]
        for i in range(ROWS):
            platform = ("taobao", "tmall", "1688")[i % 3]
            m = Merchant(member_id=f"M{i}", name=f"测试{rng.randrange(100):02d}商贸{i}", platform=platform,
                         shop_name="店", credit_code=None, province=("浙江", "广东", "上海")[i % 3], city="杭州",
                         address="路1号", member_since=date(2020, 1, 1), legal_rep_id=person.id,
                         contact_phone="13812345678", payment_account="pay@example.com", bank_name="工商银行",
                         bank_card="6222020000000000")
            s.add(m)
            s.flush()
            grade = None if i % 5 == 0 else "ABCDE"[rng.randrange(5)]
            at = datetime(2026, 3, 1, tzinfo=timezone.utc) + timedelta(hours=rng.randrange(500))
            s.add(Application(
                app_no=f"A2026{i:07d}", merchant_id=m.id, product_code=products[i % len(products)],
                amount_requested=Decimal("50000.00") if i % 3 == 0 else Decimal(rng.randrange(10, 3000) * 1000),
                term_months=6, purpose="备货", status=statuses[rng.randrange(len(statuses))],
                officer_id=owners[i % 4], received_at=at, status_changed_at=at, merchant_name=m.name,
                legal_rep_name="张三", id_last4=f"{i:04d}", platform=platform, province=m.province, grade=grade,
                suggested_limit=None if grade is None or i % 7 == 0 else Decimal(rng.randrange(1, 50) * 10000)))


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def desk(request, tmp_path_factory):
    """ROWS applications built directly (:func:`build`); the tests only read it, except the
    one that inserts and changes rows between pages (and removes its rows again)."""
    from tests.conftest import PG_UNAVAILABLE
    import uuid
    schema = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('keyset') / 'q.db'}"
    else:
        if PG_UNAVAILABLE:
            pytest.skip(f"PostgreSQL not reachable: {PG_UNAVAILABLE}")
        import psycopg
        from tests.conftest import PG_URL
        url, schema = PG_URL, "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
            c.execute(f'CREATE SCHEMA "{schema}"')
    store = Store.open(url, schema=schema)
    build(store)
    yield store
    store.close()
    if schema:
        import psycopg
        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
            c.execute(f'DROP SCHEMA "{schema}" CASCADE')


def walk_forward(store, who, query, *, between=None, size=SMALL) -> list[int]:
    ids, key = [], None
    while True:
        page = queue_page(store, who, query, after=key, limit=size)
        ids += [r.id for r in page]
        if len(page) < size:
            return ids
        key = key_of(query, page[-1])
        if between:
            between()


def walk_backward(store, who, query, *, size=SMALL) -> list[int]:
    ids: list[int] = []
    page = queue_page(store, who, query, last=True, limit=size)
    while page:
        ids = [r.id for r in page] + ids
        if len(page) < size:
            break
        page = queue_page(store, who, query, before=key_of(query, page[0]), limit=size)
    return ids


def expected(store, who, query) -> list[int]:
    """The queue's order by the one-statement query (ORDER BY column, id; empty values last)."""
    return queue.queue_ids(store, who, query)


@pytest.mark.parametrize("mode", ["walk", "sort"])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("sort", SORTS)
def test_pages_forward_and_backward_give_the_queue_in_order(desk, role, sort, mode, monkeypatch):
    """``walk``: every owner's part read by walking the sort index; ``sort``: parts the kept
    counts show small found through their filters' index and sorted (the test database is
    small: SMALL_STREAM decides which way)."""
    monkeypatch.setattr(queue_pages, "SMALL_STREAM", -1 if mode == "walk" else 10**9)
    who = actor(desk, role)
    for descending, name in itertools.product((False, True), ("all", "mine", "unassigned")):
        q = QueueQuery(queue=name, sort=sort, descending=descending)
        want = expected(desk, who, q)
        assert walk_forward(desk, who, q) == want, (q, "forward")
        assert walk_backward(desk, who, q) == want, (q, "backward")


def test_ties_are_broken_by_id(desk):
    who = actor(desk, "admin")
    q = QueueQuery(sort="amount", descending=False)
    rows = [r for r in queue_page(desk, who, q, limit=1000) if r.amount_requested == Decimal("50000.00")]
    assert len(rows) >= 10 and [r.id for r in rows] == sorted(r.id for r in rows)
    q = replace(q, descending=True)
    rows = [r for r in queue_page(desk, who, q, limit=1000) if r.amount_requested == Decimal("50000.00")]
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)


_NUMBERS = itertools.count(1)


def _clone_rows(s, n, rng):
    """Insert ``n`` copies of random applications (new ids, numbers, amounts, owners)."""
    if True:
        src = s.scalars(select(Application).order_by(Application.id).limit(20)).all()
        officers = [u.id for u in s.scalars(select(User)) if "officer" in u.role_names]
        made = []
        for i in range(n):
            a = rng.choice(src)
            copy = Application(**{c.key: getattr(a, c.key) for c in Application.__table__.columns
                                  if c.key not in ("id", "app_no", "external_id", "version")})
            copy.app_no = f"Z{next(_NUMBERS):012d}"         # unique across the module's tests
            copy.amount_requested = Decimal(rng.choice([50000, 80000, 120000, 999000]))
            copy.officer_id = rng.choice(officers + [None])
            s.add(copy)
            s.flush()
            made.append(copy.id)
    return made


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("sort", SORTS)
def test_no_row_skipped_or_repeated_while_rows_change(desk, role, sort, monkeypatch):
    """Between page fetches new rows arrive (before and after the cursor) and existing ones
    change columns other than the sort column: the pages never repeat a row, and every row
    that was there from the start and kept its sort value is seen exactly once."""
    monkeypatch.setattr(queue_pages, "SMALL_STREAM", -1)        # every part walked, as at a million rows
    who = actor(desk, role)
    rng = random.Random(f"{role}-{sort}")        # the same rows every run
    col = queue.SORT_COLUMNS[sort]
    for descending in (False, True):
        q = QueueQuery(queue="all", sort=sort, descending=descending)
        before = set(expected(desk, who, q))
        touched: set[int] = set()

        def between():
            with desk.tx(None) as s:          # change a column that is not the sort column
                touched.update(_clone_rows(s, 2, rng))
                victim = rng.choice(sorted(before))
                other = "status_note" if col.key != "status_note" else "purpose"
                s.execute(update(Application).where(Application.id == victim)
                          .values({other: f"changed {rng.random()}", "version": Application.version + 1}))

        try:
            seen = walk_forward(desk, who, q, between=between, size=12)
        finally:                              # the module's rows stay the same for the next test
            with desk.tx(None) as s:
                s.execute(delete(Application).where(Application.id.in_(touched)))
        assert len(seen) == len(set(seen)), "a row came twice"
        assert before <= set(seen), f"rows skipped: {sorted(before - set(seen))}"
