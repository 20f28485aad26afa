"""A replay's state kept between nights, so that end of day continues a loan from the
night before instead of replaying it from its disbursement. Pure Python.

``replay_keeping`` replays a loan like ``servicing.replay`` and also returns the
engine's state at the start of day ``as_of`` (every event up to that day applied, every
night before it accrued) as bytes (the stored form, below). ``resume`` continues such a
state to a later day: it accrues the nights in between (no event may fall after the
state's day: the caller checks the journal has not changed since, see
``services.engine_state``) and gives the same ``Position`` and nightly amounts a full
replay gives, to the fen: the engine's arithmetic is exact (integer fen, exact
numerators), and accruing a run of nights in two parts adds the same integers as
accruing it at once.

What is kept: the terms the engine reads, each installment's figures, the exact
interest and penalty numerators, the paid, waived and excess totals, and the closing
and write-off days. Allocations of past events are not kept: they are in the journal
already (the state is saved only once they are).
"""
from __future__ import annotations

import struct
import zlib
from datetime import date
from fractions import Fraction
from itertools import chain
from marshal import dumps as _marshal, loads as _unmarshal

from workstation.domain import servicing_quiet as quiet
from workstation.domain.servicing import WHEN, _finish, _Replay, _run
from workstation.domain.servicing_model import _ONE, Inst, LoanTerms, Position, SchedRow

VERSION = 3             # 2 was JSON text: such a state is replayed


def _wide(window):
    return (window[0] - _ONE, window[1]) if window else None


def replay_keeping(terms: LoanTerms, events, *, as_of: date,
                   window: tuple[date, date] | None = None) -> tuple[Position, bytes | None]:
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


def resume(state: bytes, *, as_of: date, window: tuple[date, date] | None = None, events=(),
           checked: bool = False) -> tuple[Position, bytes] | None:
    """Continue ``state`` to the start of ``as_of``, applying ``events`` (new cash events,
    none dated before the state's day, each after the events already in the state) on
    their days. None when the state cannot serve (another version, a later day, an
    event or a window starting before its day): the caller replays the journal.
    ``checked``: as for ``load``."""
    r, day = load(state, checked=checked)
    evs = sorted(events, key=WHEN)
    if (r is None or as_of < day or (window and window[0] < day)
            or (evs and (evs[0].value_date < day or evs[-1].value_date > as_of))):    # sorted: first, last day
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
    """The replay loop of ``servicing._run`` from ``day`` (its earlier events applied).
    The due dates are read once a night is to be accrued (a payment on the state's own
    day accrues none); no event moves one (only a recall does, never in a kept state)."""
    dues = None
    di = k = 0
    while True:
        while k < len(evs) and evs[k].value_date == day:
            r.apply(evs[k])
            k += 1
        if day >= as_of:
            break
        if dues is None:
            dues = sorted({i.due for i in r.inst})
        while di < len(dues) and dues[di] <= day:
            di += 1
        nxt = min(as_of, evs[k].value_date if k < len(evs) else as_of, dues[di] if di < len(dues) else as_of)
        r.nights(day, nxt, window, out)
        day = nxt


def payoff_from(state: bytes, *, on: date, events=(), checked: bool = False) -> int | None:
    """``servicing.payoff_amount`` on ``on`` from ``state`` and new ``events`` (None: the
    state cannot serve, as for ``resume``)."""
    r, day = load(state, checked=checked)
    evs = sorted(events, key=WHEN)
    if r is None or on < day or (evs and (evs[0].value_date < day or evs[-1].value_date > on)):
        return None
    _advance(r, day, evs, on, None, [])
    return 0 if r.closed_on or r.written_off_on else r.payoff(on)


def state_day(state: bytes) -> date:
    """The day a kept state describes (without decoding the rest; of a state ``sound`` says is whole)."""
    return date.fromordinal(_HEAD.unpack_from(state)[3])


# -- the stored form -----------------------------------------------------------------------
# A fixed head (tag, VERSION, the packed integers' size, day ordinal, the lengths of the
# quiet part and of the marshalled part); the quiet part (``servicing_quiet.header``'s
# text, ASCII, empty when it has none); in ``marshal`` version 2 (no shared references;
# version 4's reference tracking takes twice the time to write) the tuple (ints, names,
# earlies, wide): ints the terms' start, daily flag, the three rates as numerator and
# denominator, the revolving flag, the totals (disbursed, the interest and penalty
# numerators, interest paid and waived, principal paid and written off, excess) and the
# closing and write-off days (0: none), names the allocation order, the penalty base and
# the rounding, earlies each installment's early repayments; then each installment's
# thirteen integers (period, start and due day, principal, interest, opening, original
# principal and interest, pp, ip, pw, iw, pb) packed little-endian in 4 bytes each, or 8
# when one does not fit, or, when one does not fit in that either, marshalled as ``wide``
# (size 0; else ``wide`` is None); last, a CRC-32 of everything before it. ``marshal``
# reads whatever it can write, so every value it gives is checked to be an integer before
# it is used (only integers reach the books); packed integers cannot be anything else.
# The schedule rows are the installments' original figures.

_TAG = b"ES"
_HEAD = struct.Struct("<2sBBIII")
_CRC = struct.Struct("<I")
_WIDTH = 13                         # integers per installment
_CODES = {4: "i", 8: "q"}           # the packed integers' size: their struct code
_INTS = frozenset({int, bool})
_LIST, _TUPLE = frozenset({list}), frozenset({tuple})
_MAX_DAY = date.max.toordinal()
_PACKERS: dict[tuple[int, int], struct.Struct] = {}
_encode = quiet._encode            # JSON text of the quiet part (tests compare it with json's)
_FRACTIONS: dict[tuple[int, int], Fraction] = {}
_row = tuple.__new__          # a named tuple made without its Python-level constructor
_DAYS: dict[int, date] = {}    # day ordinal -> date: a book's installments share a few thousand days
_new = object.__new__


def _frac(n: int, d: int) -> Fraction:
    f = _FRACTIONS.get((n, d))
    if f is None:
        f = _FRACTIONS[(n, d)] = Fraction(n, d)
    return f


def _packer(n: int, size: int) -> struct.Struct:
    """The packing of ``n`` installments' integers in ``size`` bytes each."""
    p = _PACKERS.get((n, size))
    if p is None:
        p = _PACKERS[n, size] = struct.Struct(f"<{n * _WIDTH}{_CODES[size]}")
    return p


def dump(r: _Replay, day: date) -> bytes:
    t = r.t
    dr, mr, pm = t.daily_rate, t.monthly_rate, t.penalty_multiplier
    ints = (t.start.toordinal(), t.daily, dr.numerator, dr.denominator, mr.numerator, mr.denominator,
            pm.numerator, pm.denominator, t.revolving, r.disbursed, r.int_num, r.pen_num, r.i_paid, r.i_waived,
            r.p_paid, r.p_waived, r.excess, r.closed_on.toordinal() if r.closed_on else 0,
            r.written_off_on.toordinal() if r.written_off_on else 0)
    inst = r.inst
    flat: list = []                     # the installments' integers in a row (no tuple per installment)
    add = flat.extend
    for i in inst:
        add((i.period, i.start.toordinal(), i.due.toordinal(), i.principal, i.interest, i.opening,
             i.orig_principal, i.orig_interest, i.pp, i.ip, i.pw, i.iw, i.pb))
    packed, wide, size = b"", None, 0
    for k in _CODES:
        try:
            packed, size = _packer(len(inst), k).pack(*flat), k
            break
        except struct.error:            # an integer beyond 32 bits, then beyond 64
            continue
    else:
        wide = [tuple(flat[j:j + _WIDTH]) for j in range(0, len(flat), _WIDTH)]     # one tuple each
    mar = _marshal((ints, (t.allocation, t.penalty_base, t.rounding), [i.early for i in inst], wide), 2)
    q = quiet.header(r, day)
    qb = q.encode() if q is not None else b""
    body = b"".join((_HEAD.pack(_TAG, VERSION, size, day.toordinal(), len(qb), len(mar)), qb, mar, packed))
    return body + _CRC.pack(zlib.crc32(body))


def _opened(state, crc: bool = True) -> tuple[int, int, int, int] | None:
    """(day ordinal, quiet part's length, marshalled part's length, packed integers' size)
    of a whole state of this version, else None (``crc`` False: the checksum found
    matching already, not read again)."""
    if type(state) is not bytes or len(state) < _HEAD.size + _CRC.size:
        return None
    tag, v, size, day, qlen, mlen = _HEAD.unpack_from(state)
    if (tag != _TAG or v != VERSION or not 0 < day <= _MAX_DAY or qlen + mlen > len(state) - _HEAD.size - _CRC.size
            or (size and size not in _CODES)
            or (crc and zlib.crc32(memoryview(state)[:-_CRC.size])
                != _CRC.unpack_from(state, len(state) - _CRC.size)[0])):
        return None
    return day, qlen, mlen, size


def sound(state) -> bool:
    """Whether ``state`` is a whole kept state of this version (its checksum matching):
    anything else -- another version (an older one's JSON text), a damaged value -- is
    replayed."""
    return _opened(state) is not None


def quiet_part(state: bytes, *, checked: bool = False) -> str | None:
    """The state's closed form for its quiet nights (``servicing_quiet``), if it has one
    (None also for a state that is not ``sound``). ``checked``: the caller has found the
    state ``sound`` already (``engine_state.usable`` does; its checksum is not read twice)."""
    if checked:
        qlen = _HEAD.unpack_from(state)[4]
    else:
        got = _opened(state)
        qlen = got[1] if got else 0
    try:
        return state[_HEAD.size:_HEAD.size + qlen].decode("ascii") if qlen else None
    except UnicodeDecodeError:
        return None


def new_terms(values: dict) -> LoanTerms:
    """``LoanTerms(**values)`` with every field given: its checks run, its fields set at
    once (a frozen dataclass's constructor sets them one by one through
    ``object.__setattr__``, twice the time; tests/test_quiet_rows.py compares them)."""
    t = _new(LoanTerms)
    t.__dict__.update(values)
    t.__post_init__()
    return t


def load(state: bytes, *, checked: bool = False) -> tuple[_Replay | None, date | None]:
    """The replay a kept state holds and its day; (None, None) when it cannot serve
    (another version, a damaged or malformed value: the caller replays the journal).
    ``checked``: the caller has found the state ``sound`` already (``engine_state.usable``
    does): its checksum is not read twice; every other check runs."""
    got = _opened(state, not checked)
    if got is None:
        return None, None
    try:
        return _read(state, *got)
    except Exception:                       # noqa: BLE001 - any malformed value: replay the journal
        return None, None


def _read(state: bytes, day: int, qlen: int, mlen: int, size: int) -> tuple[_Replay | None, date | None]:
    at = _HEAD.size + qlen
    ints, names, earlies, wide = _unmarshal(memoryview(state)[at:at + mlen])
    n = len(earlies)
    if len(ints) != 19 or not _INTS.issuperset(map(type, ints)) or not _LIST.issuperset(map(type, earlies)):
        return None, None
    early = list(chain.from_iterable(earlies)) if any(earlies) else ()      # most states have none
    if early and (not _TUPLE.issuperset(map(type, early)) or {len(e) for e in early} != {2}
                  or not _INTS.issuperset(map(type, chain.from_iterable(early)))):
        return None, None
    if size:
        packed = memoryview(state)[at + mlen:-_CRC.size]
        if wide is not None or len(packed) != n * _WIDTH * size:
            return None, None
        rows = zip(*[iter(_packer(n, size).unpack(packed))] * _WIDTH)
    elif (wide is None or len(wide) != n or len(state) != at + mlen + _CRC.size
          or not _INTS.issuperset(map(type, chain.from_iterable(wide)))):
        return None, None
    else:
        rows = wide
    (start, daily, dn, dd, mn, md, pn, pd, revolving, disbursed, int_num, pen_num, i_paid, i_waived, p_paid,
     p_waived, excess, closed, written) = ints
    alloc, base, rounding = names
    fromord, days = date.fromordinal, _DAYS
    if len(days) > 50_000:
        days.clear()
    insts, sched = [], []
    add_inst, add_row = insts.append, sched.append
    for (p, s0, d0, pr, it, op, opr, oit, pp, ip, pw, iw, pb), e in zip(rows, earlies):
        due = days.get(d0) or days.setdefault(d0, fromord(d0))
        add_inst(Inst(p, days.get(s0) or days.setdefault(s0, fromord(s0)), due, pr, it, op, opr, oit, pp, ip, pw,
                      iw, e, pb))
        add_row(_row(SchedRow, (p, due, opr, oit)))        # SchedRow(p, due, opr, oit)
    terms = new_terms(dict(start=fromord(start), daily=bool(daily), daily_rate=_frac(dn, dd),
                           monthly_rate=_frac(mn, md), penalty_multiplier=_frac(pn, pd), rows=tuple(sched),
                           allocation=tuple(alloc), revolving=bool(revolving), penalty_base=base,
                           rounding=rounding, accelerated_on=None))
    r = _Replay.__new__(_Replay)
    r.t = terms
    r._rates()
    (r.disbursed, r.int_num, r.pen_num, r.i_paid, r.i_waived, r.p_paid, r.p_waived, r.excess) = (
        disbursed, int_num, pen_num, i_paid, i_waived, p_paid, p_waived, excess)
    r.closed_on = fromord(closed) if closed else None
    r.written_off_on = fromord(written) if written else None
    r.alloc = {}
    r.inst = insts
    return r, fromord(day)
