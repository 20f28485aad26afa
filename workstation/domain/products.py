"""Loan products as data, seeded from DOMAIN.md's product table.

Every figure here is seed data meant to live in the ``products`` table
(``Product.to_dict()`` is stored as JSON; Decimals as strings, rates as '0.05%/day').
Choices that the source documents leave open are marked "chosen" below.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from dataclasses import field as dc_field
from decimal import Decimal
from typing import Mapping
from types import MappingProxyType

from workstation.domain.money import money
from workstation.domain.rates import Rate
from workstation.domain.schedules import DEFAULT_CONVENTIONS, Conventions, Method

__all__ = ["Product", "Problem", "SEED_PRODUCTS", "PRODUCTS", "product_by_code",
           "validate_terms", "PLATFORMS", "DEFAULT_ALLOCATION", "PENALTY_BASES"]

PLATFORMS = ("taobao", "tmall", "1688")

# What penalty interest 罚息 is charged on: overdue principal (the seeded default), or
# overdue principal and overdue interest (复利 on unpaid interest).
PENALTY_BASES = ("principal", "principal_and_interest")

# Order in which a repayment is applied (penalty first, current principal last).
DEFAULT_ALLOCATION = ("penalty_interest", "overdue_interest", "overdue_principal",
                      "current_interest", "current_principal")


@dataclass(frozen=True)
class Problem:
    """One reason terms are not acceptable; ``field`` names the input."""

    field: str
    message: str
    message_zh: str = ""        # unused by the rules here (the desk translates by ``code``)
    code: str = ""              # its template in ``problem_texts.PROBLEMS``, filled with ``params``
    params: Mapping[str, object] = dc_field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"

    @classmethod
    def coded(cls, field: str, code: str, **params: object) -> "Problem":
        """A problem by code: its English message is the catalogue's template filled in."""
        from workstation.domain.problem_texts import PROBLEMS
        from workstation.domain.refusals import english
        return cls(field, english(code, params, PROBLEMS), code=code, params=params)


@dataclass(frozen=True)
class Product:
    code: str
    name_zh: str
    name_en: str
    platforms: tuple[str, ...]
    rate: Rate                          # the seeded (default) rate
    rate_min: Rate                      # band the officer may choose within
    rate_max: Rate
    amount_min: Decimal
    amount_max: Decimal
    methods: tuple[Method, ...]
    term_months: tuple[int, ...] = ()   # allowed terms for monthly methods
    days_min: int | None = None         # allowed days for bullet draws
    days_max: int | None = None
    default_days: int | None = None
    revolving: bool = False
    early_repayment: bool = True        # repay any day, interest to that day only
    amount_cap: str | None = None       # what else caps the amount: 'open_order_value',
                                        # 'credit_line', 'member_limit'
    interview_required: bool = False
    site_visit_above: Decimal | None = None
    group_min_size: int | None = None
    penalty_multiplier: Decimal = Decimal("1.5")
    penalty_base: str = "principal"     # or "principal_and_interest" (PENALTY_BASES)
    max_annual_cost_pct: Decimal = Decimal("24")   # highest total annual cost: above it, warn
    offer_validity_days: int = 30
    allocation_order: tuple[str, ...] = DEFAULT_ALLOCATION
    conventions: Conventions = field(default=DEFAULT_CONVENTIONS)

    def __post_init__(self) -> None:
        object.__setattr__(self, "methods", tuple(Method(m) for m in self.methods))
        for name in ("rate", "rate_min", "rate_max"):   # rates follow the product's conventions
            object.__setattr__(self, name, self.rate_under_conventions(getattr(self, name)))
        for p in self.platforms:
            if p not in PLATFORMS:
                raise ValueError(f"{self.code}: unknown platform {p!r}")
        if not (self.rate_min <= self.rate <= self.rate_max):
            raise ValueError(f"{self.code}: rate {self.rate} outside its band")
        if self.penalty_base not in PENALTY_BASES:
            raise ValueError(f"{self.code}: penalty_base must be one of {', '.join(PENALTY_BASES)}")
        if not (Decimal(0) < self.max_annual_cost_pct):
            raise ValueError(f"{self.code}: max_annual_cost_pct must be positive")
        if self.amount_min > self.amount_max:
            raise ValueError(f"{self.code}: amount_min above amount_max")
        if any(m.monthly for m in self.methods) and not self.term_months:
            raise ValueError(f"{self.code}: monthly methods need term_months")
        if Method.BULLET in self.methods and (self.days_min is None or self.days_max is None):
            raise ValueError(f"{self.code}: bullet needs days_min/days_max")

    @property
    def default_method(self) -> Method:
        return self.methods[0]

    @property
    def default_term_months(self) -> int | None:
        return max(self.term_months) if self.term_months else None

    def rate_under_conventions(self, rate: Rate | None = None) -> Rate:
        rate = rate or self.rate
        return rate.under(days_per_year=self.conventions.days_per_year,
                          months_per_year=self.conventions.months_per_year)

    # -- serialisation ---------------------------------------------------------------
    def to_dict(self) -> dict:
        def dec(v: Decimal | None) -> str | None:
            return None if v is None else str(v)
        return {
            "code": self.code, "name_zh": self.name_zh, "name_en": self.name_en,
            "platforms": list(self.platforms),
            "rate": self.rate.text(), "rate_min": self.rate_min.text(),
            "rate_max": self.rate_max.text(),
            "amount_min": dec(self.amount_min), "amount_max": dec(self.amount_max),
            "methods": [m.value for m in self.methods],
            "term_months": list(self.term_months),
            "days_min": self.days_min, "days_max": self.days_max,
            "default_days": self.default_days,
            "revolving": self.revolving, "early_repayment": self.early_repayment,
            "amount_cap": self.amount_cap,
            "interview_required": self.interview_required,
            "site_visit_above": dec(self.site_visit_above),
            "group_min_size": self.group_min_size,
            "penalty_multiplier": dec(self.penalty_multiplier),
            "penalty_base": self.penalty_base, "max_annual_cost_pct": dec(self.max_annual_cost_pct),
            "offer_validity_days": self.offer_validity_days,
            "allocation_order": list(self.allocation_order),
            "conventions": self.conventions.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Product:
        conv = Conventions.from_dict(data.get("conventions") or {})
        kw = {"days_per_year": conv.days_per_year, "months_per_year": conv.months_per_year}

        def dec(v: str | None) -> Decimal | None:
            return None if v is None else Decimal(v)
        return cls(
            code=data["code"], name_zh=data["name_zh"], name_en=data["name_en"],
            platforms=tuple(data["platforms"]),
            rate=Rate.parse(data["rate"], **kw), rate_min=Rate.parse(data["rate_min"], **kw),
            rate_max=Rate.parse(data["rate_max"], **kw),
            amount_min=money(data["amount_min"]), amount_max=money(data["amount_max"]),
            methods=tuple(Method(m) for m in data["methods"]),
            term_months=tuple(data.get("term_months") or ()),
            days_min=data.get("days_min"), days_max=data.get("days_max"),
            default_days=data.get("default_days"),
            revolving=data.get("revolving", False),
            early_repayment=data.get("early_repayment", True),
            amount_cap=data.get("amount_cap"),
            interview_required=data.get("interview_required", False),
            site_visit_above=dec(data.get("site_visit_above")),
            group_min_size=data.get("group_min_size"),
            penalty_multiplier=Decimal(data.get("penalty_multiplier", "1.5")),
            penalty_base=data.get("penalty_base", "principal"),
            max_annual_cost_pct=Decimal(data.get("max_annual_cost_pct") or "24"),
            offer_validity_days=data.get("offer_validity_days", 30),
            allocation_order=tuple(data.get("allocation_order") or DEFAULT_ALLOCATION),
            conventions=conv,
        )


def _d(text: str) -> Rate:
    return Rate.from_daily_percent(Decimal(text))


_MONTHLY = (Method.EQUAL_INSTALLMENT, Method.EQUAL_PRINCIPAL, Method.INTEREST_ONLY)

SEED_PRODUCTS: tuple[Product, ...] = (
    Product(
        code="ORDER", name_zh="订单贷款", name_en="Order loan",
        platforms=("taobao", "tmall"),
        rate=_d("0.05"), rate_min=_d("0.03"), rate_max=_d("0.05"),     # band min: chosen
        amount_min=money("100.00"), amount_max=money("1000000.00"),   # min: chosen
        methods=(Method.BULLET,), days_min=1, days_max=30, default_days=30,
        amount_cap="open_order_value",
    ),
    Product(
        code="CREDIT_FIXED", name_zh="信用贷款（固定贷）", name_en="Credit loan, fixed",
        platforms=("taobao", "tmall"),
        rate=_d("0.06"), rate_min=_d("0.04"), rate_max=_d("0.06"),
        amount_min=money("50000.00"), amount_max=money("1000000.00"),
        methods=_MONTHLY, term_months=(6, 12),
        amount_cap="credit_line",
    ),
    Product(
        code="CREDIT_REVOLVING", name_zh="信用贷款（循环贷）", name_en="Credit loan, revolving",
        platforms=("taobao", "tmall"),
        rate=_d("0.06"), rate_min=_d("0.04"), rate_max=_d("0.06"),
        amount_min=money("50000.00"), amount_max=money("1000000.00"),
        methods=(Method.BULLET,), days_min=1, days_max=365, default_days=30,   # line: 12 months
        revolving=True, amount_cap="credit_line",
    ),
    Product(
        code="B2B_CREDIT", name_zh="阿里信用贷款", name_en="B2B credit loan",
        platforms=("1688",),
        rate=_d("0.06"), rate_min=_d("0.04"), rate_max=_d("0.06"),
        amount_min=money("50000.00"), amount_max=money("3000000.00"),   # min: chosen
        methods=(Method.EQUAL_INSTALLMENT, Method.INTEREST_ONLY), term_months=(3, 6, 9, 12),
        amount_cap="credit_line", interview_required=True,
        site_visit_above=money("1000000.00"),                           # chosen
    ),
    Product(
        code="JOINT_GUARANTEE", name_zh="网络联保贷款", name_en="Joint-guarantee loan",
        platforms=("1688",),
        # "bank rate": seeded 7.2%/year (= 0.02%/day), band 5.4-9%/year: chosen
        rate=Rate.from_annual_percent(Decimal("7.2")),
        rate_min=Rate.from_annual_percent(Decimal("5.4")),
        rate_max=Rate.from_annual_percent(Decimal("9")),
        amount_min=money("50000.00"), amount_max=money("2000000.00"),   # per member: chosen
        methods=_MONTHLY, term_months=tuple(range(1, 13)),
        amount_cap="member_limit", interview_required=True, group_min_size=3,
    ),
)

PRODUCTS = MappingProxyType({p.code: p for p in SEED_PRODUCTS})


def product_by_code(code: str) -> Product:
    try:
        return PRODUCTS[code.strip().upper()]
    except KeyError:
        raise KeyError(f"unknown product {code!r} (known: {', '.join(PRODUCTS)})") from None


def validate_terms(product: Product, *, amount: Decimal, term_months: int | None = None,
                   days: int | None = None, method: Method | str, rate: Rate | None = None,
                   cap: Decimal | None = None) -> list[Problem]:
    """Problems with the terms for ``product`` (empty list: acceptable).

    ``cap`` is the case-specific ceiling named by ``product.amount_cap`` (the open
    order value, the pre-computed credit line, the member's limit), when known.
    """
    problems: list[Problem] = []
    P = Problem.coded
    try:
        method = Method(method)
    except ValueError:
        problems.append(P("method", "method_unknown", method=method, product=product.code,
                          methods=[m.value for m in product.methods]))
        method = None
    if method is not None and method not in product.methods:
        problems.append(P("method", "method_not_allowed", product=product.code, method=method.value,
                          methods=[m.value for m in product.methods]))
        method = None   # term checks below would only repeat the method problem
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount <= 0:
        problems.append(P("amount", "amount_not_positive", amount=amount))
    else:
        if amount < product.amount_min or amount > product.amount_max:
            problems.append(P("amount", "amount_outside_range", amount=amount, product=product.code,
                              amount_min=product.amount_min, amount_max=product.amount_max))
        if cap is not None and amount > cap:
            problems.append(P("amount", "amount_above_cap", amount=amount, cap=cap,
                              cap_name=(product.amount_cap or "limit").replace("_", " ")))
    if method is Method.BULLET:
        if term_months is not None:
            problems.append(P("term_months", "bullet_in_days"))
        if days is None:
            problems.append(P("days", "bullet_days_required", days_min=product.days_min, days_max=product.days_max))
        elif not (product.days_min <= days <= product.days_max):
            problems.append(P("days", "days_outside_range", days=days, product=product.code,
                              days_min=product.days_min, days_max=product.days_max))
    elif method is not None:
        if days is not None:
            problems.append(P("days", "months_not_days", method=method.value))
        if term_months is None:
            problems.append(P("term_months", "term_required", product=product.code, months=list(product.term_months)))
        elif term_months not in product.term_months:
            problems.append(P("term_months", "term_not_allowed", product=product.code, term_months=term_months,
                              months=list(product.term_months)))
    if rate is not None:
        rate = product.rate_under_conventions(rate)
        if not (product.rate_min <= rate <= product.rate_max):
            problems.append(P("rate", "rate_outside_band", rate=rate, product=product.code,
                              rate_min=product.rate_min, rate_max=product.rate_max))
    return problems


def with_rate(product: Product, rate: Rate) -> Product:
    """A copy of ``product`` with another default rate (e.g. from the settings screen)."""
    return replace(product, rate=rate)
