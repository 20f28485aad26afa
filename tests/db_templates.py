"""Migrate once per test session, copy per test.

Running the Alembic migrations on a fresh database took one to four seconds per test (the
greater part of the suite's time). In the test process ``workstation.store.db.upgrade_to_head``
is replaced by ``fast_upgrade_to_head``: an EMPTY database (no tables at all) receives a copy of
a template the real migrations built once in this session (for this backend); any other database
(an older revision, a half-built one) is upgraded by Alembic as before. Child processes (the CLI
run by a test) always run the real migrations.

- SQLite: the template file is copied page by page into the test's database through SQLite's
  own backup API, on a connection of the test's engine (byte for byte what Alembic built).
- PostgreSQL: the statements Alembic ran on the template schema are recorded once and replayed
  on the test's schema, in one transaction (the search path of the test's engine names its own
  schema; a recorded statement that names the template schema makes the copy refuse, and the
  real migrations run instead).

tests/test_db_templates.py checks that a copy equals a database the migrations built (tables,
columns, indexes, constraints, triggers, the stored revision).
"""
from __future__ import annotations

import sqlite3
import tempfile
import threading
import uuid
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine

from workstation.store import db

REAL_UPGRADE = db.upgrade_to_head
_LOCK = threading.RLock()                            # a filling (db_built) migrates inside it
_SQLITE_TEMPLATE: list[Path] = []                     # the one migrated template file
_PG_TEMPLATE: dict[str, list | str] = {}              # url -> recorded statements, or why unusable


class TemplateUnusable(RuntimeError):
    """The template cannot stand in for the migrations here: run them."""


def _is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def fast_upgrade_to_head(engine: Engine) -> None:
    """``upgrade_to_head``, from the session's template when the database is empty."""
    try:
        if not _is_empty(engine):
            REAL_UPGRADE(engine)
            return
        if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            _copy_sqlite(engine)
        elif engine.dialect.name == "postgresql":
            _replay_postgresql(engine)
        else:
            REAL_UPGRADE(engine)
    except TemplateUnusable:
        REAL_UPGRADE(engine)


# -- SQLite ---------------------------------------------------------------------------------------

def _sqlite_template(folder: Path) -> Path:
    with _LOCK:
        if not _SQLITE_TEMPLATE:
            path = folder / f"template-{uuid.uuid4().hex[:8]}.db"
            engine = db.make_engine(f"sqlite:///{path}")
            try:
                REAL_UPGRADE(engine)
            finally:
                engine.dispose()          # the last connection checkpoints the WAL into the file
            _SQLITE_TEMPLATE.append(path)
        return _SQLITE_TEMPLATE[0]


def _copy_sqlite(engine: Engine) -> None:
    if not TEMPLATE_FOLDER:
        TEMPLATE_FOLDER.append(Path(tempfile.mkdtemp(prefix="ws-templates-")))
    folder = TEMPLATE_FOLDER[0]
    source = sqlite3.connect(_sqlite_template(folder))
    try:
        with engine.connect() as conn:
            target = conn.connection.dbapi_connection
            if target.in_transaction:
                raise TemplateUnusable("the target connection is inside a transaction")
            source.backup(target)
    finally:
        source.close()


TEMPLATE_FOLDER: list[Path] = []     # set by the session fixture: where the SQLite template lives


# -- PostgreSQL -----------------------------------------------------------------------------------

TEMPLATE_SCHEMAS: list[tuple[str, str]] = []     # (libpq dsn, schema) to drop at the session's end
_SKIP = ("begin", "commit", "rollback", "savepoint", "release", "select", "show")


def _pg_template(engine: Engine) -> str:
    """The writes and DDL Alembic ran on this server's template schema as one script (their
    parameters written in by psycopg); TemplateUnusable when one names the template schema."""
    key = engine.url.render_as_string(hide_password=False)
    with _LOCK:
        if key not in _PG_TEMPLATE:
            _PG_TEMPLATE[key] = _record_migrations(engine, key)
    found = _PG_TEMPLATE[key]
    if isinstance(found, TemplateUnusable):
        raise found
    return found


def _record_migrations(engine: Engine, url: str) -> str | TemplateUnusable:
    import psycopg
    schema = "tpl_" + uuid.uuid4().hex[:12]
    with psycopg.connect(_libpq(engine), autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    TEMPLATE_SCHEMAS.append((_libpq(engine), schema))
    tpl = db.make_engine(url, schema=schema)
    recorded: list = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ARG001
        """After each statement that succeeded (a refused one, undone by its savepoint, is not
        replayed)."""
        recorded.extend(as_sent(conn, statement, parameters, context, executemany))

    event.listen(tpl, "after_cursor_execute", record)
    try:
        REAL_UPGRADE(tpl)
    finally:
        event.remove(tpl, "after_cursor_execute", record)
        tpl.dispose()
    for statement in recorded:
        if schema in statement:
            return TemplateUnusable(f"a migration statement names the template schema: {statement.strip()[:80]}")
    return script(recorded)


def as_sent(conn, statement, parameters, context, executemany) -> list[str]:
    """A write or DDL statement as SQLAlchemy handed it to psycopg, its parameters written in
    (none for a read or a transaction statement)."""
    if statement.lstrip()[:10].lower().startswith(_SKIP):
        return []
    raw = conn.connection.dbapi_connection
    if executemany:
        return [_inline(raw, statement, p) for p in parameters]
    if not parameters and context is not None and context.no_parameters:
        return [statement]
    return [_inline(raw, statement, parameters)]


def script(statements: list[str]) -> str:
    return ";\n".join(s.strip().rstrip(";") for s in statements) + ";"


def _inline(raw, statement: str, parameters) -> str:
    """The statement with its parameters written in, as psycopg would send them."""
    import psycopg
    with psycopg.ClientCursor(raw) as cursor:
        return cursor.mogrify(statement, parameters)


def _libpq(engine: Engine) -> str:
    u = engine.url
    return (f"host={u.host or '127.0.0.1'} port={u.port or 5432} dbname={u.database} "
            f"user={u.username or 'postgres'}" + (f" password={u.password}" if u.password else ""))


def _replay_postgresql(engine: Engine) -> None:
    statements = _pg_template(engine)
    with engine.begin() as conn:
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            cursor.execute("SET LOCAL synchronous_commit = off")   # a test database: no need to wait for the disk
            cursor.execute(statements)    # no parameters: one round trip, the statements in order
        finally:
            cursor.close()


def drop_templates() -> None:
    import psycopg
    for dsn, schema in TEMPLATE_SCHEMAS:
        try:
            with psycopg.connect(dsn, autocommit=True) as c:
                c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        except Exception:  # noqa: BLE001 - a server gone at the end of the session leaves a schema
            pass
    TEMPLATE_SCHEMAS.clear()
    _PG_TEMPLATE.clear()
    _SQLITE_TEMPLATE.clear()
