"""The warnings desk's names in the interface language (context "Warnings"): rule,
severity, status and action names by code (its refusals are in the one catalogue,
domain/after_refusal_texts.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Warnings", text)


def rule_name(code: str) -> str:
    return {
        "login_gap": _tr("Login gap over the usual"),
        "sales_drop": _tr("Sales down against before the loan"),
        "ad_traffic_fall": _tr("Ad spend and traffic falling"),
        "shop_status": _tr("Shop restricted or closed"),
        "refund_share": _tr("Refunds and disputes too high"),
        "unrelated_outflow": _tr("Cash to unrelated accounts"),
        "related_overdue": _tr("Related party or group member overdue"),
        "rating_fall": _tr("Rating fall"),
    }.get(code, code)


def severity_name(code: str) -> str:
    return {"low": _tr("Low"), "medium": _tr("Medium"), "high": _tr("High")}.get(code, code)


def status_name(code: str) -> str:
    return {"new": _tr("New"), "assigned": _tr("Assigned"), "acting": _tr("Acting"),
            "closed": _tr("Closed")}.get(code, code)


def action_name(code: str) -> str:
    return {"assign": _tr("Assigned"), "call": _tr("Call"), "visit": _tr("Visit"),
            "ask_info": _tr("Ask for information"), "freeze": _tr("Freeze the line"),
            "limit_cut": _tr("Reduce the limit"), "recall": _tr("Early recall"),
            "close": _tr("Closed as false alarm")}.get(code, code)


def state_name(code: str) -> str:
    return {"done": _tr("Done"), "pending": _tr("Awaiting sign-off"), "signed": _tr("Signed"),
            "refused": _tr("Refused")}.get(code, code)


def metric_name(code: str | None) -> str:
    return {"days_since_login": _tr("Days since last login"), "gmv": _tr("Weekly sales (yuan)"),
            "ad_spend": _tr("Weekly ad spend (yuan)"), "shop_status": _tr("Shop status (0 open, 1 restricted, "
                                                                          "2 closed)"),
            "refund_share": _tr("Refunds and disputes (% of orders)"), "rating": _tr("Buyer rating"),
            "unrelated_outflow_cum": _tr("Outflow to unrelated accounts since the loan (yuan)")}.get(code or "", "")
