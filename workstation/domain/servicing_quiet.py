"""Quiet nights: a kept engine state's continuation in closed form. Pure Python.

Between two of a loan's due dates, with no cash event, every night is like the one
before: the penalty base and (daily methods) the principal earning interest stay
what they were, the running period's interest is the engine's own "earned through
night T" (``servicing._Replay._e``), the overdue installments and the current one do
not change, only the days overdue grow. ``header`` writes this down when a state is
kept (``servicing_state.dump``); ``night`` gives end of day from it -- the nightly
accruals, the position figures the loan row caches and the installment rows -- without
decoding the state or running the replay. It serves only inside that stretch (through
the night before the next due date) for an active loan that is not recalled, not
revolving; anything else is left to ``servicing_state.resume``. The property tests
compare both (tests/test_engine_state.py).

The header: [version, day, until, daily, rounding, dn, dd, int_num, notdue x dn, fixed,
running periods, pen_num, penalty base x pn, pd, overdue principal, overdue interest,
first overdue due date, overdue rows, the rows' fingerprint], dates as day ordinals; then,
on a line of its own, the installment rows at day + 1.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import chain

from workstation.domain import delinquency
from workstation.domain.json_values import encoder_once
from workstation.domain.servicing import _Replay
from workstation.domain.servicing_model import ROUNDERS

VERSION = 1
_ONE_DAY = 1
_DAY = timedelta(days=1)
_encode = encoder_once(separators=(",", ":"))
_decode = json.JSONDecoder().decode
_INTS = frozenset({int, bool})
_DAYS = frozenset({int, type(None)})
_STATUSES = frozenset({"prepaid", "written_off", "paid", "overdue", "partly_paid", "due", "scheduled"})


def rows_signature(rows: list[tuple], text: str | None = None) -> str:
    """A short fingerprint of installment cache rows (``ledger_write.installment_tuples``):
    of their JSON text (``text``, when the caller has it already)."""
    return hashlib.blake2b((text or _encode(rows)).encode(), digest_size=8).hexdigest()


def installment_rows(inst, *, as_of: date, closed: bool, written_off: bool) -> list[tuple]:
    """The installment cache rows at the start of ``as_of``: (period, principal, interest,
    principal paid, interest paid, interest waived, principal written off, status, days
    overdue). ``delinquency.installment_status`` of each row in one pass (the current
    period is the first one not settled and not yet due: the first met so; twice a
    posted line, every night a loan's rows change; tests/test_quiet_rows.py compares them)."""
    out = []
    append = out.append
    cur = None
    for i in inst:
        p, it, pp, ip, pw, iw = i.principal, i.interest, i.pp, i.ip, i.pw, i.iw
        if p - pp - pw <= 0 and it - ip - iw <= 0:                      # settled
            if p + it == 0 and i.orig_principal + i.orig_interest > 0:
                append((i.period, p, it, pp, ip, iw, pw, "prepaid", 0))
            elif pw > 0 or (written_off and pp + ip < p + it):
                append((i.period, p, it, pp, ip, iw, pw, "written_off", 0))
            elif closed and i.due >= as_of and it < i.orig_interest:
                append((i.period, p, it, pp, ip, iw, pw, "prepaid", 0))
            else:
                append((i.period, p, it, pp, ip, iw, pw, "paid", 0))
            continue
        due = i.due
        if due < as_of:
            append((i.period, p, it, pp, ip, iw, pw, "overdue", (as_of - due).days))
            continue
        if cur is None:
            cur = i.period
        st = "partly_paid" if pp or ip else ("due" if i.period == cur else "scheduled")
        append((i.period, p, it, pp, ip, iw, pw, st, 0))
    return out


def installment_rows_by_rule(inst, *, as_of: date, closed: bool, written_off: bool) -> list[tuple]:
    """``installment_rows`` as the rule says it (``delinquency.installment_status``)."""
    cur = None
    for i in inst:
        if i.due >= as_of and not i.settled:
            cur = i.period
            break
    status = delinquency.installment_status
    out = []
    for i in inst:
        st, days = status(i, as_of=as_of, current_period=cur, closed=closed, written_off=written_off)
        out.append((i.period, i.principal, i.interest, i.pp, i.ip, i.iw, i.pw, st, days))
    return out


class _Run:
    """What ``_Replay._e`` reads of a running period."""
    __slots__ = ("start", "due", "interest", "opening", "early")

    def __init__(self, start: int, due: int, interest: int, opening: int, early):
        self.start, self.due = date.fromordinal(start), date.fromordinal(due)
        self.interest, self.opening, self.early = interest, opening, [tuple(e) for e in early]


class _Rates:
    """What ``_Replay._e`` reads of the replay: the daily rate and the rounding."""
    __slots__ = ("dn", "dd", "rnd")

    def __init__(self, dn: int, dd: int, rnd):
        self.dn, self.dd, self.rnd = dn, dd, rnd


def header(r, day: date) -> str | None:
    """The closed form of replay ``r`` at the start of ``day`` (every event through
    ``day`` applied, every night before it accrued); None when it has none."""
    t = r.t
    if (r.closed_on or r.written_off_on or t.revolving or t.accelerated_on is not None
            or (t.daily and (len(r.inst) != 1 or r.inst[0].principal_left <= 0))):
        return None
    inst = r.inst
    daily = t.daily
    # one pass: the next due date, ``r.bases(day)`` (the penalty base and the principal not
    # yet due of a daily method) and the installments overdue on day + 1 (not settled, due
    # on or before ``day``: their rows' status there is "overdue", ``installment_rows``)
    until = None
    overdue = notdue = over_p = over_i = 0
    interest_base = r.compound and not daily
    late, over = [], []
    for k, i in enumerate(inst):
        due = i.due
        p_left = i.principal - i.pp - i.pw
        if due > day:
            if until is None or due < until:
                until = due
            if daily:
                notdue += p_left
            continue
        overdue += p_left
        i_left = i.interest - i.ip - i.iw
        if i_left > 0:
            if interest_base:
                overdue += i_left
            over_i += i_left
        if p_left > 0 or i_left > 0:
            over.append(i)
            late.append((k, due.toordinal()))
            over_p += p_left
    if r.compound and daily and inst[0].due <= day:
        overdue += max(0, r._daily_interest_left())
    runs, fixed = [], 0
    if not daily:
        last = day + _DAY
        for i in inst:
            if i.due == until:
                runs.append((i.start.toordinal(), i.due.toordinal(), i.interest, i.opening, i.early))
            elif day < i.start or i.interest <= 0:      # not begun: nothing (``_Replay._e``)
                continue
            elif last >= i.due:                         # ended: all of it, every night
                fixed += i.interest
            else:
                fixed += r._e(i, day)
    if daily:
        over_i = r._daily_interest_left() if over else 0
    a0 = day.toordinal() + _ONE_DAY
    rows = installment_rows(inst, as_of=date.fromordinal(a0), closed=False, written_off=False)
    rows_text = _encode(rows)
    sig = rows_signature(rows, rows_text)
    # the rows at ``day`` are these when no installment is overdue on day + 1 (none not
    # settled is due on or before ``day``) for a monthly method (its position leaves the
    # installments as they are); the loan is neither closed nor written off here
    r.kept_rows = (rows, sig, not t.daily and not late)
    head = _encode((VERSION, day.toordinal(), until.toordinal() if until else None, t.daily, t.rounding,
                    r.dn, r.dd, r.int_num, notdue * r.dn, fixed, runs, r.pen_num, overdue * r.pn, r.pd,
                    over_p, over_i, over[0].due.toordinal() if over else None,
                    late, sig))
    return f"{head}\n{rows_text}"      # the rows on a line of their own: read only when they change


@dataclass(slots=True)
class Night:
    """End of day from a quiet header: the loan at the start of ``as_of``."""
    as_of: date
    nightly: list            # [(night, interest, penalty)] accrued, in fen
    overdue_principal: int
    overdue_interest: int
    dpd: int
    rows: list[tuple] | None  # installment cache rows at ``as_of`` (None: as stored)
    signature: str           # their fingerprint (rows_signature)


def night(text: str, *, last_eod: date, through: date, stored: str | None = None) -> Night | None:
    """The nights after ``last_eod`` through ``through`` from a quiet header (None when
    they are not all inside its stretch: the caller resumes the full state; None too for
    a header not as ``header`` writes it). ``stored``: the fingerprint of the installment
    rows as stored; ``Night.rows`` is None when the rows are those (nothing to rewrite)."""
    try:
        return _night(text, last_eod, through, stored)
    except Exception:                       # noqa: BLE001 - a malformed header: the full state serves
        return None


def _night(text: str, last_eod: date, through: date, stored: str | None) -> Night | None:
    head, _, rows_text = text.partition("\n")
    h = _decode(head)
    (v, day, until, daily, rounding, dn, dd, int_num, nd_dn, fixed, runs, pen_num, base_pn, pd,
     over_p, over_i, first_over, late, sig) = h
    last, end = last_eod.toordinal(), through.toordinal()
    if (v != VERSION or not _INTS.issuperset(map(type, (*h[1:2], *h[5:10], *h[11:16], *chain.from_iterable(late))))
            or type(until) not in _DAYS or type(first_over) not in _DAYS or type(sig) is not str
            or not all(_INTS.issuperset(map(type, (*x[:4], *chain.from_iterable(x[4])))) for x in runs)):
        return None                 # only integers may reach the books (JSON reads floats too)
    if last < day - 1 or end <= last or (until is not None and end + 1 > until):
        return None
    rnd = ROUNDERS[rounding]
    if daily:
        def earned(n: int) -> int:
            return rnd(int_num + nd_dn * (n - day + 1), dd)
    else:
        e, rates, running = _Replay._e, _Rates(dn, dd, rnd), [_Run(*x) for x in runs]
        fromord = date.fromordinal

        def earned(n: int) -> int:
            night_ = fromord(n)
            return fixed + sum(e(rates, i, night_) for i in running)
    prev_i, prev_p = earned(last), rnd(pen_num + base_pn * (last - day + 1), pd)
    nightly = []
    for n in range(last + 1, end + 1):
        cum_i, cum_p = earned(n), rnd(pen_num + base_pn * (n - day + 1), pd)
        nightly.append((date.fromordinal(n), cum_i - prev_i, cum_p - prev_p))
        prev_i, prev_p = cum_i, cum_p
    as_of = end + 1
    rows = None
    if daily or late or sig != stored:
        rows = [tuple(x) for x in _decode(rows_text)]
        cols = list(zip(*rows))
        if (len(cols) != 9 or set(map(len, rows)) != {9} or not _STATUSES.issuperset(cols[7])
                or not _INTS.issuperset(map(type, chain(*cols[:7], cols[8])))):
            return None
        if daily:       # the running installment shows the interest earned so far
            rows[0] = rows[0][:2] + (prev_i,) + rows[0][3:]
        for k, due in late:
            rows[k] = rows[k][:8] + (as_of - due,)
        if daily or late:
            sig = rows_signature(rows)
        if sig == stored:
            rows = None
    return Night(date.fromordinal(as_of), nightly, over_p, over_i,
                 as_of - first_over if first_over is not None else 0, rows, sig)
