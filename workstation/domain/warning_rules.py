"""After-the-loan warning rules (贷后预警) over the platform's periodic snapshots: pure
Python, no database, no Qt.

A rule set is versioned data (``resources/warning_rules/warning_rules_v1.json`` seeds
version 1; an administrator stores later versions): each rule has a code naming its
test, a severity, a suggested action, whether it is on, and its parameters. Each warning
raised records the rule set version it came from and the figures it saw.

Snapshots carry money as integer fen (never float); ratios and thresholds are Decimal.
:func:`evaluate` returns one :class:`Finding` per rule that fires for one borrower; the
caller (``aftercare.evaluation``) keeps a warning from being raised twice while an open
one for the same rule and borrower exists.

Each finding names the series it is about (``metric``) and the threshold in that
series' own units, so the warnings desk draws the threshold on the borrower's chart.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping, Sequence

from workstation.assets import resource_path
from workstation.domain.warning_checks import TESTS, evaluate, evaluate_figures
from workstation.domain.warning_types import (ACTIONS, CENT, HUNDRED, SEVERITIES, SHOP_LEVEL, SHOP_STATUSES, Borrower,
                                              Finding, Problem, Rule, RuleSet, Snapshot, _q, _yuan)

RULES_DIR = resource_path("warning_rules")
# the rules' vocabulary and tests are re-exported: callers read them all from this module
__all__ = ["ACTIONS", "CENT", "SEVERITIES", "SHOP_LEVEL", "SHOP_STATUSES", "TESTS", "Borrower", "Finding", "Problem",
           "Rule", "RuleSet", "Snapshot", "PARAMS", "KINDS", "evaluate", "evaluate_figures", "series", "validate",
           "from_data", "to_data", "default_data", "default_rules", "snapshots_from_rows", "is_business_purpose"]


# --- parameters each test takes: name -> (lowest, highest, whole number) ------------------
PARAMS: dict[str, dict[str, tuple[Decimal, Decimal, bool]]] = {
    "login_gap": {"factor": (Decimal(1), Decimal(10), False), "min_days": (Decimal(1), Decimal(60), True),
                  "baseline_weeks": (Decimal(2), Decimal(26), True)},
    "sales_drop": {"drop_pct": (Decimal(1), Decimal(100), False), "weeks": (Decimal(1), Decimal(12), True)},
    "ad_traffic_fall": {"fall_pct": (Decimal(1), Decimal(100), False), "weeks": (Decimal(1), Decimal(12), True)},
    "shop_status": {"level": (Decimal(1), Decimal(2), True)},
    "refund_share": {"share_pct": (Decimal(1), Decimal(100), False), "weeks": (Decimal(1), Decimal(12), True),
                     "min_orders": (Decimal(0), Decimal(100000), True)},
    "unrelated_outflow": {"share_pct": (Decimal(1), Decimal(100), False), "days": (Decimal(1), Decimal(180), True)},
    "related_overdue": {"min_count": (Decimal(1), Decimal(10), True)},
    "rating_fall": {"points": (Decimal("0.01"), Decimal(5), False), "baseline_weeks": (Decimal(1), Decimal(26), True)},
}
KINDS = tuple(PARAMS)


# --- charted series -----------------------------------------------------------------------
def series(metric: str, snaps: Sequence[Snapshot], borrower: Borrower | None = None) -> list[Decimal]:
    """The values of ``metric`` per snapshot, in the units findings use."""
    if metric == "days_since_login":
        return [Decimal(s.days_since_login) for s in snaps]
    if metric in ("gmv", "ad_spend", "inflow", "outflow"):
        return [_yuan(getattr(s, metric)) for s in snaps]
    if metric == "traffic":
        return [Decimal(s.traffic) for s in snaps]
    if metric == "shop_status":
        return [Decimal(SHOP_LEVEL.get(s.shop_status, 0)) for s in snaps]
    if metric == "refund_share":
        return [_q(Decimal(s.refunds + s.disputes) * HUNDRED / s.orders) if s.orders else Decimal(0) for s in snaps]
    if metric == "rating":
        return [Decimal(s.rating_centi) / HUNDRED for s in snaps]
    if metric == "unrelated_outflow_cum":
        start = borrower.disbursed_on if borrower else date.min
        total, out = 0, []
        for s in snaps:
            if s.on >= start:
                total += s.unrelated_outflow
            out.append(_yuan(total))
        return out
    raise ValueError(f"unknown metric {metric!r}")


# --- rule sets as data ----------------------------------------------------------------------
def validate(raw: Mapping[str, Any]) -> list[Problem]:
    """Problems of a rule set given as data (``{"rules": [...]}``); empty: it may be stored."""
    problems: list[Problem] = []
    rules = raw.get("rules") if isinstance(raw, Mapping) else None
    if not isinstance(rules, list) or not rules:
        return [Problem("(set)", "rules", "rules_missing")]
    seen: set[str] = set()
    for i, r in enumerate(rules, start=1):
        if not isinstance(r, Mapping):
            problems.append(Problem(f"#{i}", "(rule)", "not_an_object"))
            continue
        code = r.get("code")
        name = str(code) if code else f"#{i}"
        if code not in PARAMS:
            problems.append(Problem(name, "code", "unknown_rule", {"known": ", ".join(KINDS)}))
            continue
        if code in seen:
            problems.append(Problem(name, "code", "duplicate_rule"))
        seen.add(code)
        if r.get("severity") not in SEVERITIES:
            problems.append(Problem(name, "severity", "unknown_severity", {"known": ", ".join(SEVERITIES)}))
        if r.get("action") not in ACTIONS:
            problems.append(Problem(name, "action", "unknown_action", {"known": ", ".join(ACTIONS)}))
        if not isinstance(r.get("enabled", True), bool):
            problems.append(Problem(name, "enabled", "not_a_bool"))
        params = r.get("params") or {}
        if not isinstance(params, Mapping):
            problems.append(Problem(name, "params", "not_an_object"))
            continue
        for key in params:
            if key not in PARAMS[code]:
                problems.append(Problem(name, f"params.{key}", "unknown_param",
                                        {"known": ", ".join(PARAMS[code])}))
        for key, (lo, hi, whole) in PARAMS[code].items():
            value = params.get(key)
            if value is None:
                problems.append(Problem(name, f"params.{key}", "param_missing"))
                continue
            if isinstance(value, (float, bool)):
                problems.append(Problem(name, f"params.{key}", "not_exact", {"value": str(value)}))
                continue
            try:
                d = Decimal(str(value))
            except InvalidOperation:
                problems.append(Problem(name, f"params.{key}", "not_a_number", {"value": str(value)[:40]}))
                continue
            if not d.is_finite() or not lo <= d <= hi or (whole and d != d.to_integral_value()):
                problems.append(Problem(name, f"params.{key}", "out_of_range",
                                        {"value": str(value)[:40], "lo": str(lo), "hi": str(hi)}))
    return problems


def from_data(raw: Mapping[str, Any], *, version: int) -> RuleSet:
    """The rule set ``raw`` (validated first: ValueError naming the first problem)."""
    problems = validate(raw)
    if problems:
        p = problems[0]
        raise ValueError(f"warning rules: rule {p.rule}, field {p.field}: {p.code} {dict(p.params)}")
    return RuleSet(version, tuple(
        Rule(r["code"], r["severity"], r["action"], bool(r.get("enabled", True)),
             {k: Decimal(str(v)) for k, v in r["params"].items()}) for r in raw["rules"]))


def to_data(rules: RuleSet) -> dict:
    """The rule set as JSON-ready data (Decimals as strings)."""
    return {"rules": [{"code": r.code, "severity": r.severity, "action": r.action, "enabled": r.enabled,
                       "params": {k: str(v) for k, v in r.params.items()}} for r in rules.rules]}


def default_data() -> dict:
    """Version 1 as shipped (``resources/warning_rules/warning_rules_v1.json``)."""
    with open(RULES_DIR / "warning_rules_v1.json", encoding="utf-8") as fh:
        return json.load(fh, parse_float=Decimal)


def default_rules() -> RuleSet:
    return from_data(default_data(), version=1)


def snapshots_from_rows(rows: Iterable[Sequence[Any]]) -> list[Snapshot]:
    """Snapshots from rows in field order (a database row, a test's tuple)."""
    return [Snapshot(*row) for row in rows]


BUSINESS_WORDS = ("备货", "采购", "货款", "推广", "投放", "仓储", "流动资金", "新品", "周转", "经营",
                  "stock", "inventory", "marketing", "advertis", "supplier", "working capital", "business")


def is_business_purpose(purpose: str | None) -> bool:
    """Whether the stated use of the loan is the shop's business (stock, suppliers,
    promotion, working capital): then ad spend and traffic are expected to rise."""
    text = (purpose or "").lower()
    return any(w in text for w in BUSINESS_WORDS)
