"""The drafts' files (operations/drafts.py) on either backend: kept per database, user and
form, readable by their user only, never touching the database (they work while it is away)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import event

from workstation.domain.actor import Actor
from workstation.operations import drafts

OFFICER = Actor(1, "officer1", "Officer One", frozenset({"officer"}))
OTHER = Actor(2, "officer2", "Officer Two", frozenset({"officer"}))


def test_a_draft_is_kept_per_database_user_and_form_without_a_query(svc, tmp_path):
    from workstation.store.session import Store
    queries = []
    event.listen(svc.engine, "before_cursor_execute", lambda *a: queries.append(a[2]))
    drafts.save_draft(svc, OFFICER, "recommendation/7", {"conditions": "每月报送库存", "term": 12}, base="3")
    got = drafts.load_draft(svc, OFFICER, "recommendation/7")
    assert got.fields == {"conditions": "每月报送库存", "term": 12} and got.base == "3"
    assert drafts.load_draft(svc, OTHER, "recommendation/7") is None
    assert drafts.load_draft(svc, OFFICER, "recommendation/8") is None
    elsewhere = Store.open(f"sqlite:///{tmp_path / 'other.db'}")
    assert drafts.load_draft(elsewhere, OFFICER, "recommendation/7") is None
    elsewhere.close()
    [file] = Path(os.environ["WORKSTATION_DRAFTS_DIR"]).glob("*.json")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600 and stat.S_IMODE(file.parent.stat().st_mode) == 0o700
    drafts.save_draft(svc, OFFICER, "recommendation/7", {"conditions": "每周回访"}, base="3")
    assert drafts.load_draft(svc, OFFICER, "recommendation/7").fields == {"conditions": "每周回访"}
    drafts.discard_draft(svc, OFFICER, "recommendation/7")
    drafts.discard_draft(svc, OFFICER, "recommendation/7")           # twice: no error
    assert drafts.load_draft(svc, OFFICER, "recommendation/7") is None
    assert queries == []


def test_an_unreadable_draft_counts_as_none_and_is_left_for_support(svc):
    path = drafts.save_draft(svc, OFFICER, "contact/1", {"note": "x"}, base=None)
    path.write_text("{not json", encoding="utf-8")
    assert drafts.load_draft(svc, OFFICER, "contact/1") is None and path.exists()
