"""The tests behind the warning rules, in two steps: the *figures* a rule reads from a
borrower's snapshots (window sums and counts, the last snapshot's values), then the
*decision* on those figures against the rule's parameters. Pure Python.

The figures of one rule are a plain tuple (below). :func:`evaluate` computes them from a
list of snapshots; end of day computes the same tuples for thousands of borrowers at once
with SQL aggregates (``aftercare.rule_figures``) and hands them to :func:`evaluate_figures`,
so both ways share one decision and the same exact arithmetic.

Figures by rule (W: the rule's ``weeks`` / ``baseline_weeks``; "before": the last W
snapshots before the disbursement; "after": the snapshots from the disbursement on):

- login_gap: (n, logins, last days_since_login, last date) over "before", or over the W
  snapshots before the last one when there are none before the loan;
- sales_drop: (n before, gmv before, n after, gmv of the last W after, last date);
- ad_traffic_fall: (n before, ad before, traffic before, n after, ad of the last W after,
  traffic of the last W after, last date);
- shop_status: (last status, last date);
- refund_share: (n of the last W, orders, refunds + disputes, last date);
- unrelated_outflow: (n, unrelated outflow, last date) of the snapshots in the ``days``
  after the disbursement;
- related_overdue: (last date,);
- rating_fall: (n rated, sum of ratings > 0 in "before", last date, last rating).
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Callable, Mapping, Sequence

from workstation.domain.warning_types import HUNDRED, SHOP_LEVEL, Borrower, Finding, Rule, RuleSet, Snapshot, _q, _yuan


def _split(snaps: Sequence[Snapshot], day: date) -> int:
    """The index of the first snapshot on or after ``day`` (binary search)."""
    lo, hi = 0, len(snaps)
    while lo < hi:
        mid = (lo + hi) // 2
        if snaps[mid].on < day:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _weeks(r: Rule, key: str = "weeks") -> int:
    return int(r.params[key])


# --- figures from a list of snapshots (oldest first) -----------------------------------------
def _before_after(snaps: Sequence[Snapshot], b: Borrower, weeks: int) -> tuple[Sequence[Snapshot], Sequence[Snapshot]]:
    k = _split(snaps, b.disbursed_on)
    return snaps[max(0, k - weeks):k], snaps[k:]


def _fig_login_gap(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> tuple:
    weeks = _weeks(r, "baseline_weeks")
    before, _ = _before_after(snaps, b, weeks)
    if not before:
        before = snaps[-weeks - 1:-1]
    return len(before), sum(s.logins for s in before), snaps[-1].days_since_login, snaps[-1].on


def _fig_sales_drop(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> tuple:
    weeks = _weeks(r)
    before, after = _before_after(snaps, b, weeks)
    return len(before), sum(s.gmv for s in before), len(after), sum(s.gmv for s in after[-weeks:]), snaps[-1].on


def _fig_ad_traffic_fall(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> tuple:
    weeks = _weeks(r)
    before, after = _before_after(snaps, b, weeks)
    last = after[-weeks:]
    return (len(before), sum(s.ad_spend for s in before), sum(s.traffic for s in before), len(after),
            sum(s.ad_spend for s in last), sum(s.traffic for s in last), snaps[-1].on)


def _fig_refund_share(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> tuple:
    recent = snaps[-_weeks(r):]
    return len(recent), sum(s.orders for s in recent), sum(s.refunds + s.disputes for s in recent), snaps[-1].on


def _fig_unrelated_outflow(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> tuple:
    end = b.disbursed_on + timedelta(days=int(r.params["days"]))
    window = [s for s in snaps if b.disbursed_on <= s.on < end]
    return len(window), sum(s.unrelated_outflow for s in window), (window[-1].on if window else None)


def _fig_rating_fall(r: Rule, snaps: Sequence[Snapshot], b: Borrower) -> tuple:
    before, _ = _before_after(snaps, b, _weeks(r, "baseline_weeks"))
    rated = [s.rating_centi for s in before if s.rating_centi > 0]
    return len(rated), sum(rated), snaps[-1].on, snaps[-1].rating_centi


FIGURES: dict[str, Callable[[Rule, Sequence[Snapshot], Borrower], tuple]] = {
    "login_gap": _fig_login_gap, "sales_drop": _fig_sales_drop, "ad_traffic_fall": _fig_ad_traffic_fall,
    "shop_status": lambda r, snaps, b: (snaps[-1].shop_status, snaps[-1].on),
    "refund_share": _fig_refund_share, "unrelated_outflow": _fig_unrelated_outflow,
    "related_overdue": lambda r, snaps, b: (snaps[-1].on,), "rating_fall": _fig_rating_fall,
}


# --- decisions on the figures -----------------------------------------------------------------
def _login_gap(r: Rule, fig: tuple, b: Borrower) -> Finding | None:
    n, logins, last_days, on = fig
    if not n or logins <= 0:
        return None
    usual = Decimal(7 * n) / Decimal(logins)      # days between logins, as the merchant usually does
    limit = max(_q(usual * r.params["factor"]), r.params["min_days"])
    if last_days <= limit:
        return None
    return Finding(r.code, r.severity, r.action, on, "days_since_login", Decimal(last_days), limit,
                   {"usual_gap_days": str(_q(usual))})


def _fall(r: Rule, weeks: int, n_before: int, base: int, n_after: int, now: int, pct_key: str,
          scale: Callable[[Decimal], Decimal]) -> tuple | None:
    """(recent weekly mean, the limit as a weekly mean, % fallen) when it fell beyond the limit."""
    if n_before < weeks or n_after < weeks or base <= 0:
        return None
    pct = r.params[pct_key]
    if now * HUNDRED >= base * (HUNDRED - pct):          # exact: Decimal x int
        return None
    limit = Decimal(base) * (HUNDRED - pct) / HUNDRED
    fell = (Decimal(base) - Decimal(now)) * HUNDRED / Decimal(base)
    return scale(Decimal(now) / weeks), scale(limit / weeks), _q(fell)


def _sales_drop(r: Rule, fig: tuple, b: Borrower) -> Finding | None:
    n_before, base, n_after, now, on = fig
    got = _fall(r, _weeks(r), n_before, base, n_after, now, "drop_pct", _yuan)
    if got is None:
        return None
    return Finding(r.code, r.severity, r.action, on, "gmv", got[0], got[1], {"fall_pct": str(got[2])})


def _ad_traffic_fall(r: Rule, fig: tuple, b: Borrower) -> Finding | None:
    if not b.for_business:
        return None
    n_before, ad_base, traffic_base, n_after, ad_now, traffic_now, on = fig
    weeks = _weeks(r)
    ad = _fall(r, weeks, n_before, ad_base, n_after, ad_now, "fall_pct", _yuan)
    traffic = ad and _fall(r, weeks, n_before, traffic_base, n_after, traffic_now, "fall_pct", _q)
    if not ad or not traffic:
        return None
    return Finding(r.code, r.severity, r.action, on, "ad_spend", ad[0], ad[1],
                   {"ad_fall_pct": str(ad[2]), "traffic_fall_pct": str(traffic[2])})


def _shop_status(r: Rule, fig: tuple, b: Borrower) -> Finding | None:
    status, on = fig
    level = SHOP_LEVEL.get(status, 0)
    if level < int(r.params["level"]):
        return None
    return Finding(r.code, r.severity, r.action, on, "shop_status", Decimal(level), r.params["level"],
                   {"status": status})


def _refund_share(r: Rule, fig: tuple, b: Borrower) -> Finding | None:
    n, orders, bad, on = fig
    if orders <= 0 or orders < r.params["min_orders"] or n < _weeks(r):
        return None
    share = Decimal(bad) * HUNDRED / Decimal(orders)
    if share <= r.params["share_pct"]:
        return None
    return Finding(r.code, r.severity, r.action, on, "refund_share", _q(share), r.params["share_pct"],
                   {"orders": str(orders), "refunds_disputes": str(bad)})


def _unrelated_outflow(r: Rule, fig: tuple, b: Borrower) -> Finding | None:
    n, total, on = fig
    if b.disbursed_fen <= 0 or not n:
        return None
    limit = Decimal(b.disbursed_fen) * r.params["share_pct"] / HUNDRED
    if total <= limit:
        return None
    return Finding(r.code, r.severity, r.action, on, "unrelated_outflow_cum", _yuan(total), _yuan(limit),
                   {"days": str(int(r.params["days"])), "disbursed": str(_yuan(b.disbursed_fen))})


def _related_overdue(r: Rule, fig: tuple, b: Borrower) -> Finding | None:
    if len(b.related_overdue) < r.params["min_count"]:
        return None
    return Finding(r.code, r.severity, r.action, fig[0], None, Decimal(len(b.related_overdue)),
                   r.params["min_count"], {"contracts": ", ".join(b.related_overdue[:10])})


def _rating_fall(r: Rule, fig: tuple, b: Borrower) -> Finding | None:
    n, total, on, last = fig
    if not n or on < b.disbursed_on or last <= 0:
        return None
    base = Decimal(total) / Decimal(n) / HUNDRED
    limit = _q(base - r.params["points"])
    now = Decimal(last) / HUNDRED
    if now >= limit:
        return None
    return Finding(r.code, r.severity, r.action, on, "rating", now, limit, {"baseline": str(_q(base))})


DECIDE: dict[str, Callable[[Rule, tuple, Borrower], Finding | None]] = {
    "login_gap": _login_gap, "sales_drop": _sales_drop, "ad_traffic_fall": _ad_traffic_fall,
    "shop_status": _shop_status, "refund_share": _refund_share, "unrelated_outflow": _unrelated_outflow,
    "related_overdue": _related_overdue, "rating_fall": _rating_fall,
}
TESTS: dict[str, Callable[[Rule, Sequence[Snapshot], Borrower], Finding | None]] = {
    code: (lambda r, snaps, b, code=code: DECIDE[code](r, FIGURES[code](r, snaps, b), b)) for code in DECIDE}


def evaluate(rules: RuleSet, snapshots: Sequence[Snapshot], borrower: Borrower) -> list[Finding]:
    """Every enabled rule that fires on ``snapshots`` (oldest first) for this borrower."""
    if not snapshots:
        return []
    return evaluate_figures(rules, {r.code: FIGURES[r.code](r, snapshots, borrower)
                                    for r in rules.rules if r.enabled}, borrower)


def evaluate_figures(rules: RuleSet, figures: Mapping[str, tuple], borrower: Borrower) -> list[Finding]:
    """Every enabled rule that fires on the figures (by rule code; a rule without figures
    has no snapshots to speak of and stays silent)."""
    out = []
    for r in rules.rules:
        fig = figures.get(r.code)
        if r.enabled and fig is not None and (f := DECIDE[r.code](r, fig, borrower)) is not None:
            out.append(f)
    return out
