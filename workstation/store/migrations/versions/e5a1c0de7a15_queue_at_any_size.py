"""queue at any size: sort indexes, counts, provinces, substring search index

Revision ID: e5a1c0de7a15
Revises: 2b43b79292b7
Create Date: 2026-12-04 18:00:00

Adds, for every sortable queue column, an index (column, id) and one behind the owner
(officer_id, column, id); the tables queue_counts and queue_provinces; the substring
search index (SQLite FTS5 trigram, PostgreSQL pg_trgm when it can be created) and the
triggers that keep all of it current; and fills them from the rows already there.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = 'e5a1c0de7a15'
down_revision: Union[str, Sequence[str], None] = '2b43b79292b7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# frozen here (not imported from the models): sort key -> column
SORT_COLUMNS = {
    "app_no": "app_no", "merchant": "merchant_name", "platform": "platform", "product": "product_code",
    "amount": "amount_requested", "grade": "grade", "suggested_limit": "suggested_limit", "status": "status",
    "officer": "officer_id", "received": "received_at",
}


def upgrade() -> None:
    op.create_table('queue_counts',
                    sa.Column('owner', sa.Integer(), autoincrement=False, nullable=False),
                    sa.Column('status', sa.String(length=20), nullable=False),
                    sa.Column('product_code', sa.String(length=30), nullable=False),
                    sa.Column('platform', sa.String(length=10), nullable=False),
                    sa.Column('grade', sa.String(length=1), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('owner', 'status', 'product_code', 'platform', 'grade',
                                            name=op.f('pk_queue_counts')))
    op.create_table('queue_provinces',
                    sa.Column('province', sa.String(length=20), nullable=False),
                    sa.PrimaryKeyConstraint('province', name=op.f('pk_queue_provinces')))
    for key, col in SORT_COLUMNS.items():
        op.create_index(f"ix_q_{key}", "applications", [col, "id"])
        if col != "officer_id":
            op.create_index(f"ix_q_o_{key}", "applications", ["officer_id", col, "id"])
    from workstation.store import queue_index
    queue_index.create(op.get_bind())


def downgrade() -> None:
    from workstation.store import queue_index
    queue_index.drop(op.get_bind())
    for key, col in SORT_COLUMNS.items():
        op.drop_index(f"ix_q_{key}", table_name="applications")
        if col != "officer_id":
            op.drop_index(f"ix_q_o_{key}", table_name="applications")
    op.drop_table('queue_provinces')
    op.drop_table('queue_counts')
