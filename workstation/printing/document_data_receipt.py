"""Document data for the loan receipt 借款借据 of one disbursement, and the contract's
appendix schedule of the contracted amount.

The receipt is read from its ``disbursements`` row (amount, date, account as stored,
the schedule frozen for that disbursement); the account is printed with only its last
four characters (before any "@domain") visible. The contract states the contracted
amount and its appendix schedules that amount; what was actually paid out, with its
own schedule, is on the receipts.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select

from workstation.documents.data import ReceiptData, ScheduleRow
from workstation.domain.money import from_fen
from workstation.domain.schedules import Method
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.services.visibility import check_contract, check_loan
from workstation.printing.document_data_loans import (lender_info, method_zh, pct, product_name, rate_disclosure, term_text)
from workstation.store.models import Application
from workstation.store.models_disburse import Disbursement
from workstation.store.models_loans import Loan


def paper_account(account: str) -> str:
    """'13812345678@alipay' -> '*******5678@alipay'; a card keeps its last four digits."""
    local, at, domain = account.partition("@")
    keep = 4 if len(local) > 4 else 0
    return "*" * (len(local) - keep) + local[len(local) - keep:] + at + domain


def _rows(frozen: list, amount: Decimal) -> tuple[ScheduleRow, ...]:
    rows, bal = [], amount
    for period, due, p, i in frozen:
        bal -= from_fen(p)
        rows.append(ScheduleRow(period=period, due_date=date.fromisoformat(due), principal=from_fen(p),
                                interest=from_fen(i), payment=from_fen(p + i), balance=bal))
    return tuple(rows)


def receipt_numbers(store: Store, actor: Actor, contract_no: str) -> list[str]:
    with store.read(actor) as s:
        check_contract(s, actor, contract_no.strip())
        main = select(Loan.id).where(Loan.contract_no == contract_no.strip()).scalar_subquery()
        return list(s.scalars(select(Disbursement.receipt_no).join(Loan, Loan.id == Disbursement.loan_id)
                              .where((Loan.id == main) | (Loan.parent_loan_id == main))
                              .order_by(Loan.tranche_seq, Disbursement.seq)))


def receipt_data(store: Store, actor: Actor, receipt_no: str) -> ReceiptData:
    """The loan receipt numbered ``receipt_no`` (JJ-<contract>-01)."""
    with store.read(actor) as s:
        r = s.scalar(select(Disbursement).where(Disbursement.receipt_no == receipt_no.strip()))
        if r is None:
            raise DomainError("receipt_not_found", receipt_no=receipt_no)
        check_loan(s, actor, r.loan_id)
        loan = s.get(Loan, r.loan_id)
        m = s.get(Application, loan.application_id).merchant
        # a tranche (a later disbursement under the contract) prints the contract's number and
        # amount and what the contract has paid out up to and including this tranche
        contract = s.get(Loan, loan.parent_loan_id) if loan.parent_loan_id else loan
        if contract is loan:
            total = s.scalar(select(func.sum(Disbursement.amount)).where(Disbursement.loan_id == loan.id,
                                                                         Disbursement.seq <= r.seq))
        else:
            total = s.scalar(select(func.sum(Disbursement.amount)).join(Loan, Loan.id == Disbursement.loan_id)
                             .where((Loan.id == contract.id) | (Loan.parent_loan_id == contract.id),
                                    Loan.tranche_seq <= loan.tranche_seq))
        rows = _rows(r.schedule, r.amount)
        daily = Fraction(loan.daily_rate)
        end = rows[-1].due_date
        months = loan.term_months if (loan.method != Method.BULLET.value or loan.revolving) else None
        term = (f"本笔借款至额度到期日，共{(end - r.value_date).days}天" if loan.revolving
                else term_text(months, loan.term_days))
        return ReceiptData(
            receipt_no=r.receipt_no, contract_no=contract.contract_no, lender=lender_info(s), borrower_company=m.name,
            borrower_credit_code=m.credit_code or "—", legal_rep_name=m.legal_rep.name,
            product_name=product_name(s, loan.product_code), contract_amount=contract.approved_amount,
            amount=r.amount, disbursed_total=total, value_date=r.value_date, account_label=r.account_label,
            account=paper_account(r.account), term_text=term, end_date=end,
            rate=rate_disclosure(daily=daily, method=loan.method, apr=r.apr_pct, revolving=loan.revolving,
                                 conventions=loan.terms.conventions),
            repayment_method=method_zh(loan.method, revolving=loan.revolving),
            penalty_daily_rate=pct(daily * Fraction(Decimal(loan.penalty_multiplier))), schedule=rows,
            revolving=loan.revolving, form=2)
