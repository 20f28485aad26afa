"""What keeps the queue fast at any size (issue 15).

- One composite index per sortable column, ``(column, id)``, and one per column behind
  the owner, ``(officer_id, column, id)``: every sort of every queue (an admin's whole
  table, an officer's or a supervisor's owners one by one) is an index walk, and the next
  page is a seek from the last key seen.
- ``queue_counts``: how many applications per owner, status, product, platform and grade,
  kept by database triggers in the very transaction that inserts, moves or deletes an
  application, so opening a queue never counts the table.
- ``queue_provinces``: the province filter's choices, kept by the same triggers.
- ``queue_province_counts`` and ``queue_amount_counts``: applications per owner, status
  and province, and per owner, status and amount band (the amount cut to two significant
  digits), kept by triggers too: the province and amount filters are counted from them.
- The substring search index (SQLite FTS5 trigram table ``applications_fts``, or pg_trgm
  GIN indexes on PostgreSQL) lives in the migration only: it is not a model
  (:data:`DB_ONLY_NAMES`, skipped when models and migrations are compared).
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.base import Base
from workstation.store.models import Application

# sort key -> the Application column behind it ("received" and "days_waiting" share received_at)
SORT_INDEX_COLUMNS = {
    "app_no": "app_no", "merchant": "merchant_name", "platform": "platform", "product": "product_code",
    "amount": "amount_requested", "grade": "grade", "suggested_limit": "suggested_limit", "status": "status",
    "officer": "officer_id", "received": "received_at",
}

# name -> columns: the province and amount filters' way in (migration 7c3e9b1f4d2a, frozen there)
FILTER_INDEXES = {
    "ix_q_province": ("province", "status", "id"),
    "ix_q_o_province": ("officer_id", "province", "status", "id"),
    "ix_q_s_amount": ("status", "amount_requested", "id"),
    "ix_q_os_amount": ("officer_id", "status", "amount_requested", "id"),
}

# the columns the queue filters on (besides the owner)
FILTER_COLUMNS = ("status", "product_code", "platform", "grade", "province", "amount_requested")


def _carried(cols: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in FILTER_COLUMNS if c not in cols)


# index name -> the filter columns it carries after its key (migration a7d4e2c9b815): a walk
# of the default sort (days waiting) checks every filter from the index entry and reads a
# table row only for a row shown; a province or amount filter combined with another is
# counted from the index alone (a covering count), never row by row through the table;
# the application number search checks the owner and the status from the index
CARRIED = {
    "ix_q_received": _carried(("received_at", "id")),
    "ix_q_o_received": _carried(("officer_id", "received_at", "id")),
    "ix_q_amount": _carried(("amount_requested", "id")),
    "ix_q_o_amount": _carried(("officer_id", "amount_requested", "id")),
    "ix_q_app_no": ("officer_id", "status"),
    **{name: _carried(cols) for name, cols in FILTER_INDEXES.items()},
}

_t = Application.__table__


def _index(name: str, *cols: str) -> Index:
    return Index(name, *(_t.c[c] for c in cols + CARRIED.get(name, ())))


for _key, _col in SORT_INDEX_COLUMNS.items():
    _index(f"ix_q_{_key}", _col, "id")
    if _col != "officer_id":
        _index(f"ix_q_o_{_key}", "officer_id", _col, "id")

# the province and amount filters' way in for a small part of a queue, with the status
# (every queue but the admin's whole table filters on it) (migration 7c3e9b1f4d2a)
for _name, _cols in FILTER_INDEXES.items():
    _index(_name, *_cols)

# objects the migration creates that are not models: the FTS5 table and its shadow tables,
# the pg_trgm indexes (compare_metadata and autogenerate leave them alone)
DB_ONLY_PREFIXES = ("applications_fts", "ix_trgm_")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic's filter: leave the database-only search objects out of comparisons."""
    return not (name or "").startswith(DB_ONLY_PREFIXES)


class QueueCount(Base):
    """Applications per owner (0: unassigned), status, product, platform and grade ('' none)."""
    __tablename__ = "queue_counts"
    owner: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    product_code: Mapped[str] = mapped_column(String(30), primary_key=True)
    platform: Mapped[str] = mapped_column(String(10), primary_key=True)
    grade: Mapped[str] = mapped_column(String(1), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class QueueProvince(Base):
    """The provinces applications come from (the province filter's choices)."""
    __tablename__ = "queue_provinces"
    province: Mapped[str] = mapped_column(String(20), primary_key=True)


class QueueProvinceCount(Base):
    """Applications per owner (0: unassigned), status and province."""
    __tablename__ = "queue_province_counts"
    owner: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    province: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class QueueAmountCount(Base):
    """Applications per owner (0: unassigned), status and amount band: ``band`` is the
    lowest amount (fen) of the band, the amount cut to its first two significant digits
    (store/queue_index.band_of)."""
    __tablename__ = "queue_amount_counts"
    owner: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    band: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer, default=0)
