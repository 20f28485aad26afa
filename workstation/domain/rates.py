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
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction

__all__ = ["Basis", "Rate", "RateError", "percent_text"]


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

    ``places=None`` prints the exact value when it has at most 6 decimals in percent,
    otherwise rounds to 4 (0.049/360 -> '0.0136').
    """
    pct = fraction * 100
    if places is None:
        exact = Decimal(pct.numerator) / Decimal(pct.denominator)
        if Fraction(exact) == pct and -exact.as_tuple().exponent <= 6:
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

    def __post_init__(self) -> None:
        if not isinstance(self.value, Fraction):
            raise TypeError("Rate.value must be a Fraction; use Rate.from_*_percent()")
        if self.value < 0:
            raise RateError(f"a rate cannot be negative, got {self.value}")
        if self.days_per_year <= 0 or self.months_per_year <= 0:
            raise RateError("days_per_year and months_per_year must be positive")
        object.__setattr__(self, "basis", Basis(self.basis))

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
        if self.basis is Basis.ANNUAL:
            return self.value
        if self.basis is Basis.MONTHLY:
            return self.value * self.months_per_year
        return self.value * self.days_per_year

    @property
    def monthly(self) -> Fraction:
        if self.basis is Basis.MONTHLY:
            return self.value
        return self.annual / self.months_per_year

    @property
    def daily(self) -> Fraction:
        if self.basis is Basis.DAILY:
            return self.value
        return self.annual / self.days_per_year

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
