"""after the loan, second half: recall applied by the engine, collections, blacklist

Revision ID: c0118e7a3b21
Revises: 6faf99a86fdc
Create Date: 2026-12-04 18:55:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import workstation.store.base


# revision identifiers, used by Alembic.
revision: str = 'c0118e7a3b21'
down_revision: Union[str, Sequence[str], None] = '6faf99a86fdc'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accelerated_on', sa.Date(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_column('accelerated_on')
