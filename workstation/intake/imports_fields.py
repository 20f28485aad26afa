"""Typed field readers for the import rules: each reads one value of a record,
returns it clean or records a problem naming the field (the platform months are
read in imports_months)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Mapping

from workstation.domain import identity
from workstation.domain.money import AMOUNT_LIMIT, MoneyError, from_fen, parse_amount, to_fen

CHINA_TZ = timezone(timedelta(hours=8))       # China keeps no daylight saving time
EARLIEST_RECEIVED = datetime(2000, 1, 1, tzinfo=CHINA_TZ)
EARLIEST_MEMBER = date(1999, 1, 1)               # the platforms' first year
CLOCK_SKEW = timedelta(hours=1)                  # a platform clock slightly ahead is tolerated
# a platform month row, as CleanRecord.months holds it (money in integer fen, rating x 100)
MONTH_FIELDS = ("month", "sales", "orders", "refunds", "refund_amount", "disputes", "rating_centi",
                "login_days", "ad_spend", "listings", "favourites")
_TRUE = {"true", "1", "yes", "y", "是"}
_FALSE = {"false", "0", "no", "n", "否"}
_INT = re.compile(r"[+-]?[0-9]+\Z")
_PLAIN_AMOUNT = re.compile(r"(-?)([0-9]{1,16})(?:\.([0-9]{1,2}))?\Z")
_CENTS = re.compile(r"[0-9]{1,16}\.[0-9]{2}").fullmatch
_PLAIN_RATIO = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]{1,2})?").fullmatch
# control characters, lone surrogates, bidi controls (RLO ...) and invisible zero-width ones
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                      r"\u2066-\u2069\ufeff\ufff9-\ufffb]").search
MAX_NUMBER_TEXT = 40               # characters of a number written as text, checked before converting
_MAX_FEN = int(AMOUNT_LIMIT * 100)               # beyond it the parser names the problem


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one record: ``line`` in the file, ``field`` by its dotted name."""
    line: int
    field: str
    message: str                # the English, as the rejects file writes it
    code: str = ""              # its template in ``problem_texts.PROBLEMS``: what the desk translates
    params: Mapping[str, object] = dc_field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"line {self.line}, {self.field}: {self.message}"



def fen_of(v: object) -> int | None:
    """Fast exact path for the common case, a plain text amount such as "1234.5" or
    "1234.56": integer fen by integer arithmetic (no float, no rounding). Anything
    else (JSON numbers, "¥1,234.00", errors) returns None and goes through money()."""
    if type(v) is str:
        m = _PLAIN_AMOUNT.match(v)
        if m:
            frac = m.group(3)
            fen = int(m.group(2)) * 100 + (int(frac) * (10 if len(frac) == 1 else 1) if frac else 0)
            if fen <= _MAX_FEN:
                return -fen if m.group(1) else fen
    return None


def _shown(v: object) -> str:
    """A value as a message quotes it: at most 40 characters."""
    text = repr(v) if isinstance(v, str) else str(v)
    return text if len(text) <= 40 else text[:37] + "..."


class BadNumber:
    """A JSON number too long or too large to convert safely (``1e999999999``, 5,000
    digits): the reader keeps its first characters so that the field's reader names
    the field; it is never converted."""
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text if len(text) <= 24 else text[:20] + "..."

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


MAX_FEN = 10 ** 18                 # a BIGINT column holds it on every backend


def _too_big(v: object) -> str | None:
    """Why a number is refused before any conversion (too many characters, or a JSON
    number the reader kept as text), else None."""
    if isinstance(v, BadNumber):
        return f"the number {v} is too long or too large to be a value of this field"
    if isinstance(v, str) and len(v.strip()) > MAX_NUMBER_TEXT:
        return f"is {len(v.strip())} characters long: not a number this field can hold"
    if isinstance(v, Decimal) and v.is_finite() and v and not -20 <= v.adjusted() <= 20:
        return f"the number {_shown(v)} is too large or too small for this field"
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 10 ** MAX_NUMBER_TEXT:
        return "the number is too long for this field"
    return None


def kind_of(v: object) -> str:
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, (int, Decimal, BadNumber)):
        return "a number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, list):
        return "a list"
    if isinstance(v, dict):
        return "an object"
    return type(v).__name__


class Fields:
    """Reads typed values out of one flat record, collecting problems."""

    def __init__(self, data: Mapping[str, object], *, line: int, prefix: str = "") -> None:
        self.data = data
        self.line = line
        self.prefix = prefix
        self.problems: list[Problem] = []

    def bad(self, name: str, message: str, code: str = "", **params: object) -> None:
        self.problems.append(Problem(self.line, self.prefix + name, message, code, params))

    def raw(self, name: str, *, required: bool) -> object | None:
        v = self.data.get(name)
        if v is None or (isinstance(v, str) and not v.strip()):
            if required:
                self.bad(name, "required, missing", "import_required")
            return None
        return v

    # Each reader first tries the common case inline (a well-formed value) and otherwise
    # goes through the full checks, which name the problem: the same result, fewer calls.

    def text(self, name: str, *, max_len: int, required: bool = True) -> str | None:
        v = self.data.get(name)
        if type(v) is str:
            t = v.strip()
            # printable text holds none of _CONTROL's characters (all are Cc, Cf or Cs), and ASCII is NFC
            if t and len(t) <= max_len and (t.isprintable() or not _CONTROL(t)) \
                    and (t.isascii() or unicodedata.is_normalized("NFC", t)):
                return t
        return self._text(name, max_len=max_len, required=required)

    def _text(self, name: str, *, max_len: int, required: bool) -> str | None:
        v = self.raw(name, required=required)
        if v is None:
            return None
        if not isinstance(v, str):
            return self.bad(name, f"must be text, not {kind_of(v)}", "import_not_text", kind=kind_of(v))
        v = v.strip()
        if len(v) > max_len:
            return self.bad(name, f"is {len(v)} characters long, at most {max_len} allowed", "import_too_long",
                            length=len(v), max_len=max_len)
        if m := _CONTROL(v):
            return self.bad(name, f"contains an invisible or control character (U+{ord(m.group()):04X}) "
                                  f"at position {m.start() + 1}", "import_control_char",
                            char=f"U+{ord(m.group()):04X}", position=m.start() + 1)
        return unicodedata.normalize("NFC", v)

    def amount(self, name: str, *, required: bool = True, positive: bool = False) -> int | None:
        """An amount of money as integer fen (what the Fen column stores)."""
        v = self.data.get(name)
        if type(v) is str:
            if _CENTS(v):               # "1234.50": its fen are its digits
                fen = int(v.replace(".", ""))
                if (fen or not positive) and fen <= _MAX_FEN:
                    return fen
                return self._amount(name, required=required, positive=positive)
            m = _PLAIN_AMOUNT.match(v)
            if m and not m.group(1):
                frac = m.group(3)
                fen = int(m.group(2)) * 100 + (int(frac) * (10 if len(frac) == 1 else 1) if frac else 0)
                if (fen or not positive) and fen <= _MAX_FEN:
                    return fen
        return self._amount(name, required=required, positive=positive)

    def _amount(self, name: str, *, required: bool, positive: bool) -> int | None:
        v = self.raw(name, required=required)
        if v is None:
            return None
        fen = fen_of(v)
        if fen is None:
            if (bad := _too_big(v)) is not None:
                return self.bad(name, bad, "import_number_too_big")
            if isinstance(v, bool) or not isinstance(v, (str, int, Decimal)):
                return self.bad(name, f"must be an amount such as \"1234.50\", not {kind_of(v)}", "import_amount_kind",
                                kind=kind_of(v))
            try:
                fen = to_fen(parse_amount(v, negative=True, grouping=True, symbol=True))
            except (MoneyError, ArithmeticError, ValueError) as exc:
                return self.bad(name, str(exc) if isinstance(exc, MoneyError) else
                                f"not an amount of money: {_shown(v)}", "import_not_money", value=_shown(v),
                                reason=exc.code if isinstance(exc, MoneyError) else "")
        if fen >= MAX_FEN:
            return self.bad(name, f"{from_fen(fen)} is larger than any amount this field can hold",
                            "import_amount_too_big", amount=from_fen(fen))
        if fen < 0 or (positive and fen == 0):
            return self.bad(name, f"must be {'more than' if positive else 'at least'} 0.00, got {from_fen(fen)}",
                            "import_amount_not_positive" if positive else "import_amount_negative",
                            amount=from_fen(fen))
        return fen

    def integer(self, name: str, *, lo: int, hi: int, required: bool = True) -> int | None:
        v = self.data.get(name)
        if type(v) is int and lo <= v <= hi:
            return v
        return self._integer(name, lo=lo, hi=hi, required=required)

    def _integer(self, name: str, *, lo: int, hi: int, required: bool) -> int | None:
        v = self.raw(name, required=required)
        if v is None:
            return None
        if isinstance(v, bool):
            return self.bad(name, "must be a whole number, not true/false", "import_int_kind", kind="true/false")
        if (bad := _too_big(v)) is not None:
            return self.bad(name, bad, "import_number_too_big")
        if isinstance(v, Decimal):
            if v != v.to_integral_value():
                return self.bad(name, f"must be a whole number, got {v}", "import_not_whole", value=v)
            v = int(v)
        elif isinstance(v, str):
            if not _INT.match(v.strip()):
                return self.bad(name, f"must be a whole number, got {v.strip()!r}", "import_not_whole", value=v.strip())
            v = int(v.strip())
        elif not isinstance(v, int):
            return self.bad(name, f"must be a whole number, not {kind_of(v)}", "import_int_kind", kind=kind_of(v))
        if not lo <= v <= hi:
            return self.bad(name, f"{v} is outside {lo} to {hi}", "import_outside", value=v, lo=lo, hi=hi)
        return v

    def ratio(self, name: str, *, lo: Decimal, hi: Decimal, required: bool = True) -> Decimal | None:
        """A percentage or rating: a decimal with at most two places."""
        v = self.data.get(name)
        if type(v) is str and _PLAIN_RATIO(v):
            d = Decimal(v)
            if lo <= d <= hi:
                return d
        return self._ratio(name, lo=lo, hi=hi, required=required)

    def _ratio(self, name: str, *, lo: Decimal, hi: Decimal, required: bool) -> Decimal | None:
        v = self.raw(name, required=required)
        if v is None:
            return None
        if (bad := _too_big(v)) is not None:
            return self.bad(name, bad, "import_number_too_big")
        if isinstance(v, bool) or not isinstance(v, (str, int, Decimal)):
            return self.bad(name, f"must be a number, not {kind_of(v)}", "import_number_kind", kind=kind_of(v))
        try:
            d = Decimal(v.strip()) if isinstance(v, str) else Decimal(v)
        except InvalidOperation:
            return self.bad(name, f"must be a number, got {_shown(v)}", "import_not_number", value=_shown(v))
        if not d.is_finite() or not -20 <= d.adjusted() <= 20:
            return self.bad(name, f"{_shown(v)} is outside {lo} to {hi}", "import_outside", value=_shown(v),
                            lo=lo, hi=hi)
        if d != d.quantize(Decimal("0.01")):
            return self.bad(name, f"must be a number with at most two decimal places, got {v}", "import_two_places",
                            value=v)
        if not lo <= d <= hi:
            return self.bad(name, f"{d} is outside {lo} to {hi}", "import_outside", value=d, lo=lo, hi=hi)
        return d

    def boolean(self, name: str, *, required: bool = True, default: bool | None = None) -> bool | None:
        v = self.data.get(name)
        if type(v) is bool:
            return v
        v = self.raw(name, required=required)
        if v is None:
            return default
        if isinstance(v, bool):
            return v
        if isinstance(v, str) and v.strip().lower() in _TRUE | _FALSE:
            return v.strip().lower() in _TRUE
        return self.bad(name, f"must be true or false, got {v!r}", "import_not_bool", value=v)

    def day(self, name: str, *, lo: date, hi: date, required: bool = True) -> date | None:
        v = self.text(name, max_len=10, required=required)
        if v is None:
            return None
        try:
            d = date.fromisoformat(v)
        except ValueError:
            return self.bad(name, f"must be a date YYYY-MM-DD, got {v!r}", "import_not_date", value=v)
        if d > hi:
            return self.bad(name, f"{d} is in the future", "import_future", value=d)
        if d < lo:
            return self.bad(name, f"{d} is before {lo}: not plausible", "import_too_early", value=d, lo=lo)
        return d

    def instant(self, name: str, *, now: datetime) -> datetime | None:
        v = self.text(name, max_len=40)
        if v is None:
            return None
        try:
            t = datetime.fromisoformat(v)
        except ValueError:
            return self.bad(name, f"must be a date and time such as 2026-03-01T09:30:00+08:00, got {v!r}",
                            "import_not_instant", value=v)
        if t.tzinfo is None:
            t = t.replace(tzinfo=CHINA_TZ)       # the platform's local time, documented
        if t > now + CLOCK_SKEW:
            return self.bad(name, f"{v} is in the future", "import_future", value=v)
        if t < EARLIEST_RECEIVED:
            return self.bad(name, f"{v} is before {EARLIEST_RECEIVED.year}: not plausible", "import_too_early",
                            value=v, lo=EARLIEST_RECEIVED.year)
        return t.astimezone(timezone.utc)

    def checked(self, name: str, check, mask) -> object | None:
        """An identity number checked by ``identity.check_*``; the number is masked in
        the message (a rejects report is shown on screen)."""
        v = self.raw(name, required=True)
        if v is None:
            return None
        if not isinstance(v, str):
            return self.bad(name, f"must be text, not {kind_of(v)} (quote numbers in JSON)", "import_not_text",
                            kind=kind_of(v))
        try:
            return check(v)
        except identity.IdentityError as exc:
            cleaned = re.sub(r"[\s\-]+", "", v).upper()
            message = exc.message.replace(cleaned, mask(cleaned)) if cleaned else exc.message
            return self.bad(name, message, "import_identity", field=exc.field)
