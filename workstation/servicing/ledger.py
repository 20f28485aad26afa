"""The journal side of servicing: read a loan's journal, replay it with the pure engine
(``domain.servicing``), and plan the entries that bring the journal in line with the
replay (reversal + re-posting of any payment whose split changed, per-night accruals,
corrections of nights recomputed after a backdated posting), then write them with the
refreshed cache. Used by the desk actions, end of day and the repayment import alike.

Writes go through SQLAlchemy Core with money as integer fen (``store.bulk.raw_table``):
end of day touches 100,000 loans.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from workstation.domain import clock
from workstation.domain import delinquency
from workstation.domain import servicing_quiet as quiet
from workstation.domain.servicing import (CASH_KINDS, INTEREST_ACCRUAL, PENALTY_ACCRUAL, REPAYMENT,
                                          REVERSAL, WAIVER, WRITE_OFF, Event, LoanTerms, Position)
from workstation.domain.servicing_state import replay_keeping
from workstation.domain.servicing_model import engine_terms
from workstation.servicing import engine_state
from workstation.domain.errors import StaleEdit
from workstation.store import queries
from workstation.store.bulk import raw_table

ONE = timedelta(days=1)
FRESH = 1 << 60          # temporary ids of entries being planned
ACCRUALS = (INTEREST_ACCRUAL, PENALTY_ACCRUAL)
_ALLOCATED = (REPAYMENT, WAIVER, WRITE_OFF)


@dataclass(slots=True)
class Entry:
    """A journal row as plain data (money in signed fen, as stored)."""
    id: int | None
    kind: str
    value_date: date
    amount: int = 0
    principal: int = 0
    interest: int = 0
    penalty: int = 0
    excess: int = 0
    reverses_id: int | None = None
    origin_id: int | None = None
    reference: str | None = None
    idem_key: str | None = None
    source: str = "system"
    memo: str | None = None
    user_id: int | None = None


@dataclass(slots=True)
class LoanData:
    id: int
    contract_no: str
    status: str
    version: int
    terms: LoanTerms
    last_eod: date | None
    application_id: int
    revolving: bool


@dataclass
class Plan:
    loan: LoanData
    new: list[Entry]
    position: Position
    totals: tuple[int, int, int, int]      # principal, interest, penalty, excess after the plan
    last_eod: date | None
    changes: list[str] = field(default_factory=list)
    state: str | None = None          # the engine's state at ``position.as_of`` (servicing_state)
    terms_key: str | None = None      # set by callers that keep the state (engine_state.terms_key)


# -- reading -------------------------------------------------------------------------------

def terms_of(row) -> LoanTerms:
    """Engine terms from a ``loans`` row (ORM object or Core row): its stored
    ``terms`` unchanged, with the disbursement day, the frozen installments and the due
    date of an early recall in force (``accelerated_on``)."""
    return engine_terms(row.terms, start=row.disbursed_on, rows=row.frozen_schedule,
                        accelerated_on=getattr(row, "accelerated_on", None))


def engine_terms_raw(terms_text: str, frozen_text: str | None, disbursed_on: date,
                     accelerated_on: date | None = None) -> LoanTerms:
    """Engine terms from the stored text of ``terms`` and ``frozen_schedule`` (and the due
    date of an early recall in force)."""
    import json

    from workstation.domain.terms import ApprovedTerms
    return engine_terms(ApprovedTerms.from_json(terms_text), start=disbursed_on,
                        rows=json.loads(frozen_text) if frozen_text else [], accelerated_on=accelerated_on)


def loan_data(row) -> LoanData:
    return LoanData(id=row.id, contract_no=row.contract_no, status=row.status, version=row.version,
                    terms=terms_of(row), last_eod=row.last_eod, application_id=row.application_id,
                    revolving=bool(row.revolving))


_J = None


def journal_table():
    global _J
    if _J is None:
        _J = raw_table("journal")
    return _J


def load_entries(s: Session, loan_ids, *, kinds=None, since: date | None = None) -> dict[int, list[Entry]]:
    """Journal rows of ``loan_ids`` by loan, in posting order."""
    j = journal_table()
    out: dict[int, list[Entry]] = {i: [] for i in loan_ids}
    ids = list(loan_ids)
    for k in range(0, len(ids), 900):
        q = select(j.c.loan_id, j.c.id, j.c.kind, j.c.value_date, j.c.amount, j.c.principal, j.c.interest,
                   j.c.penalty, j.c.excess, j.c.reverses_id, j.c.origin_id, j.c.reference).where(
            j.c.loan_id.in_(ids[k:k + 900]))
        if kinds is not None:
            q = q.where(j.c.kind.in_(list(kinds)))
        if since is not None:
            q = q.where(j.c.value_date >= since)
        for r in s.execute(q.order_by(j.c.id)):
            out[r[0]].append(Entry(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]))
    return out


def thresholds(s: Session) -> dict:
    return queries.setting(s, "classification.days")


def active(entries: list[Entry]) -> list[Entry]:
    """Entries still in force: not reversals, not reversed."""
    gone = {e.reverses_id for e in entries if e.reverses_id is not None}
    return [e for e in entries if e.kind != REVERSAL and e.id not in gone]


def events_of(entries: list[Entry]) -> list[Event]:
    out = []
    for e in active(entries):
        if e.kind in CASH_KINDS:
            amount = e.amount if e.kind != WAIVER else 0
            out.append(Event(key=e.id, kind=e.kind, value_date=e.value_date, amount=amount,
                             interest=-e.interest if e.kind == WAIVER else 0,
                             penalty=-e.penalty if e.kind == WAIVER else 0, order=e.origin_id or e.id or 0))
    return out


def totals(entries) -> tuple[int, int, int, int]:
    p = i = n = x = 0
    for e in entries:
        p += e.principal
        i += e.interest
        n += e.penalty
        x += e.excess
    return p, i, n, x


# -- planning ------------------------------------------------------------------------------

def signed(kind: str, alloc) -> tuple[int, int, int, int]:
    """An allocation as the journal stores it (effect on what is owed)."""
    if kind in (REPAYMENT, WAIVER, WRITE_OFF):
        return -alloc.principal, -alloc.interest, -alloc.penalty, alloc.excess
    return alloc.principal, alloc.interest, alloc.penalty, alloc.excess


def reversal_of(e: Entry, *, memo: str, user_id: int | None, source: str) -> Entry:
    return Entry(None, REVERSAL, e.value_date, amount=-e.amount, principal=-e.principal,
                 interest=-e.interest, penalty=-e.penalty, excess=-e.excess, reverses_id=e.id,
                 reference=e.reference, source=source, memo=memo, user_id=user_id)


def plan(loan: LoanData, entries: list[Entry], *, through: date | None = None,
         recompute_from: date | None = None, user_id: int | None = None, source: str = "system",
         partial_accruals: bool = False) -> Plan:
    """What to append so the journal agrees with the replay of its cash events.

    ``entries`` must hold every cash entry of the loan and every accrual entry dated on or
    after ``recompute_from`` (or after ``last_eod`` when it is None). Accruals are posted
    night by night through ``through`` (default: the loan's last EOD night); nights from
    ``recompute_from`` on are compared with what was posted and corrected.
    """
    t = loan.terms
    fresh = [e for e in entries if e.id is None]
    for n, e in enumerate(fresh):            # not yet inserted: after every stored entry
        e.id = FRESH + n
    last = loan.last_eod or (t.start - ONE)
    through = max(through or last, last)
    cash = [e for e in active(entries) if e.kind in CASH_KINDS]
    last_event = max((e.value_date for e in cash), default=t.start)
    day = max(through + ONE, last_event)
    lo = min(recompute_from or (last + ONE), last + ONE)
    lo = max(lo, t.start)
    window = (lo, through) if lo <= through else None
    pos, state = replay_keeping(t, events_of(entries), as_of=day, window=window)
    new: list[Entry] = []
    changes: list[str] = []
    for e in cash:
        if e.kind not in _ALLOCATED:
            continue
        want = signed(e.kind, pos.allocations[e.id])
        if e.id >= FRESH:
            e.principal, e.interest, e.penalty, e.excess = want
            continue
        if want != (e.principal, e.interest, e.penalty, e.excess):
            new.append(reversal_of(e, memo="re-posted: split recomputed", user_id=user_id, source=source))
            new.append(Entry(None, e.kind, e.value_date, amount=e.amount, principal=want[0], interest=want[1],
                             penalty=want[2], excess=want[3], origin_id=e.origin_id or e.id,
                             reference=e.reference, source=source, memo="re-posted: split recomputed",
                             user_id=user_id))
            changes.append(f"{e.kind} of {e.value_date}: split changes")
    if window:
        posted: dict[tuple[date, str], list[Entry]] = {}
        for e in active(entries):
            if e.kind in ACCRUALS and e.value_date >= lo:
                posted.setdefault((e.value_date, e.kind), []).append(e)
        for night, d_int, d_pen in pos.nightly:
            for kind, amount in ((INTEREST_ACCRUAL, d_int), (PENALTY_ACCRUAL, d_pen)):
                have = posted.get((night, kind), [])
                if sum(h.interest + h.penalty for h in have) == amount:
                    continue
                for h in have:
                    new.append(reversal_of(h, memo="accrual recomputed", user_id=user_id, source=source))
                if amount:
                    new.append(Entry(None, kind, night, interest=amount if kind == INTEREST_ACCRUAL else 0,
                                     penalty=amount if kind == PENALTY_ACCRUAL else 0, source=source,
                                     memo="recomputed" if have else None, user_id=user_id))
                if have:
                    changes.append(f"{kind.replace('_', ' ')} of {night} recomputed")
    tot = None if partial_accruals else totals(entries + new)   # partial: from the cache
    for e in fresh:
        e.id = None
    return Plan(loan=loan, new=fresh + new, position=pos, totals=tot, last_eod=through, changes=changes,
                state=state)


# -- writing -------------------------------------------------------------------------------

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
        inst_rows += [(lid, dict(zip(INST_KEYS, x))) for x in n.rows]
    loan_rows.append({**values, "_id": lid, "_v": q.loan.version, "version": q.loan.version + 1})


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
        rows = installment_tuples(p)
        values["inst_sig"] = tuple_signature(rows)
        if values["inst_sig"] != old_sig:
            inst_rows += [(p.loan.id, dict(zip(INST_KEYS, x))) for x in rows]
        loan_rows.append({**values, "_id": p.loan.id, "_v": p.loan.version, "version": p.loan.version + 1})
    bulk_insert(s, "journal", inserts)
    known = {p.loan.id: marks[p.loan.id] for p, _, _ in items if marks and p.loan.id in marks
             and not any(e.kind in engine_state.MARKED for e in p.new)}
    engine_state.save(s, [(p.loan.id, p.position.as_of, p.state, p.terms_key) for p, _, _ in items
                          if p.state is not None and p.terms_key is not None], known=known)
    if loan_rows:
        keys = [k for k in loan_rows[0] if not k.startswith("_")]
        conn = s.connection()
        if conn.dialect.name == "sqlite":      # straight to the driver: 100,000 rows a night
            cur = conn.connection.driver_connection.cursor()
            dated = [k for k in keys if k in _DATE_KEYS]
            plain = [k for k in keys if k not in _DATE_KEYS]
            sql = (f"UPDATE loans SET {', '.join(f'{k} = ?' for k in plain + dated)} "
                   "WHERE id = ? AND version = ?")
            cur.executemany(sql, [tuple([r[k] for k in plain] + [_sqlite(r[k]) for k in dated]) + (r["_id"], r["_v"])
                                  for r in loan_rows])
            count = cur.rowcount
        else:
            lt = raw_table("loans")
            stmt = (update(lt).where(lt.c.id == bindparam("_id"), lt.c.version == bindparam("_v"))
                    .values({k: bindparam(k) for k in keys}))
            count = conn.execute(stmt, loan_rows).rowcount
        if count not in (-1, len(loan_rows)):
            raise StaleEdit("batch_stale")
        for p, _, _ in items:
            p.loan.version += 1
        for q in quiet_loans:
            q.loan.version += 1
    update_installments(s, inst_rows)
    return len(inserts)
