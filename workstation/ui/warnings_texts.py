"""The warnings desk's names and refusal texts in the interface language (context
"Warnings"): rule, severity, status and action names by code."""
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


CODES = ("warning_closed", "reason_required", "assign_needs_supervisor", "loan_not_active", "already_pending",
         "not_a_line", "line_already_frozen", "limit_not_lower", "due_date_not_future", "already_recalled",
         "not_pending", "own_request", "own_case", "above_authority", "no_authority", "wrong_password",
         "pending_actions", "recall_not_signed", "warning_rules_invalid")


def refusal_text(exc: BaseException) -> str | None:
    code = getattr(exc, "code", None)
    p = {k: str(v) for k, v in (getattr(exc, "params", {}) or {}).items()}
    texts = {
        "warning_closed": _tr("This warning is closed."),
        "reason_required": _tr("Write the reason (or the note): it is required."),
        "assign_needs_supervisor": _tr("Only a supervisor gives a warning to someone else; you may take it yourself."),
        "loan_not_active": _tr("The loan %1 is no longer active.").replace("%1", p.get("contract", "")),
        "already_pending": _tr("A request of this kind already awaits sign-off."),
        "not_a_line": _tr("Loan %1 is not a revolving line: there is no line to freeze or limit to cut.")
        .replace("%1", p.get("contract", "")),
        "line_already_frozen": _tr("The line is already frozen."),
        "limit_not_lower": _tr("The new limit %1 must be below the current limit %2.")
        .replace("%1", p.get("new", "")).replace("%2", p.get("limit", "")),
        "due_date_not_future": _tr("The due date %1 must be after today (%2).")
        .replace("%1", p.get("due", "")).replace("%2", p.get("today", "")),
        "already_recalled": _tr("This loan has already been recalled."),
        "not_pending": _tr("This request was already decided."),
        "own_request": _tr("You may not sign your own request: another supervisor signs it."),
        "own_case": _tr("You are the officer of this case: another supervisor signs it."),
        "above_authority": _tr("The loan's amount %1 is above your sign-off authority (%2).")
        .replace("%1", p.get("amount", "")).replace("%2", p.get("limit", "")),
        "no_authority": _tr("You have no sign-off authority for this product."),
        "wrong_password": _tr("The password is wrong: nothing was signed."),
        "pending_actions": _tr("A request on this warning still awaits sign-off: decide it first."),
        "recall_not_signed": _tr("This recall has not been signed yet: there is no notice to print."),
        "warning_rules_invalid": _tr("The warning rules cannot be stored: rule %1, field %2.")
        .replace("%1", p.get("rule", "")).replace("%2", p.get("field", "")),
    }
    return texts.get(code)
