"""Printing borrower documents: render, record (type, case or loan, hashes, who,
when) and audit in one transaction; freeze signed contracts; verify a file."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from workstation.documents import render
from workstation.documents.codec import from_json
from workstation.documents.fonts import cjk_font
from workstation.documents.integrity import FooterMismatch, canonical_json, content_hash, read_footer
from workstation.services import audit, visibility
from workstation.services.context import Actor, Store
from workstation.store.models_documents import FrozenDocument, PrintedDocument

FROZEN_KINDS = {"contract", "guarantee"}
KIND_NAMES = {"contract": "借款合同", "guarantee": "联保协议", "schedule": "还款计划表", "statement": "还款对账单",
              "settlement": "结清证明", "approval_memo": "授信审批表", "decline_notice": "拒绝通知书",
              "receipt": "借款借据"}


@dataclass(frozen=True)
class IssuedDocument:
    kind: str
    document_no: str
    pdf: bytes
    content_hash: str
    file_sha256: str
    record_id: int
    reprint_of_frozen: bool


def render_pdf(data) -> bytes:
    return render(data, font=cjk_font())


def freeze(s, data) -> object:
    """The frozen data for a contract/agreement: the first print freezes it, later
    prints use what was frozen (the terms a borrower signed do not move)."""
    row = s.scalar(select(FrozenDocument).where(FrozenDocument.kind == data.kind,
                                                FrozenDocument.document_no == data.document_no))
    if row is None:
        text = canonical_json(data)
        s.add(FrozenDocument(kind=data.kind, document_no=data.document_no, canonical_json=text,
                             content_hash=content_hash(data)))
        s.flush()
        return data
    return from_json(row.canonical_json)


def issue(store: Store, actor: Actor, data, *, application_id: int | None = None,
          loan_ref: str | None = None, pdf: bytes | None = None) -> IssuedDocument:
    """Render ``data`` (or take an already rendered ``pdf`` of it) and record the print."""
    actor.require("officer", "supervisor", "admin", action="print documents")
    with store.tx(actor) as s:
        visibility.check_case(s, actor, application_id)
        if loan_ref is not None:
            visibility.check_contract(s, actor, loan_ref)
        reprint = False
        if data.kind in FROZEN_KINDS:
            frozen = freeze(s, data)
            reprint = frozen != data
            if reprint:
                data, pdf = frozen, None
        if pdf is None:
            pdf = render_pdf(data)
        digest = content_hash(data)
        file_sha = hashlib.sha256(pdf).hexdigest()
        rec = PrintedDocument(kind=data.kind, document_no=data.document_no, application_id=application_id,
                              loan_ref=loan_ref, content_hash=digest, file_sha256=file_sha,
                              font=cjk_font().describe(), user_id=actor.id, username=actor.username)
        s.add(rec)
        s.flush()
        audit.record(s, actor=actor, action="document_printed", entity_type="document",
                     entity_id=data.document_no, details={"kind": data.kind, "content_hash": digest,
                                                          "file_sha256": file_sha, "record": rec.id})
        return IssuedDocument(kind=data.kind, document_no=data.document_no, pdf=pdf, content_hash=digest,
                              file_sha256=file_sha, record_id=rec.id, reprint_of_frozen=reprint)


@dataclass(frozen=True)
class DocumentCheck:
    ok: bool
    message: str
    kind: str | None = None
    document_no: str | None = None
    printed_by: str | None = None
    printed_at: datetime | None = None


def verify_document(store: Store, pdf: bytes) -> DocumentCheck:
    """Check a PDF (or a scan's QR text, via its hash) against the print records."""
    file_sha = hashlib.sha256(pdf).hexdigest()
    try:
        footer = read_footer(pdf)
    except FooterMismatch as exc:
        return DocumentCheck(False, f"ALTERED: the hash in the file's metadata and in its footer differ ({exc})")
    with store.read(None) as s:     # whoever holds the paper may check it (tests/test_actor_everywhere.py)
        exact = s.scalars(select(PrintedDocument).where(PrintedDocument.file_sha256 == file_sha)
                          .order_by(PrintedDocument.printed_at)).first()
        if exact is not None:
            return DocumentCheck(True, f"GENUINE: {KIND_NAMES.get(exact.kind, exact.kind)} {exact.document_no}, "
                                 f"first printed by {exact.username} at {exact.printed_at:%Y-%m-%d %H:%M} UTC",
                                 exact.kind, exact.document_no, exact.username, exact.printed_at)
        if footer is None:
            return DocumentCheck(False, "UNKNOWN: the file carries no workstation document hash")
        by_content = s.scalars(select(PrintedDocument).where(PrintedDocument.content_hash == footer.content_hash)
                               ).first()
        if by_content is None:
            return DocumentCheck(False, f"NOT ISSUED: no document with content hash {footer.content_hash[:16]}… "
                                 "was ever printed here")
        return DocumentCheck(False, f"ALTERED: document {by_content.document_no} was printed here, but this file's "
                             "bytes differ from every printed copy (edited after printing?)",
                             by_content.kind, by_content.document_no, by_content.username, by_content.printed_at)


def documents_for(store: Store, actor: Actor, *, application_id: int | None = None,
                  loan_ref: str | None = None) -> list[dict]:
    """The print records of a case or of a loan, newest first (all of them: administrators)."""
    with store.read(actor) as s:
        if application_id is None and loan_ref is None:
            actor.require("admin", action="list every printed document")
        visibility.check_case(s, actor, application_id)
        if loan_ref is not None:
            visibility.check_contract(s, actor, loan_ref)
        q = select(PrintedDocument).order_by(PrintedDocument.printed_at.desc())
        if application_id is not None:
            q = q.where(PrintedDocument.application_id == application_id)
        if loan_ref is not None:
            q = q.where(PrintedDocument.loan_ref == loan_ref)
        return [dict(id=r.id, kind=r.kind, name=KIND_NAMES.get(r.kind, r.kind), document_no=r.document_no,
                     printed_at=r.printed_at, username=r.username, content_hash=r.content_hash)
                for r in s.scalars(q)]
