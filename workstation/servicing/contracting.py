"""From an approved offer to a loan: the borrower signs the contract, the money goes out.

The decision side hands over the approved offer (``decisions.approved_terms``) whose
``terms`` (``domain.terms.ApprovedTerms``) servicing stores unchanged on the loan; at
disbursement the schedule is built from them."""
from __future__ import annotations

from datetime import date, datetime

from workstation.decide import decisions
from workstation.servicing import loans
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.models import Application


def sign_contract(store: Store, actor: Actor, application_id: int, *, signed_on: date, channel: str,
                  contract_no: str | None = None, now: datetime | None = None) -> int:
    """Record the borrower's signing on the approved terms; returns the loan id."""
    offer = decisions.approved_terms(store, actor, application_id)
    if offer is None:
        raise DomainError("contract_needs_offer")
    loan_id = loans.sign_contract(store, actor, application_id, offer.terms, signed_on=signed_on, channel=channel,
                                  contract_no=contract_no, offer_expires_on=offer.offer_expires_on, now=now)
    freeze_contract(store, actor, application_id)
    freeze_guarantees(store, actor, application_id)
    return loan_id


def freeze_contract(store: Store, actor: Actor, application_id: int) -> str:
    """The signed contract's exact text, stored at signing: later prints reproduce it
    byte for byte (``services.documents.freeze_signed``). Returns the PDF's SHA-256."""
    from workstation.printing import document_data, documents
    with store.read(actor) as s:
        app_no = s.get(Application, application_id).app_no
    return documents.freeze_signed(store, actor, document_data.contract_data(store, actor, app_no))


def freeze_guarantees(store: Store, actor: Actor, application_id: int) -> None:
    """A joint-guarantee agreement is signed with its members' loan contracts: once every
    member has signed, the agreement's text is frozen like a contract's."""
    from workstation.printing import document_data, documents
    from workstation.servicing import loan_groups
    with store.read(actor) as s:
        merchant_id = s.get(Application, application_id).merchant_id
    for group_id in loan_groups.groups_of(store, actor, merchant_id):
        data = document_data.guarantee_data(store, actor, str(group_id))
        if not data.draft:
            documents.freeze_signed(store, actor, data)
