"""services/retry.py on a real database: a job that finds its loans in use says so and
waits; a real deadlock between two transactions is retried, not a traceback; the loans
a job locks are taken in one order."""
from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import select, text

from workstation.services import retry
from workstation.services.progress import Progress
from workstation.store.models_loans import Loan

from tests.servicing_support import actor, open_loan, prepare


class Waits(Progress):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def waiting(self, message: str) -> None:
        self.messages.append(message)
        super().waiting(message)


def _loans(svc, n: int) -> list[int]:
    prepare(svc)
    off = actor(svc, "officer1")
    return [open_loan(svc, off, product="CREDIT_FIXED", amount="60000", method="equal-installment",
                      start=date(2026, 1, 5), term_months=6) for _ in range(n)]


def _pg_only(svc) -> None:
    if svc.backend != "postgresql":
        pytest.skip("row locks: PostgreSQL only (SQLite writes take the one database lock, BEGIN IMMEDIATE)")


def test_a_job_that_must_wait_says_so_then_goes_on(svc):
    _pg_only(svc)
    ids = _loans(svc, 2)
    holder = svc.engine.connect()
    tx = holder.begin()
    holder.execute(text("SELECT id FROM loans WHERE id = :i FOR UPDATE"), {"i": ids[1]})   # a desk posting
    p, got = Waits(), {}

    def job():
        def work(s):
            retry.lock_loans(s, ids, progress=p, what="a.csv")
            return s.scalar(select(Loan.version).where(Loan.id == ids[1]))
        got["version"] = retry.in_tx(svc, None, work, what="a.csv", progress=p)
    t = threading.Thread(target=job)
    t.start()
    deadline = time.monotonic() + 10
    while not p.messages and time.monotonic() < deadline:
        time.sleep(0.02)
    assert p.messages and "waiting for loans another job is changing" in p.messages[0]
    assert t.is_alive()                                       # waiting, not stopped
    holder.execute(text("UPDATE loans SET version = version + 1 WHERE id = :i"), {"i": ids[1]})
    tx.commit()
    holder.close()
    t.join(timeout=20)
    assert not t.is_alive()
    with svc.read() as s:
        assert got["version"] == s.scalar(select(Loan.version).where(Loan.id == ids[1]))   # read after the lock


def test_a_deadlock_is_retried_not_a_traceback(svc):
    _pg_only(svc)
    a, b = _loans(svc, 2)
    both = threading.Barrier(2, timeout=10)
    tries = {"x": 0, "y": 0}
    p = Waits()

    def opposite(name, first, second):
        def work(s):
            tries[name] += 1
            s.execute(text("SELECT id FROM loans WHERE id = :i FOR UPDATE"), {"i": first})
            if tries[name] == 1:
                both.wait()                 # each holds one loan and wants the other's
            s.execute(text("SELECT id FROM loans WHERE id = :i FOR UPDATE"), {"i": second})
            s.execute(text("UPDATE loans SET version = version + 1 WHERE id IN (:a, :b)"), {"a": a, "b": b})
        return lambda: retry.in_tx(svc, None, work, what=name, progress=p)
    errors = []

    def run(fn):
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    threads = [threading.Thread(target=run, args=(opposite("x", a, b),)),
               threading.Thread(target=run, args=(opposite("y", b, a),))]
    with svc.read() as s:
        before = s.scalar(select(Loan.version).where(Loan.id == a))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    assert sorted(tries.values()) == [1, 2]                   # the deadlock victim ran again
    assert any("trying again" in m for m in p.messages)
    with svc.read() as s:
        assert s.scalar(select(Loan.version).where(Loan.id == a)) == before + 2


def test_busy_after_the_last_attempt_is_a_domain_error(svc):
    """A refusal that keeps coming back (here the driver's serialization failure, raised
    by the work itself) ends in Busy after the bounded attempts."""
    from sqlalchemy.exc import OperationalError
    calls = []

    def work(s):
        calls.append(1)
        s.execute(text("SELECT 1"))
        raise OperationalError("x", {}, type("E", (Exception,), {"sqlstate": "40001"})())
    with pytest.raises(retry.Busy) as err:
        retry.in_tx(svc, None, work, what="end of day 2026-02-20", attempts=3)
    assert len(calls) == 3 and "stayed busy" in str(err.value) and err.value.code == "busy"
