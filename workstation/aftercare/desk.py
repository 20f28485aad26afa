"""The warnings desk's reads: the queue (new, assigned, acting, closed, awaiting
sign-off) counted, sorted, filtered and paged in SQL, and each warning's view with what
was done on it. What the desk does to a warning: ``aftercare.actions``. Refusals carry a
code and parameters (:class:`WarningRefused`)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from workstation.domain.actor import Actor

from workstation.domain.errors import DomainError

from workstation.store.session import Store
from workstation.services.visibility import app_clause, check_case
from workstation.store.models import Application, Merchant, User
from workstation.store.models_aftercare import Warning, WarningAction
from workstation.store.models_loans import CreditLine, Loan

DESK = ("officer", "supervisor", "admin")
SIGNERS = ("supervisor", "admin")
STATUSES = ("new", "assigned", "acting", "closed")
NEEDS_SIGNOFF = ("freeze", "limit_cut", "recall")
SORTS = {"warning_no": Warning.warning_no, "merchant": Application.merchant_name, "rule": Warning.rule,
         "severity": case({"low": 1, "medium": 2, "high": 3}, value=Warning.severity, else_=0), "status": Warning.status, "raised_on": Warning.raised_on,
         "officer": select(User.display_name).where(User.id == Warning.assigned_to).scalar_subquery()}


class WarningRefused(DomainError):
    """An action the desk refuses; ``code`` and ``params`` for the screens' translation."""


@dataclass(frozen=True)
class WarningQuery:
    status: str | None = None        # one of STATUSES; None: every open one
    mine: bool = False
    awaiting_signoff: bool = False   # only warnings with a request awaiting a signature
    search: str = ""
    sort: str = "raised_on"
    descending: bool = True


@dataclass(frozen=True)
class WarningRow:
    id: int
    warning_no: str
    merchant_id: int
    merchant_name: str
    contract_no: str
    rule: str
    severity: str
    suggested_action: str
    status: str
    raised_on: date
    officer_name: str | None
    value: Decimal
    threshold: Decimal


@dataclass(frozen=True)
class ActionView:
    id: int
    kind: str
    state: str
    note: str | None
    amount: Decimal | None
    due_date: date | None
    document_no: str | None
    requested_by: str | None
    created_at: datetime
    signed_by: str | None
    sign_note: str | None


@dataclass(frozen=True)
class WarningView:
    row: WarningRow
    loan_id: int
    application_id: int
    rule_version: int
    snapshot_on: date
    metric: str | None
    detail: dict
    close_reason: str | None
    revolving: bool
    line_limit: Decimal | None
    line_frozen: bool
    principal_outstanding: Decimal
    disbursed_on: date | None
    actions: tuple[ActionView, ...]


def _base(s: Session, actor: Actor, q: WarningQuery):
    stmt = (select(Warning.id).join(Application, Application.id == Warning.application_id)
            .where(app_clause(s, actor)))
    if q.status is None:
        stmt = stmt.where(Warning.status != "closed")
    else:
        if q.status not in STATUSES:
            raise ValueError(f"unknown warning status {q.status!r}")
        stmt = stmt.where(Warning.status == q.status)
    if q.mine:
        stmt = stmt.where(Warning.assigned_to == actor.id)
    if q.awaiting_signoff:
        stmt = stmt.where(Warning.id.in_(select(WarningAction.warning_id).where(WarningAction.state == "pending")))
    text = q.search.strip()[:60]
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(Application.merchant_name.like(like), Warning.warning_no.like(like),
                              Warning.rule.like(like)))
    return stmt


def warning_count(store: Store, actor: Actor, query: WarningQuery) -> int:
    actor.require(*DESK, action="read warnings")
    with store.read(actor) as s:
        return s.scalar(select(func.count()).select_from(_base(s, actor, query).subquery())) or 0


def warning_ids(store: Store, actor: Actor, query: WarningQuery, *, offset: int = 0, limit: int = 200) -> list[int]:
    actor.require(*DESK, action="read warnings")
    col = SORTS.get(query.sort, Warning.raised_on)
    order = (col.desc(), Warning.id.desc()) if query.descending else (col.asc(), Warning.id.asc())
    with store.read(actor) as s:
        return list(s.scalars(_base(s, actor, query).order_by(*order).offset(offset).limit(limit)))


def _rows(s: Session, ids: list[int]) -> list[WarningRow]:
    if not ids:
        return []
    q = (select(Warning, Application.merchant_name, Loan.contract_no, User.display_name)
         .join(Application, Application.id == Warning.application_id)
         .join(Loan, Loan.id == Warning.loan_id)
         .outerjoin(User, User.id == Warning.assigned_to)
         .where(Warning.id.in_(ids)))
    return [WarningRow(w.id, w.warning_no, w.merchant_id, name, contract, w.rule, w.severity, w.suggested_action,
                       w.status, w.raised_on, officer, w.value, w.threshold) for w, name, contract, officer in s.execute(q)]


def warning_rows(store: Store, actor: Actor, ids: list[int]) -> list[WarningRow]:
    actor.require(*DESK, action="read warnings")
    with store.read(actor) as s:
        readable = set(s.scalars(select(Warning.id).join(Application, Application.id == Warning.application_id)
                                 .where(Warning.id.in_(ids), app_clause(s, actor))))
        return _rows(s, [i for i in ids if i in readable])


def _load(s: Session, actor: Actor, warning_id: int, *, lock: bool = False) -> Warning:
    q = select(Warning).where(Warning.id == warning_id)
    w = s.scalar(q.with_for_update() if lock else q)
    if w is None:
        raise LookupError(f"no warning with id {warning_id}")
    check_case(s, actor, w.application_id)
    return w


def _names(s: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i}
    return {i: n for i, n in s.execute(select(User.id, User.display_name).where(User.id.in_(ids)))} if ids else {}


def warning_view(store: Store, actor: Actor, warning_id: int) -> WarningView:
    actor.require(*DESK, action="read warnings")
    with store.read(actor) as s:
        w = _load(s, actor, warning_id)
        row = _rows(s, [w.id])[0]
        loan = s.get(Loan, w.loan_id)
        line = s.scalar(select(CreditLine).where(CreditLine.loan_id == loan.id))
        acts = s.scalars(select(WarningAction).where(WarningAction.warning_id == w.id).order_by(WarningAction.id)).all()
        names = _names(s, [a.requested_by for a in acts] + [a.signed_by for a in acts])
        return WarningView(
            row, loan.id, w.application_id, w.rule_version, w.snapshot_on, w.metric, dict(w.detail or {}),
            w.close_reason, bool(loan.revolving), line.limit if line else None, bool(line and line.frozen),
            loan.principal_outstanding, loan.disbursed_on,
            tuple(ActionView(a.id, a.kind, a.state, a.note, a.amount, a.due_date, a.document_no,
                             names.get(a.requested_by), a.created_at, names.get(a.signed_by), a.sign_note)
                  for a in acts))


def pending_signoffs(store: Store, actor: Actor) -> list[tuple[int, int, str, str]]:
    """(action id, warning id, warning number, kind) of the requests awaiting a signature
    that ``actor`` may read."""
    actor.require(*DESK, action="read warnings")
    with store.read(actor) as s:
        q = (select(WarningAction.id, Warning.id, Warning.warning_no, WarningAction.kind)
             .join(Warning, Warning.id == WarningAction.warning_id)
             .join(Application, Application.id == Warning.application_id)
             .where(WarningAction.state == "pending", app_clause(s, actor)).order_by(WarningAction.id))
        return [tuple(r) for r in s.execute(q)]


def merchant_name(store: Store, actor: Actor, merchant_id: int) -> str:
    from workstation.services.visibility import check_merchant
    with store.read(actor) as s:
        check_merchant(s, actor, merchant_id)
        return s.scalar(select(Merchant.name).where(Merchant.id == merchant_id)) or ""


__all__ = ["WarningQuery", "WarningRow", "WarningView", "ActionView", "WarningRefused", "warning_count",
           "warning_ids", "warning_rows", "warning_view", "pending_signoffs", "merchant_name"]
