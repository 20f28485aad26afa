"""Audit trail: every state change, sign-off, unmasking, print and export is
appended in the same transaction as the change, each entry chained to the one
before by HMAC-SHA256 with a key kept outside the database (audit_anchor), so
nobody holding only the database can write an entry that verifies.

The chain describes itself: an ``audit.keyed`` entry starts a keyed stretch and
names its key id; entries before the first one (databases from before keying)
are chained by plain SHA-256 and reported as such. ``rekey`` (an administrator,
recorded) starts a new stretch with a new key. ``verify`` names the first entry
altered, removed, inserted or forged, and compares with the last head recorded
outside the database (written at every end of day)."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.services import audit_anchor as anchor
from workstation.services.audit_anchor import AuditKeyError
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.store.models_audit import AuditEntry, AuditHead

GENESIS = "0" * 64
KEYED = "audit.keyed"
log = logging.getLogger(__name__)


def _canonical(obj) -> str:
    def default(o):
        if isinstance(o, Decimal):
            return str(o)
        if hasattr(o, "isoformat"):
            return o.isoformat()
        raise TypeError(type(o).__name__)
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=default)


def entry_hash(*, prev_hash: str, seq: int, at: datetime, username: str, action: str,
               entity_type: str, entity_id: str, details: str, key: bytes | None = None) -> str:
    """HMAC-SHA256 with ``key``; plain SHA-256 (entries from before keying) without."""
    payload = "\x1f".join([prev_hash, str(seq), at.astimezone(timezone.utc).isoformat(timespec="microseconds"),
                           username, action, entity_type, entity_id, details]).encode("utf-8")
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _chain_key_id(s: Session) -> str | None:
    """The key id of the chain's last keyed stretch, None before keying."""
    d = s.scalar(select(AuditEntry.details).where(AuditEntry.action == KEYED)
                 .order_by(AuditEntry.seq.desc()).limit(1))
    return json.loads(d).get("key_id") if d else None


def _append(s: Session, head: AuditHead, *, key: bytes, actor: Actor | None, action: str, entity_type: str,
            entity_id: str, details: dict, at: datetime, flush: bool = True) -> AuditEntry:
    seq = head.seq + 1
    text_ = _canonical(details)
    username = actor.username if actor else "system"
    h = entry_hash(prev_hash=head.hash, seq=seq, at=at, username=username, action=action,
                   entity_type=entity_type, entity_id=entity_id, details=text_, key=key)
    e = AuditEntry(seq=seq, at=at, user_id=actor.id if actor and actor.id > 0 else None, username=username,
                   action=action, entity_type=entity_type, entity_id=entity_id, details=text_,
                   prev_hash=head.hash, hash=h)
    s.add(e)
    head.seq, head.hash = seq, h
    if flush:
        s.flush()
    return e


def _locked_head(s: Session) -> AuditHead:
    head = s.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        s.add(head)
        s.flush()
    return head


def record(s: Session, *, actor: Actor | None, action: str, entity_type: str, entity_id: object,
           details: dict | None = None, at: datetime | None = None) -> AuditEntry:
    """Append one entry inside the caller's transaction (never commits).

    The first entry written with a key starts the keyed chain (an ``audit.keyed``
    entry by "system"); a desk whose key is not the chain's is refused (AuditKeyError)."""
    return record_many(s, actor=actor, entries=[(action, entity_type, entity_id, details)], at=at)[0]


def record_many(s: Session, *, actor: Actor | None, entries: list[tuple[str, str, object, dict | None]],
                at: datetime | None = None) -> list[AuditEntry]:
    """Append (action, entity type, entity id, details) entries in order, at one instant, as
    ``record`` appends each: the chain's head locked and its key checked once, one flush
    (an import writes two or three entries a chunk; tests/test_audit_chain.py compares)."""
    head = _locked_head(s)
    at = (at or clock.utcnow()).astimezone(timezone.utc)
    # microsecond precision survives every backend
    key = anchor.load_key(create=True)
    kid = anchor.key_id(key)
    chain_kid = _chain_key_id(s)
    if chain_kid is None:
        _append(s, head, key=key, actor=None, action=KEYED, entity_type="audit", entity_id=str(head.seq + 1),
                details={"key_id": kid, "keyed_from": head.seq + 1}, at=at, flush=False)
    elif chain_kid != kid:
        raise AuditKeyError(f"this desk's audit key (id {kid}) is not the key of this database's audit chain "
                            f"(id {chain_kid}): copy the key file {anchor.key_path().name} from a desk that "
                            f"has it, or set {anchor.ENV_KEY}; nothing was saved")
    out = [_append(s, head, key=key, actor=actor, action=action, entity_type=entity_type, entity_id=str(entity_id),
                   details=details or {}, at=at, flush=False) for action, entity_type, entity_id, details in entries]
    s.flush()
    return out


def rekey(store: Store, actor: Actor, *, reason: str) -> int:
    """An administrator starts a new keyed stretch with a new key (the old key was lost
    or is being replaced). The old key file is kept as audit.key.<id>. Returns the seq
    of the recorded ``audit.keyed`` entry: entries from it on use the new key."""
    actor.require("admin", action="re-key the audit chain")
    if not reason.strip():
        raise ValueError("reason: required to re-key the audit chain")
    with store.read(actor) as s:
        before = _chain_key_id(s)
    if before is not None and before == anchor.key_id(anchor.load_key(create=True)):
        anchor.retire_key()
    key = anchor.load_key(create=True)
    with store.tx(actor) as s:
        head = _locked_head(s)
        previous = _chain_key_id(s)
        e = _append(s, head, key=key, actor=actor, action=KEYED, entity_type="audit", entity_id=str(head.seq + 1),
                    details={"key_id": anchor.key_id(key), "keyed_from": head.seq + 1, "previous_key_id": previous,
                             "reason": reason.strip()[:300]}, at=clock.utcnow())
        return e.seq


def database_id(store: Store) -> str:
    """Which database this is, as the heads file names it (not stored in the database)."""
    u = store.engine.url
    if u.get_backend_name() == "sqlite":
        from pathlib import Path
        return f"sqlite:{Path(u.database or ':memory:').resolve()}"
    with store.engine.connect() as c:
        schema = c.execute(text("SELECT current_schema()")).scalar()
    return f"postgresql:{u.host}:{u.port or 5432}/{u.database}/{schema}"


def _require_admin(actor: Actor | None, action: str) -> None:
    """The chain as a whole is the administrators' (``actor`` None: the system, e.g. the
    command line run by whoever holds the database)."""
    if actor is not None:
        actor.require("admin", action=action)


def anchor_head(store: Store, actor: Actor | None) -> str | None:
    """Append the chain's head to the file outside the database (end of day calls this).
    A failure to write is logged and returned as None: it never undoes the day."""
    if actor is not None:           # end of day records it (supervisors run it)
        actor.require("supervisor", "admin", action="record the audit head")
    try:
        with store.read(actor) as s:
            h = s.get(AuditHead, 1)
            seq, hash_ = (h.seq, h.hash) if h else (0, GENESIS)
            kid = _chain_key_id(s) or "unkeyed"
        anchor.append_head(database_id(store), seq=seq, hash_=hash_, key=kid)
        return f"{seq}:{hash_}"
    except OSError as exc:
        log.error("could not record the audit head outside the database: %s", exc.__class__.__name__)
        return None


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    head: str
    problem: str | None = None
    first_bad_seq: int | None = None
    notes: tuple[str, ...] = ()


def head(store: Store, actor: Actor | None) -> str:
    _require_admin(actor, "read the audit head")
    with store.read(actor) as s:
        h = s.get(AuditHead, 1)
        return f"{h.seq}:{h.hash}" if h else f"0:{GENESIS}"


def _parse_head(expected_head: str) -> tuple[int, str]:
    try:
        a, b = expected_head.split(":", 1)
        return int(a), b.strip().lower()
    except ValueError:
        raise ValueError("--head must look like SEQ:HASH, as printed by 'workstation audit head'") from None


def verify(store: Store, actor: Actor | None, *, expected_head: str | None = None,
           recorded: bool = True) -> VerifyResult:
    """Walk the chain from the start and check every entry's link and keyed hash.

    The chain is then compared with a head kept outside the database: ``expected_head``
    ("seq:hash") when given, else (``recorded``) the last head the end of day wrote to the
    heads file. Without either, a wiped or shortened log cannot be told from a new one:
    the result says so in ``notes``."""
    _require_admin(actor, "verify the audit chain")
    notes: list[str] = []
    want = _parse_head(expected_head) if expected_head else None
    when = "given with --head"
    if want is None and recorded:
        rec = anchor.last_head(database_id(store))
        if rec is not None:
            want, when = (rec.seq, rec.hash.lower()), f"recorded outside the database on {rec.at}"
        else:
            notes.append("no head has been recorded outside the database yet (end of day records one): "
                         "a wiped or shortened log cannot be detected before then")
    keys = anchor.known_keys()
    prev, expected_seq, n = GENESIS, 1, 0
    key: bytes | None = None
    unkeyed = 0

    def bad(problem: str, seq: int) -> VerifyResult:
        return VerifyResult(False, n, prev, problem, seq, tuple(notes))

    with store.read(actor) as s:
        rows = s.execute(select(AuditEntry).order_by(AuditEntry.seq, AuditEntry.id)).scalars()
        for e in rows:
            n += 1
            if e.seq != expected_seq:
                if e.seq > expected_seq:
                    return bad(f"entry {expected_seq} is missing: removed", expected_seq)
                return bad(f"entry {e.seq} (id {e.id}) was inserted (duplicate sequence)", expected_seq)
            if e.prev_hash != prev:
                return bad(f"entry {e.seq} (id {e.id}) does not follow entry {e.seq - 1}: an entry was "
                           "inserted or removed before it", e.seq)
            if e.action == KEYED:
                kid = json.loads(e.details).get("key_id")
                key = keys.get(kid)
                if key is None:
                    return bad(f"entry {e.seq} starts a stretch keyed with key {kid}, which this desk does not "
                               f"hold: copy its key file here to check it", e.seq)
            elif key is None:
                unkeyed += 1
            h = entry_hash(prev_hash=e.prev_hash, seq=e.seq, at=e.at, username=e.username, action=e.action,
                           entity_type=e.entity_type, entity_id=e.entity_id, details=e.details, key=key)
            if not hmac.compare_digest(h, e.hash):
                if key is not None:
                    return bad(f"entry {e.seq} (id {e.id}, {e.action}) was altered or forged: its keyed hash "
                               "does not match", e.seq)
                return bad(f"entry {e.seq} (id {e.id}, {e.action}) was altered", e.seq)
            if want is not None and e.seq == want[0] and e.hash != want[1]:
                return bad(f"the chain was rewritten up to entry {want[0]}: its hash is not the head {when}",
                           want[0])
            prev, expected_seq = e.hash, expected_seq + 1
        stored = s.get(AuditHead, 1)
    last = expected_seq - 1
    if unkeyed:
        notes.append(f"entries 1 to {unkeyed} were written before the chain was keyed (SHA-256 only)")
    if stored is not None and stored.seq < last:
        return bad(f"entries after {stored.seq} were appended outside the audit service "
                   f"(the head says {stored.seq}, the log ends at {last})", stored.seq + 1)
    if stored is not None and (stored.seq != last or stored.hash != prev):
        return bad(f"the last entries after {last} were removed (the head says {stored.seq})", last + 1)
    if want is not None and want[0] > last:
        if last == 0:
            return bad(f"the audit log is empty, but entry {want[0]} was {when}: the log was wiped", 1)
        return bad(f"the audit log was shortened: it ends at entry {last}, but entry {want[0]} was {when}",
                   last + 1)
    return VerifyResult(True, n, f"{last}:{prev}", None, None, tuple(notes))
