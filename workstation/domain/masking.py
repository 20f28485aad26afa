"""Masking personal data for display: the case file shows masked values by default.

Every function accepts ``None`` (returns ``""``) and values too short to keep
both ends; a short value is masked entirely rather than shown. The mask keeps
the length, so a reader can still see that a number has the right shape.
"""
from __future__ import annotations

MASK = "*"


def _text(value: object) -> str:
    if value is None:
        return ""
    return "".join(str(value).split())


def _keep_ends(value: object, *, head: int, tail: int) -> str:
    text = _text(value)
    if len(text) <= head + tail:
        # Too short to show both ends without revealing most of it: mask all.
        return MASK * len(text)
    return text[:head] + MASK * (len(text) - head - tail) + text[-tail:]


def mask_id(value: object) -> str:
    """'330106199001011234' -> '330106********1234' (region and last four kept)."""
    return _keep_ends(value, head=6, tail=4)


def mask_phone(value: object) -> str:
    """'13812345678' -> '138****5678'."""
    return _keep_ends(value, head=3, tail=4)


def mask_account(value: object) -> str:
    """Payment account: '13812345678@alipay' -> '138****5678@alipay' (the part before
    '@' masked as a phone number, the provider kept)."""
    local, at, domain = _text(value).partition("@")
    return mask_phone(local) + at + domain


def mask_card(value: object) -> str:
    """Bank card: first six (the issuer) and last four kept."""
    return _keep_ends(value, head=6, tail=4)


def mask_name(value: object) -> str:
    """'张三丰' -> '张**': the first character (the family name) kept."""
    text = "" if value is None else str(value).strip()
    if len(text) <= 1:
        return MASK * len(text)
    return text[0] + MASK * (len(text) - 1)
