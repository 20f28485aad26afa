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
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from workstation.domain.money import money
from workstation.domain.workflow import Status
from workstation.services import audit
from workstation.servicing import disbursement
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.servicing.disbursement import DisbursementRefused
from workstation.services.visibility import check_loan
from workstation.store.models import Application
from workstation.store.models_disburse import Disbursement
from workstation.store.models_loans import Loan

MAX_CONTRACT_NO = 40            # loans.contract_no


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


def tranches(store: Store, actor: Actor, loan_id: int) -> list[Tranche]:
    """Every payout of the contract ``loan_id`` belongs to, first to last."""
    actor.require("officer", "supervisor", "admin", action="view a loan")
    with store.read(actor) as s:
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise DisbursementRefused("no_loan", f"no loan with id {loan_id}", loan=loan_id)
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
        raise DisbursementRefused("revolving_line", f"loan {main.contract_no} is a revolving line: "
                                  "draw on it instead", contract=main.contract_no)
    if app.status != Status.DISBURSED.value:
        raise DisbursementRefused("contract_not_open", f"application {app.app_no} is {app.status}: nothing "
                                  "more can be paid out under its contract", status=app.status)
    if app.offer_expires_on is not None and on > app.offer_expires_on:
        raise DisbursementRefused("offer_expired", f"the offer expired on {app.offer_expires_on}: the rest of "
                                  "the contracted amount can no longer be paid out",
                                  expired_on=app.offer_expires_on.isoformat())
    last = max(r.disbursed_on for r in rows_of(s, main) if r.disbursed_on is not None)
    if on < last:
        raise DisbursementRefused("before_last_tranche", f"value date {on} is before the last disbursement "
                                  f"under this contract ({last})", last=last.isoformat())
    left = remainder(s, main)
    if amount <= 0 or amount > left:
        raise DisbursementRefused("above_remainder", f"amount {amount:,.2f} must be positive and at most the "
                                  f"{left:,.2f} of the contract not yet paid out", remainder=f"{left:.2f}")
    return left


def disburse_tranche(store: Store, actor: Actor, loan_id: int, *, on: date, amount: Decimal, account: str,
                     reason: str | None = None, approver: str | None = None,
                     approver_password: str | None = None, now: datetime | None = None) -> str:
    """Pay out part or all of the rest of a contract already disbursed once: the same
    controls as the first disbursement (account from the verified list, or another with a
    reason and a supervisor's password), a new loan row with its own schedule from ``on``
    and its own receipt (returned), frozen as paid out, all in one audited transaction."""
    from workstation.servicing import loans  # loans delegates here: imported late
    actor.require(*loans.DESK, action="disburse a loan")
    amount = money(amount)
    off_list = bool((reason or "").strip() or (approver or "").strip())
    allowed_by = disbursement.approver(store, actor, approver, approver_password) if off_list else None
    with store.tx(actor) as s:
        main_id = s.scalar(select(func.coalesce(Loan.parent_loan_id, Loan.id)).where(Loan.id == loan_id))
        if main_id is None:
            raise DisbursementRefused("no_loan", f"no loan with id {loan_id}", loan=loan_id)
        main = loans.lock_loan(s, main_id)       # the contract's first row: one lock order for all tranches
        check_loan(s, actor, main.id)
        app = loans.lock_app(s, main.application_id)
        left = check_tranche(s, main, app, on=on, amount=amount)
        to = disbursement.destination(app.merchant, account, reason=reason, approved_by=allowed_by)
        seq = max(r.tranche_seq for r in rows_of(s, main)) + 1
        row = Loan(contract_no=f"{main.contract_no}-{seq:02d}"[:MAX_CONTRACT_NO], application_id=app.id,
                   merchant_id=main.merchant_id, product_code=main.product_code, terms=main.terms,
                   approved_amount=amount, method=main.method, term_months=main.term_months,
                   term_days=main.term_days, revolving=False, signed_on=main.signed_on,
                   sign_channel=main.sign_channel, status="contracted", parent_loan_id=main.id, tranche_seq=seq)
        s.add(row)
        s.flush()
        loans.book_disbursement(s, row, on=on, amount=amount, account=to.account, actor=actor, to=to)
        receipt = disbursement.receipts_in(s, row.id)[-1]
        details = {"on": on, "amount": amount, "tranche": seq, "tranche_loan": row.contract_no,
                   "remaining": left - amount, "account_kind": to.kind, "account": to.account, "receipt": receipt}
        if to.kind == disbursement.OTHER:
            details |= {"reason": to.reason, "approved_by": allowed_by.username}
        audit.record(s, actor=actor, action="loan.disburse", entity_type="loan", entity_id=main.contract_no,
                     details=details, at=now)
    from workstation.printing.documents import freeze_receipt
    freeze_receipt(store, actor, receipt)        # the receipt as paid out: later prints are this text
    return receipt
