"""`workstation db init` on PostgreSQL: the application's role may read and append to the
audit trail and the journal but the database itself refuses it UPDATE and DELETE there."""
from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import text

from tests.conftest import PG_UNAVAILABLE
from workstation.operations import branch
from workstation.domain.errors import DomainError
from workstation.store.session import Store

pytestmark = pytest.mark.postgresql


@pytest.fixture
def pg_schema():
    if PG_UNAVAILABLE:
        pytest.skip(f"PostgreSQL not reachable: {PG_UNAVAILABLE}")
    schema, role = "t_" + uuid.uuid4().hex[:12], "app_" + uuid.uuid4().hex[:10]
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    yield schema, role
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
        c.execute(f'DROP SCHEMA "{schema}" CASCADE')
        c.execute(f'DROP OWNED BY "{role}"') if c.execute(
            "SELECT 1 FROM pg_roles WHERE rolname=%s", (role,)).fetchone() else None
        c.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_db_init_grants_the_app_role_no_update_or_delete_on_append_only_tables(pg_schema, monkeypatch, capsys):
    from workstation.cli import main
    schema, role = pg_schema
    url = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    monkeypatch.setenv("PGOPTIONS", f"-csearch_path={schema}")     # the schema of this test
    monkeypatch.setenv("WORKSTATION_APP_PASSWORD", "app-secret-1")
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Chief-2026-pass")
    assert main(["--database", url, "db", "init", "--app-role", role, "--admin", "chief"]) == 0
    out = capsys.readouterr().out
    assert "PASSWORD ***" in out and "app-secret-1" not in out
    store = Store.open(url, schema=schema)
    try:
        rights = branch.app_role_rights(store, None, role=role)
        assert rights == {"audit_log": {"SELECT", "INSERT"}, "journal": {"SELECT", "INSERT"}}
    finally:
        store.close()
    app = Store.open(f"postgresql+psycopg://{role}:app-secret-1@127.0.0.1:5432/test", schema=schema)
    try:
        with app.engine.connect() as c:
            assert c.execute(text("SELECT COUNT(*) FROM users")).scalar() == 1
            for sql in ("UPDATE journal SET memo = 'x'", "DELETE FROM journal", "UPDATE audit_log SET action = 'x'"):
                with pytest.raises(Exception) as e:
                    c.execute(text(sql))
                assert "permission denied" in str(e.value)
                c.rollback()
    finally:
        app.close()


def test_branch_role_only_on_postgresql(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with pytest.raises(DomainError) as e:
            branch.grant_app_role(store, None, role="workstation_app", password=None)
        assert e.value.code == "branch_needs_postgresql"
    finally:
        store.close()
