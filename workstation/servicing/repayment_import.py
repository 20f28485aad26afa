"""`workstation import repayments FILE`: the payment channel's daily repayment file.

CSV (header row) or JSON Lines, one payment per line (docs/repayments-format.md, read by
``services.repayment_file``). Each line is matched to a loan by contract number and
decided on its own, in file order, against the loan as the lines before it left it:

* refused (into ``<input>.rejects.csv``): a bad field, a wrong column count, an unknown
  contract, a loan not active (also one closed by an earlier line of the file), a value
  date before the disbursement or in the future, a settlement on a loan that is no order
  loan;
* held (``repayment_held_lines``, for an officer to post or return, servicing/repayment_held.py):
  a line larger than the loan's payoff on its value date plus the tolerance setting;
* posted: everything else, as of its value date (nights after it recomputed).

Never posted twice: a payment reference posted or held before is a duplicate. Lines are
committed in transactions of ``CHUNK`` lines; since every decision depends only on the
lines before it, a run killed at any point and run again ends exactly where one
uninterrupted run ends. A batch left ``running`` by a crash is shown as interrupted; the
next run of the same file resumes it. One audit entry records each run.
"""
from __future__ import annotations

import os
import socket
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from workstation.domain import clock, servicing as sv
from workstation.domain.money import AMOUNT_LIMIT, from_fen, parse_amount, to_fen
from workstation.servicing import repayment_reads as reads
from workstation.domain.workflow import Status
from workstation.services import audit, retry, workflow
from workstation.servicing import engine_state, ledger, ledger_kept, ledger_write
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.servicing.ledger import Entry
from workstation.servicing import recoveries
from workstation.services.workflow import load_for_update as lock_app
from workstation.services.progress import NullProgress, Progress, paused_gc
from workstation.servicing.repayment_file import FIELDS, KINDS, Line, Reject, read_file, write_rejects
from workstation.store import queries
from workstation.store.bulk import bulk_insert
from workstation.store.models import ImportBatch

__all__ = ["CHUNK", "FIELDS", "KINDS", "Line", "RepaymentReport", "import_repayments", "interrupted_batches"]

CHUNK = 5000
PAUSE_ENV = "WORKSTATION_REPAYMENTS_PAUSE_AFTER"   # testing: sleep after N chunks are committed
TOLERANCE_KEY = "repayments.hold_tolerance"
LIMIT_KEY = "input.max_amount"


@dataclass
class RepaymentReport:
    batch_id: int
    file_name: str
    sha256: str
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    unmatched: int = 0
    rejected: int = 0             # unmatched + bad lines + lines for loans that cannot take them
    held: int = 0                 # larger than the payoff: waiting for an officer
    backdated: int = 0
    amount_posted: Decimal = Decimal("0.00")
    amount_held: Decimal = Decimal("0.00")
    rejects: list[Reject] = field(default_factory=list)
    held_lines: list[str] = field(default_factory=list)
    duplicate_refs: list[str] = field(default_factory=list)
    resumed: list[int] = field(default_factory=list)       # interrupted batches of this file
    interrupted: list[str] = field(default_factory=list)   # other files' interrupted batches
    interrupted_files: list[tuple[int, str]] = field(default_factory=list)   # the same: (batch id, file name)
    outcome: str = "completed"
    rejects_path: str | None = None
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.file_name}: {self.read} lines, {self.imported} posted ({self.amount_posted:,.2f}), "
                f"{self.held} held for an officer ({self.amount_held:,.2f}), "
                f"{self.duplicates} duplicates, {self.unmatched} unmatched, {self.rejected} rejected "
                f"({self.backdated} backdated) in {self.seconds:.1f} s")


def _setting(s, key: str, default: str) -> str:
    return str(queries.setting(s, key, default))


def _owner() -> str:
    return f"pid {os.getpid()} on {socket.gethostname()}"


def _alive(note: str | None) -> bool:
    """Whether the process that started a running batch is still at work (same host)."""
    parts = (note or "").split()
    if len(parts) != 4 or parts[0] != "pid" or parts[2] != "on" or parts[3] != socket.gethostname():
        return False
    try:
        os.kill(int(parts[1]), 0)
    except (OSError, ValueError):
        return False
    return True


def interrupted_batches(store: Store, actor: Actor | None) -> list[ImportBatch]:
    """Repayment batches left running by a crash (their process is gone), oldest first
    (``actor`` None: the system)."""
    with store.read(actor) as s:
        rows = list(s.scalars(select(ImportBatch).where(ImportBatch.kind == "repayments",
                                                        ImportBatch.outcome == "running")
                              .order_by(ImportBatch.id)))
        s.expunge_all()
    return [b for b in rows if not _alive(b.note)]


def import_repayments(store: Store, actor: Actor, path: Path, *, progress: Progress | None = None,
                      today: date | None = None, chunk: int = CHUNK) -> RepaymentReport:
    actor.require("officer", "supervisor", "admin", action="import repayments")
    progress = progress or NullProgress()
    t0 = time.perf_counter()
    path = Path(path)
    today = today or clock.today()        # the business's date (Asia/Shanghai)
    with store.read(actor) as s:
        limit = parse_amount(_setting(s, LIMIT_KEY, str(AMOUNT_LIMIT)))
        tolerance = to_fen(parse_amount(_setting(s, TOLERANCE_KEY, "0.00")))
    lines, rejects, read, sha = read_file(path, limit=limit)
    report = RepaymentReport(batch_id=0, file_name=path.name, sha256=sha, read=read, rejects=rejects)
    report.rejected = len(rejects)
    stale = interrupted_batches(store, actor)
    with store.tx(actor) as s:
        for b in stale:
            if b.file_sha256 == sha:
                s.get(ImportBatch, b.id).outcome = "interrupted"
                report.resumed.append(b.id)
            else:
                report.interrupted.append(f"batch {b.id}: {b.file_name}, started {b.started_at:%Y-%m-%d %H:%M} "
                                          "UTC, interrupted: import that file again to finish it")
                report.interrupted_files.append((b.id, b.file_name))
        batch = ImportBatch(kind="repayments", file_name=path.name[:300], file_sha256=sha, user_id=actor.id,
                            note=_owner())
        s.add(batch)
        s.flush()
        report.batch_id = batch.id
    todo = _fresh_lines(store, actor, lines, report)
    pause_after = int(os.environ.get(PAUSE_ENV, "0") or 0)
    with paused_gc():
        for n, k in enumerate(range(0, len(todo), chunk), 1):
            part = retry.in_tx(store, actor, lambda s, lines=todo[k:k + chunk]: _attempt(
                s, lines, report=report, actor=actor, today=today, tolerance=tolerance, progress=progress),
                what=f"{path.name}, lines {k + 1}-{min(k + chunk, len(todo))}", progress=progress, unique=True)
            _merge(report, part)
            progress.update(min(k + chunk, len(todo)), len(todo), "repayments")
            if pause_after and n >= pause_after:
                print(f"REPAYMENTS-PAUSED {n}", flush=True)
                sys.stdout.flush()
                time.sleep(3600)
    report.seconds = time.perf_counter() - t0
    path_out = write_rejects(path, report.rejects)
    report.rejects_path = str(path_out) if path_out else None
    with store.tx(actor) as s:
        batch = s.get(ImportBatch, report.batch_id)
        batch.finished_at = clock.utcnow()
        batch.total, batch.imported = report.read, report.imported
        batch.duplicates, batch.rejected = report.duplicates, report.rejected
        batch.outcome = report.outcome
        batch.note = "\n".join([str(r) for r in report.rejects[:200]] + report.held_lines[:200]
                               + report.duplicate_refs[:200]) or None
        audit.record(s, actor=actor, action="import.repayments", entity_type="import", entity_id=report.batch_id,
                     details={"file": path.name, "sha256": report.sha256, "read": report.read,
                              "posted": report.imported, "amount": report.amount_posted,
                              "held": report.held, "amount_held": report.amount_held,
                              "duplicates": report.duplicates, "unmatched": report.unmatched,
                              "rejected": report.rejected, "backdated": report.backdated,
                              "resumes": report.resumed})
    return report


def _fresh_lines(store: Store, actor: Actor, lines: list[Line], report: RepaymentReport) -> list[Line]:
    """Lines not seen before, matched to their loans, in file order."""
    seen: set[str] = set()
    fresh: list[Line] = []
    for ln in lines:                                   # repeated inside the file
        if ln.payment_ref in seen:
            report.duplicates += 1
            report.duplicate_refs.append(f"line {ln.line_no}: {ln.payment_ref} repeated in the file")
            _reject(report, ln, "payment_ref", "duplicate_in_file",
                    f"{ln.payment_ref} is repeated in the file (the first one counts)", count=False)
        else:
            seen.add(ln.payment_ref)
            fresh.append(ln)
    with store.read(actor) as s:
        posted, held = reads.seen_refs(s, [ln.payment_ref for ln in fresh])
        contracts = reads.loan_ids(s, {ln.contract_no for ln in fresh})
    todo: list[Line] = []
    for ln in fresh:
        if ln.payment_ref in posted or ln.payment_ref in held:
            report.duplicates += 1
            what = "posted" if ln.payment_ref in posted else "held for an officer"
            report.duplicate_refs.append(f"line {ln.line_no}: {ln.payment_ref} was already {what}")
        elif ln.contract_no not in contracts:
            report.unmatched += 1
            _reject(report, ln, "contract_no", "unmatched", f"no loan {ln.contract_no!r}")
        else:
            ln.loan_id = contracts[ln.contract_no]
            todo.append(ln)
    return todo


def _reject(report: RepaymentReport, ln: Line, field_: str, code: str, reason: str, *, count: bool = True) -> None:
    report.rejected += count
    raw = (f"payment_ref={ln.payment_ref}; contract_no={ln.contract_no}; value_date={ln.value_date}; "
           f"amount={ln.amount}; kind={ln.kind}")
    report.rejects.append(Reject(ln.line_no, field_, code, reason, raw))


@dataclass
class _LoanState:
    row: object
    data: ledger.LoanData
    entries: list[Entry] | None      # None: not read yet (a kept engine state serves)
    status: str
    fresh: list[tuple[Line, Entry]] = field(default_factory=list)
    left: int = 0                    # lines of this loan still to decide in the chunk
    last_cash: date | None = None    # the latest stored cash event (or a day on or after it)
    kept: bytes | None = None        # the loan's kept engine state (services.engine_state)
    reader: object = None            # reads entries and terms when the kept state cannot serve
    terms_key: str | None = None

    def full(self) -> "_LoanState":
        """Journal entries and engine terms read (once)."""
        if self.entries is None:
            self.reader(self)
        return self

    def fresh_entries(self) -> list[Entry]:
        return [e for _, e in sorted(self.fresh, key=lambda x: (x[0].value_date, x[0].line_no))]

    def surely_within_payoff(self, day: date, fen: int) -> bool:
        """Cheap sufficient test: with no stored cash event after ``day``, the principal
        outstanding on ``day`` is at least the cached principal less the lines accepted
        so far, and the payoff is at least that principal."""
        if self.last_cash is None or self.last_cash > day:
            return False
        return fen <= self.row.principal_outstanding - sum(e.amount for _, e in self.fresh)

    def surely_open(self) -> bool:
        """Principal is left after the lines accepted so far (each takes at most its amount)."""
        return sum(e.amount for _, e in self.fresh) < self.row.principal_outstanding

    def with_fresh(self) -> list[Entry]:
        return self.full().entries + self.fresh_entries()


_COUNTS = ("imported", "duplicates", "unmatched", "rejected", "held", "backdated", "amount_posted", "amount_held")
_LISTS = ("rejects", "held_lines", "duplicate_refs")


def _attempt(s, lines: list[Line], *, report: RepaymentReport, actor: Actor, today: date, tolerance: int,
             progress: Progress) -> RepaymentReport:
    """One try at a chunk: its loans locked (in id order), its lines checked again against
    what another import posted or held meanwhile (the same file twice at once), the rest
    posted. Counts go to a report of the chunk's own, added to ``report`` once committed."""
    part = RepaymentReport(batch_id=report.batch_id, file_name=report.file_name, sha256=report.sha256)
    retry.lock_loans(s, {ln.loan_id for ln in lines}, progress=progress, what=report.file_name)
    posted, held = reads.seen_refs(s, [ln.payment_ref for ln in lines])
    fresh = []
    for ln in lines:
        if ln.payment_ref in posted or ln.payment_ref in held:
            part.duplicates += 1
            what = "posted" if ln.payment_ref in posted else "held for an officer"
            part.duplicate_refs.append(f"line {ln.line_no}: {ln.payment_ref} was already {what} "
                                       "(by an import running at the same time)")
        else:
            fresh.append(ln)
    if fresh:
        _post_chunk(s, fresh, report=part, actor=actor, today=today, tolerance=tolerance)
    return part


def _merge(report: RepaymentReport, part: RepaymentReport) -> None:
    for name in _COUNTS:
        setattr(report, name, getattr(report, name) + getattr(part, name))
    for name in _LISTS:
        getattr(report, name).extend(getattr(part, name))


def _post_chunk(s, lines: list[Line], *, report: RepaymentReport, actor: Actor, today: date,
                tolerance: int) -> None:
    rows = reads.loan_rows(s, list({ln.loan_id for ln in lines}))
    since = min(ln.value_date for ln in lines)
    # only an active loan takes a line (the others are refused, or a recovery when written off)
    keys = {lid: engine_state.terms_key(r.terms, r.frozen_schedule, r.disbursed_on, r.accelerated_on)
            for lid, r in rows.items() if r.status == "active"}
    kept = engine_state.usable(s, keys)
    state: dict[int, _LoanState] = {}

    def read(sts):
        """Entries (cash, and accruals from ``since``) and terms of loans ``sts``."""
        sts = [sts] if isinstance(sts, _LoanState) else sts
        got = [st.row.id for st in sts]
        cash = ledger.load_entries(s, got, kinds=sv.CASH_KINDS | {sv.REVERSAL})
        accr = ledger.load_entries(s, got, kinds=ledger.ACCRUALS, since=since)
        for st in sts:
            r = st.row
            st.data.terms = ledger.engine_terms_raw(r.terms, r.frozen_schedule, r.disbursed_on, r.accelerated_on)
            st.entries = cash[r.id] + accr[r.id]
            st.last_cash = max((e.value_date for e in ledger.active(cash[r.id]) if e.kind in sv.CASH_KINDS),
                               default=None)
    for lid, r in rows.items():
        data = ledger.LoanData(id=r.id, contract_no=r.contract_no, status=r.status, version=r.version,
                               terms=None, last_eod=r.last_eod, application_id=r.application_id,
                               revolving=bool(r.revolving))
        st = state[lid] = _LoanState(r, data, None, r.status, reader=read,
                                     kept=kept.get(lid) if r.accelerated_on is None else None)  # recalled: replay
        st.terms_key = keys.get(lid)
        if st.kept is not None:
            st.last_cash = ledger_kept.kept_day(st.kept)     # every stored cash event is on or before it
    read([st for st in state.values() if st.kept is None and st.status == "active"])   # the rest: when needed
    for ln in lines:
        state[ln.loan_id].left += 1
    held: list[dict] = []
    written_off: list[Line] = []
    for ln in lines:                                   # file order: each line sees the ones before it
        st = state[ln.loan_id]
        st.left -= 1
        if st.status == "written_off" == st.row.status:
            written_off.append(ln)                     # a recovery (servicing.recoveries)
            continue
        why = _refuse(st, ln, today)
        if why:
            _reject(report, ln, *why)
            continue
        entry = Entry(None, sv.REPAYMENT, ln.value_date, amount=ln.fen, reference=ln.payment_ref,
                      idem_key=f"pay:{ln.payment_ref}", source="settlement" if ln.kind == "order_settlement"
                      else "import", memo=ln.kind if ln.kind != "repayment" else None, user_id=actor.id)
        payoff = None if st.surely_within_payoff(ln.value_date, entry.amount) else _payoff(st, ln.value_date)
        if payoff is not None and entry.amount > payoff + tolerance:
            held.append(dict(payment_ref=ln.payment_ref, batch_id=report.batch_id, contract_no=ln.contract_no,
                             loan_id=ln.loan_id, amount=entry.amount, payoff=payoff, value_date=ln.value_date,
                             kind=ln.kind, line_no=ln.line_no, status="held",
                             held_at=clock.utcnow()))
            report.held += 1
            report.amount_held += ln.amount
            report.held_lines.append(f"line {ln.line_no}: {ln.payment_ref} {ln.amount:,.2f} for "
                                     f"{ln.contract_no} held: the payoff on {ln.value_date} is "
                                     f"{from_fen(payoff):,.2f}")
            continue
        st.fresh.append((ln, entry))
        if st.left and not st.surely_open():          # a later line of this chunk needs to know
            st.status = _plan(st, actor).position.state
    _write(s, state, held, report=report, actor=actor)
    if written_off:
        recoveries.post_file_lines(s, written_off, actor=actor, today=today,
                                   reject=lambda ln, *why: _reject(report, ln, *why),
                                   posted=lambda ln: _recovered(s, report, ln))


def _recovered(s, report: RepaymentReport, ln: Line) -> None:
    """A line posted as a recovery: remembered by its payment reference like any other."""
    bulk_insert(s, "repayment_import_lines", [dict(
        payment_ref=ln.payment_ref, batch_id=report.batch_id, contract_no=ln.contract_no, loan_id=ln.loan_id,
        journal_id=None, amount=ln.fen, value_date=ln.value_date, kind=ln.kind, line_no=ln.line_no)])
    report.imported += 1
    report.amount_posted += ln.amount


def _payoff(st: _LoanState, day: date) -> int:
    """The engine's payoff quote on ``day`` after the lines accepted so far."""
    if st.kept is not None and st.entries is None:
        got = ledger_kept.payoff_forward(st.kept, st.fresh_entries(), on=day, checked=True)    # from usable
        if got is not None:
            return got
    entries = st.with_fresh()
    fresh = [e for e in entries if e.id is None]
    for n, e in enumerate(fresh):                      # after every stored entry, in line order
        e.id = ledger.FRESH + n
    try:
        return sv.payoff_amount(st.data.terms, ledger.events_of(entries), on=day)
    finally:
        for e in fresh:
            e.id = None


def _plan(st: _LoanState, actor: Actor) -> ledger.Plan:
    r = st.row
    if st.kept is not None and st.entries is None:
        p = ledger_kept.plan_forward(st.data, st.kept, st.fresh_entries(), user_id=actor.id, source="import",
                                     checked=True)      # st.kept: from engine_state.usable, found sound
        if p is not None:
            engine_state.stats["forward"] += 1
            p.backdated = False
            return p
    first = min(ln.value_date for ln, _ in st.fresh)
    st.full()
    later = any(e.value_date > first for e in ledger.active(st.entries) if e.kind in sv.CASH_KINDS)
    back = (r.last_eod is not None and first <= r.last_eod) or later
    p = ledger.plan(st.data, st.with_fresh(), recompute_from=first if back else None, user_id=actor.id,
                    source="import", partial_accruals=True)
    p.backdated = back
    return p


def _write(s, state: dict[int, _LoanState], held: list[dict], *, report: RepaymentReport, actor: Actor) -> None:
    items, posted_lines, closing = [], [], []
    for st in state.values():
        if not st.fresh:
            continue
        r = st.row
        p = _plan(st, actor)
        p.terms_key = st.terms_key
        items.append((p, (r.principal_outstanding, r.interest_unpaid, r.penalty_unpaid, r.excess), r.inst_sig))
        report.backdated += len(st.fresh) if p.backdated else 0
        posted_lines += [ln for ln, _ in st.fresh]
        if p.position.state == "closed" and r.status == "active":
            closing.append(r)
    ledger_write.write_batch(s, items, tiers=ledger.thresholds(s))
    keys = {f"pay:{ln.payment_ref}": ln for ln in posted_lines}
    ids_by_key = reads.journal_ids(s, list(keys))
    bulk_insert(s, "repayment_import_lines", [
        dict(payment_ref=ln.payment_ref, batch_id=report.batch_id, contract_no=ln.contract_no, loan_id=ln.loan_id,
             journal_id=ids_by_key[key], amount=ln.fen, value_date=ln.value_date, kind=ln.kind,
             line_no=ln.line_no) for key, ln in keys.items()])
    if held:
        bulk_insert(s, "repayment_held_lines", held)
    for r in closing:
        app = lock_app(s, r.application_id)
        if app.status == Status.DISBURSED.value:
            workflow.move(s, app, Status.CLOSED, actor=actor, event=("settled", {"contract_no": r.contract_no}))
    report.imported += len(posted_lines)
    report.amount_posted += sum((ln.amount for ln in posted_lines), Decimal("0.00"))


def _refuse(st: _LoanState, ln: Line, today: date) -> tuple[str, str, str] | None:
    r = st.row
    if st.status != "active":
        status = st.status.replace("_", " ")
        if st.status != r.status:
            status += " by an earlier line of the file"
        return "contract_no", f"loan_{st.status}", f"loan {r.contract_no} is {status}"
    if ln.value_date < r.disbursed_on:
        return "value_date", "before_disbursement", f"{ln.value_date} is before the disbursement on {r.disbursed_on}"
    if ln.value_date > today:
        return "value_date", "future", f"{ln.value_date} is in the future"
    if ln.kind == "order_settlement" and r.product_code != "ORDER":
        return "kind", "not_order_loan", f"order_settlement on loan {r.contract_no}, which is not an order loan"
    return None

