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


def create(conn) -> bool:
    """Create the search index and the triggers on ``conn`` (a SQLAlchemy Connection) and
    fill them from the rows already there. False when PostgreSQL could not create pg_trgm."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {FTS} USING fts5(merchant_name, legal_rep_name, "
                             f"content='applications', content_rowid='id', tokenize='trigram')")
        for sql in SQLITE_TRIGGERS.values():
            conn.exec_driver_sql(sql)
        backfill(conn)
        return True
    conn.exec_driver_sql(PG_FUNCTION)
    conn.exec_driver_sql(PG_TRIGGER)
    backfill(conn)
    return create_pg_trgm(conn)


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
    """Counts, provinces and (SQLite) the search index from the applications table."""
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


def drop_triggers(conn) -> None:
    if conn.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS applications_q_counts ON applications")


def create_triggers(conn) -> None:
    if conn.dialect.name == "sqlite":
        for sql in SQLITE_TRIGGERS.values():
            conn.exec_driver_sql(sql)
    else:
        conn.exec_driver_sql(PG_FUNCTION)
        conn.exec_driver_sql(PG_TRIGGER)
