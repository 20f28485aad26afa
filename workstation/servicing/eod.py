"""End of day: accrue interest and penalty interest night by night, move installments
to overdue, keep days past due, buckets and the five-tier class, expire offers.

* Idempotent: a loan carries ``last_eod`` (the last night accrued); a run for date D
  touches only loans behind D, so running it twice changes nothing. A date already
  complete is run again when a loan is still behind it (booked later with an earlier
  date): "already complete" means no loan is behind D.
* True counts: each transaction adds its loans to the night's record, so a run resumed
  after a crash records every loan of the night, not only those of the last attempt.
* A gap is caught up day by day: each loan is replayed once and one accrual entry per
  night and kind is posted for every missing night, exactly as if each day had run.
* Crash-safe: loans are committed in transactions of whole loans (``loans_per_tx``,
  default 500: one commit per loan would cost an fsync each, ~4 ms on SQLite, 400 s for
  100,000 loans). A crash leaves each loan before or after the day, never half; the
  rerun picks up the loans still behind.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from typing import NamedTuple
from datetime import date, timedelta

from sqlalchemy import or_, select

from workstation.domain import clock
from workstation.domain import servicing as sv
from workstation.domain import servicing_quiet, servicing_state
from workstation.domain.workflow import Status
from workstation.services import audit, retry, workflow
from workstation.decide import decisions
from workstation.servicing import engine_state, ledger, ledger_kept, ledger_write
from workstation.services.workflow import load_for_update as lock_app
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.services.progress import NullProgress, Progress, paused_gc
from workstation.store.bulk import as_date, raw_table, select_in
from workstation.store.models_loans import EodRun

ONE = timedelta(days=1)
PAUSE_ENV = "WORKSTATION_EOD_PAUSE_AFTER"     # testing: stop (sleep) after N loans are committed


@dataclass(frozen=True)
class EodResult:
    as_of: date
    dates: tuple[date, ...]        # the business dates this run completed
    loans: int                     # loans brought up to date
    entries: int                   # journal entries posted
    offers_expired: int
    already_done: bool
    seconds: float


_LOAN_COLS = ("id", "contract_no", "status", "version", "application_id", "revolving", "method", "terms",
              "frozen_schedule", "disbursed_on", "accelerated_on",
              "last_eod", "closed_on", "written_off_on", "principal_outstanding", "interest_unpaid",
              "penalty_unpaid", "excess", "inst_sig")
_LOAN_SQL = f"SELECT {', '.join(_LOAN_COLS)} FROM loans WHERE id IN ({{ids}}) ORDER BY id"


class _LoanRow(NamedTuple):
    """A loan as end of day reads it (``terms`` and ``frozen_schedule`` as stored text:
    hashed, decoded only when replayed)."""
    id: int
    contract_no: str
    status: str
    version: int
    application_id: int
    revolving: bool
    method: str
    terms: str
    frozen_schedule: str | None
    disbursed_on: date
    accelerated_on: date | None
    last_eod: date | None
    closed_on: date | None
    written_off_on: date | None
    principal_outstanding: int
    interest_unpaid: int
    penalty_unpaid: int
    excess: int
    inst_sig: str | None


def _pending(s, as_of: date) -> list[int]:
    lt = raw_table("loans")
    # closed and written-off loans only until the nights before their end are accrued
    return list(s.scalars(select(lt.c.id).where(lt.c.status != "contracted", lt.c.last_eod < as_of)
                          .where(or_(lt.c.status == "active", lt.c.last_eod < lt.c.closed_on,
                                     lt.c.last_eod < lt.c.written_off_on))
                          .order_by(lt.c.id)))


def run_eod(store: Store, actor: Actor | None, as_of: date, progress: Progress | None = None, *,
            loans_per_tx: int = 500) -> EodResult:
    """Bring every loan up to the end of ``as_of`` (see the module docstring)."""
    if actor is not None:
        actor.require("supervisor", "admin", action="run end of day")
    if as_of > clock.today():       # a night not yet passed: nothing to accrue, no one overdue yet
        raise DomainError("eod_not_begun", as_of=as_of, today=clock.today())
    progress = progress or NullProgress()
    t0 = time.perf_counter()
    dates = retry.in_tx(store, actor, lambda s: _open_runs(s, as_of), what=f"end of day {as_of}",
                        progress=progress, unique=True)     # two desks starting the same night
    if dates is None:
        return EodResult(as_of, (), 0, 0, 0, True, 0.0)
    expired = decisions.expire_offers(store, actor, as_of)
    with store.read(actor) as s:
        ids = _pending(s, as_of)
        tiers = ledger.thresholds(s)
    pause_after = int(os.environ.get(PAUSE_ENV, "0") or 0)
    total, posted, n = len(ids), 0, 0
    progress.update(0, total, "end of day")
    runs = raw_table("eod_runs")
    with paused_gc():
        for k in range(0, total, loans_per_tx):
            chunk = ids[k:k + loans_per_tx]

            def work(s, chunk=chunk):
                # loans locked in id order first: imports and desk postings wait, never deadlock
                retry.lock_loans(s, chunk, progress=progress, what="end of day")
                out = _process(s, chunk, as_of=as_of, tiers=tiers, actor=actor)
                # counted with the loans they count: a run resumed after a crash adds to them
                s.execute(runs.update().where(runs.c.run_date.in_(dates))
                          .values(loans=runs.c.loans + len(chunk)))
                return out
            posted += retry.in_tx(store, actor, work, what=f"end of day {as_of}", progress=progress)
            n += len(chunk)
            progress.update(n, total, "end of day")
            if pause_after and n >= pause_after:
                print(f"EOD-PAUSED {n}", flush=True)
                sys.stdout.flush()
                time.sleep(3600)
    with store.tx(actor) as s:
        now = clock.utcnow()
        for r in s.scalars(select(EodRun).where(EodRun.run_date.in_(dates))):
            r.status, r.finished_at = "complete", now
            if r.run_date == as_of:
                r.offers_expired += len(expired)
        audit.record(s, actor=actor, action="eod.run", entity_type="eod", entity_id=as_of.isoformat(),
                     details={"dates": [d.isoformat() for d in dates], "loans": total, "entries": posted,
                              "offers_expired": len(expired)})
    from workstation.aftercare.evaluation import evaluate_all      # after the loan: warnings for the day
    evaluate_all(store, actor, as_of, progress)
    from workstation.aftercare.collections import end_of_day as collections_eod   # promises to pay
    collections_eod(store, actor, as_of)
    from workstation.portfolio.snapshot import record as keep_portfolio     # the portfolio's night
    keep_portfolio(store, actor, as_of)
    audit.anchor_head(store, actor)         # the chain's head, kept outside the database
    return EodResult(as_of, tuple(dates), total, posted, len(expired), False, time.perf_counter() - t0)


def _open_runs(s, as_of: date) -> list[date] | None:
    """The nights this run completes, each with a run row (None: nothing to do)."""
    done = s.scalar(select(EodRun).where(EodRun.run_date == as_of))
    if done is not None and done.status == "complete" and not _pending(s, as_of):
        return None
    last = s.scalar(select(EodRun.run_date).where(EodRun.status == "complete", EodRun.run_date < as_of)
                    .order_by(EodRun.run_date.desc()).limit(1))
    first = (last + ONE) if last else as_of
    dates = [first + timedelta(days=k) for k in range((as_of - first).days + 1)]
    have = {r.run_date: r for r in s.scalars(select(EodRun).where(EodRun.run_date.in_(dates)))}
    for d in dates:
        if d not in have:
            s.add(EodRun(run_date=d, status="running", loans=0))
    s.flush()
    return dates


def _process(s, ids: list[int], *, as_of: date, tiers: dict, actor: Actor | None) -> int:
    """Bring the loans ``ids`` to the end of ``as_of`` inside the caller's transaction:
    each from its kept engine state where that still matches its journal, else replayed
    from its journal (and its state kept for the next night)."""
    rows = [_LoanRow(*r[:9], as_date(r[9]), as_date(r[10]), as_date(r[11]), as_date(r[12]), as_date(r[13]), *r[14:])
            for r in select_in(s, _LOAN_SQL, list(ids))]
    keys = {r.id: engine_state.terms_key(r.terms, r.frozen_schedule, r.disbursed_on, _recall_day(r)) for r in rows}
    marks: dict = {}
    kept = engine_state.usable(s, keys, marks_out=marks)
    items, closing, misses, quiet_loans = [], [], [], []
    for r in rows:
        p = None
        if r.id in kept and r.accelerated_on is None:    # a recalled loan is always replayed
            data = ledger.LoanData(id=r.id, contract_no=r.contract_no, status=r.status, version=r.version,
                                   terms=None, last_eod=r.last_eod, application_id=r.application_id,
                                   revolving=bool(r.revolving))
            q = quiet_night(kept[r.id], r, as_of)
            if q is not None:
                quiet_loans.append(ledger_write.QuietLoan(
                    data, q, (r.principal_outstanding, r.interest_unpaid, r.penalty_unpaid, r.excess), r.inst_sig))
                continue
            p = ledger_kept.plan_resumed(data, kept[r.id], through=as_of, checked=True)    # found sound by usable
        if p is None:
            misses.append(r)
        else:
            items.append((p, r))
    engine_state.stats["quiet"] += len(quiet_loans)
    engine_state.stats["resumed"] += len(items)
    engine_state.stats["replayed"] += len(misses)
    if misses:
        entries = ledger.load_entries(s, [r.id for r in misses], kinds=sv.CASH_KINDS | {sv.REVERSAL})
        for r in misses:
            terms = ledger.engine_terms_raw(r.terms, r.frozen_schedule, r.disbursed_on, _recall_day(r))
            data = ledger.LoanData(id=r.id, contract_no=r.contract_no, status=r.status, version=r.version,
                                   terms=terms, last_eod=r.last_eod, application_id=r.application_id,
                                   revolving=bool(r.revolving))
            items.append((ledger.plan(data, entries[r.id], through=as_of, partial_accruals=True), r))
    batch = []
    for p, r in items:
        p.terms_key = keys[r.id]
        batch.append((p, (r.principal_outstanding, r.interest_unpaid, r.penalty_unpaid, r.excess), r.inst_sig))
        if p.position.state == "closed" and r.status == "active":
            closing.append(r)
    posted = ledger_write.write_batch(s, batch, tiers=tiers, marks=marks, quiet_loans=quiet_loans)
    for r in sorted(closing, key=lambda r: r.id):
        app = lock_app(s, r.application_id)
        if app.status == Status.DISBURSED.value:
            workflow.move(s, app, Status.CLOSED, actor=actor, event=("settled", {"contract_no": r.contract_no}))
    return posted


def quiet_night(state: bytes, r, as_of: date) -> servicing_quiet.Night | None:
    """The nights through ``as_of`` of an active loan from its kept state's closed form
    (None: its stretch does not cover them, or the loan is not simply active)."""
    if r.status != "active" or r.last_eod is None:
        return None
    q = servicing_state.quiet_part(state, checked=True)         # engine_state.usable found it sound
    return servicing_quiet.night(q, last_eod=r.last_eod, through=as_of, stored=r.inst_sig) if q else None


def _recall_day(r) -> date | None:
    """The row's early-recall due date as a date (raw rows on SQLite carry ISO text)."""
    v = getattr(r, "accelerated_on", None)
    return date.fromisoformat(v) if isinstance(v, str) else v
