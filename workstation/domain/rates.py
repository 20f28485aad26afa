"""Interest rates as exact values, whatever basis they were quoted in.

A contract says "0.05% per day" or "18% per year"; both are the same rate under
the Chinese convention annual = monthly x 12 = daily x 360. A ``Rate`` keeps the
figure as it was given (basis + exact ``Fraction``) and derives the other bases
exactly, so 0.05%/day -> 1.5%/month -> 18%/year with no rounding anywhere. The
days-per-year and months-per-year are carried by the rate (default 360 and 12) and
can be changed per product with :meth:`Rate.under`.

Rates never pass through a float: the constructors take ``Decimal``, ``int`` or a
string.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from enum import StrEnum
from fractions import Fraction

__all__ = ["Basis", "Rate", "RateError", "percent_text", "irr_annual_percent"]


class RateError(ValueError):
    """A value that cannot be an interest rate."""


class Basis(StrEnum):
    """The period a rate is quoted per."""

    DAILY = "day"
    MONTHLY = "month"
    ANNUAL = "year"


_BASIS_ALIASES = {
    "d": Basis.DAILY, "day": Basis.DAILY, "daily": Basis.DAILY, "日": Basis.DAILY,
    "m": Basis.MONTHLY, "mo": Basis.MONTHLY, "month": Basis.MONTHLY, "monthly": Basis.MONTHLY,
    "月": Basis.MONTHLY,
    "y": Basis.ANNUAL, "yr": Basis.ANNUAL, "year": Basis.ANNUAL, "annual": Basis.ANNUAL,
    "年": Basis.ANNUAL,
}
_ZH = {Basis.DAILY: "日利率", Basis.MONTHLY: "月利率", Basis.ANNUAL: "年利率"}


def _to_fraction(value: Decimal | int | str, what: str) -> Fraction:
    if isinstance(value, (float, bool)):
        raise TypeError(f"{what} refuses {type(value).__name__} {value!r}: use Decimal or str")
    if isinstance(value, str):
        try:
            value = Decimal(value.strip())
        except InvalidOperation:
            raise RateError(f"{what}: not a number: {value!r}") from None
    if isinstance(value, Decimal) and not value.is_finite():
        raise RateError(f"{what}: not a finite number: {value!r}")
    if not isinstance(value, (int, Decimal)):
        raise TypeError(f"{what} refuses {type(value).__name__}")
    frac = Fraction(value)
    if frac < 0:
        raise RateError(f"{what}: a rate cannot be negative, got {value}")
    return frac


def percent_text(fraction: Fraction, *, places: int | None = None) -> str:
    """A fraction as a percent string: exact when it terminates, else to ``places``.

    ``places=None`` prints the exact value when it terminates, otherwise rounds to 4
    places (0.049/360 -> '0.0136').
    """
    pct = fraction * 100
    if places is None:
        exact = Decimal(pct.numerator) / Decimal(pct.denominator)
        if Fraction(exact) == pct:
            return _trim(exact)
        places = 4
    q = Decimal(1).scaleb(-places)
    value = (Decimal(pct.numerator) / Decimal(pct.denominator)).quantize(q, rounding=ROUND_HALF_UP)
    return f"{value:f}"


def _trim(d: Decimal) -> str:
    text = f"{d:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True, slots=True, eq=False)
class Rate:
    """An exact interest rate.

    ``value`` is the rate as a fraction (not percent) per ``basis``. Equality is by
    economic meaning: 0.05%/day == 18%/year under the same day/month conventions.
    """

    basis: Basis
    value: Fraction
    days_per_year: int = 360
    months_per_year: int = 12
    # derived once: Fraction arithmetic costs microseconds, schedules read these often
    _per_year: Fraction = field(init=False, repr=False)
    _per_month: Fraction = field(init=False, repr=False)
    _per_day: Fraction = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.value, Fraction):
            raise TypeError("Rate.value must be a Fraction; use Rate.from_*_percent()")
        if self.value < 0:
            raise RateError(f"a rate cannot be negative, got {self.value}")
        if self.days_per_year <= 0 or self.months_per_year <= 0:
            raise RateError("days_per_year and months_per_year must be positive")
        object.__setattr__(self, "basis", Basis(self.basis))
        if self.basis is Basis.ANNUAL:
            annual = self.value
        elif self.basis is Basis.MONTHLY:
            annual = self.value * self.months_per_year
        else:
            annual = self.value * self.days_per_year
        object.__setattr__(self, "_per_year", annual)
        object.__setattr__(self, "_per_month", self.value if self.basis is Basis.MONTHLY
                           else annual / self.months_per_year)
        object.__setattr__(self, "_per_day", self.value if self.basis is Basis.DAILY
                           else annual / self.days_per_year)

    # -- constructors -------------------------------------------------------------
    @classmethod
    def from_daily_percent(cls, percent: Decimal | int | str, *, days_per_year: int = 360,
                           months_per_year: int = 12) -> Rate:
        """0.05 -> 0.05% per day."""
        return cls(Basis.DAILY, _to_fraction(percent, "daily rate") / 100,
                   days_per_year, months_per_year)

    @classmethod
    def from_monthly_percent(cls, percent: Decimal | int | str, *, days_per_year: int = 360,
                             months_per_year: int = 12) -> Rate:
        """1.5 -> 1.5% per month."""
        return cls(Basis.MONTHLY, _to_fraction(percent, "monthly rate") / 100,
                   days_per_year, months_per_year)

    @classmethod
    def from_annual_percent(cls, percent: Decimal | int | str, *, days_per_year: int = 360,
                            months_per_year: int = 12) -> Rate:
        """18 -> 18% per year."""
        return cls(Basis.ANNUAL, _to_fraction(percent, "annual rate") / 100,
                   days_per_year, months_per_year)

    @classmethod
    def zero(cls) -> Rate:
        return cls(Basis.ANNUAL, Fraction(0))

    @classmethod
    def parse(cls, text: str, *, days_per_year: int = 360, months_per_year: int = 12) -> Rate:
        """Parse '0.05%/day', '18%/year', '1.5 %/month' (also 'd', 'yr', '年'...)."""
        m = re.fullmatch(r"\s*([0-9.]+)\s*%\s*(?:/|per\s+)\s*(\S+)\s*", text)
        if not m or m.group(2).lower() not in _BASIS_ALIASES:
            raise RateError(f"not a rate: {text!r} (expected e.g. '0.05%/day' or '18%/year')")
        basis = _BASIS_ALIASES[m.group(2).lower()]
        return cls(basis, _to_fraction(m.group(1), "rate") / 100, days_per_year, months_per_year)

    # -- conversions ----------------------------------------------------------------
    @property
    def annual(self) -> Fraction:
        return self._per_year

    @property
    def monthly(self) -> Fraction:
        return self._per_month

    @property
    def daily(self) -> Fraction:
        return self._per_day

    def per(self, basis: Basis | str) -> Fraction:
        basis = Basis(basis)
        return {Basis.DAILY: self.daily, Basis.MONTHLY: self.monthly,
                Basis.ANNUAL: self.annual}[basis]

    def under(self, *, days_per_year: int, months_per_year: int) -> Rate:
        """The same quoted figure under other conventions (the quoted basis is kept)."""
        if (days_per_year, months_per_year) == (self.days_per_year, self.months_per_year):
            return self
        return Rate(self.basis, self.value, days_per_year, months_per_year)

    def percent(self, basis: Basis | str | None = None) -> Fraction:
        """The rate in percent per ``basis`` (default: the quoted basis), exact."""
        return self.per(basis or self.basis) * 100

    # -- comparison -----------------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rate):
            return NotImplemented
        return (self.annual, self.monthly, self.daily) == (other.annual, other.monthly, other.daily)

    def __hash__(self) -> int:
        return hash((self.annual, self.monthly, self.daily))

    # Ordering compares the annual rate (each under its own conventions).
    def __lt__(self, other: Rate) -> bool:
        return self.annual < other.annual

    def __le__(self, other: Rate) -> bool:
        return self.annual <= other.annual

    def __gt__(self, other: Rate) -> bool:
        return self.annual > other.annual

    def __ge__(self, other: Rate) -> bool:
        return self.annual >= other.annual

    # -- display --------------------------------------------------------------------
    def text(self, basis: Basis | str | None = None, *, places: int | None = None) -> str:
        """'0.05%/day'; another basis on request: rate.text('year') -> '18%/year'."""
        basis = Basis(basis or self.basis)
        return f"{percent_text(self.per(basis), places=places)}%/{basis.value}"

    def text_zh(self, basis: Basis | str | None = None, *, places: int | None = None) -> str:
        """'日利率0.05%'."""
        basis = Basis(basis or self.basis)
        return f"{_ZH[basis]}{percent_text(self.per(basis), places=places)}%"

    def describe(self) -> str:
        """'0.05%/day (1.5%/month, 18%/year)': the quoted figure first, then the others."""
        others = [b for b in (Basis.DAILY, Basis.MONTHLY, Basis.ANNUAL) if b is not self.basis]
        return f"{self.text()} ({', '.join(self.text(b) for b in others)})"

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Rate.parse({self.text()!r})"


# ---------------------------------------------------------------------------------------
# annualised rate by IRR (年化利率, PBOC 2021: IRR on the principal actually in use)

_CTX = Context(prec=30)
_CENT = Decimal("0.01")
# Newton stops when the next error (about n x step^2) is below 1e-14 in v, i.e. about
# 1e-11 in the percent figure; results within _WINDOW of a rounding boundary (x.xx5)
# are then decided exactly in Fractions, so the two decimals are always right.
_TOL = Decimal("1e-14")
_WINDOW = Decimal("1e-8")
_NEAR_ONE = Decimal("1e-6")
_HALF_CENT = Decimal("0.005")


def _h_dh(v: Decimal, *, a: Decimal, run: Decimal | None, m: int, cs: list[Decimal],
          all_cs: list[int]) -> tuple[Decimal, Decimal]:
    """h(v) = sum c_k v^k - A and h'(v): periods 1..m pay ``run`` each (closed form),
    periods m+1.. pay ``cs`` (Horner). Near v = 1 the closed form cancels, so the whole
    stream goes through Horner there."""
    if run is not None and 1 - v <= _NEAR_ONE:
        run, m, cs = None, 0, [Decimal(c) for c in all_cs]
    if cs:
        p = cs[-1]
        dp = Decimal(0)
        for k in range(len(cs) - 2, -1, -1):
            dp = dp * v + p
            p = p * v + cs[k]
        t, dt = p * v, p + v * dp          # sum t_j v^j, its derivative (j from 1)
    else:
        t = dt = Decimal(0)
    if run is None:
        return t - a, dt
    w = 1 - v
    vm = v ** m
    s = v * (1 - vm) / w
    ds = (1 - (m + 1) * vm + m * vm * v) / (w * w)
    return run * s + vm * t - a, run * ds + m * (vm / v) * t + vm * dt


def irr_annual_percent(*, amount_fen: int, payments_fen: list[int], guess: Fraction,
                       periods_per_year: int) -> Decimal:
    """Periodic IRR x periods_per_year, percent, two decimals (ROUND_HALF_UP).

    ``amount_fen`` is lent at period 0, ``payments_fen[k]`` repaid at period k+1;
    ``guess`` is the nominal periodic rate (Newton's starting point).

    Solves h(v) = sum c_k v^k - A = 0 for the discount factor v = 1/(1+r). With
    non-negative interest, h(0) = -A < 0 <= h(1), and h is increasing and convex on
    (0, 1], so the root is bracketed; Newton (see _h_dh for h and h') starts from the
    nominal rate, a near-exact guess, and falls back to bisection whenever a step
    leaves the bracket (e.g. 0.01 lent over 360 months, repaid with no interest).
    """
    while payments_fen and payments_fen[-1] == 0:
        payments_fen = payments_fen[:-1]
    if sum(payments_fen) < amount_fen:
        raise ArithmeticError("payments below the amount: no non-negative IRR")
    n = len(payments_fen)
    # A leading run of equal payments (all but the last, for annuities and interest-only)
    # is summed in closed form: c v (1 - v^m) / (1 - v); the rest by Horner.
    m = 1
    while m < n and payments_fen[m] == payments_fen[0]:
        m += 1
    with localcontext(_CTX):
        a = Decimal(amount_fen)
        lo, hi = Decimal(0), Decimal(1)
        v = Decimal(guess.denominator) / Decimal(guess.denominator + guess.numerator)
        if m >= 4:
            run, cs = Decimal(payments_fen[0]), [Decimal(c) for c in payments_fen[m:]]
        else:
            run, m, cs = None, 0, [Decimal(c) for c in payments_fen]
        for _ in range(300):
            h, dh = _h_dh(v, a=a, run=run, m=m, cs=cs, all_cs=payments_fen)
            if not h:
                break
            if h > 0:
                hi = v
            else:
                lo = v
            step = h / dh
            nv = v - step
            if lo < nv < hi:
                v = nv
                if n * step * step < _TOL:
                    break
            else:
                v = (lo + hi) / 2
                if hi - lo < _TOL:
                    break
        else:   # pragma: no cover - bisection alone gets there in ~100 steps
            raise ArithmeticError("IRR did not converge")
        x = (1 / v - 1) * periods_per_year * 100
        low = (x - _WINDOW).quantize(_CENT, rounding=ROUND_HALF_UP)
        high = (x + _WINDOW).quantize(_CENT, rounding=ROUND_HALF_UP)
    if low == high:
        return high     # (low may be -0.00 when the rate is zero)
    # Within a hair of x.xx5: decide exactly. r* >= B  <=>  h(v_B) >= 0 (h increasing in v).
    b = Fraction(high - _HALF_CENT) / (periods_per_year * 100)
    vb = 1 / (1 + b)
    acc = Fraction(0)
    for c in reversed(payments_fen):
        acc = (acc + c) * vb
    return high if acc - amount_fen >= 0 else low
