"""The after-the-loan warning rules' vocabulary: snapshots, borrowers, rules, rule sets,
findings (money as integer fen, ratios and thresholds Decimal). Pure Python."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Mapping, NamedTuple

SEVERITIES = ("low", "medium", "high")
ACTIONS = ("call", "visit", "ask_info", "freeze", "limit_cut", "recall")
SHOP_STATUSES = ("open", "restricted", "closed")
SHOP_LEVEL = {"open": 0, "restricted": 1, "closed": 2}
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


class Snapshot(NamedTuple):
    """One periodic (weekly) snapshot of a merchant on the platform; money in fen."""
    on: date
    logins: int
    days_since_login: int
    orders: int
    gmv: int                   # sales, fen
    refunds: int
    disputes: int
    ad_spend: int              # fen
    traffic: int               # visitors
    rating_centi: int          # buyer rating x 100 (485 = 4.85)
    shop_status: str           # open | restricted | closed
    inflow: int                # payment account, fen
    outflow: int               # fen
    unrelated_outflow: int     # fen paid to accounts unrelated to the business


@dataclass(frozen=True)
class Borrower:
    """What the rules know about the loan besides the snapshots."""
    disbursed_on: date
    disbursed_fen: int
    for_business: bool = True                 # the loan's stated use is the business itself
    related_overdue: tuple[str, ...] = ()     # contract numbers of overdue related parties / group members


@dataclass(frozen=True)
class Rule:
    code: str                  # which test (one of KINDS)
    severity: str
    action: str                # the suggested action
    enabled: bool
    params: Mapping[str, Decimal]


@dataclass(frozen=True)
class RuleSet:
    version: int
    rules: tuple[Rule, ...]

    def rule(self, code: str) -> Rule | None:
        return next((r for r in self.rules if r.code == code), None)


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    action: str
    on: date                   # the snapshot the finding is about
    metric: str | None         # the charted series (see SERIES), None: not charted
    value: Decimal             # what the rule saw, in the series' units
    threshold: Decimal         # the line it crossed, in the same units
    detail: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    """A rule set that cannot be stored: which rule, which field, why (code + params)."""
    rule: str
    field: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


def _yuan(fen: Decimal | int) -> Decimal:
    return (Decimal(fen) / HUNDRED).quantize(CENT, ROUND_HALF_UP)


def _q(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_UP)
