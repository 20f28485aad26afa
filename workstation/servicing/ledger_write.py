"""The journal side of servicing, writing: append a plan's entries (``ledger.plan``) and
refresh the loan's cached figures and installment rows with them -- one loan at a desk,
or a batch of loans at end of day and in the repayment file (plans, and loans brought
through quiet nights from their kept state's closed form).

Writes go through SQLAlchemy Core with money as integer fen (``store.bulk.raw_table``);
on SQLite the batch goes straight to the driver: end of day touches 100,000 loans.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from datetime import date, datetime

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain import delinquency
from workstation.domain import servicing_quiet as quiet
from workstation.domain.errors import StaleEdit
from workstation.domain.servicing import INTEREST_ACCRUAL, PENALTY_ACCRUAL
from workstation.servicing import engine_state
from workstation.servicing.ledger import Entry, LoanData, Plan, journal_table, totals
from workstation.store.bulk import raw_table


def entry_rows(loan_id: int, entries: list[Entry], *, now: datetime) -> list[dict]:
    return [dict(loan_id=loan_id, kind=e.kind, value_date=e.value_date, posted_at=now, amount=e.amount,
                 principal=e.principal, interest=e.interest, penalty=e.penalty, excess=e.excess,
                 reference=e.reference, idem_key=e.idem_key, reverses_id=e.reverses_id,
                 origin_id=e.origin_id, source=e.source, memo=e.memo, user_id=e.user_id)
            for e in entries]


def insert_entries(s: Session, loan_id: int, entries: list[Entry], *, now: datetime | None = None) -> list[int]:
    """Insert one loan's new entries (in order), returning their ids."""
    now = now or clock.utcnow()
    j = journal_table()
    ids = []
    for row in entry_rows(loan_id, entries, now=now):
        ids.append(s.execute(j.insert().values(**row).returning(j.c.id)).scalar_one())
    for e, i in zip(entries, ids):
        e.id = i
    return ids


def loan_update(p: Plan, tiers: dict, totals_: tuple[int, int, int, int]) -> dict:
    pos = p.position
    status = pos.state if p.loan.status in ("active", "closed", "written_off") else p.loan.status
    return cache_values(totals_, overdue_principal=pos.overdue_principal, overdue_interest=pos.overdue_interest,
                        dpd=pos.dpd, tier=_tier(pos.dpd, tiers, bool(pos.written_off_on)), as_of=pos.as_of,
                        last_eod=p.last_eod, status=status, closed_on=pos.closed_on,
                        written_off_on=pos.written_off_on)


def cache_values(totals_: tuple[int, int, int, int], *, overdue_principal: int, overdue_interest: int, dpd: int,
                 tier: str, as_of: date, last_eod: date | None, status: str, closed_on: date | None,
                 written_off_on: date | None) -> dict:
    """The loan row's cached figures (one shape for every writer: one UPDATE for a batch)."""
    return dict(principal_outstanding=totals_[0], interest_unpaid=totals_[1], penalty_unpaid=totals_[2],
                excess=totals_[3], overdue_principal=overdue_principal, overdue_interest=overdue_interest,
                dpd=dpd, bucket=delinquency.bucket(dpd), tier=tier, position_date=as_of, last_eod=last_eod,
                status=status, closed_on=closed_on, written_off_on=written_off_on)


_TIERS: dict = {}


def _tier(dpd: int, tiers: dict, written_off: bool) -> str:
    """``delinquency.classify``, remembered per thresholds and days (end of day asks it
    100,000 times a night with a handful of answers)."""
    key = (tuple(sorted(tiers.items())), dpd, written_off)
    t = _TIERS.get(key)
    if t is None:
        if len(_TIERS) > 10_000:
            _TIERS.clear()
        t = _TIERS[key] = delinquency.classify(dpd, tiers, written_off=written_off)
    return t


INST_KEYS = ("period", "principal_due", "interest_due", "principal_paid", "interest_paid", "interest_waived",
             "principal_written_off", "status", "days_overdue")


def installment_tuples(p: Plan) -> list[tuple]:
    """The installment cache rows of the plan's position, as tuples in ``INST_KEYS`` order."""
    pos = p.position
    return quiet.installment_rows(pos.installments, as_of=pos.as_of, closed=bool(pos.closed_on),
                                  written_off=bool(pos.written_off_on))


def installment_tuples_signed(p: Plan) -> tuple[list[tuple], str]:
    """``installment_tuples`` and their ``tuple_signature``, taken from the kept state's
    quiet header when its rows are those (made from the same installments for the next
    day: the same rows when nothing is overdue then; else compared)."""
    known = p.position.kept_rows
    if known is not None and known[2]:
        return known[0], known[1]
    rows = installment_tuples(p)
    if known is not None and rows == known[0]:
        return rows, known[1]
    return rows, tuple_signature(rows)


def installment_rows(p: Plan) -> list[dict]:
    return [dict(zip(INST_KEYS, t)) for t in installment_tuples(p)]


def signature(rows: list[dict]) -> str:
    """A short fingerprint of the installment cache: rewrite only what changed."""
    return tuple_signature([tuple(r.values()) for r in rows])


def tuple_signature(rows: list[tuple]) -> str:
    """``signature`` of the rows as ``installment_tuples`` gives them."""
    return quiet.rows_signature(rows)


def write_plan(s: Session, p: Plan, *, tiers: dict, now: datetime | None = None,
               cached_totals: tuple[int, int, int, int] | None = None, old_sig: str | None = None) -> dict:
    """Append the plan's entries, refresh the loan's cache and installments (version-checked)."""
    insert_entries(s, p.loan.id, p.new, now=now)
    tot = p.totals
    if tot is None:
        add = totals(p.new)
        tot = tuple(a + b for a, b in zip(cached_totals, add))
    values = loan_update(p, tiers, tot)
    rows = installment_rows(p)
    values["inst_sig"] = signature(rows)
    _update_loan(s, p.loan, values)
    if values["inst_sig"] != old_sig:
        update_installments(s, [(p.loan.id, r) for r in rows])
    return values


def _update_loan(s: Session, loan: LoanData, values: dict) -> None:
    lt = raw_table("loans")
    res = s.execute(update(lt).where(lt.c.id == loan.id, lt.c.version == loan.version)
                    .values(version=loan.version + 1, **values))
    if res.rowcount != 1:
        raise StaleEdit("loan_stale", contract_no=loan.contract_no)
    loan.version += 1


_DATE_KEYS = frozenset({"position_date", "last_eod", "closed_on", "written_off_on"})


def _sqlite(v):
    return v.isoformat() if isinstance(v, date) else v


def update_installments(s: Session, rows: list[tuple[int, dict]]) -> None:
    """Rewrite installment cache rows: [(loan_id, row)] in one executemany."""
    if not rows:
        return
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        keys = [k for k in rows[0][1] if k != "period"]
        sql = f"UPDATE installments SET {', '.join(f'{k} = ?' for k in keys)} WHERE loan_id = ? AND period = ?"
        conn.connection.driver_connection.cursor().executemany(
            sql, [tuple(r[k] for k in keys) + (lid, r["period"]) for lid, r in rows])
        return
    it = raw_table("installments")
    stmt = (update(it).where(it.c.loan_id == bindparam("_loan"), it.c.period == bindparam("_period"))
            .values({k: bindparam(k) for k in rows[0][1] if k != "period"}))
    s.connection().execute(stmt, [{**r, "_loan": lid, "_period": r["period"]} for lid, r in rows])


@dataclass(slots=True)
class QuietLoan:
    """A loan brought through quiet nights from its kept state's closed form
    (``domain.servicing_quiet``): nothing to replay, nothing to keep anew."""
    loan: LoanData
    night: quiet.Night
    cached: tuple[int, int, int, int]     # the cached totals in fen
    old_sig: str | None                   # the installment rows' fingerprint as stored


def _quiet_rows(q: QuietLoan, tiers: dict, now: datetime, inserts: list, loan_rows: list, inst_rows: list) -> None:
    n = q.night
    add_i = add_p = 0
    lid = q.loan.id
    for night, d_int, d_pen in n.nightly:
        if d_int:
            inserts.append(dict(_ACCRUAL_ROW, loan_id=lid, kind=INTEREST_ACCRUAL, value_date=night, posted_at=now,
                                interest=d_int))
            add_i += d_int
        if d_pen:
            inserts.append(dict(_ACCRUAL_ROW, loan_id=lid, kind=PENALTY_ACCRUAL, value_date=night, posted_at=now,
                                penalty=d_pen))
            add_p += d_pen
    c = q.cached
    values = cache_values((c[0], c[1] + add_i, c[2] + add_p, c[3]), overdue_principal=n.overdue_principal,
                          overdue_interest=n.overdue_interest, dpd=n.dpd, tier=_tier(n.dpd, tiers, False),
                          as_of=n.as_of, last_eod=n.nightly[-1][0], status="active", closed_on=None,
                          written_off_on=None)
    values["inst_sig"] = n.signature
    if n.rows is not None:
        inst_rows += [x[1:] + (lid, x[0]) for x in n.rows]
    values["version"] = q.loan.version + 1
    loan_rows.append((values, lid, q.loan.version))


_ACCRUAL_ROW = entry_rows(0, [Entry(None, INTEREST_ACCRUAL, date.min)], now=datetime.min)[0]


def write_batch(s: Session, items: list[tuple[Plan, tuple[int, int, int, int], str | None]], *,
                tiers: dict, now: datetime | None = None, marks: dict | None = None,
                quiet_loans: list[QuietLoan] = ()) -> int:
    """Write many loans' plans at once: (plan, cached totals in fen, old installment
    fingerprint) each, and loans brought through quiet nights. Returns the number of
    entries inserted. ``marks``: journal marks read by ``engine_state.usable`` in this
    transaction."""
    from workstation.store.bulk import bulk_insert
    now = now or clock.utcnow()
    inserts, loan_rows, inst_rows = [], [], []
    for q in quiet_loans:
        _quiet_rows(q, tiers, now, inserts, loan_rows, inst_rows)
    for p, cached, old_sig in items:
        inserts += entry_rows(p.loan.id, p.new, now=now)
        tot = p.totals or tuple(a + b for a, b in zip(cached, totals(p.new)))
        values = loan_update(p, tiers, tot)
        rows, values["inst_sig"] = installment_tuples_signed(p)
        if values["inst_sig"] != old_sig:
            lid = p.loan.id
            inst_rows += [x[1:] + (lid, x[0]) for x in rows]      # SET values, then loan id and period
        values["version"] = p.loan.version + 1
        loan_rows.append((values, p.loan.id, p.loan.version))
    bulk_insert(s, "journal", inserts)
    known = {p.loan.id: marks[p.loan.id] for p, _, _ in items if marks and p.loan.id in marks
             and not any(e.kind in engine_state.MARKED for e in p.new)}
    engine_state.save(s, [(p.loan.id, p.position.as_of, p.state, p.terms_key) for p, _, _ in items
                          if p.state is not None and p.terms_key is not None], known=known)
    if loan_rows:                   # (values, loan id, version read) each
        keys = list(loan_rows[0][0])
        conn = s.connection()
        if conn.dialect.name == "sqlite":      # straight to the driver: 100,000 rows a night
            cur = conn.connection.driver_connection.cursor()
            dated = [k for k in keys if k in _DATE_KEYS]
            plain = [k for k in keys if k not in _DATE_KEYS]
            sql = (f"UPDATE loans SET {', '.join(f'{k} = ?' for k in plain + dated)} "
                   "WHERE id = ? AND version = ?")
            cur.executemany(sql, _sqlite_rows(loan_rows, plain, dated))
            count = cur.rowcount
        else:
            lt = raw_table("loans")
            stmt = (update(lt).where(lt.c.id == bindparam("_id"), lt.c.version == bindparam("_v"))
                    .values({k: bindparam(k) for k in keys}))
            count = conn.execute(stmt, [{**v, "_id": lid, "_v": ver} for v, lid, ver in loan_rows]).rowcount
        if count not in (-1, len(loan_rows)):
            raise StaleEdit("batch_stale")
        for p, _, _ in items:
            p.loan.version += 1
        for q in quiet_loans:
            q.loan.version += 1
    update_installment_tuples(s, inst_rows)
    return len(inserts)


def _sqlite_rows(loan_rows: list[tuple[dict, int, int]], plain: list[str], dated: list[str]) -> list[tuple]:
    """The loans' UPDATE parameters for SQLite's driver: the ``plain`` values, the ``dated``
    ones as ISO text (each day's text made once: a night's rows share a few days), then the
    loan id and the version read."""
    take_plain, take_dated = _taker(plain), _taker(dated)
    texts: dict = {None: None}
    out = []
    for values, lid, ver in loan_rows:
        days = []
        for v in take_dated(values):
            t = texts.get(v, _MISSING)
            if t is _MISSING:
                t = texts[v] = _sqlite(v)
            days.append(t)
        out.append(take_plain(values) + tuple(days) + (lid, ver))
    return out


def _taker(keys: list[str]):
    """A function giving the values of ``keys`` of a dict as a tuple (itemgetter, made in C)."""
    if len(keys) > 1:
        return itemgetter(*keys)
    return lambda d: tuple(d[k] for k in keys)


_MISSING = object()


def update_installment_tuples(s: Session, rows: list[tuple]) -> None:
    """``update_installments`` of rows given as (``INST_KEYS[1:]`` values..., loan id, period)."""
    if not rows:
        return
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        sql = f"UPDATE installments SET {', '.join(f'{k} = ?' for k in INST_KEYS[1:])} WHERE loan_id = ? AND period = ?"
        conn.connection.driver_connection.cursor().executemany(sql, rows)
        return
    update_installments(s, [(r[-2], dict(zip(INST_KEYS, (r[-1],) + r[:-2]))) for r in rows])
