"""The loan rows of one contract: the first (signed) row and its later tranches, and what
has been paid out under it (read by disbursement, the tranche service and the documents)."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from workstation.domain.money import money
from workstation.store.models_disburse import Disbursement
from workstation.store.models_loans import Loan


def contract_row(s: Session, loan: Loan) -> Loan:
    """The contract's first loan row (the one the contract was signed on)."""
    return s.get(Loan, loan.parent_loan_id) if loan.parent_loan_id else loan


def rows_of(s: Session, main: Loan) -> list[Loan]:
    return list(s.scalars(select(Loan).where(or_(Loan.id == main.id, Loan.parent_loan_id == main.id))
                          .order_by(Loan.tranche_seq)))


def paid_out(s: Session, main: Loan) -> Decimal:
    """What the contract has paid out so far, all tranches together."""
    ids = select(Loan.id).where(or_(Loan.id == main.id, Loan.parent_loan_id == main.id))
    return money(s.scalar(select(func.coalesce(func.sum(Disbursement.amount), 0))
                          .where(Disbursement.loan_id.in_(ids))) or 0)


def remainder(s: Session, main: Loan) -> Decimal:
    return money(main.approved_amount) - paid_out(s, main)
