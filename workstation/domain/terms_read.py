"""The engine's reading of a stored terms record (``loans.terms``), its full check
remembered by the record's text less the loan's own amount and start. Pure Python.

``engine_part(text)`` is ``servicing_model._engine_part(ApprovedTerms.from_json(text))``:
it raises what ``from_json`` raises and returns what ``_engine_part`` returns. End of
day's first night reads every loan's record; a book's records differ mostly by the two
per-loan fields, the amount and the planned start, and the engine reads neither. So a
record in the exact form ``to_json`` writes is remembered by its text with those two
values blanked out; another record with the same text around them, an amount written
as digits with two places and a start written as a date (or the same ``null``), is the
same JSON object but for those two strings, and ``from_json`` checks nothing else of
them: a decimal amount above zero within the program's range, and a calendar date.
Those two are checked here per record; anything else goes through ``from_json``. A
blanked text is remembered the second time it is met (a book whose terms all differ,
a rate negotiated per loan, pays one lookup per record and no extra encoding).
tests/test_terms_read.py compares both on varied and malformed records.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from workstation.domain.money import MAX_ABS
from workstation.domain.servicing_model import _engine_part
from workstation.domain.terms import ApprovedTerms

_AMOUNT, _START = '"amount":"', '"start":'
_CHECKED: dict[str, tuple] = {}     # the blanked text of a record checked in full -> its engine part
_SEEN: set[str] = set()             # blanked texts met once (remembered from the second on)
_ZERO = Decimal(0)


def _plain_amount(a: str) -> bool:
    """``[0-9]{1,16}\\.[0-9]{2}`` (ASCII digits: ``isdigit`` alone takes others)."""
    return 4 <= len(a) <= 19 and a[-3] == "." and a.isascii() and a[:-3].isdigit() and a[-2:].isdigit()


def _plain_date(d: str) -> bool:
    """``[0-9]{4}-[0-9]{2}-[0-9]{2}``."""
    return (len(d) == 10 and d[4] == "-" and d[7] == "-" and d.isascii() and d[:4].isdigit()
            and d[5:7].isdigit() and d[8:].isdigit())


def _blanked(text: str) -> tuple[str, str, str | None] | None:
    """(the text with the values of the first amount and the first start after it blanked,
    the amount's text, the start's text or None for ``null``); None when the text is not
    in that shape. Only the exact form ``to_json`` writes is remembered, where each key is
    written once (no other key holds those names; quotes inside values are escaped); a
    text with the same blanked text has its first amount and start at the same places."""
    i = text.find(_AMOUNT)
    if i < 0:
        return None
    a0 = i + 10                             # len(_AMOUNT)
    a1 = text.find('"', a0)
    s = text.find(_START, a1) if a1 >= 0 else -1
    if s < 0 or not _plain_amount(text[a0:a1]):
        return None
    v = s + 8                               # len(_START)
    if text.startswith("null", v):
        return text[:a0] + text[a1:], text[a0:a1], None
    if text[v:v + 1] != '"' or text[v + 11:v + 12] != '"' or not _plain_date(text[v + 1:v + 11]):
        return None
    return text[:a0] + text[a1:v + 1] + text[v + 11:], text[a0:a1], text[v + 1:v + 11]


def _own_fields_ok(amount: str, start: str | None) -> bool:
    """What ``from_json`` checks of a record's amount (money above zero, within range) and
    start (a calendar date), both written plainly (``_blanked``)."""
    if start is not None:
        try:
            date.fromisoformat(start)
        except ValueError:
            return False
    return _ZERO < Decimal(amount) <= MAX_ABS


def engine_part(text: str) -> tuple:
    """``servicing_model._engine_part(ApprovedTerms.from_json(text))`` (see the module)."""
    b = _blanked(text)
    if b is not None:
        part = _CHECKED.get(b[0])
        if part is not None and _own_fields_ok(b[1], b[2]):
            return part
    terms = ApprovedTerms.from_json(text)          # the full check: raises as before
    part = _engine_part(terms)
    if b is not None:
        if b[0] not in _SEEN:           # once: a book of terms all different pays no more than this
            if len(_SEEN) > 8192:
                _SEEN.clear()
            _SEEN.add(b[0])
        elif terms.to_json() == text:   # twice, and in the exact written form: nothing else is free
            if len(_CHECKED) > 4096:
                _CHECKED.clear()
            _CHECKED[b[0]] = part
    return part
