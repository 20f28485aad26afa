"""The after-test check of tests/conftest.py: a test that leaves the books wrong fails (also
on a database copied from the session's template), one that leaves them right passes, and
@pytest.mark.tampers("why") excuses a test that breaks them on purpose. Run in a child pytest
(this suite's own conftest and helpers) on SQLite and PostgreSQL."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import PG_UNAVAILABLE

TESTS = Path(__file__).resolve().parent

INNER = '''
import pytest
from decide_helpers import make_store
from workstation.services import audit


def _note(store):
    with store.tx() as s:
        audit.record(s, actor=None, action="test.note", entity_type="test", entity_id=1, details={"n": 1})


def _edit_an_audit_entry(store):
    _note(store)
    with store.engine.begin() as c:
        if store.backend == "sqlite":
            c.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        else:
            c.exec_driver_sql("DROP TRIGGER audit_log_append_only ON audit_log")
        assert c.exec_driver_sql("UPDATE audit_log SET details = '{\\"x\\": 1}' WHERE seq = (SELECT max(seq) FROM audit_log)").rowcount == 1


def test_clean(db_url):
    store = make_store(db_url)
    _note(store)
    store.close()


def test_leaves_the_audit_log_edited(db_url):
    store = make_store(db_url)
    _edit_an_audit_entry(store)
    store.close()


@pytest.mark.tampers("shows the mark excuses it")
def test_edits_on_purpose(db_url):
    store = make_store(db_url)
    _edit_an_audit_entry(store)
    store.close()
'''


@pytest.fixture
def inner(pytester):
    pytester.makeconftest((TESTS / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(test_inner=INNER)
    pytester.makeini("[pytest]\nmarkers =\n    postgresql: pg\n    tampers(why): on purpose\n")
    return pytester


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def test_a_test_that_leaves_the_books_wrong_fails(inner, backend, monkeypatch):
    if backend == "postgresql" and PG_UNAVAILABLE:
        pytest.skip(f"PostgreSQL not reachable: {PG_UNAVAILABLE}")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), str(TESTS.parent), os.environ.get("PYTHONPATH", "")]))
    result = inner.runpytest_subprocess("-q", "-p", "no:cacheprovider", "-p", "no:randomly", "-k", backend)
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*test_leaves_the_audit_log_edited*", "*the books are not clean after this test*",
                                 "*audit verify*"])
    assert "test_clean" not in "\n".join(line for line in result.stdout.lines if line.startswith("FAILED"))
