"""What the loan's screens say about an early recall in force (light: no printing). The
engine (``domain/servicing.py``, ``_Replay.accelerate``) moves every installment due after
the recall date to that date; :func:`applied_due` gives the due date a schedule shows, the
same before the recall date has come as after."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from workstation.domain import servicing as sv
from workstation.domain.actor import Actor
from workstation.domain.money import from_fen
from workstation.servicing import ledger
from workstation.services.visibility import check_loan
from workstation.store.models_aftercare import LoanAcceleration
from workstation.store.models_loans import Loan
from workstation.store.session import Store


@dataclass(frozen=True)
class Recall:
    declared_on: date           # the supervisor signed
    due_date: date              # the whole balance falls due
    amount_due: Decimal         # what the ledger gave for that day when it was declared
    notice_no: str              # the 提前收贷通知书
    # period -> the interest the installment carries once the recall applies (the engine's:
    # earned to the night before the recall date; nothing for a period not yet begun)
    interest: dict[int, Decimal] = field(default_factory=dict)


def recall_of(store: Store, actor: Actor, loan_id: int) -> Recall | None:
    """The loan's recall in force, or None."""
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        r = s.scalar(select(LoanAcceleration).where(LoanAcceleration.loan_id == loan_id))
        if r is None:
            return None
        loan = s.get(Loan, loan_id)
        interest = {}
        if loan is not None and loan.accelerated_on is not None:
            terms = ledger.loan_data(loan).terms
            entries = ledger.load_entries(s, [loan.id], kinds=sv.CASH_KINDS | {sv.REVERSAL})[loan.id]
            interest = {k: from_fen(v) for k, v in applied_interest(terms, ledger.events_of(entries)).items()}
        return Recall(r.declared_on, r.due_date, r.amount_due, r.notice_no, interest)


def applied_interest(terms: sv.LoanTerms, events: list) -> dict[int, int]:
    """{period: interest in fen} of the installments the recall brings forward, as the
    engine sets them on the recall date (replayed to that date: the same figures before
    it has come as after). Empty without a recall, or for a daily-interest loan (its one
    installment's interest runs to the day it is paid)."""
    acc = terms.accelerated_on
    if acc is None or terms.daily:
        return {}
    moved = {i.period for i in sv.replay(terms, [], as_of=terms.start).installments if i.due > acc}
    pos = sv.replay(terms, [e for e in events if e.value_date <= acc], as_of=acc + timedelta(days=1))
    return {i.period: i.interest for i in pos.installments if i.period in moved}


def applied_due(due: date, recall_due: date | None) -> date:
    """The installment's due date as the engine applies the recall (unchanged without one)."""
    return min(due, recall_due) if recall_due is not None else due
