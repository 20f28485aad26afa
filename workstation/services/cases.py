"""Everything the case file of one application shows, as plain dataclasses.

Personal data leaves this module masked; :func:`unmask` hands out one clear value
to a role that may see it and records that it did. Reading a case checks the same
visibility rule as the queue.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain import consistency, features, masking, policy, scoring
from workstation.domain.identity import age_on
from workstation.domain.money import money
from workstation.domain.products import Product as ProductDef
from workstation.services import audit
from workstation.services.context import Actor, PermissionDenied, Store
from workstation.services.progress import NullProgress, Progress
from workstation.services.visibility import load_case
from workstation.store.models import (Application, BlacklistEntry, DeclaredFinancials, Merchant, Person,
                                      PlatformMonth, Product, StatusChange, User)

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


def _blacklisted(s: Session, m: Merchant) -> bool:
    values = [("id_number", m.legal_rep.id_number), ("member_id", m.member_id)]
    if m.credit_code:
        values.append(("credit_code", m.credit_code))
    cond = or_(*[(BlacklistEntry.kind == k) & (BlacklistEntry.value == v) for k, v in values])
    return s.scalar(select(BlacklistEntry.id).where(cond).limit(1)) is not None


def _product(s: Session, code: str) -> ProductDef:
    return ProductDef.from_dict(s.get(Product, code).definition)


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
            blacklisted=_blacklisted(s, m))


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
            raise PermissionDenied(f"{actor.username} may not see personal data of a case that is not theirs")
        m = a.merchant
        value = {"id_number": m.legal_rep.id_number, "phone": m.legal_rep.phone,
                 "contact_phone": m.contact_phone, "bank_card": m.bank_card,
                 "payment_account": m.payment_account}[field]
        audit.record(s, actor=actor, action="unmask", entity_type="application", entity_id=a.app_no,
                     details={"field": field})
        return value


def _months(s: Session, merchant_id: int) -> list[PlatformMonth]:
    return list(s.scalars(select(PlatformMonth).where(PlatformMonth.merchant_id == merchant_id)
                          .order_by(PlatformMonth.month)))


def _domain_month(r: PlatformMonth) -> features.PlatformMonth:
    return features.PlatformMonth(month=r.month, sales=r.sales, orders=r.orders, refunds=r.refunds,
                                  refund_amount=r.refund_amount, disputes=r.disputes,
                                  rating=(Decimal(r.rating_centi) / 100).quantize(Decimal("0.01")),
                                  login_days=r.login_days, ad_spend=r.ad_spend, listings=r.listings,
                                  favourites=r.favourites)


def platform_months(store: Store, actor: Actor, app_id: int, *, n: int = 24) -> list[MonthRow]:
    """The last ``n`` months of platform data, oldest first."""
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        rows = [_domain_month(r) for r in _months(s, a.merchant_id)][-n:]
    return [MonthRow(**{f: getattr(r, f) for f in MonthRow.__dataclass_fields__}) for r in rows]


def _declared(d: DeclaredFinancials | None) -> features.DeclaredFinancials | None:
    if d is None:
        return None
    zero = Decimal(0)
    return features.DeclaredFinancials(
        year=d.year, sales=d.sales, operating_cost=d.operating_cost, net_margin_pct=d.net_margin_pct,
        inventory=d.inventory, total_assets=d.total_assets, total_liabilities=d.total_liabilities,
        receivables=d.receivables, platform_share_pct=d.platform_share_pct,
        customer1_name=d.customer1_name or "", customer1_years=d.customer1_years or 0,
        customer1_share_pct=d.customer1_share_pct if d.customer1_share_pct is not None else zero,
        customer2_name=d.customer2_name or "", customer2_years=d.customer2_years or 0,
        customer2_share_pct=d.customer2_share_pct if d.customer2_share_pct is not None else zero)


def financials(store: Store, actor: Actor, app_id: int, *, as_of: date | None = None) -> FinancialsView:
    """Declared figures beside the platform's, every comparison graded."""
    as_of = as_of or today()
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        months = [_domain_month(r) for r in _months(s, a.merchant_id)]
        declared = _declared(a.declared)
    sales = features.platform_sales(months, as_of=as_of, n=12)
    if declared is None:
        return FinancialsView(None, sales, [], None)
    items = consistency.check_declared(declared, months=months, as_of=as_of)
    return FinancialsView(declared, sales, items, consistency.consistency_index(items))


def _facts(s: Session, a: Application) -> features.MerchantFacts:
    m = a.merchant
    # no loan book yet (servicing comes later): nothing can be overdue today
    return features.MerchantFacts(
        platform=m.platform, member_since=m.member_since, province=m.province,
        legal_rep_birth=m.legal_rep.birth_date, citizen=m.legal_rep.citizen,
        real_name_verified=m.real_name_verified, blacklisted=_blacklisted(s, m),
        has_current_overdue=False, bank_card_listed=m.bank_listed, is_legal_rep=m.applicant_is_legal_rep)


def _interview_discrepancies(s: Session, app_id: int) -> int | None:
    """Discrepancies found in the latest submitted video interview (None: none yet);
    the scorecard's interview factor takes them."""
    from workstation.store.models_decide import Interview
    return s.scalar(select(Interview.discrepancies).where(Interview.application_id == app_id,
                                                          Interview.state == "submitted")
                    .order_by(Interview.submitted_at.desc(), Interview.id.desc()).limit(1))


def _compute_score(s: Session, a: Application, *, card: scoring.Scorecard, as_of: date,
                   actor: Actor | None, products: dict[str, ProductDef] | None = None
                   ) -> tuple[scoring.ScoreResult, str]:
    """Score ``a`` on its data now, store result, version and inputs on it, audit it."""
    products = {} if products is None else products
    if a.product_code not in products:
        products[a.product_code] = _product(s, a.product_code)
    with s.no_autoflush:
        months = [_domain_month(r) for r in _months(s, a.merchant_id)]
        feats = features.compute_features(months, declared=_declared(a.declared), facts=_facts(s, a),
                                          as_of=as_of)
    result = scoring.score(feats, card=card, product_max=products[a.product_code].amount_max,
                           interview_discrepancies=_interview_discrepancies(s, a.id))
    now = clock.utcnow().isoformat(timespec="seconds")
    meta = {"computed_at": now, "as_of": as_of.isoformat(), "total": result.total, "grade": result.grade,
            "default_probability": str(result.default_probability), "suggested_limit": str(result.suggested_limit)}
    a.score_total, a.grade, a.suggested_limit = result.total, result.grade, result.suggested_limit
    a.score_version, a.score_inputs, a.score_result = result.version, result.inputs, meta
    audit.record(s, actor=actor, action="score", entity_type="application", entity_id=a.app_no,
                 details={"version": result.version, "total": result.total, "grade": result.grade})
    return result, now


def score(store: Store, actor: Actor, app_id: int, *, as_of: date | None = None,
          recompute: bool = False) -> ScoreView:
    """The stored score, explained from its stored inputs; computed and stored when missing."""
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        stored = (a.score_inputs, a.score_version, a.score_result)
    if stored[0] and stored[1] and not recompute:
        card = scoring.load_scorecard_version(stored[1])
        meta = stored[2] or {}
        return ScoreView(scoring.score_from_inputs(stored[0], card), meta.get("computed_at"),
                         meta.get("as_of"), False, {f.code: f.format for f in card.factors})
    as_of = as_of or today()
    card = scoring.load_scorecard()
    with store.tx(actor) as s:
        result, now = _compute_score(s, _load(s, actor, app_id), card=card, as_of=as_of, actor=actor)
    return ScoreView(result, now, as_of.isoformat(), True, {f.code: f.format for f in card.factors})


def score_unscored(store: Store, actor: Actor | None, *, progress: Progress | None = None,
                   as_of: date | None = None, statuses: Iterable[str] | None = None, chunk: int = 200,
                   limit: int | None = None) -> int:
    """Score every application without a stored score (supervisors, admins, or the
    system on first start), optionally only those in ``statuses``, ``chunk`` per
    transaction; returns how many. A cancel keeps the chunks already committed."""
    if actor is not None:
        actor.require("supervisor", "admin", action="score applications in bulk")
    progress = progress or NullProgress()
    as_of = as_of or today()
    card = scoring.load_scorecard()
    with store.read(actor) as s:
        stmt = select(Application.id).where(Application.score_version.is_(None)).order_by(Application.id.desc())
        if statuses is not None:
            stmt = stmt.where(Application.status.in_(list(statuses)))
        if limit is not None:
            stmt = stmt.limit(limit)
        ids = list(s.scalars(stmt))
    products: dict[str, ProductDef] = {}
    for start in range(0, len(ids), chunk):
        with store.tx(actor) as s:
            apps = s.scalars(select(Application).where(Application.id.in_(ids[start:start + chunk]))).all()
            for app in apps:
                _compute_score(s, app, card=card, as_of=as_of, actor=actor, products=products)
        progress.update(min(start + chunk, len(ids)), len(ids), "score")
    return len(ids)


def policy_checks(store: Store, actor: Actor, app_id: int, *, as_of: date | None = None) -> list[policy.PolicyCheck]:
    """Every hard rule as pass/fail, limits and regions from the settings table."""
    from workstation.services.decide_policy import policy_facts, policy_settings
    as_of = as_of or today()
    with store.read(actor) as s:
        a = _load(s, actor, app_id)
        limits, regions = policy_settings(s)
        prod = _product(s, a.product_code)
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
        changes = [HistoryRow(c.at, c.from_status, c.to_status, name, c.comment) for c, name in rows]
    entries = [AuditRow(e["at"], e["username"], e["action"], e["details"])
               for e in audit.entries_for(store, actor, entity_type="application", entity_id=app_no)]
    return changes, entries


def details_text(details: dict) -> str:
    """An audit entry's details, compact, for a table cell."""
    return json.dumps(details, ensure_ascii=False, sort_keys=True) if details else ""
