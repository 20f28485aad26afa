"""Queue searches are bounded and cleaned before they reach the database
(a NUL broke PostgreSQL, 200,000 characters broke SQLite). Both backends."""
from __future__ import annotations

import pytest

from workstation.decide import queue, queue_pages
from workstation.decide.queue import QueueQuery
from workstation.decide.queue_search import SEARCH_MAX, clean_search

from tests.decide_helpers import make_application, make_store, users


@pytest.fixture
def desk(db_url):
    store = make_store(db_url)
    yield store
    store.close()


@pytest.mark.parametrize("text", ["\x00", "杭州\x00测试", "a" * 200_000, "杭" * 200_000, "\ud800",
                                  "杭州\u202e测试", "\x00" * 1000 + "杭州", "%_\\", "\U0010ffff" * 50])
def test_nasty_search_texts_never_raise(desk, text):
    u = users(desk)
    make_application(desk, officer=u["off1"])
    for who in ("off1", "sup1", "admin"):
        q = QueueQuery(queue="all", search=text)
        ids = queue.queue_ids(desk, u[who], q)
        assert queue_pages.queue_count(desk, u[who], q) == len(ids)


def test_cleaned_search_still_finds(desk):
    u = users(desk)
    app = make_application(desk, officer=u["off1"])
    assert queue.queue_ids(desk, u["admin"], QueueQuery(search="杭州\x00测试")) == [app]
    assert queue.queue_ids(desk, u["admin"], QueueQuery(search="\u200b张三")) == [app]


def test_clean_search_bounds():
    assert clean_search("a\x00b") == "ab"
    assert len(clean_search("x" * 200_000)) == SEARCH_MAX
    assert clean_search("\ud800张\u202e三\u200b") == "张三"
    assert clean_search("  张  三 \t") == "张 三"
