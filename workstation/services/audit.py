"""Audit trail: every state change, sign-off, unmasking, print and export is
appended in the same transaction as the change, each entry chained to the one
before by SHA-256. ``verify`` names the first entry altered, removed or inserted."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.services.context import Actor, Store
from workstation.store.models_audit import AuditEntry, AuditHead

GENESIS = "0" * 64


def _canonical(obj) -> str:
    def default(o):
        if isinstance(o, Decimal):
            return str(o)
        if hasattr(o, "isoformat"):
            return o.isoformat()
        raise TypeError(type(o).__name__)
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=default)


def entry_hash(*, prev_hash: str, seq: int, at: datetime, username: str, action: str,
               entity_type: str, entity_id: str, details: str) -> str:
    payload = "\x1f".join([prev_hash, str(seq), at.astimezone(timezone.utc).isoformat(timespec="microseconds"),
                           username, action, entity_type, entity_id, details])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(s: Session, *, actor: Actor | None, action: str, entity_type: str, entity_id: object,
           details: dict | None = None, at: datetime | None = None) -> AuditEntry:
    """Append one entry inside the caller's transaction (never commits)."""
    head = s.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        s.add(head)
        s.flush()
    at = (at or datetime.now(timezone.utc)).astimezone(timezone.utc)
    # microsecond precision survives every backend
    seq = head.seq + 1
    text = _canonical(details or {})
    username = actor.username if actor else "system"
    h = entry_hash(prev_hash=head.hash, seq=seq, at=at, username=username, action=action,
                   entity_type=entity_type, entity_id=str(entity_id), details=text)
    e = AuditEntry(seq=seq, at=at, user_id=actor.id if actor else None, username=username, action=action,
                   entity_type=entity_type, entity_id=str(entity_id), details=text, prev_hash=head.hash, hash=h)
    s.add(e)
    head.seq, head.hash = seq, h
    s.flush()
    return e


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    head: str
    problem: str | None = None
    first_bad_seq: int | None = None


def head(store: Store) -> str:
    with store.read() as s:
        h = s.get(AuditHead, 1)
        return f"{h.seq}:{h.hash}" if h else f"0:{GENESIS}"


def verify(store: Store, *, expected_head: str | None = None) -> VerifyResult:
    """Walk the chain from the start. With ``expected_head`` ("seq:hash" kept
    outside the database), also prove the chain up to it was not rewritten."""
    want_seq, want_hash = None, None
    if expected_head:
        try:
            a, b = expected_head.split(":", 1)
            want_seq, want_hash = int(a), b.strip().lower()
        except ValueError:
            raise ValueError("--head must look like SEQ:HASH, as printed by 'workstation audit head'") from None
    prev, expected_seq, n = GENESIS, 1, 0
    with store.read() as s:
        rows = s.execute(select(AuditEntry).order_by(AuditEntry.seq, AuditEntry.id)).scalars()
        for e in rows:
            n += 1
            if e.seq != expected_seq:
                kind = "removed" if e.seq > expected_seq else "inserted (duplicate sequence)"
                return VerifyResult(False, n, prev, f"entry {expected_seq} is missing: removed"
                                    if kind == "removed" else f"entry {e.seq} (id {e.id}) was {kind}", expected_seq)
            if e.prev_hash != prev:
                return VerifyResult(False, n, prev, f"entry {e.seq} (id {e.id}) does not follow entry "
                                    f"{e.seq - 1}: an entry was inserted or removed before it", e.seq)
            h = entry_hash(prev_hash=e.prev_hash, seq=e.seq, at=e.at, username=e.username, action=e.action,
                           entity_type=e.entity_type, entity_id=e.entity_id, details=e.details)
            if h != e.hash:
                return VerifyResult(False, n, prev, f"entry {e.seq} (id {e.id}, {e.action}) was altered", e.seq)
            if want_seq is not None and e.seq == want_seq and e.hash != want_hash:
                return VerifyResult(False, n, prev, f"the chain was rewritten up to entry {want_seq}: "
                                    "its hash is not the head kept outside", want_seq)
            prev, expected_seq = e.hash, expected_seq + 1
        stored = s.get(AuditHead, 1)
    last = expected_seq - 1
    if stored is not None and (stored.seq != last or stored.hash != prev):
        return VerifyResult(False, n, prev, f"the last entries after {last} were removed "
                            f"(the head says {stored.seq})", last + 1)
    if want_seq is not None and want_seq > last:
        return VerifyResult(False, n, prev, f"entry {want_seq} named by --head no longer exists: entries were removed",
                            last + 1)
    return VerifyResult(True, n, f"{last}:{prev}")


def entries_for(store: Store, *, entity_type: str, entity_id: object) -> list[dict]:
    with store.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity_type == entity_type,
                                                  AuditEntry.entity_id == str(entity_id))
                         .order_by(AuditEntry.seq)).all()
        return [dict(seq=e.seq, at=e.at, username=e.username, action=e.action, details=json.loads(e.details))
                for e in rows]
