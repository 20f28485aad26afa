"""The session's migrated template (tests/db_templates.py) stands in for the migrations only
where it builds the same database they build."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import inspect, text

import db_templates
from workstation.store import db

pytestmark = pytest.mark.skipif(os.environ.get("WORKSTATION_TEST_TEMPLATES", "on") == "off",
                                reason="the templates are switched off (WORKSTATION_TEST_TEMPLATES=off)")


def _shape(engine, schema: str | None = None) -> dict:
    """Everything of the schema a test could notice: tables, columns, keys, indexes,
    constraints, triggers (and PostgreSQL functions), the stored revision, the rows."""
    ins = inspect(engine)
    out: dict = {}
    for t in sorted(ins.get_table_names()):
        out[t] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"], str(c.get("default"))) for c in ins.get_columns(t)],
            "pk": ins.get_pk_constraint(t)["constrained_columns"],
            "fks": sorted((f["name"] or "", tuple(f["constrained_columns"]), f["referred_table"],
                           tuple(f["referred_columns"]), str(f.get("options"))) for f in ins.get_foreign_keys(t)),
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in ins.get_indexes(t)),
            "uniques": sorted((u["name"] or "", tuple(u["column_names"])) for u in ins.get_unique_constraints(t)),
            "checks": sorted((c["name"] or "", c["sqltext"]) for c in ins.get_check_constraints(t)),
        }
    with engine.connect() as c:
        if engine.dialect.name == "sqlite":
            # Alembic's batch mode writes a table's constraints in no fixed order: compare them as a set
            out["_sql"] = sorted((kind, name, sorted((sql or "").replace("(\n", ", \n").split(", \n")))
                                 for kind, name, sql in c.execute(text("SELECT type, name, sql FROM sqlite_master")))
        else:
            out["_triggers"] = sorted(c.execute(text(
                "SELECT tgname, tgrelid::regclass::text, pg_get_triggerdef(t.oid) FROM pg_trigger t "
                "JOIN pg_class r ON r.oid = t.tgrelid WHERE NOT tgisinternal "
                "AND r.relnamespace = current_schema()::regnamespace")).all())
            out["_functions"] = sorted(c.execute(text(
                "SELECT proname, pg_get_functiondef(oid) FROM pg_proc "
                "WHERE pronamespace = current_schema()::regnamespace")).all())
            out["_sequences"] = sorted(c.execute(text(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()")).all())
        out["_revision"] = sorted(c.execute(text("SELECT version_num FROM alembic_version")).scalars())
        out["_rows"] = {t: c.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in ins.get_table_names()}
    return _plain(out, schema)


def _plain(value, schema: str | None):
    """Rows as tuples, the schema's name as SCHEMA (two schemas compare equal)."""
    if isinstance(value, dict):
        return {k: _plain(v, schema) for k, v in value.items()}
    if isinstance(value, (list, tuple)) or hasattr(value, "_fields"):
        return [_plain(v, schema) for v in value]
    if isinstance(value, str) and schema:
        return value.replace(f"{schema}.", "SCHEMA.")
    return value


def test_fresh_databases_are_copied_from_the_template_in_this_session():
    assert db.upgrade_to_head is db_templates.fast_upgrade_to_head


def test_a_copy_is_the_database_the_migrations_build(db_url, tmp_path):
    url, schema = db_url
    copied = db.make_engine(url, schema=schema)
    try:
        assert db.ensure_schema(copied) is True           # empty: through the template
        if url.startswith("sqlite"):
            built_url, built_schema = f"sqlite:///{tmp_path / 'built.db'}", None
        else:
            import psycopg
            built_url, built_schema = url, schema + "_b"
            with psycopg.connect(db_templates._libpq(copied), autocommit=True) as c:
                c.execute(f'CREATE SCHEMA "{built_schema}"')
        built = db.make_engine(built_url, schema=built_schema)
        try:
            db_templates.REAL_UPGRADE(built)
            got, want = _shape(copied, schema), _shape(built, built_schema)
            assert got.keys() == want.keys()
            for part in want:
                assert got[part] == want[part], part
            assert db.stored_revisions(copied) == db.head_revisions()
        finally:
            built.dispose()
            if built_schema:
                with psycopg.connect(db_templates._libpq(copied), autocommit=True) as c:
                    c.execute(f'DROP SCHEMA "{built_schema}" CASCADE')
    finally:
        copied.dispose()


def test_a_database_not_empty_is_migrated_by_alembic(db_url, monkeypatch):
    url, schema = db_url
    engine = db.make_engine(url, schema=schema)
    ran = []
    monkeypatch.setattr(db_templates, "REAL_UPGRADE", lambda e: ran.append(e))
    try:
        with engine.begin() as c:
            c.execute(text("CREATE TABLE something_else (id INTEGER PRIMARY KEY)"))
        db.upgrade_to_head(engine)
        assert ran == [engine]
    finally:
        engine.dispose()


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True)
def test_the_copy_on_postgresql_keeps_to_its_schema(db_url):
    """The copy writes into the test's schema only: the template's stays as it was built."""
    url, schema = db_url
    engine = db.make_engine(url, schema=schema)
    try:
        db.upgrade_to_head(engine)
        with engine.connect() as c:
            where = c.execute(text("SELECT DISTINCT table_schema FROM information_schema.tables "
                                   "WHERE table_name = 'loans' AND table_schema LIKE 't%'")).scalars().all()
            rows = c.execute(text("SELECT count(*) FROM alembic_version")).scalar()
        assert schema in where and rows == 1
        templates = [s for _dsn, s in db_templates.TEMPLATE_SCHEMAS]
        for tpl in templates:
            with engine.connect() as c:
                assert c.execute(text(f'SELECT count(*) FROM "{tpl}".alembic_version')).scalar() == 1
    finally:
        engine.dispose()
