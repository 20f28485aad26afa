"""Money: Decimal only, to the fen, rounded at named points.

Every amount of money in the program is a ``decimal.Decimal`` with two places.
``money()`` is the one constructor: it accepts ``Decimal``, ``int`` and strings,
and refuses ``float`` (a float has already lost the fen).
"""
from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import NoReturn


FEN = Decimal("0.01")
ZERO = Decimal("0.00")
# The largest amount the program handles: just under 10^16 yuan, far above any
# loan book, and inside a signed 64-bit integer of fen.
MAX_ABS = Decimal("9999999999999999.99")


class MoneyError(ValueError):
    """A value that cannot be an amount of money (or a bounded number). ``code`` says why
    in a word the screens translate (its English in REASONS), ``params`` fill it in (the
    value, places, limit...); ``str()`` is the English reason for logs and files."""

    def __init__(self, message: str, *, code: str = "invalid", value: object = None, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.value = value
        self.params = {"value": value, **params}


# -- the one parser of typed amounts and bounded numbers ----------------------------------
# Accepted: digits with an optional point and at most ``places`` decimals ("1234.5", "0.05").
# Refused, each with a reason code: exponents (1e5), underscores (1_000), decimal commas
# (1,50), NaN/Infinity, a sign where none is allowed, thousands separators unless the
# caller allows the one grouped form (1,234,567.89: groups of exactly three), and values
# beyond ``limit``. Files take no grouping (a comma is the CSV separator); the desk and
# the command line may.
AMOUNT_LIMIT = Decimal("100000000.00")      # default of the setting input.max_amount
DATE_MIN, DATE_MAX = date(1900, 1, 1), date(2100, 12, 31)
_PLAIN = re.compile(r"([+-]?)([0-9]+)(?:\.([0-9]*))?\Z")
_GROUPED = re.compile(r"([+-]?)([0-9]{1,3}(?:,[0-9]{3})+)(?:\.([0-9]*))?\Z")
_SYMBOLS = ("¥", "￥")
_WIDE = Context(prec=60)                     # exact for every text the parser lets through
REASONS = {
    "required": "required, missing",
    "exponent": "no exponent form (write 1000, not 1e3)",
    "underscore": "no underscores in a number",
    "decimal_comma": "a decimal comma is not allowed (write 1.50, not 1,50)",
    "grouping": "thousands separators are not allowed here",
    "bad_grouping": "thousands separators must group three digits (1,234,567.89)",
    "not_a_number": "not a number",
    "not_finite": "not a number (NaN/Infinity)",
    "decimals": "more than {places} decimal places",
    "negative": "must not be negative",
    "sign": "no sign allowed",
    "too_large": "beyond the limit of {limit}",
    "too_small": "below the lowest allowed {lo}",
    "not_whole": "not a whole number",
    "date": "not a date (YYYY-MM-DD)",
    "date_range": "outside {lo} to {hi}",
}


def _fail(code: str, value: object, **params) -> NoReturn:
    reason = REASONS[code].format(**params)
    raise MoneyError(f"{value!r}: {reason}" if value not in (None, "") else reason, code=code, value=value,
                     **params)


def parse_decimal(value: object, *, places: int = 2, negative: bool = False, grouping: bool = False,
                  symbol: bool = False, limit: Decimal | None = AMOUNT_LIMIT,
                  lo: Decimal | None = None) -> Decimal:
    """A typed number (str) or an exact one (int, Decimal): checked, exact, never rounded."""
    if isinstance(value, (bool, float)):
        raise TypeError(f"parse_decimal() refuses {type(value).__name__} {value!r}: use Decimal or str")
    if isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            _fail("not_finite", value)
        if value.as_tuple().exponent > 0:
            _fail("exponent", value)
        d = value
    elif isinstance(value, str):
        d = _parse_text(value, negative=negative, grouping=grouping, symbol=symbol)
    elif value is None:
        _fail("required", value)
    else:
        raise TypeError(f"parse_decimal() refuses {type(value).__name__}")
    if d < 0 and not negative:
        _fail("negative", value)
    if limit is not None and abs(d) > limit:
        _fail("too_large", value, limit=f"{limit:,}")
    if _places(d) > places:
        _fail("decimals", value, places="two" if places == 2 else places)
    if lo is not None and d < lo:
        _fail("too_small", value, lo=lo)
    return d


def _places(d: Decimal) -> int:
    """Decimal places that matter (1.500 has two), exactly, whatever the precision."""
    _, digits, exp = d.as_tuple()
    if exp >= 0 or not any(digits):
        return 0
    zeros = 0
    while zeros < min(len(digits), -exp) and digits[len(digits) - 1 - zeros] == 0:
        zeros += 1
    return -exp - zeros


def _parse_text(value: str, *, negative: bool, grouping: bool, symbol: bool) -> Decimal:
    text = value.strip()
    if not text:
        _fail("required", value)
    sign = ""
    if text[0] in "+-":
        sign, text = text[0], text[1:].lstrip()
    if symbol and text.startswith(_SYMBOLS):
        text = text[1:].strip()
    m = _PLAIN.match(sign + text)
    if m is None and _GROUPED.match(sign + text):
        if not grouping:
            _fail("grouping", value)
        m = _GROUPED.match(sign + text)
    if m is None:
        low = text.lower()
        if low in ("nan", "snan", "inf", "infinity"):
            _fail("not_finite", value)
        if "_" in text:
            _fail("underscore", value)
        if re.fullmatch(r"[0-9.]+e[+-]?[0-9]+", low):
            _fail("exponent", value)
        if re.fullmatch(r"[0-9]+,[0-9]{1,2}", text):
            _fail("decimal_comma", value)
        if re.fullmatch(r"[0-9][0-9,]*(\.[0-9]*)?", text):
            _fail("bad_grouping" if grouping else "grouping", value)
        _fail("not_a_number", value)
    if m.group(3) == "":
        _fail("not_a_number", value)          # "12." is a typo more often than a number
    if m.group(1) and not negative:
        _fail("negative" if m.group(1) == "-" else "sign", value)
    digits = m.group(2).replace(",", "") + ("." + m.group(3) if m.group(3) else "")
    if len(digits) > 40:
        _fail("too_large", value, limit="40 digits")
    d = Decimal(digits)
    return -d if m.group(1) == "-" else d


def parse_amount(value: object, *, negative: bool = False, grouping: bool = False, symbol: bool = False,
                 limit: Decimal | None = AMOUNT_LIMIT) -> Decimal:
    """Money typed or read from a file: yuan to the fen (see :func:`parse_decimal`).
    The plain form of a file ("1234.56": digits, at most two decimals, within the limit)
    is read at once: what the full parser gives it (tests/test_money_fast.py)."""
    if type(value) is str and _FAST.match(value) is not None:
        d = Decimal(value)
        if limit is None or d <= limit:
            return d.quantize(FEN, context=_WIDE)
    return parse_amount_by_rule(value, negative=negative, grouping=grouping, symbol=symbol, limit=limit)


# what the full parser lets through unchanged: no sign, space, grouping or symbol, at most
# two decimals, never "12." (refused), at most 22 characters (its 40-digit bound is far)
_FAST = re.compile(r"[0-9]{1,19}(?:\.[0-9]{1,2})?\Z")


def parse_amount_by_rule(value: object, *, negative: bool = False, grouping: bool = False, symbol: bool = False,
                         limit: Decimal | None = AMOUNT_LIMIT) -> Decimal:
    """``parse_amount`` through the full parser, every form."""
    return parse_decimal(value, places=2, negative=negative, grouping=grouping, symbol=symbol,
                         limit=limit).quantize(FEN, context=_WIDE)


def parse_whole(value: object, *, lo: int, hi: int) -> int:
    """A count (term in months, days): plain digits, ``lo`` to ``hi``."""
    if isinstance(value, int) and not isinstance(value, bool):
        n = value
    else:
        text = str(value).strip() if value is not None else ""
        if not text:
            _fail("required", value)
        if not re.fullmatch(r"\+?[0-9]{1,12}", text):
            parse_decimal(text, places=12, negative=True, limit=None)    # names exponents, underscores...
            _fail("not_whole", value)
        n = int(text)
    if n < lo:
        _fail("too_small", value, lo=lo)
    if n > hi:
        _fail("too_large", value, limit=f"{hi:,}")
    return n


def parse_date(value: object, *, lo: date = DATE_MIN, hi: date = DATE_MAX) -> date:
    """``YYYY-MM-DD`` within ``lo`` .. ``hi`` (by default 1900 to 2100)."""
    if isinstance(value, date):
        d = value
    else:
        text = str(value).strip() if value is not None else ""
        if not text:
            _fail("required", value)
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            _fail("date", value)
        try:
            d = date.fromisoformat(text)
        except ValueError:
            _fail("date", value)
    if not lo <= d <= hi:
        _fail("date_range", value, lo=lo, hi=hi)
    return d


def money(value: Decimal | int | str) -> Decimal:
    """Exact amount to the fen. Refuses floats and anything not exact to the fen.

    Text goes through :func:`parse_amount` (sign, ¥ and the grouped thousands form
    allowed; exponents, underscores, decimal commas refused) with the program's range."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"money() refuses {type(value).__name__} {value!r}: use Decimal or str")
    if not isinstance(value, (int, Decimal, str)):
        raise TypeError(f"money() refuses {type(value).__name__}")
    if isinstance(value, Decimal) and value.is_finite() and value.as_tuple().exponent > 0:
        value = value.quantize(Decimal(1))       # 1E+3 computed in code is an exact 1000
    try:
        return parse_amount(value, negative=True, grouping=True, symbol=True, limit=MAX_ABS)
    except MoneyError as exc:
        if exc.code == "decimals":
            raise MoneyError(f"amount {value!r} has more than two decimal places (fen)", code=exc.code,
                             value=value) from None
        if exc.code == "too_large":
            raise MoneyError(f"amount {value!r} is out of range", code=exc.code, value=value) from None
        raise MoneyError(f"not an amount: {exc}", code=exc.code, value=value) from None


def round_fen(value: Decimal) -> Decimal:
    """The policy rounding point: ROUND_HALF_UP to the fen."""
    if isinstance(value, float):
        raise TypeError("round_fen() refuses float")
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    """Decimal yuan -> integer fen (exact; refuses sub-fen amounts)."""
    return int(money(amount) * 100)


def from_fen(fen: int) -> Decimal:
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise TypeError(f"from_fen() takes int, not {type(fen).__name__}")
    return (Decimal(fen) / 100).quantize(FEN)


def fmt(amount: Decimal, *, symbol: bool = False) -> str:
    """1234567.8 -> '1,234,567.80' (optionally with ¥)."""
    text = f"{money(amount):,.2f}"
    return f"¥{text}" if symbol else text


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")


def _four(group: int) -> str:
    """0 < group < 10000 -> e.g. 203 -> 贰佰零叁 (no leading or trailing 零)."""
    out, zero = "", False
    for pos in (3, 2, 1, 0):
        d = group // 10 ** pos % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[d] + _SMALL_UNITS[pos]
    return out


def _yuan(n: int) -> str:
    """Whole yuan in capitals: groups of 亿 hold up to eight digits (壹万贰仟亿)."""
    if n >= 10 ** 8:
        high, low = divmod(n, 10 ** 8)
        out = _yuan(high) + "亿"
        return out + (("零" if low < 10 ** 7 else "") + _yuan(low) if low else "")
    if n >= 10 ** 4:
        high, low = divmod(n, 10 ** 4)
        out = _four(high) + "万"
        return out + (("零" if low < 1000 else "") + _four(low) if low else "")
    return _four(n) if n else ""


def to_chinese_upper(amount: Decimal | int | str) -> str:
    """人民币大写 as written on financial documents: 10203.04 -> 壹万零贰佰零叁元零肆分.

    The People's Bank of China rules for writing amounts: a run of zeros inside
    the number is written as one 零; 元 followed by 零 when the jiao is zero and
    fen is not; where the rules allow either one 零 or none (元位 zero, jiao not:
    1680.32), this writes the one 零 (壹仟陆佰捌拾元零叁角贰分); 整 after whole yuan.
    (cn2an's rmb mode omits that optional 零, so it is not used.)
    """
    d = money(amount)
    if d < 0:
        return "负" + to_chinese_upper(-d)
    fen_total = int(d * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    head = _yuan(yuan)
    if not head:
        if not rest:
            return "零元整"
        return (_DIGITS[jiao] + "角" if jiao else "") + (_DIGITS[fen] + "分" if fen else "")
    out = head + "元"
    if not rest:
        return out + "整"
    if jiao:
        out += ("零" if yuan % 10 == 0 else "") + _DIGITS[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += _DIGITS[fen] + "分"
    return out
