"""queue facet counts: applications per owner, status and province / amount band

Revision ID: 7c3e9b1f4d2a
Revises: e5a1c0de7a15
Create Date: 2026-12-04 21:20:00

The province and amount-range filters are counted from kept counts (issue 15): two
tables kept by triggers in the transaction that changes an application, filled from the
rows already there; and indexes on province and amount (with and without the owner, with
the status), through which a small filtered part of a queue is found and sorted rather
than walked.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '7c3e9b1f4d2a'
down_revision: Union[str, Sequence[str], None] = 'e5a1c0de7a15'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# frozen here (not imported from the models): name -> columns
FILTER_INDEXES = {
    "ix_q_province": ("province", "status", "id"),
    "ix_q_o_province": ("officer_id", "province", "status", "id"),
    "ix_q_s_amount": ("status", "amount_requested", "id"),
    "ix_q_os_amount": ("officer_id", "status", "amount_requested", "id"),
}


def upgrade() -> None:
    op.create_table('queue_province_counts',
                    sa.Column('owner', sa.Integer(), autoincrement=False, nullable=False),
                    sa.Column('status', sa.String(length=20), nullable=False),
                    sa.Column('province', sa.String(length=20), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('owner', 'status', 'province', name=op.f('pk_queue_province_counts')))
    op.create_table('queue_amount_counts',
                    sa.Column('owner', sa.Integer(), autoincrement=False, nullable=False),
                    sa.Column('status', sa.String(length=20), nullable=False),
                    sa.Column('band', sa.BigInteger(), autoincrement=False, nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('owner', 'status', 'band', name=op.f('pk_queue_amount_counts')))
    for name, cols in FILTER_INDEXES.items():
        op.create_index(name, "applications", list(cols))
    from workstation.store import queue_index
    queue_index.create_facets(op.get_bind())


def downgrade() -> None:
    from workstation.store import queue_index
    queue_index.drop_facets(op.get_bind())
    for name in FILTER_INDEXES:
        op.drop_index(name, table_name="applications")
    op.drop_table('queue_amount_counts')
    op.drop_table('queue_province_counts')
