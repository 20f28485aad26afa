"""A replay's state kept between nights, so that end of day continues a loan from the
night before instead of replaying it from its disbursement. Pure Python.

``replay_keeping`` replays a loan like ``servicing.replay`` and also returns the
engine's state at the start of day ``as_of`` (every event up to that day applied, every
night before it accrued) as plain JSON text. ``resume`` continues such a state to a
later day: it accrues the nights in between (no event may fall after the state's day:
the caller checks the journal has not changed since, see ``services.engine_state``)
and gives the same ``Position`` and nightly amounts a full replay gives, to the fen:
the engine's arithmetic is exact (integer fen, exact numerators), and accruing a run of
nights in two parts adds the same integers as accruing it at once.

What is kept: the terms the engine reads, each installment's figures, the exact
interest and penalty numerators, the paid, waived and excess totals, and the closing
and write-off days. Allocations of past events are not kept: they are in the journal
already (the state is saved only once they are).
"""
from __future__ import annotations

import json
from datetime import date
from fractions import Fraction

from workstation.domain import servicing_quiet as quiet
from workstation.domain.servicing import WHEN, _finish, _Replay, _run
from workstation.domain.servicing_model import _ONE, Inst, LoanTerms, Position, SchedRow

VERSION = 2


def _wide(window):
    return (window[0] - _ONE, window[1]) if window else None


def replay_keeping(terms: LoanTerms, events, *, as_of: date,
                   window: tuple[date, date] | None = None) -> tuple[Position, str | None]:
    """``servicing.replay`` and the state at the start of ``as_of`` (None when an event
    falls after ``as_of``: such a state could not be continued)."""
    events = list(events)
    r = _run(terms, events, as_of=as_of, window=_wide(window))
    later = any(e.value_date > as_of for e in events)
    r.kept_rows = None
    state = None if later else dump(r, as_of)
    pos = _finish(r, as_of, window)
    pos.kept_rows = r.kept_rows         # the header's installment rows (servicing_quiet.header)
    return pos, state


def resume(state: str, *, as_of: date, window: tuple[date, date] | None = None, events=()
           ) -> tuple[Position, str] | None:
    """Continue ``state`` to the start of ``as_of``, applying ``events`` (new cash events,
    none dated before the state's day, each after the events already in the state) on
    their days. None when the state cannot serve (another version, a later day, an
    event or a window starting before its day): the caller replays the journal."""
    r, day = load(state)
    evs = sorted(events, key=WHEN)
    if (r is None or as_of < day or (window and window[0] < day) or (evs and evs[0].value_date < day)
            or any(e.value_date > as_of for e in evs)):
        return None
    r.out = [(day - _ONE, r.interest_earned(day - _ONE), r.penalty_earned())] if window else []
    wide = _wide(window)
    _advance(r, day, evs, as_of, wide, r.out)
    r.kept_rows = None
    kept = dump(r, as_of)
    pos = _finish(r, as_of, window)
    pos.kept_rows = r.kept_rows
    return pos, kept


def _advance(r: _Replay, day: date, evs: list, as_of: date, window, out: list) -> None:
    """The replay loop of ``servicing._run`` from ``day`` (its earlier events applied)."""
    dues = sorted({i.due for i in r.inst})
    di = k = 0
    while True:
        while k < len(evs) and evs[k].value_date == day:
            r.apply(evs[k])
            k += 1
        if day >= as_of:
            break
        while di < len(dues) and dues[di] <= day:
            di += 1
        nxt = min(as_of, evs[k].value_date if k < len(evs) else as_of, dues[di] if di < len(dues) else as_of)
        r.nights(day, nxt, window, out)
        day = nxt


def payoff_from(state: str, *, on: date, events=()) -> int | None:
    """``servicing.payoff_amount`` on ``on`` from ``state`` and new ``events`` (None: the
    state cannot serve, as for ``resume``)."""
    r, day = load(state)
    evs = sorted(events, key=WHEN)
    if r is None or on < day or (evs and evs[0].value_date < day) or any(e.value_date > on for e in evs):
        return None
    _advance(r, day, evs, on, None, [])
    return 0 if r.closed_on or r.written_off_on else r.payoff(on)


def state_day(state: str) -> date:
    """The day a kept state describes (without decoding the rest)."""
    return date.fromordinal(int(state.split(",", 2)[1]))


# -- the plain form ------------------------------------------------------------------------
# [version, day, terms, totals, closed_on, written_off_on, installments], dates as day
# ordinals; the schedule rows are the installments' original figures; then, on a line of
# its own, the closed form of the quiet nights that follow (``servicing_quiet.header``).

_encode = quiet._encode            # JSONEncoder(separators=(",", ":"), check_circular=False).encode
_decode = json.JSONDecoder().decode
_FRACTIONS: dict[tuple[int, int], Fraction] = {}
_row = tuple.__new__          # a named tuple made without its Python-level constructor
_new = object.__new__


def _frac(n: int, d: int) -> Fraction:
    f = _FRACTIONS.get((n, d))
    if f is None:
        f = _FRACTIONS[(n, d)] = Fraction(n, d)
    return f


def dump(r: _Replay, day: date) -> str:
    t = r.t
    dr, mr, pm = t.daily_rate, t.monthly_rate, t.penalty_multiplier
    terms = (t.start.toordinal(), t.daily, dr.numerator, dr.denominator, mr.numerator, mr.denominator,
             pm.numerator, pm.denominator, t.allocation, t.revolving, t.penalty_base, t.rounding)
    inst = [(i.period, i.start.toordinal(), i.due.toordinal(), i.principal, i.interest, i.opening,
             i.orig_principal, i.orig_interest, i.pp, i.ip, i.pw, i.iw, i.pb, i.early) for i in r.inst]
    totals = (r.disbursed, r.int_num, r.pen_num, r.i_paid, r.i_waived, r.p_paid, r.p_waived, r.excess)
    text = _encode((VERSION, day.toordinal(), terms, totals, r.closed_on.toordinal() if r.closed_on else None,
                    r.written_off_on.toordinal() if r.written_off_on else None, inst))
    q = quiet.header(r, day)
    return text if q is None else f"{text}\n{q}"


def quiet_part(state: str) -> str | None:
    """The state's closed form for its quiet nights (``servicing_quiet``), if it has one."""
    _, sep, q = state.partition("\n")
    return q if sep else None


def new_terms(values: dict) -> LoanTerms:
    """``LoanTerms(**values)`` with every field given: its checks run, its fields set at
    once (a frozen dataclass's constructor sets them one by one through
    ``object.__setattr__``, twice the time; tests/test_quiet_rows.py compares them)."""
    t = _new(LoanTerms)
    t.__dict__.update(values)
    t.__post_init__()
    return t


def load(text: str) -> tuple[_Replay | None, date | None]:
    try:
        v, day, tm, totals, closed, written, inst = _decode(text.partition("\n")[0])
    except (ValueError, TypeError):
        return None, None
    if v != VERSION:
        return None, None
    start, daily, dn, dd, mn, md, pn, pd, alloc, revolving, base, rounding = tm
    fromord = date.fromordinal
    insts, rows = [], []
    add_inst, add_row = insts.append, rows.append
    for p, s0, d0, pr, it, op, opr, oit, pp, ip, pw, iw, pb, early in inst:
        due = fromord(d0)
        add_inst(Inst(p, fromord(s0), due, pr, it, op, opr, oit, pp, ip, pw, iw,
                      [tuple(e) for e in early] if early else [], pb))
        add_row(_row(SchedRow, (p, due, opr, oit)))        # SchedRow(p, due, opr, oit)
    terms = new_terms(dict(start=fromord(start), daily=daily, daily_rate=_frac(dn, dd), monthly_rate=_frac(mn, md),
                           penalty_multiplier=_frac(pn, pd), rows=tuple(rows), allocation=tuple(alloc),
                           revolving=revolving, penalty_base=base, rounding=rounding, accelerated_on=None))
    r = _Replay.__new__(_Replay)
    r.t = terms
    r._rates()
    (r.disbursed, r.int_num, r.pen_num, r.i_paid, r.i_waived, r.p_paid, r.p_waived, r.excess) = totals
    r.closed_on = fromord(closed) if closed else None
    r.written_off_on = fromord(written) if written else None
    r.alloc = {}
    r.inst = insts
    return r, fromord(day)
