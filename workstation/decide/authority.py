"""The authority matrix and the decline reason codes: admin-editable data, seeded
from ``domain.decision`` defaults. Until an admin stores rows, the defaults apply."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.decision import DEFAULT_AUTHORITY, DEFAULT_DECLINE_REASONS, Authority
from workstation.domain.money import money
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.models import Product
from workstation.store.models_decide import AuthorityRule, DeclineReason

SIGNING_ROLES = ("supervisor", "admin")


@dataclass(frozen=True)
class ReasonCode:
    code: str
    text_zh: str
    text_en: str


def rules(s: Session) -> tuple[Authority, ...]:
    rows = s.scalars(select(AuthorityRule).order_by(AuthorityRule.id)).all()
    if not rows:
        return DEFAULT_AUTHORITY
    return tuple(Authority(r.role, r.product_code, r.max_limit, r.dual_above) for r in rows)


def reasons(s: Session) -> tuple[ReasonCode, ...]:
    rows = s.scalars(select(DeclineReason).where(DeclineReason.active.is_(True))
                     .order_by(DeclineReason.code)).all()
    if not rows:
        return tuple(ReasonCode(*r) for r in DEFAULT_DECLINE_REASONS)
    return tuple(ReasonCode(r.code, r.text_zh, r.text_en) for r in rows)


def ensure_defaults(store: Store, actor: Actor | None) -> None:
    """Store the seeded matrix and reason codes if none are stored (never overwrites).
    ``actor`` None: the system at start-up; a user must be an administrator."""
    if actor is not None:
        actor.require("admin", action="seed the authority matrix")
    with store.tx(actor) as s:
        products = set(s.scalars(select(Product.code)))
        if s.scalar(select(AuthorityRule.id).limit(1)) is None:
            for a in DEFAULT_AUTHORITY:
                if a.product_code is None or a.product_code in products:
                    s.add(AuthorityRule(role=a.role, product_code=a.product_code, max_limit=a.max_limit,
                                        dual_above=a.dual_above))
        if s.scalar(select(DeclineReason.code).limit(1)) is None:
            for code, zh, en in DEFAULT_DECLINE_REASONS:
                s.add(DeclineReason(code=code, text_zh=zh, text_en=en, active=True))


def matrix(store: Store, actor: Actor) -> tuple[Authority, ...]:
    """The authority matrix (supervisors sign by it; administrators edit it)."""
    actor.require("supervisor", "admin", action="read the authority matrix")
    with store.read(actor) as s:
        return rules(s)


def decline_reasons(store: Store, actor: Actor) -> tuple[ReasonCode, ...]:
    """The decline reason codes (every desk role declines or signs a decline)."""
    with store.read(actor) as s:
        return reasons(s)


def set_rule(store: Store, actor: Actor, *, role: str, product_code: str | None, max_limit: Decimal,
             dual_above: Decimal | None) -> None:
    """Admins set who may sign off up to what (and above which amount two must)."""
    actor.require("admin", action="edit the authority matrix")
    if role not in SIGNING_ROLES:
        raise DomainError("authority_role_invalid", roles=SIGNING_ROLES)
    max_limit = money(max_limit)
    dual_above = None if dual_above is None else money(dual_above)
    if max_limit <= 0 or (dual_above is not None and dual_above < 0):
        raise DomainError("authority_limit_not_positive")
    with store.tx(actor) as s:
        if product_code is not None and s.get(Product, product_code) is None:
            raise DomainError("authority_unknown_product", product_code=product_code)
        if s.scalar(select(AuthorityRule.id).limit(1)) is None:   # materialise the defaults first
            for a in DEFAULT_AUTHORITY:
                if a.product_code is None or s.get(Product, a.product_code) is not None:
                    s.add(AuthorityRule(role=a.role, product_code=a.product_code, max_limit=a.max_limit,
                                        dual_above=a.dual_above))
            s.flush()
        row = s.scalar(select(AuthorityRule).where(AuthorityRule.role == role,
                                                   AuthorityRule.product_code.is_(None) if product_code is None
                                                   else AuthorityRule.product_code == product_code))
        before = None if row is None else {"max_limit": row.max_limit, "dual_above": row.dual_above}
        if row is None:
            row = AuthorityRule(role=role, product_code=product_code)
            s.add(row)
        row.max_limit, row.dual_above = max_limit, dual_above
        audit.record(s, actor=actor, action="authority_matrix", entity_type="authority",
                     entity_id=f"{role}/{product_code or '*'}",
                     details={"before": before, "max_limit": max_limit, "dual_above": dual_above})
