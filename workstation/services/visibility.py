"""Who may read what, for every service: the queue's rule (:func:`queue.readable_clause`)
applied to a case and to everything hanging off it (its recommendations, interviews,
attachments, documents, audit entries) and to its loans: a loan is visible when its
application is. One refusal for all of them: :class:`NotVisible` (code "other_team").

``actor`` None is the system (start-up, a command run without signing in): it sees all.
"""
from __future__ import annotations

from sqlalchemy import select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from workstation.domain.actor import Actor

from workstation.domain.errors import NotVisible
from workstation.decide.queue import readable_clause
from workstation.store.models import Application
from workstation.store.models_loans import Loan


def refusal(actor: Actor) -> NotVisible:
    return NotVisible("other_team", user=actor.username)


def app_clause(s: Session, actor: Actor | None) -> ColumnElement[bool]:
    """The applications ``actor`` may read (a condition on Application)."""
    return true() if actor is None else readable_clause(s, actor)


def loan_clause(s: Session, actor: Actor | None) -> ColumnElement[bool]:
    """The loans ``actor`` may read (a condition on Loan): those of a readable application."""
    if actor is None or actor.has("admin"):
        return true()
    return Loan.application_id.in_(select(Application.id).where(readable_clause(s, actor)))


def load_case(s: Session, actor: Actor | None, app_id: int) -> Application:
    """The application, if ``actor`` may read it: LookupError when there is none,
    NotVisible when it is another team's."""
    app = s.scalar(select(Application).where(Application.id == app_id, app_clause(s, actor)))
    if app is None:
        if s.get(Application, app_id) is None:
            raise LookupError(f"no application with id {app_id}")
        raise refusal(actor)
    return app


def check_case(s: Session, actor: Actor | None, app_id: int | None) -> None:
    """Refuse (NotVisible) when application ``app_id`` exists and ``actor`` may not read it;
    a missing one is left to the caller's own message."""
    if actor is None or app_id is None or actor.has("admin"):
        return
    if s.scalar(select(Application.id).where(Application.id == app_id, readable_clause(s, actor))) is None:
        if s.get(Application, app_id) is not None:
            raise refusal(actor)


def check_case_no(s: Session, actor: Actor | None, app_no: str) -> None:
    """As :func:`check_case`, by application number."""
    if actor is None or actor.has("admin"):
        return
    check_case(s, actor, s.scalar(select(Application.id).where(Application.app_no == app_no)))


def check_loan(s: Session, actor: Actor | None, loan_id: int | None) -> None:
    """Refuse (NotVisible) when the loan exists and its application is not ``actor``'s to read."""
    if actor is None or loan_id is None or actor.has("admin"):
        return
    check_case(s, actor, s.scalar(select(Loan.application_id).where(Loan.id == loan_id)))


def check_contract(s: Session, actor: Actor | None, contract_no: str) -> None:
    """As :func:`check_loan`, by contract number."""
    if actor is None or actor.has("admin"):
        return
    check_case(s, actor, s.scalar(select(Loan.application_id).where(Loan.contract_no == contract_no)))


def check_merchant(s: Session, actor: Actor | None, merchant_id: int) -> None:
    """Refuse (NotVisible) unless ``actor`` may read at least one application of the merchant."""
    if actor is None or actor.has("admin"):
        return
    if s.scalar(select(Application.id).where(Application.merchant_id == merchant_id,
                                             readable_clause(s, actor)).limit(1)) is None:
        if s.scalar(select(Application.id).where(Application.merchant_id == merchant_id).limit(1)) is not None:
            raise refusal(actor)


def check_group(s: Session, actor: Actor | None, group_id: int) -> None:
    """A joint-guarantee group is readable by whoever may read a case of one of its members
    (the members answer for each other's loans)."""
    if actor is None or actor.has("admin"):
        return
    from workstation.store.models_loans import GroupMember
    members = select(GroupMember.merchant_id).where(GroupMember.group_id == group_id)
    if s.scalar(select(Application.id).where(Application.merchant_id.in_(members),
                                             readable_clause(s, actor)).limit(1)) is None:
        if s.scalar(members.limit(1)) is not None:
            raise refusal(actor)
