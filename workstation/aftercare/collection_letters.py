"""The collection letters (还款提醒函, then 催收函) of an overdue loan, written from the
ledger's figures on the letter's date (the servicing engine's replay of the journal:
overdue principal and interest, penalty, principal outstanding, days past due), and
printed through the one print record (``services.documents.issue``)."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from workstation.aftercare.collections import DESK, CollectionRefused
from workstation.documents.collection_letters import CollectionLetterData
from workstation.domain import clock
from workstation.domain import servicing as sv
from workstation.domain.money import from_fen
from workstation.servicing import ledger
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.printing.document_data_loans import lender_info
from workstation.services.visibility import check_loan
from workstation.store.models import Application
from workstation.store.models_loans import Loan

LETTERS = ("reminder", "demand")
PAY_WITHIN = {"reminder": 7, "demand": 3}       # days from the letter's date
PREFIX = {"reminder": "TX", "demand": "CS"}


def letter_data(store: Store, actor: Actor, loan_id: int, letter: str, *, today: date | None = None
                ) -> CollectionLetterData:
    """The letter ``letter`` ("reminder" or "demand") of an overdue loan as of ``today``."""
    actor.require(*DESK, action="print collection letters")
    if letter not in LETTERS:
        raise CollectionRefused("collection_bad_choice", field="letter", field_name="letter", value=letter)
    today = today or clock.today()
    with store.read(actor) as s:
        check_loan(s, actor, loan_id)
        loan = s.get(Loan, loan_id)
        if loan is None or loan.disbursed_on is None:
            raise CollectionRefused("collection_no_loan", loan=loan_id)
        data = ledger.loan_data(loan)
        events = ledger.events_of(ledger.load_entries(s, [loan.id], kinds=sv.CASH_KINDS | {sv.REVERSAL})[loan.id])
        pos = sv.replay(data.terms, events, as_of=today)
        if pos.state != "active" or pos.dpd <= 0:
            raise CollectionRefused("not_overdue", contract=loan.contract_no, date=today.isoformat())
        app = s.get(Application, loan.application_id)
        m = app.merchant
        from workstation.aftercare.recall import _masked_account
        return CollectionLetterData(
            letter=letter, letter_no=f"{PREFIX[letter]}-{loan.contract_no}-{today:%Y%m%d}",
            contract_no=loan.contract_no, lender=lender_info(s), borrower_company=m.name,
            borrower_credit_code=m.credit_code or "—", legal_rep_name=m.legal_rep.name,
            contract_signed_on=loan.signed_on, loan_amount=loan.disbursed_amount or loan.approved_amount,
            as_of=today, dpd=pos.dpd, overdue_principal=from_fen(pos.overdue_principal),
            overdue_interest=from_fen(pos.overdue_interest), penalty=from_fen(pos.penalty_unpaid),
            principal_outstanding=from_fen(pos.principal_outstanding),
            pay_by=today + timedelta(days=PAY_WITHIN[letter]), payment_account=_masked_account(m.payment_account),
            accelerated_on=loan.accelerated_on)


def print_letter(store: Store, actor: Actor, loan_id: int, letter: str, *, today: date | None = None,
                 path: Path | str | None = None):
    """Print the letter (recorded and audited as every print; returns IssuedDocument)."""
    from workstation.printing.documents import issue
    data = letter_data(store, actor, loan_id, letter, today=today)
    with store.read(actor) as s:
        app_id = s.scalar(select(Loan.application_id).where(Loan.id == loan_id))
    return issue(store, actor, data, application_id=app_id, loan_ref=data.contract_no, path=path)
