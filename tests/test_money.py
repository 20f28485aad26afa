from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from workstation.domain.money import (MoneyError, fmt, from_fen, money, round_fen, to_chinese_upper,
                                      to_fen)


def test_refuses_float():
    with pytest.raises(TypeError, match="float"):
        money(0.1)
    with pytest.raises(TypeError):
        round_fen(1.005)


@pytest.mark.parametrize("text,expected", [("12.30", "12.30"), ("1,234.5", "1234.50"), ("￥8", "8.00"),
                                           (" 7 ", "7.00"), ("-3.10", "-3.10")])
def test_parses_strings(text, expected):
    assert money(text) == Decimal(expected) and str(money(text)) == expected


@pytest.mark.parametrize("bad", ["1.005", "abc", "NaN", "Infinity", "", "1e30", "10000000000000000"])
def test_rejects_bad_amounts_with_a_message(bad):
    with pytest.raises(MoneyError, match="amount|not an amount"):
        money(bad)


def test_round_fen_is_half_up():
    assert round_fen(Decimal("2.675")) == Decimal("2.68")      # a float would give 2.67
    assert round_fen(Decimal("-2.675")) == Decimal("-2.68")
    assert round_fen(Decimal("2.674999")) == Decimal("2.67")


@given(st.integers(min_value=-999999999999999999, max_value=999999999999999999))
def test_fen_round_trip(fen):
    assert to_fen(from_fen(fen)) == fen


def test_fmt():
    assert fmt(Decimal("1234567.8")) == "1,234,567.80"
    assert fmt(Decimal("5"), symbol=True) == "¥5.00"


# 人民币大写: the central bank's rules for amounts on financial documents
@pytest.mark.parametrize("amount,expected", [
    ("100000", "壹拾万元整"),
    ("1005.50", "壹仟零伍元伍角"),
    ("0.07", "柒分"),
    ("10203.04", "壹万零贰佰零叁元零肆分"),
    ("1.00", "壹元整"),
    ("0.50", "伍角"),
    ("10.00", "壹拾元整"),
    ("1010", "壹仟零壹拾元整"),
    ("1000010", "壹佰万零壹拾元整"),
    ("105000.00", "壹拾万伍仟元整"),
    ("60036.00", "陆万零叁拾陆元整"),
    ("20000000.01", "贰仟万元零壹分"),
    ("100000000", "壹亿元整"),
    ("1000000001.01", "壹拾亿零壹元零壹分"),
    ("300000000.00", "叁亿元整"),
    ("3000000.00", "叁佰万元整"),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("9167.99", "玖仟壹佰陆拾柒元玖角玖分"),
    ("100000.50", "壹拾万元零伍角"),
    ("0.00", "零元整"),
    ("1234567890123.45", "壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分"),
    ("10000.10", "壹万元零壹角"),
    ("1000.01", "壹仟元零壹分"),
    ("15.00", "壹拾伍元整"),
    ("100200300", "壹亿零贰拾万零叁佰元整"),
])
def test_chinese_uppercase(amount, expected):
    assert to_chinese_upper(Decimal(amount)) == expected


def test_chinese_uppercase_refuses_sub_fen_and_floats():
    with pytest.raises(MoneyError):
        to_chinese_upper("1.001")
    with pytest.raises(TypeError):
        to_chinese_upper(1.5)


# -- the one parser (issue 10): typed amounts, counts and dates --------------------------
from datetime import date  # noqa: E402

from workstation.domain.money import parse_amount, parse_date, parse_decimal, parse_whole  # noqa: E402


@pytest.mark.parametrize("text,code", [
    ("1e5", "exponent"), ("1E3", "exponent"), ("1_000", "underscore"), ("1,50", "decimal_comma"),
    ("1,0,0,0", "grouping"), ("1,234.00", "grouping"), ("NaN", "not_finite"), ("Infinity", "not_finite"),
    ("-inf", "not_finite"), ("-5", "negative"), ("+5", "sign"), ("1.005", "decimals"), ("", "required"),
    ("12.", "not_a_number"), ("abc", "not_a_number"), ("0x10", "not_a_number"), ("１２", "not_a_number"),
    ("100000000.01", "too_large"), ("9999999999999999.99", "too_large"), ("1" * 400, "too_large"),
])
def test_parse_amount_refuses_with_a_reason_code(text, code):
    with pytest.raises(MoneyError) as exc:
        parse_amount(text)
    assert exc.value.code == code


@pytest.mark.parametrize("text,expected", [("0", "0.00"), ("7", "7.00"), (" 1234.5 ", "1234.50"),
                                           ("100000000.00", "100000000.00"), ("0.01", "0.01")])
def test_parse_amount_plain_digits(text, expected):
    assert str(parse_amount(text)) == expected


def test_grouping_only_in_the_one_documented_form_where_allowed():
    assert parse_amount("1,234,567.89", grouping=True) == Decimal("1234567.89")
    for bad in ("1,0,0,0", "12,34", "1234,567", ",123"):
        with pytest.raises(MoneyError) as exc:
            parse_amount(bad, grouping=True)
        assert exc.value.code in ("bad_grouping", "decimal_comma", "not_a_number")
    assert parse_amount("-3.10", negative=True) == Decimal("-3.10")
    assert parse_amount("5", limit=None) == Decimal("5.00")
    with pytest.raises(MoneyError) as exc:
        parse_amount("11", limit=Decimal("10"))
    assert exc.value.code == "too_large"


def test_exact_numbers_from_json():
    assert parse_amount(Decimal("1.50")) == Decimal("1.50") and parse_amount(12) == Decimal("12.00")
    for bad, code in ((Decimal("1E+3"), "exponent"), (Decimal("NaN"), "not_finite"), (Decimal("0.001"), "decimals")):
        with pytest.raises(MoneyError) as exc:
            parse_amount(bad)
        assert exc.value.code == code
    with pytest.raises(TypeError):
        parse_amount(1.5)


def test_money_constructor_goes_through_the_parser():
    for bad in ("1_000", "1,0,0,0", "1,50", "1e3"):
        with pytest.raises(MoneyError):
            money(bad)
    assert money(Decimal("1E+3")) == Decimal("1000.00")      # computed in code, exact


def test_rates_and_counts_and_dates():
    assert parse_decimal("0.05", places=6, limit=Decimal(100)) == Decimal("0.05")
    with pytest.raises(MoneyError) as exc:
        parse_decimal("1e1", places=6)
    assert exc.value.code == "exponent"
    assert parse_whole("12", lo=1, hi=360) == 12
    for bad, code in (("3000000", "too_large"), ("0", "too_small"), ("1e3", "exponent"), ("1.5", "not_whole"),
                      ("1_0", "underscore"), ("x", "not_a_number")):
        with pytest.raises(MoneyError) as exc:
            parse_whole(bad, lo=1, hi=3660)
        assert exc.value.code == code, bad
    assert parse_date("2026-01-31") == date(2026, 1, 31)
    for bad, code in (("9999-12-31", "date_range"), ("2101-01-01", "date_range"), ("2026-02-30", "date"),
                      ("20260131", "date"), ("+2026-01-31", "date")):
        with pytest.raises(MoneyError) as exc:
            parse_date(bad)
        assert exc.value.code == code


@pytest.mark.parametrize("value,fragment", [
    ("1e3", "no exponent form"), ("1_000", "no underscores"), ("1,50", "decimal comma"),
    ("1,0,0,0", "must group three digits"), ("NaN", "NaN"), (Decimal("1E+3"), "no exponent form"),
    ("100000000.01", "beyond the limit"), ("9999999999999999.99", "beyond the limit"),
])
def test_application_file_amounts_go_through_the_parser(value, fragment):
    from workstation.intake.imports_fields import Fields
    f = Fields({"declared.sales": value}, line=7)
    assert f.amount("declared.sales") is None
    assert [(p.line, p.field) for p in f.problems] == [(7, "declared.sales")]
    assert fragment in f.problems[0].message


def test_application_file_keeps_its_documented_forms():
    from workstation.intake.imports_fields import Fields
    f = Fields({"a": "1,234.50", "b": "¥88.00", "c": "100000000.00", "d": "7.5"}, line=2)
    assert [f.amount(k) for k in "abcd"] == [123450, 8800, 10_000_000_000, 750] and f.problems == []


def test_places_are_counted_exactly_at_any_precision():
    assert parse_amount("1.500") == Decimal("1.50") and parse_amount(Decimal("0E-7")) == Decimal("0.00")
    assert parse_amount("9" * 38, limit=None) == Decimal("9" * 38)
    long_rate = "0.01666666666666666666666666667"          # 6%/year / 360, as a form shows it
    assert parse_decimal(long_rate, places=40, limit=Decimal(100)) == Decimal(long_rate)
    with pytest.raises(MoneyError) as exc:
        parse_decimal(long_rate, places=6)
    assert exc.value.code == "decimals"
