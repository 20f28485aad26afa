"""The engine's shortcuts for end of day's first night against their rules: random loans
(monthly and daily methods, revolving lines, every rounding mode, both penalty bases,
any allocation order, early recalls) with random cash events (partial payments,
prepayments, payoffs, overdue stretches, waivers, write-offs, draws; a reversal is an
event left out of the replay) are replayed once with the shortcuts and once with the
rules (``_repay_by_rule``, ``interest_earned_by_rule``, and the replay loop, nights,
bases and position as first written, kept here): every position, allocation, nightly
amount, kept state, payoff quote and refusal must agree (``test_ledger_shortcuts``: the
same for ``ledger.plan``)."""
from __future__ import annotations

import contextlib
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from workstation.domain import servicing as sv
from workstation.domain import servicing_state
from workstation.domain.products import DEFAULT_ALLOCATION
from workstation.domain.servicing_cash import CashEvents
from workstation.domain.servicing_model import (
    _ONE, DISBURSEMENT, DRAW, REPAYMENT, WAIVER, WRITE_OFF, Inst, LoanTerms, Position, SchedRow, ServicingError)

START = date(2026, 1, 10)


# -- the forms first written -------------------------------------------------------------------

def _init_first(self, terms: LoanTerms):
    self.t = terms
    self._rates()
    self.inst = []
    prev, opening = terms.start, sum(r.principal for r in terms.rows)
    for r in terms.rows:
        self.inst.append(Inst(r.period, prev, r.due_date, r.principal, r.interest, opening, r.principal, r.interest))
        opening -= r.principal
        prev = r.due_date
    if terms.daily:
        self.inst[0].principal = self.inst[0].opening = 0
    self.disbursed = self.int_num = self.pen_num = 0
    self.i_paid = self.i_waived = self.p_paid = self.p_waived = 0
    self.excess = 0
    self.closed_on = self.written_off_on = None
    self.alloc = {}


def _apply_first(self, ev):
    if ev.kind in (DISBURSEMENT, DRAW):
        self._draw(ev)
    elif ev.kind == REPAYMENT:
        self.alloc[ev.key] = self._repay(ev)
    elif ev.kind == WAIVER:
        self.alloc[ev.key] = self._waive(ev)
    elif ev.kind == WRITE_OFF:
        self.alloc[ev.key] = self._write_off(ev.value_date)
    else:
        raise ServicingError(f"event {ev.key}: {ev.kind!r} is not a cash event")


def _maybe_close_first(self, day):
    if self.t.daily:
        i = self.inst[0]
        owes = (i.principal_left > 0 or self._daily_interest_left() > 0
                or self.penalty_earned() > self.p_paid + self.p_waived)
        if not owes and (not self.t.revolving or day >= i.due):
            i.interest = i.ip + i.iw
            self.closed_on = day
    else:
        for i in self.inst:
            if i.principal - i.pp - i.pw > 0 or i.interest - i.ip - i.iw > 0:
                return
        if self.penalty_earned() <= self.p_paid + self.p_waived:
            self.closed_on = day


def _nights_first(self, first, end, window, out):
    if end <= first:
        return
    n = (end - first).days
    overdue, notdue = self.bases(first)
    lo, hi = window if window else (end, first)
    if lo <= end - _ONE and hi >= first:
        d = first
        for _ in range(n):
            self.pen_num += overdue * self.pn
            self.int_num += notdue * self.dn
            if lo <= d <= hi:
                out.append((d, self.interest_earned(d), self.penalty_earned()))
            d += _ONE
    else:
        self.pen_num += overdue * self.pn * n
        self.int_num += notdue * self.dn * n


def _bases_first(self, first):
    daily = self.t.daily
    overdue = notdue = 0
    for i in self.inst:
        if i.due <= first:
            overdue += i.principal - i.pp - i.pw
        elif daily:
            notdue += i.principal - i.pp - i.pw
    if self.compound:
        if daily:
            overdue += max(0, self._daily_interest_left()) if self.inst[0].due <= first else 0
        else:
            overdue += sum(max(0, i.interest_left) for i in self.inst if i.due <= first)
    return overdue, notdue


def _position_first(self, day, nightly):
    night = day - _ONE
    if self.t.daily:
        i = self.inst[0]
        i.interest = self.interest_earned(night)
        if (self.t.revolving and not self.closed_on and not self.written_off_on
                and day > i.due and i.settled and self.penalty_earned() <= self.p_paid + self.p_waived):
            self.closed_on = i.due
    over = [i for i in self.inst if i.due < day and not i.settled]
    overdue_i = (self._daily_interest_left() if self.t.daily and over
                 else sum(max(0, i.interest_left) for i in over))
    return Position(
        as_of=day, installments=self.inst, disbursed=self.disbursed,
        principal_outstanding=sum(i.principal_left for i in self.inst),
        interest_earned=self.interest_earned(night), interest_paid=self.i_paid,
        interest_waived=self.i_waived, penalty_earned=self.penalty_earned(),
        penalty_paid=self.p_paid, penalty_waived=self.p_waived,
        overdue_principal=sum(i.principal_left for i in over), overdue_interest=overdue_i,
        dpd=(day - over[0].due).days if over else 0, excess=self.excess,
        closed_on=self.closed_on, written_off_on=self.written_off_on,
        allocations=self.alloc, nightly=nightly)


def _run_first(terms, events, *, as_of, window):
    evs = sorted([e for e in events if e.value_date <= as_of], key=sv.WHEN)
    if evs and evs[0].value_date < terms.start:
        raise ServicingError(f"event {evs[0].key} is dated {evs[0].value_date}, before the loan "
                             f"started on {terms.start}")
    r = sv._Replay(terms)
    acc = terms.accelerated_on
    dues = sorted({i.due for i in r.inst} | ({acc} if acc and acc >= terms.start else set()))
    day = terms.start
    k = di = 0
    r.out = []
    while True:
        while k < len(evs) and evs[k].value_date == day:
            r.apply(evs[k])
            k += 1
        if day == acc:
            r.accelerate(day)
        if day >= as_of:
            break
        while di < len(dues) and dues[di] <= day:
            di += 1
        nxt = min(as_of, evs[k].value_date if k < len(evs) else as_of, dues[di] if di < len(dues) else as_of)
        r.nights(day, nxt, window, r.out)
        day = nxt
    return r


@contextlib.contextmanager
def by_rule():
    """The engine with every shortcut replaced by its rule."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(CashEvents, "_repay", CashEvents._repay_by_rule)
        mp.setattr(CashEvents, "_maybe_close", _maybe_close_first)
        mp.setattr(CashEvents, "apply", _apply_first)
        mp.setattr(sv._Replay, "__init__", _init_first)
        mp.setattr(sv._Replay, "interest_earned", sv.interest_earned_by_rule)
        mp.setattr(sv._Replay, "nights", _nights_first)
        mp.setattr(sv._Replay, "bases", _bases_first)
        mp.setattr(sv._Replay, "position", _position_first)
        mp.setattr(sv, "_run", _run_first)
        mp.setattr(servicing_state, "_run", _run_first)
        yield


# -- random loans ----------------------------------------------------------------------------

_RATE = st.fractions(min_value=Fraction(1, 10**5), max_value=Fraction(1, 100), max_denominator=10**6)


@st.composite
def loans(draw):
    """(terms, events): a loan and its cash events (one of them may be left out: reversed)."""
    daily_rate = draw(_RATE)
    monthly_rate = draw(st.one_of(st.just(daily_rate * 30), _RATE))
    pm = draw(st.sampled_from([Fraction(3, 2), Fraction(1), Fraction(2), Fraction(0)]))
    rounding = draw(st.sampled_from([ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN]))
    base = draw(st.sampled_from(["principal", "principal_and_interest"]))
    allocation = tuple(draw(st.permutations(DEFAULT_ALLOCATION)))
    kind = draw(st.sampled_from(["monthly", "monthly", "monthly", "daily", "line"]))
    amount = draw(st.integers(1, 5_000_000))
    events = [sv.Event(0, DISBURSEMENT, START, amount, order=0)]
    if kind == "line":
        terms = LoanTerms(start=START, daily=True, daily_rate=daily_rate, monthly_rate=monthly_rate,
                          penalty_multiplier=pm, rows=(SchedRow(1, START + timedelta(days=draw(st.integers(10, 200))),
                                                                amount, 0),),
                          allocation=allocation, revolving=True, penalty_base=base, rounding=rounding)
    else:
        if kind == "daily":
            rows = (SchedRow(1, START + timedelta(days=draw(st.integers(1, 120))), amount,
                             draw(st.integers(0, amount // 10 + 1))),)
        else:
            n = draw(st.integers(1, 12))
            cuts = sorted(draw(st.lists(st.integers(0, amount), min_size=n - 1, max_size=n - 1)))
            parts = [b - a for a, b in zip([0] + cuts, cuts + [amount])]
            due, opening, rows = START, amount, []
            for k, p in enumerate(parts):
                due += timedelta(days=draw(st.sampled_from([28, 30, 31, 1, 45, -3])))   # some out of order
                rows.append(SchedRow(k + 1, due, p, draw(st.sampled_from(
                    [int(opening * monthly_rate), draw(st.integers(0, amount // 20 + 1))]))))
                opening -= p
            rows = tuple(rows)
        recall = draw(st.one_of(st.none(), st.integers(0, 400)))
        terms = LoanTerms(start=START, daily=kind == "daily", daily_rate=daily_rate, monthly_rate=monthly_rate,
                          penalty_multiplier=pm, rows=rows, allocation=allocation, penalty_base=base,
                          rounding=rounding,
                          accelerated_on=None if recall is None else START + timedelta(days=recall))
    for k in range(draw(st.integers(0, 9))):
        day = START + timedelta(days=draw(st.integers(0, 420)))
        what = draw(st.sampled_from([REPAYMENT] * 6 + [WAIVER, WRITE_OFF] + ([DRAW] if kind == "line" else [])))
        if what == REPAYMENT:
            events.append(sv.Event(k + 1, REPAYMENT, day, draw(st.one_of(
                st.integers(1, amount // 6 + 2), st.integers(1, 2 * amount + 10**5),
                st.sampled_from([r.principal + r.interest for r in terms.rows]))), order=k + 1))
        elif what == WAIVER:
            events.append(sv.Event(k + 1, WAIVER, day, 0, draw(st.integers(0, 3000)), draw(st.integers(0, 3000)),
                                   order=k + 1))
        else:
            events.append(sv.Event(k + 1, what, day, draw(st.integers(1, amount)) if what == DRAW else 0,
                                   order=k + 1))
    if len(events) > 1 and draw(st.booleans()):
        events.pop(draw(st.integers(1, len(events) - 1)))       # reversed: left out of the replay
    return terms, events


def _outcome(f):
    try:
        return f()
    except ServicingError as e:
        return ("refused", str(e), e.code, e.params)


def _all(terms, events, as_of, window):
    return (_outcome(lambda: sv.replay(terms, events, as_of=as_of, window=window)),
            _outcome(lambda: servicing_state.replay_keeping(terms, events, as_of=as_of, window=window)),
            _outcome(lambda: sv.payoff_amount(terms, events, on=as_of)))


@settings(max_examples=700, deadline=None)
@given(loan=loans(), at=st.integers(0, 460), width=st.one_of(st.none(), st.integers(1, 40)))
def test_replays_with_the_shortcuts_are_the_replays_by_the_rules(loan, at, width):
    terms, events = loan
    as_of = START + timedelta(days=at)
    window = None if width is None or at == 0 else (max(START, as_of - timedelta(days=width)), as_of - _ONE)
    fast = _all(terms, events, as_of, window)
    with by_rule():
        slow = _all(terms, events, as_of, window)
    assert fast == slow


def test_a_schedule_out_of_order_pays_as_the_rule_pays():
    """Dues out of order (no product writes them; the rule still says what happens): the
    overdue buckets stop at the first installment not yet due, and the running installment
    is one due on or after the day (none here: the second is settled, the third is due
    before the day but comes after it)."""
    terms = LoanTerms(start=START, daily=False, daily_rate=Fraction(1, 2000), monthly_rate=Fraction(3, 200),
                      penalty_multiplier=Fraction(3, 2), rows=(SchedRow(1, START + timedelta(days=30), 1000, 50),
                                                              SchedRow(2, START + timedelta(days=60), 0, 0),
                                                              SchedRow(3, START + timedelta(days=20), 1000, 50)))
    events = [sv.Event(0, DISBURSEMENT, START, 2000), sv.Event(1, REPAYMENT, START + timedelta(days=40), 1500, order=1)]
    fast = _all(terms, events, START + timedelta(days=45), None)
    with by_rule():
        assert fast == _all(terms, events, START + timedelta(days=45), None)
    assert fast[0].allocations[1].excess > 0


def test_the_rules_differ_from_the_shortcuts_only_in_form():
    """The context above does swap the methods (a test of the test)."""
    with by_rule():
        assert CashEvents._repay is CashEvents._repay_by_rule and sv._run is _run_first
    assert CashEvents._repay is not CashEvents._repay_by_rule and sv._run is not _run_first
