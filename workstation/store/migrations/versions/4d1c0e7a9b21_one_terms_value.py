"""one terms value: loans.terms and approved_offers.terms replace the rate strings

Revision ID: 4d1c0e7a9b21
Revises: 25aabd00bcc3
Create Date: 2026-12-04 15:00:00

Existing loans and offers get their terms built from the columns they had and their
product's settings (the products table, else the seeded product); then the loans'
rate strings (daily_rate, monthly_rate, rate_text), penalty_multiplier and
allocation_order are dropped: ``loans.terms`` owns them.
"""
import json
from decimal import Decimal
from fractions import Fraction
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '4d1c0e7a9b21'
down_revision: Union[str, Sequence[str], None] = '25aabd00bcc3'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_DROPPED = ('daily_rate', 'monthly_rate', 'rate_text', 'penalty_multiplier', 'allocation_order')


def _products(bind) -> dict:
    from workstation.domain.products import PRODUCTS, Product
    out = dict(PRODUCTS)
    for code, definition in bind.execute(sa.text("SELECT code, definition FROM products")):
        out[code] = Product.from_dict(json.loads(definition))
    return out


def _terms(product, *, amount, method, months, days, daily, multiplier=None, allocation=None):
    from dataclasses import replace

    from workstation.domain.rates import Basis, Rate
    from workstation.domain.terms import ApprovedTerms
    t = ApprovedTerms.from_product(product, amount=Decimal(amount) / 100 if isinstance(amount, int) else
                                   Decimal(amount), method=method, term_months=months, term_days=days,
                                   rate=Rate(Basis.DAILY, daily), check=False)
    if multiplier is not None:
        t = replace(t, penalty_multiplier=Decimal(multiplier), allocation=tuple(allocation))
    return t.to_json()


def upgrade() -> None:
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('terms', workstation_terms(), nullable=True))
    with op.batch_alter_table('approved_offers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('terms', workstation_terms(), nullable=True))
    bind = op.get_bind()
    products = _products(bind)
    for r in bind.execute(sa.text("SELECT id, product_code, approved_amount, method, term_months, term_days, "
                                  "daily_rate, penalty_multiplier, allocation_order FROM loans")).all():
        text = _terms(products[r.product_code], amount=int(r.approved_amount), method=r.method,
                      months=r.term_months, days=r.term_days, daily=Fraction(r.daily_rate),
                      multiplier=r.penalty_multiplier, allocation=json.loads(r.allocation_order))
        bind.execute(sa.text("UPDATE loans SET terms = :t WHERE id = :i"), {"t": text, "i": r.id})
    for r in bind.execute(sa.text("SELECT id, product_code, amount, method, term_months, term_days, "
                                  "daily_rate_pct FROM approved_offers")).all():
        text = _terms(products[r.product_code], amount=int(r.amount), method=r.method, months=r.term_months,
                      days=r.term_days, daily=Fraction(Decimal(r.daily_rate_pct)) / 100)
        bind.execute(sa.text("UPDATE approved_offers SET terms = :t WHERE id = :i"), {"t": text, "i": r.id})
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.alter_column('terms', existing_type=workstation_terms(), nullable=False)
        for name in _DROPPED:
            batch_op.drop_column(name)


def downgrade() -> None:
    import workstation.store.base
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('daily_rate', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('monthly_rate', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('rate_text', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('penalty_multiplier', workstation.store.base.DecimalText(length=40),
                                      nullable=True))
        batch_op.add_column(sa.Column('allocation_order', workstation.store.base.JSONText(), nullable=True))
    bind = op.get_bind()
    from workstation.domain.terms import ApprovedTerms
    for r in bind.execute(sa.text("SELECT id, terms FROM loans")).all():
        t = ApprovedTerms.from_json(r.terms)
        bind.execute(sa.text("UPDATE loans SET daily_rate = :d, monthly_rate = :m, rate_text = :x, "
                             "penalty_multiplier = :p, allocation_order = :a WHERE id = :i"),
                     {"d": str(t.daily_rate), "m": str(t.monthly_rate), "x": t.rate.text(),
                      "p": str(t.penalty_multiplier), "a": json.dumps(list(t.allocation)), "i": r.id})
    with op.batch_alter_table('loans', schema=None) as batch_op:
        for name in _DROPPED:
            batch_op.alter_column(name, nullable=False)
        batch_op.drop_column('terms')
    with op.batch_alter_table('approved_offers', schema=None) as batch_op:
        batch_op.drop_column('terms')


def workstation_terms():
    import workstation.store.base
    return workstation.store.base.TermsColumn()
