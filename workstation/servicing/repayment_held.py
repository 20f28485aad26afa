"""Repayment-file lines held for an officer (larger than the loan's payoff on their value
date): list them, post one as of its value date, or return the money. Each is one user
action in one transaction, recorded in the audit trail."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select

from workstation.domain import clock, servicing as sv
from workstation.domain.money import to_fen
from workstation.services import audit
from workstation.servicing import ledger
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.servicing.ledger import Entry
from workstation.servicing.loans import apply_change, is_backdated, lock_loan
from workstation.services.visibility import check_loan, loan_clause
from workstation.store import queries
from workstation.store.models_loans import Loan, RepaymentLine
from workstation.store.models_repayments import HeldRepayment

ROLES = ("officer", "supervisor", "admin")


class HeldLineRefused(DomainError):
    """A refusal with a code the screens translate: not_found, not_held, loan_not_active,
    future, reason_required."""


@dataclass(frozen=True)
class HeldLine:
    id: int
    payment_ref: str
    contract_no: str
    loan_id: int
    amount: Decimal
    payoff: Decimal
    value_date: date
    kind: str
    line_no: int
    batch_id: int | None
    status: str
    reason: str | None


def _view(h: HeldRepayment) -> HeldLine:
    return HeldLine(h.id, h.payment_ref, h.contract_no, h.loan_id, h.amount, h.payoff, h.value_date, h.kind,
                    h.line_no, h.batch_id, h.status, h.reason)


def held_lines(store: Store, actor: Actor | None, *, status: str | None = "held",
               loan_id: int | None = None) -> list[HeldLine]:
    """Lines of repayment files held for a person to decide: those on a loan ``actor``
    may see, and those matched to no loan (``actor`` None: the system, all)."""
    with store.read(actor) as s:
        q = select(HeldRepayment).order_by(HeldRepayment.id)
        if actor is not None and not actor.has("admin"):
            q = q.where(or_(HeldRepayment.loan_id.is_(None),
                            HeldRepayment.loan_id.in_(select(Loan.id).where(loan_clause(s, actor)))))
        if status is not None:
            q = q.where(HeldRepayment.status == status)
        if loan_id is not None:
            q = q.where(HeldRepayment.loan_id == loan_id)
        return [_view(h) for h in s.scalars(q)]


def _lock(s, held_id: int) -> HeldRepayment:
    h = queries.lock_one(s, select(HeldRepayment).where(HeldRepayment.id == held_id))
    if h is None:
        raise HeldLineRefused("not_found", held_id=held_id)
    if h.status != "held":
        raise HeldLineRefused("not_held", payment_ref=h.payment_ref, held_status=h.status)
    return h


def post_held(store: Store, actor: Actor, held_id: int, *, note: str | None = None,
              today: date | None = None) -> HeldLine:
    """Post the held line as of its value date (the excess beyond the payoff is kept to refund)."""
    actor.require(*ROLES, action="post a held repayment")
    today = today or clock.today()        # the business's date (Asia/Shanghai)
    with store.tx(actor) as s:
        h = _lock(s, held_id)
        loan = lock_loan(s, h.loan_id)
        check_loan(s, actor, loan.id)
        if loan.status != "active":
            raise HeldLineRefused("loan_not_active", contract_no=loan.contract_no, loan_status=loan.status)
        if h.value_date > today:
            raise HeldLineRefused("future", value_date=h.value_date, today=today)
        entries = ledger.load_entries(s, [loan.id])[loan.id]
        back = is_backdated(loan, entries, h.value_date)
        fresh = Entry(None, sv.REPAYMENT, h.value_date, amount=to_fen(h.amount), reference=h.payment_ref,
                      idem_key=f"pay:{h.payment_ref}", source="settlement" if h.kind == "order_settlement"
                      else "import", memo=h.kind if h.kind != "repayment" else None, user_id=actor.id)
        apply_change(s, loan, [fresh], recompute_from=h.value_date if back else None, actor=actor, source="import")
        s.add(RepaymentLine(payment_ref=h.payment_ref, batch_id=h.batch_id, contract_no=h.contract_no,
                            loan_id=h.loan_id, journal_id=fresh.id, amount=h.amount, value_date=h.value_date,
                            kind=h.kind, line_no=h.line_no))
        h.status, h.decided_by, h.decided_at = "posted", actor.id, clock.utcnow()
        h.journal_id, h.reason = fresh.id, note
        audit.record(s, actor=actor, action="repayment.held_posted", entity_type="loan",
                     entity_id=loan.contract_no, details={"payment_ref": h.payment_ref, "amount": h.amount,
                                                          "value_date": h.value_date, "backdated": back})
        s.flush()
        return _view(h)


def return_held(store: Store, actor: Actor, held_id: int, *, reason: str) -> HeldLine:
    """Record that the money goes back to the payer: nothing is posted to the loan."""
    actor.require(*ROLES, action="return a held repayment")
    if not (reason or "").strip():
        raise HeldLineRefused("reason_required")
    with store.tx(actor) as s:
        h = _lock(s, held_id)
        h.status, h.decided_by, h.decided_at = "returned", actor.id, clock.utcnow()
        h.reason = reason.strip()[:500]
        audit.record(s, actor=actor, action="repayment.held_returned", entity_type="loan",
                     entity_id=h.contract_no, details={"payment_ref": h.payment_ref, "amount": h.amount,
                                                       "reason": h.reason})
        s.flush()
        return _view(h)
