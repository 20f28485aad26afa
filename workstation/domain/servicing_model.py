"""The plain values of loan servicing: frozen terms, cash events, allocations,
installment state and a loan's position (money in integer fen). See servicing.py."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP
from fractions import Fraction
from typing import NamedTuple

from workstation.domain.products import DEFAULT_ALLOCATION, PENALTY_BASES

DISBURSEMENT, DRAW, REPAYMENT, WAIVER, WRITE_OFF = "disbursement", "draw", "repayment", "waiver", "write_off"
INTEREST_ACCRUAL, PENALTY_ACCRUAL, REVERSAL = "interest_accrual", "penalty_accrual", "reversal"
CASH_KINDS = frozenset({DISBURSEMENT, DRAW, REPAYMENT, WAIVER, WRITE_OFF})
ALLOCATION_BUCKETS = frozenset(DEFAULT_ALLOCATION)
_SORTED_BUCKETS = sorted(ALLOCATION_BUCKETS)
_ONE = timedelta(days=1)


class ServicingError(ValueError):
    """An event the engine cannot apply (the message names it). One a person meets at the
    desk (a waiver above what is unpaid) also carries a refusal ``code`` and ``params``
    (domain/refusals.py), so the desk says it in its language."""

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.code, self.params = code, params


def _half_up(num: int, den: int) -> int:
    return (2 * num + den) // (2 * den) if num >= 0 else -((-2 * num + den) // (2 * den))


def _half_even(num: int, den: int) -> int:
    q, r = divmod(abs(num), den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    return q if num >= 0 else -q


def _down(num: int, den: int) -> int:
    return num // den if num >= 0 else -(-num // den)


ROUNDERS = {ROUND_HALF_UP: _half_up, ROUND_HALF_EVEN: _half_even, ROUND_DOWN: _down}


class SchedRow(NamedTuple):
    """One frozen installment (money in fen). A named tuple: end of day's first night
    builds a dozen per loan (a frozen dataclass costs several times as much)."""
    period: int
    due_date: date
    principal: int
    interest: int


@dataclass(frozen=True)
class LoanTerms:
    """What the engine needs of a loan: frozen at disbursement."""
    start: date
    daily: bool                     # daily accrual (bullet, order loan, revolving line)
    daily_rate: Fraction
    monthly_rate: Fraction
    penalty_multiplier: Fraction
    rows: tuple[SchedRow, ...]      # daily loans: one row (maturity, principal, interest)
    allocation: tuple[str, ...] = DEFAULT_ALLOCATION
    revolving: bool = False
    penalty_base: str = "principal"     # or "principal_and_interest" (复利 on unpaid interest)
    rounding: str = ROUND_HALF_UP       # the product's rounding mode, at every rounding point
    accelerated_on: date | None = None  # early recall (提前收贷): everything falls due that day

    def __post_init__(self) -> None:
        if self.penalty_base not in PENALTY_BASES:
            raise ServicingError(f"penalty base: {self.penalty_base!r} is not one of {', '.join(PENALTY_BASES)}")
        if self.rounding not in ROUNDERS:
            raise ServicingError(f"rounding: {self.rounding!r} is not one of {', '.join(ROUNDERS)}")
        bad = [b for b in self.allocation if b not in ALLOCATION_BUCKETS]
        if bad or sorted(self.allocation) != _SORTED_BUCKETS:
            raise ServicingError(f"allocation order: unknown or repeated bucket(s) {bad or self.allocation}")
        if not self.rows:
            raise ServicingError("a loan needs at least one installment")

    @property
    def maturity(self) -> date:
        return self.rows[-1].due_date

    @property
    def penalty_rate(self) -> Fraction:
        return self.daily_rate * self.penalty_multiplier


class Event(NamedTuple):
    """A cash event from the journal. ``key`` identifies it in the result. (Named tuples,
    like ``Alloc``: a replay makes one per cash entry, end of day's first night 100,000s.)"""
    key: object
    kind: str
    value_date: date
    amount: int = 0          # fen: cash in (repayment) or out (disbursement, draw)
    interest: int = 0        # waiver: interest to waive
    penalty: int = 0         # waiver: penalty to waive
    order: int = 0           # tie-break within a day (posting order)


class Alloc(NamedTuple):
    """What an event did, in fen, as positive amounts (the journal signs them)."""
    principal: int = 0
    interest: int = 0
    penalty: int = 0
    excess: int = 0          # cash beyond everything owed (to refund)
    prepaid: int = 0         # part of ``principal`` that was a prepayment

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.principal, self.interest, self.penalty, self.excess)


@dataclass(slots=True)
class Inst:
    """An installment's state during the replay (fen)."""
    period: int
    start: date
    due: date
    principal: int
    interest: int
    opening: int             # principal outstanding at the period's start (interest base)
    orig_principal: int
    orig_interest: int
    pp: int = 0              # principal paid
    ip: int = 0              # interest paid
    pw: int = 0              # principal written off
    iw: int = 0              # interest waived or written off
    early: list = field(default_factory=list)   # [(nights into the period, principal repaid early)]
    pb: int = 0              # principal paid before its own period began (not in its opening)

    @property
    def principal_left(self) -> int:
        return self.principal - self.pp - self.pw

    @property
    def interest_left(self) -> int:
        return self.interest - self.ip - self.iw

    @property
    def settled(self) -> bool:
        return self.principal - self.pp - self.pw <= 0 and self.interest - self.ip - self.iw <= 0


@dataclass
class Position:
    """A loan at the start of day ``as_of``, after that day's events (fen)."""
    as_of: date
    installments: list[Inst]
    disbursed: int
    principal_outstanding: int
    interest_earned: int
    interest_paid: int
    interest_waived: int
    penalty_earned: int
    penalty_paid: int
    penalty_waived: int
    overdue_principal: int
    overdue_interest: int
    dpd: int
    excess: int
    closed_on: date | None
    written_off_on: date | None
    allocations: dict = field(default_factory=dict)
    nightly: list = field(default_factory=list)      # [(night, interest, penalty)] in the window
    # (rows, signature, same) of the kept state's quiet header (servicing_quiet.header), made
    # from these installments at as_of + 1; ``same``: they are also the rows at ``as_of``
    kept_rows: tuple | None = field(default=None, compare=False, repr=False)

    @property
    def interest_unpaid(self) -> int:
        return self.interest_earned - self.interest_paid - self.interest_waived

    @property
    def penalty_unpaid(self) -> int:
        return self.penalty_earned - self.penalty_paid - self.penalty_waived

    @property
    def state(self) -> str:
        if self.written_off_on:
            return "written_off"
        return "closed" if self.closed_on else "active"




def terms_from_schedule(schedule, *, penalty_multiplier, allocation=DEFAULT_ALLOCATION,
                        revolving: bool = False, penalty_base: str = "principal") -> LoanTerms:
    """Engine terms from a frozen ``schedules.Schedule`` (rates exact, money in fen)."""
    from decimal import Decimal
    if isinstance(penalty_multiplier, float):
        raise TypeError("penalty_multiplier refuses float")
    rows = tuple(SchedRow(i.period, i.due_date, int(i.principal * 100), int(i.interest * 100))
                 for i in schedule.installments)
    return LoanTerms(start=schedule.start, daily=not schedule.method.monthly,
                     daily_rate=schedule.rate.daily, monthly_rate=schedule.rate.monthly,
                     penalty_multiplier=Fraction(Decimal(penalty_multiplier)), rows=rows,
                     allocation=tuple(allocation), revolving=revolving, penalty_base=penalty_base,
                     rounding=schedule.conventions.rounding)


def line_terms(*, start: date, expiry: date, limit: int, rate, penalty_multiplier,
               allocation=DEFAULT_ALLOCATION, penalty_base: str = "principal",
               rounding: str = ROUND_HALF_UP) -> LoanTerms:
    """A revolving line: one installment at expiry; principal arrives with the draws."""
    from decimal import Decimal
    return LoanTerms(start=start, daily=True, daily_rate=rate.daily, monthly_rate=rate.monthly,
                     penalty_multiplier=Fraction(Decimal(penalty_multiplier)),
                     rows=(SchedRow(1, expiry, limit, 0),), allocation=tuple(allocation), revolving=True,
                     penalty_base=penalty_base, rounding=rounding)


def engine_terms(terms, *, start: date, rows, accelerated_on: date | None = None) -> LoanTerms:
    """What the engine needs, taken unchanged from the loan's ``terms.ApprovedTerms``:
    its first day (the disbursement) and its frozen installments ``rows``
    ([period, due, principal fen, interest fen] or ``SchedRow``); ``accelerated_on``:
    the due date of an early recall in force, if any."""
    return engine_terms_of(_engine_part(terms), start=start, rows=rows, accelerated_on=accelerated_on)


def engine_terms_of(part: tuple, *, start: date, rows, accelerated_on: date | None = None) -> LoanTerms:
    """``engine_terms`` from the engine's reading of the terms (``_engine_part``, or
    ``terms_read.engine_part`` of their stored text)."""
    day, new = day_of, tuple.__new__         # tuple.__new__(SchedRow, ...): what SchedRow(...) does, without its frame
    known = _DAYS.get                        # day_of's remembered dates looked up without its call
    rows = tuple([r if isinstance(r, SchedRow) else new(SchedRow, (r[0], known(r[1]) or day(r[1]), r[2], r[3]))
                  for r in rows])
    daily, dr, mr, pm, allocation, revolving, base, rounding = part
    return LoanTerms(start=start, daily=daily, daily_rate=dr, monthly_rate=mr, penalty_multiplier=pm,
                     rows=rows, allocation=allocation, revolving=revolving, penalty_base=base, rounding=rounding,
                     accelerated_on=accelerated_on)


_PARTS: dict = {}        # the engine's reading of approved terms, by the figures it is read from


def _engine_part(terms) -> tuple:
    """(daily, daily rate, monthly rate, penalty multiplier, allocation, revolving, penalty
    base, rounding) of ``terms``: a book's loans share a handful of these."""
    rate, pm = terms.rate, terms.penalty_multiplier
    # the rate by identity (decoded terms share their Rate; a Fraction's hash costs microseconds),
    # kept in the value so that its id cannot be taken by another object meanwhile
    key = (id(rate), terms.method, type(pm), pm, terms.allocation, terms.revolving, terms.penalty_base,
           terms.conventions.rounding)
    got = _PARTS.get(key)
    if got is None or got[0] is not rate:
        if len(_PARTS) > 4096:
            _PARTS.clear()
        got = _PARTS[key] = (rate, (not terms.method.monthly, terms.daily_rate, terms.monthly_rate, Fraction(pm),
                                    terms.allocation, terms.revolving, terms.penalty_base,
                                    terms.conventions.rounding))
    return got[1]


_DAYS: dict = {}


def day_of_known():
    """The lookup of the dates ``day_of`` remembers (``get(v) or day_of(v)`` is ``day_of(v)``:
    a remembered value is a date, never false; a date or an unknown text is not a key)."""
    return _DAYS.get


def day_of(v) -> date:
    """A day given as a ``date`` or as its ISO text (a frozen row's due date, a journal
    value date as SQLite's driver gives it) as a ``date``; the texts' dates remembered."""
    if not isinstance(v, str):
        return v
    d = _DAYS.get(v)
    if d is None:
        if len(_DAYS) > 100_000:
            _DAYS.clear()
        d = _DAYS[v] = date.fromisoformat(v)
    return d
