"""A fresh demo gives the collections desk real work (demo/demo_collections.py): overdue
loans in the queue by bucket, contact logs within the contact hours, promises to pay kept,
broken and still open, and a reminder letter printed, all through the services."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from workstation.aftercare import collections
from workstation.domain.clock import BUSINESS_TZ
from workstation.domain.actor import Actor
from workstation.store.models import User
from workstation.store.session import Store

AS_OF = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from workstation.demo.demo_build import build_demo
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('coll') / 'demo.db'}")
    build_demo(store, None, applications=200, seed=2, as_of=AS_OF)
    yield store
    store.close()


def _admin(store) -> Actor:
    from sqlalchemy import select
    with store.read() as s:
        u = s.scalar(select(User).where(User.username == "admin"))
        return Actor(u.id, u.username, u.display_name, frozenset(u.role_names), u.supervisor_id)


def test_the_collections_desk_has_work_on_a_fresh_demo(demo):
    admin = _admin(demo)
    counts = collections.bucket_counts(demo, admin)
    assert sum(counts.values()) >= 3 and len([b for b, n in counts.items() if n]) >= 2, counts
    ids = collections.queue_ids(demo, admin, collections.CollectionQuery())
    logged = [lid for lid in ids if collections.contacts(demo, admin, lid)]
    assert len(logged) >= 2
    for lid in logged:
        for c in collections.contacts(demo, admin, lid):
            at = c.contacted_at.astimezone(BUSINESS_TZ)
            assert 8 <= at.hour < 21 and at.date() < AS_OF
    statuses = {p.status for lid in logged for p in collections.promises(demo, admin, lid)}
    assert statuses == {"kept", "broken", "open"}
    with demo.read() as s:
        assert s.execute(text("SELECT count(*) FROM printed_documents WHERE kind = 'collection_reminder'")).scalar() == 1
        kept = s.execute(text("SELECT paid, amount FROM promises_to_pay WHERE status = 'kept'")).one()
        assert kept[0] >= kept[1]
        audited = s.execute(text("SELECT count(*) FROM audit_log WHERE action = 'collection.contact'")).scalar()
        assert audited == s.execute(text("SELECT count(*) FROM collection_contacts")).scalar()
