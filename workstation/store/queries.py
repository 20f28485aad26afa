"""The reads every part of the program shares, written once: a product by its code, a
setting with its default, a user's display name, and the row locks a writing
transaction takes. Each takes the caller's ``Session`` and neither commits nor
checks who asks: the service calling it has already checked the actor.

Refusals (no such application, a stale edit) stay with the services: here a missing
row is ``None``."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any, Iterable

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from workstation.domain import merchant_data as md
from workstation.domain.blacklist_keys import merchant_keys
from workstation.domain.merchant_data import MerchantFacts
from workstation.domain.products import Product as ProductDef, product_by_code
from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.store.models import (Application, BlacklistEntry, DeclaredFinancials, Merchant, PlatformMonth,
                                      Product, Setting, User)
from workstation.store.models_decide import Interview, Recommendation
from workstation.store.models_loans import Loan

_NO_DEFAULT = object()


# -- products ---------------------------------------------------------------------------------

def product(s: Session, code: str) -> ProductDef:
    """The product as stored (an administrator may have changed it), else the seed
    definition of that code (``KeyError`` for a code that is neither)."""
    row = s.get(Product, code)
    return ProductDef.from_dict(row.definition) if row is not None else product_by_code(code)


def product_name_zh(s: Session, code: str) -> str:
    """The product's Chinese name as stored, else its code."""
    row = s.get(Product, code)
    return row.name_zh if row is not None else code


# -- settings ---------------------------------------------------------------------------------

def setting(s: Session, key: str, default: Any = _NO_DEFAULT) -> Any:
    """A setting's stored value, else its default from ``domain.settings``, else
    ``default`` (None when no default is given)."""
    row = s.get(Setting, key)
    if row is not None:
        return row.value
    if key in DEFAULT_SETTINGS:
        return DEFAULT_SETTINGS[key]
    return None if default is _NO_DEFAULT else default


def settings(s: Session, keys: Iterable[str]) -> dict[str, Any]:
    return {k: setting(s, k) for k in keys}


# -- users ------------------------------------------------------------------------------------

def user_name(s: Session, user_id: int | None) -> str | None:
    """The user's display name (None: no user, or no such user)."""
    if user_id is None:
        return None
    u = s.get(User, user_id)
    return u.display_name if u is not None else None


# -- the merchant behind a case ----------------------------------------------------------------

def blacklisted(s: Session, m: Merchant) -> bool:
    """The merchant is on the blacklist by any of its identifiers (domain/blacklist_keys)."""
    cond = or_(*[(BlacklistEntry.kind == k) & (BlacklistEntry.value == v) for k, v in merchant_keys(m)])
    return s.scalar(select(BlacklistEntry.id).where(cond).limit(1)) is not None


def blacklisted_merchants(s: Session, merchants: Iterable[Merchant]) -> set[int]:
    """Ids of the merchants among ``merchants`` that are on the blacklist (one query)."""
    merchants = list(merchants)
    keys = {m.id: merchant_keys(m) for m in merchants}
    by_kind: dict[str, set[str]] = defaultdict(set)
    for pairs in keys.values():
        for kind, value in pairs:
            by_kind[kind].add(value)
    if not by_kind:
        return set()
    cond = or_(*[and_(BlacklistEntry.kind == k, BlacklistEntry.value.in_(sorted(v))) for k, v in by_kind.items()])
    listed = set(s.execute(select(BlacklistEntry.kind, BlacklistEntry.value).where(cond)).tuples())
    return {mid for mid, pairs in keys.items() if any(p in listed for p in pairs)}


def merchant_facts(s: Session, a: Application, *, is_blacklisted: bool | None = None) -> MerchantFacts:
    """The facts the scorecard and the hard rules read (``is_blacklisted``: already known,
    from :func:`blacklisted_merchants`). ``has_current_overdue`` is False here: the rules'
    own reading (``decide_policy.policy_facts``) adds the loan book."""
    m = a.merchant
    return MerchantFacts(
        platform=m.platform, member_since=m.member_since, province=m.province,
        legal_rep_birth=m.legal_rep.birth_date, citizen=m.legal_rep.citizen, real_name_verified=m.real_name_verified,
        blacklisted=blacklisted(s, m) if is_blacklisted is None else is_blacklisted,
        has_current_overdue=False, bank_card_listed=m.bank_listed, is_legal_rep=m.applicant_is_legal_rep)


_MONTH_COLUMNS = ("month", "sales", "orders", "refunds", "refund_amount", "disputes", "rating_centi", "login_days",
                  "ad_spend", "listings", "favourites")


def _domain_month(r) -> md.PlatformMonth:
    """A stored month (an ORM row or a plain row of ``_MONTH_COLUMNS``) as a domain value."""
    return md.PlatformMonth(month=r.month, sales=r.sales, orders=r.orders, refunds=r.refunds,
                            refund_amount=r.refund_amount, disputes=r.disputes,
                            rating=(Decimal(r.rating_centi) / 100).quantize(Decimal("0.01")),
                            login_days=r.login_days, ad_spend=r.ad_spend, listings=r.listings,
                            favourites=r.favourites)


def platform_months(s: Session, merchant_id: int) -> list[md.PlatformMonth]:
    """The merchant's platform months as domain values, oldest first."""
    return [_domain_month(r) for r in s.scalars(select(PlatformMonth).where(PlatformMonth.merchant_id == merchant_id)
                                                 .order_by(PlatformMonth.month))]


def platform_months_of(s: Session, merchant_ids: Iterable[int]) -> dict[int, list[md.PlatformMonth]]:
    """:func:`platform_months` of many merchants in one query (a merchant without any: [])."""
    out: dict[int, list[md.PlatformMonth]] = defaultdict(list)
    ids = sorted(set(merchant_ids))
    cols = [getattr(PlatformMonth, f) for f in _MONTH_COLUMNS]      # plain rows: no ORM object per month
    for start in range(0, len(ids), 500):
        for r in s.execute(select(PlatformMonth.merchant_id, *cols)
                           .where(PlatformMonth.merchant_id.in_(ids[start:start + 500]))
                           .order_by(PlatformMonth.merchant_id, PlatformMonth.month)):
            out[r.merchant_id].append(_domain_month(r))
    return out


def declared_financials(d: DeclaredFinancials | None) -> md.DeclaredFinancials | None:
    """The applicant's declared figures as a domain value (None: none declared)."""
    if d is None:
        return None
    zero = Decimal(0)
    return md.DeclaredFinancials(
        year=d.year, sales=d.sales, operating_cost=d.operating_cost, net_margin_pct=d.net_margin_pct,
        inventory=d.inventory, total_assets=d.total_assets, total_liabilities=d.total_liabilities,
        receivables=d.receivables, platform_share_pct=d.platform_share_pct,
        customer1_name=d.customer1_name or "", customer1_years=d.customer1_years or 0,
        customer1_share_pct=d.customer1_share_pct if d.customer1_share_pct is not None else zero,
        customer2_name=d.customer2_name or "", customer2_years=d.customer2_years or 0,
        customer2_share_pct=d.customer2_share_pct if d.customer2_share_pct is not None else zero)


def interview_discrepancies(s: Session, app_ids: Iterable[int]) -> dict[int, int | None]:
    """Discrepancies found in each application's latest submitted video interview (an
    application without one is absent); the scorecard's interview factor takes them."""
    out: dict[int, int | None] = {}
    ids = sorted(set(app_ids))
    for start in range(0, len(ids), 500):
        rows = s.execute(select(Interview.application_id, Interview.discrepancies)
                         .where(Interview.application_id.in_(ids[start:start + 500]), Interview.state == "submitted")
                         .order_by(Interview.application_id, Interview.submitted_at, Interview.id)).tuples()
        out.update({app_id: n for app_id, n in rows})          # the latest wins
    return out


# -- recommendations ----------------------------------------------------------------------------

def current_recommendation(s: Session, application_id: int) -> Recommendation | None:
    """The application's latest recommendation (None: none yet)."""
    return s.scalar(select(Recommendation).where(Recommendation.application_id == application_id)
                    .order_by(Recommendation.version.desc()).limit(1))


# -- row locks (SELECT ... FOR UPDATE; SQLite writes are serialised by BEGIN IMMEDIATE) ---------

def lock_application(s: Session, app_id: int) -> Application | None:
    """The application locked for this transaction. FOR UPDATE OF applications: the
    joined merchant is read, not locked (PostgreSQL refuses to lock the nullable side
    of the eager outer join)."""
    return s.execute(select(Application).where(Application.id == app_id)
                     .with_for_update(of=Application)).scalar_one_or_none()


def lock_loan(s: Session, loan_id: int) -> Loan | None:
    """The loan locked for this transaction, re-read from the database (another
    transaction may have changed it since this session last saw it)."""
    return s.get(Loan, loan_id, with_for_update=True, populate_existing=True)


def lock_one(s: Session, stmt):
    """The one row ``stmt`` selects, locked for this transaction (None: no row)."""
    return s.scalar(stmt.with_for_update())
