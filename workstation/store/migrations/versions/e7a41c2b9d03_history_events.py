"""history events: what the program records in a case's history, by code

Revision ID: e7a41c2b9d03
Revises: 9631ca6a1062
Create Date: 2026-12-04 18:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import workstation.store.base


# revision identifiers, used by Alembic.
revision: str = 'e7a41c2b9d03'
down_revision: Union[str, Sequence[str], None] = '9631ca6a1062'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('status_history', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event', workstation.store.base.JSONText(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('status_history', schema=None) as batch_op:
        batch_op.drop_column('event')
