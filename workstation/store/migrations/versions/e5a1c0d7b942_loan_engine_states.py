"""loan engine states (the engine's state per loan kept between nights)

Revision ID: e5a1c0d7b942
Revises: e7a41c2b9d03
Create Date: 2026-12-04 18:05:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e5a1c0d7b942'
down_revision: Union[str, Sequence[str], None] = 'e7a41c2b9d03'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('loan_engine_states',
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('fingerprint', sa.String(length=32), nullable=False),
    sa.Column('state', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_loan_engine_states_loan_id_loans')),
    sa.PrimaryKeyConstraint('loan_id', name=op.f('pk_loan_engine_states'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('loan_engine_states')
