"""Jobs that share a branch server: loans locked in one order, a transaction retried a
bounded number of times when the database gives it up, and a job that must wait saying so.

* ``lock_loans`` locks the loans a transaction will change, in ascending id order, before
  it reads them (PostgreSQL ``SELECT ... FOR UPDATE``; on SQLite a write transaction
  begins IMMEDIATE and already holds the database's one write lock). Every writer of a
  loan's journal (desk actions through ``loans.lock_loan``, the repayment file, end of day)
  takes its loans this way first, so two jobs never wait for each other in a circle, and
  what a job reads after the lock is what it changes.
* ``in_tx`` runs one unit of work in its own transaction and runs it again when the
  database refused it for a reason that goes away: a serialization failure or a deadlock
  (PostgreSQL 40001, 40P01), SQLite's "database is locked" after its busy timeout, and,
  when the caller says it re-checks what is already stored (``unique=True``), a
  unique-key collision with a job that committed the same record meanwhile. After
  ``ATTEMPTS`` the job stops with a ``DomainError`` (code ``busy``), never a traceback.
"""
from __future__ import annotations

import random
import time
from typing import Callable, TypeVar

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from workstation.domain.actor import Actor

from workstation.domain.errors import DomainError

from workstation.store.session import Store
from workstation.services.progress import NullProgress, Progress

T = TypeVar("T")
ATTEMPTS = 8
TRANSIENT = {"40001", "40P01"}           # serialization_failure, deadlock_detected
LOCK_NOT_AVAILABLE = "55P03"
UNIQUE_VIOLATION = "23505"
WAIT_STEP = "5s"                          # how often a waiting job repeats that it waits


class Busy(DomainError):
    """The database kept refusing a job's transaction; nothing of it was kept (code ``busy``)."""


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def transient(exc: BaseException, *, unique: bool = False) -> bool:
    """Whether running the same transaction again may succeed."""
    if not isinstance(exc, DBAPIError):
        return False
    code = sqlstate(exc)
    if code in TRANSIENT:
        return True
    if isinstance(exc, OperationalError) and "database is locked" in str(exc.orig):
        return True
    return unique and isinstance(exc, IntegrityError) and (
        code == UNIQUE_VIOLATION or "UNIQUE constraint failed" in str(exc.orig))


def in_tx(store: Store, actor: Actor | None, work: Callable[[Session], T], *, what: str,
          progress: Progress | None = None, unique: bool = False, attempts: int = ATTEMPTS) -> T:
    """``work(session)`` in one transaction, run again (a fresh transaction, a short random
    pause between) while it fails transiently; see the module docstring."""
    progress = progress or NullProgress()
    for n in range(1, attempts + 1):
        try:
            with store.tx(actor) as s:
                return work(s)
        except DBAPIError as exc:
            if not transient(exc, unique=unique):
                raise
            if n == attempts:
                raise Busy("busy", what=what, attempts=attempts) from None
            progress.waiting(f"{what}: another job changed the same records; trying again "
                             f"({n + 1} of {attempts})")
            time.sleep(min(2.0, 0.05 * 2 ** n) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def lock_loans(s: Session, loan_ids, *, progress: Progress | None = None, what: str = "") -> None:
    """Lock ``loan_ids`` for this transaction in ascending id order (PostgreSQL). When
    another job holds one of them, report that this job waits, then wait for it."""
    ids = sorted(set(loan_ids))
    if not ids or s.get_bind().dialect.name != "postgresql":
        return
    from workstation.store.bulk import raw_table
    lt = raw_table("loans")
    progress = progress or NullProgress()
    before = None
    waited = 0
    while True:
        try:
            with s.begin_nested():
                if waited:
                    s.execute(text("SELECT set_config('lock_timeout', :t, true)"), {"t": WAIT_STEP})
                for k in range(0, len(ids), 1000):
                    s.execute(select(lt.c.id).where(lt.c.id.in_(ids[k:k + 1000])).order_by(lt.c.id)
                              .with_for_update(nowait=not waited)).all()
            break
        except OperationalError as exc:
            if sqlstate(exc) != LOCK_NOT_AVAILABLE:
                raise
            if before is None:
                before = s.execute(text("SELECT current_setting('lock_timeout')")).scalar()
            waited += 1
            progress.waiting(f"{what + ': ' if what else ''}waiting for loans another job is changing "
                             "(a desk posting, an import or end of day)")
    if waited:
        s.execute(text("SELECT set_config('lock_timeout', :t, true)"), {"t": before or "0"})
