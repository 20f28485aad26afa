"""Bulk loading for generators and imports: Core tables whose money columns take
integer fen directly, skipping per-value conversion on hot paths."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import BigInteger, Column, MetaData, Table

from workstation.store.base import Base, Fen

_raw_metadata = MetaData()


@lru_cache(maxsize=None)
def raw_table(name: str) -> Table:
    """The table ``name`` with every Fen column typed as a plain BigInteger of fen."""
    src = Base.metadata.tables[name]
    cols = [Column(c.name, BigInteger() if isinstance(c.type, Fen) else c.type.copy(), primary_key=c.primary_key,
                   default=c.default.arg if c.default is not None else None)
            for c in src.columns]
    return Table(name, _raw_metadata, *cols)


def bulk_insert(session, name: str, rows: list[dict]) -> None:
    """Insert ``rows`` (money as integer fen) into table ``name`` in one executemany.

    On SQLite the rows go straight to the driver with only the per-column
    conversions SQLAlchemy would apply (dates, booleans); elsewhere through Core.
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    table = raw_table(name)
    if dialect.name != "sqlite":
        conn.execute(table.insert(), rows)
        return
    keys = list(rows[0].keys())
    procs = []
    for k in keys:
        col = table.c[k]
        procs.append(col.type._cached_bind_processor(dialect))
    defaults = [(c.name, c.default.arg) for c in table.columns
                if c.name not in rows[0] and c.default is not None]
    cols = keys + [name_ for name_, _ in defaults]
    sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    default_values = []
    for name_, arg in defaults:
        value = arg(None) if callable(arg) else arg
        proc = table.c[name_].type._cached_bind_processor(dialect)
        default_values.append(proc(value) if proc else value)
    pairs = [(k, p) for k, p in zip(keys, procs)]
    out = []
    for r in rows:
        out.append(tuple([p(r[k]) if p is not None and r[k] is not None else r[k] for k, p in pairs]
                         + default_values))
    conn.exec_driver_sql(sql, out)


def sync_sequences(session, names: list[str]) -> None:
    """After rows were inserted with explicit ids, move PostgreSQL's id sequences past
    them so ordinary inserts do not collide (SQLite needs nothing)."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return
    for name in names:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {name}), 1), "
            f"(SELECT COUNT(*) > 0 FROM {name}))")
