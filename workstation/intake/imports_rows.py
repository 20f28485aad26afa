"""The rows an import inserts: primary keys allocated for a chunk, the column orders
of the insert tuples built straight from the clean records, the platform months not
yet stored, and the driver-level bulk insert (imports.py writes them)."""
from __future__ import annotations

import operator

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from workstation.intake.imports_rules import MONTH_FIELDS
from workstation.intake.imports_scores import SCORE_COLUMNS
from workstation.store.bulk import BoundValues, insert_tuples
from workstation.store.models import PlatformMonth


def _allocate_ids(s: Session, model, n: int) -> list[int]:
    """``n`` primary keys for a bulk insert, so related rows can name them."""
    if n == 0:
        return []
    if s.get_bind().dialect.name == "postgresql":
        seq = s.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": model.__tablename__})
        # rows inserted with explicit ids (bulk loaders) leave the sequence behind: catch up first
        top = s.scalar(select(func.max(model.id))) or 0
        s.execute(text("SELECT setval(:q, GREATEST(nextval(:q), :top))"), {"q": seq, "top": top})
        return sorted(s.scalars(text("SELECT nextval(:q) FROM generate_series(1, :n)"), {"q": seq, "n": n}))
    # SQLite: the transaction began with BEGIN IMMEDIATE, so nobody else writes meanwhile
    start = (s.scalar(select(func.max(model.id))) or 0) + 1
    return list(range(start, start + n))


# insert rows are built as tuples straight from the clean records, in these column orders
_PERSON_FIELDS = ("name", "id_number", "id_last4", "birth_date", "sex", "citizen", "phone")
_PERSON_COLUMNS = ("id", *_PERSON_FIELDS)
_PERSON_ROW = operator.itemgetter(*_PERSON_COLUMNS)
_MERCHANT_COLUMNS = ("id", "legal_rep_id", "member_id", "name", "platform", "shop_name", "credit_code", "province",
                     "city", "address", "member_since", "contact_phone", "email", "payment_account",
                     "real_name_verified", "bank_name", "bank_card", "bank_listed", "applicant_is_legal_rep")
_MERCHANT_ROW = operator.itemgetter(*_MERCHANT_COLUMNS)
_APPLICATION_FIELDS = ("external_id", "received_at", "product_code", "amount_requested", "term_months", "term_days",
                       "purpose")
_APPLICATION_ROW = operator.itemgetter(*_APPLICATION_FIELDS)
_APPLICATION_COLUMNS = ("id", "app_no", "merchant_id", *_APPLICATION_FIELDS, "status", "status_changed_at",
                        "merchant_name", "legal_rep_name", "id_last4", "platform", "province", "version",
                        "officer_id", "status_note", *SCORE_COLUMNS)
_DECLARED_FIELDS = ("year", "sales", "operating_cost", "inventory", "total_assets", "total_liabilities",
                    "receivables", "net_margin_pct", "platform_share_pct", "customer1_name", "customer1_years",
                    "customer1_share_pct", "customer2_name", "customer2_years", "customer2_share_pct")
_DECLARED_ROW = operator.itemgetter(*_DECLARED_FIELDS)
_DECLARED_COLUMNS = ("application_id", *_DECLARED_FIELDS)
_HISTORY_COLUMNS = ("application_id", "from_status", "to_status", "user_id", "at", "comment", "event")
_MONTH_COLUMNS = ("merchant_id", *MONTH_FIELDS)


def _insert_months(s: Session, rows: list[tuple]) -> None:
    """Platform months, already (merchant_id, *MONTH_FIELDS) rows with the month bound
    as the driver takes it."""
    _bulk_insert(s, PlatformMonth, rows, columns=_MONTH_COLUMNS, bound=True)


def _bulk_insert(s: Session, model, rows: list, *, columns: tuple[str, ...] | None = None,
                 bound: bool = False) -> None:
    """Insert many rows (dicts, or tuples in ``columns`` order) straight through the
    driver's executemany (store.bulk.insert_tuples): a 100,000-record file brings
    2.4 million rows and per-row statement processing would dominate the import.
    Money goes in as the exact integer fen the clean records hold; ``bound``: the
    rows already hold what the driver takes."""
    if not rows:
        return
    if columns is None:
        columns = tuple(rows[0])
        rows = [tuple(r[c] for c in columns) for r in rows]
    insert_tuples(s.connection(), model.__table__, rows, columns=columns, bound=bound)


class _Stored:
    """Attribute access to a new merchant's dict, like a stored merchant's row."""

    def __init__(self, row: dict) -> None:
        self.__dict__.update(row)


def _new_months(s: Session, accepted, *, merchants: dict, new_merchants: dict, old_ids: set[int],
                fresh: dict[int, list[tuple]]) -> list[tuple]:
    """Platform months not yet stored for each merchant, as (merchant_id, *MONTH_FIELDS)
    rows ready for the driver; months already stored are kept as they are. ``fresh``
    receives a new merchant's months (MONTH_FIELDS rows) by its id."""
    old_with_months = {merchants[mid].id for c, _, mid in accepted if c.months and mid in merchants}
    have: set[tuple[int, object]] = set()
    if old_with_months & old_ids:
        have = set(s.execute(select(PlatformMonth.merchant_id, PlatformMonth.month)
                             .where(PlatformMonth.merchant_id.in_(old_with_months))).tuples())
    bound = BoundValues(PlatformMonth.__table__.c.month, s.get_bind().dialect)
    rows: list[tuple] = []
    emitted: dict[int, list | set] = {}      # a merchant new in this chunk: its months emitted so far
    for c, _, member_id in accepted:
        if not c.months:
            continue
        stored = merchants.get(member_id)
        if stored is not None:
            mid, done = stored.id, have
            keys = [(mid, r[0]) for r in c.months]
        else:
            mid = new_merchants[member_id]["id"]
            done = emitted.get(mid)
            if done is None:
                # nothing stored for it, nothing earlier in the chunk, each month once (checked): all new
                emitted[mid] = fresh[mid] = c.months
                rows.extend([(mid, bound[r[0]], *r[1:]) for r in c.months])
                continue
            if not isinstance(done, set):
                done = emitted[mid] = {r[0] for r in done}
                fresh[mid] = list(fresh[mid])
            keys = [r[0] for r in c.months]
        for key, row in zip(keys, c.months):
            if key not in done:
                done.add(key)
                rows.append((mid, bound[row[0]], *row[1:]))
                if stored is None:
                    fresh[mid].append(row)
    return rows
