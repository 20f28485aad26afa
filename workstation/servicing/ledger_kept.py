"""Plans from a loan's kept engine state (services.engine_state): end of day and the
repayment file continue a loan from the state kept the night before instead of
replaying its journal, giving the entries ``ledger.plan`` gives (tests/test_engine_state.py)."""
from __future__ import annotations

from datetime import date

from workstation.domain.servicing import REPAYMENT, WAIVER, WRITE_OFF
from workstation.domain.servicing_state import payoff_from, resume, state_day
from workstation.servicing.ledger import (FRESH, INTEREST_ACCRUAL, ONE, PENALTY_ACCRUAL, Entry, LoanData, Plan,
                                         events_of, signed)

_ALLOCATED = (REPAYMENT, WAIVER, WRITE_OFF)


def plan_resumed(loan: LoanData, state: bytes, *, through: date, checked: bool = False) -> Plan | None:
    """End of day from a kept engine state (``engine_state.usable``: the loan's cash
    journal unchanged since): the accruals of the nights after ``last_eod`` through
    ``through``, as ``plan(..., partial_accruals=True)`` gives them. None when the state
    cannot serve; the caller then replays the journal. ``loan.terms`` is not read.
    ``checked``: ``state`` found ``sound`` already (``servicing_state.load``)."""
    if loan.last_eod is None:
        return None
    last = loan.last_eod
    through = max(through, last)
    window = (last + ONE, through) if last < through else None
    out = resume(state, as_of=through + ONE, window=window, checked=checked)
    if out is None:
        return None
    pos, kept = out
    new = []
    for night, d_int, d_pen in pos.nightly:
        if d_int:
            new.append(Entry(None, INTEREST_ACCRUAL, night, interest=d_int))
        if d_pen:
            new.append(Entry(None, PENALTY_ACCRUAL, night, penalty=d_pen))
    return Plan(loan=loan, new=new, position=pos, totals=None, last_eod=through, state=kept)


def plan_forward(loan: LoanData, state: bytes, fresh: list[Entry], *, user_id: int | None = None,
                 source: str = "system", checked: bool = False) -> Plan | None:
    """New cash entries ``fresh`` (in posting order, none dated before the kept state's
    day nor on or before ``last_eod``) posted from a kept engine state: what
    ``plan(loan, journal + fresh, partial_accruals=True)`` gives, without the journal.
    None when the state cannot serve. ``checked``: ``state`` found ``sound`` already
    (``servicing_state.load``)."""
    if loan.last_eod is None or not fresh:
        return None
    last = loan.last_eod
    if min(e.value_date for e in fresh) <= last:
        return None
    for n, e in enumerate(fresh):
        e.id = FRESH + n
    try:
        day = max(last + ONE, max(e.value_date for e in fresh))
        out = resume(state, as_of=day, events=events_of(fresh), checked=checked)
        if out is None:
            return None
        pos, kept = out
        for e in fresh:
            if e.kind in _ALLOCATED:
                e.principal, e.interest, e.penalty, e.excess = signed(e.kind, pos.allocations[e.id])
    finally:
        for e in fresh:
            e.id = None
    return Plan(loan=loan, new=list(fresh), position=pos, totals=None, last_eod=last, state=kept)


def payoff_forward(state: bytes, fresh: list[Entry], *, on: date, checked: bool = False) -> int | None:
    """The payoff on ``on`` from a kept state after the new entries ``fresh`` (None: the
    state cannot serve)."""
    for n, e in enumerate(fresh):
        e.id = FRESH + n
    try:
        return payoff_from(state, on=on, events=events_of(fresh), checked=checked)
    finally:
        for e in fresh:
            e.id = None


def kept_day(state: bytes) -> date:
    return state_day(state)
