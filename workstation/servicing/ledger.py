"""The journal side of servicing, reading and planning: read a loan's journal, replay it
with the pure engine (``domain.servicing``), and plan the entries that bring the journal
in line with the replay (reversal + re-posting of any payment whose split changed,
per-night accruals, corrections of nights recomputed after a backdated posting);
``ledger_write`` writes them with the refreshed cache. Used by the desk actions, end of
day and the repayment import alike.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from workstation.domain.servicing import (CASH_KINDS, INTEREST_ACCRUAL, PENALTY_ACCRUAL, REPAYMENT,
                                          REVERSAL, WAIVER, WRITE_OFF, Event, LoanTerms, Position)
from workstation.domain.servicing_state import replay_keeping
from workstation.domain.servicing_model import day_of, day_of_known, engine_terms, engine_terms_of
from workstation.domain.terms_read import engine_part
from workstation.store import queries
from workstation.store.bulk import raw_table

ONE = timedelta(days=1)
FRESH = 1 << 60          # temporary ids of entries being planned
ACCRUALS = (INTEREST_ACCRUAL, PENALTY_ACCRUAL)
_ALLOCATED = (REPAYMENT, WAIVER, WRITE_OFF)


@dataclass(slots=True)
class Entry:
    """A journal row as plain data (money in signed fen, as stored)."""
    id: int | None
    kind: str
    value_date: date
    amount: int = 0
    principal: int = 0
    interest: int = 0
    penalty: int = 0
    excess: int = 0
    reverses_id: int | None = None
    origin_id: int | None = None
    reference: str | None = None
    idem_key: str | None = None
    source: str = "system"
    memo: str | None = None
    user_id: int | None = None


@dataclass(slots=True)
class LoanData:
    id: int
    contract_no: str
    status: str
    version: int
    terms: LoanTerms
    last_eod: date | None
    application_id: int
    revolving: bool


@dataclass
class Plan:
    loan: LoanData
    new: list[Entry]
    position: Position
    totals: tuple[int, int, int, int]      # principal, interest, penalty, excess after the plan
    last_eod: date | None
    changes: list[str] = field(default_factory=list)
    state: bytes | None = None        # the engine's state at ``position.as_of`` (servicing_state)
    terms_key: str | None = None      # set by callers that keep the state (engine_state.terms_key)


# -- reading -------------------------------------------------------------------------------

def terms_of(row) -> LoanTerms:
    """Engine terms from a ``loans`` row (ORM object or Core row): its stored
    ``terms`` unchanged, with the disbursement day, the frozen installments and the due
    date of an early recall in force (``accelerated_on``)."""
    return engine_terms(row.terms, start=row.disbursed_on, rows=row.frozen_schedule,
                        accelerated_on=getattr(row, "accelerated_on", None))


def engine_terms_raw(terms_text: str, frozen_text: str | None, disbursed_on: date,
                     accelerated_on: date | None = None) -> LoanTerms:
    """Engine terms from the stored text of ``terms`` and ``frozen_schedule`` (and the due
    date of an early recall in force)."""
    return engine_terms_of(engine_part(terms_text), start=disbursed_on,
                           rows=json.loads(frozen_text) if frozen_text else [], accelerated_on=accelerated_on)


def loan_data(row) -> LoanData:
    return LoanData(id=row.id, contract_no=row.contract_no, status=row.status, version=row.version,
                    terms=terms_of(row), last_eod=row.last_eod, application_id=row.application_id,
                    revolving=bool(row.revolving))


_J = None


def journal_table():
    global _J
    if _J is None:
        _J = raw_table("journal")
    return _J


_ENTRY_COLS = "loan_id, id, kind, value_date, amount, principal, interest, penalty, excess, reverses_id, origin_id, reference"


def load_entries(s: Session, loan_ids, *, kinds=None, since: date | None = None) -> dict[int, list[Entry]]:
    """Journal rows of ``loan_ids`` by loan, in posting order (plain driver rows: end of
    day's first night reads every loan's cash entries)."""
    ids = list(loan_ids)
    out: dict[int, list[Entry]] = {i: [] for i in ids}
    if not ids:
        return out
    conn = s.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    where, params = "", []
    if kinds is not None:
        kinds = sorted(kinds)
        where += f" AND kind IN ({', '.join([mark] * len(kinds))})"
        params += kinds
    if since is not None:
        where += f" AND value_date >= {mark}"
        params.append(since.isoformat() if conn.dialect.name == "sqlite" else since)
    day, known = day_of, day_of_known()
    for k in range(0, len(ids), 900):
        part = ids[k:k + 900]
        sql = (f"SELECT {_ENTRY_COLS} FROM journal WHERE loan_id IN ({', '.join([mark] * len(part))}){where} "
               "ORDER BY id")
        for r in conn.exec_driver_sql(sql, tuple(part) + tuple(params)).fetchall():
            v = r[3]        # day_of(v): a date remembered by its text looked up here, without a call
            out[r[0]].append(Entry(r[1], r[2], known(v) or day(v), r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]))
    return out


def thresholds(s: Session) -> dict:
    return queries.setting(s, "classification.days")


def active(entries: list[Entry]) -> list[Entry]:
    """Entries still in force: not reversals, not reversed."""
    gone = {e.reverses_id for e in entries if e.reverses_id is not None}
    return [e for e in entries if e.kind != REVERSAL and e.id not in gone]


def events_of(entries: list[Entry]) -> list[Event]:
    return _events(active(entries))


def _events(in_force: list[Entry]) -> list[Event]:
    """``events_of`` of entries already in force (``active``)."""
    out = []
    new = tuple.__new__             # tuple.__new__(Event, ...): what Event(...) does, without its frame
    for e in in_force:
        if e.kind in CASH_KINDS:
            if e.kind == WAIVER:
                out.append(new(Event, (e.id, e.kind, e.value_date, 0, -e.interest, -e.penalty, e.origin_id or e.id or 0)))
            else:
                out.append(new(Event, (e.id, e.kind, e.value_date, e.amount, 0, 0, e.origin_id or e.id or 0)))
    return out


def _read(in_force: list[Entry], lo: date) -> tuple[list[Entry], list[Event], date | None, dict]:
    """In one pass what ``plan`` reads of the entries in force: the cash entries, their
    events (``_events``), the last cash day (None: none) and the accruals posted from
    ``lo`` on by (night, kind). tests/test_ledger_shortcuts.py compares it with the rule."""
    cash: list[Entry] = []
    out: list[Event] = []
    posted: dict[tuple[date, str], list[Entry]] = {}
    last = None
    new = tuple.__new__
    for e in in_force:
        kind = e.kind
        if kind in CASH_KINDS:
            cash.append(e)
            d = e.value_date
            if last is None or d > last:
                last = d
            if kind == WAIVER:
                out.append(new(Event, (e.id, kind, d, 0, -e.interest, -e.penalty, e.origin_id or e.id or 0)))
            else:
                out.append(new(Event, (e.id, kind, d, e.amount, 0, 0, e.origin_id or e.id or 0)))
        elif kind in ACCRUALS and e.value_date >= lo:
            posted.setdefault((e.value_date, kind), []).append(e)
    return cash, out, last, posted


def totals(entries) -> tuple[int, int, int, int]:
    p = i = n = x = 0
    for e in entries:
        p += e.principal
        i += e.interest
        n += e.penalty
        x += e.excess
    return p, i, n, x


# -- planning ------------------------------------------------------------------------------

def signed(kind: str, alloc) -> tuple[int, int, int, int]:
    """An allocation as the journal stores it (effect on what is owed)."""
    if kind in (REPAYMENT, WAIVER, WRITE_OFF):
        return -alloc.principal, -alloc.interest, -alloc.penalty, alloc.excess
    return alloc.principal, alloc.interest, alloc.penalty, alloc.excess


def reversal_of(e: Entry, *, memo: str, user_id: int | None, source: str) -> Entry:
    return Entry(None, REVERSAL, e.value_date, amount=-e.amount, principal=-e.principal,
                 interest=-e.interest, penalty=-e.penalty, excess=-e.excess, reverses_id=e.id,
                 reference=e.reference, source=source, memo=memo, user_id=user_id)


def plan(loan: LoanData, entries: list[Entry], *, through: date | None = None,
         recompute_from: date | None = None, user_id: int | None = None, source: str = "system",
         partial_accruals: bool = False) -> Plan:
    """What to append so the journal agrees with the replay of its cash events.

    ``entries`` must hold every cash entry of the loan and every accrual entry dated on or
    after ``recompute_from`` (or after ``last_eod`` when it is None). Accruals are posted
    night by night through ``through`` (default: the loan's last EOD night); nights from
    ``recompute_from`` on are compared with what was posted and corrected.
    """
    t = loan.terms
    fresh = [e for e in entries if e.id is None]
    for n, e in enumerate(fresh):            # not yet inserted: after every stored entry
        e.id = FRESH + n
    last = loan.last_eod or (t.start - ONE)
    through = max(through or last, last)
    in_force = active(entries)
    lo = min(recompute_from or (last + ONE), last + ONE)
    lo = max(lo, t.start)
    cash, events, last_event, posted = _read(in_force, lo)
    day = max(through + ONE, t.start if last_event is None else last_event)
    window = (lo, through) if lo <= through else None
    pos, state = replay_keeping(t, events, as_of=day, window=window)
    new: list[Entry] = []
    changes: list[str] = []
    allocations = pos.allocations
    for e in cash:
        if e.kind not in _ALLOCATED:
            continue
        a = allocations[e.id]
        want = (-a[0], -a[1], -a[2], a[3])          # signed(e.kind, a): an allocated kind
        if e.id >= FRESH:
            e.principal, e.interest, e.penalty, e.excess = want
            continue
        if want != (e.principal, e.interest, e.penalty, e.excess):
            new.append(reversal_of(e, memo="re-posted: split recomputed", user_id=user_id, source=source))
            new.append(Entry(None, e.kind, e.value_date, amount=e.amount, principal=want[0], interest=want[1],
                             penalty=want[2], excess=want[3], origin_id=e.origin_id or e.id,
                             reference=e.reference, source=source, memo="re-posted: split recomputed",
                             user_id=user_id))
            changes.append(f"{e.kind} of {e.value_date}: split changes")
    if window:
        for night, d_int, d_pen in pos.nightly:
            for kind, amount in ((INTEREST_ACCRUAL, d_int), (PENALTY_ACCRUAL, d_pen)):
                have = posted.get((night, kind), ()) if posted else ()
                if not have:            # nothing posted: the sum below is 0
                    if amount:
                        new.append(Entry(None, kind, night, interest=amount if kind == INTEREST_ACCRUAL else 0,
                                         penalty=amount if kind == PENALTY_ACCRUAL else 0, source=source,
                                         user_id=user_id))
                    continue
                if sum(h.interest + h.penalty for h in have) == amount:
                    continue
                for h in have:
                    new.append(reversal_of(h, memo="accrual recomputed", user_id=user_id, source=source))
                if amount:
                    new.append(Entry(None, kind, night, interest=amount if kind == INTEREST_ACCRUAL else 0,
                                     penalty=amount if kind == PENALTY_ACCRUAL else 0, source=source,
                                     memo="recomputed" if have else None, user_id=user_id))
                if have:
                    changes.append(f"{kind.replace('_', ' ')} of {night} recomputed")
    tot = None if partial_accruals else totals(entries + new)   # partial: from the cache
    for e in fresh:
        e.id = None
    return Plan(loan=loan, new=fresh + new, position=pos, totals=tot, last_eod=through, changes=changes,
                state=state)
