"""Content hash printed on every document, and reading it back from a PDF.

The hash in the footer cannot be the hash of the PDF that contains it, so it is the
SHA-256 of a canonical JSON of the data object: keys sorted, no whitespace, UTF-8,
Decimals as their exact strings, dates and times in ISO 8601, tuples as lists, and
the document kind added as ``"__kind__"``. Same data -> same hash, on any machine.
The caller stores it together with the SHA-256 of the PDF bytes.

The hash is written twice into the PDF: in the document metadata (Subject
``SHA-256:<hex>``, Keywords carrying the document number) and printed in the footer
of every page, so ``extract_footer_hash`` works even if one of them is stripped.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

SUBJECT_PREFIX = "SHA-256:"
QR_PREFIX = "WSDOC"
_HEX64 = re.compile(r"SHA-256[:：]\s*([0-9a-f]{64})")
_DOCNO = re.compile(r"DOCNO:(\S+)")


class FooterMismatch(ValueError):
    """The hash in the PDF metadata and the one printed in the footer disagree."""


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not (f.metadata.get("omit_default") and getattr(value, f.name) == f.default)}
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    raise TypeError(f"cannot hash {type(value).__name__} {value!r} (floats are refused)")


def canonical_json(data: Any) -> str:
    """The canonical text the content hash is computed over."""
    obj = _plain(data)
    if isinstance(obj, dict):
        obj["__kind__"] = getattr(data, "kind", type(data).__name__)
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(data: Any) -> str:
    """SHA-256 hex of ``canonical_json(data)``."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def qr_payload(*, kind: str, document_no: str, digest: str) -> str:
    """What the footer QR code carries: ``WSDOC:<KIND>:<document no>:<SHA256 HEX>``.

    Upper case and ``:`` keep the payload in the QR alphanumeric set (a smaller,
    easier to scan code) whenever the document number itself is.
    """
    return f"{QR_PREFIX}:{kind.upper()}:{document_no}:{digest.upper()}"


def parse_qr_payload(text: str) -> tuple[str, str, str] | None:
    """(kind, document no, sha256 hex lower case) from a scanned QR text, or None."""
    head, _, rest = text.strip().partition(":")
    kind, _, rest = rest.partition(":")
    document_no, _, digest = rest.rpartition(":")
    if head != QR_PREFIX or not document_no or not re.fullmatch(r"[0-9A-Fa-f]{64}", digest):
        return None
    return kind.lower(), document_no, digest.lower()


@dataclass(frozen=True)
class FooterInfo:
    content_hash: str
    document_no: str | None


def read_footer(pdf_bytes: bytes) -> FooterInfo | None:
    """The content hash (and document number) a PDF of ours carries, or None.

    Reads the metadata first and the footer text of every page second; raises
    ``FooterMismatch`` when they name different hashes (an edited file).
    """
    from pypdf import PdfReader  # imported lazily: only verification needs it
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(pdf_bytes))
        meta = reader.metadata or {}
        subject = str(meta.get("/Subject") or "")
        keywords = str(meta.get("/Keywords") or "")
        texts = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError):
        return None
    meta_hash = subject[len(SUBJECT_PREFIX):].strip().lower() if subject.startswith(SUBJECT_PREFIX) else ""
    if not re.fullmatch(r"[0-9a-f]{64}", meta_hash):
        meta_hash = ""
    printed = {m for t in texts for m in _HEX64.findall(t)}
    if len(printed) > 1 or (meta_hash and printed and printed != {meta_hash}):
        raise FooterMismatch(f"metadata {meta_hash or '-'} vs footer {sorted(printed)}")
    digest = meta_hash or (printed.pop() if printed else "")
    if not digest:
        return None
    m = _DOCNO.search(keywords)
    return FooterInfo(content_hash=digest, document_no=m.group(1) if m else None)


def extract_footer_hash(pdf_bytes: bytes) -> str | None:
    """The content hash printed in a document's footer (None if it carries none)."""
    info = read_footer(pdf_bytes)
    return info.content_hash if info else None


@dataclass(frozen=True)
class PdfPart:
    """A run of consecutive pages of one document inside a (possibly merged) PDF."""
    content_hash: str | None
    first_page: int               # 1-based
    last_page: int


def pdf_parts(pdf_bytes: bytes) -> list[PdfPart] | None:
    """The documents a PDF holds, by the hash printed in each page's footer: one part
    for a single document, several for a merged batch. None when it cannot be read.
    A page without a hash belongs to the part before it."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(pdf_bytes))
        texts = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError):
        return None
    parts: list[PdfPart] = []
    for number, text in enumerate(texts, start=1):
        found = set(_HEX64.findall(text))
        digest = found.pop() if len(found) == 1 else None
        first = "第 1 页 共" in text
        if parts and not first and (digest is None or digest == parts[-1].content_hash):
            parts[-1] = PdfPart(parts[-1].content_hash or digest, parts[-1].first_page, number)
        else:
            parts.append(PdfPart(digest, number, number))
    return parts


def batch_hash(content_hashes: list[str]) -> str:
    """The content hash of a merged file: SHA-256 of its documents' hashes, in order."""
    return hashlib.sha256("\n".join(content_hashes).encode("ascii")).hexdigest()
