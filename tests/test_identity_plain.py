"""The identity checks' shortcut for numbers given plainly (no separators, upper case)
against their full path: the same value written with a space around it goes through
the cleaning and every character check, and must give the same result or the same
error; the table checksums against python-stdnum's."""
from __future__ import annotations

import random
from datetime import date

import pytest
from stdnum import luhn
from stdnum.cn import uscc

from workstation.domain import identity
from workstation.domain.identity import (
    IdentityError, check_bank_card, check_credit_code, check_mobile, check_resident_id, make_bank_card,
    make_credit_code, make_mobile, make_resident_id,
)

TODAY = date(2026, 12, 5)


def _outcome(check, value):
    try:
        return "ok", check(value)
    except IdentityError as exc:
        return "refused", exc.field, exc.message


def _mutations(rng: random.Random, valid: str, alphabet: str) -> list[str]:
    out = [valid, valid.lower(), valid[:-1], valid + rng.choice(alphabet), valid[1:]]
    for _ in range(6):
        i = rng.randrange(len(valid))
        out.append(valid[:i] + rng.choice(alphabet) + valid[i + 1:])
    i = rng.randrange(len(valid))
    out.append(valid[:i] + rng.choice("IOSVZ-x０１\u0663") + valid[i + 1:])
    return out


@pytest.mark.parametrize("check, make, alphabet", [
    (lambda v: check_resident_id(v, today=TODAY),
     lambda rng: make_resident_id(rng, region=rng.choice(sorted(identity.SAMPLE_REGIONS) + ["990101", "110101"]),
                                  birth=date(rng.randint(1890, 2030), rng.randint(1, 12), rng.randint(1, 28)),
                                  sex=rng.choice("MF")), "0123456789X"),
    (check_credit_code, lambda rng: make_credit_code(rng, entity=rng.choice(["91", "92", "A1"])),
     identity._USCC_ALPHABET + "Z"),
    (check_bank_card, lambda rng: make_bank_card(rng, length=rng.randint(16, 19)), "0123456789"),
    (check_mobile, make_mobile, "0123456789"),
])
def test_plain_numbers_equal_the_full_checks(check, make, alphabet):
    rng = random.Random(2026)
    outcomes = set()
    for _ in range(1500):
        for value in _mutations(rng, make(rng), alphabet):
            got = _outcome(check, value)
            assert got == _outcome(check, f" {value} "), value       # cleaned, checked character by character
            outcomes.add(got[0])
    assert outcomes == {"ok", "refused"}


def test_table_checksums_equal_stdnum():
    rng = random.Random(7)
    for _ in range(5000):
        body = "".join(rng.choice(identity._USCC_ALPHABET) for _ in range(17))
        assert identity.credit_check_char(body) == uscc.calc_check_digit(body)
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 25)))
        assert identity.luhn_checksum(digits) == luhn.checksum(digits)
