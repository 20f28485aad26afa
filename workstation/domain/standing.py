"""Good borrowers (优质客户): standing from the repayment record, and who qualifies for a
limit increase or a repeat loan, by rules that are data (the setting
``good_borrowers.rules``; :data:`DEFAULT_RULES`). Pure Python.

Standing = ``base`` + ``per_on_time`` x installments repaid by their due date +
``per_late`` x installments repaid after it (or still overdue), within 0 .. ``max``.
Eligible: standing at least ``min_standing``, at least ``min_on_time`` installments on
time, at most ``max_late`` late ones, nothing overdue now. A borrower whose loans are all
closed is offered a repeat loan (``repeat_pct`` % of the last loan, rounded down to
``round_to`` yuan); one with a revolving line in force, a limit increase of
``increase_pct`` %."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

DEFAULT_RULES: dict = {
    "base": 60, "per_on_time": 5, "per_late": -20, "max": 100,
    "min_standing": 75, "min_on_time": 3, "max_late": 0,
    "repeat_pct": 120, "increase_pct": 20, "round_to": 1000,
}


class RulesError(ValueError):
    """A rule value that cannot be used (the message names it)."""


def check_rules(rules: dict) -> dict:
    """The rules with defaults filled in; RulesError naming a bad key."""
    out = {**DEFAULT_RULES, **(rules or {})}
    for k, v in out.items():
        if k not in DEFAULT_RULES:
            raise RulesError(f"good_borrowers.rules: unknown key {k!r}")
        if isinstance(v, bool) or not isinstance(v, int):
            raise RulesError(f"good_borrowers.rules.{k}: a whole number, not {v!r}")
    if out["round_to"] <= 0 or out["max"] <= 0:
        raise RulesError("good_borrowers.rules: round_to and max must be above zero")
    return out


@dataclass(frozen=True)
class Record:
    """A borrower's repayment record over all their loans."""
    on_time: int
    late: int
    overdue_now: bool
    active_line_limit: Decimal | None     # a revolving line in force: its limit
    open_loans: int                       # loans not closed (lines included)
    last_amount: Decimal                  # the last loan's amount


@dataclass(frozen=True)
class Verdict:
    standing: int
    eligible: bool
    offer: str | None                     # "repeat_loan", "limit_increase" or None
    amount: Decimal | None                # the suggested amount or new limit
    reasons: tuple[str, ...]              # codes of the rules not met


def standing(rec: Record, rules: dict) -> int:
    r = check_rules(rules)
    return max(0, min(r["max"], r["base"] + r["per_on_time"] * rec.on_time + r["per_late"] * rec.late))


def _round(amount: Decimal, step: int) -> Decimal:
    return ((amount / step).to_integral_value(rounding=ROUND_DOWN) * step).quantize(Decimal("0.01"))


def judge(rec: Record, rules: dict) -> Verdict:
    r = check_rules(rules)
    score = standing(rec, r)
    reasons = []
    if score < r["min_standing"]:
        reasons.append("standing")
    if rec.on_time < r["min_on_time"]:
        reasons.append("on_time")
    if rec.late > r["max_late"]:
        reasons.append("late")
    if rec.overdue_now:
        reasons.append("overdue_now")
    offer = amount = None
    if rec.active_line_limit is not None:
        offer, amount = "limit_increase", _round(rec.active_line_limit * (100 + r["increase_pct"]) / 100, r["round_to"])
    elif rec.open_loans == 0:
        offer, amount = "repeat_loan", _round(rec.last_amount * r["repeat_pct"] / 100, r["round_to"])
    else:
        reasons.append("loan_running")
    return Verdict(score, not reasons, offer if not reasons else None, amount if not reasons else None, tuple(reasons))
