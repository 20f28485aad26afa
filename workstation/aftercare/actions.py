"""What the warnings desk does to a warning, each recorded on it and audited.

Notes (call, visit, asking for information) take effect at once. Freezing a revolving
line, cutting a limit and early recall are *requested* and take effect only when a
supervisor signs: with their password, within the authority matrix for the loan's
amount, never their own request nor a case they are the officer of. Refusals carry a
code and parameters (:class:`~workstation.aftercare.desk.WarningRefused`).
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.aftercare.desk import DESK, SIGNERS, WarningRefused, _load
from workstation.domain import clock
from workstation.domain import decision as dec
from workstation.domain.money import money
from workstation.services import audit, auth
from workstation.decide import authority
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.store.models import Application, User
from workstation.store.models_aftercare import LoanAcceleration, Warning, WarningAction
from workstation.store.models_loans import CreditLine, Loan


def _require_open(w: Warning) -> None:
    if w.status == "closed":
        raise WarningRefused("warning_closed", warning=w.warning_no)


def _text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise WarningRefused("warning_text_required", field=what, field_name=what)
    return text[:2000]


def _act(s: Session, actor: Actor, w: Warning, kind: str, *, state: str = "done", note: str | None = None,
         **values) -> WarningAction:
    a = WarningAction(warning_id=w.id, kind=kind, state=state, note=note, requested_by=actor.id, **values)
    s.add(a)
    s.flush()
    audit.record(s, actor=actor, action=f"warning.{kind}" + (".request" if state == "pending" else ""),
                 entity_type="warning", entity_id=w.warning_no,
                 details={"action": a.id, "note": note, **{k: v for k, v in values.items() if k != "details"}})
    return a


def assign(store: Store, actor: Actor, warning_id: int, *, to_user_id: int | None = None) -> None:
    """Take a warning (officers) or give it to someone (supervisors, administrators)."""
    actor.require(*DESK, action="assign warnings")
    target = actor.id if to_user_id is None else to_user_id
    if target != actor.id and not actor.has(*SIGNERS):
        raise WarningRefused("assign_needs_supervisor")
    with store.tx(actor) as s:
        w = _load(s, actor, warning_id, lock=True)
        _require_open(w)
        if s.get(User, target) is None:
            raise LookupError(f"no user with id {target}")
        w.assigned_to = target
        if w.status == "new":
            w.status = "assigned"
        _act(s, actor, w, "assign", details={"to": target})


def record_contact(store: Store, actor: Actor, warning_id: int, *, kind: str, note: str) -> int:
    """A call or visit note; the warning is being acted on."""
    actor.require(*DESK, action="record a call or visit")
    if kind not in ("call", "visit"):
        raise ValueError(f"kind must be call or visit, got {kind!r}")
    note = _text(note, "note")
    with store.tx(actor) as s:
        w = _load(s, actor, warning_id, lock=True)
        _require_open(w)
        _take(w, actor)
        return _act(s, actor, w, kind, note=note).id


def ask_information(store: Store, actor: Actor, warning_id: int, *, what: str) -> int:
    """Record that the borrower was asked for information (what, recorded on the warning)."""
    actor.require(*DESK, action="ask for information")
    what = _text(what, "what")
    with store.tx(actor) as s:
        w = _load(s, actor, warning_id, lock=True)
        _require_open(w)
        _take(w, actor)
        return _act(s, actor, w, "ask_info", note=what).id


def _take(w: Warning, actor: Actor) -> None:
    if w.assigned_to is None:
        w.assigned_to = actor.id
    w.status = "acting"


def _loan_for(s: Session, w: Warning) -> Loan:
    loan = s.get(Loan, w.loan_id)
    if loan.status != "active":
        raise WarningRefused("warning_loan_not_active", contract=loan.contract_no, loan_status=loan.status)
    return loan


def _pending(s: Session, w: Warning, kind: str) -> None:
    if s.scalar(select(WarningAction.id).where(WarningAction.warning_id == w.id, WarningAction.kind == kind,
                                               WarningAction.state == "pending")) is not None:
        raise WarningRefused("already_pending", kind=kind)


def request_freeze(store: Store, actor: Actor, warning_id: int, *, reason: str) -> int:
    """Ask to freeze the borrower's revolving line (no new draws); a supervisor signs."""
    actor.require(*DESK, action="request a freeze")
    reason = _text(reason, "reason")
    with store.tx(actor) as s:
        w = _load(s, actor, warning_id, lock=True)
        _require_open(w)
        loan = _loan_for(s, w)
        line = s.scalar(select(CreditLine).where(CreditLine.loan_id == loan.id))
        if line is None:
            raise WarningRefused("not_a_line", contract=loan.contract_no)
        if line.frozen:
            raise WarningRefused("line_already_frozen", contract=loan.contract_no)
        _pending(s, w, "freeze")
        _take(w, actor)
        return _act(s, actor, w, "freeze", state="pending", note=reason).id


def request_limit_cut(store: Store, actor: Actor, warning_id: int, *, new_limit: Decimal, reason: str) -> int:
    """Ask to reduce the line's limit to ``new_limit``; a supervisor signs."""
    actor.require(*DESK, action="request a limit cut")
    reason = _text(reason, "reason")
    new_limit = money(new_limit)
    with store.tx(actor) as s:
        w = _load(s, actor, warning_id, lock=True)
        _require_open(w)
        loan = _loan_for(s, w)
        line = s.scalar(select(CreditLine).where(CreditLine.loan_id == loan.id))
        if line is None:
            raise WarningRefused("not_a_line", contract=loan.contract_no)
        if not Decimal("0.00") <= new_limit < line.limit:
            raise WarningRefused("limit_not_lower", limit=f"{line.limit:,.2f}", new=f"{new_limit:,.2f}")
        _pending(s, w, "limit_cut")
        _take(w, actor)
        return _act(s, actor, w, "limit_cut", state="pending", note=reason, amount=new_limit,
                    details={"old_limit": str(line.limit)}).id


def request_recall(store: Store, actor: Actor, warning_id: int, *, due_date: date, reason: str,
                   today: date | None = None) -> int:
    """Ask to recall the loan early (提前收贷): the whole balance falls due on ``due_date``."""
    actor.require(*DESK, action="request an early recall")
    reason = _text(reason, "reason")
    today = today or clock.today()
    if due_date <= today:
        raise WarningRefused("due_date_not_future", due=due_date.isoformat(), today=today.isoformat())
    with store.tx(actor) as s:
        w = _load(s, actor, warning_id, lock=True)
        _require_open(w)
        loan = _loan_for(s, w)
        if s.scalar(select(LoanAcceleration.id).where(LoanAcceleration.loan_id == loan.id)) is not None:
            raise WarningRefused("already_recalled", contract=loan.contract_no)
        _pending(s, w, "recall")
        _take(w, actor)
        return _act(s, actor, w, "recall", state="pending", note=reason, due_date=due_date).id


def _check_signer(s: Session, actor: Actor, a: WarningAction, w: Warning, loan: Loan) -> None:
    if a.state != "pending":
        raise WarningRefused("warning_not_pending", state=a.state)
    if a.requested_by == actor.id:
        raise WarningRefused("warning_own_request")
    app = s.get(Application, w.application_id)
    if app.officer_id == actor.id:
        raise WarningRefused("warning_own_case")
    rules = authority.rules(s)
    problem = dec.authority_problem(rules, roles=actor.roles, product_code=loan.product_code,
                                    amount=loan.approved_amount)
    if problem is not None:
        limit = dec.signing_limit(rules, roles=actor.roles, product_code=loan.product_code)
        raise WarningRefused("warning_above_authority" if limit is not None else "warning_no_authority",
                             amount=f"{loan.approved_amount:,.2f}", limit=f"{limit:,.2f}" if limit else "",
                             product=loan.product_code)


def sign(store: Store, actor: Actor, action_id: int, *, password: str, note: str = "",
         today: date | None = None) -> None:
    """A supervisor signs a pending freeze, limit cut or recall; it takes effect now."""
    actor.require(*SIGNERS, action="sign off a warning action")
    if not auth.verify_password(store, actor, password):
        raise WarningRefused("signature_password_wrong")
    today = today or clock.today()
    with store.tx(actor) as s:
        a = s.scalar(select(WarningAction).where(WarningAction.id == action_id).with_for_update())
        if a is None:
            raise LookupError(f"no warning action with id {action_id}")
        w = _load(s, actor, a.warning_id, lock=True)
        _require_open(w)
        loan = _loan_for(s, w)
        _check_signer(s, actor, a, w, loan)
        a.state, a.signed_by, a.signed_at = "signed", actor.id, datetime.now(timezone.utc)
        a.sign_note = (note or "").strip()[:300] or None
        effect: dict = {}
        if a.kind == "freeze":
            line = s.scalar(select(CreditLine).where(CreditLine.loan_id == loan.id).with_for_update())
            line.frozen, line.freeze_reason = True, f"{w.warning_no}: {a.note}"[:300]
            line.frozen_at, line.frozen_by = datetime.now(timezone.utc), actor.id
            audit.record(s, actor=actor, action="line.freeze", entity_type="loan", entity_id=loan.contract_no,
                         details={"reason": line.freeze_reason, "warning": w.warning_no})
        elif a.kind == "limit_cut":
            line = s.scalar(select(CreditLine).where(CreditLine.loan_id == loan.id).with_for_update())
            effect = {"old_limit": line.limit, "new_limit": a.amount}
            line.limit = a.amount
            audit.record(s, actor=actor, action="line.limit_cut", entity_type="loan", entity_id=loan.contract_no,
                         details={**effect, "warning": w.warning_no})
        elif a.kind == "recall":
            from workstation.aftercare.recall import declare
            effect = declare(s, actor, a, loan, today=today)
        else:
            raise WarningRefused("warning_not_pending", state=a.state)
        audit.record(s, actor=actor, action=f"warning.{a.kind}.signed", entity_type="warning",
                     entity_id=w.warning_no, details={"action": a.id, "requested_by": a.requested_by,
                                                      "note": a.sign_note, **effect})


def refuse(store: Store, actor: Actor, action_id: int, *, reason: str) -> None:
    """A supervisor refuses a pending request, with a reason."""
    actor.require(*SIGNERS, action="refuse a warning action")
    reason = _text(reason, "reason")
    with store.tx(actor) as s:
        a = s.scalar(select(WarningAction).where(WarningAction.id == action_id).with_for_update())
        if a is None:
            raise LookupError(f"no warning action with id {action_id}")
        w = _load(s, actor, a.warning_id, lock=True)
        if a.state != "pending":
            raise WarningRefused("warning_not_pending", state=a.state)
        if a.requested_by == actor.id:
            raise WarningRefused("warning_own_request")
        a.state, a.signed_by, a.signed_at, a.sign_note = "refused", actor.id, datetime.now(timezone.utc), reason[:300]
        audit.record(s, actor=actor, action=f"warning.{a.kind}.refused", entity_type="warning",
                     entity_id=w.warning_no, details={"action": a.id, "reason": reason})


def close_false_alarm(store: Store, actor: Actor, warning_id: int, *, reason: str, today: date | None = None) -> None:
    """Close a warning as a false alarm; the reason is required. The rule may raise a new
    warning for the borrower from then on."""
    actor.require(*DESK, action="close a warning")
    reason = _text(reason, "reason")
    with store.tx(actor) as s:
        w = _load(s, actor, warning_id, lock=True)
        _require_open(w)
        if s.scalar(select(WarningAction.id).where(WarningAction.warning_id == w.id,
                                                   WarningAction.state == "pending")) is not None:
            raise WarningRefused("pending_actions")
        w.status, w.open_key, w.closed_on, w.close_reason = "closed", None, today or clock.today(), reason[:300]
        _act(s, actor, w, "close", note=reason)
