"""The queue's keyset (seek) reads, one stream at a time: where a page ends (``SeekKey``),
the statement of one segment of one owner's stream (the filled sort values, or the empty
ones by id, after the key, in travel order), the stream read segment by segment, and how
the merge of the streams compares sort values (as the database orders them).

:mod:`workstation.decide.queue_pages` decides the streams (owner by owner), merges them
into pages and counts the queue.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import literal, literal_column, select, text, tuple_

from workstation.decide.queue import ROW_COLUMNS, QueueQuery, QueueRow, dialect_of
from workstation.store.models import Application, User

NULLABLE = frozenset({"grade", "suggested_limit", "officer"})
# sort key -> QueueRow attribute holding the sort value
ROW_ATTR = {"app_no": "app_no", "merchant": "merchant_name", "platform": "platform", "product": "product_code",
            "amount": "amount_requested", "grade": "grade", "suggested_limit": "suggested_limit",
            "status": "status", "officer": "officer_id", "received": "received_at", "days_waiting": "received_at"}


@dataclass(frozen=True)
class SeekKey:
    """Where a page ends: the sort value (``empty``: none) and the id breaking ties."""
    empty: bool
    value: object
    id: int


def key_of(query: QueueQuery, row: QueueRow) -> SeekKey:
    value = getattr(row, ROW_ATTR[query.sort])
    return SeekKey(value is None, value, row.id)


def sorts_descending(query: QueueQuery) -> bool:
    # days waiting grows as received_at falls
    return query.descending != (query.sort == "days_waiting")


def _plain(col):
    """``+column``: SQLite may not use an index for it (it still may for the other conditions)."""
    return literal_column(f"+{col.table.name}.{col.name}", type_=col.type)


def _collation_rank(s, rows: list, attr: str):
    """How the merge compares two sort values: as the database orders them. SQLite
    compares text in code point order, as Python does; a PostgreSQL database created
    with a Chinese or English locale orders text by that locale (the queue's columns
    take the database's), and its streams and seeks follow it, so the merge asks the
    database to order the page's text values (a few hundred at most)."""
    values = {getattr(r, attr) for r in rows} - {None}
    if dialect_of(s) == "sqlite" or not values or not all(isinstance(v, str) for v in values):
        return lambda v: v
    ordered = s.execute(text("SELECT v FROM unnest(CAST(:values AS varchar[])) AS t(v) ORDER BY v"),
                        {"values": sorted(values)}).scalars().all()
    at = {v: i for i, v in enumerate(ordered)}
    return lambda v: at[v] if v is not None else -1


def _stream(s, owner, filters, col, *, nullable: bool, travel_desc: bool, nulls_first: bool,
            key: SeekKey | None, limit: int, walk: bool = True) -> list:
    """One owner's rows in travel order: the filled segment and (nullable columns) the
    empty one, in the order travelled, starting after ``key``."""
    segments = [False, True] if nullable else [False]          # False: values, True: empty
    if nulls_first:
        segments.reverse()
    if key is not None and nullable:
        segments = segments[segments.index(key.empty):]
    out: list = []
    for empty in segments:
        stmt = _segment(owner, filters, col, nullable=nullable, empty=empty, travel_desc=travel_desc,
                        key=key if key is not None and key.empty == empty else None, limit=limit - len(out),
                        walk=walk)
        out.extend(s.execute(stmt).all())
        if len(out) >= limit:
            break
    return out


def _segment(owner, filters, col, *, nullable: bool, empty: bool, travel_desc: bool, key: SeekKey | None,
             limit: int, walk: bool = True):
    conds = list(filters)
    if owner is not None:
        conds.append(owner)
    if nullable:
        conds.append(col.is_(None) if empty else col.is_not(None))
    by, by_id = (col, Application.id) if walk else (_plain(col), _plain(Application.id))
    if empty:
        order = [by_id.desc() if travel_desc else by_id.asc()]
        if key is not None:
            conds.append(Application.id < key.id if travel_desc else Application.id > key.id)
    else:
        order = [by.desc(), by_id.desc()] if travel_desc else [by.asc(), by_id.asc()]
        if key is not None:
            mark = tuple_(col, Application.id)
            bound = tuple_(literal(key.value, type_=col.type), literal(key.id, type_=Application.id.type))
            conds.append(mark < bound if travel_desc else mark > bound)
    return select(*_COLUMNS).where(*conds).order_by(*order).limit(limit)


_COLUMNS = [c for c in ROW_COLUMNS if c is not User.display_name]
