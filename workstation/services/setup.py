"""Reference data every database needs: products and settings."""
from __future__ import annotations

from sqlalchemy import select

from workstation.domain.products import SEED_PRODUCTS
from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.store import queries
from workstation.store.models import Product, Setting


def ensure_reference_data(store: Store, actor: Actor | None) -> None:
    """Insert seeded products and settings that are missing; never overwrite edits.
    ``actor`` None: the system at start-up (before anyone signs in); a user must be an
    administrator."""
    if actor is not None:
        actor.require("admin", action="seed reference data")
    with store.tx(actor) as s:
        have = set(s.scalars(select(Product.code)))
        for p in SEED_PRODUCTS:
            if p.code not in have:
                s.add(Product(code=p.code, name_zh=p.name_zh, name_en=p.name_en, definition=p.to_dict()))
        keys = set(s.scalars(select(Setting.key)))
        for key, value in DEFAULT_SETTINGS.items():
            if key not in keys:
                s.add(Setting(key=key, value=value))
    from workstation.decide import authority  # the authority matrix and decline reason codes
    authority.ensure_defaults(store, actor)


def get_setting(store: Store, actor: Actor | None, key: str):
    """One setting's value (with its default); settings hold no case data, so any signed-in
    user, or the system, reads them."""
    with store.read(actor) as s:
        return queries.setting(s, key)
