"""The repayment file's set reads (servicing.repayment_import): which payment references
were posted or held before, which loans the contract numbers name, the chunk's loan
rows and the journal ids of its new entries. Each is one statement for a whole chunk.

On SQLite they go straight to the driver with the keys as one JSON array
(``IN (SELECT value FROM json_each(?))``, searched through each column's unique index):
no statement compiled per chunk and plain rows, not result objects. Elsewhere the same
reads go through SQLAlchemy Core, a bounded number of keys per statement.
"""
from __future__ import annotations

import json
from collections import namedtuple
from datetime import date

from sqlalchemy import Text, select, type_coerce

from workstation.store.bulk import as_date, raw_table

_IN = 900                # keys per statement through Core
DRIVER = True            # False: through Core on SQLite too (the tests compare both)
LOAN_COLS = ("id", "contract_no", "status", "version", "application_id", "revolving", "method", "terms",
             "frozen_schedule", "disbursed_on", "accelerated_on", "last_eod", "principal_outstanding",
             "interest_unpaid", "penalty_unpaid", "excess", "inst_sig", "product_code")
_RAW = ("terms", "frozen_schedule")          # read as stored text: hashed, decoded only when replayed
_DATES = ("disbursed_on", "accelerated_on", "last_eod")
LoanRow = namedtuple("LoanRow", LOAN_COLS)


def _cursor(s):
    """The DB-API cursor of the session's connection when it is SQLite, else None."""
    conn = s.connection()
    if not DRIVER or conn.dialect.name != "sqlite":
        return None
    return conn.connection.driver_connection.cursor()


def _chunks(keys: list):
    for k in range(0, len(keys), _IN):
        yield keys[k:k + _IN]


def seen_refs(s, refs: list[str]) -> tuple[set[str], set[str]]:
    """(payment references among ``refs`` already posted, those held for an officer)."""
    posted: set[str] = set()
    held: set[str] = set()
    if not refs:
        return posted, held
    cur = _cursor(s)
    if cur is not None:
        arg = json.dumps(refs)
        for ref, was_posted in cur.execute(
                "SELECT payment_ref, 1 FROM repayment_import_lines WHERE payment_ref IN "
                "(SELECT value FROM json_each(?)) UNION ALL SELECT payment_ref, 0 FROM repayment_held_lines "
                "WHERE payment_ref IN (SELECT value FROM json_each(?))", (arg, arg)):
            (posted if was_posted else held).add(ref)
        return posted, held
    for name, out in (("repayment_import_lines", posted), ("repayment_held_lines", held)):
        col = raw_table(name).c.payment_ref
        for part in _chunks(refs):
            out.update(s.scalars(select(col).where(col.in_(part))))
    return posted, held


def _pairs(s, table: str, key: str, value: str, keys: list) -> dict:
    """{key: value} of the rows of ``table`` whose ``key`` is one of ``keys``: one
    statement through the driver on SQLite, chunks of ``IN`` through Core elsewhere."""
    if not keys:
        return {}
    cur = _cursor(s)
    if cur is not None:
        return dict(cur.execute(f"SELECT {key}, {value} FROM {table} WHERE {key} IN "
                                "(SELECT value FROM json_each(?))", (json.dumps(keys),)))
    t = raw_table(table)
    out: dict = {}
    for part in _chunks(keys):
        out.update(s.execute(select(t.c[key], t.c[value]).where(t.c[key].in_(part))).all())
    return out


def loan_ids(s, contract_nos) -> dict[str, int]:
    """{contract number: loan id} of the contract numbers that name a loan."""
    return _pairs(s, "loans", "contract_no", "id", list(contract_nos))


def loan_rows(s, ids: list[int]) -> dict[int, LoanRow]:
    """{loan id: its row} (``LOAN_COLS``; money in fen, dates as dates, terms as stored text)."""
    if not ids:
        return {}
    cur = _cursor(s)
    out: dict[int, LoanRow] = {}
    if cur is not None:
        at = [LOAN_COLS.index(c) for c in _DATES]
        for r in cur.execute(f"SELECT {', '.join(LOAN_COLS)} FROM loans WHERE id IN "
                             "(SELECT value FROM json_each(?)) ORDER BY id", (json.dumps(sorted(ids)),)):
            r = list(r)
            for k in at:
                if r[k] is not None:
                    r[k] = date.fromisoformat(r[k])
            out[r[0]] = LoanRow._make(r)
        return out
    lt = raw_table("loans")
    cols = [lt.c[c] if c not in _RAW else type_coerce(lt.c[c], Text).label(c) for c in LOAN_COLS]
    for part in _chunks(sorted(ids)):
        for r in s.execute(select(*cols).where(lt.c.id.in_(part)).order_by(lt.c.id)):
            out[r[0]] = LoanRow._make(as_date(v) if c in _DATES else v for c, v in zip(LOAN_COLS, r))
    return out


def journal_ids(s, idem_keys: list[str]) -> dict[str, int]:
    """{idempotency key: journal id} of the journal rows with those keys."""
    return _pairs(s, "journal", "idem_key", "id", list(idem_keys))
