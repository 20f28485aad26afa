"""loan engine states kept as bytes

Revision ID: 888fb03d1393
Revises: a7d4e2c9b815
Create Date: 2026-12-05 09:30:00

The engine's state kept per loan between nights (domain/servicing_state.py) is written in a
packed binary form instead of JSON text, so its column becomes binary (BLOB on SQLite,
bytea on PostgreSQL). The table is a cache, never a source of truth: it is emptied, not
converted (the old text could not be read as the new form anyway), and the next end of day
replays every loan from its journal and keeps its state anew. The downgrade empties it too.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = '888fb03d1393'
down_revision: Union[str, Sequence[str], None] = 'a7d4e2c9b815'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _table(state_type) -> None:
    op.drop_table('loan_engine_states')
    op.create_table('loan_engine_states',
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('fingerprint', sa.String(length=32), nullable=False),
    sa.Column('state', state_type, nullable=False),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_loan_engine_states_loan_id_loans')),
    sa.PrimaryKeyConstraint('loan_id', name=op.f('pk_loan_engine_states'))
    )


def upgrade() -> None:
    """Upgrade schema: the kept states dropped, the column binary."""
    _table(sa.LargeBinary())


def downgrade() -> None:
    """Downgrade schema: the kept states dropped, the column text."""
    _table(sa.Text())
