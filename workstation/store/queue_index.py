"""The queue's search index, counts and province list: the SQL the migration runs
(and the benchmark's bulk loader re-runs after loading with the triggers off).

SQLite: an FTS5 table with the trigram tokenizer over the merchant's and the legal
representative's names (external content: the names are stored once, in applications),
and triggers that keep it, ``queue_counts`` and ``queue_provinces`` current in the
transaction that changes an application.

PostgreSQL: one trigger function for the counts and provinces, and pg_trgm GIN indexes
on both names when the extension can be created (it needs the CREATE privilege on the
database; pg_trgm is a trusted extension from PostgreSQL 13). When it cannot, the search
still works (ILIKE) but reads the whole table; :func:`create` returns False and says so.
"""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

COUNT_KEY = "owner, status, product_code, platform, grade"
FTS = "applications_fts"


def _new(prefix: str) -> str:
    return (f"coalesce({prefix}.officer_id, 0), {prefix}.status, {prefix}.product_code, {prefix}.platform, "
            f"coalesce({prefix}.grade, '')")


def _upsert(prefix: str) -> str:
    return (f"INSERT INTO queue_counts ({COUNT_KEY}, n) VALUES ({_new(prefix)}, 1) "
            f"ON CONFLICT ({COUNT_KEY}) DO UPDATE SET n = queue_counts.n + 1;")


def _decrement(prefix: str) -> str:
    return (f"UPDATE queue_counts SET n = n - 1 WHERE owner = coalesce({prefix}.officer_id, 0) "
            f"AND status = {prefix}.status AND product_code = {prefix}.product_code "
            f"AND platform = {prefix}.platform AND grade = coalesce({prefix}.grade, '');")


def _province(prefix: str) -> str:
    return f"INSERT INTO queue_provinces (province) VALUES ({prefix}.province) ON CONFLICT (province) DO NOTHING;"


def _fts_insert(prefix: str) -> str:
    return (f"INSERT INTO {FTS} (rowid, merchant_name, legal_rep_name) "
            f"VALUES ({prefix}.id, {prefix}.merchant_name, {prefix}.legal_rep_name);")


def _fts_delete(prefix: str) -> str:
    return (f"INSERT INTO {FTS} ({FTS}, rowid, merchant_name, legal_rep_name) "
            f"VALUES ('delete', {prefix}.id, {prefix}.merchant_name, {prefix}.legal_rep_name);")


SQLITE_TRIGGERS = {
    "applications_q_ai": f"""CREATE TRIGGER applications_q_ai AFTER INSERT ON applications BEGIN
        {_fts_insert('new')} {_upsert('new')} {_province('new')} END""",
    "applications_q_ad": f"""CREATE TRIGGER applications_q_ad AFTER DELETE ON applications BEGIN
        {_fts_delete('old')} {_decrement('old')} END""",
    "applications_q_au_names": f"""CREATE TRIGGER applications_q_au_names
        AFTER UPDATE OF merchant_name, legal_rep_name ON applications BEGIN
        {_fts_delete('old')} {_fts_insert('new')} END""",
    "applications_q_au_counts": f"""CREATE TRIGGER applications_q_au_counts
        AFTER UPDATE OF officer_id, status, product_code, platform, grade ON applications BEGIN
        {_decrement('old')} {_upsert('new')} END""",
    "applications_q_au_province": f"""CREATE TRIGGER applications_q_au_province
        AFTER UPDATE OF province ON applications BEGIN {_province('new')} END""",
}

PG_FUNCTION = f"""CREATE OR REPLACE FUNCTION applications_q_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
        {_decrement('OLD')}
    END IF;
    IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
        {_upsert('NEW')}
        {_province('NEW')}
    END IF;
    RETURN NULL;
END $$"""
PG_TRIGGER = """CREATE TRIGGER applications_q_counts
    AFTER INSERT OR DELETE OR UPDATE OF officer_id, status, product_code, platform, grade, province
    ON applications FOR EACH ROW EXECUTE FUNCTION applications_q_counts()"""
PG_TRGM_INDEXES = {"ix_trgm_merchant_name": "merchant_name", "ix_trgm_legal_rep_name": "legal_rep_name"}


# --- facet counts: per (owner, status, province) and per (owner, status, amount band) ---------

def band_sql(fen: str) -> str:
    """The amount band of ``fen`` (integer fen) in SQL: the amount cut to its first two
    significant digits (12,345,678 fen -> 12,000,000), as :func:`band_of` in Python."""
    # integer division on SQLite and PostgreSQL alike (amounts are positive); no % (psycopg's placeholder mark)
    steps = " ".join(f"WHEN {fen} < {10 ** (d + 1)} THEN {fen} / {10 ** (d - 1)} * {10 ** (d - 1)}"
                     for d in range(2, 18))
    return f"CASE WHEN {fen} < 100 THEN {fen} {steps} ELSE {fen} END"


def band_of(fen: int) -> int:
    """The band an amount of ``fen`` falls in: its lower bound (see :func:`band_sql`)."""
    if fen < 100:
        return fen
    unit = 10 ** (len(str(fen)) - 2)
    return fen - fen % unit


def band_end(band: int) -> int:
    """The first amount (fen) after the band starting at ``band``."""
    return band + 1 if band < 100 else band + 10 ** (len(str(band)) - 2)


# table -> (key column, its value from an applications row)
FACETS = {"queue_province_counts": ("province", "{p}.province"),
          "queue_amount_counts": ("band", "{b}")}


def _facet_key(prefix: str, value: str) -> str:
    v = value.format(p=prefix, b=band_sql(f"{prefix}.amount_requested"))
    return f"coalesce({prefix}.officer_id, 0), {prefix}.status, {v}"


def _facet_upserts(prefix: str) -> str:
    return " ".join(f"INSERT INTO {t} (owner, status, {k}, n) VALUES ({_facet_key(prefix, v)}, 1) "
                    f"ON CONFLICT (owner, status, {k}) DO UPDATE SET n = {t}.n + 1;" for t, (k, v) in FACETS.items())


def _facet_decrements(prefix: str) -> str:
    return " ".join(f"UPDATE {t} SET n = n - 1 WHERE owner = coalesce({prefix}.officer_id, 0) "
                    f"AND status = {prefix}.status AND {k} = {v.format(p=prefix, b=band_sql(prefix + '.amount_requested'))};"
                    for t, (k, v) in FACETS.items())


_FACET_COLUMNS = "officer_id, status, province, amount_requested"
SQLITE_FACET_TRIGGERS = {
    "applications_qf_ai": f"CREATE TRIGGER applications_qf_ai AFTER INSERT ON applications BEGIN "
                          f"{_facet_upserts('new')} END",
    "applications_qf_ad": f"CREATE TRIGGER applications_qf_ad AFTER DELETE ON applications BEGIN "
                          f"{_facet_decrements('old')} END",
    "applications_qf_au": f"CREATE TRIGGER applications_qf_au AFTER UPDATE OF {_FACET_COLUMNS} ON applications "
                          f"BEGIN {_facet_decrements('old')} {_facet_upserts('new')} END",
}
PG_FACET_FUNCTION = f"""CREATE OR REPLACE FUNCTION applications_q_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
        {_facet_decrements('OLD')}
    END IF;
    IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
        {_facet_upserts('NEW')}
    END IF;
    RETURN NULL;
END $$"""
PG_FACET_TRIGGER = f"""CREATE TRIGGER applications_q_facets
    AFTER INSERT OR DELETE OR UPDATE OF {_FACET_COLUMNS}
    ON applications FOR EACH ROW EXECUTE FUNCTION applications_q_facets()"""


def _facet_trigger_sql(conn) -> list[str]:
    if conn.dialect.name == "sqlite":
        return list(SQLITE_FACET_TRIGGERS.values())
    return [PG_FACET_FUNCTION, PG_FACET_TRIGGER]


def create(conn) -> bool:
    """Create the search index and the triggers on ``conn`` (a SQLAlchemy Connection) and
    fill them from the rows already there. False when PostgreSQL could not create pg_trgm.
    (Migration e5a1c0de7a15: the facet counts come later, :func:`create_facets`.)"""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {FTS} USING fts5(merchant_name, legal_rep_name, "
                             f"content='applications', content_rowid='id', tokenize='trigram')")
        for sql in SQLITE_TRIGGERS.values():
            conn.exec_driver_sql(sql)
        _backfill_base(conn)
        return True
    conn.exec_driver_sql(PG_FUNCTION)
    conn.exec_driver_sql(PG_TRIGGER)
    _backfill_base(conn)
    return create_pg_trgm(conn)


def create_facets(conn) -> None:
    """The kept counts per province and per amount band, their triggers, filled (migration 7c3e9b1f4d2a)."""
    for sql in _facet_trigger_sql(conn):
        conn.exec_driver_sql(sql)
    _backfill_facets(conn)


def create_pg_trgm(conn) -> bool:
    schema = _pg_trgm_schema(conn)
    if schema is None:
        for sql in ("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", "CREATE EXTENSION IF NOT EXISTS pg_trgm"):
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(sql)
                break
            except Exception as exc:  # noqa: BLE001 - any refusal: carry on without the index
                log.warning("pg_trgm: %s", str(exc).splitlines()[0])
        schema = _pg_trgm_schema(conn)
    if schema is None:
        log.warning("PostgreSQL: the pg_trgm extension could not be created; searching text inside "
                    "a name reads the whole applications table (ask the DBA to CREATE EXTENSION pg_trgm)")
        return False
    for name, col in PG_TRGM_INDEXES.items():
        conn.exec_driver_sql(f'CREATE INDEX IF NOT EXISTS {name} ON applications USING gin ({col} "{schema}".gin_trgm_ops)')
    return True


def _pg_trgm_schema(conn) -> str | None:
    return conn.exec_driver_sql("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                                "WHERE e.extname = 'pg_trgm'").scalar()


def backfill(conn) -> None:
    """Counts, provinces, facet counts and (SQLite) the search index from the applications table."""
    _backfill_base(conn)
    _backfill_facets(conn)


def _backfill_facets(conn) -> None:
    for table, (key, value) in FACETS.items():
        conn.exec_driver_sql(f"DELETE FROM {table}")
        conn.exec_driver_sql(f"INSERT INTO {table} (owner, status, {key}, n) SELECT "
                             f"{_facet_key('a', value)}, count(*) FROM applications a "
                             f"GROUP BY {_facet_key('a', value)}")


def _backfill_base(conn) -> None:
    conn.exec_driver_sql("DELETE FROM queue_counts")
    conn.exec_driver_sql(f"INSERT INTO queue_counts ({COUNT_KEY}, n) SELECT {_new('a')}, count(*) "
                         f"FROM applications a GROUP BY {_new('a')}")
    conn.exec_driver_sql("DELETE FROM queue_provinces")
    conn.exec_driver_sql("INSERT INTO queue_provinces (province) SELECT DISTINCT province FROM applications")
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS} ({FTS}) VALUES ('rebuild')")


def drop(conn) -> None:
    """Remove the triggers and the search index (the downgrade; the bulk loader drops the
    triggers only, with :func:`drop_triggers`)."""
    drop_triggers(conn)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS}")
    else:
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS applications_q_counts()")
        for name in PG_TRGM_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


def drop_facets(conn) -> None:
    """Remove the facet triggers (migration 7c3e9b1f4d2a's downgrade; it drops the tables)."""
    if conn.dialect.name == "sqlite":
        for name in SQLITE_FACET_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS applications_q_facets ON applications")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS applications_q_facets()")


def drop_triggers(conn) -> None:
    """Every trigger of the head schema (the bulk loader loads with them off)."""
    if conn.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS applications_q_counts ON applications")
    drop_facets(conn)


def create_triggers(conn) -> None:
    if conn.dialect.name == "sqlite":
        for sql in SQLITE_TRIGGERS.values():
            conn.exec_driver_sql(sql)
    else:
        conn.exec_driver_sql(PG_FUNCTION)
        conn.exec_driver_sql(PG_TRIGGER)
    for sql in _facet_trigger_sql(conn):
        conn.exec_driver_sql(sql)
