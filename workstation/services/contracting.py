"""From an approved offer to a loan: the borrower signs the contract, the money goes out.

The decision side hands over the approved offer (``decisions.approved_terms``) whose
``terms`` (``domain.terms.ApprovedTerms``) servicing stores unchanged on the loan; at
disbursement the schedule is built from them."""
from __future__ import annotations

from datetime import date, datetime

from workstation.services import decisions, loans
from workstation.services.context import Actor, DomainError, Store


def sign_contract(store: Store, actor: Actor, application_id: int, *, signed_on: date, channel: str,
                  contract_no: str | None = None, now: datetime | None = None) -> int:
    """Record the borrower's signing on the approved terms; returns the loan id."""
    offer = decisions.approved_terms(store, actor, application_id)
    if offer is None:
        raise DomainError("this application has no approved offer: a contract needs a signed-off approval")
    return loans.sign_contract(store, actor, application_id, offer.terms, signed_on=signed_on, channel=channel,
                               contract_no=contract_no, offer_expires_on=offer.offer_expires_on, now=now)
