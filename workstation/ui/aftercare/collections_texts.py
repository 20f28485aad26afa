"""The collections desk's names in the interface language (context "Collections"):
channels, persons, outcomes, promise states by code (its refusals are in the one
catalogue, domain/after_refusal_texts.py)."""
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
