"""Further disbursements (tranches) under one contract.

A term loan's contract may be paid out in more than one tranche: the first disbursement
(``loans.disburse``) pays part, and while the approved offer has not expired the rest of
the contracted amount can be paid out later, in one or more tranches, never more than the
contracted amount in total.

Data model: each tranche is a loan row of its own (``loans.parent_loan_id`` names the
contract's first row, ``tranche_seq`` counts 2, 3, ...), with its own schedule frozen from
its own disbursement date, its own journal, installments, end of day and reconcile, and
its own loan receipt 借款借据 numbered under the contract (JJ-<contract>-02). The servicing
engine replays one schedule from one start date per loan row; keeping every tranche in
its own row keeps that engine exact and unchanged (merging schedules with different start
dates into one row would break the period interest model of docs/servicing.md). A
tranche's row carries the contract's terms; its ``approved_amount`` is the tranche's
amount and its contract number is the contract's with the tranche's number (HT...-02),
so that it can be opened and printed on its own.

The application moves DISBURSED -> CLOSED when every tranche paid out is settled (see
``loans.apply_change``): after that nothing more can be paid out under the contract.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.money import money
from workstation.domain.workflow import Status
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.servicing.disbursement import DisbursementRefused
from workstation.services.visibility import check_loan
from workstation.store.models import Application
from workstation.store.models_disburse import Disbursement
from workstation.store.models_loans import Loan
from workstation.servicing.tranche_rows import contract_row, remainder, rows_of



@dataclass(frozen=True)
class Tranche:
    """One payout under a contract, as the loan screen lists it."""
    loan_id: int
    seq: int
    contract_no: str            # the tranche's loan (HT...-02); the first is the contract's own
    receipt_no: str | None
    value_date: date | None
    amount: Decimal
    principal_outstanding: Decimal
    status: str


def tranches(store: Store, actor: Actor, loan_id: int) -> list[Tranche]:
    """Every payout of the contract ``loan_id`` belongs to, first to last."""
    actor.require("officer", "supervisor", "admin", action="view a loan")
    with store.read(actor) as s:
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise DisbursementRefused("no_loan", loan_id=loan_id, loan=loan_id)
        check_loan(s, actor, loan.id)
        out = []
        for row in rows_of(s, contract_row(s, loan)):
            r = s.scalar(select(Disbursement).where(Disbursement.loan_id == row.id).order_by(Disbursement.seq)
                         .limit(1))
            out.append(Tranche(loan_id=row.id, seq=row.tranche_seq, contract_no=row.contract_no,
                               receipt_no=r.receipt_no if r else None, value_date=row.disbursed_on,
                               amount=money(row.disbursed_amount or 0),
                               principal_outstanding=money(row.principal_outstanding), status=row.status))
        return out


def check_tranche(s: Session, main: Loan, app: Application, *, on: date, amount: Decimal) -> Decimal:
    """Why a further tranche of ``amount`` on ``on`` may not be paid out (raises), else the
    remainder before it."""
    if main.revolving:
        raise DisbursementRefused("revolving_line", contract=main.contract_no)
    if app.status != Status.DISBURSED.value:
        raise DisbursementRefused("contract_not_open", app_no=app.app_no, status=app.status)
    if app.offer_expires_on is not None and on > app.offer_expires_on:
        raise DisbursementRefused("offer_expired", offer_expires_on=app.offer_expires_on.isoformat(),
                                  expired_on=app.offer_expires_on.isoformat())
    last = max(r.disbursed_on for r in rows_of(s, main) if r.disbursed_on is not None)
    if on < last:
        raise DisbursementRefused("before_last_tranche", on=on.isoformat(), last=last.isoformat())
    left = remainder(s, main)
    if amount <= 0 or amount > left:
        raise DisbursementRefused("above_remainder", remainder=f"{left:.2f}")
    return left
