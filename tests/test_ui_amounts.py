"""Amounts typed at the desk go through the one money parser; a refusal reaches the
Chinese desk in Chinese, from its reason code (issue 10, point 9)."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from workstation.domain.money import MoneyError
from workstation.ui import i18n
from workstation.ui.amounts import parse_desk_amount, problem_text


def test_desk_form():
    assert parse_desk_amount("1,234,567.89") == Decimal("1234567.89")
    assert parse_desk_amount("¥ 12.5") == Decimal("12.50")
    with pytest.raises(MoneyError) as exc:
        parse_desk_amount("0", positive=True)
    assert exc.value.code == "not_positive"


@pytest.mark.parametrize("typed", ["1e3", "1_000", "1,50", "1,0,0,0", "NaN", "-5", "+5", "1.005", "",
                                   "100000000.01", "abc", "0"])
def test_refusals_are_chinese_on_the_chinese_desk(qapp, typed):
    with pytest.raises(MoneyError) as exc:
        parse_desk_amount(typed, positive=True)
    i18n.install("zh_CN")
    try:
        text = problem_text(exc.value)
    finally:
        i18n.install("en")
    assert text.startswith("金额：") and re.search(r"[A-Za-z]{3,}", text) is None, text
    assert problem_text(exc.value).startswith("Amount: ")


def test_recommendation_form_reads_amounts_and_rates_through_the_parser(qapp):
    from workstation.ui.case.recommend_form import _decimal
    assert _decimal("1,234,567.89", money=True) == Decimal("1234567.89")
    for typed in ("1e5", "1_000", "1,50", "NaN", "1.001", "200000000"):
        assert _decimal(typed, money=True) == 0, typed       # no amount: the form shows a finding
    assert _decimal("0.05") == Decimal("0.05") and _decimal("0.01666666666666666666666666667") > 0
    from workstation.domain.errors import DomainError
    for typed in ("1e-2", "Infinity", "101", "0", ""):      # a rate that is no rate is refused, never 0
        with pytest.raises(DomainError):
            _decimal(typed)
