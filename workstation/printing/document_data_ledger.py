"""The figures a statement and the repayment-schedule document print, taken from the
journal and the servicing engine (``domain.servicing``): the same replay the ledger posts
from, read only through the engine's public functions (``replay``, ``payoff_amount``).

* A statement is as of the END of its last day: cash events dated up to that day, every
  night through it accrued (the position at the start of the next day). An installment
  due on that day and unpaid is overdue on it; "next due" is the first unpaid
  installment after it.
* Daily-interest loans (order loans, bullets, revolving lines): what is due at maturity
  is the engine's payoff on the maturity day for what is owed now (the contract's
  figure when nothing was repaid early), with the interest accrued to date beside it.
* The current schedule: each installment as the engine holds it now (after
  prepayments), what was paid on it and its status, plus one row per prepayment, so
  the principal column adds up to the principal lent.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from workstation.documents.data import ScheduleRow
from workstation.domain import delinquency
from workstation.domain import servicing as sv
from workstation.domain.money import from_fen
from workstation.aftercare.recalled import applied_interest
from workstation.servicing import ledger

ONE = timedelta(days=1)
INSTALLMENT_ZH = {"paid": "已还", "prepaid": "已提前还", "written_off": "已核销", "overdue": "逾期",
                  "partly_paid": "部分已还", "due": "当期", "scheduled": "未到期", "undrawn": "未支用"}
PREPAYMENT_ZH = "提前还款"


@dataclass(frozen=True)
class NextDue:
    due: date
    amount: int                 # fen
    at_maturity: bool           # daily-interest loan: principal and interest due at maturity


def end_of_day(terms: sv.LoanTerms, entries: list[ledger.Entry], day: date) -> tuple[sv.Position, list]:
    """The loan at the end of ``day`` (and the cash events it was replayed from)."""
    events = [e for e in ledger.events_of(entries) if e.value_date <= day]
    return sv.replay(terms, events, as_of=day + ONE), events


def next_due(terms: sv.LoanTerms, events: list, pos: sv.Position, *, day: date) -> NextDue | None:
    """What falls due next after ``day`` and how much, or None."""
    if pos.closed_on is not None or pos.written_off_on is not None:
        return None
    if terms.daily:
        if day >= terms.maturity:
            return None         # the maturity has passed: overdue, nothing "next"
        amount = sv.payoff_amount(terms, events, on=terms.maturity)
        return NextDue(terms.maturity, amount, True) if amount > 0 else None
    for i in pos.installments:
        left = max(i.principal_left, 0) + max(i.interest_left, 0)
        if i.due > day and left > 0:
            return NextDue(i.due, left, False)
    return None


def ledger_day(terms: sv.LoanTerms, entries: list[ledger.Entry], last_eod: date | None) -> date:
    """The day the ledger's cached position is for: after the last end of day and the
    latest cash event (as ``ledger.plan`` computes it)."""
    last = last_eod or (terms.start - ONE)
    cash = [e.value_date for e in ledger.events_of(entries)]
    return max([last + ONE, terms.start, *cash])


@dataclass(frozen=True)
class CurrentSchedule:
    rows: tuple[ScheduleRow, ...]
    as_of: date
    principal_outstanding: Decimal
    interest_accrued: Decimal | None     # daily-interest loans only


def current_schedule(terms: sv.LoanTerms, entries: list[ledger.Entry], *, last_eod: date | None) -> CurrentSchedule:
    """The schedule as it stands in the ledger (see the module docstring)."""
    day = ledger_day(terms, entries, last_eod)
    events = ledger.events_of(entries)
    pos = sv.replay(terms, events, as_of=day)
    cur = next((i.period for i in pos.installments if i.due >= day and not i.settled), None)
    acc = terms.accelerated_on
    recalled = applied_interest(terms, events)       # an early recall: the interest the engine leaves
    items: list[tuple[date, int, ScheduleRow]] = []
    for i in pos.installments:
        status, _ = delinquency.installment_status(i, as_of=day, current_period=cur, closed=bool(pos.closed_on),
                                                   written_off=bool(pos.written_off_on))
        if terms.revolving and i.principal == 0:
            status = "undrawn"
        interest = recalled.get(i.period, i.interest)
        if terms.daily:        # the whole term's interest on what is owed now, not the part earned so far
            interest = sv.replay(terms, events, as_of=max(day, terms.maturity)).interest_earned
        due = min(i.due, acc) if acc else i.due     # an early recall: all falls due that day (also before it)
        items.append((due, 0, ScheduleRow(
            period=i.period, due_date=due, principal=from_fen(i.principal), interest=from_fen(interest),
            payment=from_fen(i.principal + interest), balance=Decimal(0), status=INSTALLMENT_ZH.get(status, status),
            paid=from_fen(i.pp + i.ip))))
    when = {e.key: e.value_date for e in events}
    for key, alloc in pos.allocations.items():
        prepaid = getattr(alloc, "prepaid", 0)
        if prepaid > 0:
            amount = from_fen(prepaid)
            items.append((when[key], 1, ScheduleRow(period=0, due_date=when[key], principal=amount,
                                                    interest=from_fen(0), payment=amount, balance=Decimal(0),
                                                    status=INSTALLMENT_ZH["paid"], paid=amount,
                                                    label=PREPAYMENT_ZH)))
    rows, bal = [], sum((r.principal for _, _, r in items), from_fen(0))
    for _, _, r in sorted(items, key=lambda t: (t[0], t[1])):
        bal -= r.principal
        rows.append(ScheduleRow(period=r.period, due_date=r.due_date, principal=r.principal, interest=r.interest,
                                payment=r.payment, balance=bal, status=r.status, paid=r.paid, label=r.label))
    return CurrentSchedule(rows=tuple(rows), as_of=day, principal_outstanding=from_fen(pos.principal_outstanding),
                           interest_accrued=from_fen(pos.interest_unpaid) if terms.daily else None)
