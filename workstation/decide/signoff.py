"""Supervisor sign-off: the queue, the evidence, and the signed decision.

A sign-off binds to the recommendation version the supervisor saw; the signature is
the signer's password re-verified at that moment, recorded with the SHA-256 of what
was signed. Maker-checker: nobody signs off their own recommendation, nor twice in
one chain. Above the matrix's threshold two different supervisors must approve; the
second sees the case in their queue even when it belongs to another team.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain import clock, decision as dec
from workstation.domain.money import money
from workstation.domain.rates import Rate
from workstation.domain.terms import ApprovedTerms
from workstation.domain.workflow import Status
from workstation.services import audit, auth, workflow
from workstation.decide import authority, decide_policy
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, PermissionDenied, StaleEdit
from workstation.store.session import Store
from workstation.services.workflow import load_for_update as lock_app
from workstation.store.queries import product, user_name
from workstation.decide.decisions import (RecommendationView, _check, check_reasons, current_rec, open_chain,
                                            rec_view, today)
from workstation.store.models import Application, User
from workstation.store.models_decide import ApprovedOffer, Decline, Recommendation, Signoff, SignoffChain

DECISIONS = ("approve", "approve_lower", "return", "decline")


@dataclass(frozen=True)
class SignoffRow:
    signer: str
    decision: str
    limit_approved: Decimal | None
    comment: str
    signed_at: datetime
    recommendation_version: int


@dataclass(frozen=True)
class QueueItem:
    application_id: int
    app_no: str
    merchant_name: str
    product_code: str
    amount: Decimal
    recommendation_version: int
    officer: str | None
    submitted_at: datetime
    signoffs_needed: int
    signoffs_done: int
    grade: str | None
    first_signer: str | None = None     # who gave the first approval (a second signature is awaited)


@dataclass(frozen=True)
class SignoffCase:
    """What the supervisor sees before signing (the version is what the signature binds to)."""
    application_id: int
    app_no: str
    app_status: str
    recommendation: RecommendationView
    signoffs: tuple[SignoffRow, ...]
    signoffs_needed: int
    your_limit: Decimal | None
    may_sign: bool
    why_not: str | None
    findings: tuple[dec.Finding, ...]
    exceptions: tuple[decide_policy.ExceptionView, ...] = ()
    why_not_code: str | None = None      # role, not_awaiting, own, signed, other_team (the UI's words)


@dataclass(frozen=True)
class SignResult:
    status: str
    complete: bool
    limit_approved: Decimal | None
    signature: str
    message: str


def _approvals(chain: SignoffChain) -> list[Signoff]:
    return [x for x in chain.signoffs if x.decision in ("approve", "approve_lower")]


def _authors(s: Session, application_id: int) -> set[int]:
    return set(s.scalars(select(Recommendation.officer_id).where(Recommendation.application_id == application_id)))


def _why_not(s: Session, actor: Actor, app: Application, chain: SignoffChain | None,
             rec: Recommendation | None) -> tuple[str, str] | None:
    """Why ``actor`` may not sign this chain, as (code, text); None: may."""
    if not actor.has("supervisor"):
        return "role", f"{actor.username} may not sign off: needs role supervisor"
    if chain is None or rec is None or app.status != Status.AWAITING_SIGNOFF.value:
        return "not_awaiting", f"application {app.app_no} is not awaiting sign-off"
    if actor.id in _authors(s, app.id) or actor.id == chain.submitted_by:
        return "own", f"{actor.username} may not sign off their own recommendation for {app.app_no}"
    if any(x.signer_id == actor.id for x in chain.signoffs):
        return "signed", f"{actor.username} has already signed this sign-off chain for {app.app_no}"
    officer = s.get(User, app.officer_id) if app.officer_id else None
    team = officer is None or officer.supervisor_id in (None, actor.id)
    if not team and not _approvals(chain):
        return "other_team", f"application {app.app_no} belongs to another team: its supervisor signs first"
    return None


def _needed(s: Session, rules, chain: SignoffChain | None, rec: Recommendation, *,
            amount: Decimal | None = None) -> int:
    """Signatures the amount needs, one more while an exception to a hard rule is open."""
    if amount is None:
        limits = [x.limit_approved for x in _approvals(chain)] if chain else []
        amount = min(limits) if limits else rec.amount
    base = dec.required_signoffs(rules, product_code=rec.product_code, amount=amount)
    return dec.exception_signoffs(base, len(decide_policy.open_exceptions(s, rec.application_id)))


def signoff_queue(store: Store, actor: Actor) -> list[QueueItem]:
    """Cases awaiting this supervisor: the team's, and second sign-offs from anywhere."""
    actor.require("supervisor", action="see the sign-off queue")
    with store.read(actor) as s:
        rules = authority.rules(s)
        out = []
        for chain in s.scalars(select(SignoffChain).where(SignoffChain.state == "open")
                               .order_by(SignoffChain.submitted_at)).all():
            app = s.get(Application, chain.application_id)
            rec = s.get(Recommendation, chain.recommendation_id)
            if _why_not(s, actor, app, chain, rec) is not None:
                continue
            approvals = _approvals(chain)
            out.append(QueueItem(app.id, app.app_no, app.merchant_name, rec.product_code, rec.amount, rec.version,
                                 user_name(s, app.officer_id), chain.submitted_at, _needed(s, rules, chain, rec),
                                 len(approvals), app.grade,
                                 user_name(s, approvals[0].signer_id) if approvals else None))
        return out


def signoff_case(store: Store, actor: Actor, application_id: int) -> SignoffCase:
    actor.require("supervisor", action="review cases for sign-off")
    with store.read(actor) as s:
        app = s.get(Application, application_id)
        if app is None:
            raise LookupError(f"no application with id {application_id}")
        chain = open_chain(s, app.id)
        rec = s.get(Recommendation, chain.recommendation_id) if chain else current_rec(s, app.id)
        if rec is None:
            raise DomainError("no_recommendation", app_no=app.app_no)
        rules = authority.rules(s)
        view = rec_view(s, rec, app.app_no)
        rows = tuple(SignoffRow(user_name(s, x.signer_id) or "?", x.decision, x.limit_approved, x.comment,
                                x.signed_at, x.recommendation_version) for x in (chain.signoffs if chain else ()))
        why = _why_not(s, actor, app, chain, rec)
        return SignoffCase(app.id, app.app_no, app.status, view, rows, _needed(s, rules, chain, rec),
                           dec.signing_limit(rules, roles=actor.roles, product_code=rec.product_code),
                           why is None, why[1] if why else None,
                           _check(s, app, view.terms, start=today()).findings,
                           tuple(decide_policy.exception_views(s, app.id)), why[0] if why else None)


def _signature(*, app_no: str, rec: Recommendation, decision: str, limit: Decimal | None, signer: Actor,
               at: datetime) -> str:
    payload = json.dumps({"app": app_no, "recommendation": rec.id, "version": rec.version, "decision": decision,
                          "limit": None if limit is None else str(limit), "signer": signer.username,
                          "at": at.isoformat(timespec="microseconds")}, sort_keys=True)
    return f"password re-verified; sha256:{hashlib.sha256(payload.encode()).hexdigest()}"


def sign(store: Store, actor: Actor, application_id: int, *, decision: str, seen_version: int, password: str,
         limit: Decimal | None = None, comment: str = "", reason_codes=(), now: datetime | None = None) -> SignResult:
    """Record a signed decision on the recommendation version the supervisor saw."""
    actor.require("supervisor", action="sign off")
    if decision not in DECISIONS:
        raise DomainError("decision_invalid", decisions=DECISIONS)
    if decision == "return" and not comment.strip():
        raise DomainError("return_needs_comment")
    # the signature: the password checked again now, outside our write transaction
    if not auth.verify_password(store, actor, password):
        raise DomainError("signature_password_wrong")
    at = now or clock.utcnow()
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        chain = open_chain(s, app.id)
        rec = current_rec(s, app.id)
        if chain is not None and rec is not None and rec.version != seen_version:
            raise StaleEdit("signoff_stale", app_no=app.app_no, version=rec.version, seen_version=seen_version)
        why = _why_not(s, actor, app, chain, rec)
        if why:
            raise (DomainError if chain is None or app.status != Status.AWAITING_SIGNOFF.value
                   else PermissionDenied)("signoff_" + why[0], user=actor.username, app_no=app.app_no)
        rules = authority.rules(s)
        prior = [x.limit_approved for x in _approvals(chain)]
        ceiling = min([rec.amount, *prior])
        approved = None
        if decision in ("approve", "approve_lower"):
            approved = ceiling if decision == "approve" else money(limit if limit is not None else 0)
            if decision == "approve_lower" and not (Decimal(0) < approved < ceiling):
                raise DomainError("approve_lower_limit", ceiling=ceiling)
            problem = dec.authority_problem(rules, roles=actor.roles, product_code=rec.product_code,
                                            amount=approved)
            if problem:
                limit = dec.signing_limit(rules, roles=actor.roles, product_code=rec.product_code)
                raise PermissionDenied("signoff_no_authority" if limit is None else "signoff_above_authority",
                                       user=actor.username, product=rec.product_code, amount=approved, limit=limit)
            # hard policy rules block an approval unless an exception is requested for the rule
            decide_policy.refuse_if_blocked(
                decide_policy.findings(s, app, product_code=rec.product_code, amount=approved,
                                      as_of=clock.to_business(at).date()),
                action=f"cannot approve {app.app_no}; nothing was signed")
        sig = _signature(app_no=app.app_no, rec=rec, decision=decision, limit=approved, signer=actor, at=at)
        s.add(Signoff(chain_id=chain.id, recommendation_id=rec.id, recommendation_version=rec.version,
                      signer_id=actor.id, decision=decision, limit_approved=approved, comment=comment.strip(),
                      reason_codes=[], signed_at=at, signature=sig))
        s.flush()
        s.refresh(chain)
        audit.record(s, actor=actor, action="signoff", entity_type="application", entity_id=app.app_no,
                     details={"decision": decision, "recommendation_version": rec.version, "limit": approved,
                              "comment": comment.strip()[:500], "signature": sig}, at=at)
        complete, message = _conclude(s, actor, app=app, chain=chain, rec=rec, decision=decision,
                                      approved=approved, rules=rules, comment=comment, reason_codes=reason_codes,
                                      at=at)
        return SignResult(app.status, complete, approved, sig, message)


def _conclude(s: Session, actor: Actor, *, app: Application, chain: SignoffChain, rec: Recommendation,
              decision: str, approved: Decimal | None, rules, comment: str, reason_codes, at: datetime):
    if decision == "return":
        chain.state, chain.closed_at = "returned", at
        workflow.move(s, app, Status.RETURNED, actor=actor, comment=comment.strip(), at=at)
        return True, f"{app.app_no} returned to the officer"
    if decision == "decline":
        codes = check_reasons(s, reason_codes, comment)
        s.add(Decline(application_id=app.id, user_id=actor.id, at=at, stage="signoff", reason_codes=codes,
                      comment=comment.strip()))
        chain.state, chain.closed_at = "declined", at
        decide_policy.refuse_open(s, actor, app, chain_id=chain.id, at=at)
        workflow.move(s, app, Status.DECLINED, actor=actor, event=("declined_at_signoff", {"codes": codes}),
                      note=comment.strip()[:500] or None, at=at)
        return True, f"{app.app_no} declined"
    needed = _needed(s, rules, chain, rec, amount=approved)
    done = len(_approvals(chain))
    if done < needed:
        workflow.move(s, app, Status.AWAITING_SIGNOFF, actor=actor, at=at,
                      event=("signoff_partial", {"done": done, "needed": needed, "amount": f"{approved:,.2f}"}))
        return False, f"{app.app_no}: sign-off {done} of {needed} recorded; another supervisor must sign"
    # capacity may have been used by others since the recommendation: check again
    terms = replace(rec_view(s, rec, app.app_no).terms, amount=approved)
    day = clock.to_business(at).date()
    blocking = [f for f in _check(s, app, terms, start=day).findings if f.blocking and f.field in ("capacity", "single_borrower")]
    if blocking:
        raise DomainError("approve_capacity_exceeded", findings=tuple(blocking))
    validity = product(s, rec.product_code).offer_validity_days
    expires = day + timedelta(days=validity)
    chain.state, chain.closed_at = "approved", at
    granted = decide_policy.grant_open(s, actor, app, chain_id=chain.id, at=at)
    s.add(ApprovedOffer(application_id=app.id, recommendation_id=rec.id, chain_id=chain.id,
                        product_code=rec.product_code, amount=approved, term_months=rec.term_months,
                        term_days=rec.term_days, method=rec.method, daily_rate_pct=rec.daily_rate_pct,
                        conditions=rec.conditions, approved_at=at, offer_expires_on=expires,
                        terms=ApprovedTerms.from_product(   # the one terms value, built here once
                            product(s, rec.product_code), amount=approved, method=rec.method,
                            term_months=rec.term_months, term_days=rec.term_days, start=day,
                            rate=Rate.from_daily_percent(rec.daily_rate_pct), check=False)))
    app.offer_expires_on = expires
    workflow.move(s, app, Status.APPROVED, actor=actor, at=at,
                  event=("approved_with_exceptions" if granted else "approved",
                         {"amount": f"{approved:,.2f}", "expires": expires, "rules": list(granted)}))
    return True, f"{app.app_no} approved: {approved:,.2f}, offer valid until {expires.isoformat()}"
