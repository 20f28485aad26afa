"""The one value that owns a loan's terms (issue 10). Pure Python.

``ApprovedTerms`` is built once, when a decision is approved (``ApprovedTerms.from_product``
with the product's settings), and handed unchanged to contract signing, disbursement,
the schedule (``terms.schedule(...)``), the servicing engine
(``servicing_model.engine_terms(terms, ...)``) and every document. It is stored through
one column type (``store.base.TermsColumn``, a JSON text column with the strict codec
``to_dict`` / ``from_dict`` below) on ``approved_offers.terms`` and ``loans.terms``.

Fields (all immutable):

* ``product_code``  the product whose settings these are;
* ``amount``        the contracted amount, ``Decimal`` with two places;
* ``rate``          one exact ``Rate`` (a ``Fraction`` on its quoted basis) under the
  product's day/month conventions: ``daily_rate``, ``monthly_rate``, ``annual_rate``
  are exact ``Fraction``\\ s of it, never strings;
* ``method``        a ``schedules.Method``; ``term_months`` (monthly methods, revolving
  lines) or ``term_days`` (bullet loans);
* ``conventions``   ``schedules.Conventions``: days and months per year, rounding mode,
  due-date rule; honoured by the schedule, the engine and the documents;
* ``penalty_multiplier`` (``Decimal``, 1.5), ``penalty_base`` (``"principal"`` or
  ``"principal_and_interest"``), ``allocation`` (the repayment order, a tuple of bucket
  names), ``revolving``, ``max_annual_cost_pct`` (the highest total annual cost, percent,
  above which warnings are shown; default 24);
* ``start``         the planned first day (the offer's date); the schedule of a
  disbursement starts on the day the money goes out (contract clause 2.2).

Helpers: ``penalty_rate`` (daily, exact), ``penalty_annual_pct``, ``cost_warnings(apr_pct)``
(which annualised figures exceed the highest annual cost).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction

from workstation.domain.errors import DomainError
from workstation.domain.money import money
from workstation.domain.products import DEFAULT_ALLOCATION, PENALTY_BASES, Product, validate_terms
from workstation.domain.rates import Basis, Rate
from workstation.domain.schedules import DEFAULT_CONVENTIONS, Conventions, Method, Schedule, build_schedule

__all__ = ["ApprovedTerms", "TermsError", "CostWarning", "DEFAULT_MAX_ANNUAL_COST_PCT"]

DEFAULT_MAX_ANNUAL_COST_PCT = Decimal("24")
_VERSION = 1
_KEYS = frozenset({"v", "product_code", "amount", "rate", "method", "term_months", "term_days",
                   "conventions", "penalty_multiplier", "penalty_base", "allocation", "revolving",
                   "max_annual_cost_pct", "start"})


class TermsError(DomainError):
    """Terms that cannot be built or decoded: a code from the catalogue
    (``terms_outside_product`` lists the product's problems; ``terms_record_unreadable``
    carries an English ``detail``, logged by the desk)."""


@dataclass(frozen=True)
class CostWarning:
    """An annualised figure above the product's highest total annual cost."""
    code: str                 # "annual_rate" or "penalty_rate"
    annual_pct: Decimal       # the figure, percent, two places
    limit_pct: Decimal

    def __str__(self) -> str:
        what = "annualised rate" if self.code == "annual_rate" else "penalty interest's annualised rate"
        return f"the {what} {self.annual_pct}% exceeds the highest total annual cost {self.limit_pct}%"

    @property
    def text_zh(self) -> str:
        what = "年化利率" if self.code == "annual_rate" else "逾期罚息年化利率"
        return f"{what}{self.annual_pct}%超过综合年化成本上限{self.limit_pct}%"


@dataclass(frozen=True)
class ApprovedTerms:
    product_code: str
    amount: Decimal
    rate: Rate
    method: Method
    term_months: int | None = None
    term_days: int | None = None
    conventions: Conventions = field(default=DEFAULT_CONVENTIONS)
    penalty_multiplier: Decimal = Decimal("1.5")
    penalty_base: str = "principal"
    allocation: tuple[str, ...] = DEFAULT_ALLOCATION
    revolving: bool = False
    max_annual_cost_pct: Decimal = DEFAULT_MAX_ANNUAL_COST_PCT
    start: date | None = None

    def __post_init__(self) -> None:
        for name in ("amount", "penalty_multiplier", "max_annual_cost_pct"):
            if isinstance(getattr(self, name), float):
                raise TypeError(f"{name} refuses float")
        object.__setattr__(self, "amount", money(self.amount))
        object.__setattr__(self, "method", Method(self.method))
        object.__setattr__(self, "allocation", tuple(self.allocation))
        if not isinstance(self.rate, Rate):
            raise TypeError("rate must be a Rate")
        object.__setattr__(self, "rate", self.rate.under(days_per_year=self.conventions.days_per_year,
                                                         months_per_year=self.conventions.months_per_year))
        if self.amount <= 0:
            raise TermsError("terms_amount_not_positive", field="amount", amount=self.amount)
        if self.penalty_base not in PENALTY_BASES:
            raise TermsError("terms_penalty_base", value=str(self.penalty_base), choices=list(PENALTY_BASES))
        if sorted(self.allocation) != sorted(DEFAULT_ALLOCATION):
            raise TermsError("terms_allocation", value=list(self.allocation), choices=list(DEFAULT_ALLOCATION))
        if self.method is Method.BULLET and not self.revolving and not self.term_days:
            raise TermsError("terms_term_days_missing", field="term_days")
        if self.method.monthly and not self.term_months:
            raise TermsError("terms_term_months_missing", field="term_months")
        if self.penalty_multiplier < 0 or self.max_annual_cost_pct <= 0:
            raise TermsError("terms_penalty_out_of_range", multiplier=self.penalty_multiplier,
                             max_cost=self.max_annual_cost_pct)

    # -- built once, at approval -----------------------------------------------------
    @classmethod
    def from_product(cls, product: Product, *, amount: Decimal, method: Method | str,
                     term_months: int | None = None, term_days: int | None = None,
                     rate: Rate | None = None, start: date | None = None,
                     check: bool = True) -> ApprovedTerms:
        """The terms of a loan of ``product`` with the product's settings. ``check``: the
        product's bands apply (a refusal names the fields)."""
        if check:
            problems = validate_terms(product, amount=money(amount), term_months=term_months,
                                      days=term_days, method=method, rate=rate)
            if product.revolving:      # a line is set in months or days, whichever was approved
                problems = [p for p in problems if p.field not in ("days", "term_months")]
            if problems:
                raise TermsError("terms_outside_product", problems=tuple(problems))
        return cls(product_code=product.code, amount=amount, rate=product.rate_under_conventions(rate),
                   method=Method(method), term_months=term_months, term_days=term_days,
                   conventions=product.conventions, penalty_multiplier=product.penalty_multiplier,
                   penalty_base=product.penalty_base, allocation=product.allocation_order,
                   revolving=product.revolving, max_annual_cost_pct=product.max_annual_cost_pct, start=start)

    # -- exact figures ------------------------------------------------------------------
    @property
    def daily_rate(self) -> Fraction:
        return self.rate.daily

    @property
    def monthly_rate(self) -> Fraction:
        return self.rate.monthly

    @property
    def annual_rate(self) -> Fraction:
        return self.rate.annual

    @property
    def penalty_rate(self) -> Fraction:
        """Penalty interest per day: daily rate x multiplier."""
        return self.rate.daily * Fraction(self.penalty_multiplier)

    @property
    def penalty_annual_pct(self) -> Decimal:
        """Penalty interest annualised the way the rate is (daily x days per year), percent."""
        return _pct(self.penalty_rate * self.conventions.days_per_year)

    @property
    def nominal_annual_pct(self) -> Decimal:
        return _pct(self.rate.annual)

    def schedule(self, *, amount: Decimal | None = None, start: date | None = None) -> Schedule:
        """The repayment schedule of ``amount`` (default: the contracted amount) from ``start``
        (default: the planned start), under these conventions."""
        start = start or self.start
        if start is None:
            raise TermsError("terms_no_start", field="start")
        return build_schedule(amount=self.amount if amount is None else amount, rate=self.rate,
                              method=self.method, start=start, conventions=self.conventions,
                              term_months=self.term_months if self.method.monthly else None,
                              days=self.term_days if not self.method.monthly else None)

    def cost_warnings(self, apr_pct: Decimal | None = None) -> list[CostWarning]:
        """The annualised rate (``apr_pct``, IRR; else the nominal annual rate) and the
        penalty's annualised rate, where they exceed ``max_annual_cost_pct``."""
        out = []
        annual = Decimal(apr_pct) if apr_pct is not None else self.nominal_annual_pct
        if annual > self.max_annual_cost_pct:
            out.append(CostWarning("annual_rate", annual.quantize(Decimal("0.01")), self.max_annual_cost_pct))
        if self.penalty_annual_pct > self.max_annual_cost_pct:
            out.append(CostWarning("penalty_rate", self.penalty_annual_pct, self.max_annual_cost_pct))
        return out

    def with_amount(self, amount: Decimal) -> ApprovedTerms:
        from dataclasses import replace
        return replace(self, amount=amount)

    # -- the strict codec ------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {"v": _VERSION, "product_code": self.product_code, "amount": str(self.amount),
                "rate": {"basis": self.rate.basis.value, "value": str(self.rate.value)},
                "method": self.method.value, "term_months": self.term_months, "term_days": self.term_days,
                "conventions": self.conventions.to_dict(), "penalty_multiplier": str(self.penalty_multiplier),
                "penalty_base": self.penalty_base, "allocation": list(self.allocation),
                "revolving": self.revolving, "max_annual_cost_pct": str(self.max_annual_cost_pct),
                "start": self.start.isoformat() if self.start else None}

    @classmethod
    def from_dict(cls, d: dict) -> ApprovedTerms:
        if not isinstance(d, dict) or set(d) != _KEYS or d["v"] != _VERSION:
            raise TermsError("terms_record_unreadable",
                             detail=f"not a version-{_VERSION} terms record: {sorted(d) if isinstance(d, dict) else d!r}")
        try:
            conv = _conventions(d["conventions"])
            if not isinstance(d["rate"]["value"], str):
                raise TypeError("rate value: a fraction as text")
            rate = _rate(d["rate"]["basis"], d["rate"]["value"], conv)
            return cls(product_code=d["product_code"], amount=_dec(d["amount"]), rate=rate,
                       method=Method(d["method"]), term_months=_int(d["term_months"]),
                       term_days=_int(d["term_days"]), conventions=conv,
                       penalty_multiplier=_dec(d["penalty_multiplier"]), penalty_base=d["penalty_base"],
                       allocation=tuple(d["allocation"]), revolving=bool(d["revolving"]),
                       max_annual_cost_pct=_dec(d["max_annual_cost_pct"]),
                       start=date.fromisoformat(d["start"]) if d["start"] else None)
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise TermsError("terms_record_unreadable", detail=f"cannot decode ({exc})") from None

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ApprovedTerms:
        return cls.from_dict(json.loads(text))


_PARTS: dict = {}        # decoded conventions and rates by what they are decoded from (immutable values)


def _conventions(d) -> Conventions:
    """``Conventions.from_dict``, remembered: a book's loans share a handful."""
    try:
        key = ("c", tuple(sorted((k, type(v), v) for k, v in d.items())))     # 360 and 360.0 apart
        hash(key)
    except (AttributeError, TypeError):
        return Conventions.from_dict(d)
    c = _PARTS.get(key)
    if c is None:
        c = Conventions.from_dict(d)        # raises as before on a bad record (nothing kept)
        _remember(key, c)
    return c


def _rate(basis, value: str, conv: Conventions) -> Rate:
    """The stored rate under ``conv``, remembered by its text (an exact ``Fraction``)."""
    dpy, mpy = conv.days_per_year, conv.months_per_year
    key = ("r", type(basis), basis, value, type(dpy), dpy, type(mpy), mpy)
    try:
        r = _PARTS.get(key)
    except TypeError:           # an unhashable basis: let the constructor refuse it
        r, key = None, None
    if r is None:
        r = Rate(Basis(basis), Fraction(value), dpy, mpy)
        if key is not None:
            _remember(key, r)
    return r


def _remember(key, value) -> None:
    if len(_PARTS) > 4096:
        _PARTS.clear()
    _PARTS[key] = value


def _dec(v) -> Decimal:
    if not isinstance(v, str):
        raise TypeError(f"not a decimal as text: {v!r}")
    d = Decimal(v)
    if not d.is_finite():
        raise ValueError(f"not a finite decimal: {v!r}")
    return d


def _int(v) -> int | None:
    if v is None:
        return None
    if not isinstance(v, int) or isinstance(v, bool):
        raise TypeError(f"not a whole number: {v!r}")
    return v


def _pct(f: Fraction) -> Decimal:
    from decimal import ROUND_HALF_UP
    return (Decimal(f.numerator * 100) / Decimal(f.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)
