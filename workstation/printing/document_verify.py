"""Checking a document someone hands back against the print records: a PDF printed
here (one document or a merged batch, each document in it checked), or a scanned or
photographed page (PNG/JPEG) whose footer QR code names the document and its hash.

Results: GENUINE (these exact bytes, or this QR code, were printed here), DRAFT (printed
here as an unsigned draft: never a signed original), ALTERED
(the document was printed here, but not these bytes / not with this hash),
NOT ISSUED (never printed here), UNKNOWN (not a workstation document)."""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from workstation.documents.integrity import (FooterMismatch, batch_hash, parse_qr_payload, pdf_parts,
                                             read_footer)
from workstation.store.session import Store
from workstation.store.models_documents import PrintedDocument

BATCH_KIND = "batch"
DRAFT_SUFFIX = "_draft"
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class DocumentCheck:
    ok: bool
    message: str
    kind: str | None = None
    document_no: str | None = None
    printed_by: str | None = None
    printed_at: datetime | None = None
    parts: tuple["DocumentCheck", ...] = ()
    status: str = ""             # GENUINE / ALTERED / NOT ISSUED / UNKNOWN (for the screens)
    pages: tuple[int, int] | None = None     # of a document inside a merged file
    scan: bool = False                        # checked from a scanned page's QR code only


def _name(kind: str) -> str:
    from workstation.documents.kinds import KIND_NAMES
    return KIND_NAMES.get(kind, kind)


def _when(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M} UTC"


def _draft(rec: PrintedDocument, *, scan: bool = False) -> DocumentCheck:
    """A draft printed here: it is what was printed, but never a signed original."""
    return DocumentCheck(False, f"DRAFT: {_name(rec.kind)} {rec.document_no}, printed by {rec.username} at "
                         f"{_when(rec.printed_at)}, is an unsigned draft, not a signed original",
                         rec.kind, rec.document_no, rec.username, rec.printed_at, status="DRAFT", scan=scan)


def verify_document(store: Store, blob: bytes) -> DocumentCheck:
    """Check a PDF, or a PNG/JPEG scan of a page, against the print records."""
    if blob.startswith(IMAGE_MAGIC):
        return verify_scan(store, blob)
    return verify_pdf(store, blob)


def verify_pdf(store: Store, pdf: bytes) -> DocumentCheck:
    file_sha = hashlib.sha256(pdf).hexdigest()
    parts = pdf_parts(pdf) or []
    if len([p for p in parts if p.content_hash]) > 1:
        return _verify_merged(store, file_sha, parts)
    try:
        footer = read_footer(pdf)
    except FooterMismatch as exc:
        return DocumentCheck(False, f"ALTERED: the hash in the file's metadata and in its footer differ ({exc})",
                             status="ALTERED")
    with store.read(None) as s:     # whoever holds the paper may check it
        exact = s.scalars(select(PrintedDocument).where(PrintedDocument.file_sha256 == file_sha)
                          .order_by(PrintedDocument.printed_at)).first()
        if exact is not None and exact.kind.endswith(DRAFT_SUFFIX):
            return _draft(exact)
        if exact is not None:
            return DocumentCheck(True, f"GENUINE: {_name(exact.kind)} {exact.document_no}, "
                                 f"first printed by {exact.username} at {_when(exact.printed_at)}",
                                 exact.kind, exact.document_no, exact.username, exact.printed_at,
                                 status="GENUINE")
        if footer is None:
            return DocumentCheck(False, "UNKNOWN: the file carries no workstation document hash", status="UNKNOWN")
        return _by_content(s, footer.content_hash)


def _by_content(s, digest: str) -> DocumentCheck:
    """A document whose bytes match no printed file: issued (ALTERED) or not."""
    rec = s.scalars(select(PrintedDocument).where(PrintedDocument.content_hash == digest)
                    .order_by(PrintedDocument.printed_at)).first()
    if rec is not None and rec.kind.endswith(DRAFT_SUFFIX):
        return _draft(rec)
    if rec is None:
        return DocumentCheck(False, f"NOT ISSUED: no document with content hash {digest[:16]}… "
                             "was ever printed here", status="NOT ISSUED")
    return DocumentCheck(False, f"ALTERED: document {rec.document_no} was printed here, but this file's "
                         "bytes differ from every printed copy (edited after printing?)",
                         rec.kind, rec.document_no, rec.username, rec.printed_at, status="ALTERED")


def _verify_merged(store: Store, file_sha: str, parts) -> DocumentCheck:
    """A merged batch file: the file itself, then each document in it."""
    hashes = [p.content_hash for p in parts]
    with store.read(None) as s:     # whoever holds the paper may check it
        batch = s.scalars(select(PrintedDocument).where(PrintedDocument.kind == BATCH_KIND,
                                                        PrintedDocument.file_sha256 == file_sha)).first()
        whole_ok = (batch is not None and None not in hashes and batch.content_hash == batch_hash(hashes))
        checks = []
        for part in parts:
            pages = f"pages {part.first_page}-{part.last_page}"
            span = (part.first_page, part.last_page)
            if part.content_hash is None:
                checks.append(DocumentCheck(False, f"UNKNOWN ({pages}): no workstation document hash",
                                            status="UNKNOWN", pages=span))
                continue
            rec = s.scalars(select(PrintedDocument).where(PrintedDocument.content_hash == part.content_hash,
                                                          PrintedDocument.kind != BATCH_KIND)
                            .order_by(PrintedDocument.printed_at)).first()
            if rec is not None and whole_ok:
                checks.append(DocumentCheck(True, f"GENUINE ({pages}): {_name(rec.kind)} {rec.document_no}",
                                            rec.kind, rec.document_no, rec.username, rec.printed_at,
                                            status="GENUINE", pages=span))
            else:
                one = _by_content(s, part.content_hash)
                checks.append(DocumentCheck(False, f"{one.status} ({pages}): {one.message.split(': ', 1)[1]}",
                                            one.kind, one.document_no, one.printed_by, one.printed_at,
                                            status=one.status, pages=span))
    ok = whole_ok and all(c.ok for c in checks)
    if ok:
        head = (f"GENUINE: merged file of {len(checks)} documents, printed by {batch.username} "
                f"at {_when(batch.printed_at)}")
    elif batch is not None:
        head = "ALTERED: a merged file printed here, but its documents do not match the record"
    else:
        head = (f"ALTERED: this merged file of {len(checks)} documents was never printed here as it is "
                "(its bytes match no printed file)")
    status = "GENUINE" if ok else "ALTERED"
    lines = [head] + ["  " + c.message for c in checks]
    return DocumentCheck(ok, "\n".join(lines), BATCH_KIND, batch.document_no if batch else None,
                         batch.username if batch else None, batch.printed_at if batch else None,
                         parts=tuple(checks), status=status)


# -- scans and photographs -------------------------------------------------------------------------

def read_qr_codes(image_bytes: bytes) -> list[str]:
    """The texts of every QR code found in a PNG/JPEG image (zxing-cpp)."""
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(image_bytes))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError(f"not a readable image: {exc}") from None
    image = image.convert("L")
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def verify_scan(store: Store, image_bytes: bytes) -> DocumentCheck:
    """A scanned or photographed page: its QR code's document number and hash against
    the records. Only the code is checked: compare the page with the archived copy."""
    try:
        texts = read_qr_codes(image_bytes)
    except ValueError as exc:
        return DocumentCheck(False, f"UNKNOWN: {exc}", status="UNKNOWN")
    codes = [c for c in (parse_qr_payload(t) for t in texts) if c is not None]
    if not codes:
        return DocumentCheck(False, "UNKNOWN: no workstation QR code found on the page (scan it at 150 dpi or "
                             "more, the code flat and sharp)", status="UNKNOWN")
    checks = [_check_code(store, *code) for code in dict.fromkeys(codes)]
    if len(checks) == 1:
        return checks[0]
    ok = all(c.ok for c in checks)
    head = f"{'GENUINE' if ok else 'ALTERED'}: {len(checks)} documents on the page"
    return DocumentCheck(ok, "\n".join([head] + ["  " + c.message for c in checks]), parts=tuple(checks),
                         status="GENUINE" if ok else "ALTERED", scan=True)


def _check_code(store: Store, kind: str, document_no: str, digest: str) -> DocumentCheck:
    with store.read(None) as s:     # whoever holds the paper may check it
        rec = s.scalars(select(PrintedDocument).where(PrintedDocument.content_hash == digest,
                                                      PrintedDocument.document_no == document_no)
                        .order_by(PrintedDocument.printed_at)).first()
        if rec is not None and rec.kind.endswith(DRAFT_SUFFIX):
            return _draft(rec, scan=True)
        if rec is not None:
            return DocumentCheck(True, f"GENUINE: the page's code matches {_name(rec.kind)} {rec.document_no}, "
                                 f"first printed by {rec.username} at {_when(rec.printed_at)}; only the code "
                                 "is checked: compare the page with the archived copy",
                                 rec.kind, rec.document_no, rec.username, rec.printed_at, status="GENUINE",
                                 scan=True)
        same_no = s.scalars(select(PrintedDocument).where(PrintedDocument.document_no == document_no)
                            .order_by(PrintedDocument.printed_at)).first()
    if same_no is not None:
        return DocumentCheck(False, f"ALTERED: {_name(same_no.kind)} {document_no} was printed here, but never "
                             f"with the hash {digest[:16]}… that this page carries",
                             same_no.kind, document_no, same_no.username, same_no.printed_at, status="ALTERED",
                             scan=True)
    return DocumentCheck(False, f"NOT ISSUED: no {_name(kind)} {document_no} with hash {digest[:16]}… "
                         "was ever printed here", kind, document_no, status="NOT ISSUED", scan=True)
