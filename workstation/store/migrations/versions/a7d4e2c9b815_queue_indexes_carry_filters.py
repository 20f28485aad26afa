"""queue indexes carry the filter columns

Revision ID: a7d4e2c9b815
Revises: 993f9f513c00
Create Date: 2026-12-05 00:20:00

The default sort's indexes (received_at, behind the owner or not), the amount sort's, and
the province and amount filters' indexes carry the queue's filter columns after their key
(status, product, platform, grade, province, amount: the ones they do not hold already),
and the application number's index the owner and the status (issue 15). A walk of the
default sort checks every filter from the index entry and reads a table row only for a
row it shows; a province or amount filter combined with another filter is counted from
the index alone instead of row by row through the table. The plain indexes on received_at
and amount_requested go: the wide ones begin with the same column.
"""
from typing import Sequence, Union

from alembic import op

revision: str = 'a7d4e2c9b815'
down_revision: Union[str, Sequence[str], None] = '993f9f513c00'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# frozen here (not imported from the models): name -> (columns before, columns after)
FILTERS = ("status", "product_code", "platform", "grade", "province", "amount_requested")
BEFORE = {
    "ix_q_received": ("received_at", "id"),
    "ix_q_o_received": ("officer_id", "received_at", "id"),
    "ix_q_amount": ("amount_requested", "id"),
    "ix_q_o_amount": ("officer_id", "amount_requested", "id"),
    "ix_q_app_no": ("app_no", "id"),
    "ix_q_province": ("province", "status", "id"),
    "ix_q_o_province": ("officer_id", "province", "status", "id"),
    "ix_q_s_amount": ("status", "amount_requested", "id"),
    "ix_q_os_amount": ("officer_id", "status", "amount_requested", "id"),
}
AFTER = {name: cols + (("officer_id", "status") if name == "ix_q_app_no"
                       else tuple(c for c in FILTERS if c not in cols))
         for name, cols in BEFORE.items()}


def _rebuild(to: dict) -> None:
    for name, cols in to.items():
        op.drop_index(name, table_name="applications")
        op.create_index(name, "applications", list(cols))


# the plain indexes the wide ones begin with: SQLite would walk these (narrower, the same
# order) and read a table row for every row it checks
PLAIN = {"ix_applications_received_at": "received_at", "ix_applications_amount_requested": "amount_requested"}


def upgrade() -> None:
    for name in PLAIN:
        op.drop_index(name, table_name="applications")
    _rebuild(AFTER)


def downgrade() -> None:
    _rebuild(BEFORE)
    for name, col in PLAIN.items():
        op.create_index(name, "applications", [col])
