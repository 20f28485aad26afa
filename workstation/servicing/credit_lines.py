"""Revolving credit lines 循环贷: draw any day within the limit, freeze and unfreeze
with a reason. Interest by the day on what is drawn (see domain.servicing)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from workstation.domain import clock
from workstation.domain import servicing as sv
from workstation.domain.money import money, to_fen
from workstation.services import audit
from workstation.servicing import disbursement
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.servicing.ledger import Entry
from workstation.services.visibility import check_loan
from workstation.servicing.loans import DESK, PostingResult, _check_value_date, _require_open, _result, \
    _today, apply_change, is_backdated, lock_loan
from workstation.servicing import ledger
from workstation.store.models_loans import CreditLine


def _line(s, loan_id: int) -> CreditLine:
    line = s.scalar(select(CreditLine).where(CreditLine.loan_id == loan_id).with_for_update())
    if line is None:
        raise DomainError("not_revolving")
    return line


def draw(store: Store, actor: Actor, loan_id: int, *, amount: Decimal, on: date, reference: str | None = None,
         today: date | None = None) -> PostingResult:
    """Draw on the line: refused when frozen, expired or above the available amount."""
    actor.require(*DESK, action="draw on a credit line")
    amount = money(amount)
    if amount <= 0:
        raise DomainError("amount_not_positive", amount=amount)
    with store.tx(actor) as s:
        loan = lock_loan(s, loan_id)
        check_loan(s, actor, loan.id)
        _require_open(loan)
        line = _line(s, loan_id)
        _check_value_date(loan, on, _today(today))
        if line.frozen:
            raise DomainError("line_frozen", freeze_reason=line.freeze_reason)
        if on >= line.expiry:
            raise DomainError("line_expired", expiry=line.expiry)
        if loan.dpd > 0:
            raise DomainError("line_past_due", dpd=loan.dpd)
        entries = ledger.load_entries(s, [loan.id])[loan.id]
        if is_backdated(loan, entries, on):
            raise DomainError("draw_backdated", last_eod=loan.last_eod)
        available = line.limit - loan.principal_outstanding
        if amount > available:
            raise DomainError("draw_above_available", amount=amount, available=available)
        fresh = Entry(None, sv.DRAW, on, amount=to_fen(amount), principal=to_fen(amount), reference=reference,
                      source="desk", user_id=actor.id)
        p = apply_change(s, loan, [fresh], recompute_from=None, actor=actor, source="desk")
        receipt = disbursement.draw_receipt(s, loan, on=on, amount=amount, expiry=line.expiry, user_id=actor.id)
        audit.record(s, actor=actor, action="line.draw", entity_type="loan", entity_id=loan.contract_no,
                     details={"amount": amount, "on": on, "available_before": available,
                              "receipt": receipt.receipt_no, "account": receipt.account})
        result, receipt_no = _result(loan.id, None, p), receipt.receipt_no
    from workstation.printing.documents import freeze_receipt
    freeze_receipt(store, actor, receipt_no)     # the draw's receipt as paid out: later prints are this text
    return result


def set_frozen(store: Store, actor: Actor, loan_id: int, *, frozen: bool, reason: str) -> None:
    """Freeze (no more draws) or unfreeze a line; the reason is required and audited."""
    actor.require(*DESK, action="freeze or unfreeze a credit line")
    if not reason or not reason.strip():
        raise DomainError("freeze_reason_required")
    with store.tx(actor) as s:
        loan = lock_loan(s, loan_id)
        check_loan(s, actor, loan.id)
        line = _line(s, loan_id)
        if line.frozen == frozen:
            raise DomainError("line_already_frozen" if frozen else "line_not_frozen")
        line.frozen = frozen
        line.freeze_reason = reason.strip()[:300] if frozen else None
        line.frozen_at = clock.utcnow() if frozen else None
        line.frozen_by = actor.id if frozen else None
        audit.record(s, actor=actor, action="line.freeze" if frozen else "line.unfreeze", entity_type="loan",
                     entity_id=loan.contract_no, details={"reason": reason.strip()})


def freeze(store: Store, actor: Actor, loan_id: int, *, reason: str) -> None:
    set_frozen(store, actor, loan_id, frozen=True, reason=reason)


def unfreeze(store: Store, actor: Actor, loan_id: int, *, reason: str) -> None:
    set_frozen(store, actor, loan_id, frozen=False, reason=reason)
