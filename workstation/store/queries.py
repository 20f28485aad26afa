"""The reads every part of the program shares, written once: a product by its code, a
setting with its default, a user's display name, and the row locks a writing
transaction takes. Each takes the caller's ``Session`` and neither commits nor
checks who asks: the service calling it has already checked the actor.

Refusals (no such application, a stale edit) stay with the services: here a missing
row is ``None``."""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workstation.domain.merchant_data import MerchantFacts
from workstation.domain.products import Product as ProductDef, product_by_code
from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.store.models import Application, BlacklistEntry, Merchant, Product, Setting, User
from workstation.store.models_decide import Recommendation
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
    """The merchant's legal representative, member id or credit code is on the blacklist."""
    values = [("id_number", m.legal_rep.id_number), ("member_id", m.member_id)]
    if m.credit_code:
        values.append(("credit_code", m.credit_code))
    cond = or_(*[(BlacklistEntry.kind == k) & (BlacklistEntry.value == v) for k, v in values])
    return s.scalar(select(BlacklistEntry.id).where(cond).limit(1)) is not None


def merchant_facts(s: Session, a: Application) -> MerchantFacts:
    """The facts the scorecard and the hard rules read. ``has_current_overdue`` is False
    here: the rules' own reading (``decide_policy.policy_facts``) adds the loan book."""
    m = a.merchant
    return MerchantFacts(
        platform=m.platform, member_since=m.member_since, province=m.province,
        legal_rep_birth=m.legal_rep.birth_date, citizen=m.legal_rep.citizen,
        real_name_verified=m.real_name_verified, blacklisted=blacklisted(s, m),
        has_current_overdue=False, bank_card_listed=m.bank_listed, is_legal_rep=m.applicant_is_legal_rep)


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
