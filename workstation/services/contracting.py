"""From an approved offer to a loan: the borrower signs the contract, the money goes out.

The decision side hands over the approved terms (``decisions.approved_terms``);
servicing builds the contract and, at disbursement, freezes the schedule."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from workstation.services import decisions, loans
from workstation.services.context import Actor, DomainError, Store


def servicing_terms(store: Store, application_id: int) -> loans.ApprovedTerms:
    t = decisions.approved_terms(store, application_id)
    if t is None:
        raise DomainError("this application has no approved offer: a contract needs a signed-off approval")
    return loans.ApprovedTerms(application_id=t.application_id, product_code=t.product_code, amount=t.amount,
                               term_months=t.term_months, days=t.term_days, method=t.method,
                               daily_rate=t.daily_rate_pct / Decimal(100), approved_at=t.approved_at,
                               offer_expires_on=t.offer_expires_on)


def sign_contract(store: Store, actor: Actor, application_id: int, *, signed_on: date, channel: str,
                  contract_no: str | None = None) -> int:
    """Record the borrower's signing on the approved terms; returns the loan id."""
    return loans.sign_contract(store, actor, servicing_terms(store, application_id), signed_on=signed_on,
                               channel=channel, contract_no=contract_no)
