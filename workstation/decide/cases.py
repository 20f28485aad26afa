"""Everything the case file of one application shows, as plain dataclasses.

Personal data leaves this module masked; :func:`unmask` hands out one clear value
to a role that may see it and records that it did. Reading a case checks the same
visibility rule as the queue.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain import consistency, features, masking, policy, scoring
from workstation.domain.identity import age_on
from workstation.domain.money import money
from workstation.services import audit, audit_trail
from workstation.decide import bulk_scores
from workstation.decide.bulk_scores import score_unscored  # noqa: F401 - Tools > Score unscored calls it here
from workstation.domain.actor import Actor
from workstation.domain.errors import PermissionDenied
from workstation.store.session import Store
from workstation.services.visibility import check_case, load_case
from workstation.services.workflow import load_for_update
from workstation.store import queries
from workstation.store.models import Application, Merchant, Person, Product, StatusChange, User

UNMASKABLE = ("id_number", "phone", "contact_phone", "bank_card", "payment_account")


@dataclass(frozen=True)
class CaseProfile:
    id: int
    app_no: str
    version: int
    status: str
    product_code: str
    product_name_zh: str
    product_name_en: str
    amount_requested: Decimal
    term_months: int | None
    term_days: int | None
    purpose: str
    status_note: str | None
    received_at: datetime
    officer_id: int | None
    officer_name: str | None
    merchant_name: str
    shop_name: str
    platform: str
    member_id: str
    member_since: date
    credit_code: str | None
    province: str
    city: str
    address: str
    legal_rep_name: str
    legal_rep_age: int
    applicant_is_legal_rep: bool
    id_number: str          # masked
    phone: str              # masked
    contact_phone: str      # masked
    email: str | None
    payment_account: str
    real_name_verified: bool
    bank_name: str
    bank_card: str          # masked
    bank_listed: bool
    blacklisted: bool


@dataclass(frozen=True)
class MonthRow:
    month: date
    sales: Decimal
    orders: int
    refunds: int
    refund_amount: Decimal
    disputes: int
    rating: Decimal
    login_days: int
    ad_spend: Decimal
    listings: int
    favourites: int


@dataclass(frozen=True)
class FinancialsView:
    declared: features.DeclaredFinancials | None
    platform_sales_12m: Decimal
    items: list[consistency.Inconsistency]
    index: int | None


@dataclass(frozen=True)
class ScoreView:
    result: scoring.ScoreResult
    computed_at: str | None
    as_of: str | None
    newly_computed: bool
    formats: dict[str, str]      # factor code -> 'int' | 'money' | 'pct' | 'change' | 'decimal'


@dataclass(frozen=True)
class RelatedCase:
    id: int
    app_no: str
    merchant_name: str
    status: str
    amount_requested: Decimal
    matched_on: tuple[str, ...]   # legal_rep_id | phone | address | bank_card


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    from_status: str | None
    to_status: str
    user_name: str | None
    comment: str | None
    event: dict | None = None        # {"code", "params"} of domain/history_texts.py, or None


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    username: str
    action: str
    details: dict


def today() -> date:
    from workstation.domain import clock      # business time (Asia/Shanghai), not the machine's
    return clock.today()


# --- loading ----------------------------------------------------------------------------

def _load(s: Session, actor: Actor, app_id: int) -> Application:
    return load_case(s, actor, app_id)


def profile(store: Store, actor: Actor, app_id: int) -> CaseProfile:
    """The case header and the profile tab, personal data masked."""
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        m, p = a.merchant, a.merchant.legal_rep
        prod = s.get(Product, a.product_code)
        officer = s.get(User, a.officer_id) if a.officer_id else None
        return CaseProfile(
            id=a.id, app_no=a.app_no, version=a.version, status=a.status, product_code=a.product_code,
            product_name_zh=prod.name_zh if prod else a.product_code,
            product_name_en=prod.name_en if prod else a.product_code,
            amount_requested=a.amount_requested, term_months=a.term_months, term_days=a.term_days,
            purpose=a.purpose, status_note=a.status_note, received_at=a.received_at,
            officer_id=a.officer_id, officer_name=officer.display_name if officer else None,
            merchant_name=m.name, shop_name=m.shop_name, platform=m.platform, member_id=m.member_id,
            member_since=m.member_since, credit_code=m.credit_code, province=m.province, city=m.city,
            address=m.address, legal_rep_name=p.name, legal_rep_age=age_on(p.birth_date, today()),
            applicant_is_legal_rep=m.applicant_is_legal_rep, id_number=masking.mask_id(p.id_number),
            phone=masking.mask_phone(p.phone), contact_phone=masking.mask_phone(m.contact_phone),
            email=m.email, payment_account=masking.mask_account(m.payment_account), real_name_verified=m.real_name_verified,
            bank_name=m.bank_name, bank_card=masking.mask_card(m.bank_card), bank_listed=m.bank_listed,
            blacklisted=queries.blacklisted(s, m))


def may_unmask(actor: Actor, officer_id: int | None) -> bool:
    """Supervisors and admins may; an officer only on a case of their own."""
    return actor.has("supervisor", "admin") or (actor.has("officer") and officer_id == actor.id)


def unmask(store: Store, actor: Actor, app_id: int, field: str) -> str:
    """The clear value of one personal field; the unmasking is audited."""
    if field not in UNMASKABLE:
        raise ValueError(f"cannot unmask {field!r}; choose from {', '.join(UNMASKABLE)}")
    with store.tx(actor) as s:
        a = _load(s, actor, app_id)
        if not may_unmask(actor, a.officer_id):
            raise PermissionDenied("personal_data_not_theirs", user=actor.username)
        m = a.merchant
        value = {"id_number": m.legal_rep.id_number, "phone": m.legal_rep.phone,
                 "contact_phone": m.contact_phone, "bank_card": m.bank_card,
                 "payment_account": m.payment_account}[field]
        audit.record(s, actor=actor, action="unmask", entity_type="application", entity_id=a.app_no,
                     details={"field": field})
        return value


def platform_months(store: Store, actor: Actor, app_id: int, *, n: int = 24) -> list[MonthRow]:
    """The last ``n`` months of platform data, oldest first."""
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        rows = queries.platform_months(s, a.merchant_id)[-n:]
    return [MonthRow(**{f: getattr(r, f) for f in MonthRow.__dataclass_fields__}) for r in rows]


def financials(store: Store, actor: Actor, app_id: int, *, as_of: date | None = None) -> FinancialsView:
    """Declared figures beside the platform's, every comparison graded."""
    as_of = as_of or today()
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        months = queries.platform_months(s, a.merchant_id)
        declared = queries.declared_financials(a.declared)
    sales = features.platform_sales(months, as_of=as_of, n=12)
    if declared is None:
        return FinancialsView(None, sales, [], None)
    items = consistency.check_declared(declared, months=months, as_of=as_of)
    return FinancialsView(declared, sales, items, consistency.consistency_index(items))


def _compute_score(s: Session, a: Application, *, card: scoring.Scorecard, as_of: date,
                   actor: Actor | None) -> tuple[scoring.ScoreResult, str]:
    """Score ``a`` on its data now, store result, version and inputs on it, audit it."""
    result = bulk_scores.compute(s, a, card=card, as_of=as_of, product=queries.product(s, a.product_code))
    now = clock.utcnow().isoformat(timespec="seconds")
    for column, value in bulk_scores.stored_values(result, as_of=as_of, now=now).items():
        setattr(a, column, value)
    audit.record(s, actor=actor, action="score", entity_type="application", entity_id=a.app_no,
                 details={"version": result.version, "total": result.total, "grade": result.grade})
    return result, now


def _view(result: scoring.ScoreResult, card: scoring.Scorecard, meta: dict, *, new: bool) -> ScoreView:
    return ScoreView(result, meta.get("computed_at"), meta.get("as_of"), new, {f.code: f.format for f in card.factors})


def score(store: Store, actor: Actor, app_id: int) -> ScoreView | None:
    """The stored score, explained from its stored inputs; None while the case is not
    scored. A pure read: opening the Score tab changes nothing (``score_now`` scores)."""
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        inputs, version, meta = a.score_inputs, a.score_version, a.score_result
    if not (inputs and version):
        return None
    card = scoring.load_scorecard_version(version)
    return _view(scoring.score_from_inputs(inputs, card), card, meta or {}, new=False)


def score_now(store: Store, actor: Actor, app_id: int, *, as_of: date | None = None,
              expected_version: int | None = None) -> ScoreView:
    """Score the case on its data now (the "Score now" action, or again after an
    interview): stores score, version and inputs and writes a ``score`` audit entry.
    Whoever may read the case may score it; ``expected_version`` refuses a stale edit."""
    actor.require("officer", "supervisor", "admin", action="score a case")
    as_of = as_of or today()
    card = scoring.load_scorecard()
    with store.tx(actor) as s:
        check_case(s, actor, app_id)
        a = load_for_update(s, app_id, expected_version=expected_version)
        result, now = _compute_score(s, a, card=card, as_of=as_of, actor=actor)
    return _view(result, card, {"computed_at": now, "as_of": as_of.isoformat()}, new=True)


def policy_checks(store: Store, actor: Actor, app_id: int, *, as_of: date | None = None) -> list[policy.PolicyCheck]:
    """Every hard rule as pass/fail, limits and regions from the settings table."""
    from workstation.decide.decide_policy import policy_facts, policy_settings
    as_of = as_of or today()
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        limits, regions = policy_settings(s)
        prod = queries.product(s, a.product_code)
        return policy.policy_checks(facts=policy_facts(s, a), product_code=a.product_code,
                                    product_platforms=prod.platforms, product_min=prod.amount_min,
                                    product_max=prod.amount_max, amount=money(a.amount_requested),
                                    as_of=as_of, allowed_b2b_regions=regions, limits=limits)


def related_cases(store: Store, actor: Actor, app_id: int) -> list[RelatedCase]:
    """Other applications sharing the legal representative's ID, a phone, the address or the card."""
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        m = a.merchant
        keys = policy.related_keys(legal_rep_id=m.legal_rep.id_number, phone=m.legal_rep.phone,
                                   address=m.address, bank_card=m.bank_card)
        tests = {
            "legal_rep_id": Person.id_number == m.legal_rep.id_number,
            "phone": or_(Person.phone == m.legal_rep.phone, Merchant.contact_phone == m.legal_rep.phone,
                         Person.phone == m.contact_phone, Merchant.contact_phone == m.contact_phone),
            "address": Merchant.address == m.address,
            "bank_card": Merchant.bank_card == m.bank_card,
        }
        tests = {k: v for k, v in tests.items() if k in keys}
        if not tests:
            return []
        stmt = (select(Application.id, Application.app_no, Application.merchant_name, Application.status,
                       Application.amount_requested, Person.id_number, Person.phone, Merchant.contact_phone,
                       Merchant.address, Merchant.bank_card)
                .join(Merchant, Merchant.id == Application.merchant_id)
                .join(Person, Person.id == Merchant.legal_rep_id)
                .where(Application.id != a.id, or_(*tests.values()))
                .order_by(Application.received_at.desc()).limit(200))
        out = []
        for r in s.execute(stmt):
            other = policy.related_keys(legal_rep_id=r.id_number, phone=r.phone, address=r.address,
                                        bank_card=r.bank_card)
            other_phones = {other.get("phone"), *policy.related_keys(legal_rep_id=None, phone=r.contact_phone,
                                                                     address=None, bank_card=None).values()}
            own_phones = {keys.get("phone"), *policy.related_keys(legal_rep_id=None, phone=m.contact_phone,
                                                                  address=None, bank_card=None).values()}
            matched = [k for k in ("legal_rep_id", "address", "bank_card") if k in keys and other.get(k) == keys[k]]
            if (own_phones - {None}) & (other_phones - {None}):
                matched.insert(1, "phone")
            out.append(RelatedCase(r.id, r.app_no, r.merchant_name, r.status, r.amount_requested, tuple(matched)))
        return out


def history(store: Store, actor: Actor, app_id: int) -> tuple[list[HistoryRow], list[AuditRow]]:
    """Status changes with who made them, and the case's audit entries."""
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        app_no = a.app_no
        rows = s.execute(select(StatusChange, User.display_name).outerjoin(User, User.id == StatusChange.user_id)
                         .where(StatusChange.application_id == a.id)
                         .order_by(StatusChange.at, StatusChange.id)).all()
        changes = [HistoryRow(c.at, c.from_status, c.to_status, name, c.comment, c.event) for c, name in rows]
    entries = [AuditRow(e["at"], e["username"], e["action"], e["details"])
               for e in audit_trail.entries_for(store, actor, entity_type="application", entity_id=app_no)]
    return changes, entries
