"""Identity numbers: resident ID, unified social credit code, bank card, mobile.

Each ``check_*`` function normalises its input (spaces and hyphens removed, a
lower-case ``x`` upper-cased) and returns the normalised value, or raises
:class:`IdentityError` naming the field and saying in plain English what is
wrong. The checksums come from python-stdnum; the messages are ours.

The ``make_*`` functions build synthetic numbers with valid checksums for demo
data and tests. They are not anybody's numbers.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date

from stdnum import luhn
from stdnum.cn import ric, uscc

from workstation.domain import clock

# First two digits of a resident ID / region code: the province-level division.
PROVINCE_CODES: dict[str, str] = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古",
    "21": "辽宁", "22": "吉林", "23": "黑龙江",
    "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东",
    "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
    "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏",
    "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏", "65": "新疆",
    "71": "台湾", "81": "香港", "82": "澳门",
}

# A few real county-level region codes for demo data: code -> (province, city).
SAMPLE_REGIONS: dict[str, tuple[str, str]] = {
    "330106": ("浙江", "杭州"), "330102": ("浙江", "杭州"), "330782": ("浙江", "义乌"),
    "330203": ("浙江", "宁波"), "320102": ("江苏", "南京"), "320505": ("江苏", "苏州"),
    "310101": ("上海", "上海"), "310115": ("上海", "上海"), "440106": ("广东", "广州"),
    "440304": ("广东", "深圳"), "110101": ("北京", "北京"), "120101": ("天津", "天津"),
    "370102": ("山东", "济南"), "370202": ("山东", "青岛"), "350203": ("福建", "厦门"),
    "510104": ("四川", "成都"), "420106": ("湖北", "武汉"), "410105": ("河南", "郑州"),
}

_SEPARATORS = re.compile(r"[\s\-]+")
_EARLIEST_BIRTH = date(1900, 1, 1)
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_MOBILE = re.compile(r"1[3-9]\d{9}")
# the usual forms, as typed without separators: the character-by-character checks (which
# name the wrong character) are then already true; the checksums are still computed
_PLAIN_ID = re.compile(r"[0-9]{17}[0-9X]").fullmatch
_PLAIN_CREDIT = re.compile(r"[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}").fullmatch
_PLAIN_CARD = re.compile(r"[0-9]{16,19}").fullmatch
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}").fullmatch
_USCC_VALUE = {ch: i for i, ch in enumerate(_USCC_ALPHABET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_DIGIT = {str(d): d for d in range(10)}
_LUHN_DOUBLE = {str(d): sum(divmod(2 * d, 10)) for d in range(10)}


class IdentityError(ValueError):
    """An identity number that is malformed; ``field`` names the input field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return self.message


def age_on(birth: date, on: date) -> int:
    """Age in completed years on ``on``.

    A birthday on 29 February is reached on 1 March in common years.
    """
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


@dataclass(frozen=True)
class ResidentId:
    number: str
    birth_date: date
    sex: str  # "M" or "F"
    region_code: str

    @property
    def province(self) -> str | None:
        return PROVINCE_CODES.get(self.region_code[:2])

    def age_on(self, on: date) -> int:
        return age_on(self.birth_date, on)


def _clean(value: object, field: str, what: str) -> str:
    if value is None:
        raise IdentityError(field, f"{what} is missing")
    if not isinstance(value, str):
        value = str(value)
    text = _SEPARATORS.sub("", value).upper()
    if not text:
        raise IdentityError(field, f"{what} is empty")
    return text


def _length_message(text: str, needs: str) -> str:
    n = len(text)
    return f"is {n} character{'s' if n != 1 else ''}, needs {needs}"


def check_resident_id(value: object, *, today: date | None = None) -> ResidentId:
    """Validate an 18-character resident ID number (居民身份证号码).

    Checks length, digits (the last may be X), the province code, the birth date
    (a real date, not before 1900, not after ``today``) and the check digit.
    """
    field = "resident_id"
    if type(value) is str and _PLAIN_ID(value):      # 17 ASCII digits and a digit or X, nothing to clean
        text = value
    else:
        text = _clean(value, field, "ID number")
        if len(text) != 18:
            raise IdentityError(field, f"ID number {text}: {_length_message(text, '18')}")
        for pos, ch in enumerate(text[:17], start=1):
            if not ch.isdigit() or not ch.isascii():
                raise IdentityError(field, f"ID number {text}: character {pos} is {ch!r}, must be a digit")
        if not (text[17].isascii() and (text[17].isdigit() or text[17] == "X")):
            raise IdentityError(field, f"ID number {text}: last character is {text[17]!r}, must be a digit or X")
    if text[:2] not in PROVINCE_CODES:
        raise IdentityError(field, f"ID number {text}: region code {text[:6]} is not in a Chinese province")
    raw_birth = text[6:14]
    try:
        birth = date(int(raw_birth[:4]), int(raw_birth[4:6]), int(raw_birth[6:]))
    except ValueError:
        raise IdentityError(field, f"birth date {raw_birth} in ID number {text} is not a date") from None
    limit = today or clock.today()
    if birth < _EARLIEST_BIRTH or birth > limit:
        raise IdentityError(field, f"birth date {birth.isoformat()} in ID number {text} is not plausible")
    expected = ric.calc_check_digit(text)
    if text[17] != expected:
        raise IdentityError(field, f"ID number {text}: checksum digit should be {expected}")
    sex = "M" if int(text[16]) % 2 == 1 else "F"
    return ResidentId(number=text, birth_date=birth, sex=sex, region_code=text[:6])


def check_credit_code(value: object) -> str:
    """Validate an 18-character unified social credit code (统一社会信用代码)."""
    field = "credit_code"
    if type(value) is str and _PLAIN_CREDIT(value):  # the alphabet, region digits, nothing to clean
        text = value
    else:
        text = _clean(value, field, "credit code")
        if len(text) != 18:
            raise IdentityError(field, f"credit code {text}: {_length_message(text, '18')}")
        for pos, ch in enumerate(text, start=1):
            if ch not in _USCC_ALPHABET:
                raise IdentityError(
                    field, f"credit code {text}: character {pos} is {ch!r}, not allowed (no I, O, S, V or Z)")
        if not text[2:8].isdigit():
            raise IdentityError(field, f"credit code {text}: characters 3-8 (region code) must be digits")
    expected = credit_check_char(text[:17])
    if text[17] != expected:
        raise IdentityError(field, f"credit code {text}: check character should be {expected}")
    return text


def check_bank_card(value: object) -> str:
    """Validate a bank card number: 16 to 19 digits with a valid Luhn check digit."""
    field = "bank_card"
    if type(value) is str and _PLAIN_CARD(value):    # 16 to 19 ASCII digits, nothing to clean
        text = value
    else:
        text = _clean(value, field, "bank card number")
        if not (text.isascii() and text.isdigit()):
            raise IdentityError(field, f"bank card number {text}: must contain only digits")
        if not 16 <= len(text) <= 19:
            raise IdentityError(field, f"bank card number {text}: {_length_message(text, '16 to 19')}")
    if luhn_checksum(text) != 0:
        expected = luhn.calc_check_digit(text[:-1])
        raise IdentityError(field, f"bank card number {text}: Luhn check digit should be {expected}")
    return text


def credit_check_char(body: str) -> str:
    """The check character of a credit code's first 17 characters (ASCII digits and
    _USCC_ALPHABET): stdnum's ``uscc.calc_check_digit`` by table (tests compare them)."""
    total = sum(map(int.__mul__, map(_USCC_VALUE.__getitem__, body), _USCC_WEIGHTS))
    return _USCC_ALPHABET[(31 - total) % 31]


def luhn_checksum(digits: str) -> int:
    """stdnum's ``luhn.checksum`` of ASCII digits by table (0: valid; tests compare them)."""
    return (sum(map(_DIGIT.__getitem__, digits[::-2]))
            + sum(map(_LUHN_DOUBLE.__getitem__, digits[-2::-2]))) % 10


def check_mobile(value: object) -> str:
    """Validate a mainland mobile number: 11 digits starting 13-19 (+86 accepted)."""
    field = "mobile"
    if type(value) is str and _PLAIN_MOBILE(value):  # 11 ASCII digits from 13 to 19: nothing to clean
        return value
    text = _clean(value, field, "mobile number")
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if not (text.isascii() and text.isdigit()):
        raise IdentityError(field, f"mobile number {text}: must contain only digits")
    if len(text) != 11:
        raise IdentityError(field, f"mobile number {text}: {_length_message(text, '11')}")
    if not _MOBILE.fullmatch(text):
        raise IdentityError(field, f"mobile number {text}: must start with 13 to 19")
    return text


# --- synthetic numbers for demo data -------------------------------------------------

def make_resident_id(rng: random.Random, *, region: str, birth: date, sex: str) -> str:
    """A synthetic resident ID with a valid check digit; ``sex`` is "M" or "F"."""
    if len(region) != 6 or not region.isdigit():
        raise ValueError(f"region must be 6 digits, not {region!r}")
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be 'M' or 'F', not {sex!r}")
    seq = rng.randrange(0, 500) * 2 + (1 if sex == "M" else 0)
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


def make_credit_code(rng: random.Random, *, region: str | None = None, entity: str = "91") -> str:
    """A synthetic unified social credit code with a valid check character: ``entity``
    91 an enterprise (company), 92 an individual business (个体工商户)."""
    region = region or rng.choice(sorted(SAMPLE_REGIONS))
    org = "".join(rng.choice("0123456789" * 3 + _USCC_ALPHABET[10:]) for _ in range(9))
    body = f"{entity}{region}{org}"
    return body + uscc.calc_check_digit(body)


def make_bank_card(rng: random.Random, prefix: str = "622848", length: int = 19) -> str:
    """A synthetic debit card number with a valid Luhn digit (default: 19 digits)."""
    if not 16 <= length <= 19 or len(prefix) >= length:
        raise ValueError("card length must be 16-19 and longer than the prefix")
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def make_mobile(rng: random.Random) -> str:
    """A synthetic mainland mobile number."""
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
