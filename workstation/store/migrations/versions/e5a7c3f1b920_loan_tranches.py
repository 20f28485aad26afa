"""loan tranches: a contract's further disbursements as loans of their own

Revision ID: e5a7c3f1b920
Revises: c0118e7a3b21
Create Date: 2026-12-04 18:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'e5a7c3f1b920'
down_revision: Union[str, Sequence[str], None] = 'c0118e7a3b21'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('loans', schema=None) as b:
        b.add_column(sa.Column('parent_loan_id', sa.Integer(), nullable=True))
        b.add_column(sa.Column('tranche_seq', sa.Integer(), server_default='1', nullable=False))
        b.drop_constraint('uq_loans_application_id', type_='unique')
        b.create_index(b.f('ix_loans_application_id'), ['application_id'], unique=False)
        b.create_index(b.f('ix_loans_parent_loan_id'), ['parent_loan_id'], unique=False)
        b.create_foreign_key(b.f('fk_loans_parent_loan_id_loans'), 'loans', ['parent_loan_id'], ['id'])
        b.create_unique_constraint(b.f('uq_loans_application_tranche'), ['application_id', 'tranche_seq'])
        b.create_check_constraint(b.f('ck_loans_tranche_has_parent'), '(tranche_seq = 1) = (parent_loan_id is null)')


def downgrade() -> None:
    with op.batch_alter_table('loans', schema=None) as b:
        b.drop_constraint(b.f('ck_loans_tranche_has_parent'), type_='check')
        b.drop_constraint(b.f('uq_loans_application_tranche'), type_='unique')
        b.drop_constraint(b.f('fk_loans_parent_loan_id_loans'), type_='foreignkey')
        b.drop_index(b.f('ix_loans_parent_loan_id'))
        b.drop_index(b.f('ix_loans_application_id'))
        b.create_unique_constraint('uq_loans_application_id', ['application_id'])
        b.drop_column('tranche_seq')
        b.drop_column('parent_loan_id')
