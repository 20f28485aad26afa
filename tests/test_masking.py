"""Masking personal data for display."""
from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.identity import make_bank_card, make_mobile, make_resident_id
from workstation.domain.masking import mask_card, mask_id, mask_name, mask_phone


def test_examples_from_the_issue():
    assert mask_id("330106199001011234") == "330106********1234"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_card("6228480123456789015") == "622848*********9015"
    assert mask_name("张三丰") == "张**"


@pytest.mark.parametrize("fn", [mask_id, mask_phone, mask_card, mask_name])
def test_none_and_empty(fn):
    assert fn(None) == ""
    assert fn("") == ""


@pytest.mark.parametrize("fn,value,expected", [
    (mask_id, "1234567890", "**********"),      # exactly head+tail: nothing shown
    (mask_id, "12345678901", "123456*8901"),
    (mask_phone, "1234567", "*******"),
    (mask_phone, "12345678", "123*5678"),
    (mask_card, "123", "***"),
    (mask_name, "张", "*"),
    (mask_name, "张三", "张*"),
    (mask_name, " 欧阳娜娜 ", "欧***"),
    (mask_id, " 330106 199001011234 ", "330106********1234"),
])
def test_short_and_odd_values(fn, value, expected):
    assert fn(value) == expected


def test_non_string_input():
    assert mask_phone(13812345678) == "138****5678"


@given(seed=st.integers(0, 2**32), birth=st.dates(date(1940, 1, 1), date(2008, 1, 1)))
def test_id_mask_never_reveals_birth_date_and_sequence(seed, birth):
    number = make_resident_id(random.Random(seed), region="330106", birth=birth, sex="M")
    masked = mask_id(number)
    assert len(masked) == 18
    assert masked[6:14] == "*" * 8
    assert masked[:6] == number[:6] and masked[-4:] == number[-4:]


@given(seed=st.integers(0, 2**32))
def test_phone_and_card_masks_hide_the_middle(seed):
    rng = random.Random(seed)
    phone, card = make_mobile(rng), make_bank_card(rng)
    assert mask_phone(phone)[3:7] == "****"
    assert set(mask_card(card)[6:-4]) == {"*"}


@given(st.text(max_size=30))
def test_masks_never_show_more_than_the_ends(text):
    for fn, head, tail in ((mask_id, 6, 4), (mask_phone, 3, 4), (mask_card, 6, 4)):
        masked = fn(text)
        compact = "".join(text.split())
        assert len(masked) == len(compact)
        shown = [c for c in masked if c != "*"]
        assert len(shown) <= head + tail
        if len(compact) > head + tail:
            assert set(masked[head:len(masked) - tail]) == {"*"}


def test_a_payment_account_is_masked_before_its_provider():
    from workstation.domain.masking import mask_account
    assert mask_account("17312346376@alipay") == "173****6376@alipay"
    assert mask_account("pay@example.com") == "***@example.com"
    assert mask_account(None) == ""
