"""Issue 13, item 6, the desk's part: desk postings are not retried (each locks its one
loan, and the jobs lock loans in one order), so this proves they cannot deadlock. Three
desks post repayments on the same twelve loans in different orders (one of them
backdated before the last end of day, so each of its postings recomputes the loan's
accruals), while a repayment import and end of day run on those loans, each job in its
own process on PostgreSQL. No job may stop, wait forever or print a traceback, and the
books must equal the same work done one job after the other on a copy of the book."""
from __future__ import annotations

import pytest

from tests.conftest import PG_UNAVAILABLE
from tests.test_concurrency import EOD_DATE, LOANS, _book, _books, _drop, _files, _pg_schema, _run_serially, \
    _run_together


def _jobs(a, ids: list[int]) -> list[list[str]]:
    forward = ",".join(str(i) for i in ids)
    backward = ",".join(str(i) for i in ids[::-1])
    shuffled = ",".join(str(i) for i in ids[1::2] + ids[0::2])
    return [["desk", "2026-02-16", forward, "123.45", "D", "officer1"],
            ["import", str(a), "1"],
            ["desk", "2026-02-08", backward, "77.70", "E", "supervisor1"],      # backdated: recomputes
            ["eod", EOD_DATE.isoformat(), "2"],
            ["desk", "2026-02-18", shuffled, "50.00", "F", "officer1"]]


def test_desk_postings_with_an_import_and_end_of_day_on_postgresql_equal_a_serial_run(tmp_path):
    if PG_UNAVAILABLE:
        pytest.skip(f"PostgreSQL not reachable: {PG_UNAVAILABLE}")
    from tests.conftest import PG_URL
    schemas = [_pg_schema(), _pg_schema()]
    try:
        ids, nos = _book(PG_URL, schemas[0])
        _book(PG_URL, schemas[1])
        a, _b = _files(tmp_path, nos)
        jobs = _jobs(a, ids)
        together = _run_together(PG_URL, schemas[0], jobs, tmp_path / "go")
        serial = _run_serially(PG_URL, schemas[1], jobs)
        assert [r["posted"] for r in together if r["job"] == "desk"] == [LOANS] * 3
        assert [r["imported"] for r in together if r["job"] == "import"] == [LOANS]
        assert [r["job"] for r in serial] == [j[0] for j in jobs]
        got, want = _books(PG_URL, schemas[0]), _books(PG_URL, schemas[1])
        assert got["refs"] == want["refs"] and len(got["refs"]) == LOANS
        assert got["cache"] == want["cache"]
        assert got["totals"] == want["totals"]
        assert got["nights"] == want["nights"]
        assert all(c[-1] == EOD_DATE for c in got["cache"].values())
    finally:
        for schema in schemas:
            _drop(schema)
