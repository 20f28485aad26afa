"""Reference data every database needs: products and settings."""
from __future__ import annotations

from sqlalchemy import select

from workstation.domain.products import SEED_PRODUCTS
from workstation.domain.settings import DEFAULT_SETTINGS
from workstation.services.context import Store
from workstation.store.models import Product, Setting


def ensure_reference_data(store: Store) -> None:
    """Insert seeded products and settings that are missing; never overwrite edits."""
    with store.tx() as s:
        have = set(s.scalars(select(Product.code)))
        for p in SEED_PRODUCTS:
            if p.code not in have:
                s.add(Product(code=p.code, name_zh=p.name_zh, name_en=p.name_en, definition=p.to_dict()))
        keys = set(s.scalars(select(Setting.key)))
        for key, value in DEFAULT_SETTINGS.items():
            if key not in keys:
                s.add(Setting(key=key, value=value))
    from workstation.services import authority   # the authority matrix and decline reason codes
    authority.ensure_defaults(store)


def get_setting(store: Store, key: str):
    with store.read() as s:
        row = s.get(Setting, key)
        return DEFAULT_SETTINGS.get(key) if row is None else row.value
