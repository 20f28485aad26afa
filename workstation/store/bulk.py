"""Bulk loading for generators and imports: Core tables whose money columns take
integer fen directly, skipping per-value conversion on hot paths."""
from __future__ import annotations

from datetime import date as _date
from functools import lru_cache

from sqlalchemy import BigInteger, Column, MetaData, Table

from workstation.store.base import Base, Fen

_raw_metadata = MetaData()


@lru_cache(maxsize=None)
def raw_table(name: str) -> Table:
    """The table ``name`` with every Fen column typed as a plain BigInteger of fen."""
    import workstation.store.all_models  # noqa: F401 - every model registered, whatever the caller imported
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
    cols = []
    for k, p in zip(keys, procs):
        values = [r[k] for r in rows]
        if p is not None:
            values = _converted(values, p)
        cols.append(values)
    cols += [[v] * len(rows) for v in default_values]
    conn.exec_driver_sql(sql, list(zip(*cols)))


def _converted(values: list, proc) -> list:
    """``values`` through a bind processor, once per distinct value (a night's rows share
    their dates); values that cannot be dictionary keys (JSON lists) one by one."""
    seen: dict = {}
    try:
        return [v if v is None else seen[v] if v in seen else seen.setdefault(v, proc(v)) for v in values]
    except TypeError:
        return [v if v is None else proc(v) for v in values]


def select_in(session, sql: str, ids: list, *, chunk: int = 900) -> list[tuple]:
    """Plain tuples of ``sql`` (with ``IN ({ids})`` in it) for ``ids`` in chunks, straight
    from the driver: no result processing (dates come as the driver gives them: ISO text
    on SQLite, ``date`` on PostgreSQL -- see ``as_date``). For reads of every loan a night."""
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    out: list[tuple] = []
    for k in range(0, len(ids), chunk):
        part = ids[k:k + chunk]
        out += conn.exec_driver_sql(sql.format(ids=", ".join([mark] * len(part))), tuple(part)).fetchall()
    return out


def as_date(v):
    """A date column's value from ``select_in`` as a ``date`` (None stays None)."""
    return _date.fromisoformat(v) if isinstance(v, str) else v


def insert_tuples(conn, table: Table, rows: list[tuple], *, columns: tuple[str, ...], bound: bool = False,
                  ready: tuple[str, ...] = ()) -> None:
    """Insert ``rows`` (tuples in ``columns`` order, money as integer fen) into ``table``
    in one driver-level executemany, on every backend. Values go through their
    column's bind processor (dates, UTC datetimes, decimal text), column by column,
    unless ``bound`` says the rows already hold what the driver takes (``ready``: these
    columns do, through ``bind_processor``)."""
    if not rows:
        return
    sql, procs = insert_statement(table, columns, conn.dialect)
    if ready:
        procs = [(i, p) for i, p in procs if columns[i] not in ready]
    if procs and not bound:
        cols = list(zip(*rows))
        for i, proc in procs:
            col = cols[i]
            if col[0] is not None and len(set(map(id, col))) == 1:     # one object in every row (an
                cols[i] = [proc(col[0])] * len(col)                      # import's event): converted once
            else:
                cols[i] = [None if v is None else proc(v) for v in col]
        rows = list(zip(*cols))
    conn.exec_driver_sql(sql, rows)


@lru_cache(maxsize=64)
def insert_statement(table: Table, columns: tuple[str, ...], dialect) -> tuple[str, list]:
    """The INSERT text (the same each chunk, so the driver reuses its prepared
    statement) and the (position, bind processor) of the columns needing one; Fen
    columns take integer fen as they are."""
    procs = [(i, table.c[c].type.dialect_impl(dialect).bind_processor(dialect)) for i, c in enumerate(columns)
             if not isinstance(table.c[c].type, Fen)]
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
           f"VALUES ({', '.join([mark] * len(columns))})")
    return sql, [(i, p) for i, p in procs if p is not None]


def bind_processor(column: Column, dialect):
    """What ``insert_tuples`` applies to ``column``'s values (None: they go as they are)."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


class BoundValues(dict):
    """``column``'s values as the driver takes them, converted once per distinct value
    (the 2.4 million platform months of a big file name a few dozen months)."""

    def __init__(self, column: Column, dialect) -> None:
        super().__init__()
        self.proc = bind_processor(column, dialect)

    def __missing__(self, value):
        bound = value if self.proc is None or value is None else self.proc(value)
        self[value] = bound
        return bound


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
