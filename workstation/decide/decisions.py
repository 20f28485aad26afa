"""The officer's side of a decision: recommend (each edit a new version), submit for
sign-off, ask for more information, decline with reason codes; the approved terms
as plain data for servicing; offers that expire. Sign-off itself: ``signoff.py``."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from workstation.domain import clock, decision as dec
from workstation.domain.products import Product as ProductDef
from workstation.domain.rates import Rate
from workstation.domain.terms import ApprovedTerms, TermsError
from workstation.domain.schedules import Schedule, ScheduleError
from workstation.domain.workflow import Status
from workstation.services import audit, workflow
from workstation.decide import authority, decide_policy
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, StaleEdit
from workstation.store.session import Store
from workstation.decide.decide_support import require_case_officer
from workstation.services.workflow import load_for_update as lock_app
from workstation.store.queries import current_recommendation as current_rec, product, settings, user_name
from workstation.decide.interviews import latest_submitted
from workstation.services.visibility import check_case, load_case
from workstation.store.models import Application, Merchant
from workstation.store.models_decide import (ApprovedOffer, Decline, InfoRequest, Recommendation,
                                             SignoffChain)

CAPACITY_KEYS = ("capital.net_capital", "capital.bank_borrowing_ratio_pct", "capital.single_borrower_pct",
                 "capital.warn_at_pct")
# everything approved and outstanding counts against capacity
COMMITTED = (Status.APPROVED.value, Status.CONTRACTED.value, Status.DISBURSED.value)
_RECOMMENDABLE = {Status.IN_REVIEW, Status.INTERVIEW, Status.RETURNED, Status.RECOMMENDED,
                  Status.AWAITING_SIGNOFF}
_DECLINABLE = {Status.RECEIVED, Status.IN_REVIEW, Status.INTERVIEW, Status.MORE_INFO, Status.RECOMMENDED,
               Status.RETURNED}


@dataclass(frozen=True)
class RecommendationView:
    id: int
    application_id: int
    app_no: str
    version: int
    officer_id: int
    officer: str | None
    created_at: datetime
    terms: dec.Terms
    suggested_limit: Decimal | None
    apr_pct: Decimal | None
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Preview:
    findings: tuple[dec.Finding, ...]
    schedule: Schedule | None
    schedule_error: str | None
    suggested_limit: Decimal | None
    interview_outcome: str | None
    capacity_total: Decimal
    committed_total: Decimal
    single_borrower_limit: Decimal
    borrower_committed: Decimal

    @property
    def errors(self) -> list[dec.Finding]:
        return dec.errors(self.findings)


@dataclass(frozen=True)
class Offer:
    """An approved offer: the loan's ``terms`` (``domain.terms.ApprovedTerms``, built once
    at approval, handed unchanged to servicing) and the offer around them."""
    application_id: int
    app_no: str
    terms: ApprovedTerms
    conditions: str
    approved_at: datetime
    offer_expires_on: date
    recommendation_version: int
    signers: tuple[str, ...]

    # the figures most callers show, read from the terms
    product_code = property(lambda self: self.terms.product_code)
    amount = property(lambda self: self.terms.amount)
    term_months = property(lambda self: self.terms.term_months)
    term_days = property(lambda self: self.terms.term_days)
    method = property(lambda self: self.terms.method.value)
    daily_rate_pct = property(lambda self: Decimal(self.terms.daily_rate.numerator * 100)
                              / Decimal(self.terms.daily_rate.denominator))


def today() -> date:
    from workstation.domain import clock      # business time (Asia/Shanghai), not the machine's
    return clock.today()


def rec_view(s: Session, r: Recommendation, app_no: str) -> RecommendationView:
    t = dec.Terms(product_code=r.product_code, amount=r.amount, method=r.method, daily_rate_pct=r.daily_rate_pct,
                  term_months=r.term_months, term_days=r.term_days, conditions=r.conditions,
                  justification=r.justification)
    return RecommendationView(r.id, r.application_id, app_no, r.version, r.officer_id, user_name(s, r.officer_id),
                              r.created_at, t, r.suggested_limit, r.apr_pct, tuple(r.warnings or ()))


def open_chain(s: Session, application_id: int) -> SignoffChain | None:
    return s.scalar(select(SignoffChain).where(SignoffChain.application_id == application_id,
                                               SignoffChain.state == "open"))


# --- exposure ------------------------------------------------------------------------------

def _committed(s: Session, *, exclude_app: int, merchant_ids=None) -> Decimal:
    """Approved-and-outstanding amounts: the approved offer where there is one, else
    (cases that reached approval before this service existed) the amount asked."""
    q = (select(Application.amount_requested, ApprovedOffer.amount)
         .outerjoin(ApprovedOffer, ApprovedOffer.application_id == Application.id)
         .where(Application.status.in_(COMMITTED), Application.id != exclude_app))
    if merchant_ids is not None:
        q = q.where(Application.merchant_id.in_(merchant_ids))
    return sum(((offer if offer is not None else asked) for asked, offer in s.execute(q)), Decimal("0.00"))


def related_merchants(s: Session, app: Application):
    """The borrower and its related parties: same legal representative or credit code."""
    m = s.get(Merchant, app.merchant_id)
    cond = [Merchant.legal_rep_id == m.legal_rep_id]
    if m.credit_code:
        cond.append(Merchant.credit_code == m.credit_code)
    return select(Merchant.id).where(or_(*cond))


def context(s: Session, app: Application) -> dict:
    cap = dec.capacity_from_settings(settings(s, CAPACITY_KEYS))
    interview = latest_submitted(s, app.id)
    return dict(capacity=cap, committed_total=_committed(s, exclude_app=app.id),
                borrower_committed=_committed(s, exclude_app=app.id, merchant_ids=related_merchants(s, app)),
                suggested_limit=app.suggested_limit, interview_outcome=interview.outcome if interview else None)


def loan_terms(terms: dec.Terms, prod, start: date) -> ApprovedTerms:
    """The recommended terms as the one terms value, with the product's settings."""
    return ApprovedTerms.from_product(prod, amount=terms.amount, method=terms.method, term_months=terms.term_months,
                                      term_days=terms.term_days, rate=terms.rate(), start=start, check=False)


def _schedule(terms: dec.Terms, start: date, prod) -> tuple[Schedule | None, Exception | None, list]:
    """The schedule under the product's conventions (or why there is none), and the
    highest-annual-cost warnings."""
    try:
        t = loan_terms(terms, prod, start)
        sched = t.schedule()
    except (ScheduleError, TermsError, ValueError, TypeError) as exc:
        return None, exc, []
    warn = [dec.Finding("annual_cost", str(w), severity="warning", message_zh=w.text_zh)
            for w in t.cost_warnings(sched.apr)]
    return sched, None, warn


def _check(s: Session, app: Application, terms: dec.Terms, *, start: date) -> Preview:
    ctx = context(s, app)
    prod = product(s, terms.product_code)
    # the hard rules first (against the recommended product and amount), then the terms
    findings = decide_policy.findings(s, app, product_code=prod.code, amount=terms.amount, as_of=start)
    findings += dec.validate_recommendation(terms=terms, product=prod, **ctx)
    sched, failure, cost = _schedule(terms, start, prod)
    err = str(failure) if failure is not None else None
    if err and not dec.errors(findings):
        coded = isinstance(failure, TermsError)          # its own code: the desk says it in its language
        findings.append(dec.Finding("schedule", err, text_code=failure.code if coded else "schedule_failed",
                                    params=dict(failure.params) if coded else {"detail": err}))
    findings += cost
    cap = ctx["capacity"]
    return Preview(tuple(findings), sched, err, ctx["suggested_limit"], ctx["interview_outcome"], cap.total,
                   ctx["committed_total"], cap.single_borrower_limit, ctx["borrower_committed"])


def preview(store: Store, actor: Actor, application_id: int, terms: dec.Terms, *,
            start: date | None = None) -> Preview:
    """Findings and the schedule for terms as typed (the form's live preview)."""
    with store.read(actor) as s:
        app = load_case(s, actor, application_id)
        return _check(s, app, terms, start=start or today())


def _refuse(findings) -> None:
    """Terms that break a rule are refused (failed hard policy rules: see submitting)."""
    errs = [f for f in dec.errors(findings) if not f.code]
    if errs:
        raise DomainError("recommendation_breaks_rules", findings=tuple(errs))


# --- officer actions ---------------------------------------------------------------------

def recommend(store: Store, actor: Actor, application_id: int, terms: dec.Terms, *,
              expected_version: int, now: datetime | None = None) -> RecommendationView:
    """Store the recommendation as a new version. ``expected_version`` is the version the
    officer's form started from (0: none yet); a different current version is a stale edit.
    An edit while awaiting sign-off supersedes the open chain and resubmits the new version."""
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        require_case_officer(app, actor, action="recommend limits")
        if Status(app.status) not in _RECOMMENDABLE:
            raise DomainError("recommendation_not_open", app_no=app.app_no, status=app.status)
        cur = current_rec(s, app.id)
        have = cur.version if cur else 0
        if have != expected_version:
            raise StaleEdit("recommendation_stale", app_no=app.app_no, have=have, expected_version=expected_version)
        now = now or clock.utcnow()
        p = _check(s, app, terms, start=clock.to_business(now).date())
        _refuse(p.findings)
        r = Recommendation(application_id=app.id, version=have + 1, officer_id=actor.id,
                           created_at=now, product_code=terms.product_code,
                           amount=terms.amount, term_months=terms.term_months, term_days=terms.term_days,
                           method=terms.method, daily_rate_pct=terms.daily_rate_pct,
                           conditions=terms.conditions.strip(), justification=terms.justification.strip(),
                           suggested_limit=p.suggested_limit, apr_pct=p.schedule.apr if p.schedule else None,
                           warnings=[str(f) for f in p.findings if not f.blocking])
        s.add(r)
        s.flush()
        audit.record(s, actor=actor, action="recommend", entity_type="application", entity_id=app.app_no,
                     details={"version": r.version, "product": r.product_code, "amount": r.amount,
                              "method": r.method, "term_months": r.term_months, "term_days": r.term_days,
                              "daily_rate_pct": r.daily_rate_pct, "warnings": r.warnings}, at=now)
        chain = open_chain(s, app.id)
        if chain is not None:
            decide_policy.refuse_if_blocked(p.findings, action=f"cannot resubmit {app.app_no}")
            chain.state, chain.closed_at = "superseded", now
            s.add(SignoffChain(application_id=app.id, recommendation_id=r.id, submitted_by=actor.id,
                               submitted_at=now, state="open"))
            workflow.move(s, app, Status.AWAITING_SIGNOFF, actor=actor, at=now,
                          event=("recommendation_changed", {"version": r.version}))
        elif app.status != Status.RECOMMENDED.value:
            workflow.move(s, app, Status.RECOMMENDED, actor=actor, event=("recommended", {"version": r.version}),
                          at=now)
        return rec_view(s, r, app.app_no)


def submit_for_signoff(store: Store, actor: Actor, application_id: int, *, version: int,
                       now: datetime | None = None) -> int:
    """Send recommendation ``version`` for sign-off; returns the chain id."""
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        require_case_officer(app, actor, action="submit for sign-off")
        cur = current_rec(s, app.id)
        if cur is None:
            raise DomainError("recommendation_missing", app_no=app.app_no)
        if cur.version != version:
            raise StaleEdit("recommendation_version", app_no=app.app_no, version=cur.version, expected_version=version)
        if app.status != Status.RECOMMENDED.value:
            raise DomainError("recommendation_not_recommended", app_no=app.app_no, status=app.status)
        now = now or clock.utcnow()
        found = _check(s, app, rec_view(s, cur, app.app_no).terms, start=clock.to_business(now).date()).findings
        decide_policy.refuse_if_blocked(found, action=f"cannot submit {app.app_no} for sign-off")
        _refuse(found)
        chain = SignoffChain(application_id=app.id, recommendation_id=cur.id, submitted_by=actor.id,
                             submitted_at=now, state="open")
        s.add(chain)
        s.flush()
        workflow.move(s, app, Status.AWAITING_SIGNOFF, actor=actor, at=now,
                      event=("submitted", {"version": cur.version}))
        return chain.id


def request_info(store: Store, actor: Actor, application_id: int, *, what: str,
                 now: datetime | None = None) -> None:
    """The case waits for the applicant and says for what."""
    if not what.strip():
        raise DomainError("information_request_empty")
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        require_case_officer(app, actor, action="request information")
        s.add(InfoRequest(application_id=app.id, requested_by=actor.id, what=what.strip(),
                          requested_at=now or clock.utcnow()))
        workflow.move(s, app, Status.MORE_INFO, actor=actor, event=("info_requested", {}), at=now,
                      note=what.strip()[:500])


def info_received(store: Store, actor: Actor, application_id: int, *, note: str = "") -> None:
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        require_case_officer(app, actor, action="record information received")
        req = s.scalar(select(InfoRequest).where(InfoRequest.application_id == app.id,
                                                 InfoRequest.answered_at.is_(None))
                       .order_by(InfoRequest.id.desc()).limit(1))
        if req is not None:
            req.answered_at, req.answered_by, req.answer_note = clock.utcnow(), actor.id, note
        workflow.move(s, app, Status.IN_REVIEW, actor=actor, comment=note or None, event=("info_received", {}))


def check_reasons(s: Session, codes, comment: str | None = None) -> list[str]:
    codes = [c for c in dict.fromkeys(codes or ())]
    if not codes:
        raise DomainError("decline_no_reason")
    if "OTHER" in codes and comment is not None and not comment.strip():
        raise DomainError("decline_other_needs_explanation")
    known = {r.code for r in authority.reasons(s)}
    bad = [c for c in codes if c not in known]
    if bad:
        raise DomainError("decline_reason_unknown", codes=tuple(bad))
    return codes


def decline(store: Store, actor: Actor, application_id: int, *, reason_codes, comment: str = "",
            now: datetime | None = None) -> None:
    """The officer declines the case with reason codes."""
    with store.tx(actor) as s:
        app = lock_app(s, application_id)
        require_case_officer(app, actor, action="decline cases")
        codes = check_reasons(s, reason_codes, comment)
        if Status(app.status) not in _DECLINABLE:
            raise DomainError("decline_not_now", app_no=app.app_no, status=app.status)
        s.add(Decline(application_id=app.id, user_id=actor.id, at=now or clock.utcnow(), stage="officer",
                      reason_codes=codes, comment=comment.strip()))
        workflow.move(s, app, Status.DECLINED, actor=actor, event=("declined", {"codes": codes}), at=now,
                      note=comment.strip()[:500] or None)


# --- reading -------------------------------------------------------------------------------

def current_recommendation(store: Store, actor: Actor, application_id: int) -> RecommendationView | None:
    with store.read(actor) as s:
        app = load_case(s, actor, application_id)
        r = current_rec(s, application_id)
        return None if r is None else rec_view(s, r, app.app_no)


@dataclass(frozen=True)
class RequestedTerms:
    """What the applicant asked for and what the score suggests: where a first
    recommendation starts."""
    product_code: str
    amount: Decimal
    term_months: int | None
    term_days: int | None
    suggested_limit: Decimal | None


def requested_terms(store: Store, actor: Actor, application_id: int) -> RequestedTerms:
    with store.read(actor) as s:
        a = load_case(s, actor, application_id)
        return RequestedTerms(a.product_code, a.amount_requested, a.term_months, a.term_days, a.suggested_limit)


def product_definition(store: Store, actor: Actor, code: str) -> ProductDef:
    """A product's definition as stored (what a recommendation is checked against);
    products hold no case data, so any signed-in user reads them."""
    with store.read(actor) as s:
        return product(s, code)


def recommendation_history(store: Store, actor: Actor, application_id: int) -> list[RecommendationView]:
    with store.read(actor) as s:
        app_no = load_case(s, actor, application_id).app_no
        rows = s.scalars(select(Recommendation).where(Recommendation.application_id == application_id)
                         .order_by(Recommendation.version)).all()
        return [rec_view(s, r, app_no) for r in rows]


def offer_terms(s: Session, o: ApprovedOffer) -> ApprovedTerms:
    """The offer's terms: stored at approval; an offer approved before terms were stored
    gets them from its columns and its product's settings."""
    if o.terms is not None:
        return o.terms
    return ApprovedTerms.from_product(product(s, o.product_code), amount=o.amount, method=o.method,
                                      term_months=o.term_months, term_days=o.term_days,
                                      rate=Rate.from_daily_percent(o.daily_rate_pct),
                                      start=o.approved_at.date(), check=False)


def approved_terms(store: Store, actor: Actor | None, application_id: int) -> Offer | None:
    """The approved offer with its terms (None: not approved); ``actor`` None: the system."""
    from workstation.store.models_decide import Signoff
    from workstation.store.models import User
    with store.read(actor) as s:
        check_case(s, actor, application_id)
        o = s.scalar(select(ApprovedOffer).where(ApprovedOffer.application_id == application_id))
        if o is None:
            return None
        rec = s.get(Recommendation, o.recommendation_id)
        signers = s.scalars(select(User.username).join(Signoff, Signoff.signer_id == User.id)
                            .where(Signoff.chain_id == o.chain_id).order_by(Signoff.id)).all()
        return Offer(o.application_id, s.get(Application, o.application_id).app_no, offer_terms(s, o),
                     o.conditions, o.approved_at, o.offer_expires_on, rec.version, tuple(signers))


def expire_offers(store: Store, actor: Actor | None, as_of: date) -> list[str]:
    """Approved offers past their validity become 'offer expired' (end of day calls this)."""
    with store.tx(actor) as s:
        ids = s.scalars(select(Application.id).where(Application.status == Status.APPROVED.value,
                                                     Application.offer_expires_on < as_of)
                        .order_by(Application.id)).all()
        done = []
        for app_id in ids:
            app = lock_app(s, app_id)
            workflow.move(s, app, Status.OFFER_EXPIRED, actor=actor,
                          event=("offer_expired", {"expires": app.offer_expires_on}))
            done.append(app.app_no)
        return done


def count_recommendations(store: Store, actor: Actor | None) -> int:
    """How many recommendations the database holds (a figure, no case data)."""
    with store.read(actor) as s:
        return s.scalar(select(func.count(Recommendation.id))) or 0
