"""Amounts typed at the desk: the one money parser (``domain.money.parse_amount``) with
the desk's form (digits, at most two decimals, the grouped thousands form 1,234,567.89
and a leading ¥ allowed) and the bound of the ``input.max_amount`` setting; a refusal
is shown from its reason code in the interface language, never as English text."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from workstation.domain.money import AMOUNT_LIMIT, MoneyError, parse_amount

# the one money parser's reason codes for a malformed amount (reason_text has a text for each)
MONEY_CODES = frozenset(("exponent", "underscore", "decimal_comma", "grouping", "bad_grouping", "not_finite",
                         "not_a_number", "decimals", "negative", "sign", "too_large"))


def reason_text(code: str) -> str:
    """The translated reason for a parser refusal code."""
    texts = {
        "required": QCoreApplication.translate("Amounts", "Type an amount."),
        "exponent": QCoreApplication.translate("Amounts", "Write the amount in digits, without an exponent (1000, not 1e3)."),
        "underscore": QCoreApplication.translate("Amounts", "An amount has no underscores."),
        "decimal_comma": QCoreApplication.translate("Amounts", "Use a decimal point, not a comma (1.50, not 1,50)."),
        "grouping": QCoreApplication.translate("Amounts", "Thousands separators are not allowed here."),
        "bad_grouping": QCoreApplication.translate("Amounts", "Thousands separators must group three digits (1,234,567.89)."),
        "not_finite": QCoreApplication.translate("Amounts", "Not an amount: use digits with at most two decimals"),
        "not_a_number": QCoreApplication.translate("Amounts", "Not an amount: use digits with at most two decimals"),
        "decimals": QCoreApplication.translate("Amounts", "At most two decimals (to the fen)."),
        "negative": QCoreApplication.translate("Amounts", "The amount must not be negative."),
        "sign": QCoreApplication.translate("Amounts", "Type the amount without a sign."),
        "too_large": QCoreApplication.translate("Amounts", "The amount is beyond the largest allowed."),
        "not_positive": QCoreApplication.translate("Amounts", "The amount must be more than zero."),
    }
    return texts.get(code, texts["not_a_number"])


def parse_desk_amount(text: str, *, positive: bool = False, limit: Decimal = AMOUNT_LIMIT) -> Decimal:
    """The typed amount, or MoneyError with a reason code (see :func:`reason_text`)."""
    value = parse_amount(text, grouping=True, symbol=True, limit=limit)
    if positive and value <= 0:
        raise MoneyError("must be more than zero", code="not_positive", value=text)
    return value


def problem_text(exc: MoneyError) -> str:
    """'Amount: <reason>' in the interface language."""
    return QCoreApplication.translate("Amounts", "Amount: %1").replace("%1", reason_text(exc.code))
