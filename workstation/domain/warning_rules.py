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
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, NamedTuple, Sequence

from workstation.assets import resource_path

RULES_DIR = resource_path("warning_rules")
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


def _yuan(fen: Decimal | int) -> Decimal:
    return (Decimal(fen) / HUNDRED).quantize(CENT, ROUND_HALF_UP)


def _q(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_UP)


def _split(snaps: Sequence[Snapshot], b: Borrower) -> int:
    """The index of the first snapshot on or after the disbursement (binary search)."""
    lo, hi, day = 0, len(snaps), b.disbursed_on
    while lo < hi:
        mid = (lo + hi) // 2
        if snaps[mid].on < day:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _windows(snaps: Sequence[Snapshot], b: Borrower, weeks: int) -> tuple[Sequence[Snapshot], Sequence[Snapshot]]:
    """(the ``weeks`` snapshots before the loan, the last ``weeks`` since it); the
    second is empty until that many snapshots exist after disbursement."""
    k = _split(snaps, b)
    before, after = snaps[max(0, k - weeks):k], snaps[k:]
    return before, (after[-weeks:] if len(after) >= weeks else ())


def _login_gap(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> Finding | None:
    weeks = int(r.params["baseline_weeks"])
    before, _ = _windows(snaps, b, weeks)
    if not before:
        before = snaps[-weeks - 1:-1]
    logins = sum(s.logins for s in before)
    if not before or logins <= 0:
        return None
    usual = Decimal(7 * len(before)) / Decimal(logins)      # days between logins, as the merchant usually does
    limit = max(_q(usual * r.params["factor"]), r.params["min_days"])
    last = snaps[-1]
    if last.days_since_login <= limit:
        return None
    return Finding(r.code, r.severity, r.action, last.on, "days_since_login", Decimal(last.days_since_login), limit,
                   {"usual_gap_days": str(_q(usual))})


def _fall(r: Rule, snaps: Sequence[Snapshot], b: Borrower, attr: str, pct_key: str) -> tuple | None:
    """(fell beyond the limit, recent weekly mean, the limit as a weekly mean, % fallen, date)."""
    weeks = int(r.params["weeks"])
    before, after = _windows(snaps, b, weeks)
    if len(before) < weeks or not after:
        return None
    i = Snapshot._fields.index(attr)
    base = sum(s[i] for s in before)
    now = sum(s[i] for s in after)
    if base <= 0:
        return None
    pct = r.params[pct_key]
    if now * HUNDRED >= base * (HUNDRED - pct):          # exact: Decimal x int
        return False, None, None, None, None
    limit = Decimal(base) * (HUNDRED - pct) / HUNDRED
    fell = (Decimal(base) - Decimal(now)) * HUNDRED / Decimal(base)
    scale = _yuan if attr != "traffic" else _q
    return True, scale(Decimal(now) / weeks), scale(limit / weeks), _q(fell), after[-1].on


def _sales_drop(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> Finding | None:
    got = _fall(r, snaps, b, "gmv", "drop_pct")
    if not got or not got[0]:
        return None
    _, value, limit, fell, on = got
    return Finding(r.code, r.severity, r.action, on, "gmv", value, limit, {"fall_pct": str(fell)})


def _ad_traffic_fall(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> Finding | None:
    if not b.for_business:
        return None
    ad = _fall(r, snaps, b, "ad_spend", "fall_pct")
    if not ad or not ad[0]:
        return None
    traffic = _fall(r, snaps, b, "traffic", "fall_pct")
    if not traffic or not traffic[0]:
        return None
    return Finding(r.code, r.severity, r.action, ad[4], "ad_spend", ad[1], ad[2],
                   {"ad_fall_pct": str(ad[3]), "traffic_fall_pct": str(traffic[3])})


def _shop_status(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> Finding | None:
    last = snaps[-1]
    level = SHOP_LEVEL.get(last.shop_status, 0)
    if level < int(r.params["level"]):
        return None
    return Finding(r.code, r.severity, r.action, last.on, "shop_status", Decimal(level), r.params["level"],
                   {"status": last.shop_status})


def _refund_share(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> Finding | None:
    weeks = int(r.params["weeks"])
    recent = snaps[-weeks:]
    orders = sum(s.orders for s in recent)
    bad = sum(s.refunds + s.disputes for s in recent)
    if orders <= 0 or orders < r.params["min_orders"] or len(recent) < weeks:
        return None
    share = Decimal(bad) * HUNDRED / Decimal(orders)
    if share <= r.params["share_pct"]:
        return None
    return Finding(r.code, r.severity, r.action, recent[-1].on, "refund_share", _q(share), r.params["share_pct"],
                   {"orders": str(orders), "refunds_disputes": str(bad)})


def _unrelated_outflow(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> Finding | None:
    if b.disbursed_fen <= 0:
        return None
    end = b.disbursed_on + timedelta(days=int(r.params["days"]))
    window = [s for s in snaps if b.disbursed_on <= s.on < end]
    total = sum(s.unrelated_outflow for s in window)
    limit = Decimal(b.disbursed_fen) * r.params["share_pct"] / HUNDRED
    if not window or total <= limit:
        return None
    return Finding(r.code, r.severity, r.action, window[-1].on, "unrelated_outflow_cum", _yuan(total), _yuan(limit),
                   {"days": str(int(r.params["days"])), "disbursed": str(_yuan(b.disbursed_fen))})


def _related_overdue(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> Finding | None:
    if len(b.related_overdue) < r.params["min_count"]:
        return None
    return Finding(r.code, r.severity, r.action, snaps[-1].on, None, Decimal(len(b.related_overdue)),
                   r.params["min_count"], {"contracts": ", ".join(b.related_overdue[:10])})


def _rating_fall(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> Finding | None:
    weeks = int(r.params["baseline_weeks"])
    before, _ = _windows(snaps, b, weeks)
    rated = [s.rating_centi for s in before if s.rating_centi > 0]
    last = snaps[-1]
    if not rated or last.on < b.disbursed_on or last.rating_centi <= 0:
        return None
    base = Decimal(sum(rated)) / Decimal(len(rated)) / HUNDRED
    limit = _q(base - r.params["points"])
    now = Decimal(last.rating_centi) / HUNDRED
    if now >= limit:
        return None
    return Finding(r.code, r.severity, r.action, last.on, "rating", now, limit, {"baseline": str(_q(base))})


TESTS: dict[str, Callable[[Rule, Sequence[Snapshot], Borrower], Finding | None]] = {
    "login_gap": _login_gap, "sales_drop": _sales_drop, "ad_traffic_fall": _ad_traffic_fall,
    "shop_status": _shop_status, "refund_share": _refund_share, "unrelated_outflow": _unrelated_outflow,
    "related_overdue": _related_overdue, "rating_fall": _rating_fall,
}


def evaluate(rules: RuleSet, snapshots: Sequence[Snapshot], borrower: Borrower) -> list[Finding]:
    """Every enabled rule that fires on ``snapshots`` (oldest first) for this borrower."""
    if not snapshots:
        return []
    out = []
    for r in rules.rules:
        if r.enabled and (f := TESTS[r.code](r, snapshots, borrower)) is not None:
            out.append(f)
    return out


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
