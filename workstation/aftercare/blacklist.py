"""Blacklist (黑名单) and credit restoration (信用修复).

An officer proposes a listing: who (name; credit code, ID number, phone, payment account:
at least one), why (reason code, evidence), from where (source). It takes effect only
when a *second* person (a supervisor or administrator, never the proposer) signs it:
its identifiers then go into ``blacklist``, the table the hard policy rule "blacklist"
reads (``services.cases._blacklisted``: the merchant's credit code, the legal
representative's ID number and phone, the merchant's contact phone and payment
account). A malicious default (恶意违约) is published on the day of sign-off.

A restoration plan (conditions, deadline) records what lifts the mark; when a supervisor
confirms the conditions met on a day, the listing is lifted: its identifiers leave
``blacklist`` and the listing keeps the record (who, when, why). Refusals carry a code and
parameters (:class:`BlacklistRefused`); every change is audited."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain.blacklist_keys import merchant_keys, normalise
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.bulk import select_in
from workstation.store.session import Store
from workstation.services.visibility import check_merchant
from workstation.store.models import BlacklistEntry, Merchant, Person, User
from workstation.store.models_aftercare import (LISTING_REASONS, LISTING_SOURCES, LISTING_STATUSES, BlacklistListing,
                                                RestorationPlan)

DESK = ("officer", "supervisor", "admin")
SIGNERS = ("supervisor", "admin")
KEYS = ("credit_code", "id_number", "phone", "payment_account")


class BlacklistRefused(DomainError):
    """Something the blacklist refuses; ``code`` and ``params`` for the screens."""


@dataclass(frozen=True)
class ListingView:
    id: int
    listing_no: str
    subject_name: str
    credit_code: str | None
    id_number: str | None
    phone: str | None
    payment_account: str | None
    reason: str
    source: str
    evidence: str
    status: str
    added_by: str | None
    added_at: datetime
    decided_by: str | None
    decision_note: str | None
    published_on: date | None
    lifted_on: date | None
    lift_note: str | None
    plans: tuple["PlanView", ...] = ()


@dataclass(frozen=True)
class PlanView:
    id: int
    conditions: tuple[str, ...]
    deadline: date
    status: str
    met_on: date | None
    confirmed_by: str | None


def _user(s: Session, uid: int | None) -> str | None:
    return s.scalar(select(User.display_name).where(User.id == uid)) if uid else None


def _view(s: Session, x: BlacklistListing) -> ListingView:
    plans = s.scalars(select(RestorationPlan).where(RestorationPlan.listing_id == x.id).order_by(RestorationPlan.id))
    return ListingView(x.id, x.listing_no, x.subject_name, x.credit_code, x.id_number, x.phone, x.payment_account,
                       x.reason, x.source, x.evidence, x.status, _user(s, x.added_by), x.added_at,
                       _user(s, x.decided_by), x.decision_note, x.published_on, x.lifted_on, x.lift_note,
                       tuple(PlanView(p.id, tuple(p.conditions or ()), p.deadline, p.status, p.met_on,
                                      _user(s, p.confirmed_by)) for p in plans))


def _load(s: Session, actor: Actor, listing_id: int, *, lock: bool = False) -> BlacklistListing:
    q = select(BlacklistListing).where(BlacklistListing.id == listing_id)
    x = s.scalar(q.with_for_update() if lock else q)
    if x is None:
        raise BlacklistRefused("no_listing", listing=listing_id)
    if x.merchant_id is not None:
        check_merchant(s, actor, x.merchant_id)
    return x


def _text(value: str | None, field: str, *, limit: int = 2000) -> str:
    text = (value or "").strip()
    if not text:
        raise BlacklistRefused("blacklist_required", field=field, field_name=field)
    return text[:limit]


def propose(store: Store, actor: Actor, *, subject_name: str, reason: str, source: str, evidence: str,
            credit_code: str = "", id_number: str = "", phone: str = "", payment_account: str = "",
            merchant_id: int | None = None, loan_id: int | None = None, note: str = "") -> int:
    """Propose a listing (pending until a second person signs it); returns its id."""
    actor.require(*DESK, action="propose a blacklist listing")
    if reason not in LISTING_REASONS:
        raise BlacklistRefused("blacklist_bad_choice", field="reason", field_name="reason", value=reason)
    if source not in LISTING_SOURCES:
        raise BlacklistRefused("blacklist_bad_choice", field="source", field_name="source", value=source)
    name = _text(subject_name, "subject_name", limit=120)
    proof = _text(evidence, "evidence")
    keys = {k: normalise(k, v) for k, v in (("credit_code", credit_code), ("id_number", id_number),
                                             ("phone", phone), ("payment_account", payment_account))}
    if not any(keys.values()):
        raise BlacklistRefused("no_identifier")
    for k, limit in (("credit_code", 18), ("id_number", 18), ("phone", 20), ("payment_account", 60)):
        if keys[k] and len(keys[k]) > limit:
            raise BlacklistRefused("blacklist_too_long", field=k, field_name=k, max_length=limit)
    with store.tx(actor) as s:
        if merchant_id is not None:
            check_merchant(s, actor, merchant_id)
        n = (s.scalar(select(func.count(BlacklistListing.id))) or 0) + 1
        x = BlacklistListing(listing_no=f"HM{clock.today():%Y%m%d}{n:05d}", subject_name=name, merchant_id=merchant_id,
                             loan_id=loan_id, reason=reason, source=source, evidence=proof,
                             note=(note or "").strip() or None, status="pending", added_by=actor.id, **keys)
        s.add(x)
        s.flush()
        audit.record(s, actor=actor, action="blacklist.propose", entity_type="blacklist", entity_id=x.listing_no,
                     details={"reason": reason, "source": source, **{k: v for k, v in keys.items() if v}})
        return x.id


def propose_for_merchant(store: Store, actor: Actor, merchant_id: int, *, reason: str, source: str, evidence: str,
                         loan_id: int | None = None, note: str = "") -> int:
    """Propose listing a borrower with the identifiers on file (credit code, the legal
    representative's ID number and phone, the payment account)."""
    actor.require(*DESK, action="propose a blacklist listing")
    with store.read(actor) as s:
        check_merchant(s, actor, merchant_id)
        m = s.get(Merchant, merchant_id)
        if m is None:
            raise BlacklistRefused("no_listing", listing=merchant_id)
        p = s.get(Person, m.legal_rep_id)
        ids = dict(subject_name=m.name, credit_code=m.credit_code or "", id_number=p.id_number, phone=p.phone,
                   payment_account=m.payment_account)
    return propose(store, actor, reason=reason, source=source, evidence=evidence, merchant_id=merchant_id,
                   loan_id=loan_id, note=note, **ids)


def _decide_check(actor: Actor, x: BlacklistListing) -> None:
    actor.require(*SIGNERS, action="sign blacklist listings")
    if x.status != "pending":
        raise BlacklistRefused("blacklist_not_pending", listing=x.listing_no)
    if x.added_by == actor.id:
        raise BlacklistRefused("own_proposal")


def approve(store: Store, actor: Actor, listing_id: int, *, note: str = "", today: date | None = None) -> None:
    """Sign a pending listing: its identifiers go on the blacklist; a malicious default
    is published that day."""
    today = today or clock.today()
    with store.tx(actor) as s:
        x = _load(s, actor, listing_id, lock=True)
        _decide_check(actor, x)
        x.status, x.decided_by, x.decided_at = "active", actor.id, datetime.now(timezone.utc)
        x.decision_note = (note or "").strip()[:300] or None
        if x.reason == "malicious_default":
            x.published_on = today
        added = []
        for k in KEYS:
            value = getattr(x, k)
            if value and s.scalar(select(BlacklistEntry.id).where(BlacklistEntry.kind == k,
                                                                  BlacklistEntry.value == value)) is None:
                s.add(BlacklistEntry(kind=k, value=value, reason=f"{x.listing_no} {x.reason}"[:200], listing_id=x.id))
                added.append(k)
        audit.record(s, actor=actor, action="blacklist.approve", entity_type="blacklist", entity_id=x.listing_no,
                     details={"keys": added, "published_on": x.published_on.isoformat() if x.published_on else None})


def refuse(store: Store, actor: Actor, listing_id: int, *, reason: str) -> None:
    why = _text(reason, "reason", limit=300)
    with store.tx(actor) as s:
        x = _load(s, actor, listing_id, lock=True)
        _decide_check(actor, x)
        x.status, x.decided_by, x.decided_at, x.decision_note = "refused", actor.id, datetime.now(timezone.utc), why
        audit.record(s, actor=actor, action="blacklist.refuse", entity_type="blacklist", entity_id=x.listing_no,
                     details={"reason": why})


def add_restoration_plan(store: Store, actor: Actor, listing_id: int, *, conditions: list[str], deadline: date,
                         today: date | None = None) -> int:
    """The conditions that lift an active listing, to be met by ``deadline``."""
    actor.require(*DESK, action="plan a credit restoration")
    items = [c.strip()[:300] for c in conditions if c and c.strip()]
    if not items:
        raise BlacklistRefused("blacklist_required", field="conditions", field_name="conditions")
    today = today or clock.today()
    if deadline < today:
        raise BlacklistRefused("blacklist_date_in_past", date=deadline.isoformat(), today=today.isoformat())
    with store.tx(actor) as s:
        x = _load(s, actor, listing_id, lock=True)
        if x.status != "active":
            raise BlacklistRefused("blacklist_not_active", listing=x.listing_no)
        p = RestorationPlan(listing_id=x.id, conditions=items, deadline=deadline, status="open", created_by=actor.id)
        s.add(p)
        s.flush()
        audit.record(s, actor=actor, action="blacklist.restoration_plan", entity_type="blacklist",
                     entity_id=x.listing_no, details={"plan": p.id, "conditions": items, "deadline": deadline.isoformat()})
        return p.id


def confirm_restoration(store: Store, actor: Actor, plan_id: int, *, met_on: date, note: str,
                        today: date | None = None) -> None:
    """A supervisor confirms the plan's conditions met on ``met_on``: the listing is
    lifted (its identifiers leave the blacklist; the mark is no longer published)."""
    actor.require(*SIGNERS, action="confirm a credit restoration")
    why = _text(note, "note", limit=300)
    today = today or clock.today()
    if met_on > today:
        raise BlacklistRefused("blacklist_date_in_future", date=met_on.isoformat(), today=today.isoformat())
    with store.tx(actor) as s:
        p = s.scalar(select(RestorationPlan).where(RestorationPlan.id == plan_id).with_for_update())
        if p is None:
            raise BlacklistRefused("no_listing", listing=plan_id)
        x = _load(s, actor, p.listing_id, lock=True)
        if p.status != "open" or x.status != "active":
            raise BlacklistRefused("blacklist_not_active", listing=x.listing_no)
        if p.created_by == actor.id:
            raise BlacklistRefused("own_proposal")
        p.status, p.met_on, p.confirmed_by, p.confirm_note = "met", met_on, actor.id, why
        x.status, x.lifted_on, x.lifted_by, x.lift_note = "lifted", met_on, actor.id, why
        s.execute(delete(BlacklistEntry).where(BlacklistEntry.listing_id == x.id))
        kept = _hand_over(s, x)
        audit.record(s, actor=actor, action="blacklist.lift", entity_type="blacklist", entity_id=x.listing_no,
                     details={"plan": p.id, "met_on": met_on.isoformat(), "note": why, "kept_by": kept})


def _hand_over(s: Session, lifted: BlacklistListing) -> dict[str, str]:
    """An identifier of the lifted listing that another listing in force also names stays
    on the blacklist, now held by that listing (the oldest): {kind: listing number}."""
    kept = {}
    for k in KEYS:
        value = getattr(lifted, k)
        if not value or s.scalar(select(BlacklistEntry.id).where(BlacklistEntry.kind == k,
                                                                 BlacklistEntry.value == value)) is not None:
            continue
        other = s.scalar(select(BlacklistListing).where(BlacklistListing.status == "active",
                                                        BlacklistListing.id != lifted.id,
                                                        getattr(BlacklistListing, k) == value)
                         .order_by(BlacklistListing.id).limit(1))
        if other is not None:
            s.add(BlacklistEntry(kind=k, value=value, reason=f"{other.listing_no} {other.reason}"[:200],
                                 listing_id=other.id))
            kept[k] = other.listing_no
    return kept


def listings(store: Store, actor: Actor, *, status: str | None = None, search: str = "",
             limit: int = 500) -> list[ListingView]:
    """Listings, newest first (``status``: one of pending, active, refused, lifted)."""
    actor.require(*DESK, action="read the blacklist")
    if status is not None and status not in LISTING_STATUSES:
        raise ValueError(f"unknown listing status {status!r}")
    with store.read(actor) as s:
        q = select(BlacklistListing)
        if status:
            q = q.where(BlacklistListing.status == status)
        text = search.strip()[:60]
        if text:
            like = f"%{text}%"
            q = q.where(or_(BlacklistListing.subject_name.like(like), BlacklistListing.listing_no.like(like),
                            *[getattr(BlacklistListing, k) == normalise(k, text) for k in KEYS]))
        rows = s.scalars(q.order_by(BlacklistListing.id.desc()).limit(limit)).all()
        return [_view(s, x) for x in rows]


def listing(store: Store, actor: Actor, listing_id: int) -> ListingView:
    actor.require(*DESK, action="read the blacklist")
    with store.read(actor) as s:
        return _view(s, _load(s, actor, listing_id))


def published_marks(store: Store, actor: Actor) -> list[tuple[str, str, date]]:
    """The malicious-default marks in force: (listing number, name, published on)."""
    actor.require(*DESK, action="read the blacklist")
    with store.read(actor) as s:
        return [tuple(r) for r in s.execute(
            select(BlacklistListing.listing_no, BlacklistListing.subject_name, BlacklistListing.published_on)
            .where(BlacklistListing.status == "active", BlacklistListing.published_on.is_not(None))
            .order_by(BlacklistListing.published_on, BlacklistListing.id))]


def matches_merchant(s: Session, m: Merchant) -> list[str]:
    """The kinds of identifier of the merchant found on the blacklist (empty: none)."""
    cond = or_(*[(BlacklistEntry.kind == k) & (BlacklistEntry.value == v) for k, v in merchant_keys(m)])
    return sorted(set(s.scalars(select(BlacklistEntry.kind).where(cond))))


# the identifiers the policy rule reads (and the member id), each looked up in ``blacklist`` by its
# kind: an import's hits as one statement straight to the driver (store.bulk.select_in), since
# SQLAlchemy's expansion of a chunk's IN list of application numbers cost more than the query
_LISTED_BY = (("credit_code", "m.credit_code"), ("id_number", "p.id_number"), ("phone", "p.phone"),
              ("phone", "m.contact_phone"), ("payment_account", "m.payment_account"), ("member_id", "m.member_id"))
_HITS = (f"SELECT a.app_no FROM applications a JOIN {Merchant.__tablename__} m ON m.id = a.merchant_id "
         f"JOIN {Person.__tablename__} p ON p.id = m.legal_rep_id WHERE a.app_no IN ({{ids}}) AND ("
         + " OR ".join(f"EXISTS (SELECT 1 FROM {BlacklistEntry.__tablename__} b WHERE b.kind = '{kind}' "
                       f"AND b.value = {column})" for kind, column in _LISTED_BY) + ")")


def hits_among(s: Session, app_nos: list[str]) -> list[str]:
    """The application numbers among ``app_nos`` whose borrower is on the blacklist by
    any identifier, in order (the application import calls it for each stored chunk;
    tests/test_blacklist.py compares it with the same query through SQLAlchemy)."""
    if not app_nos:
        return []
    return sorted({r[0] for r in select_in(s, _HITS, list(app_nos))})
