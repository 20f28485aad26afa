"""Shared fixtures. Store and service tests run on SQLite and, when the machine's
PostgreSQL server answers, on PostgreSQL too (each test in its own schema)."""
from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("WORKSTATION_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_available() -> str | None:
    """None when reachable, else the reason."""
    try:
        import psycopg
        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", connect_timeout=3):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return f"{exc.__class__.__name__}: {exc}".splitlines()[0]


PG_UNAVAILABLE = _pg_available() if os.environ.get("WORKSTATION_TEST_PG", "auto") != "off" else "disabled"


def pytest_report_header(config):
    if PG_UNAVAILABLE:
        return f"PostgreSQL: NOT reachable ({PG_UNAVAILABLE}); store/service tests run on SQLite only"
    return f"PostgreSQL: reachable at {PG_URL}; store/service tests run on SQLite and PostgreSQL"


def pytest_terminal_summary(terminalreporter):
    if PG_UNAVAILABLE:
        terminalreporter.write_line(
            f"NOTE: PostgreSQL was not reachable ({PG_UNAVAILABLE}): the [postgresql] variants were skipped.",
            yellow=True)


@pytest.fixture(scope="session", autouse=True)
def _audit_folder(tmp_path_factory):
    """The audit key and heads files of the test session live in a folder of their own,
    never in the user's configuration folder (child processes inherit it). One key for
    the session: module-scoped databases outlive a test. Tests that change keys take a
    folder of their own (test_audit_keyed.py)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("WORKSTATION_AUDIT_DIR", str(tmp_path_factory.mktemp("audit")))
    mp.delenv("WORKSTATION_AUDIT_KEY", raising=False)
    mp.delenv("WORKSTATION_AUDIT_KEY_FILE", raising=False)
    mp.setenv("WORKSTATION_LOG_DIR", str(tmp_path_factory.mktemp("log")))   # never the user's log folder
    yield
    mp.undo()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A database URL (and schema for PostgreSQL) private to this test."""
    if request.param == "sqlite":
        yield (f"sqlite:///{tmp_path / 'test.db'}", None)
        return
    if PG_UNAVAILABLE:
        pytest.skip(f"PostgreSQL not reachable: {PG_UNAVAILABLE}")
    import psycopg
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield (PG_URL, schema)
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
            c.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def store(db_url):
    """(engine, Session factory) on a fresh database upgraded to head."""
    from workstation.store.db import open_store
    url, schema = db_url
    engine, factory = open_store(url, schema=schema)
    yield engine, factory
    engine.dispose()


@pytest.fixture
def svc(store):
    """The services' Store over the ``store`` fixture's database."""
    from workstation.store.session import Store
    engine, factory = store
    return Store(url=str(engine.url), engine=engine, factory=factory)
