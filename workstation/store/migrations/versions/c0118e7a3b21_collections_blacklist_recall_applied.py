"""after the loan, second half: recall applied by the engine, collections, blacklist

Revision ID: c0118e7a3b21
Revises: e5a1c0d7b942
Create Date: 2026-12-04 18:55:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import workstation.store.base


# revision identifiers, used by Alembic.
revision: str = 'c0118e7a3b21'
down_revision: Union[str, Sequence[str], None] = 'e5a1c0d7b942'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('blacklist_listings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('listing_no', sa.String(length=30), nullable=False),
    sa.Column('subject_name', sa.String(length=120), nullable=False),
    sa.Column('merchant_id', sa.Integer(), nullable=True),
    sa.Column('loan_id', sa.Integer(), nullable=True),
    sa.Column('credit_code', sa.String(length=18), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('payment_account', sa.String(length=60), nullable=True),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('added_by', sa.Integer(), nullable=False),
    sa.Column('added_at', workstation.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', workstation.store.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.String(length=300), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('lifted_on', sa.Date(), nullable=True),
    sa.Column('lifted_by', sa.Integer(), nullable=True),
    sa.Column('lift_note', sa.String(length=300), nullable=True),
    sa.CheckConstraint("status in ('pending','active','refused','lifted')", name=op.f('ck_blacklist_listings_listing_status_known')),
    sa.ForeignKeyConstraint(['added_by'], ['users.id'], name=op.f('fk_blacklist_listings_added_by_users')),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name=op.f('fk_blacklist_listings_decided_by_users')),
    sa.ForeignKeyConstraint(['lifted_by'], ['users.id'], name=op.f('fk_blacklist_listings_lifted_by_users')),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_blacklist_listings_loan_id_loans')),
    sa.ForeignKeyConstraint(['merchant_id'], ['merchants.id'], name=op.f('fk_blacklist_listings_merchant_id_merchants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_blacklist_listings')),
    sa.UniqueConstraint('listing_no', name=op.f('uq_blacklist_listings_listing_no'))
    )
    with op.batch_alter_table('blacklist_listings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_blacklist_listings_merchant_id'), ['merchant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_blacklist_listings_status'), ['status'], unique=False)

    op.create_table('restoration_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('listing_id', sa.Integer(), nullable=False),
    sa.Column('conditions', workstation.store.base.JSONText(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', workstation.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('met_on', sa.Date(), nullable=True),
    sa.Column('confirmed_by', sa.Integer(), nullable=True),
    sa.Column('confirm_note', sa.String(length=300), nullable=True),
    sa.ForeignKeyConstraint(['confirmed_by'], ['users.id'], name=op.f('fk_restoration_plans_confirmed_by_users')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_restoration_plans_created_by_users')),
    sa.ForeignKeyConstraint(['listing_id'], ['blacklist_listings.id'], name=op.f('fk_restoration_plans_listing_id_blacklist_listings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_restoration_plans'))
    )
    with op.batch_alter_table('restoration_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_restoration_plans_listing_id'), ['listing_id'], unique=False)

    with op.batch_alter_table('blacklist', schema=None) as batch_op:
        batch_op.add_column(sa.Column('listing_id', sa.Integer(), nullable=True))
        batch_op.alter_column('value',
               existing_type=sa.VARCHAR(length=40),
               type_=sa.String(length=60),
               existing_nullable=False)
        batch_op.create_index(batch_op.f('ix_blacklist_listing_id'), ['listing_id'], unique=False)

    op.create_table('collection_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('contacted_at', workstation.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('local_day', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('person', sa.String(length=12), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_collection_contacts_loan_id_loans')),
    sa.ForeignKeyConstraint(['officer_id'], ['users.id'], name=op.f('fk_collection_contacts_officer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collection_contacts'))
    )
    with op.batch_alter_table('collection_contacts', schema=None) as batch_op:
        batch_op.create_index('ix_collection_contacts_loan_day', ['loan_id', 'local_day'], unique=False)

    op.create_table('deduction_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_no', sa.String(length=40), nullable=False),
    sa.Column('batch_no', sa.String(length=40), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('amount', workstation.store.base.Fen(), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', workstation.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_deduction_requests_created_by_users')),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_deduction_requests_loan_id_loans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deduction_requests')),
    sa.UniqueConstraint('request_no', name=op.f('uq_deduction_requests_request_no'))
    )
    with op.batch_alter_table('deduction_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deduction_requests_batch_no'), ['batch_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_deduction_requests_loan_id'), ['loan_id'], unique=False)

    op.create_table('promises_to_pay',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('amount', workstation.store.base.Fen(), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('promised_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('paid', workstation.store.base.Fen(), nullable=True),
    sa.Column('checked_on', sa.Date(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("status in ('open','kept','broken')", name=op.f('ck_promises_to_pay_promise_status_known')),
    sa.ForeignKeyConstraint(['contact_id'], ['collection_contacts.id'], name=op.f('fk_promises_to_pay_contact_id_collection_contacts')),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_promises_to_pay_loan_id_loans')),
    sa.ForeignKeyConstraint(['officer_id'], ['users.id'], name=op.f('fk_promises_to_pay_officer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promises_to_pay'))
    )
    with op.batch_alter_table('promises_to_pay', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promises_to_pay_loan_id'), ['loan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_promises_to_pay_promised_on'), ['promised_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_promises_to_pay_status'), ['status'], unique=False)

    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accelerated_on', sa.Date(), nullable=True))
    # recalls signed before the engine applied them: the engine applies them from now on
    op.execute("UPDATE loans SET accelerated_on = (SELECT a.due_date FROM loan_accelerations a "
               "WHERE a.loan_id = loans.id) WHERE id IN (SELECT loan_id FROM loan_accelerations)")


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('blacklist', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_blacklist_listing_id'))
        batch_op.alter_column('value',
               existing_type=sa.String(length=60),
               type_=sa.VARCHAR(length=40),
               existing_nullable=False)
        batch_op.drop_column('listing_id')

    with op.batch_alter_table('restoration_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_restoration_plans_listing_id'))

    op.drop_table('restoration_plans')
    with op.batch_alter_table('blacklist_listings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_blacklist_listings_status'))
        batch_op.drop_index(batch_op.f('ix_blacklist_listings_merchant_id'))

    op.drop_table('blacklist_listings')
    with op.batch_alter_table('promises_to_pay', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promises_to_pay_status'))
        batch_op.drop_index(batch_op.f('ix_promises_to_pay_promised_on'))
        batch_op.drop_index(batch_op.f('ix_promises_to_pay_loan_id'))

    op.drop_table('promises_to_pay')
    with op.batch_alter_table('deduction_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deduction_requests_loan_id'))
        batch_op.drop_index(batch_op.f('ix_deduction_requests_batch_no'))

    op.drop_table('deduction_requests')
    with op.batch_alter_table('collection_contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_collection_contacts_loan_day')

    op.drop_table('collection_contacts')
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_column('accelerated_on')
