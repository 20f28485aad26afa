"""The queue on a PostgreSQL database whose default collation is not byte order (a
branch server created with a Chinese or English locale): the supervisor's queue is
merged from one index walk per owner, so every stream, the seek from one page to the
next and the merge must order text alike. Walking page by page must show every case
once, in the database's own order (here Chinese), as one ORDER BY gives it."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text, update

from tests.conftest import PG_UNAVAILABLE
from tests.decide_helpers import make_application, make_store, users
from workstation.decide.queue import QueueQuery
from workstation.decide.queue_pages import key_of, queue_page
from workstation.store.models import Application

NAMES = ["b商户", "B商户", "阿里小店", "张三贸易", "a-x", "ax", "Zeta", "éclair", "_under", "数字9", "10号店",
         "A-Z", "az", "杭州测试", "ＡＢＣ", "a x"]


@pytest.fixture
def zh_database():
    """A database of its own whose default collation is ICU Chinese."""
    if PG_UNAVAILABLE:
        pytest.skip(f"PostgreSQL not reachable: {PG_UNAVAILABLE}")
    import psycopg
    name = "t_zh_" + uuid.uuid4().hex[:10]
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu "
                  f"ICU_LOCALE 'zh-Hans-CN' LOCALE 'C.UTF-8'")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
            c.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.mark.postgresql
@pytest.mark.parametrize("descending", [False, True])
def test_supervisor_walks_a_chinese_collated_queue_by_merchant(zh_database, descending):
    store = make_store((zh_database, None))
    try:
        u = users(store)
        ids = []
        for i, name in enumerate(NAMES):        # the team officer's cases and unassigned ones: two streams
            app_id = make_application(store, officer=u["off1"] if i % 2 else None)
            with store.tx() as s:
                s.execute(update(Application).where(Application.id == app_id).values(merchant_name=name))
            ids.append((name, app_id))
        query = QueueQuery(queue="all", sort="merchant", descending=descending)
        seen, after = [], None
        while True:
            page = queue_page(store, u["sup1"], query, after=after, limit=3)
            if not page:
                break
            seen += [(r.merchant_name, r.id) for r in page]
            after = key_of(query, page[-1])
        way = "DESC" if descending else "ASC"
        with store.read() as s:
            expected = [tuple(r) for r in s.execute(text(
                f"SELECT merchant_name, id FROM applications ORDER BY merchant_name {way}, id {way}"))]
        assert sorted(expected) == sorted(ids)
        assert expected != sorted(ids, reverse=descending)      # the locale's order is not code point order
        assert seen == expected                                 # each case once, in the database's order
    finally:
        store.close()
