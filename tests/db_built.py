"""Databases a fixture fills the same way for every test (the document demo, a worked
queue): filled once per session and backend, copied for each test or module.

- SQLite: the filled file is copied through SQLite's backup API.
- PostgreSQL: the writes of the transactions the filling committed (a statement undone by a
  rollback, or by the rollback to a savepoint, is left out) are recorded with their parameters
  and replayed on the test's freshly migrated schema in one round trip, transaction by
  transaction; the sequences are set
  to where the filling left them.

Either way the audit head the filling recorded outside the database (end of day) is recorded
for the copy too, and the after-test check (tests/conftest.py) verifies the copy's chain and
books like any other database.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy.engine import make_url

import db_templates
from workstation.services import audit, audit_anchor
from workstation.store.session import Store

_SQLITE: dict[str, Path] = {}


def copy_of_built(name: str, url: str, schema: str | None, fill) -> Store:
    """A Store on the fresh database (url, schema) holding what ``fill(store)`` writes into a
    freshly migrated one."""
    if os.environ.get("WORKSTATION_TEST_TEMPLATES", "on") == "off":
        return _filled(url, schema, fill)[0]
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_copy(name, url, fill)
    return _filled(url, schema, fill)[0]     # PostgreSQL: filled for each (a replay is not done yet)


def _filled(url: str, schema: str | None, fill) -> tuple[Store, object]:
    store = Store.open(url, schema=schema)
    fill(store)
    return store, audit_anchor.last_head(audit.database_id(store))


def _record_head(store: Store, head) -> None:
    if head is not None:
        audit_anchor.append_head(audit.database_id(store), seq=head.seq, hash_=head.hash, key=head.key_id)


def _sqlite_copy(name: str, url: str, fill) -> Store:
    with db_templates._LOCK:
        if name not in _SQLITE:
            folder = db_templates.TEMPLATE_FOLDER[0] if db_templates.TEMPLATE_FOLDER else Path(make_url(url).database).parent
            path = folder / f"{name}-{uuid.uuid4().hex[:8]}.db"
            store, _ = _filled(f"sqlite:///{path}", None, fill)
            store.close()
            _SQLITE[name] = path
    path = _SQLITE[name]
    built = Store.open(f"sqlite:///{path}")
    try:
        head = audit_anchor.last_head(audit.database_id(built))
    finally:
        built.close()
    target = Path(make_url(url).database)
    target.parent.mkdir(parents=True, exist_ok=True)
    source, copy = sqlite3.connect(path), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    store = Store.open(url)
    _record_head(store, head)
    return store
