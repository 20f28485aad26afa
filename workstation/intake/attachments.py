"""The attachment store for interview recordings (sensitive personal information).

Files are copied under the store's directory (``local_db/attachments`` beside a
SQLite database; the ``attachments.dir`` setting for PostgreSQL) with their SHA-256
and size, and checked again whenever opened. A recording may be attached only when
the applicant's separate consent is recorded; recordings are purged after
``interview.recording_retention_days``, and each purge is audited.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from workstation.domain import clock
from workstation.config import default_db_dir
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.queries import setting
from workstation.services.visibility import check_case
from workstation.store.models import Application
from workstation.store.models_decide import Attachment, Consent, Interview

CHUNK = 1 << 20


class AttachmentCorrupt(DomainError):
    """The stored file no longer matches the hash or size recorded when it was attached."""


@dataclass(frozen=True)
class AttachmentView:
    id: int
    application_id: int
    interview_id: int | None
    kind: str
    original_name: str
    sha256: str
    size_bytes: int
    added_at: datetime
    purged_at: datetime | None


def store_dir(store: Store) -> Path:
    """Where attachments live: beside the SQLite file, else the 'attachments.dir' setting."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent / "attachments"
    with store.read(None) as s:         # a setting, read by whoever stores or opens a file
        configured = setting(s, "attachments.dir")
    return Path(configured) if configured else default_db_dir() / "attachments"


def _hash_copy(src: Path, dst: Path) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    tmp = dst.with_name(dst.name + ".part")
    with open(src, "rb") as fin, open(tmp, "wb") as fout:
        while chunk := fin.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
            fout.write(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    os.replace(tmp, dst)
    return h.hexdigest(), size


def file_sha256(path: Path) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _view(a: Attachment) -> AttachmentView:
    return AttachmentView(a.id, a.application_id, a.interview_id, a.kind, a.original_name, a.sha256, a.size_bytes,
                          a.added_at, a.purged_at)


def record_consent(store: Store, actor: Actor, application_id: int, *, reference: str,
                   given_at: datetime | None = None, kind: str = "recording") -> int:
    """Record the applicant's separate consent (e.g. to a recording); returns its id."""
    actor.require("officer", action="record consents")
    if not reference.strip():
        raise DomainError("consent_evidence_required")
    with store.tx(actor) as s:
        app = s.get(Application, application_id)
        if app is None:
            raise LookupError(f"no application with id {application_id}")
        check_case(s, actor, app.id)
        c = Consent(application_id=app.id, kind=kind, reference=reference.strip(),
                    given_at=given_at or clock.utcnow(), recorded_by=actor.id,
                    recorded_at=clock.utcnow())
        s.add(c)
        s.flush()
        audit.record(s, actor=actor, action="consent", entity_type="application", entity_id=app.app_no,
                     details={"kind": kind, "reference": c.reference, "consent": c.id})
        return c.id


def attach_recording(store: Store, actor: Actor, *, interview_id: int, source: Path) -> AttachmentView:
    """Copy a recording into the store; refused without the applicant's recorded consent."""
    actor.require("officer", action="attach recordings")
    source = Path(source)
    if not source.is_file():
        raise DomainError("recording_file_missing", source=source)
    with store.read(actor) as s:
        i = s.get(Interview, interview_id)
        if i is None:
            raise LookupError(f"no interview with id {interview_id}")
        check_case(s, actor, i.application_id)
        app_no = s.get(Application, i.application_id).app_no
    root = store_dir(store)
    rel = Path(app_no) / f"{uuid.uuid4().hex}{source.suffix.lower()[:10]}"
    dst = root / rel
    dst.parent.mkdir(parents=True, exist_ok=True)
    digest, size = _hash_copy(source, dst)
    try:
        with store.tx(actor) as s:
            i = s.get(Interview, interview_id)
            consent = s.scalar(select(Consent).where(Consent.application_id == i.application_id,
                                                     Consent.kind == "recording", Consent.withdrawn_at.is_(None))
                               .order_by(Consent.id.desc()).limit(1))
            if consent is None:
                raise DomainError("recording_consent_missing", app_no=app_no)
            a = Attachment(application_id=i.application_id, interview_id=i.id, consent_id=consent.id,
                           kind="recording", original_name=source.name[:260], stored_path=rel.as_posix(),
                           sha256=digest, size_bytes=size, added_by=actor.id, added_at=clock.utcnow())
            s.add(a)
            s.flush()
            audit.record(s, actor=actor, action="attach", entity_type="application", entity_id=app_no,
                         details={"attachment": a.id, "kind": "recording", "sha256": digest, "size": size,
                                  "consent": consent.id})
            return _view(a)
    except BaseException:
        dst.unlink(missing_ok=True)
        raise


def list_attachments(store: Store, actor: Actor, application_id: int) -> list[AttachmentView]:
    with store.read(actor) as s:
        check_case(s, actor, application_id)
        return [_view(a) for a in s.scalars(select(Attachment).where(Attachment.application_id == application_id)
                                            .order_by(Attachment.id))]


def open_attachment(store: Store, actor: Actor, attachment_id: int) -> Path:
    """The verified path of a stored file; refuses a file whose hash or size changed."""
    actor.require("officer", "supervisor", action="open recordings")
    with store.read(actor) as s:
        a = s.get(Attachment, attachment_id)
        if a is None:
            raise LookupError(f"no attachment with id {attachment_id}")
        check_case(s, actor, a.application_id)
        if a.purged_at is not None:
            raise DomainError("attachment_purged", id=a.id, purged_at=a.purged_at, purge_reason=a.purge_reason)
        rel, want, size, app_id = a.stored_path, a.sha256, a.size_bytes, a.application_id
    path = store_dir(store) / rel
    if not path.is_file():
        raise AttachmentCorrupt("attachment_missing", attachment_id=attachment_id, path=path)
    got, got_size = file_sha256(path)
    if got != want or got_size != size:
        raise AttachmentCorrupt("attachment_altered", attachment_id=attachment_id, got_hash=got[:12],
                                got_size=got_size, want_hash=want[:12], size=size)
    with store.tx(actor) as s:
        audit.record(s, actor=actor, action="open_attachment", entity_type="application",
                     entity_id=s.get(Application, app_id).app_no, details={"attachment": attachment_id})
    return path


def purge_expired(store: Store, actor: Actor | None, *, as_of: date) -> list[int]:
    """Delete recordings older than the retention setting; each purge is audited."""
    if actor is not None:
        actor.require("admin", "supervisor", action="purge recordings")
    with store.read(actor) as s:
        days = int(setting(s, "interview.recording_retention_days"))
    cutoff = datetime.combine(as_of - timedelta(days=days), time(0), tzinfo=timezone.utc)
    root = store_dir(store)
    purged = []
    with store.tx(actor) as s:
        rows = s.scalars(select(Attachment).where(Attachment.kind == "recording", Attachment.purged_at.is_(None),
                                                  Attachment.added_at < cutoff).order_by(Attachment.id)).all()
        for a in rows:
            path = root / a.stored_path
            existed = path.exists()
            a.purged_at = clock.utcnow()
            a.purge_reason = f"retention {days} days"
            audit.record(s, actor=actor, action="purge_recording", entity_type="application",
                         entity_id=s.get(Application, a.application_id).app_no,
                         details={"attachment": a.id, "sha256": a.sha256, "retention_days": days,
                                  "file_present": existed})
            purged.append((a.id, path))
    # the rows commit first: a crash now leaves a file to delete again, never a row pointing nowhere silently
    for _id, path in purged:
        path.unlink(missing_ok=True)
    return [i for i, _ in purged]

