"""Reading the platform's export files (JSON Lines and CSV) record by record, and
writing the rejects file.

A reader yields :class:`RawRecord` objects: the line number, the raw text and
either the record flattened to dotted field names or the reason the line could
not be read at all. A file cut off in the middle (the last line incomplete, or
a UTF-8 sequence cut at the end) stops the reader; ``truncated_at`` then names
the line and ``truncation`` says why. Nothing here touches the database.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from collections import deque
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from workstation.domain.masking import mask_card, mask_id, mask_phone
from workstation.domain.errors import DomainError
from workstation.domain.refusals import os_error
from workstation.intake.imports_fields import BadNumber

BOM = b"\xef\xbb\xbf"
# Bounds checked before any conversion: a line (a record) and a CSV field, the digits
# of a number, the objects and lists of one JSON record (a record of 120 platform
# months holds ~250), how many physical lines one quoted CSV field may span.
MAX_LINE = 1 << 20                 # bytes of one physical line
MAX_FIELD = 10_000                 # characters of one CSV field
MAX_NUMBER = 40                    # characters of one number
MAX_BRACKETS = 2_000               # '{' and '[' in one JSON record
MAX_CSV_SPAN = 50                  # physical lines of one CSV record
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv"}
NESTED = ("merchant", "legal_rep", "declared")
LINE = "(line)"     # the field name of a problem with the line as a whole


@dataclass
class RawRecord:
    line: int
    raw: str
    data: dict | None
    problem: str | None = None
    encoded: bytes | None = None     # ``raw`` as the file's UTF-8 bytes (a JSON line): sent on as they are


def detect_format(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise DomainError("import_file_type", name=path.name, suffix=path.suffix or '(none)') from None


def file_digest(path: Path) -> tuple[str, int]:
    """SHA-256 of the file and its number of physical lines (for progress)."""
    h, lines, last = hashlib.sha256(), 0, b"\n"
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
            lines += block.count(b"\n")
            last = block[-1:]
    return h.hexdigest(), lines + (0 if last == b"\n" else 1)


def flatten(obj: dict) -> dict:
    """{"merchant": {"name": ..}} -> {"merchant.name": ..}; other keys stay as they are."""
    flat: dict = {}
    for key, value in obj.items():
        if key in NESTED and isinstance(value, dict):
            names = _DOTTED[key]
            try:
                flat.update(zip(map(names.__getitem__, value), value.values()))
            except KeyError:            # a field name not met before (a file names a few dozen)
                for k in value:
                    if k not in names and len(names) < 10_000:
                        names[k] = f"{key}.{k}"
                flat.update((names.get(k) or f"{key}.{k}", v) for k, v in value.items())
        else:
            flat[key] = value
    return flat


_DOTTED: dict[str, dict[str, str]] = {key: {} for key in NESTED}     # "name" -> "merchant.name", by block


def _no_constants(name: str):
    raise ValueError(f"{name} is not a number")


def _bounded_float(text: str):
    if len(text) > MAX_NUMBER:
        return BadNumber(text)
    d = Decimal(text)
    if d and not -20 <= d.adjusted() <= 20:
        return BadNumber(text)
    return d


def _bounded_int(text: str):
    return BadNumber(text) if len(text) > MAX_NUMBER else int(text)


# one decoder for the whole file (json.loads builds a new one per line)
_decode_checked = json.JSONDecoder(parse_float=_bounded_float, parse_int=_bounded_int,
                                   parse_constant=_no_constants).decode
# integers parsed by the decoder itself (a call into Python per integer is a tenth of the
# import): only for a line without MAX_NUMBER digits in a row, where no integer can be too long
_decode_plain = json.JSONDecoder(parse_float=_bounded_float, parse_constant=_no_constants).decode
# JSON numbers are ASCII digits only: every digit made "9", then one substring search for
# MAX_NUMBER of them in a row (a regular expression trying each position of a 6 kB line
# cost more than decoding it)
_NINES = bytes.maketrans(b"0123456789", b"9" * 10)
_LONG_RUN = b"9" * MAX_NUMBER
# the reader's one pass over a line's bytes: digits made "9" and "[" made "{", so that the
# same copy counts the objects and lists (ASCII: UTF-8 encodes them as themselves and no
# other character holds their byte) and shows a long number (tests/test_bulk_reads.py)
_NINES_BRACKETS = bytes.maketrans(b"0123456789[", b"9999999999{")


def _decode(text: str, raw: bytes | None = None):
    raw = text.encode("utf-8") if raw is None else raw
    return (_decode_checked if _LONG_RUN in raw.translate(_NINES) else _decode_plain)(text)


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.truncated_at: int | None = None
        self.truncation: str | None = None
        self.line = 0            # the last physical line read

    def _lines(self) -> Iterator[tuple[int, bytes | None, bool]]:
        """(line number, bytes without the newline, whether the line was complete);
        a line longer than MAX_LINE is skipped unread and given as None."""
        with open(self.path, "rb") as fh:
            n = 0
            while True:
                b = fh.readline(MAX_LINE + 1)
                if not b:
                    return
                n += 1
                self.line = n
                if len(b) > MAX_LINE and not b.endswith(b"\n"):
                    while True:                       # skip the rest of the line, bounded reads
                        more = fh.readline(MAX_LINE)
                        if not more or more.endswith(b"\n"):
                            break
                    yield n, None, bool(more)
                    continue
                if n == 1 and b.startswith(BOM):
                    b = b[len(BOM):]
                complete = b.endswith(b"\n")
                yield n, b.rstrip(b"\r\n"), complete

    def _stop(self, line: int, why: str) -> None:
        self.truncated_at, self.truncation = line, why


class JsonLinesReader(_Reader):
    kind = "jsonl"

    def __iter__(self) -> Iterator[RawRecord]:
        for n, b, complete in self._lines():
            if b is None:
                yield RawRecord(n, "", None, f"the line is longer than {MAX_LINE} bytes: not read")
                continue
            try:
                text = b.decode("utf-8")
            except UnicodeDecodeError as exc:
                if not complete:
                    self._stop(n, "the file ends in the middle of a character (UTF-8 sequence cut)")
                    return
                yield RawRecord(n, b.decode("utf-8", "replace"), None,
                                f"not valid UTF-8 at byte {exc.start + 1}: save the file as UTF-8")
                continue
            if not text.strip():
                continue
            marked = b.translate(_NINES_BRACKETS)       # text.count("{") + text.count("["), one pass
            if marked.count(b"{") > MAX_BRACKETS:
                yield RawRecord(n, text[:200], None, f"more than {MAX_BRACKETS} nested objects or lists: not read")
                continue
            try:
                if text.startswith("\ufeff"):      # as json.loads says it
                    raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
                obj = (_decode_checked if _LONG_RUN in marked else _decode_plain)(text)    # as _decode
            except RecursionError:
                yield RawRecord(n, text[:200], None, "objects or lists nested too deeply: not read")
                continue
            except ValueError as exc:
                if not complete:
                    self._stop(n, "the last line is cut off (incomplete JSON)")
                    return
                msg = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
                yield RawRecord(n, text, None, f"not valid JSON: {msg}")
                continue
            if not isinstance(obj, dict):
                yield RawRecord(n, text, None, "a record must be a JSON object {...}")
                continue
            yield RawRecord(n, text, flatten(obj), None, b)


class CsvReader(_Reader):
    """CSV with a header row of dotted field names; a quoted field may span lines."""
    kind = "csv"
    key_column, format_doc = "external_id", "docs/import-format.md"    # the header must name it

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.header: list[str] | None = None

    def __iter__(self) -> Iterator[RawRecord]:
        """Physical lines are joined while a quoted field is open. A stray quote costs
        only its own line: when the open field runs past MAX_CSV_SPAN lines, or to the
        end of the file, or the joined lines do not make one row of the header's width,
        the first line is rejected and the lines after it are read again."""
        lines = self._decoded()
        again: deque = deque()
        pending: list[tuple[int, str, bool]] = []
        while True:
            if again:
                item = again.popleft()
            else:
                item = next(lines, None)
                if item is None:
                    if not pending:
                        return
                    if not pending[-1][2]:          # the last line is not complete: a cut
                        self._stop(pending[0][0], "the file ends inside a quoted field")
                        return
                    yield self._stray(pending[0])
                    again.extend(pending[1:])
                    pending = []
                    continue
            if isinstance(item, RawRecord):          # unreadable line (too long, not UTF-8)
                if pending:
                    yield self._stray(pending[0])
                    again.extend(pending[1:])
                    again.append(item)
                    pending = []
                    continue
                yield item
                continue
            if item[0] == "stop":
                self._stop(pending[0][0] if pending else item[1], item[2])
                return
            n, text, complete = item
            if not pending and not text.strip():
                continue
            pending.append((n, text, complete))
            joined = "\n".join(p[1] for p in pending)
            if joined.count('"') % 2:
                if len(pending) < MAX_CSV_SPAN:
                    continue                  # a quoted field goes on to the next line
                yield self._stray(pending[0])
                again.extendleft(reversed(pending[1:]))
                pending = []
                continue
            rec = self._record(pending[0][0], joined, complete)
            if rec is not None and rec.data is None and len(pending) > 1:
                yield self._stray(pending[0])
                again.extendleft(reversed(pending[1:]))
                pending = []
                continue
            pending = []
            if rec is not None:
                yield rec
            if self.truncated_at is not None:
                return

    def _decoded(self) -> Iterator:
        """(line, text, complete), a RawRecord for an unreadable line, or ("stop", line, why)."""
        for n, b, complete in self._lines():
            if b is None:
                yield RawRecord(n, "", None, f"the line is longer than {MAX_LINE} bytes: not read")
                continue
            try:
                yield n, b.decode("utf-8"), complete
            except UnicodeDecodeError as exc:
                if not complete:
                    yield "stop", n, "the file ends in the middle of a character (UTF-8 sequence cut)"
                    return
                if self.header is None:
                    raise DomainError("file_not_utf8", name=self.path.name) from None
                yield RawRecord(n, b.decode("utf-8", "replace"), None,
                                f"not valid UTF-8 at byte {exc.start + 1}: save the file as UTF-8")

    def _stray(self, first: tuple[int, str, bool]) -> RawRecord:
        return RawRecord(first[0], first[1], None, "a quote (\") opens a field that never closes: this line "
                                                   "was not read; the lines after it were")

    def _record(self, line: int, text: str, complete: bool) -> RawRecord | None:
        try:
            fields = next(csv.reader(io.StringIO(text)))
        except (csv.Error, StopIteration) as exc:
            return RawRecord(line, text[:2000], None, f"cannot be read as CSV: {exc}")
        if self.header is None:
            self.header = [h.strip() for h in fields]
            if self.key_column not in self.header:
                raise DomainError("import_header_missing", name=self.path.name, column=self.key_column,
                                  format_doc=self.format_doc)
            return None
        if len(fields) != len(self.header):
            if not complete and len(fields) < len(self.header):
                self._stop(line, f"the last row is cut off ({len(fields)} of {len(self.header)} columns)")
                return None
            return RawRecord(line, text, None, f"has {len(fields)} columns, the header has {len(self.header)}")
        for name, value in zip(self.header, fields):
            if len(value) > MAX_FIELD:
                return RawRecord(line, text[:2000], None, f"the field {name[:60]} is {len(value)} characters "
                                                          f"long, at most {MAX_FIELD} allowed: not read")
        return RawRecord(line, text, {k: v for k, v in zip(self.header, fields) if k})


def reader_for(path: Path, *, key_column: str = "external_id",
               format_doc: str = "docs/import-format.md") -> JsonLinesReader | CsvReader:
    if detect_format(path) == "jsonl":
        return JsonLinesReader(path)
    reader = CsvReader(path)
    reader.key_column, reader.format_doc = key_column, format_doc
    return reader


def rejects_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".rejects.csv")


_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
_CARD = re.compile(r"(?<![0-9A-Za-z*])[0-9]{12,19}(?![0-9A-Za-z*])")
_PHONE = re.compile(r"(?<![0-9A-Za-z*])1[3-9][0-9]{9}(?![0-9A-Za-z*])")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def scrub(text: str) -> str:
    """Personal numbers masked as the screens mask them (ID, bank card, mobile), for
    files that leave the program (rejects)."""
    text = _ID_NUMBER.sub(lambda m: mask_id(m.group()), text)
    text = _CARD.sub(lambda m: mask_card(m.group()), text)
    return _PHONE.sub(lambda m: mask_phone(m.group()), text)


def cell(value: object) -> object:
    """A value for a CSV cell a spreadsheet opens: personal numbers masked, and a text
    a spreadsheet would run as a formula (= + - @) made plain text with a leading '."""
    if not isinstance(value, str):
        return value
    value = scrub(value)
    return "'" + value if value.startswith(_FORMULA) else value


class RejectsFile:
    """``<input>.rejects.csv``: line, field, reason, raw line (UTF-8 with BOM for
    spreadsheet programs); personal numbers masked and formulas neutralised (``cell``). Created on the first reject; a stale one from an earlier
    run of the same file is removed when this run rejects nothing."""

    def __init__(self, path: Path) -> None:
        self.path = rejects_path_for(path)
        self._fh = None
        self._writer = None
        self.rows = 0
        self.closed = False

    def add(self, *, line: int, field: str, reason: str, raw: str) -> None:
        if self.closed:                 # opening it again would write over what it holds
            raise RuntimeError(f"{self.path.name}: a line added after the rejects file was closed")
        if self._fh is None:
            try:
                self._fh = open(self.path, "w", encoding="utf-8-sig", newline="")
            except OSError as exc:
                raise DomainError("rejects_not_writable", path=self.path, os_error=os_error(exc)) from None
            self._writer = csv.writer(self._fh)
            self._writer.writerow(["line", "field", "reason", "raw"])
        self._writer.writerow([cell(line), cell(field), cell(reason), cell(raw)])
        self.rows += 1

    def flush(self) -> None:
        if self._fh is not None:
            self._fh.flush()

    def close(self) -> Path | None:
        self.closed = True
        if self._fh is not None:
            self._fh.close()
            self._fh = None
            return self.path
        if self.rows == 0 and self.path.exists():
            os.remove(self.path)
        return None
