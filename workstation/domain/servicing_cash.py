"""The cash events applied to a replay of the servicing engine (``servicing._Replay``):
disbursements and draws, the payment waterfall (the product's allocation order, then
prepayment from the last installment backwards and the repricing of the periods it
touches), a payoff in full, waivers and write-offs. Pure Python.

A mixin: ``_Replay`` inherits these methods and keeps the installments, the exact
numerators and the totals they change; the rules are docs/servicing.md's (see
``servicing``'s docstring).
"""
from __future__ import annotations

from datetime import date

from workstation.domain.money import from_fen
from workstation.domain.servicing_model import (
    _ONE, DISBURSEMENT, DRAW, REPAYMENT, WAIVER, WRITE_OFF, Alloc, Event, Inst, ServicingError)

# the allocation buckets as ``CashEvents._repay`` walks them (``bucket_codes``)
_PENALTY, _OVERDUE_I, _OVERDUE_P, _CURRENT_I, _CURRENT_P = range(5)
_CODES = {"penalty_interest": _PENALTY, "overdue_interest": _OVERDUE_I, "overdue_principal": _OVERDUE_P,
          "current_interest": _CURRENT_I, "current_principal": _CURRENT_P}
_new = tuple.__new__          # tuple.__new__(Alloc, ...): what Alloc(...) does, without its frame


def bucket_codes(allocation) -> tuple[int, ...]:
    """A product's allocation order as the codes ``CashEvents._repay`` compares."""
    return tuple([_CODES[b] for b in allocation])


class CashEvents:
    """The event side of ``servicing._Replay`` (which supplies ``t``, ``inst``, the
    totals, ``_e``, ``_current``, ``payoff``, ``penalty_earned`` and the rates)."""

    # -- events -----------------------------------------------------------------------
    def apply(self, ev: Event) -> None:
        kind = ev.kind
        if kind == REPAYMENT:            # the commonest first
            self.alloc[ev.key] = self._repay(ev)
        elif kind == DISBURSEMENT or kind == DRAW:
            self._draw(ev)
        elif kind == WAIVER:
            self.alloc[ev.key] = self._waive(ev)
        elif kind == WRITE_OFF:
            self.alloc[ev.key] = self._write_off(ev.value_date)
        else:
            raise ServicingError(f"event {ev.key}: {ev.kind!r} is not a cash event")

    def _draw(self, ev: Event) -> None:
        if ev.amount < 0:
            raise ServicingError(f"event {ev.key}: a negative {ev.kind}")
        self.disbursed += ev.amount
        if self.t.daily:
            self.inst[0].principal += ev.amount
            self.inst[0].opening += ev.amount
        if ev.kind == DRAW:
            self.closed_on = None
        self.alloc[ev.key] = Alloc(principal=ev.amount)

    def _repay(self, ev: Event) -> Alloc:
        """``_repay_by_rule`` for a monthly method in one pass over the installments: the
        overdue buckets walk only those not settled before the payment (a settled one pays
        nothing and none becomes unsettled while paying), the running installment found once
        and sought again only once it is settled (as the rule's ``_current`` then would).
        Daily methods take the rule. tests/test_engine_shortcuts.py compares them."""
        if self.daily:
            return self._repay_by_rule(ev)
        day, left = ev.value_date, ev.amount
        if left <= 0:
            raise ServicingError(f"event {ev.key}: a repayment must be positive")
        if self.closed_on or self.written_off_on:
            self.excess += left
            return _new(Alloc, (0, 0, 0, left, 0))
        owed_p, over, cur, before = 0, [], None, True
        for i in self.inst:
            p = i.principal - i.pp - i.pw
            owed_p += p
            if before:
                if i.due < day:         # the rule's overdue buckets stop at the first not due before the day
                    if p > 0 or i.interest - i.ip - i.iw > 0:
                        over.append(i)
                    continue
                before = False
            if cur is None and i.due >= day and (p > 0 or i.interest - i.ip - i.iw > 0):
                cur = i
        if left >= owed_p and left >= self.payoff(day):
            prin, intr, pen = self._settle(day)
            self.closed_on = day
            self.excess += left - prin - intr - pen
            return _new(Alloc, (prin, intr, pen, left - prin - intr - pen, 0))
        prin = intr = pen = early = 0
        first = cur                     # the rule's ``cur`` for the prepayment: before any bucket
        for code in self.buckets:
            if left <= 0:
                break
            if code == _PENALTY:
                pay = min(left, self.penalty_earned() - self.p_paid - self.p_waived)
                pen += pay
                self.p_paid += pay
                left -= pay
            elif code == _OVERDUE_I:
                for i in over:
                    if left <= 0:
                        break
                    owed = i.interest - i.ip - i.iw
                    if owed > 0:
                        pay = left if left < owed else owed
                        i.ip += pay
                        intr += pay
                        left -= pay
            elif code == _OVERDUE_P:
                for i in over:
                    if left <= 0:
                        break
                    owed = i.principal - i.pp - i.pw
                    if owed > 0:
                        pay = left if left < owed else owed
                        i.pp += pay
                        prin += pay
                        left -= pay
            else:
                if cur is not None and cur.principal - cur.pp - cur.pw <= 0 and cur.interest - cur.ip - cur.iw <= 0:
                    cur = self._current(day)
                i = cur
                if i is None:
                    continue
                ahead = i.due > day
                if code == _CURRENT_I:
                    owed = (self._e(i, day - _ONE) if ahead else i.interest) - i.ip - i.iw
                    pay = left if left < owed else (owed if owed > 0 else 0)
                    i.ip += pay
                    intr += pay
                else:
                    owed = i.principal - i.pp - i.pw
                    pay = left if left < owed else (owed if owed > 0 else 0)
                    i.pp += pay
                    prin += pay
                    if ahead:
                        early += pay
                        if i.start >= day:
                            i.pb += pay
                left -= pay
        self.i_paid += intr
        prepaid = 0
        if left > 0:
            prepaid = self._prepay(day, left, first)
            left -= prepaid
            prin += prepaid
        if early + prepaid:
            self._reprice(day, early + prepaid)
        self.excess += left
        self._maybe_close(day)
        return _new(Alloc, (prin, intr, pen, left, prepaid))

    def _repay_by_rule(self, ev: Event) -> Alloc:
        day, left = ev.value_date, ev.amount
        if left <= 0:
            raise ServicingError(f"event {ev.key}: a repayment must be positive")
        if self.closed_on or self.written_off_on:
            self.excess += left
            return Alloc(excess=left)
        if (not self.t.daily and left >= sum(i.principal - i.pp - i.pw for i in self.inst)
                and left >= self.payoff(day)):
            prin, intr, pen = self._settle(day)
            self.closed_on = day
            self.excess += left - prin - intr - pen
            return Alloc(principal=prin, interest=intr, penalty=pen, excess=left - prin - intr - pen)
        got = {"principal": 0, "interest": 0, "penalty": 0, "early": 0}
        cur = None if self.t.daily else self._current(day)
        for bucket in self.t.allocation:
            if left <= 0:
                break
            left = self._pay_bucket(bucket, day, left, got)
        prepaid = 0
        if left > 0 and not self.t.daily:
            prepaid = self._prepay(day, left, cur)
            left -= prepaid
            got["principal"] += prepaid
        if not self.t.daily and got["early"] + prepaid:
            self._reprice(day, got["early"] + prepaid)
        self.excess += left
        self._maybe_close(day)
        return Alloc(principal=got["principal"], interest=got["interest"], penalty=got["penalty"],
                     excess=left, prepaid=prepaid)

    def _pay_bucket(self, bucket: str, day: date, left: int, got: dict) -> int:
        if bucket == "penalty_interest":
            pay = min(left, self.penalty_earned() - self.p_paid - self.p_waived)
            got["penalty"] += pay
            self.p_paid += pay
            return left - pay
        daily = self.t.daily
        if bucket[0] == "o":                        # overdue_*: oldest first (all due before the day)
            interest = bucket.endswith("interest")
            for i in self.inst:
                if i.due >= day or left <= 0:
                    break
                if interest:
                    owed = self._daily_interest_left() if daily else i.interest - i.ip - i.iw
                    if owed > 0:                    # else it pays nothing
                        pay = left if left < owed else owed
                        i.ip += pay
                        self.i_paid += pay
                        got["interest"] += pay
                        left -= pay
                else:
                    owed = i.principal - i.pp - i.pw
                    if owed > 0:
                        pay = left if left < owed else owed
                        i.pp += pay
                        got["principal"] += pay
                        left -= pay
            return left
        i = self.inst[0] if daily else self._current(day)        # current_*: the running installment
        if i is None or i.due < day or left <= 0:
            return left
        early = not daily and i.due > day      # before its due date: to the day
        if bucket.endswith("interest"):
            if daily:
                owed = self._daily_interest_left()
            elif early:
                owed = self._e(i, day - _ONE) - i.ip - i.iw
            else:
                owed = i.interest - i.ip - i.iw
            pay = left if left < owed else (owed if owed > 0 else 0)
            i.ip += pay
            self.i_paid += pay
            got["interest"] += pay
        else:
            owed = i.principal - i.pp - i.pw
            pay = left if left < owed else (owed if owed > 0 else 0)
            i.pp += pay
            got["principal"] += pay
            if early:
                got["early"] += pay
                if i.start >= day:
                    i.pb += pay
        return left - pay

    def _prepay(self, day: date, amount: int, cur: Inst | None) -> int:
        """Reduce principal from the last installment backwards (never the current one)."""
        future = [i for i in self.inst if i.due > day and i is not cur]
        paid = 0
        for i in reversed(future):
            take = min(amount - paid, i.principal_left)
            i.principal -= take
            paid += take
            if paid == amount:
                break
        return paid

    def _reprice(self, day: date, early: int) -> None:
        """Principal repaid early on ``day``: the running period pays interest on it to
        that day only; periods not yet begun are recomputed on the reduced balance."""
        for i in self.inst:
            if i.start < day < i.due:
                i.early.append(((day - i.start).days, early))
                i.interest = self._period_interest(i)
                break
        opening = 0
        for i in reversed(self.inst):      # recompute the interest of periods not yet begun
            opening += i.principal - i.pw - i.pb
            if i.start >= day:
                i.opening = opening
                i.interest = self.rnd(opening * self.mn, self.md) if opening > 0 else 0

    def _maybe_close(self, day: date) -> None:
        if self.t.daily:
            i = self.inst[0]
            owes = (i.principal_left > 0 or self._daily_interest_left() > 0
                    or self.penalty_earned() > self.p_paid + self.p_waived)
            if not owes and (not self.t.revolving or day >= i.due):
                i.interest = i.ip + i.iw
                self.closed_on = day
        else:
            i = self.inst[-1]           # the last is settled last when paid in order: tried first
            if i.principal - i.pp - i.pw > 0 or i.interest - i.ip - i.iw > 0:
                return
            for i in self.inst:
                if i.principal - i.pp - i.pw > 0 or i.interest - i.ip - i.iw > 0:     # not settled
                    return
            if self.penalty_earned() <= self.p_paid + self.p_waived:
                self.closed_on = day

    def _waive(self, ev: Event) -> Alloc:
        pen_left = self.penalty_earned() - self.p_paid - self.p_waived
        if ev.penalty < 0 or ev.interest < 0 or ev.penalty > pen_left:
            raise ServicingError(f"waiver {ev.key}: penalty to waive {ev.penalty} fen, unpaid {pen_left} fen",
                                 code="waiver_penalty_above_unpaid", penalty=from_fen(ev.penalty),
                                 unpaid=from_fen(pen_left))
        self.p_waived += ev.penalty
        left = ev.interest
        if self.t.daily:
            owed = self._daily_interest_left()
            if left > owed:
                raise ServicingError(f"waiver {ev.key}: interest to waive {left} fen, unpaid {owed} fen",
                                     code="waiver_interest_above_unpaid", interest=from_fen(left),
                                     unpaid=from_fen(owed))
            self.inst[0].iw += left
        else:
            cur = self._current(ev.value_date)
            for i in self.inst:
                if left and (i.due < ev.value_date or i is cur):
                    take = min(left, max(0, i.interest_left))
                    i.iw += take
                    left -= take
            if left:
                raise ServicingError(f"waiver {ev.key}: {left} fen more interest than is due",
                                     code="waiver_interest_above_due", excess=from_fen(left))
        self.i_waived += ev.interest
        self._maybe_close(ev.value_date)
        return Alloc(interest=ev.interest, penalty=ev.penalty)

    def _write_off(self, day: date) -> Alloc:
        night = day - _ONE
        pen = self.penalty_earned() - self.p_paid - self.p_waived
        prin = intr = 0
        if self.t.daily:
            intr = self._daily_interest_left()
            self.inst[0].iw += intr
            self.inst[0].interest = self.inst[0].ip + self.inst[0].iw
        for i in self.inst:
            if not self.t.daily:
                if i.due >= day:
                    i.interest = self._e(i, night)
                intr += i.interest_left
                i.iw += i.interest_left
            prin += i.principal_left
            i.pw += i.principal_left
        self.p_waived += pen
        self.i_waived += intr
        self.written_off_on = day
        return Alloc(principal=prin, interest=intr, penalty=pen)

    def _settle(self, day: date) -> tuple[int, int, int]:
        """Pay off on ``day``: (principal, interest, penalty) it takes."""
        night = day - _ONE
        pen = self.penalty_earned() - self.p_paid - self.p_waived
        prin = intr = 0
        if self.t.daily:
            intr = self._daily_interest_left()
            i = self.inst[0]
            i.interest = i.ip + i.iw + intr
        for i in self.inst:
            if not self.t.daily and i.due >= day:
                i.interest = self._e(i, night)
            if not self.t.daily:
                intr += i.interest_left
            prin += i.principal_left
            i.ip += i.interest_left
            i.pp += i.principal_left
        self.p_paid += pen
        self.i_paid += intr
        return prin, intr, pen

    def _period_interest(self, i: Inst) -> int:
        """Monthly: a period's interest with principal repaid early inside it: the balance
        kept all period pays the monthly rate, each early repayment its actual nights x
        the daily rate (never more than the monthly rate). In integers over the rates'
        common denominator (``period_interest_by_rule``: the same in fractions; rounding
        reads only the value; tests/test_quiet_rows.py compares them)."""
        mn, dn, md, dd = self.mn, self.dn, self.md, self.dd
        m = mn * dd                     # the monthly rate x md x dd
        num = i.opening * m
        for nj, pj in i.early:
            d = dn * nj * md            # the daily rate x nj nights x md x dd
            if d < m:
                num -= pj * (m - d)
        return max(0, self.rnd(num, md * dd))


def period_interest_by_rule(r, i: Inst) -> int:
    """``CashEvents._period_interest`` as the rule says it, in exact fractions."""
    m, d = r.t.monthly_rate, r.t.daily_rate
    exact = i.opening * m - sum(pj * (m - min(m, d * nj)) for nj, pj in i.early)
    return max(0, r.rnd(exact.numerator, exact.denominator))
