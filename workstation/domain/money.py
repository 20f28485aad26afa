"""Money: Decimal only, to the fen, rounded at named points.

Every amount of money in the program is a ``decimal.Decimal`` with two places.
``money()`` is the one constructor: it accepts ``Decimal``, ``int`` and strings,
and refuses ``float`` (a float has already lost the fen).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import cn2an

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
    q = d.quantize(FEN)
    if q != d:
        raise MoneyError(f"amount {value!r} has more than two decimal places (fen)")
    if abs(q) > MAX_ABS:
        raise MoneyError(f"amount {value!r} is out of range")
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


def to_chinese_upper(amount: Decimal | int | str) -> str:
    """人民币大写 as written on financial documents: 10203.04 -> 壹万零贰佰零叁元零肆分.

    Follows the People's Bank of China rules for writing amounts (zeros between
    digits written once as 零, 整 after whole yuan or jiao). Delegates the digit
    work to cn2an's ``rmb`` mode; tests hold it to a table of tricky zeros.
    """
    d = money(amount)
    if d < 0:
        return "负" + to_chinese_upper(-d)
    return cn2an.an2cn(f"{d:.2f}", "rmb")
