"""Shared fixtures. Store and service tests run on SQLite and, when the machine's
PostgreSQL server answers, on PostgreSQL too (each test in its own schema)."""
from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ("pytester",)     # tests/test_books_check.py runs a child pytest with this conftest

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


@pytest.fixture(scope="session", autouse=True)
def _migrate_once(tmp_path_factory):
    """A fresh database gets a copy of one the migrations built once in this session
    (tests/db_templates.py); WORKSTATION_TEST_TEMPLATES=off runs the migrations for every one."""
    if os.environ.get("WORKSTATION_TEST_TEMPLATES", "on") == "off":
        yield
        return
    import db_templates
    from workstation.store import db
    db_templates.TEMPLATE_FOLDER[:] = [tmp_path_factory.mktemp("templates")]
    mp = pytest.MonkeyPatch()
    mp.setattr(db, "upgrade_to_head", db_templates.fast_upgrade_to_head)
    yield
    mp.undo()
    db_templates.drop_templates()


def _pg_commit_without_waiting_for_the_disk(dbapi_conn, _record) -> None:
    """Test databases are thrown away: a PostgreSQL commit in the test process returns without
    waiting for the server's WAL flush (a crash of the server, never simulated here, would lose
    the last commits; a killed client loses nothing). The server is shared and loaded."""
    if type(dbapi_conn).__module__.startswith("psycopg"):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET synchronous_commit TO off")
        dbapi_conn.commit()


def _listen_for_pg_connects() -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    if not event.contains(Engine, "connect", _pg_commit_without_waiting_for_the_disk):
        event.listen(Engine, "connect", _pg_commit_without_waiting_for_the_disk)


_listen_for_pg_connects()


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
        c.execute("SET synchronous_commit TO off")
        c.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield (PG_URL, schema)
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
            c.execute("SET synchronous_commit TO off")
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


# -- the books are clean after every test that writes ------------------------------------------
#
# After a test that wrote to a database (any engine of this process that ran an INSERT, UPDATE or
# DELETE during the test, and every ``db_url`` database, which child processes may have written),
# the same reconcile and audit verification ``workstation reconcile`` and ``workstation audit
# verify`` run are run on it, through their services, and the test fails unless both are clean.
# A test that leaves the books inconsistent on purpose says so: @pytest.mark.tampers("why").

_WROTE: dict[int, object] = {}        # id(engine) -> engine written during the running test
_WRITES = ("insert", "update", "delete")


def _note_write(conn, cursor, statement, parameters, context, executemany):  # noqa: ARG001
    if statement.lstrip()[:6].lower() in _WRITES:
        _WROTE.setdefault(id(conn.engine), conn.engine)


def _listen_for_writes() -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    if not event.contains(Engine, "before_cursor_execute", _note_write):
        event.listen(Engine, "before_cursor_execute", _note_write)


_listen_for_writes()


def books_problems(engine) -> list[str]:
    """What ``workstation reconcile`` and ``workstation audit verify`` would report for the
    database behind ``engine`` (empty when both are clean, or when it has no tables yet)."""
    from sqlalchemy import inspect
    from workstation.services import audit
    from workstation.store.session import Store
    from workstation.servicing.reconcile import reconcile
    from workstation.store.db import session_factory
    tables = set(inspect(engine).get_table_names())
    if not {"loans", "audit_log"} <= tables:
        return []
    store = Store(url=str(engine.url), engine=engine, factory=session_factory(engine))
    out = []
    _, bad = reconcile(store, None)
    out += [f"reconcile: {m}" for m in bad[:20]]
    result = audit.verify(store, None)
    if not result.ok:
        out.append(f"audit verify: {result.problem}")
    return out


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    _WROTE.clear()             # writes by the test's fixtures count as the test's own


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    outcome = yield            # the test body has run and passed (an exception skips the check)
    engines = dict(_WROTE)
    _WROTE.clear()
    mark = item.get_closest_marker("tampers")
    if mark is not None:
        if not (mark.args and str(mark.args[0]).strip()):
            raise pytest.UsageError(f"{item.nodeid}: @pytest.mark.tampers needs the reason")
        return outcome
    dbu = item.funcargs.get("db_url") if hasattr(item, "funcargs") else None
    extra = []
    if isinstance(dbu, tuple) and len(dbu) == 2:
        from workstation.store.db import make_engine
        url, schema = dbu
        if not url.startswith("sqlite:///") or os.path.exists(url[len("sqlite:///"):]):
            extra.append(make_engine(url, schema=schema))
    seen, problems = set(), []
    for engine in list(engines.values()) + extra:
        key = (str(engine.url), repr(engine.dialect.__class__), _schema_of(engine))
        if key in seen:
            continue
        seen.add(key)
        problems += books_problems(engine)
    for e in extra:
        e.dispose()
    if problems:
        pytest.fail("the books are not clean after this test (mark it @pytest.mark.tampers(\"why\") if "
                    "that is its purpose):\n  " + "\n  ".join(problems), pytrace=False)
    return outcome


def _schema_of(engine) -> str | None:
    if engine.dialect.name == "sqlite":
        return None
    from sqlalchemy import text
    with engine.connect() as c:
        return c.execute(text("SELECT current_schema()")).scalar()


@pytest.fixture(autouse=True)
def _interface_language_back_to_english():
    """A test that puts the desk in Chinese does not leave it so for the next one (tests
    that assert English texts would otherwise depend on the order they run in)."""
    yield
    import sys
    i18n = sys.modules.get("workstation.ui.i18n")
    if i18n is not None and i18n.is_zh():
        i18n.install("en")


@pytest.fixture(autouse=True)
def _drafts_in_the_test_folder(tmp_path, monkeypatch):
    """The forms' local drafts (ui/drafts.py) go to the test's own folder, never the user's."""
    monkeypatch.setenv("WORKSTATION_DRAFTS_DIR", str(tmp_path / "drafts"))
