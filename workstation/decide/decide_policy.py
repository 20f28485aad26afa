"""Hard policy rules in the decision, and the recorded exceptions that lift them.

The rules of ``domain.policy`` are checked against the recommended product and amount
whenever terms are checked (the live preview, saving, submitting, signing). A failed
rule blocks submitting and signing unless an exception is requested for it: the officer
records which rule and why; the exception is granted by the sign-off chain approving
with one more signature than the amount alone needs (each signer within their
authority, never the requester), refused when the case is declined at sign-off, and
shown wherever the decision is shown (sign-off view, approval memo).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workstation.domain import clock, decision as dec, policy
from workstation.domain.features import MerchantFacts
from workstation.domain.workflow import Status
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.decide.decide_support import require_case_officer
from workstation.services.workflow import load_for_update as lock_app
from workstation.store import queries
from workstation.store.queries import product, setting as _setting, user_name
from workstation.store.models import Application, Merchant
from workstation.store.models_decide import PolicyException

_REQUESTABLE = {Status.IN_REVIEW, Status.INTERVIEW, Status.RETURNED, Status.RECOMMENDED}
MIN_REASON = 10          # characters: a reason, not a word


class PolicyBlocked(DomainError):
    """Hard rules fail without an exception; ``findings`` carry the texts in both languages."""

    def __init__(self, action: str, findings) -> None:
        super().__init__("policy_blocked", action=action, findings=tuple(findings))
        self.findings = tuple(findings)


@dataclass(frozen=True)
class ExceptionView:
    id: int
    rule: str
    rule_zh: str
    rule_en: str
    reason: str
    requested_by: str | None
    requested_at: datetime
    state: str                     # requested | granted | refused | withdrawn
    granted_by: str | None
    granted_at: datetime | None


# --- facts and settings ------------------------------------------------------------------

def current_overdue(s: Session, m: Merchant) -> bool:
    """A loan of the borrower or a related party (same legal representative or credit
    code) is overdue today: days past due, or overdue principal or interest."""
    from workstation.store.models_loans import Loan
    related = [Merchant.legal_rep_id == m.legal_rep_id]
    if m.credit_code:
        related.append(Merchant.credit_code == m.credit_code)
    return s.scalar(select(Loan.id).where(Loan.merchant_id.in_(select(Merchant.id).where(or_(*related))),
                                          Loan.status == "active",
                                          or_(Loan.dpd > 0, Loan.overdue_principal > 0, Loan.overdue_interest > 0))
                    .limit(1)) is not None


def policy_facts(s: Session, a: Application) -> MerchantFacts:
    """The facts the hard rules read, the current overdue one included (scoring does not need it)."""
    return replace(queries.merchant_facts(s, a), has_current_overdue=current_overdue(s, a.merchant))


def policy_settings(s: Session) -> tuple[dict[str, int], list[str]]:
    """The rules' limits (ages, months) and the B2B regions from the settings table."""
    limits = {k: int(_setting(s, f"policy.{k}")) for k in ("min_age", "max_age", "min_membership_months")}
    return limits, list(_setting(s, "policy.b2b_regions") or policy.DEFAULT_B2B_REGIONS)


def checks_for(s: Session, app: Application, *, product_code: str, amount, as_of: date) -> list[policy.PolicyCheck]:
    """The hard rules for ``app`` with the product and amount of the recommendation."""
    prod = product(s, product_code)
    limits, regions = policy_settings(s)
    return policy.policy_checks(facts=policy_facts(s, app), product_code=product_code,
                                product_platforms=prod.platforms, product_min=prod.amount_min,
                                product_max=prod.amount_max, amount=amount, as_of=as_of,
                                allowed_b2b_regions=regions, limits=limits)


# --- exceptions ----------------------------------------------------------------------------

def live_exceptions(s: Session, application_id: int) -> list[PolicyException]:
    """Requested or granted exceptions of the application, oldest first."""
    return list(s.scalars(select(PolicyException).where(PolicyException.application_id == application_id,
                                                        PolicyException.state.in_(("requested", "granted")))
                          .order_by(PolicyException.id)))


def open_exceptions(s: Session, application_id: int) -> list[PolicyException]:
    return [x for x in live_exceptions(s, application_id) if x.state in dec.EXCEPTION_OPEN]


def findings(s: Session, app: Application, *, product_code: str, amount, as_of: date) -> list[dec.Finding]:
    """The failed hard rules as findings, lifted to warnings where an exception is live."""
    states = {x.rule: x.state for x in live_exceptions(s, app.id)}
    return dec.policy_findings(checks_for(s, app, product_code=product_code, amount=amount, as_of=as_of), states)


def refuse_if_blocked(found, *, action: str) -> None:
    blocked = [f for f in found if f.blocking and f.code]
    if blocked:
        raise PolicyBlocked(action, blocked)


def request_exception(store: Store, actor: Actor, application_id: int, *, rule: str, reason: str,
                      as_of: date | None = None) -> int:
    """The case officer asks to lift one failed hard rule, saying why; returns its id."""
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise DomainError("exception_reason_short", min_length=MIN_REASON)
    as_of = as_of or clock.today()        # the business's date (Asia/Shanghai)
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        require_case_officer(app, actor, action="request a policy exception")
        if Status(app.status) not in _REQUESTABLE:
            raise DomainError("exception_too_late", app_no=app.app_no, status=app.status)
        if rule in dec.NOT_EXCEPTABLE:
            raise DomainError("exception_rule_of_product", rule=rule)
        rec = queries.current_recommendation(s, app.id)
        code, amount = (rec.product_code, rec.amount) if rec else (app.product_code, app.amount_requested)
        failed = {c.code: c for c in checks_for(s, app, product_code=code, amount=amount, as_of=as_of)
                  if not c.passed}
        if rule not in failed:
            raise DomainError("exception_not_needed", app_no=app.app_no, rule=rule)
        if any(x.rule == rule for x in live_exceptions(s, app.id)):
            raise DomainError("exception_already_requested", rule=rule, app_no=app.app_no)
        x = PolicyException(application_id=app.id, rule=rule, reason=reason, requested_by=actor.id,
                            requested_at=clock.utcnow(), state="requested")
        s.add(x)
        s.flush()
        audit.record(s, actor=actor, action="policy_exception_request", entity_type="application",
                     entity_id=app.app_no, details={"rule": rule, "reason": reason[:500],
                                                    "failed": failed[rule].reason_en})
        return x.id


def withdraw_exception(store: Store, actor: Actor, application_id: int, *, exception_id: int) -> None:
    """The case officer withdraws a request not yet decided (before submission)."""
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        require_case_officer(app, actor, action="withdraw a policy exception")
        x = s.get(PolicyException, exception_id)
        if x is None or x.application_id != app.id or x.state != "requested":
            raise DomainError("exception_request_not_found", exception_id=exception_id, app_no=app.app_no)
        if Status(app.status) not in _REQUESTABLE:
            raise DomainError("exception_with_signoff", app_no=app.app_no, status=app.status)
        x.state, x.closed_at = "withdrawn", clock.utcnow()
        audit.record(s, actor=actor, action="policy_exception_withdraw", entity_type="application",
                     entity_id=app.app_no, details={"rule": x.rule})


def grant_open(s: Session, actor: Actor, app: Application, *, chain_id: int, at: datetime) -> list[str]:
    """The chain approved: its open exceptions are granted by the signer who completed it."""
    done = []
    for x in open_exceptions(s, app.id):
        x.state, x.granted_by, x.granted_at, x.chain_id = "granted", actor.id, at, chain_id
        done.append(x.rule)
    if done:
        audit.record(s, actor=actor, action="policy_exception_grant", entity_type="application",
                     entity_id=app.app_no, details={"rules": done, "chain": chain_id}, at=at)
    return done


def refuse_open(s: Session, actor: Actor, app: Application, *, chain_id: int, at: datetime) -> None:
    """Declined at sign-off: the open exceptions are refused with it."""
    for x in open_exceptions(s, app.id):
        x.state, x.closed_at, x.chain_id = "refused", at, chain_id


def _view(s: Session, x: PolicyException) -> ExceptionView:
    zh, en = policy.RULE_NAMES.get(x.rule, (x.rule, x.rule))
    return ExceptionView(x.id, x.rule, zh, en, x.reason, user_name(s, x.requested_by), x.requested_at, x.state,
                         user_name(s, x.granted_by), x.granted_at)


def exception_views(s: Session, application_id: int) -> list[ExceptionView]:
    rows = s.scalars(select(PolicyException).where(PolicyException.application_id == application_id)
                     .order_by(PolicyException.id))
    return [_view(s, x) for x in rows]


def exceptions_for(store: Store, actor: Actor, application_id: int) -> list[ExceptionView]:
    """Every exception request of the application (all states), oldest first."""
    with store.read(actor) as s:
        from workstation.services.visibility import check_case
        check_case(s, actor, application_id)
        return exception_views(s, application_id)
