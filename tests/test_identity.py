"""Identity checks: resident ID, credit code, bank card, mobile, and the generators."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.domain.identity import (
    SAMPLE_REGIONS, IdentityError, age_on, check_bank_card, check_credit_code, check_mobile,
    check_resident_id, make_bank_card, make_credit_code, make_mobile, make_resident_id,
)

VALID_ID = "11010519491231002X"  # the textbook example number, valid checksum
VALID_ID_2 = "33010619900101123X"


# --- resident ID ---------------------------------------------------------------------

def test_valid_id_returns_parts():
    rid = check_resident_id(VALID_ID)
    assert rid.number == VALID_ID
    assert rid.birth_date == date(1949, 12, 31)
    assert rid.sex == "F"  # 17th digit 2 is even
    assert rid.region_code == "110105"
    assert rid.province == "北京"


def test_id_normalised_lowercase_x_and_spaces():
    rid = check_resident_id(" 330106 19900101 123x ")
    assert rid.number == VALID_ID_2
    assert rid.sex == "M"  # 17th digit 3 is odd


def test_id_checksum_failure_names_expected_digit():
    with pytest.raises(IdentityError) as exc:
        check_resident_id("330106199001011235")
    assert exc.value.field == "resident_id"
    assert str(exc.value) == "ID number 330106199001011235: checksum digit should be X"
    assert isinstance(exc.value, ValueError)


def test_id_digit_where_x_belongs_and_x_where_digit_belongs():
    with pytest.raises(IdentityError, match="checksum digit should be X"):
        check_resident_id("110105194912310023")
    from stdnum.cn import ric
    body = "33010619900101124"
    expected = ric.calc_check_digit(body + "0")
    assert expected != "X"
    with pytest.raises(IdentityError, match=f"checksum digit should be {expected}"):
        check_resident_id(body + "X")


@pytest.mark.parametrize("value,fragment", [
    ("33010619900101123", "is 17 characters, needs 18"),
    ("33010619900101123XX", "is 19 characters, needs 18"),
    ("3301061990010112A4", "character 17 is 'A', must be a digit"),
    ("33010619900101123Y", "last character is 'Y', must be a digit or X"),
    ("990106199001011234", "region code 990106 is not in a Chinese province"),
    ("", "ID number is empty"),
    (None, "ID number is missing"),
])
def test_id_malformed(value, fragment):
    with pytest.raises(IdentityError) as exc:
        check_resident_id(value)
    assert fragment in str(exc.value)


def test_id_bad_birth_date():
    # 1990-13-41 with a correct check digit still fails on the date.
    body = "33010619901341123"
    from stdnum.cn import ric
    number = body + ric.calc_check_digit(body + "0")
    with pytest.raises(IdentityError, match="birth date 19901341 in ID number .* is not a date"):
        check_resident_id(number)


def test_id_feb_29_only_in_leap_years():
    rng = random.Random(1)
    assert check_resident_id(make_resident_id(rng, region="330106", birth=date(2000, 2, 29), sex="M"))
    from stdnum.cn import ric
    body = "33010619010229123"  # 1901 is not a leap year
    with pytest.raises(IdentityError, match="not a date"):
        check_resident_id(body + ric.calc_check_digit(body + "0"))


def test_id_birth_in_future_rejected():
    rng = random.Random(2)
    number = make_resident_id(rng, region="330106", birth=date(2030, 1, 1), sex="F")
    with pytest.raises(IdentityError, match="not plausible"):
        check_resident_id(number, today=date(2026, 1, 1))
    assert check_resident_id(number, today=date(2030, 1, 1)).birth_date == date(2030, 1, 1)


@pytest.mark.parametrize("birth,on,age", [
    (date(1990, 6, 15), date(2008, 6, 14), 17),
    (date(1990, 6, 15), date(2008, 6, 15), 18),
    (date(2000, 2, 29), date(2018, 2, 28), 17),
    (date(2000, 2, 29), date(2018, 3, 1), 18),
    (date(2000, 2, 29), date(2020, 2, 29), 20),
])
def test_age_on(birth, on, age):
    assert age_on(birth, on) == age


def test_resident_id_age_on():
    rid = check_resident_id(VALID_ID)
    assert rid.age_on(date(2026, 12, 30)) == 76
    assert rid.age_on(date(2026, 12, 31)) == 77


@settings(max_examples=300)
@given(seed=st.integers(0, 2**32), region=st.sampled_from(sorted(SAMPLE_REGIONS)),
       birth=st.dates(date(1900, 1, 1), date(2020, 12, 31)), sex=st.sampled_from(["M", "F"]))
def test_generated_ids_always_pass(seed, region, birth, sex):
    number = make_resident_id(random.Random(seed), region=region, birth=birth, sex=sex)
    rid = check_resident_id(number)
    assert (rid.birth_date, rid.sex, rid.region_code) == (birth, sex, region)


@settings(max_examples=200)
@given(seed=st.integers(0, 2**32), pos=st.integers(0, 16), delta=st.integers(1, 9))
def test_single_digit_change_is_caught(seed, pos, delta):
    number = make_resident_id(random.Random(seed), region="330106", birth=date(1985, 5, 5), sex="M")
    changed = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1:]
    with pytest.raises(IdentityError):
        check_resident_id(changed)


def test_make_resident_id_rejects_bad_arguments():
    rng = random.Random(0)
    with pytest.raises(ValueError):
        make_resident_id(rng, region="3301", birth=date(1990, 1, 1), sex="M")
    with pytest.raises(ValueError):
        make_resident_id(rng, region="330106", birth=date(1990, 1, 1), sex="male")


# --- credit code ---------------------------------------------------------------------

def test_credit_code_valid_and_normalised():
    assert check_credit_code("91110000600037341L") == "91110000600037341L"
    assert check_credit_code("9 1110000-600037341l") == "91110000600037341L"


@pytest.mark.parametrize("value,fragment", [
    ("91110000600037341M", "check character should be L"),
    ("91110000600037341", "is 17 characters, needs 18"),
    ("9111000060003734IL", "character 17 is 'I', not allowed"),
    ("91A10000600037341L", "characters 3-8 (region code) must be digits"),
])
def test_credit_code_invalid(value, fragment):
    with pytest.raises(IdentityError) as exc:
        check_credit_code(value)
    assert exc.value.field == "credit_code"
    assert fragment in str(exc.value)


@given(seed=st.integers(0, 2**32))
def test_generated_credit_codes_pass(seed):
    code = make_credit_code(random.Random(seed))
    assert check_credit_code(code) == code


# --- bank card -----------------------------------------------------------------------

def test_bank_card_valid():
    assert check_bank_card("6228 4801 2345 6789 015") == "6228480123456789015"
    assert check_bank_card("4111111111111111") == "4111111111111111"


@pytest.mark.parametrize("value,fragment", [
    ("6228480123456789016", "Luhn check digit should be 5"),
    ("411111111111111", "is 15 characters, needs 16 to 19"),
    ("62284801234567890155", "is 20 characters, needs 16 to 19"),
    ("62284801234567A9015", "must contain only digits"),
])
def test_bank_card_invalid(value, fragment):
    with pytest.raises(IdentityError) as exc:
        check_bank_card(value)
    assert exc.value.field == "bank_card"
    assert fragment in str(exc.value)


@given(seed=st.integers(0, 2**32), length=st.integers(16, 19))
def test_generated_cards_pass(seed, length):
    card = make_bank_card(random.Random(seed), length=length)
    assert card.startswith("622848") and len(card) == length
    assert check_bank_card(card) == card


# --- mobile --------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["13812345678", "+86 138 1234 5678", "8613812345678",
                                   "138-1234-5678", "19912345678"])
def test_mobile_valid(value):
    assert check_mobile(value) in ("13812345678", "19912345678")


@pytest.mark.parametrize("value,fragment", [
    ("12812345678", "must start with 13 to 19"),
    ("1381234567", "is 10 characters, needs 11"),
    ("138123456789", "is 12 characters, needs 11"),
    ("1381234567a", "must contain only digits"),
])
def test_mobile_invalid(value, fragment):
    with pytest.raises(IdentityError) as exc:
        check_mobile(value)
    assert exc.value.field == "mobile"
    assert fragment in str(exc.value)


@given(seed=st.integers(0, 2**32))
def test_generated_mobiles_pass(seed):
    m = make_mobile(random.Random(seed))
    assert check_mobile(m) == m


def test_generators_are_deterministic():
    a, b = random.Random(42), random.Random(42)
    birth = date(1980, 1, 1) + timedelta(days=1234)
    assert make_resident_id(a, region="330106", birth=birth, sex="F") == \
        make_resident_id(b, region="330106", birth=birth, sex="F")
    assert make_credit_code(a) == make_credit_code(b)
    assert make_bank_card(a) == make_bank_card(b)
    assert make_mobile(a) == make_mobile(b)
