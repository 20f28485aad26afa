"""Reading the payment channel's repayment file (docs/repayments-format.md) and writing
its rejects file. Nothing here touches the database.

Every physical line is numbered as a text editor numbers it: a CSV record starts on the
line of its first character (blank lines and quoted values spanning lines counted), a
JSON Lines record is one ``\\n``-terminated line. Each field goes through the one money
parser (``domain.money``); a problem names the line, the field and a reason code.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from workstation.domain.masking import mask_card, mask_id, mask_name, mask_phone
from workstation.domain.money import AMOUNT_LIMIT, MoneyError, parse_amount, parse_date, to_fen
from workstation.domain.errors import DomainError
from workstation.domain.refusals import os_error

KINDS = ("repayment", "order_settlement")
FIELDS = ("payment_ref", "contract_no", "value_date", "amount")
LINE = "(line)"                    # the field of a problem with the line as a whole
MAX_REF = 80


@dataclass(slots=True)
class Line:
    line_no: int
    payment_ref: str
    contract_no: str
    value_date: date
    amount: Decimal
    kind: str
    loan_id: int | None = None
    fen: int | None = None          # ``amount`` in fen (from ``amount`` when not given)

    def __post_init__(self) -> None:
        if self.fen is None:
            self.fen = to_fen(self.amount)


@dataclass(frozen=True)
class Reject:
    line: int
    field: str
    code: str
    reason: str
    raw: str = ""

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.reason}"


class FieldError(ValueError):
    def __init__(self, field: str, code: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.code, self.reason = field, code, reason


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read_file(path: Path, *, limit: Decimal = AMOUNT_LIMIT) -> tuple[list[Line], list[Reject], int, str]:
    """(good lines, rejects, records read, SHA-256 of the file)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DomainError("file_unreadable", name=path.name, os_error=os_error(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError("file_not_utf8", name=path.name) from None
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        records = _jsonl(text)
    elif path.suffix.lower() == ".csv":
        records = _csv(text, path.name)
    else:
        raise DomainError("repayment_file_type", name=path.name, suffix=path.suffix or '(none)')
    lines: list[Line] = []
    rejects: list[Reject] = []
    read = 0
    dates: dict[str, date] = {}          # a file's lines share a few value dates: each parsed once
    for n, rec, raw_text, problem in records:
        read += 1
        if problem is not None:
            rejects.append(Reject(n, LINE, problem[0], problem[1], mask_text(raw_text)))
            continue
        try:
            lines.append(parse_record(n, rec, limit=limit, dates=dates))
        except FieldError as exc:
            rejects.append(Reject(n, exc.field, exc.code, exc.reason, masked_record(rec)))
    return lines, rejects, read, sha256_of(raw)


def _jsonl(text: str):
    def no_constants(name: str):
        raise ValueError(f"{name} is not a number")
    decode = json.JSONDecoder(parse_float=Decimal, parse_constant=no_constants).decode
    for n, line in enumerate(text.split("\n"), 1):      # not splitlines(): U+2028 may sit in a string
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            obj = decode(line)
        except (ValueError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc) or "nested too deeply"
            yield n, None, line, ("json", f"not valid JSON: {msg}")
            continue
        if not isinstance(obj, dict):
            yield n, None, line, ("json", "not a JSON object {...}")
            continue
        yield n, obj, line, None


def _csv(text: str, name: str):
    reader = csv.reader(io.StringIO(text, newline=""))
    physical = re.split(r"\r\n|\r|\n", text)
    header: list[str] | None = None
    prev = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield prev + 1, None, "", ("csv", f"not valid CSV: {exc}; the file was not read beyond this line")
            return
        start, prev = prev + 1, reader.line_num
        if not row or not "".join(row).strip():
            continue                                   # a blank line
        raw_text = physical[start - 1] if prev == start else "\n".join(physical[start - 1:prev])
        if header is None:
            header = [h.strip() for h in row]
            missing = [f for f in FIELDS if f not in header]
            if missing:
                raise DomainError("repayment_header_missing", name=name, columns=tuple(missing))
            continue
        if raw_text.count('"') % 2:
            # a quote never closed swallows the lines after it into one value: refuse them all
            span = f"lines {start} to {prev}" if prev > start else f"line {start}"
            yield start, None, raw_text, ("quotes", f"a quoted value is not closed ({span} read as one "
                                                    "record): nothing of it is posted")
            continue
        if len(row) != len(header):
            yield start, None, raw_text, ("columns", f"has {len(row)} columns, the header has {len(header)} "
                                                     "(an unquoted comma inside a value?)")
            continue
        yield start, dict(zip(header, row)), raw_text, None


def parse_record(n: int, rec: dict, *, limit: Decimal = AMOUNT_LIMIT, dates: dict | None = None) -> Line:
    """One record as a line (FieldError naming the field otherwise). ``dates``: value
    dates parsed already, by their text (filled as they are parsed)."""
    ref, contract = _text(rec, "payment_ref"), _text(rec, "contract_no")
    if len(ref) > MAX_REF:
        raise FieldError("payment_ref", "too_long", f"longer than {MAX_REF} characters")
    if len(contract) > 40:
        raise FieldError("contract_no", "too_long", "longer than 40 characters")
    raw_date = rec.get("value_date")
    if raw_date is not None and not isinstance(raw_date, str):
        raise FieldError("value_date", "date", "not a date (YYYY-MM-DD, as text)")
    value_date = dates.get(raw_date) if dates is not None and raw_date is not None else None
    if value_date is None:
        try:
            value_date = parse_date(raw_date)
        except MoneyError as exc:
            raise FieldError("value_date", exc.code, str(exc)) from None
        if dates is not None:
            dates[raw_date] = value_date
    amount_raw = rec.get("amount")
    if isinstance(amount_raw, (float, bool, dict, list)):
        raise FieldError("amount", "not_a_number", "give it as a string or an exact number")
    try:
        amount = parse_amount(amount_raw, limit=limit)
    except MoneyError as exc:
        raise FieldError("amount", exc.code, str(exc)) from None
    if amount <= 0:
        raise FieldError("amount", "not_positive", f"must be positive, got {amount}")
    kind = str(rec.get("kind") or "repayment").strip()
    if kind not in KINDS:
        raise FieldError("kind", "unknown", f"{kind!r} is not one of {', '.join(KINDS)}")
    return Line(n, ref, contract, value_date, amount, kind, fen=int(amount * 100))   # parsed to the fen: exact


def _text(rec: dict, name: str) -> str:
    """A required text field, stripped (FieldError when missing or blank)."""
    v = rec.get(name)
    if type(v) is str:                 # a CSV value (str(v) is v itself)
        v = v.strip()
        if v:
            return v
    elif v is not None and not isinstance(v, (dict, list, bool)) and str(v).strip():
        return str(v).strip()
    raise FieldError(name, "required", "required, missing")


# -- personal data in the rejects file --------------------------------------------------------
_DIGITS = re.compile(r"(?<![A-Za-z0-9])[0-9]{11,19}[0-9Xx]?(?![0-9])")
_CJK = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _mask_digits(m: re.Match) -> str:
    s = m.group(0)
    if len(s) == 11:
        return mask_phone(s)
    if len(s) in (15, 18):
        return mask_id(s)
    return mask_card(s)


def mask_text(text: str) -> str:
    """Free text with phone, ID and card numbers and short Chinese names masked."""
    return _CJK.sub(lambda m: mask_name(m.group(0)), _DIGITS.sub(_mask_digits, text or ""))


def masked_record(rec: dict) -> str:
    """The record as read: the payment reference and contract number as they are, phone,
    ID and card numbers and names masked in every other value."""
    parts = []
    for k, v in rec.items():
        v = "" if v is None else str(v)
        parts.append(f"{k}={v if k in ('payment_ref', 'contract_no') else mask_text(v)}")
    return "; ".join(parts)


def rejects_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".rejects.csv")


def write_rejects(path: Path, rejects: list[Reject]) -> Path | None:
    """``<input>.rejects.csv`` (UTF-8 with BOM): line, field, code, reason, raw (masked).
    A stale one from an earlier run is removed when nothing is rejected."""
    out = rejects_path_for(path)
    if not rejects:
        if out.exists():
            os.remove(out)
        return None
    try:
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["line", "field", "code", "reason", "raw"])
            for r in sorted(rejects, key=lambda r: r.line):
                w.writerow([r.line, r.field, r.code, mask_text(r.reason), r.raw])   # a value may be a phone
    except OSError as exc:
        raise DomainError("repayment_rejects_not_writable", path=out, os_error=os_error(exc)) from None
    return out
