"""The collections desk's names and refusal texts in the interface language (context
"Collections"): channels, persons, outcomes, promise states by code."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Collections", text)


def channel_name(code: str) -> str:
    return {"phone": _tr("Phone"), "sms": _tr("Text message"), "wechat": _tr("WeChat"), "visit": _tr("Visit"),
            "letter": _tr("Letter")}.get(code, code)


def person_name(code: str) -> str:
    return {"borrower": _tr("Borrower"), "legal_rep": _tr("Legal representative"), "guarantor": _tr("Guarantor"),
            "contact": _tr("Other contact"), "none": _tr("Nobody")}.get(code, code)


def outcome_name(code: str) -> str:
    return {"reached": _tr("Reached"), "no_answer": _tr("No answer"), "refused": _tr("Refused to pay"),
            "promised": _tr("Promised to pay"), "wrong_number": _tr("Wrong number"),
            "disputed": _tr("Disputes the debt")}.get(code, code)


def promise_status_name(code: str) -> str:
    return {"open": _tr("Open"), "kept": _tr("Kept"), "broken": _tr("Broken")}.get(code, code)


def field_name(code: str) -> str:
    return {"channel": _tr("Channel"), "person": _tr("Person reached"), "outcome": _tr("Result of the contact"),
            "amount": _tr("Amount"), "letter": _tr("Letter"), "bucket": _tr("Bucket")}.get(code, code)


CODES = ("bad_choice", "outside_contact_hours", "attempt_limit", "bad_amount", "promise_in_past", "no_loan",
         "not_overdue")


def refusal_text(exc: BaseException) -> str | None:
    code = getattr(exc, "code", None)
    p = {k: str(v) for k, v in (getattr(exc, "params", {}) or {}).items()}
    texts = {
        "bad_choice": _tr("%1: choose one of the listed values.").replace("%1", field_name(p.get("field", ""))),
        "outside_contact_hours": _tr("No collection contact outside %1:00-%2:00 (it is %3 in Beijing time).")
        .replace("%1", p.get("start", "")).replace("%2", p.get("end", "")).replace("%3", p.get("time", "")),
        "attempt_limit": _tr("%1 attempts today already: the limit is %2 a day.")
        .replace("%1", p.get("attempts", "")).replace("%2", p.get("limit", "")),
        "bad_amount": _tr("Amount: write yuan with at most two decimals, more than zero."),
        "promise_in_past": _tr("The promised date %1 is before today (%2).")
        .replace("%1", p.get("date", "")).replace("%2", p.get("today", "")),
        "no_loan": _tr("There is no such loan."),
        "not_overdue": _tr("Loan %1 is not overdue on %2: no collection letter.")
        .replace("%1", p.get("contract", "")).replace("%2", p.get("date", "")),
    }
    return texts.get(code)


def good_borrower_text(exc: BaseException) -> str | None:
    code = getattr(exc, "code", None)
    p = {k: str(v) for k, v in (getattr(exc, "params", {}) or {}).items()}
    t = lambda text: QCoreApplication.translate("GoodBorrowers", text)  # noqa: E731
    return {"no_loans": t("This borrower has no loan yet."),
            "not_eligible": t("%1 is not eligible under the current rules.").replace("%1", p.get("merchant", "")),
            "already_prefilled": t("An application for %1's offer was already opened today.")
            .replace("%1", p.get("merchant", ""))}.get(code)
