"""Overdue measures: installment status, days past due buckets, five-tier classification.

Buckets (by days past due): M0 (current), M1 (1-30), M2 (31-60), M3 (61-90), M3+ (over 90).
Five tiers 五级分类: a loan enters each tier at the days past due given by the setting
``classification.days`` ({"关注": 1, "次级": 91, "可疑": 181, "损失": 361} by default);
a written-off loan is 损失. NPL (不良) = the last three tiers.
"""
from __future__ import annotations

from datetime import date

from workstation.domain.servicing_model import Inst

TIERS = ("正常", "关注", "次级", "可疑", "损失")
TIER_NAMES_EN = {"正常": "normal", "关注": "special mention", "次级": "substandard",
                 "可疑": "doubtful", "损失": "loss"}
NPL_TIERS = frozenset({"次级", "可疑", "损失"})
BUCKETS = ("M0", "M1", "M2", "M3", "M3+")


def bucket(dpd: int) -> str:
    if dpd <= 0:
        return "M0"
    if dpd <= 30:
        return "M1"
    if dpd <= 60:
        return "M2"
    if dpd <= 90:
        return "M3"
    return "M3+"


def classify(dpd: int, thresholds: dict[str, int], *, written_off: bool = False) -> str:
    """The five-tier class for ``dpd`` days past due with thresholds from settings."""
    if written_off:
        return "损失"
    missing = [t for t in TIERS[1:] if t not in thresholds]
    if missing:
        raise ValueError(f"classification.days: missing tier(s) {', '.join(missing)}")
    days = [int(thresholds[t]) for t in TIERS[1:]]
    if days != sorted(days) or days[0] < 1:
        raise ValueError("classification.days: thresholds must rise from 关注 to 损失 and start at 1 or more")
    tier = TIERS[0]
    for name, start in zip(TIERS[1:], days):
        if dpd >= start:
            tier = name
    return tier


def installment_status(i: Inst, *, as_of: date, current_period: int | None,
                       closed: bool = False, written_off: bool = False) -> tuple[str, int]:
    """(status, days overdue) of an installment at the start of day ``as_of``.

    Statuses: paid, prepaid (removed by a prepayment or an early payoff), written_off,
    overdue (with days), partly_paid, due (the current installment), scheduled.
    """
    if i.settled:
        if i.orig_principal + i.orig_interest > 0 and i.principal + i.interest == 0:
            return "prepaid", 0
        if i.pw > 0 or (written_off and i.pp + i.ip < i.principal + i.interest):
            return "written_off", 0
        if closed and i.due >= as_of and i.interest < i.orig_interest:
            return "prepaid", 0
        return "paid", 0
    if i.due < as_of:
        return "overdue", (as_of - i.due).days
    if i.pp or i.ip:
        return "partly_paid", 0
    if i.period == current_period:
        return "due", 0
    return "scheduled", 0
