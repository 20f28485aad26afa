"""The loan servicing engine: a loan's life replayed from its cash events. Pure Python.

The journal (disbursements, draws, repayments, waivers, write-offs, accruals, reversals)
is the single source of truth. This module replays the *cash* events of a loan over its
frozen schedule and says, to the fen, what every posting must be: the split of each
payment, the interest and penalty earned each night, the installment statuses, days past
due. Stored balances are a cache the services compare with it (``reconcile``).

Interest model: docs/servicing.md states it in full (the contract's clauses state the
same, written from the same terms by ``documents.clauses``). In short: nights are
counted (a loan disbursed on day s and repaid on day s+N pays N nights); a regular period
of a monthly method charges its opening principal x the monthly rate, earned by the day
and topped up on its last night; money paid before a due date beyond what is due pays the
running period's interest earned to that day, then principal (the running installment's,
then from the last installment backwards, shortening the schedule), and principal P_j
repaid after n_j nights earns min(monthly, daily x n_j) in that period:
I_k = round((B_k - sum P_j) x monthly + sum P_j x min(monthly, daily x n_j)). Daily
methods accrue daily on the principal outstanding, due at maturity. Penalty: daily rate
x multiplier on the overdue base (principal, or principal and interest: 复利) each night,
instead of ordinary interest on overdue principal. An early payoff settles principal,
overdue amounts, penalty and interest to that day; any excess is kept to refund.
Early recall (``LoanTerms.accelerated_on`` = D): after D's events, every installment not
yet due falls due on D; the running period keeps the interest earned to D (what a payoff
on D charges), periods not begun keep none; from the night of D the whole unpaid balance
is overdue and bears penalty as any overdue amount. A loan without a recall is untouched.

Money is integer fen throughout; rates are exact fractions; rounding is the product's mode
(ROUND_HALF_UP by default) applied only at the named points above.
"""
from __future__ import annotations

from datetime import date
from operator import attrgetter

from workstation.domain.servicing_cash import CashEvents, bucket_codes
from workstation.domain.servicing_model import (  # noqa: F401 - re-exported
    _ONE, ALLOCATION_BUCKETS, CASH_KINDS, DISBURSEMENT, DRAW, INTEREST_ACCRUAL, PENALTY_ACCRUAL,
    REPAYMENT, REVERSAL, ROUNDERS, WAIVER, WRITE_OFF, Alloc, Event, Inst, LoanTerms, Position, SchedRow,
    ServicingError, _half_up)

_PENALTY_RATES: dict = {}
_BUCKETS: dict = {}          # allocation order -> its codes (at most the 120 orders of five buckets)
WHEN = attrgetter("value_date", "order")     # events in the order they apply: (day, posting order)


class _Replay(CashEvents):
    """A loan replayed: the installments, the exact numerators and totals, the nights and
    the position (the cash events are applied by ``servicing_cash.CashEvents``)."""

    def __init__(self, terms: LoanTerms):
        self.t = terms
        self._rates()
        self.inst = inst = []
        add = inst.append
        prev, opening = terms.start, sum([r[2] for r in terms.rows])
        for period, due, principal, interest in terms.rows:
            add(Inst(period, prev, due, principal, interest, opening, principal, interest))
            opening -= principal
            prev = due
        if terms.daily:     # principal arrives with disbursements and draws
            self.inst[0].principal = self.inst[0].opening = 0
        self.disbursed = 0
        self.int_num = 0                 # daily loans: exact interest x dd
        self.pen_num = 0                 # exact penalty x pd
        self.i_paid = self.i_waived = self.p_paid = self.p_waived = 0
        self.excess = 0
        self.closed_on: date | None = None
        self.written_off_on: date | None = None
        self.alloc: dict = {}

    def _rates(self) -> None:
        terms = self.t
        self.rnd = ROUNDERS[terms.rounding]
        self.daily = terms.daily
        self.buckets = _BUCKETS.get(terms.allocation) or _BUCKETS.setdefault(
            terms.allocation, bucket_codes(terms.allocation))
        self.compound = terms.penalty_base == "principal_and_interest"
        self.dn, self.dd = terms.daily_rate.numerator, terms.daily_rate.denominator
        self.mn, self.md = terms.monthly_rate.numerator, terms.monthly_rate.denominator
        # by identity (a Fraction's hash and product cost microseconds; a book shares a handful
        # of rate objects), the objects kept in the value so that their ids cannot be reused
        dr, pm = terms.daily_rate, terms.penalty_multiplier
        got = _PENALTY_RATES.get((id(dr), id(pm)))
        if got is None or got[0] is not dr or got[1] is not pm:
            if len(_PENALTY_RATES) > 1024:
                _PENALTY_RATES.clear()
            got = _PENALTY_RATES[(id(dr), id(pm))] = (dr, pm, terms.penalty_rate)
        pr = got[2]
        self.pn, self.pd = pr.numerator, pr.denominator

    # -- earned amounts ---------------------------------------------------------------
    def _e(self, i: Inst, night: date) -> int:
        """Monthly: interest of installment ``i`` earned through ``night``."""
        if night < i.start or i.interest <= 0:
            return 0
        if night >= i.due - _ONE:           # the period's last night passed: all of it
            return i.interest
        n = (night - i.start).days + 1
        if not i.early:
            return min(i.interest, self.rnd(i.opening * self.dn * n, self.dd))
        fen_nights, balance = 0, i.opening      # principal repaid early earned its own nights
        for nj, pj in i.early:
            if nj <= n:
                fen_nights += pj * nj
                balance -= pj
        return min(i.interest, self.rnd((fen_nights + balance * n) * self.dn, self.dd))

    def interest_earned(self, night: date) -> int:
        """``interest_earned_by_rule`` with ``_e``'s first answers inline: nothing before a
        period or without interest, all of it once its last night passed (night >= due - 1,
        said as night + 1 >= due: one date made, not one per installment)."""
        if self.daily:
            return self.rnd(self.int_num, self.dd)
        if night == date.max:
            return interest_earned_by_rule(self, night)
        total, e, after = 0, self._e, night + _ONE
        for i in self.inst:
            if night >= i.start:
                it = i.interest
                if it > 0:
                    total += it if after >= i.due else e(i, night)
        return total

    def penalty_earned(self) -> int:
        return self.rnd(self.pen_num, self.pd)

    # -- nights -----------------------------------------------------------------------
    def nights(self, first: date, end: date, window, out: list) -> None:
        """Accrue nights first..end-1 (state constant over them)."""
        if end <= first:
            return
        n = (end - first).days
        overdue, notdue = self.bases(first)
        if window and window[0] < end and window[1] >= first:      # record the nights inside the window
            lo, hi = window
            pen, intr, d = overdue * self.pn, notdue * self.dn, first
            for _ in range(n):
                self.pen_num += pen
                self.int_num += intr
                if lo <= d <= hi:
                    out.append((d, self.interest_earned(d), self.rnd(self.pen_num, self.pd)))
                d += _ONE
        else:
            self.pen_num += overdue * self.pn * n
            self.int_num += notdue * self.dn * n

    def bases(self, first: date) -> tuple[int, int]:
        """What each night from ``first`` on bears, until the next due date or event: the
        penalty base (overdue principal, with overdue interest under 复利) and, for daily
        methods, the principal not yet due that earns interest."""
        daily = self.daily
        overdue = notdue = 0
        for i in self.inst:
            if i.due <= first:
                overdue += i.principal - i.pp - i.pw
            elif daily:
                notdue += i.principal - i.pp - i.pw
        if self.compound:        # penalty base: overdue principal and interest
            if daily:
                overdue += max(0, self._daily_interest_left()) if self.inst[0].due <= first else 0
            else:
                for i in self.inst:
                    if i.due <= first and i.interest - i.ip - i.iw > 0:
                        overdue += i.interest - i.ip - i.iw
        return overdue, notdue

    # -- buckets at the start of a day --------------------------------------------------
    def _current(self, day: date) -> Inst | None:
        for i in self.inst:
            if i.due >= day and (i.principal - i.pp - i.pw > 0 or i.interest - i.ip - i.iw > 0):
                return i
        return None

    def _daily_interest_left(self) -> int:
        return self.interest_earned(date.max) - self.i_paid - self.i_waived

    def payoff(self, day: date) -> int:
        """What settles the loan on ``day``: everything owed, interest to that day."""
        night = day - _ONE
        total = self.penalty_earned() - self.p_paid - self.p_waived
        if self.t.daily:
            return total + self._daily_interest_left() + sum(i.principal_left for i in self.inst)
        for i in self.inst:
            total += i.principal_left
            total += i.interest_left if i.due < day else self._e(i, night) - i.ip - i.iw
        return total

    def accelerate(self, day: date) -> None:
        """Early recall on ``day`` (after that day's events): all not yet due falls due."""
        if self.closed_on or self.written_off_on:
            return
        night = day - _ONE
        for i in self.inst:
            if i.due <= day:
                continue
            if self.t.daily:
                i.interest = self.interest_earned(night)
            else:
                i.interest = self._e(i, night)
            i.due = day

    # -- the position -------------------------------------------------------------------
    def position(self, day: date, nightly: list) -> Position:
        night = day - _ONE
        if self.t.daily:     # the running installment shows the interest earned so far
            i = self.inst[0]
            i.interest = self.interest_earned(night)
            if (self.t.revolving and not self.closed_on and not self.written_off_on
                    and day > i.due and i.settled and self.penalty_earned() <= self.p_paid + self.p_waived):
                self.closed_on = i.due       # an expired line with nothing owed
        inst = self.inst
        over = [i for i in inst if i.due < day and (i.principal - i.pp - i.pw > 0 or i.interest - i.ip - i.iw > 0)]
        if self.daily and over:
            overdue_i = self._daily_interest_left()
        else:
            overdue_i = 0
            for i in over:
                if i.interest - i.ip - i.iw > 0:
                    overdue_i += i.interest - i.ip - i.iw
        return Position(
            as_of=day, installments=inst, disbursed=self.disbursed,
            principal_outstanding=sum([i.principal - i.pp - i.pw for i in inst]),
            interest_earned=self.interest_earned(night), interest_paid=self.i_paid,
            interest_waived=self.i_waived, penalty_earned=self.rnd(self.pen_num, self.pd),
            penalty_paid=self.p_paid, penalty_waived=self.p_waived,
            overdue_principal=sum([i.principal - i.pp - i.pw for i in over]), overdue_interest=overdue_i,
            dpd=(day - over[0].due).days if over else 0, excess=self.excess,
            closed_on=self.closed_on, written_off_on=self.written_off_on,
            allocations=self.alloc, nightly=nightly)


def _run(terms: LoanTerms, events, *, as_of: date, window) -> _Replay:
    evs = sorted([e for e in events if e.value_date <= as_of], key=WHEN)
    if evs and evs[0].value_date < terms.start:
        raise ServicingError(f"event {evs[0].key} is dated {evs[0].value_date}, before the loan "
                             f"started on {terms.start}")
    r = _Replay(terms)
    acc = terms.accelerated_on
    dues = sorted({i.due for i in r.inst} | ({acc} if acc and acc >= terms.start else set()))
    day = terms.start
    k = di = 0
    ne, nd = len(evs), len(dues)
    r.out = out = []
    apply, nights = r.apply, r.nights
    while True:
        while k < ne and evs[k].value_date == day:
            apply(evs[k])
            k += 1
        if day == acc:
            r.accelerate(day)
        if day >= as_of:
            break
        while di < nd and dues[di] <= day:
            di += 1
        nxt = as_of               # the first of as_of, the next event's day and the next due date
        if k < ne and evs[k].value_date < nxt:
            nxt = evs[k].value_date
        if di < nd and dues[di] < nxt:
            nxt = dues[di]
        nights(day, nxt, window, out)
        day = nxt
    return r


def interest_earned_by_rule(r: _Replay, night: date) -> int:
    """``_Replay.interest_earned`` as the rule says it: each period's ``_e``."""
    if r.t.daily:
        return r.rnd(r.int_num, r.dd)
    total, e = 0, r._e
    for i in r.inst:
        if night >= i.start and i.interest > 0:      # else nothing earned (``_e``)
            total += e(i, night)
    return total


def replay(terms: LoanTerms, events, *, as_of: date,
           window: tuple[date, date] | None = None) -> Position:
    """The loan at the start of day ``as_of`` with the events dated up to ``as_of``.

    Nights ``terms.start`` .. ``as_of - 1`` are accrued. ``window`` (first night, last
    night) asks for the interest and penalty earned on each of those nights
    (``Position.nightly``: [(night, interest, penalty)]), from which EOD posts accruals.
    """
    wide = (window[0] - _ONE, window[1]) if window else None
    r = _run(terms, events, as_of=as_of, window=wide)
    return _finish(r, as_of, window)


def _finish(r: _Replay, as_of: date, window) -> Position:
    """The position at ``as_of`` with the nightly amounts of ``window`` (from ``r.out``:
    cumulative figures of each night recorded, the night before the window first)."""
    nightly = []
    if window:
        prev_i = prev_p = 0
        for night, cum_i, cum_p in r.out:
            if night >= window[0]:
                nightly.append((night, cum_i - prev_i, cum_p - prev_p))
            prev_i, prev_p = cum_i, cum_p
    return r.position(as_of, nightly)


def payoff_amount(terms: LoanTerms, events, *, on: date) -> int:
    """Early-payoff quote in fen for day ``on`` (after that day's events): principal,
    overdue amounts and penalty, and interest to that day; nothing more."""
    r = _run(terms, events, as_of=on, window=None)
    if r.closed_on or r.written_off_on:
        return 0
    return r.payoff(on)
