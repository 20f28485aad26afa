"""queue facet counts: applications per owner, status and province / amount band

Revision ID: 7c3e9b1f4d2a
Revises: e5a1c0de7a15
Create Date: 2026-12-04 21:20:00

The province and amount-range filters are counted from kept counts (issue 15): two
tables kept by triggers in the transaction that changes an application, filled from the
rows already there; and the indexes (province, id) and (officer_id, province, id), through
which a small province part of a queue is found and sorted rather than walked.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '7c3e9b1f4d2a'
down_revision: Union[str, Sequence[str], None] = 'e5a1c0de7a15'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


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
    op.create_index("ix_q_province", "applications", ["province", "id"])
    op.create_index("ix_q_o_province", "applications", ["officer_id", "province", "id"])
    from workstation.store import queue_index
    queue_index.create_facets(op.get_bind())


def downgrade() -> None:
    from workstation.store import queue_index
    queue_index.drop_facets(op.get_bind())
    op.drop_index("ix_q_o_province", table_name="applications")
    op.drop_index("ix_q_province", table_name="applications")
    op.drop_table('queue_amount_counts')
    op.drop_table('queue_province_counts')
