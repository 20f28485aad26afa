"""Pure decision rules: recommendation validation, lending capacity, the single-
borrower limit, and the authority matrix (who may sign off what, when two must).

Validation returns findings (field, message, severity); the caller blocks on
errors and shows warnings. Every figure comes in as data (settings, matrix rows).
"""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Mapping

from workstation.domain.money import money, round_fen
from workstation.domain.problem_texts import PROBLEMS
from workstation.domain.products import Product, validate_terms
from workstation.domain.rates import Rate, RateError
from workstation.domain.refusals import english

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Finding:
    field: str
    message: str
    severity: str = "error"         # 'error' blocks; 'warning' is shown
    message_zh: str = ""            # the Chinese text where the rule has one (policy rules)
    code: str = ""                  # a policy rule's code ('membership', ...), '' for the others
    text_code: str = ""             # the others: the template in ``problem_texts.PROBLEMS``, with params
    params: Mapping[str, object] = dc_field(default_factory=dict, compare=False, hash=False)

    @property
    def blocking(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"

    @classmethod
    def coded(cls, field: str, text_code: str, severity: str = "error", **params: object) -> "Finding":
        """A finding by code: its English message is the catalogue's template filled in."""
        return cls(field, english(text_code, params, PROBLEMS), severity, text_code=text_code, params=params)


@dataclass(frozen=True)
class Terms:
    """What the officer recommends."""
    product_code: str
    amount: Decimal
    method: str
    daily_rate_pct: Decimal
    term_months: int | None = None
    term_days: int | None = None
    conditions: str = ""
    justification: str = ""

    def rate(self) -> Rate:
        return Rate.from_daily_percent(self.daily_rate_pct)


@dataclass(frozen=True)
class Capacity:
    """The company's lending capacity: net capital plus bank borrowing of at most
    ``bank_borrowing_ratio_pct`` of it; one borrower at most ``single_borrower_pct``."""
    net_capital: Decimal
    bank_borrowing_ratio_pct: Decimal
    single_borrower_pct: Decimal
    warn_at_pct: Decimal

    @property
    def total(self) -> Decimal:
        return round_fen(self.net_capital * (HUNDRED + self.bank_borrowing_ratio_pct) / HUNDRED)

    @property
    def single_borrower_limit(self) -> Decimal:
        return round_fen(self.net_capital * self.single_borrower_pct / HUNDRED)


def capacity_from_settings(settings: Mapping[str, object]) -> Capacity:
    return Capacity(net_capital=money(str(settings["capital.net_capital"])),
                    bank_borrowing_ratio_pct=Decimal(str(settings["capital.bank_borrowing_ratio_pct"])),
                    single_borrower_pct=Decimal(str(settings["capital.single_borrower_pct"])),
                    warn_at_pct=Decimal(str(settings["capital.warn_at_pct"])))


def _pct(part: Decimal, whole: Decimal) -> Decimal:
    return (part * HUNDRED / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) if whole else Decimal(0)


def exposure_findings(*, capacity: Capacity, committed_total: Decimal, borrower_committed: Decimal,
                      amount: Decimal) -> list[Finding]:
    """Everything approved and outstanding plus this amount, against the company's
    capacity and the single-borrower limit (with related parties); warn at warn_at_pct."""
    out: list[Finding] = []
    for field, used, limit in (("capacity", committed_total + amount, capacity.total),
                               ("single_borrower", borrower_committed + amount, capacity.single_borrower_limit)):
        share = _pct(used, limit)
        if used > limit:
            out.append(Finding.coded(field, f"{field}_exceeded", used=used, limit=limit, share=share))
        elif share >= capacity.warn_at_pct:
            out.append(Finding.coded(field, f"{field}_high", "warning", used=used, limit=limit, share=share))
    return out


def validate_recommendation(*, terms: Terms, product: Product, suggested_limit: Decimal | None,
                            interview_outcome: str | None, capacity: Capacity, committed_total: Decimal,
                            borrower_committed: Decimal) -> list[Finding]:
    """Every rule a recommendation must meet before it can be submitted for sign-off."""
    out: list[Finding] = []
    if terms.product_code != product.code:
        out.append(Finding.coded("product", "product_mismatch", terms_product=terms.product_code,
                                 product=product.code))
    try:
        rate = terms.rate()
    except (RateError, TypeError) as exc:
        out.append(Finding.coded("rate", "rate_invalid", detail=str(exc), value=terms.daily_rate_pct))
        rate = None
    for p in validate_terms(product, amount=terms.amount, term_months=terms.term_months,
                            days=terms.term_days, method=terms.method, rate=rate):
        out.append(Finding(p.field, p.message, message_zh=p.message_zh, text_code=p.code, params=p.params))
    if product.interview_required and interview_outcome != "verified":
        out.append(Finding.coded("interview", "interview_required", product=product.code,
                                 product_en=product.name_en, outcome=interview_outcome or "",
                                 outcome_en=interview_outcome or "no submitted interview"))
    elif interview_outcome in ("not_verified", "follow_up"):
        out.append(Finding.coded("interview", "interview_outcome", "warning", outcome=interview_outcome))
    if suggested_limit is None:
        out.append(Finding.coded("amount", "no_suggested_limit", "warning"))
    elif terms.amount > suggested_limit and not terms.justification.strip():
        out.append(Finding.coded("justification", "justification_required", amount=terms.amount,
                                 suggested_limit=suggested_limit))
    if product.site_visit_above is not None and terms.amount > product.site_visit_above:
        out.append(Finding.coded("site_visit", "site_visit_required", "warning", threshold=product.site_visit_above))
    if isinstance(terms.amount, Decimal) and terms.amount > 0:
        out.extend(exposure_findings(capacity=capacity, committed_total=committed_total,
                                     borrower_committed=borrower_committed, amount=terms.amount))
    return out


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocking]


# --- hard policy rules in the decision ---------------------------------------------------

# Product definitions (amount range, platforms) are not eligibility: no exception lifts
# them (the recommendation's own product checks refuse such terms); every other hard
# rule of ``domain.policy`` may be lifted by a granted exception.
NOT_EXCEPTABLE = frozenset({"amount", "platform"})
EXCEPTION_OPEN = ("requested",)           # states that ask the sign-off for one more signature


def policy_findings(checks: Iterable, exceptions: Mapping[str, str]) -> list[Finding]:
    """Every failed hard rule as a finding: an error that blocks submitting and signing,
    or, when an exception is requested or granted for it (``exceptions``: rule code ->
    state), a warning that names the exception. Passed rules give nothing."""
    out: list[Finding] = []
    for c in checks:
        if c.passed or (c.code == "amount"):          # the recommended amount: product checks above
            continue
        state = exceptions.get(c.code)
        if state in ("requested", "granted") and c.code not in NOT_EXCEPTABLE:
            en = "exception granted" if state == "granted" else "exception requested: one more sign-off is needed"
            zh = "已批准例外" if state == "granted" else "已申请例外，需多一级审批签署"
            out.append(Finding(f"policy.{c.code}", f"{c.name_en}: {c.reason_en} ({en})", "warning",
                               f"{c.name_zh}：{c.reason_zh}（{zh}）", c.code))
        else:
            hint_en = "" if c.code in NOT_EXCEPTABLE else "; request an exception or decline"
            hint_zh = "" if c.code in NOT_EXCEPTABLE else "；请申请例外或拒绝"
            out.append(Finding(f"policy.{c.code}", f"{c.name_en}: {c.reason_en}{hint_en}", "error",
                               f"{c.name_zh}未通过：{c.reason_zh}{hint_zh}", c.code))
    return out


def exception_signoffs(base: int, open_exceptions: int) -> int:
    """An exception to a hard rule needs one more signature than the amount alone."""
    return base + (1 if open_exceptions else 0)


# --- the authority matrix ----------------------------------------------------------------

@dataclass(frozen=True)
class Authority:
    role: str
    product_code: str | None      # None: any product without its own row
    max_limit: Decimal
    dual_above: Decimal | None = None


DEFAULT_AUTHORITY: tuple[Authority, ...] = (
    Authority("supervisor", "ORDER", money("1000000.00"), money("500000.00")),
    Authority("supervisor", "CREDIT_FIXED", money("1000000.00"), money("500000.00")),
    Authority("supervisor", "CREDIT_REVOLVING", money("1000000.00"), money("500000.00")),
    Authority("supervisor", "B2B_CREDIT", money("3000000.00"), money("1000000.00")),
    Authority("supervisor", "JOINT_GUARANTEE", money("2000000.00"), money("1000000.00")),
)


def rule_for(rules: Iterable[Authority], *, role: str, product_code: str) -> Authority | None:
    """The role's row for the product; a product's own row beats the any-product row."""
    generic = None
    for r in rules:
        if r.role != role:
            continue
        if r.product_code == product_code:
            return r
        if r.product_code is None:
            generic = r
    return generic


def signing_limit(rules: Iterable[Authority], *, roles: Iterable[str], product_code: str) -> Decimal | None:
    """The highest amount any of ``roles`` may sign off for the product (None: not at all)."""
    rules = tuple(rules)
    limits = [r.max_limit for role in roles if (r := rule_for(rules, role=role, product_code=product_code))]
    return max(limits) if limits else None


def required_signoffs(rules: Iterable[Authority], *, product_code: str, amount: Decimal) -> int:
    """Two sign-offs when the amount is above the lowest dual threshold set for the product."""
    rules = tuple(rules)
    roles = {r.role for r in rules}
    thresholds = [r.dual_above for role in roles
                  if (r := rule_for(rules, role=role, product_code=product_code)) and r.dual_above is not None]
    return 2 if thresholds and amount > min(thresholds) else 1


def authority_problem(rules: Iterable[Authority], *, roles: Iterable[str], product_code: str,
                      amount: Decimal) -> str | None:
    """Why these roles may not sign off ``amount`` (None: they may)."""
    limit = signing_limit(rules, roles=roles, product_code=product_code)
    if limit is None:
        return f"no sign-off authority for {product_code}"
    if amount > limit:
        return f"{amount:,.2f} is above your sign-off authority for {product_code} ({limit:,.2f})"
    return None


# --- decline reasons ---------------------------------------------------------------------

DEFAULT_DECLINE_REASONS: tuple[tuple[str, str, str], ...] = (
    ("POLICY_AGE", "年龄不符合要求", "Applicant's age outside policy"),
    ("POLICY_TENURE", "平台会员期限不足", "Platform membership too short"),
    ("POLICY_REGION", "不在开放地区", "Region not open for this product"),
    ("BLACKLIST", "命中黑名单", "On the blacklist"),
    ("OVERDUE", "存在当前逾期", "Current overdue loan"),
    ("LOW_SCORE", "评分等级过低", "Score grade too low"),
    ("INCONSISTENT", "申报数据与平台数据严重不符", "Declared figures inconsistent with platform data"),
    ("INTERVIEW_FAIL", "视频调查未通过", "Video interview not passed"),
    ("IDENTITY", "身份无法核实", "Identity could not be verified"),
    ("CAPACITY", "超出放贷能力或单户限额", "Lending capacity or single-borrower limit"),
    ("NO_RESPONSE", "未按要求补充资料", "Requested information not provided"),
    ("OTHER", "其他（见说明）", "Other (see comment)"),
)
