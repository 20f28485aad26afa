"""Printing borrower documents: render, record (type, case or loan, hashes, who,
when) and audit in one transaction; freeze signed contracts; verify a file."""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select

from workstation.documents import render
from workstation.documents.kinds import KIND_NAMES  # noqa: F401 - the screens read it here
from workstation.documents.integrity import batch_hash, canonical_json, content_hash
from workstation.services import audit, visibility
from workstation.printing import lender
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.domain.refusals import os_error
from workstation.store.session import Store
from workstation.store.models_documents import FrozenDocument, PrintedDocument

FROZEN_KINDS = {"contract", "guarantee", "receipt"}


class DocumentRefused(DomainError):
    """A print the rules refuse, or a file that could not be written. ``code`` names the
    refusal for the screens (their translated text); the message is the English text."""


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` completely or not at all: a temporary file in the same
    folder, flushed and fsync'ed, then renamed over ``path``. Raises ``DocumentRefused``
    (code ``write_failed``) with the path and the system's reason."""
    path = Path(path)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(path.parent)
    except OSError as exc:
        raise DocumentRefused("write_failed", path=str(path), os_error=os_error(exc)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@dataclass(frozen=True)
class IssuedDocument:
    kind: str
    document_no: str
    pdf: bytes
    content_hash: str
    file_sha256: str
    record_id: int
    reprint_of_frozen: bool
    path: Path | None = None


def from_json(text: str):
    """A frozen document's data back from its canonical JSON (the data classes load on first use)."""
    from workstation.documents.codec import from_json as decode
    return decode(text)


def cjk_font():
    """The documents' font (reportlab is imported on the first print, not at start-up)."""
    from workstation.documents.fonts import cjk_font as find
    return find()


def render_pdf(data, *, sample: bool = False) -> bytes:
    return render(data, font=cjk_font(), sample=sample)


def is_draft(data) -> bool:
    return bool(getattr(data, "draft", False))


def record_kind(data) -> str:
    """The kind a print is recorded under: ``contract_draft`` for an unsigned draft,
    which ``verify-document`` never accepts as a signed original."""
    return f"{data.kind}_draft" if is_draft(data) else data.kind


def freeze_signed(store: Store, actor: Actor | None, data) -> str:
    """At signing: store the exact inputs of the signed document (its canonical JSON,
    read back by ``documents.codec``) and audit the hash of its PDF; every later print
    renders from them, whatever changed since. Returns the PDF's SHA-256. A document
    already frozen (printed before this rule, or an agreement frozen at an earlier
    member's signature) keeps its text and is not audited again."""
    if is_draft(data):
        raise ValueError("a draft is never frozen")
    with store.tx(actor) as s:
        row = s.scalar(select(FrozenDocument).where(FrozenDocument.kind == data.kind,
                                                    FrozenDocument.document_no == data.document_no))
        if row is None:
            s.add(FrozenDocument(kind=data.kind, document_no=data.document_no, canonical_json=canonical_json(data),
                                 content_hash=content_hash(data)))
            s.flush()
        else:                                    # frozen before: keep that text, audited then
            return hashlib.sha256(render_pdf(from_json(row.canonical_json),
                                             sample=lender.is_demo_in(s))).hexdigest()
        file_sha = hashlib.sha256(render_pdf(data, sample=lender.is_demo_in(s))).hexdigest()
        audit.record(s, actor=actor, action="document_frozen", entity_type="document", entity_id=data.document_no,
                     details={"kind": data.kind, "content_hash": content_hash(data), "file_sha256": file_sha})
        return file_sha


def freeze_receipt(store: Store, actor: Actor | None, receipt_no: str) -> str:
    """At disbursement: the loan receipt as paid out, frozen like a signed contract."""
    from workstation.printing.document_data_receipt import receipt_data
    return freeze_signed(store, actor, receipt_data(store, actor, receipt_no))


def freeze(s, data) -> object:
    """The frozen data for a contract/agreement: frozen at signing (``freeze_signed``);
    one signed before that rule is frozen at its first print. Later prints use what
    was frozen (the terms a borrower signed do not move)."""
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
          loan_ref: str | None = None, pdf: bytes | None = None, path: Path | str | None = None,
          present: Callable[[Any], Any] | None = None, unmasks: tuple = ()) -> IssuedDocument:
    """Render ``data`` (or take an already rendered ``pdf`` of it) and record the print.

    With ``path`` the file is written completely (``write_atomic``) before the record is
    made, in the same transaction: a file that cannot be written leaves no record, and a
    record that cannot be committed leaves no file.

    ``present`` turns the (frozen) data into what this user may see (masking); ``pdf``,
    when given, is the rendering of ``present(data)``. ``unmasks`` (cases whose personal
    data the print shows in full) are audited as unmasks."""
    actor.require("officer", "supervisor", "admin", action="print documents")
    written: list[Path] = []
    try:
        with store.tx(actor) as s:
            return _issue_in(s, actor, data, application_id=application_id, loan_ref=loan_ref, pdf=pdf,
                             path=path, written=written, present=present, unmasks=unmasks)
    except BaseException:
        for p in written:            # the record did not commit: no file without its record
            p.unlink(missing_ok=True)
        raise


def _issue_in(s, actor: Actor, data, *, application_id, loan_ref, pdf, path, written: list[Path],
              present: Callable[[Any], Any] | None = None, unmasks: tuple = ()) -> IssuedDocument:
    visibility.check_case(s, actor, application_id)
    if loan_ref is not None:
        visibility.check_contract(s, actor, loan_ref)
    sample = lender.require_printable(s)       # refuses a real print with placeholder lender details
    reprint = False
    if data.kind in FROZEN_KINDS and not is_draft(data):
        frozen = freeze(s, data)
        reprint = frozen != data
        if reprint:
            data, pdf = frozen, None
    if present is not None:
        data = present(data)
    if pdf is None:
        pdf = render_pdf(data, sample=sample)
    if path is not None:
        written.append(write_atomic(path, pdf))
    digest = content_hash(data)
    file_sha = hashlib.sha256(pdf).hexdigest()
    rec = PrintedDocument(kind=record_kind(data), document_no=data.document_no, application_id=application_id,
                          loan_ref=loan_ref, content_hash=digest, file_sha256=file_sha,
                          font=cjk_font().describe(), user_id=actor.id, username=actor.username)
    s.add(rec)
    s.flush()
    audit.record(s, actor=actor, action="document_printed", entity_type="document",
                 entity_id=data.document_no, details={"kind": record_kind(data), "content_hash": digest,
                                                      "file_sha256": file_sha, "record": rec.id})
    if unmasks:
        from workstation.printing.document_access import record_unmasks
        record_unmasks(s, actor, unmasks, kind=data.kind, document_no=data.document_no)
    return IssuedDocument(kind=data.kind, document_no=data.document_no, pdf=pdf, content_hash=digest,
                          file_sha256=file_sha, record_id=rec.id, reprint_of_frozen=reprint,
                          path=written[-1] if written else None)


def as_frozen(store: Store, actor: Actor, data, pdf: bytes | None) -> tuple[object, bytes | None, bool]:
    """(data, pdf, reprint): the frozen text of a contract/agreement already printed,
    without recording anything (a merged batch must know its parts before writing)."""
    if data.kind not in FROZEN_KINDS or is_draft(data):
        return data, pdf, False
    with store.read(actor) as s:     # the frozen text (the caller checked the case)
        row = s.scalar(select(FrozenDocument).where(FrozenDocument.kind == data.kind,
                                                    FrozenDocument.document_no == data.document_no))
    if row is None:
        return data, pdf, False
    frozen = from_json(row.canonical_json)
    return (data, pdf, False) if frozen == data else (frozen, None, True)


@dataclass(frozen=True)
class MergedPart:
    data: object                  # the full (frozen) data; ``pdf`` renders present(data)
    pdf: bytes
    application_id: int | None = None
    loan_ref: str | None = None
    present: Callable[[Any], Any] | None = None
    unmasks: tuple = ()


def issue_merged(store: Store, actor: Actor, parts: list[MergedPart], *, path: Path | str,
                 merged_pdf: bytes) -> tuple[list[IssuedDocument], IssuedDocument]:
    """Write a merged batch file, then record each document in it and the file itself
    (kind ``batch``: its content hash is ``batch_hash`` of the parts' hashes in order),
    in one transaction: a file that cannot be written leaves no record."""
    actor.require("officer", "supervisor", "admin", action="print documents")
    written: list[Path] = []
    try:
        with store.tx(actor) as s:
            lender.require_printable(s)
            written.append(write_atomic(path, merged_pdf))
            issued = [_issue_in(s, actor, p.data, application_id=p.application_id, loan_ref=p.loan_ref,
                                pdf=p.pdf, path=None, written=[], present=p.present, unmasks=p.unmasks)
                      for p in parts]
            digest = batch_hash([i.content_hash for i in issued])
            file_sha = hashlib.sha256(merged_pdf).hexdigest()
            number = f"BATCH-{digest[:16].upper()}"
            rec = PrintedDocument(kind="batch", document_no=number, application_id=None, loan_ref=None,
                                  content_hash=digest, file_sha256=file_sha, font=cjk_font().describe(),
                                  user_id=actor.id, username=actor.username)
            s.add(rec)
            s.flush()
            audit.record(s, actor=actor, action="document_printed", entity_type="document", entity_id=number,
                         details={"kind": "batch", "content_hash": digest, "file_sha256": file_sha,
                                  "record": rec.id, "documents": [i.record_id for i in issued]})
            whole = IssuedDocument(kind="batch", document_no=number, pdf=merged_pdf, content_hash=digest,
                                   file_sha256=file_sha, record_id=rec.id, reprint_of_frozen=False,
                                   path=written[0])
            return issued, whole
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        raise


def verify_document(store: Store, blob: bytes):
    """Check a PDF (one document or a merged batch) or a scanned page (PNG/JPEG)
    against the print records: see ``services.document_verify``."""
    from workstation.printing.document_verify import verify_document as check
    return check(store, blob)


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
