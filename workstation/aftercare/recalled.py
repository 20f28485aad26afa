"""What the loan's screens say about an early recall in force (light: no printing). The
engine (``domain/servicing.py``, ``_Replay.accelerate``) moves every installment due after
the recall date to that date; :func:`applied_due` gives the due date a schedule shows, the
same before the recall date has come as after."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from workstation.domain.actor import Actor
from workstation.services.visibility import check_loan
from workstation.store.models_aftercare import LoanAcceleration
from workstation.store.session import Store


@dataclass(frozen=True)
class Recall:
    declared_on: date           # the supervisor signed
    due_date: date              # the whole balance falls due
    amount_due: Decimal         # what the ledger gave for that day when it was declared
    notice_no: str              # the 提前收贷通知书


def recall_of(store: Store, actor: Actor, loan_id: int) -> Recall | None:
    """The loan's recall in force, or None."""
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        r = s.scalar(select(LoanAcceleration).where(LoanAcceleration.loan_id == loan_id))
        return Recall(r.declared_on, r.due_date, r.amount_due, r.notice_no) if r is not None else None


def applied_due(due: date, recall_due: date | None) -> date:
    """The installment's due date as the engine applies the recall (unchanged without one)."""
    return min(due, recall_due) if recall_due is not None else due
