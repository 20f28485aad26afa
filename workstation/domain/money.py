"""Money: Decimal only, to the fen, rounded at named points.

Every amount of money in the program is a ``decimal.Decimal`` with two places.
``money()`` is the one constructor: it accepts ``Decimal``, ``int`` and strings,
and refuses ``float`` (a float has already lost the fen).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


FEN = Decimal("0.01")
ZERO = Decimal("0.00")
# The largest amount the program handles: just under 10^16 yuan, far above any
# loan book, and inside a signed 64-bit integer of fen.
MAX_ABS = Decimal("9999999999999999.99")


class MoneyError(ValueError):
    """A value that cannot be an amount of money."""


def money(value: Decimal | int | str) -> Decimal:
    """Exact amount to the fen. Refuses floats and anything not exact to the fen."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"money() refuses {type(value).__name__} {value!r}: use Decimal or str")
    if isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, Decimal):
        d = value
    elif isinstance(value, str):
        text = value.strip().replace(",", "").replace("，", "")
        if text.startswith("¥") or text.startswith("￥"):
            text = text[1:]
        try:
            d = Decimal(text)
        except InvalidOperation:
            raise MoneyError(f"not an amount: {value!r}") from None
    else:
        raise TypeError(f"money() refuses {type(value).__name__}")
    if not d.is_finite():
        raise MoneyError(f"not an amount: {value!r}")
    if abs(d) > MAX_ABS:
        raise MoneyError(f"amount {value!r} is out of range")
    q = d.quantize(FEN)
    if q != d:
        raise MoneyError(f"amount {value!r} has more than two decimal places (fen)")
    return q


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
