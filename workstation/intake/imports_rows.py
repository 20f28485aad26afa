"""The rows an import inserts: primary keys allocated for a chunk, the column orders
of the insert tuples built straight from the clean records, the platform months not
yet stored, and the driver-level bulk insert (imports.py writes them)."""
from __future__ import annotations

import operator
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from workstation.intake.imports_rules import CHINA_TZ, MONTH_FIELDS, CleanRecord, Problem
from workstation.intake.imports_scores import SCORE_COLUMNS
from workstation.store.bulk import BoundValues, insert_tuples, select_in
from workstation.store.models import Merchant, Person, PlatformMonth


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
_APPLICATION_FIELDS = ("external_id", "product_code", "amount_requested", "term_months", "term_days", "purpose")
_APPLICATION_ROW = operator.itemgetter(*_APPLICATION_FIELDS)
# the instant received, bound once by the writer (bulk.bind_processor), in both its columns
_RECEIVED_COLUMNS = ("received_at", "status_changed_at")
_APPLICATION_COLUMNS = ("id", "app_no", "merchant_id", *_APPLICATION_FIELDS, "status", *_RECEIVED_COLUMNS,
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
                 bound: bool = False, ready: tuple[str, ...] = ()) -> None:
    """Insert many rows (dicts, or tuples in ``columns`` order) straight through the
    driver's executemany (store.bulk.insert_tuples): a 100,000-record file brings
    2.4 million rows and per-row statement processing would dominate the import.
    Money goes in as the exact integer fen the clean records hold; ``bound``: the
    rows already hold what the driver takes (``ready``: these columns do)."""
    if not rows:
        return
    if columns is None:
        columns = tuple(rows[0])
        rows = [tuple(r[c] for c in columns) for r in rows]
    insert_tuples(s.connection(), model.__table__, rows, columns=columns, bound=bound, ready=ready)


def app_number(received: datetime, app_id: int) -> str:
    """An application's number: "A", the day it was received in China, the id in 7 digits
    (as f"A{received.astimezone(CHINA_TZ):%Y%m%d}{app_id:07d}" writes it for the years
    2000-9999 the checks allow, without the strftime)."""
    local = received.astimezone(CHINA_TZ)
    return "A%04d%02d%02d%07d" % (local.year, local.month, local.day, app_id)


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


_PEOPLE_BY_ID_NUMBER = f"SELECT id_number, id, name FROM {Person.__tablename__} WHERE id_number IN ({{ids}})"
_MERCHANTS_BY_MEMBER = (f"SELECT member_id, id, legal_rep_id, name, platform, province FROM {Merchant.__tablename__} "
                        "WHERE member_id IN ({ids})")


class _StoredMerchant(NamedTuple):
    """A merchant stored before the chunk, as _sort_people reads it."""
    member_id: str
    id: int
    legal_rep_id: int
    name: str
    platform: str
    province: str


def _sort_people(s: Session, good: list):
    """The people and merchants of a chunk's valid records, stored and new; the records
    refused because of what the database (or the chunk before them) already holds.
    Returns (people: id number -> (id, name), merchants: member id -> stored row,
    new people, new merchants (dicts by id number / member id), accepted: (record, id
    number, member id), refused: (checked line, problems))."""
    bad: list[tuple[object, list[Problem]]] = []      # (imports_pipeline.Checked, its problems)
    id_numbers = {c.person["id_number"] for _, c in good}
    # straight from the driver: SQLAlchemy's expansion of an IN list of thousands cost more than the query
    people = {r[0]: (r[1], r[2]) for r in select_in(s, _PEOPLE_BY_ID_NUMBER, list(id_numbers))}
    member_ids = {c.merchant["member_id"] for _, c in good}
    merchants = {r[0]: _StoredMerchant(*r) for r in select_in(s, _MERCHANTS_BY_MEMBER, list(member_ids))}
    new_people: dict[str, dict] = {}
    new_merchants: dict[str, dict] = {}
    accepted: list[tuple[CleanRecord, str, str]] = []      # record, id_number, member_id
    for rec, c in good:
        p, m = c.person, c.merchant
        known = people.get(p["id_number"]) or (new_people[p["id_number"]]["_key"] if p["id_number"] in new_people
                                                else None)
        if known and known[1] != p["name"]:
            bad.append((rec, [Problem(c.line, "legal_rep.name", "this ID number is on file under another name",
                                              "import_id_other_name")]))
            continue
        stored_m = merchants.get(m["member_id"])
        if stored_m is not None and (known is None or stored_m.legal_rep_id != known[0]):
            bad.append((rec, [Problem(c.line, "legal_rep.id_number",
                                      f"member {m['member_id']} is on file with another legal representative; "
                                      "a change of legal representative must be checked before import",
                                      "import_member_other_rep", {"member": m["member_id"]})]))
            continue
        new_m = new_merchants.get(m["member_id"])
        if new_m is not None and new_m["_person"] != p["id_number"]:
            bad.append((rec, [Problem(c.line, "legal_rep.id_number",
                                      f"member {m['member_id']} appears earlier in the file with another "
                                      "legal representative", "import_member_rep_earlier",
                                      {"member": m["member_id"]})]))
            continue
        if known is None:
            new_people[p["id_number"]] = {**p, "_key": (None, p["name"])}
        if stored_m is None and new_m is None:
            new_merchants[m["member_id"]] = {**m, "_person": p["id_number"]}
        accepted.append((c, p["id_number"], m["member_id"]))
    return people, merchants, new_people, new_merchants, accepted, bad
