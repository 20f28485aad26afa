"""The administrators' Settings screen's services (issue 18, part 5): retention periods
and desk settings, products and their rate bands; every change audited, and the history
of changes (who, when, what) read back from the audit trail. The lender's details and the
authority matrix keep their own services (printing/lender.py, decide/authority.py)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from workstation.domain.money import MoneyError, parse_decimal, parse_whole
from workstation.domain.products import Product as ProductDef
from workstation.domain.rates import Rate
from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.store.models import Product, Setting
from workstation.store.models_audit import AuditEntry

# key -> (kind, lowest, highest): the settings this screen edits
EDITABLE: dict[str, tuple[str, int, int]] = {
    "interview.recording_retention_days": ("days", 30, 3650),
    "session.idle_lock_minutes": ("minutes", 1, 120),
    "capital.net_capital": ("amount", 1, 10 ** 14),
    "capital.bank_borrowing_ratio_pct": ("percent", 0, 50),
    "capital.single_borrower_pct": ("percent", 0, 100),
    "capital.warn_at_pct": ("percent", 1, 100),
}
HISTORY_TYPES = ("settings", "product", "authority", "warning_rules")


def _admin(actor: Actor, action: str) -> None:
    actor.require("admin", action=action)


def editable_settings(store: Store, actor: Actor) -> dict[str, object]:
    """The editable settings' current values (defaults where never stored)."""
    _admin(actor, "edit the settings")
    with store.read(actor) as s:
        rows = {r.key: r.value for r in s.scalars(select(Setting).where(Setting.key.in_(EDITABLE)))}
    return {k: rows.get(k, DEFAULT_SETTINGS.get(k)) for k in EDITABLE}


def _checked(key: str, text: object) -> object:
    kind, lo, hi = EDITABLE[key]
    try:
        if kind in ("days", "minutes"):
            return parse_whole(text, lo=lo, hi=hi)
        value = parse_decimal(text, places=2, limit=None)
    except MoneyError:
        raise DomainError("setting_invalid", key=key, lo=lo, hi=hi) from None
    if not lo <= value <= hi:
        raise DomainError("setting_invalid", key=key, lo=lo, hi=hi)
    return str(value)


def set_setting(store: Store, actor: Actor, *, key: str, value: object) -> None:
    """Change one editable setting (checked against its range), audited with old and new."""
    _admin(actor, "edit the settings")
    if key not in EDITABLE:
        raise DomainError("setting_unknown", key=key)
    new = _checked(key, value)
    with store.tx(actor) as s:
        row = s.get(Setting, key)
        old = DEFAULT_SETTINGS.get(key) if row is None else row.value
        if row is None:
            s.add(Setting(key=key, value=new))
        else:
            row.value = new
        audit.record(s, actor=actor, action="setting_set", entity_type="settings", entity_id=key,
                     details={"old": old, "new": new})


@dataclass(frozen=True)
class ProductRow:
    code: str
    name_zh: str
    name_en: str
    active: bool
    rate: str
    rate_min: str
    rate_max: str


def products(store: Store, actor: Actor) -> list[ProductRow]:
    _admin(actor, "edit the settings")
    with store.read(actor) as s:
        out = []
        for p in s.scalars(select(Product).order_by(Product.code)):
            d = ProductDef.from_dict(p.definition)
            out.append(ProductRow(p.code, p.name_zh, p.name_en, bool(p.active), d.rate.text(), d.rate_min.text(),
                                  d.rate_max.text()))
        return out


def set_product(store: Store, actor: Actor, *, code: str, active: bool, rate: str, rate_min: str,
                rate_max: str) -> ProductRow:
    """A product in use or not, its rate and band (the rate inside the band), audited.
    Loans already approved keep the terms they were approved with."""
    _admin(actor, "edit the settings")
    with store.tx(actor) as s:
        row = s.get(Product, code)
        if row is None:
            raise DomainError("authority_unknown_product", product_code=code)
        old = ProductDef.from_dict(row.definition)
        try:
            texts = {"rate": old.rate_under_conventions(Rate.parse(rate)).text(),
                     "rate_min": old.rate_under_conventions(Rate.parse(rate_min)).text(),
                     "rate_max": old.rate_under_conventions(Rate.parse(rate_max)).text()}
            new = ProductDef.from_dict({**row.definition, **texts})     # checks the rate is inside its band
        except ValueError as exc:
            raise DomainError("product_rates_invalid", product_code=code, reason=str(exc).splitlines()[0]) from None
        before = {"active": bool(row.active), "rate": old.rate.text(), "rate_min": old.rate_min.text(),
                  "rate_max": old.rate_max.text()}
        row.definition = {**row.definition, **texts}
        row.active = bool(active)
        audit.record(s, actor=actor, action="product_set", entity_type="product", entity_id=code,
                     details={"before": before, "after": {"active": bool(active), **texts}})
        return ProductRow(code, row.name_zh, row.name_en, bool(active), new.rate.text(), new.rate_min.text(),
                          new.rate_max.text())


@dataclass(frozen=True)
class Change:
    at: datetime
    username: str
    action: str
    what: str
    details: dict


def history(store: Store, actor: Actor, *, limit: int = 200) -> list[Change]:
    """The latest changes to settings, products and the authority matrix: who, when, what."""
    _admin(actor, "edit the settings")
    with store.read(actor) as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity_type.in_(HISTORY_TYPES))
                         .order_by(AuditEntry.seq.desc()).limit(limit))
        return [Change(e.at, e.username, e.action, f"{e.entity_type}:{e.entity_id}", json.loads(e.details or "{}"))
                for e in rows]
