"""Collections (催收): the queue of overdue loans by bucket (M1: 1-30 days past due, M2:
31-60, M3+: over 60), counted, sorted and paged in SQL; the contact log (time, channel,
person reached, outcome) under the contact rules (no contact outside the setting
``collections.contact_hours``, local Asia/Shanghai time, and at most
``collections.max_attempts_per_day`` attempts per loan and day); promises to pay, marked
kept or broken by end of day (:func:`check_promises`, the one call at the end of
``servicing/eod.py``). Letters: ``aftercare.collection_letters``; the deduction request
file: ``aftercare.deduction``. Refusals carry a code and parameters
(:class:`CollectionRefused`)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain.money import from_fen, money, parse_amount
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.bulk import raw_table
from workstation.store.queries import setting
from workstation.services.visibility import check_loan, loan_clause
from workstation.store.models import Application, User
from workstation.store.models_aftercare import (CONTACT_CHANNELS, CONTACT_OUTCOMES, CONTACT_PERSONS,
                                                CollectionContact, PromiseToPay)
from workstation.store.models_loans import Loan

DESK = ("officer", "supervisor", "admin")
BUCKETS = {"M1": (1, 30), "M2": (31, 60), "M3+": (61, None)}
SORTS = {"contract": Loan.contract_no, "merchant": Application.merchant_name, "dpd": Loan.dpd,
         "overdue": Loan.overdue_principal + Loan.overdue_interest + Loan.penalty_unpaid,
         "principal": Loan.principal_outstanding}


class CollectionRefused(DomainError):
    """Something the collections desk refuses; ``code`` and ``params`` for translation."""


@dataclass(frozen=True)
class CollectionQuery:
    bucket: str | None = None        # one of BUCKETS; None: every overdue loan
    search: str = ""
    sort: str = "dpd"
    descending: bool = True


@dataclass(frozen=True)
class CollectionRow:
    loan_id: int
    contract_no: str
    merchant_name: str
    dpd: int
    bucket: str
    overdue_principal: Decimal
    overdue_interest: Decimal
    penalty: Decimal
    principal: Decimal
    open_promise: date | None
    last_contact: datetime | None

    @property
    def overdue_total(self) -> Decimal:
        return self.overdue_principal + self.overdue_interest + self.penalty


@dataclass(frozen=True)
class ContactView:
    id: int
    contacted_at: datetime
    channel: str
    person: str
    outcome: str
    note: str | None
    officer: str | None


@dataclass(frozen=True)
class PromiseView:
    id: int
    amount: Decimal
    made_on: date
    promised_on: date
    status: str
    paid: Decimal | None


@dataclass(frozen=True)
class ContactRules:
    """What the rules allow now: the hours, today's attempts and the limit."""
    start_hour: int
    end_hour: int
    attempts_today: int
    limit: int
    within_hours: bool

    @property
    def allowed(self) -> bool:
        return self.within_hours and self.attempts_today < self.limit


def bucket_of(dpd: int) -> str | None:
    for name, (lo, hi) in BUCKETS.items():
        if dpd >= lo and (hi is None or dpd <= hi):
            return name
    return None


def _base(s: Session, actor: Actor, q: CollectionQuery):
    stmt = (select(Loan.id).join(Application, Application.id == Loan.application_id)
            .where(Loan.status == "active", Loan.dpd > 0, loan_clause(s, actor)))
    if q.bucket is not None:
        if q.bucket not in BUCKETS:
            raise ValueError(f"unknown bucket {q.bucket!r}")
        lo, hi = BUCKETS[q.bucket]
        stmt = stmt.where(Loan.dpd >= lo)
        if hi is not None:
            stmt = stmt.where(Loan.dpd <= hi)
    text = q.search.strip()[:60]
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(Application.merchant_name.like(like), Loan.contract_no.like(like)))
    return stmt


def queue_count(store: Store, actor: Actor, query: CollectionQuery) -> int:
    actor.require(*DESK, action="read the collections queue")
    with store.read(actor) as s:
        return s.scalar(select(func.count()).select_from(_base(s, actor, query).subquery())) or 0


def bucket_counts(store: Store, actor: Actor) -> dict[str, int]:
    """Loans in each bucket (what the filter shows beside each name)."""
    actor.require(*DESK, action="read the collections queue")
    with store.read(actor) as s:
        return {b: s.scalar(select(func.count()).select_from(_base(s, actor, CollectionQuery(bucket=b)).subquery()))
                or 0 for b in BUCKETS}


def queue_ids(store: Store, actor: Actor, query: CollectionQuery, *, offset: int = 0, limit: int = 200) -> list[int]:
    actor.require(*DESK, action="read the collections queue")
    col = SORTS.get(query.sort, Loan.dpd)
    order = (col.desc(), Loan.id.desc()) if query.descending else (col.asc(), Loan.id.asc())
    with store.read(actor) as s:
        return list(s.scalars(_base(s, actor, query).order_by(*order).offset(offset).limit(limit)))


def queue_rows(store: Store, actor: Actor, loan_ids: list[int]) -> list[CollectionRow]:
    actor.require(*DESK, action="read the collections queue")
    if not loan_ids:
        return []
    with store.read(actor) as s:
        visible = loan_clause(s, actor)
        rows = s.execute(select(Loan, Application.merchant_name).join(Application, Application.id == Loan.application_id)
                         .where(Loan.id.in_(loan_ids), visible)).all()
        promises = dict(s.execute(select(PromiseToPay.loan_id, func.min(PromiseToPay.promised_on))
                                  .where(PromiseToPay.loan_id.in_(loan_ids), PromiseToPay.status == "open")
                                  .group_by(PromiseToPay.loan_id)).tuples().all())
        contacts = dict(s.execute(select(CollectionContact.loan_id, func.max(CollectionContact.contacted_at))
                                  .where(CollectionContact.loan_id.in_(loan_ids))
                                  .group_by(CollectionContact.loan_id)).tuples().all())
        return [CollectionRow(l.id, l.contract_no, name, l.dpd, bucket_of(l.dpd) or "M0", l.overdue_principal,
                              l.overdue_interest, l.penalty_unpaid, l.principal_outstanding, promises.get(l.id),
                              contacts.get(l.id)) for l, name in rows]


# -- contacts --------------------------------------------------------------------------------

def _rules(s: Session, loan_id: int, at: datetime) -> ContactRules:
    start, end = (int(h) for h in setting(s, "collections.contact_hours"))
    limit = int(setting(s, "collections.max_attempts_per_day"))
    local = clock.to_business(at)
    n = s.scalar(select(func.count()).where(CollectionContact.loan_id == loan_id,
                                            CollectionContact.local_day == local.date())) or 0
    return ContactRules(start, end, n, limit, start <= local.hour < end)


def contact_rules(store: Store, actor: Actor, loan_id: int, *, at: datetime | None = None) -> ContactRules:
    """The contact rules as they stand for the loan at ``at`` (now by default)."""
    actor.require(*DESK, action="read the collections queue")
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        return _rules(s, loan_id, at or clock.now())


def _loan(s: Session, actor: Actor, loan_id: int, *, lock: bool = False) -> Loan:
    check_loan(s, actor, loan_id)
    q = select(Loan).where(Loan.id == loan_id)
    loan = s.scalar(q.with_for_update() if lock else q)
    if loan is None:
        raise CollectionRefused("collection_no_loan", loan=loan_id)
    return loan


def log_contact(store: Store, actor: Actor, loan_id: int, *, channel: str, person: str, outcome: str,
                note: str = "", at: datetime | None = None) -> int:
    """Record a collection attempt made now (``at``: its time, for tests and late entry
    of an attempt the same day). Refused outside the contact hours and beyond the day's
    attempt limit; letters are not calls and count toward neither."""
    actor.require(*DESK, action="log collection contacts")
    for field, value, allowed in (("channel", channel, CONTACT_CHANNELS), ("person", person, CONTACT_PERSONS),
                                  ("outcome", outcome, CONTACT_OUTCOMES)):
        if value not in allowed:
            raise CollectionRefused("collection_bad_choice", field=field, field_name=field, value=value)
    at = (at or clock.now()).astimezone(timezone.utc)
    with store.tx(actor) as s:
        loan = _loan(s, actor, loan_id, lock=True)
        if channel != "letter":
            r = _rules(s, loan.id, at)
            if not r.within_hours:
                raise CollectionRefused("outside_contact_hours", start=r.start_hour, end=r.end_hour, time=clock.local_text(at, "%H:%M"))
            if r.attempts_today >= r.limit:
                raise CollectionRefused("attempt_limit", attempts=r.attempts_today, limit=r.limit)
        c = CollectionContact(loan_id=loan.id, contacted_at=at, local_day=clock.to_business(at).date(),
                              channel=channel, person=person, outcome=outcome, note=(note or "").strip()[:2000] or None,
                              officer_id=actor.id)
        s.add(c)
        s.flush()
        audit.record(s, actor=actor, action="collection.contact", entity_type="loan", entity_id=loan.contract_no,
                     details={"contact": c.id, "channel": channel, "person": person, "outcome": outcome})
        return c.id


def contacts(store: Store, actor: Actor, loan_id: int) -> list[ContactView]:
    actor.require(*DESK, action="read the collections queue")
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        rows = s.execute(select(CollectionContact, User.display_name).outerjoin(User, User.id == CollectionContact.officer_id)
                         .where(CollectionContact.loan_id == loan_id)
                         .order_by(CollectionContact.contacted_at.desc(), CollectionContact.id.desc())).all()
        return [ContactView(c.id, c.contacted_at, c.channel, c.person, c.outcome, c.note, name) for c, name in rows]


# -- promises to pay -------------------------------------------------------------------------

def promise(store: Store, actor: Actor, loan_id: int, *, amount, promised_on: date, contact_id: int | None = None,
            today: date | None = None) -> int:
    """Record a promise to pay ``amount`` (text or Decimal, the one money parser) by
    ``promised_on`` (today or later)."""
    actor.require(*DESK, action="record promises to pay")
    today = today or clock.today()
    try:
        value = amount if isinstance(amount, Decimal) else parse_amount(amount)
        value = money(value)
    except (ValueError, ArithmeticError) as exc:
        raise CollectionRefused("collection_bad_amount", field="amount", value=str(amount)) from exc
    if value <= 0:
        raise CollectionRefused("collection_bad_amount", field="amount", value=str(amount))
    if promised_on < today:
        raise CollectionRefused("promise_in_past", date=promised_on.isoformat(), today=today.isoformat())
    with store.tx(actor) as s:
        loan = _loan(s, actor, loan_id, lock=True)
        if loan.status != "active":
            raise CollectionRefused("collection_loan_not_active", contract=loan.contract_no,
                                    loan_status=loan.status)
        p = PromiseToPay(loan_id=loan.id, contact_id=contact_id, amount=value, made_on=today, promised_on=promised_on,
                         status="open", officer_id=actor.id)
        s.add(p)
        s.flush()
        audit.record(s, actor=actor, action="collection.promise", entity_type="loan", entity_id=loan.contract_no,
                     details={"promise": p.id, "amount": value, "promised_on": promised_on.isoformat()})
        return p.id


def promises(store: Store, actor: Actor, loan_id: int) -> list[PromiseView]:
    actor.require(*DESK, action="read the collections queue")
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        rows = s.scalars(select(PromiseToPay).where(PromiseToPay.loan_id == loan_id)
                         .order_by(PromiseToPay.promised_on.desc(), PromiseToPay.id.desc())).all()
        return [PromiseView(p.id, p.amount, p.made_on, p.promised_on, p.status, p.paid) for p in rows]


def check_promises(s: Session, actor: Actor | None, *, as_of: date) -> int:
    """End of day (inside its transaction): every open promise due by ``as_of`` is kept
    when the repayments in force dated ``made_on`` .. ``promised_on`` reach its amount,
    broken otherwise. Returns how many were decided."""
    due = s.scalars(select(PromiseToPay).where(PromiseToPay.status == "open", PromiseToPay.promised_on <= as_of)
                    .order_by(PromiseToPay.id)).all()
    if not due:
        return 0
    # what each was paid, summed in one statement (in fen)
    pt, jt = raw_table("promises_to_pay"), raw_table("journal")
    reversed_ids = select(jt.c.reverses_id).where(jt.c.reverses_id.is_not(None))
    paid_fen = dict(s.execute(
        select(pt.c.id, func.coalesce(func.sum(jt.c.amount), 0))
        .select_from(pt.join(jt, and_(jt.c.loan_id == pt.c.loan_id, jt.c.kind == "repayment",
                                      jt.c.value_date >= pt.c.made_on, jt.c.value_date <= pt.c.promised_on,
                                      jt.c.id.not_in(reversed_ids))))
        .where(pt.c.status == "open", pt.c.promised_on <= as_of).group_by(pt.c.id)).all())
    for p in due:
        p.paid = money(from_fen(int(paid_fen.get(p.id, 0))))
        p.status = "kept" if p.paid >= p.amount else "broken"
        p.checked_on = as_of
        audit.record(s, actor=actor, action=f"collection.promise_{p.status}", entity_type="promise", entity_id=p.id,
                     details={"loan": p.loan_id, "amount": p.amount, "paid": p.paid})
    return len(due)


def end_of_day(store: Store, actor: Actor | None, as_of: date) -> int:
    """The collections' part of end of day: promises due by ``as_of`` checked."""
    with store.tx(actor) as s:
        return check_promises(s, actor, as_of=as_of)
